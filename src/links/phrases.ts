import { FUNCTION_WORDS, foldAccents, foldedWordsOf, stemFrench } from "../checks/french-text.js";

/**
 * Phrases as the keyphrase rules see them (checks/keyphrase-match.ts): folded (case,
 * accents), elided articles and other function words aside, each word reduced by the same
 * light stemmer (plural, feminine), so « l'accord de Paris », « accords de Paris » and
 * « Accord de Paris » meet. Here the words must also stand together and in order: a link
 * wraps one mention, not words scattered over a sentence.
 */

/** Stems of a phrase's content words, in order (all its words when it has no content word). */
export function phraseStems(text: string): string[] {
  const folded = foldedWordsOf(text);
  const content = folded.filter((word) => !FUNCTION_WORDS.has(word));
  return (content.length > 0 ? content : folded).map(stemFrench);
}

/** A word of a text, with its place in that text. */
export interface TextToken {
  start: number;
  end: number;
  /** Folded and stemmed; a function word is only folded. */
  stem: string;
  functional: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of a text as {@link phraseStems} reads them, with their offsets in the text as given. */
export function tokensOf(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  // Folding the whole text at once is faster; its offsets hold unless a letter grew (œ → oe).
  const whole = foldAccents(text);
  const aligned = whole.length === text.length;
  for (const match of text.matchAll(WORD)) {
    const end = match.index + match[0].length;
    const folded = aligned ? whole.slice(match.index, end) : foldAccents(match[0]);
    const functional = FUNCTION_WORDS.has(folded);
    tokens.push({
      start: match.index,
      end,
      stem: functional ? folded : stemFrench(folded),
      functional,
    });
  }
  return tokens;
}

/** What may stand between two words of one mention: spaces, an apostrophe, a hyphen. */
const JOINER = /^[\s'’-]*$/u;
/** Function words allowed between two content words of a mention (« taux d'intérêt »). */
const MAX_FUNCTION_WORDS_BETWEEN = 2;

/**
 * Where `stems` occur in order from `tokens[first]`, function words and joiners between
 * them; the offset just after the last word, or -1.
 */
export function matchAt(
  text: string,
  tokens: readonly TextToken[],
  first: number,
  stems: readonly string[],
): number {
  let index = first;
  for (let k = 0; k < stems.length; k += 1) {
    if (k > 0) {
      let skipped = 0;
      let next = index + 1;
      while (tokens[next]?.functional === true && skipped < MAX_FUNCTION_WORDS_BETWEEN) {
        next += 1;
        skipped += 1;
      }
      const previous = tokens[index];
      const token = tokens[next];
      if (previous === undefined || token === undefined) return -1;
      // Every gap from the previous word to this one must be a joiner (no comma, no full stop).
      for (let gap = index; gap < next; gap += 1) {
        const left = tokens[gap];
        const right = tokens[gap + 1];
        if (!left || !right || !JOINER.test(text.slice(left.end, right.start))) return -1;
      }
      index = next;
    }
    const token = tokens[index];
    if (token === undefined || token.stem !== stems[k]) return -1;
  }
  return tokens[index]?.end ?? -1;
}
