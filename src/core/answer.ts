/**
 * Real models wrap the article: "Voici l'article :" before, a ```markdown fence around,
 * "N'hésitez pas…" after. This module strips that wrapper so only front-matter + Markdown
 * remain; what it cannot strip is left for the `artifacts` rule to report.
 */

const FENCE =
  /^(`{3,}|~{3,})[ \t]*(markdown|md|yaml|yml|mdx)?[ \t]*\r?\n([\s\S]*?)\r?\n\1[ \t]*$/gmu;

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
    // A fence of front-matter alone, with the body outside it, is not the article.
    const outside = answer.replace(match[0], "");
    if (!/^#{1,3} /mu.test(inner) && /^#{2,3} /mu.test(outside)) continue;
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

/** An answer as the checks will see it, and the harmless shapes mended on the way. */
export interface NormalisedAnswer {
  text: string;
  /** One phrase per shape mended (for --verbose and the report); empty when none. */
  mended: string[];
}

/**
 * Shapes of real answers that code mends for free instead of paying for a repair. Only
 * the wrapper moves: the prose itself is never altered.
 */
export function normaliseAnswer(answer: string): NormalisedAnswer {
  const mended: string[] = [];
  let lines = answer
    .replace(/^\uFEFF/u, "")
    .replace(/\r\n/gu, "\n")
    .split("\n");
  lines = unfenceFrontMatter(lines, mended);
  lines = chatFieldsToYaml(lines, mended);
  lines = dropTitleBeforeFrontMatter(lines, mended);
  const text = stripChatWrapper(lines.join("\n"));
  return { text: dropRepeatedTitle(text, mended), mended };
}

const FENCE_OPEN = /^\s*(`{3,}|~{3,})[ \t]*(?:yaml|yml|markdown|md)?[ \t]*$/u;

/** A ```yaml fence around the front-matter, the body after it: the fence goes, `---` stays. */
function unfenceFrontMatter(lines: string[], mended: string[]): string[] {
  // The fence may come after a `# Title` or a chatty line, which later steps drop.
  const open = lines.findIndex((line) => !/^#\s+\S/u.test(line) && !isChatter(line));
  const marker = FENCE_OPEN.exec(lines[open] ?? "")?.[1];
  if (marker === undefined) return lines;
  const close = lines.findIndex((line, index) => index > open && line.trim() === marker);
  if (close === -1) return lines;
  const inner = lines.slice(open + 1, close).filter((line) => line.trim() !== "---");
  const after = lines.slice(close + 1);
  const yamlOnly = inner.every(
    (line) => line.trim() === "" || /^(?:[\w-]+\s*:|\s*-\s|\s)/u.test(line),
  );
  if (!yamlOnly || !/^title\s*:/mu.test(inner.join("\n"))) return lines;
  if (!after.some((line) => /^#{2,3}\s+\S/u.test(line))) return lines;
  mended.push("front-matter taken out of a code fence");
  return [...lines.slice(0, open), "---", ...inner, "---", ...after];
}

/** `**Titre :** …` and its kin, as chat answers write the fields: key, then value. */
const CHAT_FIELD =
  /^\s*(?:[-*]\s+)?\**\s*(titre|title|m[ée]ta[- ]?description|description|mots[- ]cl[ée]s|keywords|slug)\s*\**\s*:\s*\**\s*(.*?)\s*$/iu;

function fieldOf(label: string): "title" | "description" | "keywords" | "slug" {
  const key = label.toLowerCase();
  if (key === "titre" || key === "title") return "title";
  if (key.includes("description")) return "description";
  if (key === "slug") return "slug";
  return "keywords";
}

/** Chat-style fields at the top, no front-matter: they become the YAML block. */
function chatFieldsToYaml(lines: string[], mended: string[]): string[] {
  if (lines.find((line) => line.trim() !== "")?.trim() === "---") return lines;
  const fields: Record<string, string | string[]> = {};
  let index = 0;
  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    if (line.trim() === "" || (LEADING_CHATTER.test(line) && /:\s*$/u.test(line))) continue;
    const field = CHAT_FIELD.exec(line);
    if (!field) break;
    const key = fieldOf(field[1] ?? "");
    const value = (field[2] ?? "").replace(/\*+$/u, "").trim();
    if (value === "" || fields[key] !== undefined) break;
    fields[key] =
      key === "keywords"
        ? value
            .split(/[,;]/u)
            .map((word) => word.trim())
            .filter((word) => word !== "")
        : value.replace(/^["«]\s*|\s*["»]$/gu, "");
  }
  if (fields.title === undefined) return lines;
  delete fields.slug; // the slug is computed from the title, never taken from an answer
  mended.push("chat-style fields turned into front-matter");
  const yaml = Object.entries(fields).map(
    ([key, value]) =>
      `${key}: ${Array.isArray(value) ? `[${value.map((word) => JSON.stringify(word)).join(", ")}]` : JSON.stringify(value)}`,
  );
  const rest = lines.slice(index);
  while (rest.length > 0 && /^\s*(?:-{3,}|\*{3,}|_{3,})?\s*$/u.test(rest[0] ?? "")) rest.shift();
  return ["---", ...yaml, "---", "", ...rest];
}

/** A `# Title` line (and blanks) before the front-matter: dropped, the front-matter holds it. */
function dropTitleBeforeFrontMatter(lines: string[], mended: string[]): string[] {
  const start = lines.findIndex((line) => line.trim() === "---");
  if (start <= 0) return lines;
  const before = lines.slice(0, start);
  if (!before.some((line) => /^#\s+\S/u.test(line))) return lines;
  if (!before.every((line) => line.trim() === "" || /^#\s+\S/u.test(line) || isChatter(line)))
    return lines;
  mended.push("a # title before the front-matter dropped");
  return lines.slice(start);
}

function comparable(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[*_`"«»“”'’]/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
}

/** A `# Title` that repeats the front-matter's title as the body's first line: dropped. */
function dropRepeatedTitle(text: string, mended: string[]): string {
  const lines = text.split("\n");
  if ((lines[0] ?? "").trim() !== "---") return text;
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === "---");
  if (close === -1) return text;
  const first = lines.findIndex((line, index) => index > close && line.trim() !== "");
  const heading = /^#\s+(.+?)\s*#*\s*$/u.exec(lines[first] ?? "")?.[1];
  if (heading === undefined) return text;
  const titleLine = lines.slice(1, close).find((line) => /^title\s*:/u.test(line)) ?? "";
  const title = comparable(titleLine.replace(/^title\s*:\s*/u, ""));
  const repeated = comparable(heading);
  if (title === "" || !(title.includes(repeated) || repeated.includes(title))) return text;
  mended.push("a # title repeating the front-matter's dropped");
  lines.splice(first, 1);
  while ((lines[first] ?? "x").trim() === "" && (lines[first - 1] ?? "").trim() === "")
    lines.splice(first, 1);
  return lines.join("\n");
}
