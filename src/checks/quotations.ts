/**
 * Quotations of a French text and the folding under which a quotation counts as "word for
 * word": quote marks, apostrophes, dashes and white space (non-breaking and thin spaces
 * included) may differ between article and source; letters, their case and accents may not.
 */
export interface Quotation {
  /** The quoted words, without the quote marks. */
  text: string;
  /** Offset of the opening quote mark in the scanned text. */
  index: number;
  /** Offset just past the closing quote mark. */
  end: number;
}

/**
 * « … » (French), “ … ” (English curly), „ … “ (German), ‹ … › and "…" (straight, paired in
 * order). Nested quotes stay inside the outer quotation; an unclosed mark quotes nothing.
 */
// Stryker disable next-line Regex: a speed shortcut; a broader test only lets QUOTATION find nothing
const HAS_QUOTE_MARK = /[«“„‹"]/u;
const QUOTATION = /«([^«»]*)»|“([^“”]*)”|„([^„“”]*)[“”]|‹([^‹›]*)›|"([^"]*)"/gu;

export function extractQuotations(text: string): Quotation[] {
  const quotations: Quotation[] = [];
  // Stryker disable next-line ConditionalExpression: a speed shortcut; without a mark QUOTATION finds nothing
  if (!HAS_QUOTE_MARK.test(text)) return quotations;
  QUOTATION.lastIndex = 0;
  for (let match = QUOTATION.exec(text); match !== null; match = QUOTATION.exec(text)) {
    const inner = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? "";
    const trimmed = inner.trim();
    if (trimmed.length === 0) continue;
    quotations.push({ text: trimmed, index: match.index, end: match.index + match[0].length });
  }
  return quotations;
}

/** Quote marks and apostrophes fold to one mark: ‘souveraineté’ may be quoted as “souveraineté”. */
const QUOTE_OR_APOSTROPHE = /[«»“”„‟"‹›'’‘‚ʼ`´]/gu;
const DASH = /[\u2010-\u2015\u2212]/gu;
// Stryker disable next-line Regex: replaced globally by nothing, one space at a time or a run at once is alike
const WHITE_SPACE = /\s+/gu;

/** Fold a text so that a quotation is found in its source whatever its typography. */
export function foldQuotation(text: string): string {
  return text
    .replace(QUOTE_OR_APOSTROPHE, "'")
    .replace(DASH, "-")
    .replace(/\.\.\./gu, "…")
    .replace(WHITE_SPACE, "");
}

/** Marks of an elision inside a quotation: each side must be in the source on its own. */
const ELISION = /\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)/u;
/** Punctuation that may end or open a quotation differently in article and source. */
const EDGE_PUNCTUATION = /^[\s.,;:!?…'-]+|[\s.,;:!?…'-]+$/gu;

/**
 * The folded pieces of a quotation that must each be found in the folded source, in order:
 * one piece, or several when the quotation elides words with `[…]`.
 */
export function quotationPieces(quotation: string): string[] {
  return quotation
    .split(ELISION)
    .map((piece) => foldQuotation(piece).replace(EDGE_PUNCTUATION, ""))
    .filter((piece) => piece.length > 0);
}

/** Whether every piece of the quotation is in the folded source, in order. */
export function isQuotationIn(quotation: string, foldedSource: string): boolean {
  const pieces = quotationPieces(quotation);
  if (pieces.length === 0) return true;
  let from = 0;
  for (const piece of pieces) {
    const at = foldedSource.indexOf(piece, from);
    if (at === -1) return false;
    from = at + piece.length;
  }
  return true;
}

const BLOCK_QUOTE_MARK = /^ {0,3}(?:>[ \t]?)+/gmu;

/**
 * A text without its block-quote marks (`> `): a quotation that runs over two lines of a
 * quoted block (a tweet, a statement) is found in the source as one run of words.
 */
export function withoutBlockQuoteMarks(text: string): string {
  return text.replace(BLOCK_QUOTE_MARK, "");
}

/** Between two folded quotations: no folded quotation holds it, so none matches across two. */
const SEPARATOR = "\u0000";

/**
 * What the source quotes, folded for {@link isQuotationIn}: its block quotes (`> ` lines,
 * an HTML `<blockquote>`, an embedded tweet) and its words in quote marks. An article that
 * shows one of these as a quote block is quoting, not copying, in whatever language.
 */
export function foldedSourceQuotations(source: string): string {
  const blocks = source
    .split(/\n[ \t]*\n/u)
    .map((paragraph) => paragraph.split("\n").filter((line) => line.trim().length > 0))
    .filter((lines) => lines.length > 0 && lines.every((line) => /^ {0,3}>/u.test(line)))
    .map((lines) => withoutBlockQuoteMarks(lines.join("\n")));
  const inline = extractQuotations(source).map((quotation) => quotation.text);
  return [...blocks, ...inline].map(foldQuotation).join(SEPARATOR);
}

// The rewrite loop and `check --source` judge many answers against one source.
let lastSource: { source: string; folded: string } | undefined;

/** Whether a quote block of the article is one of the source's quotations, word for word. */
export function quotesTheSource(text: string, source: string): boolean {
  // Stryker disable next-line all: a cache; recomputing the same source gives the same text
  if (lastSource?.source !== source) {
    lastSource = { source, folded: foldedSourceQuotations(source) };
  }
  return isQuotationIn(text, lastSource.folded);
}

/** The text with its quotations (quote marks included) taken out: the writer's own words. */
export function withoutQuotationsOf(text: string): string {
  let own = "";
  let from = 0;
  for (const quotation of extractQuotations(text)) {
    own += `${text.slice(from, quotation.index)} `;
    from = quotation.end;
  }
  return `${own}${text.slice(from)}`.replace(/\s+/gu, " ").trim();
}
