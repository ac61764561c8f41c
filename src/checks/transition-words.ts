import { foldedSentencesOf } from "./french-text.js";
import { hasTransition } from "./french-transitions.js";
import { formatPercent } from "./locate.js";
import { PROSE_KINDS, proseStatsOf } from "./prose-stats.js";
import type { Rule } from "./rule.js";
import { TRANSITION_WORDS } from "./thresholds.js";

/**
 * Fewer than {@link TRANSITION_WORDS}'s share of the sentences holding a transition word
 * or phrase, in a text over its word count (a short text needs none). French only.
 */
export const transitionWords: Rule = {
  id: "transition-words",
  description: `At least ${TRANSITION_WORDS.minShare * 100} % of sentences hold a transition word.`,
  check(article, context) {
    if (context.lang !== "fr") return [];
    const { sentences, words } = proseStatsOf(article);
    if (sentences.length === 0 || words <= TRANSITION_WORDS.minWords) return [];
    let holding = 0;
    for (const block of article.blocks) {
      if (!PROSE_KINDS.has(block.kind)) continue;
      for (const words of foldedSentencesOf(block)) if (hasTransition(words)) holding += 1;
    }
    const share = holding / sentences.length;
    if (share >= TRANSITION_WORDS.minShare) return [];
    const min = TRANSITION_WORDS.minShare * 100;
    const finding = {
      rule: "transition-words",
      severity: "warning" as const,
      message: `${holding} of ${sentences.length} sentences (${formatPercent(share, ".")}) hold a transition word (at least ${min} %): link ideas with words such as "en effet", "cependant", "par ailleurs", "c'est pourquoi"`,
      actual: Number(share.toFixed(3)),
      expected: TRANSITION_WORDS.minShare,
      repair: `Seules ${holding} phrases sur ${sentences.length} (${formatPercent(share, ",")}) contiennent un mot de liaison (il en faut au moins ${min} %) : relie les idées avec des connecteurs variés (« en effet », « cependant », « par ailleurs », « c'est pourquoi », « ainsi », « d'une part… d'autre part »).`,
    };
    const line = article.paragraphs[0]?.line;
    return [line === undefined ? finding : { ...finding, line }];
  },
};
