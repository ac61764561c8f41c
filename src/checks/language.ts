import type { ParsedArticle } from "../core/article.js";
import type { Finding } from "../core/finding.js";
import {
  detectLanguage,
  languageName,
  languageNameInFrench,
  writersParagraphs,
} from "../core/language.js";
import { quotesTheSource, withoutQuotationsOf } from "./quotations.js";
import type { Rule } from "./rule.js";

/** A paragraph in another language is reported when franc is at least this sure of it. */
const FOREIGN_PARAGRAPH_CONFIDENCE = 0.15;

/**
 * The text each block is judged on, index for index: an article may quote its source in the
 * source's language (an English tweet, word for word, in quote marks or as a quote block);
 * the writer's words must be in `lang`. A quote block counts as a quotation only when it is
 * one of the source's (without a source, always); quotations past half the words count again.
 */
function judgedBlocks(article: ParsedArticle, source: string | undefined): string[] {
  return writersParagraphs(
    article.blocks.map((block) => {
      const quoted =
        block.kind === "quote" && (source === undefined || quotesTheSource(block.text, source));
      return { whole: block.text, own: quoted ? "" : withoutQuotationsOf(block.text) };
    }),
  );
}

export const language: Rule = {
  id: "language",
  description: "The body, and every paragraph of it, is in --lang.",
  check(article, { lang, source }) {
    const verdict = detectLanguage(judgedBlocks(article, source), lang);
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
