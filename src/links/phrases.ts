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

/**
 * Stems already computed: a site's articles share most of their words, and the stemmer is
 * most of a word's cost. Emptied when full, so a folder of any size holds it bounded.
 */
const STEMS = new Map<string, string>();
const MAX_STEMS = 100_000;

function stemOf(folded: string): string {
  let stem = STEMS.get(folded);
  if (stem === undefined) {
    if (STEMS.size >= MAX_STEMS) STEMS.clear();
    stem = stemFrench(folded);
    STEMS.set(folded, stem);
  }
  return stem;
}

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
      stem: functional ? folded : stemOf(folded),
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
 * Phrases in one flat map from a phrase's key (its stems, space-separated) to its value, a
 * number ≥ 0, and from every shorter start of a phrase to "goes on": matching from a word
 * joins the words after it only while some phrase goes on with them, so its cost is the
 * length of the mention, however many phrases share its first word (in a site about energy,
 * "prix …" opens hundreds). One number per key and no node objects: a site of 20,000
 * articles holds it in a few megabytes, and a worker thread receives it as one map.
 */
export type PhraseTable = ReadonlyMap<string, number>;

/** A start of longer phrases that is no phrase itself. */
const GOES_ON = -1;

/** A stored entry: the value doubled, plus one when longer phrases start with it. */
const stored = (value: number, goesOn: boolean) => value * 2 + (goesOn ? 1 : 0);

/** A table of `phrases` (stems, value ≥ 0); the first value given for a key is kept. */
export function phraseTable(
  phrases: Iterable<readonly [stems: readonly string[], value: number]>,
): PhraseTable {
  const table = new Map<string, number>();
  for (const [stems, value] of phrases) {
    let key = "";
    stems.forEach((stem, position) => {
      key = position === 0 ? stem : `${key} ${stem}`;
      const entry = table.get(key);
      if (position === stems.length - 1) {
        if (entry === undefined) table.set(key, stored(value, false));
        else if (entry === GOES_ON) table.set(key, stored(value, true));
      } else if (entry === undefined) table.set(key, GOES_ON);
      else if (entry >= 0) table.set(key, entry | 1);
    });
  }
  return table;
}

/** The token after `index` a mention may go on with (function words skipped), or -1. */
function nextWord(text: string, tokens: readonly TextToken[], index: number): number {
  let next = index + 1;
  while (tokens[next]?.functional === true && next - index <= MAX_FUNCTION_WORDS_BETWEEN) {
    next += 1;
  }
  if (tokens[next] === undefined || tokens[next]?.functional === true) return -1;
  // Every gap from the word to this one must be a joiner (no comma, no full stop).
  for (let gap = index; gap < next; gap += 1) {
    const left = tokens[gap];
    const right = tokens[gap + 1];
    if (!left || !right || !JOINER.test(text.slice(left.end, right.start))) return -1;
  }
  return next;
}

/**
 * The phrases of the table that start at `tokens[first]`, longest first: each with the offset
 * just after its last word, its key and its value.
 */
export function matchesAt(
  text: string,
  tokens: readonly TextToken[],
  first: number,
  table: PhraseTable,
): { end: number; key: string; value: number }[] {
  const found: { end: number; key: string; value: number }[] = [];
  let index = first;
  let key = tokens[first]?.stem ?? "";
  let entry = table.get(key);
  while (entry !== undefined) {
    if (entry !== GOES_ON) found.push({ end: tokens[index]?.end ?? 0, key, value: entry >> 1 });
    if ((entry & 1) === 0) break;
    const next = nextWord(text, tokens, index);
    if (next === -1) break;
    index = next;
    key = `${key} ${tokens[next]?.stem ?? ""}`;
    entry = table.get(key);
  }
  return found.reverse();
}
