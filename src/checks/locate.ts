import type { ArticleBlock, ParsedArticle } from "../core/article.js";

/**
 * Where a finding points. Blocks know the line they start on; a finding about a few words
 * of a paragraph that spans several lines, or about a front-matter field, looks further in
 * the raw file. Only called when a rule has something to report, so it may be slow-ish.
 */
const RAW_LINES = new WeakMap<ParsedArticle, string[]>();

function rawLinesOf(article: ParsedArticle): string[] {
  let lines = RAW_LINES.get(article);
  if (!lines) {
    lines = article.raw.replace(/^\uFEFF/u, "").split(/\r?\n/u);
    RAW_LINES.set(article, lines);
  }
  return lines;
}

/** 1-based line of `field:` in the front-matter; `1` (the opening `---`) when not found. */
export function frontMatterLine(article: ParsedArticle, field: string): number {
  const lines = rawLinesOf(article);
  const pattern = new RegExp(`^${field}\\s*:`, "u");
  for (let index = 1; index < Math.min(article.bodyLineOffset, lines.length); index += 1) {
    if (pattern.test(lines[index] ?? "")) return index + 1;
  }
  return 1;
}

/**
 * 1-based line, within the block, of the first raw line that holds `needle` (white space
 * compared loosely); the block's first line when the Markdown hides it (emphasis, a cut).
 */
export function lineInBlock(article: ParsedArticle, block: ArticleBlock, needle: string): number {
  return placeInBlock(article, block, needle).line;
}

/** A 1-based line and column in the file. */
export interface Place {
  line: number;
  column: number;
}

/** {@link lineInBlock}, with the column where `needle` starts on that line (1 when hidden). */
export function placeInBlock(article: ParsedArticle, block: ArticleBlock, needle: string): Place {
  const lines = rawLinesOf(article);
  const wanted = needle.replace(/\s+/gu, " ").trim();
  if (wanted.length === 0) return { line: block.line, column: 1 };
  // White space compared loosely: a non-breaking space in the file, a plain one in the text.
  const pattern = new RegExp(
    wanted
      .split(" ")
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"))
      .join("\\s+"),
    "u",
  );
  for (let index = block.line - 1; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    if (index > block.line - 1 && line.trim().length === 0) break;
    const found = pattern.exec(line);
    if (found) return { line: index + 1, column: found.index + 1 };
    if (block.kind === "heading") break;
  }
  return { line: block.line, column: 1 };
}

/** `0.254` → `25.4 %`, `0.25` → `25 %`, with `,` for the French repair messages. */
export function formatPercent(share: number, decimalSeparator: string): string {
  return `${(Math.round(share * 1000) / 10).toString().replace(".", decimalSeparator)} %`;
}

/** Cut a text for a message: at most `max` characters, on a word boundary, with "…". */
export function excerpt(text: string, max = 80): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A piece of prose a rule reads: a body block, or a front-matter field shown to readers. */
export interface TextUnit {
  text: string;
  /** The body block, to find a line inside it. */
  block?: ArticleBlock;
  /** The front-matter field (`title`, `description`) the text comes from. */
  field?: string;
}

/** The title and description of the front-matter (when they are strings), then every block. */
export function proseUnitsOf(article: ParsedArticle): TextUnit[] {
  const units: TextUnit[] = [];
  for (const field of ["title", "description"]) {
    const value = article.frontMatter[field];
    if (typeof value === "string" && value.trim().length > 0) {
      units.push({ text: value.replace(/\s+/gu, " ").trim(), field });
    }
  }
  for (const block of article.blocks) units.push({ text: block.text, block });
  return units;
}

/** Where a passage of a unit is: inside its block, or on the front-matter field's line. */
export function placeInUnit(article: ParsedArticle, unit: TextUnit, needle: string): Place {
  if (unit.block) return placeInBlock(article, unit.block, needle);
  const line = frontMatterLine(article, unit.field ?? "");
  const column = (rawLinesOf(article)[line - 1] ?? "").indexOf(needle.trim());
  return { line, column: column === -1 ? 1 : column + 1 };
}
