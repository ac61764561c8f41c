// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import type { ParsedArticle } from "../core/article.js";
import type { Finding } from "../core/finding.js";
import { artifacts } from "./artifacts.js";
import { fidelity } from "./fidelity.js";
import { frontMatter } from "./front-matter.js";
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
export const RULES: readonly Rule[] = stryMutAct_9fa48("1940") ? [] : (stryCov_9fa48("1940"), [wordCount, subheadings, language, frontMatter, fidelity, originality, artifacts, sectionLength, paragraphLength, sentenceLength, readingEase, keyphrase, keyphraseDensity, titleLength, sentenceOpenings]);
export function runChecks(article: ParsedArticle, context: CheckContext, rules: readonly Rule[] = RULES): Finding[] {
  if (stryMutAct_9fa48("1941")) {
    {}
  } else {
    stryCov_9fa48("1941");
    return rules.flatMap(stryMutAct_9fa48("1942") ? () => undefined : (stryCov_9fa48("1942"), rule => rule.check(article, context)));
  }
}