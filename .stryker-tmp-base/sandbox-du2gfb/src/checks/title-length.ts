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
import { MAX_TITLE_LENGTH } from "./front-matter.js";
import { frontMatterLine } from "./locate.js";
import type { Rule } from "./rule.js";

/**
 * Titles over 60 characters risk a cut in search results (Yoast's SEO title width); the
 * front-matter rule fails them only above {@link MAX_TITLE_LENGTH}, this one warns before.
 */
export const RECOMMENDED_TITLE_LENGTH = 60;

/** A title of 61 to {@link MAX_TITLE_LENGTH} characters. */
export const titleLength: Rule = stryMutAct_9fa48("2126") ? {} : (stryCov_9fa48("2126"), {
  id: stryMutAct_9fa48("2127") ? "" : (stryCov_9fa48("2127"), "title-length"),
  description: stryMutAct_9fa48("2128") ? `` : (stryCov_9fa48("2128"), `The title has at most ${RECOMMENDED_TITLE_LENGTH} characters.`),
  check(article) {
    if (stryMutAct_9fa48("2129")) {
      {}
    } else {
      stryCov_9fa48("2129");
      const title = article.frontMatter.title;
      if (stryMutAct_9fa48("2132") ? typeof title === "string" : stryMutAct_9fa48("2131") ? false : stryMutAct_9fa48("2130") ? true : (stryCov_9fa48("2130", "2131", "2132"), typeof title !== (stryMutAct_9fa48("2133") ? "" : (stryCov_9fa48("2133"), "string")))) return stryMutAct_9fa48("2134") ? ["Stryker was here"] : (stryCov_9fa48("2134"), []);
      const length = stryMutAct_9fa48("2135") ? title.length : (stryCov_9fa48("2135"), title.trim().length);
      // Above the front-matter's limit that rule already reports an error.
      if (stryMutAct_9fa48("2138") ? length <= RECOMMENDED_TITLE_LENGTH && length > MAX_TITLE_LENGTH : stryMutAct_9fa48("2137") ? false : stryMutAct_9fa48("2136") ? true : (stryCov_9fa48("2136", "2137", "2138"), (stryMutAct_9fa48("2141") ? length > RECOMMENDED_TITLE_LENGTH : stryMutAct_9fa48("2140") ? length < RECOMMENDED_TITLE_LENGTH : stryMutAct_9fa48("2139") ? false : (stryCov_9fa48("2139", "2140", "2141"), length <= RECOMMENDED_TITLE_LENGTH)) || (stryMutAct_9fa48("2144") ? length <= MAX_TITLE_LENGTH : stryMutAct_9fa48("2143") ? length >= MAX_TITLE_LENGTH : stryMutAct_9fa48("2142") ? false : (stryCov_9fa48("2142", "2143", "2144"), length > MAX_TITLE_LENGTH)))) return stryMutAct_9fa48("2145") ? ["Stryker was here"] : (stryCov_9fa48("2145"), []);
      return stryMutAct_9fa48("2146") ? [] : (stryCov_9fa48("2146"), [stryMutAct_9fa48("2147") ? {} : (stryCov_9fa48("2147"), {
        rule: stryMutAct_9fa48("2148") ? "" : (stryCov_9fa48("2148"), "title-length"),
        severity: stryMutAct_9fa48("2149") ? "" : (stryCov_9fa48("2149"), "warning"),
        message: stryMutAct_9fa48("2150") ? `` : (stryCov_9fa48("2150"), `the title has ${length} characters; search results may cut it after ${RECOMMENDED_TITLE_LENGTH}: shorten it`),
        line: frontMatterLine(article, stryMutAct_9fa48("2151") ? "" : (stryCov_9fa48("2151"), "title")),
        actual: length,
        expected: RECOMMENDED_TITLE_LENGTH,
        repair: stryMutAct_9fa48("2152") ? `` : (stryCov_9fa48("2152"), `Le titre fait ${length} caractères : raccourcis-le à ${RECOMMENDED_TITLE_LENGTH} caractères au plus, espaces comprises, en gardant l'expression clé au début.`)
      })]);
    }
  }
});