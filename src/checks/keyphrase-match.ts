import type { ParsedArticle } from "../core/article.js";
import { countWords } from "../core/words.js";
import { FUNCTION_WORDS, foldedWordsOf, stemFrench } from "./french-text.js";
import type { CheckContext } from "./rule.js";

/**
 * The focus keyphrase as the keyphrase rules match it, after Yoast: its content words
 * (function words aside), accent- and case-insensitive, in any order, any of their forms
 * ("intelligence artificielle" is found in "les intelligences artificielles").
 */
export interface Keyphrase {
  /** As written in `--keyword` or the front-matter. */
  text: string;
  /** Words in the keyphrase, function words included (keyphrase density counts them). */
  words: number;
  /** Stems of its content words, each once. */
  stems: string[];
}

/** `context.keyword`, else the first front-matter keyword; undefined when there is none. */
export function keyphraseOf(article: ParsedArticle, context: CheckContext): Keyphrase | undefined {
  const keywords = article.frontMatter.keywords;
  let text = context.keyword;
  if (text === undefined && Array.isArray(keywords) && typeof keywords[0] === "string") {
    text = keywords[0];
  } else if (text === undefined && typeof keywords === "string") {
    text = keywords.split(",")[0];
  }
  text = text?.trim();
  if (text === undefined || text.length === 0) return undefined;
  const folded = foldedWordsOf(text);
  const content = folded.filter((word) => !FUNCTION_WORDS.has(word));
  const stems = [...new Set((content.length > 0 ? content : folded).map(stemFrench))];
  if (stems.length === 0) return undefined;
  return { text, words: countWords(text), stems };
}

/**
 * How many times each content word of the keyphrase appears among folded words, in the
 * order of `keyphrase.stems`. A stem keeps its word's first letter, so only words opening
 * like a keyphrase word are stemmed: most of a text is skipped with one comparison.
 */
function stemCounts(words: readonly string[], keyphrase: Keyphrase): number[] {
  const counts = keyphrase.stems.map(() => 0);
  for (const word of words) {
    const initial = word.charCodeAt(0);
    if (!keyphrase.stems.some((stem) => stem.charCodeAt(0) === initial)) continue;
    const index = keyphrase.stems.indexOf(stemFrench(word));
    if (index !== -1) counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}

/** How many of the keyphrase's content words a text holds (each counted once). */
export function keyphraseWordsIn(text: string, keyphrase: Keyphrase): number {
  return stemCounts(foldedWordsOf(text), keyphrase).filter((count) => count > 0).length;
}

/** Whether a text holds every content word of the keyphrase. */
export function hasKeyphrase(text: string, keyphrase: Keyphrase): boolean {
  return keyphraseWordsIn(text, keyphrase) === keyphrase.stems.length;
}

/**
 * Occurrences of the keyphrase in a sentence, as Yoast counts them: the times its rarest
 * content word appears (every content word must be there at least once).
 */
export function keyphraseCount(sentence: string, keyphrase: Keyphrase): number {
  return keyphraseCountIn(foldedWordsOf(sentence), keyphrase);
}

/** {@link keyphraseCount} over a sentence's folded words. */
export function keyphraseCountIn(words: readonly string[], keyphrase: Keyphrase): number {
  return Math.min(...stemCounts(words, keyphrase));
}

/**
 * Where a title holds the keyphrase, as Yoast's SEO-title check asks: `start` when its
 * words, function words included and in order, open the title (function words before
 * them aside: « Le projet de la ville… »); `elsewhere` when the title holds every content
 * word but not so; `absent` otherwise. Word forms, case, accents and elision fold alike.
 */
export function keyphrasePlaceIn(
  title: string,
  keyphrase: Keyphrase,
): "start" | "elsewhere" | "absent" {
  const words = foldedWordsOf(title);
  const sequence = foldedWordsOf(keyphrase.text).map(stemFrench);
  const stems = words.map(stemFrench);
  for (let at = 0; at + sequence.length <= stems.length; at += 1) {
    if (!sequence.every((stem, offset) => stems[at + offset] === stem)) continue;
    const before = words.slice(0, at);
    if (before.every((word) => FUNCTION_WORDS.has(word))) return "start";
    break;
  }
  return hasKeyphrase(title, keyphrase) ? "elsewhere" : "absent";
}

/** Sentences holding the keyphrase, each as many times as its rarest content word. */
export function keyphraseOccurrences(sentences: readonly string[], keyphrase: Keyphrase): number {
  let occurrences = 0;
  for (const sentence of sentences) occurrences += keyphraseCount(sentence, keyphrase);
  return occurrences;
}
