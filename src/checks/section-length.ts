import type { Finding } from "../core/finding.js";
import { excerpt } from "./locate.js";
import type { Rule } from "./rule.js";
import { SECTION_LENGTH } from "./thresholds.js";

/** Yoast's subheading distribution: a stretch of text over 300 words wants a subheading. */
export const MAX_SECTION_WORDS = SECTION_LENGTH.maxWords;

/** A section (or the introduction) longer than {@link MAX_SECTION_WORDS} words without a subheading. */
export const sectionLength: Rule = {
  id: "section-length",
  description: `No section runs over ${MAX_SECTION_WORDS} words without a subheading.`,
  check(article) {
    const findings: Finding[] = [];
    for (const section of article.sections) {
      if (section.words <= MAX_SECTION_WORDS) continue;
      const name = section.heading ? `"${excerpt(section.heading.text, 50)}"` : "the introduction";
      const nameFr = section.heading
        ? `« ${excerpt(section.heading.text, 50)} »`
        : "L'introduction";
      findings.push({
        rule: "section-length",
        severity: "warning",
        message: `${section.heading ? "the section " : ""}${name} runs ${section.words} words without a subheading (at most ${MAX_SECTION_WORDS}): split it with a "##" or "###" subheading`,
        line: section.line,
        actual: section.words,
        expected: MAX_SECTION_WORDS,
        repair: `${section.heading ? "La section " : ""}${nameFr} fait ${section.words} mots sans intertitre (au plus ${MAX_SECTION_WORDS}) : découpe-la avec un intertitre « ## » ou « ### ».`,
      });
    }
    return findings;
  },
};
