import type { ParsedArticle } from "../core/article.js";
import { proseStatsOf } from "./prose-stats.js";
import type { Rule } from "./rule.js";
import { READING_EASE } from "./thresholds.js";

/** Below this French reading ease (Kandel & Moles) a text is hard for a general audience. */
export const MIN_READING_EASE = READING_EASE.min;
/** Too few words for the formula to mean anything. */
const MIN_WORDS = 100;

/**
 * Kandel & Moles's French adaptation of Flesch's reading ease:
 * 207 − 1.015 × words per sentence − 73.6 × syllables per word (higher is easier).
 * Undefined for a text without sentences.
 */
export function readingEaseOf(article: ParsedArticle): number | undefined {
  const { sentences, words, syllables } = proseStatsOf(article);
  if (sentences.length === 0 || words === 0) return undefined;
  return 207 - 1.015 * (words / sentences.length) - 73.6 * (syllables / words);
}

/** French reading ease below {@link MIN_READING_EASE}. */
export const readingEase: Rule = {
  id: "reading-ease",
  description: `French reading ease (Kandel & Moles) of at least ${MIN_READING_EASE}.`,
  check(article) {
    const { words, sentences } = proseStatsOf(article);
    const ease = readingEaseOf(article);
    if (ease === undefined || words < MIN_WORDS || ease >= MIN_READING_EASE) return [];
    const score = Math.round(ease);
    const perSentence = Math.round(words / sentences.length);
    const finding = {
      rule: "reading-ease",
      severity: "warning" as const,
      message: `reading ease ${score} (Kandel & Moles; at least ${MIN_READING_EASE}): shorter sentences (now ${perSentence} words on average) and plainer words`,
      actual: score,
      expected: MIN_READING_EASE,
      repair: `Le texte est difficile à lire (indice de lisibilité ${score}, il faut au moins ${MIN_READING_EASE}) : fais des phrases plus courtes (${perSentence} mots en moyenne actuellement) et préfère des mots simples.`,
    };
    const line = article.paragraphs[0]?.line;
    return [line === undefined ? finding : { ...finding, line }];
  },
};
