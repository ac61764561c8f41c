import { excerpt } from "./locate.js";
import { proseStatsOf } from "./prose-stats.js";
import type { Rule } from "./rule.js";
import { SENTENCE_LENGTH } from "./thresholds.js";

/** Yoast's French sentence length: a sentence is long over 20 words… */
export const LONG_SENTENCE_WORDS = SENTENCE_LENGTH.maxWords;
/** …and more than 25 % of long sentences is too many. */
export const MAX_LONG_SENTENCE_SHARE = SENTENCE_LENGTH.maxLongShare;

/** More than {@link MAX_LONG_SENTENCE_SHARE} of the sentences over {@link LONG_SENTENCE_WORDS} words. */
export const sentenceLength: Rule = {
  id: "sentence-length",
  description: `At most ${MAX_LONG_SENTENCE_SHARE * 100} % of sentences over ${LONG_SENTENCE_WORDS} words.`,
  check(article) {
    const { sentences } = proseStatsOf(article);
    if (sentences.length === 0) return [];
    let long = 0;
    let longest = sentences[0];
    for (const sentence of sentences) {
      if (sentence.words > LONG_SENTENCE_WORDS) long += 1;
      if (longest === undefined || sentence.words > longest.words) longest = sentence;
    }
    const share = long / sentences.length;
    if (share <= MAX_LONG_SENTENCE_SHARE || longest === undefined) return [];
    const percent = Math.round(share * 100);
    const opening = excerpt(longest.text, 50);
    return [
      {
        rule: "sentence-length",
        severity: "warning",
        message: `${percent} % of sentences have more than ${LONG_SENTENCE_WORDS} words (at most ${MAX_LONG_SENTENCE_SHARE * 100} %): split the longest, such as "${opening}" (${longest.words} words)`,
        line: longest.block.line,
        actual: Number(share.toFixed(3)),
        expected: MAX_LONG_SENTENCE_SHARE,
        repair: `${percent} % des phrases dépassent ${LONG_SENTENCE_WORDS} mots (au plus ${MAX_LONG_SENTENCE_SHARE * 100} %) : coupe les plus longues en deux, à commencer par « ${opening} ».`,
      },
    ];
  },
};
