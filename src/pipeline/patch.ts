import { parse as parseYaml } from "yaml";
import { MIN_SUBHEADINGS } from "../checks/subheadings.js";
import { stripChatWrapper } from "../core/answer.js";
import { errorsOf, type Finding } from "../core/finding.js";
import { countWords } from "../core/words.js";

/**
 * Targeted repairs (issue 13): when every failing error is local — a front-matter field, a
 * paragraph, a few missing words — the model is asked for the failing parts only, and its
 * answer is spliced into the article, which every check then judges again whole. A repair
 * that writes 150 tokens instead of 1,600 is ~10× cheaper and faster, and cannot break
 * what was right. Pure: text in, text out.
 */

export type FrontMatterField = "title" | "description" | "keywords";

export type PatchPart =
  | { kind: "front-matter"; fields: FrontMatterField[]; problems: string[] }
  | {
      kind: "paragraph";
      /** Lines of the article (1-based, inclusive) the paragraph spans. */
      start: number;
      end: number;
      text: string;
      problems: string[];
    }
  | { kind: "sections"; words: number; problems: string[] }
  | {
      /** The longest run without a subheading, to be returned with `##` added in it. */
      kind: "stretch";
      start: number;
      end: number;
      text: string;
      headings: number;
      problems: string[];
    };

export type RepairPlan = { kind: "rewrite"; why: string } | { kind: "patch"; parts: PatchPart[] };

/** Failures of the whole article: only a full rewrite mends them. */
const WHOLE_ARTICLE_RULES = new Set(["truncated", "originality"]);
/** Rules whose error with a line in the body is about that paragraph alone. */
const PARAGRAPH_RULES = new Set(["fidelity", "language", "artifacts"]);
const FIELDS: readonly FrontMatterField[] = ["title", "description", "keywords"];
/** More paragraphs than this to mend: the article is better rewritten. */
const MAX_PARAGRAPHS = 6;
/** Words asked for beyond the missing ones, so the new total clears the minimum. */
const WORD_MARGIN = { share: 0.2, least: 60 } as const;

interface Lines {
  lines: string[];
  /** Index of the closing `---` of the front-matter, or -1. */
  frontMatterEnd: number;
}

function linesOf(markdown: string): Lines {
  const lines = markdown.split("\n");
  const frontMatterEnd =
    lines[0]?.trim() === "---"
      ? lines.findIndex((line, index) => index > 0 && line.trim() === "---")
      : -1;
  return { lines, frontMatterEnd };
}

