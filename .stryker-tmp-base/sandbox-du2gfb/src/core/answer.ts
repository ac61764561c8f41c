/**
 * Real models wrap the article: "Voici l'article :" before, a ```markdown fence around,
 * "N'hésitez pas…" after. This module strips that wrapper so only front-matter + Markdown
 * remain; what it cannot strip is left for the `artifacts` rule to report.
 */
// @ts-nocheck


const FENCE = /^(`{3,}|~{3,})[ \t]*(markdown|md|yaml|mdx)?[ \t]*\r?\n([\s\S]*?)\r?\n\1[ \t]*$/gmu;

/** Chatter lines that real models put after the article. */
const TRAILING_CHATTER =
  /^\s*(?:n['’]hésitez pas|j['’]espère que|souhaitez-vous|si vous (?:souhaitez|voulez|avez besoin)|dites-moi|faites-moi savoir|je reste à (?:votre )?disposition|let me know|i hope|feel free)/iu;

/** Chatter lines before the article. */
const LEADING_CHATTER =
  /^\s*(?:voici|bien sûr|certainement|d['’]accord|absolument|here is|here's|sure|certainly)\b/iu;

function largestFencedBlock(answer: string): string | undefined {
  let best: string | undefined;
  for (const match of answer.matchAll(FENCE)) {
    const inner = match[3] ?? "";
    // Only a fence that holds the article itself: front-matter or subheadings.
    if (!/^---\s*$/mu.test(inner) && !/^#{1,3} /mu.test(inner)) continue;
    if (best === undefined || inner.length > best.length) best = inner;
  }
  return best;
}

export function stripChatWrapper(answer: string): string {
  let text = answer
    .replace(/^\uFEFF/u, "")
    .replace(/\r\n/gu, "\n")
    .trim();
  const fenced = largestFencedBlock(text);
  if (fenced !== undefined) text = fenced.trim();

  const lines = text.split("\n");
  // Front-matter that the model forgot to open: "title: …" on the first line.
  if (
    /^title\s*:/iu.test(lines[0] ?? "") &&
    lines.some((line, i) => i > 0 && line.trim() === "---")
  ) {
    lines.unshift("---");
  }
  // Drop leading chatter up to the front-matter, or up to the first heading/paragraph after it.
  const frontMatterStart = lines.findIndex((line) => line.trim() === "---");
  if (frontMatterStart > 0 && lines.slice(0, frontMatterStart).every((line) => isChatter(line))) {
    lines.splice(0, frontMatterStart);
  } else {
    while (
      lines.length > 0 &&
      LEADING_CHATTER.test(lines[0] ?? "") &&
      /[:!]\s*$/u.test(lines[0] ?? "")
    ) {
      lines.shift();
      while (lines.length > 0 && (lines[0] ?? "").trim() === "") lines.shift();
    }
  }
  // Drop trailing chatter and the separators models put before it.
  for (;;) {
    const last = lines.length - 1;
    const line = lines[last] ?? "";
    if (last <= 0) break;
    if (line.trim() === "" || (TRAILING_CHATTER.test(line) && !isInsideFrontMatter(lines, last))) {
      lines.pop();
      continue;
    }
    if (/^(?:-{3,}|\*{3,}|_{3,})\s*$/u.test(line) && hasClosedFrontMatterBefore(lines, last)) {
      lines.pop();
      continue;
    }
    break;
  }
  return `${lines.join("\n").trim()}\n`;
}

function isChatter(line: string): boolean {
  return line.trim() === "" || LEADING_CHATTER.test(line) || /:\s*$/u.test(line);
}

function isInsideFrontMatter(lines: readonly string[], index: number): boolean {
  if ((lines[0] ?? "").trim() !== "---") return false;
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === "---");
  return close === -1 || index < close;
}

function hasClosedFrontMatterBefore(lines: readonly string[], index: number): boolean {
  if ((lines[0] ?? "").trim() !== "---") return true;
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === "---");
  return close !== -1 && close < index;
}
