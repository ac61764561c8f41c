import type { ParsedArticle } from "../article.js";
import type { Finding } from "../finding.js";
import { frontMatter } from "./front-matter.js";
import { language } from "./language.js";
import type { CheckContext, Rule } from "./rule.js";
import { subheadings } from "./subheadings.js";
import { wordCount } from "./word-count.js";

/** Every rule, in report order. The rewrite loop and `seo-rewrite check` both run this list. */
export const RULES: readonly Rule[] = [wordCount, subheadings, language, frontMatter];

export function runChecks(
  article: ParsedArticle,
  context: CheckContext,
  rules: readonly Rule[] = RULES,
): Finding[] {
  return rules.flatMap((rule) => rule.check(article, context));
}
