import type { Finding } from "../core/finding.js";
import { detectLanguage, languageName, languageNameInFrench } from "../core/language.js";
import type { Rule } from "./rule.js";

/** A paragraph in another language is reported when franc is at least this sure of it. */
const FOREIGN_PARAGRAPH_CONFIDENCE = 0.15;

export const language: Rule = {
  id: "language",
  description: "The body, and every paragraph of it, is in --lang.",
  check(article, { lang }) {
    const verdict = detectLanguage(
      article.blocks.map((block) => block.text),
      lang,
    );
    const expectedName = languageName(lang);
    if (verdict.undecided) return [];
    if (!verdict.ok) {
      return [
        {
          rule: "language",
          severity: "error",
          message: `the body reads as ${languageName(verdict.detected)} (${Math.round(verdict.detectedShare * 100)} % of judged words), not ${expectedName}: write it in ${expectedName}`,
          actual: verdict.detected,
          expected: lang,
          repair: `L'article n'est pas rédigé en ${languageNameInFrench(lang)} (langue détectée : ${languageNameInFrench(verdict.detected)}). Réécris-le entièrement en ${languageNameInFrench(lang)}.`,
        },
      ];
    }
    const findings: Finding[] = [];
    // When every block was too short, detectLanguage judged them as one: no per-block verdicts.
    if (verdict.paragraphs.length !== article.blocks.length) return findings;
    verdict.paragraphs.forEach((paragraph, index) => {
      if (paragraph.lang === "und" || paragraph.lang === lang) return;
      // Related languages score close (Spanish, Italian, French): their own function words decide.
      if (paragraph.confidence < FOREIGN_PARAGRAPH_CONFIDENCE && !paragraph.backed) return;
      const block = article.blocks[index];
      const excerpt =
        paragraph.text.length > 60 ? `${paragraph.text.slice(0, 57)}…` : paragraph.text;
      const finding: Finding = {
        rule: "language",
        severity: "error",
        message: `a paragraph reads as ${languageName(paragraph.lang)}, not ${expectedName}: "${excerpt}"; translate it`,
        actual: paragraph.lang,
        expected: lang,
        repair: `Le paragraphe « ${excerpt} » est en ${languageNameInFrench(paragraph.lang)} : traduis-le en ${languageNameInFrench(lang)}.`,
      };
      if (block) finding.line = block.line;
      findings.push(finding);
    });
    return findings;
  },
};
