import type { Finding } from "../core/finding.js";
import { keyphraseOf, keyphrasePlaceIn } from "./keyphrase-match.js";
import { frontMatterLine } from "./locate.js";
import type { Rule } from "./rule.js";

/**
 * The focus keyphrase (`--keyword`, else the first front-matter keyword) missing from the
 * title, or not at its start (Yoast's SEO-title check is green only for the keyphrase
 * opening the title).
 */
export const keyphraseTitle: Rule = {
  id: "keyphrase-title",
  description: "The title opens with the focus keyphrase.",
  check(article, context) {
    const phrase = keyphraseOf(article, context);
    const title = article.frontMatter.title;
    if (!phrase || typeof title !== "string") return [];
    const place = keyphrasePlaceIn(title, phrase);
    if (place === "start") return [];
    const finding: Finding =
      place === "absent"
        ? {
            rule: "keyphrase-title",
            severity: "warning",
            message: `the focus keyphrase "${phrase.text}" is missing from the title: open the title with it`,
            repair: `L'expression clé « ${phrase.text} » manque dans le titre (champ title) : commence le titre par elle.`,
          }
        : {
            rule: "keyphrase-title",
            severity: "warning",
            message: `the title holds the focus keyphrase "${phrase.text}" but does not open with it: move it to the start`,
            repair: `Le titre (champ title) contient l'expression clé « ${phrase.text} » mais ne commence pas par elle : place-la, telle quelle, au début du titre.`,
          };
    const line = frontMatterLine(article, "title");
    if (line !== undefined) finding.line = line;
    return [finding];
  },
};
