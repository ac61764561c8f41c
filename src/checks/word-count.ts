import type { Finding } from "../core/finding.js";
import type { Rule } from "./rule.js";

export const wordCount: Rule = {
  id: "word-count",
  description: "The body has at least --min-words words (front-matter and Markdown syntax aside).",
  check(article, { minWords }) {
    if (article.words >= minWords) return [];
    const missing = minWords - article.words;
    // Name the thinnest sections: that is where a writer (or a model) should expand.
    const thinnest = article.sections
      .filter((section) => section.heading !== undefined)
      .sort((a, b) => a.words - b.words)
      .slice(0, 2)
      .map((section) => `« ${section.heading?.text} »`);
    const where =
      thinnest.length > 0
        ? `développe les sections ${thinnest.join(" et ")}`
        : "développe chaque partie";
    const finding: Finding = {
      rule: "word-count",
      severity: "error",
      message: `${article.words} words; at least ${minWords} are needed (${missing} more): expand the thinnest sections`,
      actual: article.words,
      expected: minWords,
      repair: `L'article compte ${article.words} mots ; il en faut au moins ${minWords} : ${where} avec des explications et du contexte tirés de la source (sans inventer de chiffre ni de citation), pour ajouter au moins ${Math.ceil(missing * 1.2)} mots.`,
    };
    const line = article.blocks[0]?.line;
    if (line !== undefined) finding.line = line;
    return [finding];
  },
};
