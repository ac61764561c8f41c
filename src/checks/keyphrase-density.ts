import { foldedSentencesOf } from "./french-text.js";
import { keyphraseCountIn, keyphraseOf } from "./keyphrase-match.js";
import { formatPercent } from "./locate.js";
import type { Rule } from "./rule.js";
import { KEYPHRASE_DENSITY } from "./thresholds.js";

export { KEYPHRASE_DENSITY };

/**
 * Keyphrase density: occurrences (per sentence, as many as its rarest content word) ×
 * words in the keyphrase / words in the body, outside {@link KEYPHRASE_DENSITY}.
 */
export const keyphraseDensity: Rule = {
  id: "keyphrase-density",
  description: `The focus keyphrase makes ${KEYPHRASE_DENSITY.min * 100}–${KEYPHRASE_DENSITY.max * 100} % of the words.`,
  check(article, context) {
    const phrase = keyphraseOf(article, context);
    if (!phrase || article.words === 0) return [];
    let occurrences = 0;
    for (const block of article.blocks) {
      for (const words of foldedSentencesOf(block)) occurrences += keyphraseCountIn(words, phrase);
    }
    const density = (occurrences * phrase.words) / article.words;
    const { min, max } = KEYPHRASE_DENSITY;
    if (density >= min && density <= max) return [];
    const tooLow = density < min;
    const finding = {
      rule: "keyphrase-density",
      severity: "warning" as const,
      message: `the focus keyphrase "${phrase.text}" appears ${occurrences} times, ${formatPercent(density, ".")} of the words (${min * 100}–${max * 100} %): ${tooLow ? "use it a few more times" : "use synonyms instead of repeating it"}`,
      actual: Number(density.toFixed(4)),
      expected: `${min}–${max}`,
      repair: tooLow
        ? `L'expression clé « ${phrase.text} » n'apparaît que ${occurrences} fois (${formatPercent(density, ",")} des mots) : emploie-la quelques fois de plus, naturellement, dans le corps du texte.`
        : `L'expression clé « ${phrase.text} » apparaît ${occurrences} fois (${formatPercent(density, ",")} des mots, au plus ${max * 100} %) : remplace une partie des répétitions par des synonymes.`,
    };
    const line = article.blocks[0]?.line;
    return [line === undefined ? finding : { ...finding, line }];
  },
};