/** The paragraph (a run of non-blank lines) holding `line`, unless it is a heading or a fence. */
function paragraphAt(article: Lines, line: number): { start: number; end: number } | undefined {
  const { lines } = article;
  const index = line - 1;
  if (index <= article.frontMatterEnd || (lines[index] ?? "").trim() === "") return undefined;
  let start = index;
  while (start - 1 > article.frontMatterEnd && (lines[start - 1] ?? "").trim() !== "") start -= 1;
  let end = index;
  while (end + 1 < lines.length && (lines[end + 1] ?? "").trim() !== "") end += 1;
  const first = lines[start] ?? "";
  if (/^\s*(?:#|```|~~~|---)/u.test(first)) return undefined;
  return { start: start + 1, end: end + 1 };
}

/**
 * The longest run of body lines between two headings (by words): where `##` subheadings
 * are missing. Undefined when the body has no heading at all: then it is rewritten whole.
 */
function longestStretch(article: Lines): { start: number; end: number } | undefined {
  const { lines } = article;
  const isHeading = (line: string) => /^#{1,6}\s/u.test(line);
  if (!lines.some((line, index) => index > article.frontMatterEnd && isHeading(line)))
    return undefined;
  let best: { start: number; end: number; words: number } | undefined;
  let start = article.frontMatterEnd + 1;
  for (let index = start; index <= lines.length; index += 1) {
    if (index < lines.length && !isHeading(lines[index] ?? "")) continue;
    const text = lines.slice(start, index).join("\n");
    const words = countWords(text);
    if (words > 0 && (best === undefined || words > best.words)) {
      // Trim blank lines at both ends: the stretch is what the model gets and gives back.
      let first = start;
      let last = index - 1;
      while ((lines[first] ?? "").trim() === "") first += 1;
      while ((lines[last] ?? "").trim() === "") last -= 1;
      best = { start: first + 1, end: last + 1, words };
    }
    start = index + 1;
  }
  return best && { start: best.start, end: best.end };
}

/** How many `##` are missing, from the subheadings rule's count; undefined for its other errors and for none. */
function missingSubheadings(finding: Finding): number | undefined {
  const count = Number(/^(\d+) "##" subheadings/u.exec(finding.message)?.[1] ?? 0);
  // None at all: the article has no structure to keep, it is rewritten whole.
  return count === 0 ? undefined : MIN_SUBHEADINGS - count;
}

function fieldsOf(finding: Finding): FrontMatterField[] {
  const field = FIELDS.find((name) => finding.message.startsWith(`${name} `));
  return field === undefined ? [...FIELDS] : [field];
}

/**
 * How to mend an article that failed: the parts to ask for, or why it must be rewritten
 * whole. `markdown` is the article as composed; `words` its body's word count.
 */
export function planRepair(
  markdown: string,
  findings: readonly Finding[],
  context: { minWords: number; words: number },
): RepairPlan {
  const article = linesOf(markdown);
  const fields = new Set<FrontMatterField>();
  const fieldProblems: string[] = [];
  const paragraphs = new Map<number, Extract<PatchPart, { kind: "paragraph" }>>();
  let sections: Extract<PatchPart, { kind: "sections" }> | undefined;
  let stretch: Extract<PatchPart, { kind: "stretch" }> | undefined;
  for (const finding of errorsOf(findings)) {
    const problem = finding.repair ?? finding.message;
    if (WHOLE_ARTICLE_RULES.has(finding.rule)) return { kind: "rewrite", why: finding.rule };
    if (finding.rule === "front-matter") {
      for (const field of fieldsOf(finding)) fields.add(field);
      fieldProblems.push(problem);
    } else if (finding.rule === "word-count") {
      const missing = Math.max(0, context.minWords - context.words);
      const margin = Math.max(WORD_MARGIN.least, Math.ceil(context.minWords * WORD_MARGIN.share));
      sections = { kind: "sections", words: missing + margin, problems: [problem] };
    } else if (finding.rule === "subheadings") {
      const missing = missingSubheadings(finding);
      const span = missing === undefined ? undefined : longestStretch(article);
      if (missing === undefined || span === undefined)
        return { kind: "rewrite", why: "subheadings" };
      const text = article.lines.slice(span.start - 1, span.end).join("\n");
      stretch = { kind: "stretch", ...span, text, headings: missing, problems: [problem] };
    } else if (PARAGRAPH_RULES.has(finding.rule) && finding.line !== undefined) {
      const span = paragraphAt(article, finding.line);
      if (span === undefined)
        return { kind: "rewrite", why: `${finding.rule} outside a paragraph` };
      const known = paragraphs.get(span.start);
      if (known) known.problems.push(problem);
      else {
        const text = article.lines.slice(span.start - 1, span.end).join("\n");
        paragraphs.set(span.start, { kind: "paragraph", ...span, text, problems: [problem] });
      }
    } else {
      return { kind: "rewrite", why: finding.rule };
    }
  }
  if (paragraphs.size > MAX_PARAGRAPHS) return { kind: "rewrite", why: "too many paragraphs" };
  const inStretch = (line: number) =>
    stretch !== undefined && line >= stretch.start && line <= stretch.end;
  // A paragraph inside the stretch would be asked for twice: the stretch answer holds it.
  if ([...paragraphs.values()].some((part) => inStretch(part.start) || inStretch(part.end)))
    return { kind: "rewrite", why: "overlapping parts" };
  const parts: PatchPart[] = [];
  if (fields.size > 0)
    parts.push({ kind: "front-matter", fields: [...fields], problems: fieldProblems });
  parts.push(...[...paragraphs.values()].sort((a, b) => a.start - b.start));
  if (stretch) parts.push(stretch);
  if (sections) parts.push(sections);
  if (parts.length === 0) return { kind: "rewrite", why: "nothing local to mend" };
  return { kind: "patch", parts };
}

/**
 * `--polish`: the warnings a targeted repair can mend, as a patch — a warning on a
 * front-matter field's line (the title, the description) asks for that field, one on a
 * body paragraph's line for that paragraph. Warnings about the whole article (a share of
 * sentences, the keyphrase density) or a heading have no part to send: they are left as
 * they are. Undefined when no warning has a part; at most six paragraphs, the first ones.
 */
export function planPolish(
  markdown: string,
  findings: readonly Finding[],
): Extract<RepairPlan, { kind: "patch" }> | undefined {
  const article = linesOf(markdown);
  const fields = new Set<FrontMatterField>();
  const fieldProblems: string[] = [];
  const paragraphs = new Map<number, Extract<PatchPart, { kind: "paragraph" }>>();
  for (const finding of findings) {
    if (finding.severity !== "warning" || finding.line === undefined) continue;
    const problem = finding.repair ?? finding.message;
    if (finding.line - 1 < article.frontMatterEnd) {
      const key = /^([A-Za-z_]+):/u.exec(article.lines[finding.line - 1] ?? "")?.[1];
      const field = FIELDS.find((name) => name === key);
      if (field === undefined) continue;
      fields.add(field);
      fieldProblems.push(problem);
      continue;
    }
    const span = paragraphAt(article, finding.line);
    if (span === undefined) continue;
    const known = paragraphs.get(span.start);
    if (known) known.problems.push(problem);
    else if (paragraphs.size < MAX_PARAGRAPHS) {
      const text = article.lines.slice(span.start - 1, span.end).join("\n");
      paragraphs.set(span.start, { kind: "paragraph", ...span, text, problems: [problem] });
    }
  }
  const parts: PatchPart[] = [];
  if (fields.size > 0)
    parts.push({ kind: "front-matter", fields: [...fields], problems: fieldProblems });
  parts.push(...[...paragraphs.values()].sort((a, b) => a.start - b.start));
  return parts.length === 0 ? undefined : { kind: "patch", parts };
}

/** The marker line that opens part `n` in the request and in the answer. */
export function partMarker(index: number): string {
  return `=== PARTIE ${index} ===`;
}

const MARKER = /^\s*[*_#>]*\s*=+\s*PARTIE\s+(\d+)\b[^\n]*$/gmu;

/** What to return for each part, in French, as the patch template's `parts` variable. */
export function describeParts(parts: readonly PatchPart[]): string {
  return parts
    .map((part, index) => {
      const head = `${partMarker(index + 1)}\n`;
      const problems = part.problems.map((problem) => `- ${problem}`).join("\n");
      if (part.kind === "front-matter") {
        return `${head}Le front-matter : renvoie un bloc YAML entre deux lignes \`---\` qui contient seulement ${part.fields.map((field) => `\`${field}\``).join(", ")}, corrigé(s) :\n${problems}`;
      }
      if (part.kind === "paragraph") {
        return `${head}Le paragraphe suivant : renvoie-le réécrit, seul, sans intertitre.\n${problems}\nParagraphe actuel :\n${part.text}`;
      }
      if (part.kind === "stretch") {
        return `${head}Le passage suivant, trop long sans intertitre : renvoie-le en entier, avec au moins ${part.headings} intertitre(s) \`## …\` ajouté(s) entre ses paragraphes, sans changer le texte des paragraphes.\n${problems}\nPassage actuel :\n${part.text}`;
      }
      return `${head}Des sections nouvelles : renvoie une ou plusieurs sections, chacune ouverte par un intertitre \`## …\`, qui ajoutent au moins ${part.words} mots au total, tirés de la source, sans répéter ce que l'article dit déjà.\n${problems}`;
    })
    .join("\n\n");
}

/**
 * The answer's text per part, by its markers; a single part may come without one. Each
 * part loses the wrapper a full answer would (a fence, "Voici le paragraphe corrigé :",
 * "N'hésitez pas…"), by the same `stripChatWrapper`.
 */
function splitAnswer(content: string, count: number): string[] | undefined {
  const text = content.replace(/^\s*(?:`{3,}|~{3,})[\w-]*\s*$/gmu, "").replace(/\r\n/gu, "\n");
  const unwrapped = (part: string) => stripChatWrapper(part).trim();
  const markers = [...text.matchAll(MARKER)];
  if (markers.length === 0) return count === 1 ? [unwrapped(text)] : undefined;
  const parts: string[] = [];
  markers.forEach((marker, position) => {
    const number = Number(marker[1]);
    const from = (marker.index ?? 0) + marker[0].length;
    const to = markers[position + 1]?.index ?? text.length;
    parts[number - 1] = unwrapped(text.slice(from, to));
  });
  for (let index = 0; index < count; index += 1) {
    if (!parts[index]) return undefined;
  }
  return parts;
}

/** The fields asked for, from the YAML block the model returned; undefined when unreadable. */
function frontMatterPatch(text: string, fields: readonly FrontMatterField[]) {
  const yaml = text.replace(/^\s*---\s*$/gmu, "").trim();
  let data: unknown;
  try {
    // No aliases: a model's answer is never trusted to expand (a YAML "billion laughs").
    data = parseYaml(yaml, { maxAliasCount: 0 });
  } catch {
    return undefined;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  const values = data as Record<string, unknown>;
  const patch: Partial<Record<FrontMatterField, unknown>> = {};
  for (const field of fields) {
    if (values[field] === undefined) return undefined;
    patch[field] = values[field];
  }
  return patch;
}

/** Where new sections go: before the conclusion, else at the end. */
function conclusionIndex(lines: readonly string[]): number {
  const conclusion =
    /^##\s+.*(?:conclu|en bref|en résumé|pour finir|bilan|ce qu['’]il faut retenir|perspectives)/iu;
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const line = lines[index] ?? "";
    if (/^##\s/u.test(line)) return conclusion.test(line) ? index : lines.length;
  }
  return lines.length;
}

/**
 * The front-matter with the patched keys replaced (and their indented list items gone),
 * every other line kept as it was.
 */
function replaceFrontMatter(
  lines: readonly string[],
  end: number,
  patch: Partial<Record<FrontMatterField, unknown>>,
): string[] {
  const kept: string[] = [];
  let skipping = false;
  for (const line of lines.slice(1, end)) {
    const key = /^([A-Za-z_]+):/u.exec(line)?.[1];
    if (key !== undefined) skipping = key in patch;
    if (!skipping) kept.push(line);
  }
  const added = Object.entries(patch).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return ["---", ...added, ...kept, ...lines.slice(end)];
}

/**
 * The article with the model's parts spliced in, or undefined when the answer cannot be
 * spliced (a part missing, unreadable YAML, an empty paragraph, sections without a `##`):
 * the caller then falls back to a full rewrite.
 */
export function applyPatch(
  markdown: string,
  plan: Extract<RepairPlan, { kind: "patch" }>,
  answer: string,
): string | undefined {
  const answers = splitAnswer(answer, plan.parts.length);
  if (answers === undefined) return undefined;
  const { lines: original, frontMatterEnd } = linesOf(markdown);
  let lines = original;
  // From the bottom up, so the line numbers of the parts above stay true.
  const order = plan.parts.map((part, index) => ({ part, text: answers[index] ?? "" }));
  const spans = order
    .filter((entry) => entry.part.kind === "paragraph" || entry.part.kind === "stretch")
    .sort((a, b) => startOf(b.part) - startOf(a.part));
  for (const { part, text } of spans) {
    if (part.kind === "paragraph" && (text === "" || /^#{1,6}\s/mu.test(text))) return undefined;
    if (part.kind === "stretch" && (text.match(/^##\s+\S/gmu)?.length ?? 0) < part.headings)
      return undefined;
    if (part.kind !== "paragraph" && part.kind !== "stretch") continue;
    lines = [...lines.slice(0, part.start - 1), text, ...lines.slice(part.end)];
  }
  // After the spans, whose line numbers hold only in the article as it came.
  const sections = order.find((entry) => entry.part.kind === "sections");
  if (sections) {
    if (!/^##\s+\S/mu.test(sections.text) || countWords(sections.text) === 0) return undefined;
    const at = conclusionIndex(lines);
    const gap = (lines[at - 1] ?? "").trim() === "" ? [] : [""];
    lines = [...lines.slice(0, at), ...gap, sections.text, "", ...lines.slice(at)];
  }
  const frontMatter = order.find((entry) => entry.part.kind === "front-matter");
  if (frontMatter && frontMatter.part.kind === "front-matter") {
    if (frontMatterEnd < 0) return undefined;
    const patch = frontMatterPatch(frontMatter.text, frontMatter.part.fields);
    if (patch === undefined) return undefined;
    lines = replaceFrontMatter(lines, frontMatterEnd, patch);
  }
  return lines.join("\n");
}

function startOf(part: PatchPart): number {
  return part.kind === "paragraph" || part.kind === "stretch" ? part.start : 0;
}

/** What a patch mended, for the report and --verbose: `front-matter`, `2 paragraphs`… */
export function describePlan(plan: Extract<RepairPlan, { kind: "patch" }>): string[] {
  const paragraphs = plan.parts.filter((part) => part.kind === "paragraph").length;
  return plan.parts
    .flatMap((part) => {
      if (part.kind === "front-matter") return [`front-matter (${part.fields.join(", ")})`];
      if (part.kind === "sections") return [`new sections (${part.words} words)`];
      if (part.kind === "stretch") return [`subheadings in lines ${part.start}-${part.end}`];
      return [];
    })
    .concat(paragraphs > 0 ? [`${paragraphs} paragraph${paragraphs > 1 ? "s" : ""}`] : []);
}
