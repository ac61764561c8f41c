import type { ParsedArticle } from "../core/article.js";
import type { Finding } from "../core/finding.js";
import { artifacts } from "./artifacts.js";
import { descriptionLength } from "./description-length.js";
import { fidelity } from "./fidelity.js";
import { frontMatter } from "./front-matter.js";
import { internalLinks } from "./internal-links.js";
import { keyphraseDensity } from "./keyphrase-density.js";
import { keyphraseDescription } from "./keyphrase-description.js";
import { keyphraseIntroduction } from "./keyphrase-introduction.js";
import { keyphraseSubheadings } from "./keyphrase-subheadings.js";
import { keyphraseTitle } from "./keyphrase-title.js";
import { language } from "./language.js";
import { originality } from "./originality.js";
import { paragraphLength } from "./paragraph-length.js";
import { passiveVoice } from "./passive-voice.js";
import { readingEase } from "./reading-ease.js";
import type { CheckContext, Rule } from "./rule.js";
import { sectionLength } from "./section-length.js";
import { sentenceLength } from "./sentence-length.js";
import { sentenceOpenings } from "./sentence-openings.js";
import { subheadings } from "./subheadings.js";
import { titleLength } from "./title-length.js";
import { transitionWords } from "./transition-words.js";
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
  internalLinks,
  sectionLength,
  paragraphLength,
  sentenceLength,
  passiveVoice,
  transitionWords,
  sentenceOpenings,
  readingEase,
  keyphraseDensity,
  keyphraseSubheadings,
  keyphraseTitle,
  keyphraseIntroduction,
  keyphraseDescription,
  descriptionLength,
  titleLength,
];

export function runChecks(
  article: ParsedArticle,
  context: CheckContext,
  rules: readonly Rule[] = RULES,
): Finding[] {
  return rules.flatMap((rule) => rule.check(article, context));
}
