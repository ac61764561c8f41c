import type { Finding } from "../core/finding.js";
import { hasKeyphrase, keyphraseOf, keyphraseWordsIn } from "./keyphrase-match.js";
import type { Rule } from "./rule.js";
import { KEYPHRASE_SUBHEADINGS } from "./thresholds.js";

/** Yoast's band for the share of H2/H3 subheadings that reflect the keyphrase. */
export const SUBHEADING_KEYPHRASE_SHARE = KEYPHRASE_SUBHEADINGS;

/**
 * The focus keyphrase in fewer or more than {@link KEYPHRASE_SUBHEADINGS} of the H2/H3
 * subheadings. A subheading reflects it with at least half of its content words (Yoast's
 * rule for languages whose function words it knows, French among them); the only
 * subheading of an article reflecting it is fine; an article without subheadings is
 * judged only over {@link KEYPHRASE_SUBHEADINGS}'s short-text length.
 */
export const keyphraseSubheadings: Rule = {
  id: "keyphrase-subheadings",
  description: `The focus keyphrase is in ${KEYPHRASE_SUBHEADINGS.min * 100}–${KEYPHRASE_SUBHEADINGS.max * 100} % of the subheadings.`,
  check(article, context) {
    const phrase = keyphraseOf(article, context);
    if (!phrase) return [];
    const subheadings = article.headings.filter(
      (heading) => heading.depth === 2 || heading.depth === 3,
    );
    if (subheadings.length === 0 && article.words <= KEYPHRASE_SUBHEADINGS.shortTextWords) {
      return [];
    }
    const needed = Math.ceil(phrase.stems.length / 2);
    const holding = subheadings.filter(
      (heading) => keyphraseWordsIn(heading.text, phrase) >= needed,
    ).length;
    const share = subheadings.length === 0 ? 0 : holding / subheadings.length;
    const { min, max } = KEYPHRASE_SUBHEADINGS;
    if ((share >= min && share <= max) || (subheadings.length === 1 && holding === 1)) return [];
    const percent = Math.round(share * 100);
    const tooFew = share < min;
    const finding: Finding = {
      rule: "keyphrase-subheadings",
      severity: "warning",
      message: `${holding} of ${subheadings.length} subheadings (${percent} %) hold the focus keyphrase "${phrase.text}"; ${min * 100}–${max * 100} % is best: ${tooFew ? "put it in more of them" : "use synonyms in some"}`,
      actual: Number(share.toFixed(3)),
      expected: `${min}–${max}`,
      repair: tooFew
        ? `L'expression clé « ${phrase.text} » n'apparaît que dans ${holding} intertitre(s) sur ${subheadings.length} : place-la dans environ un intertitre sur deux.`
        : `L'expression clé « ${phrase.text} » apparaît dans ${holding} intertitres sur ${subheadings.length} : remplace-la par un synonyme dans certains d'entre eux.`,
    };
    const line = (
      tooFew ? subheadings[0] : subheadings.find((heading) => hasKeyphrase(heading.text, phrase))
    )?.line;
    if (line !== undefined) finding.line = line;
    return [finding];
  },
};
