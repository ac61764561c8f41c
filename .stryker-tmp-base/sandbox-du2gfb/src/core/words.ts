/**
 * Word counting as a word processor does it (DESIGN.md): whitespace-separated tokens
 * that hold a letter or a digit. "l'intelligence" and "c'est-à-dire" are one word each;
 * a lone "—" or "«" is none.
 */
// @ts-nocheck

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

export function wordsOf(text: string): string[] {
  return text.split(/\s+/u).filter((token) => WORD_CHARACTER.test(token));
}

export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) {
    if (WORD_CHARACTER.test(token)) count += 1;
  }
  return count;
}

/** Minutes to read at 230 words a minute, the usual figure for French adult readers; at least 1. */
export function readingTimeMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

/**
 * Sentences of a paragraph: a cut after . ! ? or … followed by space and a capital,
 * a digit or an opening quote. Abbreviations like "M. Dupont" may split; that only
 * shortens the sentence-length statistics, never the word count.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+(?=[\p{Lu}\p{N}«"“])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => WORD_CHARACTER.test(sentence));
}
