import type { Finding } from "../core/finding.js";
import { hasKeyphrase, keyphraseOccurrences, keyphraseOf } from "./keyphrase-match.js";
import type { Rule } from "./rule.js";

/**
 * The focus keyphrase not within one sentence of the first paragraph (Yoast's green: every
 * content word of it in one sentence; spread over the paragraph is orange).
 */
export const keyphraseIntroduction: Rule = {
  id: "keyphrase-introduction",
  description: "One sentence of the first paragraph holds the focus keyphrase.",
  check(article, context) {
    const phrase = keyphraseOf(article, context);
    const introduction = article.blocks.find((block) => block.kind === "paragraph");
    if (!phrase || !introduction) return [];
    if (keyphraseOccurrences(introduction.sentences, phrase) > 0) return [];
    const spread = hasKeyphrase(introduction.text, phrase);
    const finding: Finding = {
      rule: "keyphrase-introduction",
      severity: "warning",
      message: spread
        ? `the first paragraph holds the words of the focus keyphrase "${phrase.text}" but in no one sentence: put it whole in its first sentence`
        : `the focus keyphrase "${phrase.text}" is missing from the first paragraph: put it in its first sentence`,
      line: introduction.line,
      repair: spread
        ? `Les mots de l'expression clé « ${phrase.text} » sont dispersés dans le premier paragraphe : réunis-les dans sa première phrase.`
        : `L'expression clé « ${phrase.text} » manque dans le premier paragraphe : place-la dans sa première phrase.`,
    };
    return [finding];
  },
};
