import type { Finding } from "../core/finding.js";
import { excerpt } from "./locate.js";
import type { Rule } from "./rule.js";
import { PARAGRAPH_LENGTH } from "./thresholds.js";

/** Yoast's paragraph length: over 150 words a paragraph is too long to read on a screen. */
export const MAX_PARAGRAPH_WORDS = PARAGRAPH_LENGTH.maxWords;

/** A paragraph over {@link MAX_PARAGRAPH_WORDS} words. */
export const paragraphLength: Rule = {
  id: "paragraph-length",
  description: `No paragraph runs over ${MAX_PARAGRAPH_WORDS} words.`,
  check(article) {
    const findings: Finding[] = [];
    for (const block of article.paragraphs) {
      if (block.words <= MAX_PARAGRAPH_WORDS) continue;
      const opening = excerpt(block.text, 40);
      findings.push({
        rule: "paragraph-length",
        severity: "warning",
        message: `paragraph of ${block.words} words (at most ${MAX_PARAGRAPH_WORDS}): split "${opening}" in two`,
        line: block.line,
        actual: block.words,
        expected: MAX_PARAGRAPH_WORDS,
        repair: `Le paragraphe « ${opening} » fait ${block.words} mots (au plus ${MAX_PARAGRAPH_WORDS}) : coupe-le en deux paragraphes.`,
      });
    }
    return findings;
  },
};
