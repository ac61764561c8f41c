import type { Finding } from "../core/finding.js";
import { sentencesOf } from "../core/words.js";
import { keyphraseOccurrences, keyphraseOf } from "./keyphrase-match.js";
import { frontMatterLine } from "./locate.js";
import type { Rule } from "./rule.js";
import { KEYPHRASE_DESCRIPTION } from "./thresholds.js";

/**
 * The focus keyphrase in the meta description fewer or more times than
 * {@link KEYPHRASE_DESCRIPTION} allows (Yoast: once or twice). A missing description is
 * the front-matter rule's and description-length's business.
 */
export const keyphraseDescription: Rule = {
  id: "keyphrase-description",
  description: `The description holds the focus keyphrase ${KEYPHRASE_DESCRIPTION.min} to ${KEYPHRASE_DESCRIPTION.max} times.`,
  check(article, context) {
    const phrase = keyphraseOf(article, context);
    const description = article.frontMatter.description;
    if (!phrase || typeof description !== "string" || description.trim() === "") return [];
    const uses = keyphraseOccurrences(sentencesOf(description), phrase);
    const { min, max } = KEYPHRASE_DESCRIPTION;
    if (uses >= min && uses <= max) return [];
    const finding: Finding =
      uses < min
        ? {
            rule: "keyphrase-description",
            severity: "warning",
            message: `the focus keyphrase "${phrase.text}" is missing from the description: put it there`,
            actual: uses,
            expected: `${min}–${max}`,
            repair: `L'expression clé « ${phrase.text} » manque dans la méta-description (champ description) : ajoute-la.`,
          }
        : {
            rule: "keyphrase-description",
            severity: "warning",
            message: `the description holds the focus keyphrase "${phrase.text}" ${uses} times (at most ${max}): use it once`,
            actual: uses,
            expected: `${min}–${max}`,
            repair: `La méta-description répète ${uses} fois l'expression clé « ${phrase.text} » (au plus ${max}) : ne l'emploie qu'une fois.`,
          };
    const line = frontMatterLine(article, "description");
    if (line !== undefined) finding.line = line;
    return [finding];
  },
};
