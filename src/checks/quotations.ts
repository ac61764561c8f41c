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
