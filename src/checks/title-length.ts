import { MAX_TITLE_LENGTH } from "./front-matter.js";
import { frontMatterLine } from "./locate.js";
import type { Rule } from "./rule.js";
import { TITLE_LENGTH } from "./thresholds.js";

/**
 * Titles over 60 characters risk a cut in search results (Yoast's SEO title width); the
 * front-matter rule fails them only above {@link MAX_TITLE_LENGTH}, this one warns before.
 */
export const RECOMMENDED_TITLE_LENGTH = TITLE_LENGTH.max;

/** A title of 61 to {@link MAX_TITLE_LENGTH} characters. */
export const titleLength: Rule = {
  id: "title-length",
  description: `The title has at most ${RECOMMENDED_TITLE_LENGTH} characters.`,
  check(article) {
    const title = article.frontMatter.title;
    if (typeof title !== "string") return [];
    const length = title.trim().length;
    // Above the front-matter's limit that rule already reports an error.
    if (length <= RECOMMENDED_TITLE_LENGTH || length > MAX_TITLE_LENGTH) return [];
    return [
      {
        rule: "title-length",
        severity: "warning",
        message: `the title has ${length} characters; search results may cut it after ${RECOMMENDED_TITLE_LENGTH}: shorten it`,
        line: frontMatterLine(article, "title"),
        actual: length,
        expected: RECOMMENDED_TITLE_LENGTH,
        repair: `Le titre fait ${length} caractères : raccourcis-le à ${RECOMMENDED_TITLE_LENGTH} caractères au plus, espaces comprises, en gardant l'expression clé au début.`,
      },
    ];
  },
};
