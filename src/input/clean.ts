/**
 * Scraped text and Markdown → the article only. Drops, conservatively, the page furniture
 * that a copy of a news page carries (see `furniture.ts`), an instruction left for a
 * chatbot on the first or last line, and paragraphs in another language than the article.
 * Never drops a sentence of the article: a real sentence is only dropped by a known
 * boilerplate pattern or for its language. A quoted block (`> …`, an embedded tweet) is the
 * article's evidence: kept whatever its language, marked `> `, and left out of the judgment
 * of the article's language. Pure: strings in, values out.
 */
import {
  classifyParagraph,
  detectLanguage,
  languageName,
  MIN_EXPECTED_SHARE,
  writersParagraphs,
} from "../core/language.js";
import { countWords } from "../core/words.js";
import {
  type DropKind,
  endsLikeSentence,
  isBlockQuoteLine,
  isQuotation,
  isTweetSignature,
  judgeLine,
  type LineVerdict,
  looksLikeInstruction,
  plainOf,
  withoutQuotations,
} from "./furniture.js";

export type { DropKind } from "./furniture.js";

/** A line taken out of the article, for `--verbose`, `--dry-run` and the report. */
export interface DroppedLine {
  /** 1-based line in the input (front-matter included, for a Markdown draft; in the extracted Markdown, for HTML). */
  line: number;
  text: string;
  kind: DropKind;
  /** Short English reason: "menu or button text", "in English, not French", … */
  reason: string;
}

export interface CleanOptions {
  /** The article's language (ISO 639-1), e.g. `fr`. */
  lang: string;
  /** `markdown` keeps code blocks, tables and line structure; default: `text`. */
  format?: "text" | "markdown";
  /** Added to line numbers (the front-matter lines of a draft); default: `0`. */
  lineOffset?: number;
  /** Keep paragraphs in other languages (`--force` on a foreign text); default: `false`. */
  keepForeign?: boolean;
}

/** What the dropped lines said about the article. */
export interface CleanHints {
  /** The first line, when it reads as a title (no final period, 3–25 words, text follows). */
  title?: string;
  author?: string;
  date?: string;
  /** The article's address, from a line that gives only it (see furniture.ts). */
  url?: string;
}

export interface CleanResult {
  /** The article: paragraphs separated by one blank line. */
  text: string;
  dropped: DroppedLine[];
  hints: CleanHints;
}

/** A paragraph in another language is dropped only when franc is at least this sure of it. */
const FOREIGN_CONFIDENCE = 0.1;
/** Lines of at most this many words, without sentence punctuation, may be furniture in a cluster. */
const CLUSTER_MAX_WORDS = 15;

interface Line {
  index: number;
  raw: string;
  plain: string;
  /** Blank-line separated block the line belongs to. */
  block: number;
  /** Code fence, table row or HTML comment in Markdown: never judged. */
  isProtected: boolean;
  isHeading: boolean;
  /** A block-quote line, or a line of an embedded tweet: a source's words, quoted. */
  isQuote: boolean;
  drop?: LineVerdict;
}

