import type { Finding } from "../core/finding.js";
import { frontMatterLine } from "./locate.js";
import type { Rule } from "./rule.js";
import { DESCRIPTION_LENGTH } from "./thresholds.js";

/**
 * A meta description missing, or outside Yoast's {@link DESCRIPTION_LENGTH} band. The
 * front-matter rule fails the same article (an error, DESIGN.md); this warning gives the
 * Yoast verdict under its own id, so that `check --json` reads assessment by assessment.
 */
export const descriptionLength: Rule = {
  id: "description-length",
  description: `The meta description has ${DESCRIPTION_LENGTH.min}–${DESCRIPTION_LENGTH.max} characters.`,
  check(article) {
    if (!article.hasFrontMatter) return [];
    const raw = article.frontMatter.description;
    const length = typeof raw === "string" ? raw.trim().length : 0;
    const { min, max } = DESCRIPTION_LENGTH;
    if (length >= min && length <= max) return [];
    const finding: Finding = {
      rule: "description-length",
      severity: "warning",
      message:
        length === 0
          ? `no meta description: write one of ${min}–${max} characters`
          : `the meta description has ${length} characters (${min}–${max}): ${length < min ? "develop it" : "shorten it"}`,
      actual: length,
      expected: `${min}–${max}`,
      repair: `La méta-description (champ description) fait ${length} caractères : elle doit en faire entre ${min + 20} et ${max - 1}, espaces comprises.`,
    };
    const line = frontMatterLine(article, "description");
    if (line !== undefined) finding.line = line;
    return [finding];
  },
};
