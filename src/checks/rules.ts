import type { ParsedArticle } from "../core/article.js";
import type { Finding } from "../core/finding.js";
import { artifacts } from "./artifacts.js";
import { fidelity } from "./fidelity.js";
import { frontMatter } from "./front-matter.js";
import { internalLinks } from "./internal-links.js";
import { keyphrase } from "./keyphrase.js";
import { keyphraseDensity } from "./keyphrase-density.js";
import { language } from "./language.js";
import { originality } from "./originality.js";
import { paragraphLength } from "./paragraph-length.js";
import { readingEase } from "./reading-ease.js";
import type { CheckContext, Rule } from "./rule.js";
import { sectionLength } from "./section-length.js";
import { sentenceLength } from "./sentence-length.js";
import { sentenceOpenings } from "./sentence-openings.js";
import { subheadings } from "./subheadings.js";
import { titleLength } from "./title-length.js";
import { wordCount } from "./word-count.js";

/**
 * Every rule, in report order: the errors of DESIGN.md's contract, then the warnings.
 * The rewrite loop and `seo-rewrite check` both run this list.
 */
export const RULES: readonly Rule[] = [
  wordCount,
  subheadings,
  language,
  frontMatter,
  fidelity,
  originality,
  artifacts,
  sectionLength,
  paragraphLength,
  sentenceLength,
  readingEase,
  keyphrase,
  keyphraseDensity,
  titleLength,
  sentenceOpenings,
  internalLinks,
];

export function runChecks(
  article: ParsedArticle,
  context: CheckContext,
  rules: readonly Rule[] = RULES,
): Finding[] {
  return rules.flatMap((rule) => rule.check(article, context));
}
