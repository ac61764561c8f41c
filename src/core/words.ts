/**
 * Word counting as a word processor does it (DESIGN.md): whitespace-separated tokens
 * that hold a letter or a digit. "l'intelligence" and "c'est-à-dire" are one word each;
 * a lone "—" or "«" is none.
 */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Does this whitespace-free token count as a word? A char-code pass first: most French
 * words hold an ASCII letter, a digit or a Latin-1 letter, and the regex is the slow path.
 */
export function isWordToken(token: string): boolean {
  // Stryker disable ConditionalExpression,EqualityOperator,LogicalOperator,BlockStatement: a speed shortcut: the regex below accepts every letter and digit this pass skips, so a narrower or dropped pass answers the same; the tests on "@", "[", "{", "×", "÷" guard against a wider one.
  for (let index = 0; index < token.length; index += 1) {
    const code = token.charCodeAt(index);
    if (
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 57) ||
      (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7)
    ) {
      return true;
    }
  }
  // Stryker restore ConditionalExpression,EqualityOperator,LogicalOperator,BlockStatement
  return WORD_CHARACTER.test(token);
}

export function wordsOf(text: string): string[] {
  return text.split(/\s+/u).filter(isWordToken);
}

export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) {
    if (isWordToken(token)) count += 1;
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