function splitLines(text: string, format: "text" | "markdown"): Line[] {
  const lines: Line[] = [];
  let block = 0;
  let inFence = false;
  let previousBlank = true;
  text
    .replace(/\r\n?/gu, "\n")
    .split("\n")
    .forEach((raw, index) => {
      const blank = raw.trim().length === 0;
      if (blank && !inFence) {
        if (!previousBlank) block += 1;
        previousBlank = true;
        lines.push({
          index,
          raw,
          plain: "",
          block: -1,
          isProtected: false,
          isHeading: false,
          isQuote: false,
        });
        return;
      }
      previousBlank = false;
      const fence = format === "markdown" && /^\s*(?:```|~~~)/u.test(raw);
      const isProtected =
        format === "markdown" && (inFence || fence || /^\s*(?:\||<!--)/u.test(raw));
      if (fence) inFence = !inFence;
      lines.push({
        index,
        raw,
        plain: plainOf(raw),
        block,
        isProtected,
        isHeading: format === "markdown" && /^#{1,6}\s/u.test(raw.trim()),
        isQuote: !isProtected && isBlockQuoteLine(raw),
      });
    });
  return lines;
}

const isContent = (line: Line) => line.block >= 0;
const isQuoteLine = (line: Line) => line.isQuote;

/**
 * A tweet copied from a page without its embed: its text, then its signature line
 * ("— Maersk (@Maersk) March 3, 2026"). Both are a quotation, like a `>` block.
 */
function markTweets(lines: readonly Line[]): void {
  const content = lines.filter((line) => isContent(line) && !line.isProtected);
  content.forEach((line, position) => {
    if (!isTweetSignature(line.plain)) return;
    line.isQuote = true;
    const above = content[position - 1];
    if (!above) return;
    for (const tweet of content) if (tweet.block === above.block) tweet.isQuote = true;
  });
}

/**
 * A line without sentence punctuation wedged between two furniture lines of the same block
 * is furniture too: "Plus de 40 000 produits accessibles à 0€ de frais de courtage" between
 * a menu and "Découvrir Boursomarkets". Both neighbours must exist: a title just under a
 * menu, with the article after it, has only one furniture neighbour and stays.
 */
function dropClusters(lines: Line[]): void {
  const content = lines.filter(isContent);
  const furniture = content.map((line) => line.drop?.kind === "furniture");
  content.forEach((line, position) => {
    if (line.drop || line.isProtected || line.isHeading) return;
    if (endsLikeSentence(line.plain) || countWords(line.plain) > CLUSTER_MAX_WORDS) return;
    const before = content[position - 1];
    const after = content[position + 1];
    if (!before || !after || before.block !== line.block || after.block !== line.block) return;
    if (furniture[position - 1] && furniture[position + 1]) {
      line.drop = { kind: "furniture", reason: "between menu or button lines" };
    }
  });
}

/**
 * A line that opens in lower case right under a line of the same paragraph that stops
 * mid-sentence is the end of that sentence ("commentaires." under "…aux demandes de"),
 * whatever it looks like alone: hard-wrapped text must not lose it.
 */
function keepSentenceEnds(lines: Line[]): void {
  const content = lines.filter(isContent);
  content.forEach((line, position) => {
    const before = content[position - 1];
    if (!line.drop || !before || before.drop || before.block !== line.block) return;
    if (countWords(before.plain) < 8 || /[.!?…:;»"”)]$/u.test(before.plain)) return;
    // Ends a sentence too: a credit line under a title ("information fournie par…") does not.
    if (/^\p{Ll}/u.test(line.plain) && /[.!?…]$/u.test(line.plain)) delete line.drop;
  });
}

/**
 * Hard-wrapped text (lines cut at ~72 characters inside paragraphs) is judged by
 * paragraph, not by line: when most long lines stop mid-sentence, lines are joined until
 * one ends a sentence.
 */
function isHardWrapped(lines: readonly Line[]): boolean {
  let long = 0;
  let open = 0;
  lines.forEach((line, position) => {
    const next = lines[position + 1];
    if (!next || next.block !== line.block || countWords(line.plain) < 8) return;
    long += 1;
    if (!/[.!?…:;»"”)]$/u.test(line.plain)) open += 1;
  });
  return long >= 3 && open / long > 0.5;
}

/** Units judged together for language: a line, or a wrapped paragraph, or a Markdown block. */
function unitsOf(kept: readonly Line[], format: "text" | "markdown"): Line[][] {
  const units: Line[][] = [];
  const wrapped = format === "text" && isHardWrapped(kept);
  let current: Line[] = [];
  const flush = () => {
    if (current.length > 0) units.push(current);
    current = [];
  };
  kept.forEach((line, position) => {
    const previous = kept[position - 1];
    if (previous && (previous.block !== line.block || previous.isQuote !== line.isQuote)) flush();
    else if (format === "markdown" && (line.isHeading || /^\s*(?:[-*+]|\d+[.)])\s/u.test(line.raw)))
      flush();
    else if (format === "text" && !wrapped) flush();
    current.push(line);
    if (format === "markdown" && line.isHeading) flush();
    if (wrapped && /[.!?…:;»"”)]$/u.test(line.plain)) flush();
  });
  flush();
  return units;
}

const unitText = (unit: readonly Line[]) => unit.map((line) => line.plain).join(" ");

function excerpt(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67)}…` : text;
}

/**
 * Clean an article given as text or Markdown. Per line: known boilerplate (cookie, paywall,
 * newsletter, related-article, credit lines) is dropped even when it reads as a sentence;
 * short lines without sentence punctuation made only of menu and button labels, tickers,
 * counters, bylines and datelines are dropped; a short line between two such lines too.
 * Then the first and last paragraphs are dropped when they are an instruction to a
 * chatbot, and any paragraph clearly in another language when the expected one holds at
 * least {@link MIN_EXPECTED_SHARE} of the text (otherwise the language check refuses the
 * text as a whole). Short title-like lines ("La souveraineté", "Concours") are kept.
 */
export function cleanArticleText(text: string, options: CleanOptions): CleanResult {
  const format = options.format ?? "text";
  const offset = options.lineOffset ?? 0;
  const lines = splitLines(text, format);
  markTweets(lines);
  const hints: CleanHints = {};
  for (const line of lines) {
    if (!isContent(line) || line.isProtected) continue;
    const verdict = judgeLine(line.raw);
    if (!verdict) continue;
    line.drop = verdict;
    if (verdict.author && hints.author === undefined) hints.author = verdict.author;
    if (verdict.date && hints.date === undefined) hints.date = verdict.date;
    if (verdict.url && hints.url === undefined) hints.url = verdict.url;
  }
  dropClusters(lines);
  keepSentenceEnds(lines);

  const kept = () => lines.filter((line) => isContent(line) && !line.drop);
  let units = unitsOf(kept(), format);
  const edges = [units[0], units.length > 1 ? units[units.length - 1] : undefined];
  for (const unit of edges) {
    if (!unit || unit.some((line) => line.isProtected)) continue;
    const plain = unitText(unit);
    if (!looksLikeInstruction(plain)) continue;
    const judged = classifyParagraph(plain, options.lang);
    const language =
      judged.lang !== "und" && judged.lang !== options.lang
        ? ` (in ${languageName(judged.lang)})`
        : "";
    for (const line of unit) {
      line.drop = {
        kind: "instruction",
        reason: `instruction to a chatbot${language}, not article text`,
      };
    }
  }

  units = unitsOf(kept(), format);
  if (!options.keepForeign) {
    // Quotations are kept whatever their language, so they do not weigh in the decision either.
    const prose = detectLanguage(
      writersParagraphs(
        units.map((unit) => {
          const whole = unitText(unit);
          return { whole, own: unit.some(isQuoteLine) ? "" : withoutQuotations(whole) };
        }),
      ),
      options.lang,
    );
    if (!prose.undecided && prose.expectedShare >= MIN_EXPECTED_SHARE) {
      for (const unit of units) {
        const plain = unitText(unit);
        if (isQuotation(plain) || unit.some((line) => line.isProtected || line.isHeading)) continue;
        if (unit.some(isQuoteLine)) continue;
        const judged = classifyParagraph(plain, options.lang);
        if (judged.lang === "und" || judged.lang === options.lang) continue;
        if (judged.confidence < FOREIGN_CONFIDENCE) continue;
        for (const line of unit) {
          line.drop = {
            kind: "language",
            reason: `in ${languageName(judged.lang)}, not ${languageName(options.lang)}`,
          };
        }
      }
    }
  }

  units = unitsOf(kept(), format);
  const first = units[0];
  if (first && units.length > 1 && first.length === 1 && first[0]) {
    const plain = first[0].plain;
    const words = countWords(plain);
    if (!endsLikeSentence(plain.replace(/[?!]$/u, "")) && words >= 3 && words <= 25) {
      hints.title = plain;
    }
  }

  const body =
    format === "markdown"
      ? markdownOf(lines)
      : units.map((unit) => unit.map((line) => written(line).trim()).join("\n")).join("\n\n");
  const dropped = lines.flatMap((line) =>
    line.drop
      ? [
          {
            line: line.index + 1 + offset,
            text: line.raw.trim(),
            kind: line.drop.kind,
            reason: line.drop.reason,
          },
        ]
      : [],
  );
  return { text: body, dropped, hints };
}

/** A line as the model gets it: a tweet's lines marked as the quotation they are. */
function written(line: Line): string {
  return line.isQuote && !isBlockQuoteLine(line.raw) ? `> ${line.raw.trim()}` : line.raw;
}

/** Markdown keeps its lines (lists, tables, code); dropped lines go, blank runs collapse. */
function markdownOf(lines: readonly Line[]): string {
  const out: string[] = [];
  for (const line of lines) {
    if (line.drop) continue;
    if (!isContent(line)) {
      if (out.length > 0 && out[out.length - 1] !== "") out.push("");
      continue;
    }
    out.push(written(line).replace(/\s+$/u, ""));
  }
  while (out[out.length - 1] === "") out.pop();
  return out.join("\n");
}

/** One line describing a dropped paragraph, for the warnings of `prepareSource`. */
export function describeDrop(dropped: DroppedLine): string {
  return `dropped line ${dropped.line}, ${dropped.reason}: "${excerpt(dropped.text)}"`;
}
