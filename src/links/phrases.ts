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
 * Phrases as a tree of stems: a phrase sits at the node its last stem leads to. Matching
 * from a word follows the words after it, so its cost is the length of the mention, however
 * many phrases share its first word (in a site about energy, "prix …" opens hundreds).
 */
export interface PhraseNode<T> {
  next: Map<string, PhraseNode<T>>;
  phrases: T[];
}

export function phraseTree<T>(): PhraseNode<T> {
  return { next: new Map(), phrases: [] };
}

export function addPhrase<T>(root: PhraseNode<T>, stems: readonly string[], value: T): void {
  let node = root;
  for (const stem of stems) {
    let child = node.next.get(stem);
    if (child === undefined) {
      child = phraseTree();
      node.next.set(stem, child);
    }
    node = child;
  }
  node.phrases.push(value);
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
 * The phrases of the tree that start at `tokens[first]`, longest first: each with the offset
 * just after its last word.
 */
export function matchesAt<T>(
  text: string,
  tokens: readonly TextToken[],
  first: number,
  root: PhraseNode<T>,
): { end: number; phrases: readonly T[] }[] {
  const found: { end: number; phrases: readonly T[] }[] = [];
  let index = first;
  let node = root.next.get(tokens[first]?.stem ?? "");
  while (node !== undefined) {
    if (node.phrases.length > 0)
      found.push({ end: tokens[index]?.end ?? 0, phrases: node.phrases });
    if (node.next.size === 0) break;
    const next = nextWord(text, tokens, index);
    if (next === -1) break;
    index = next;
    node = node.next.get(tokens[next]?.stem ?? "");
  }
  return found.reverse();
}
