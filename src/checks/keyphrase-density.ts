import { foldedSentencesOf } from "./french-text.js";
import { keyphraseCountIn, keyphraseOf } from "./keyphrase-match.js";
import { formatPercent } from "./locate.js";
import type { Rule } from "./rule.js";
import { KEYPHRASE_DENSITY, keyphraseLengthFactor } from "./thresholds.js";

export { KEYPHRASE_DENSITY };

/** "0.5–3.5 %": the band as the messages give it. */
const BAND = `${formatPercent(KEYPHRASE_DENSITY.min, ".").replace(" %", "")}–${formatPercent(KEYPHRASE_DENSITY.max, ".")}`;

/**
 * Keyphrase density as Yoast weighs it: occurrences (per sentence, as many as its rarest
 * content word) / words in the body × (0.7 + content words of the keyphrase / 3), outside
 * {@link KEYPHRASE_DENSITY}. A longer keyphrase weighs more, less than in proportion.
 * Whatever the density, one occurrence is too few, and two are enough when the text is
 * short enough that two is the fewest the band asks for.
 */
function densityOf(occurrences: number, words: number, contentWords: number): number {
  return (occurrences / words) * keyphraseLengthFactor(contentWords);
}

/** The uses the band allows in `words` words: never fewer than two. */
function usesAllowed(words: number, contentWords: number): { fewest: number; most: number } {
  const factor = keyphraseLengthFactor(contentWords);
  return {
    fewest: Math.max(2, Math.ceil((KEYPHRASE_DENSITY.min * words) / factor)),
    most: Math.max(2, Math.floor((KEYPHRASE_DENSITY.max * words) / factor)),
  };
}

export const keyphraseDensity: Rule = {
  id: "keyphrase-density",
  description: `The focus keyphrase's density, weighted by its length as Yoast weighs it, is ${BAND}.`,
  check(article, context) {
    const phrase = keyphraseOf(article, context);
    if (!phrase || article.words === 0) return [];
    let occurrences = 0;
    for (const block of article.blocks) {
      for (const words of foldedSentencesOf(block)) occurrences += keyphraseCountIn(words, phrase);
    }
    const contentWords = phrase.stems.length;
    const density = densityOf(occurrences, article.words, contentWords);
    const { min, max } = KEYPHRASE_DENSITY;
    const uses = usesAllowed(article.words, contentWords);
    const enough = occurrences === 2 && uses.fewest <= 2;
    if (occurrences > 1 && ((density >= min && density <= max) || enough)) return [];
    const tooLow = occurrences <= 1 || density < min;
    const band = uses.fewest === uses.most ? `${uses.most}` : `${uses.fewest}–${uses.most}`;
    const finding = {
      rule: "keyphrase-density",
      severity: "warning" as const,
      message: `the focus keyphrase "${phrase.text}" appears ${occurrences} times in ${article.words} words, a density of ${formatPercent(density, ".")} (${BAND}, ${band} times here): ${tooLow ? "use it a few more times" : "use synonyms instead of repeating it"}`,
      actual: Number(density.toFixed(4)),
      expected: `${min}–${max}`,
      repair: tooLow
        ? `L'expression clé « ${phrase.text} » n'apparaît que ${occurrences} fois pour ${article.words} mots : emploie-la ${uses.fewest} à ${uses.most} fois, naturellement, dans le corps du texte.`
        : `L'expression clé « ${phrase.text} » apparaît ${occurrences} fois pour ${article.words} mots, au plus ${uses.most} : remplace une partie des répétitions par des synonymes.`,
    };
    const line = article.blocks[0]?.line;
    return [line === undefined ? finding : { ...finding, line }];
  },
};
