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
import { excerpt } from "./locate.js";
import { proseStatsOf } from "./prose-stats.js";
import type { Rule } from "./rule.js";

/** Yoast's French sentence length: a sentence is long over 20 words… */
export const LONG_SENTENCE_WORDS = 20;
/** …and more than 25 % of long sentences is too many. */
export const MAX_LONG_SENTENCE_SHARE = 0.25;

/** More than {@link MAX_LONG_SENTENCE_SHARE} of the sentences over {@link LONG_SENTENCE_WORDS} words. */
export const sentenceLength: Rule = stryMutAct_9fa48("1966") ? {} : (stryCov_9fa48("1966"), {
  id: stryMutAct_9fa48("1967") ? "" : (stryCov_9fa48("1967"), "sentence-length"),
  description: stryMutAct_9fa48("1968") ? `` : (stryCov_9fa48("1968"), `At most ${stryMutAct_9fa48("1969") ? MAX_LONG_SENTENCE_SHARE / 100 : (stryCov_9fa48("1969"), MAX_LONG_SENTENCE_SHARE * 100)} % of sentences over ${LONG_SENTENCE_WORDS} words.`),
  check(article) {
    if (stryMutAct_9fa48("1970")) {
      {}
    } else {
      stryCov_9fa48("1970");
      const {
        sentences
      } = proseStatsOf(article);
      if (stryMutAct_9fa48("1973") ? sentences.length !== 0 : stryMutAct_9fa48("1972") ? false : stryMutAct_9fa48("1971") ? true : (stryCov_9fa48("1971", "1972", "1973"), sentences.length === 0)) return stryMutAct_9fa48("1974") ? ["Stryker was here"] : (stryCov_9fa48("1974"), []);
      let long = 0;
      let longest = sentences[0];
      for (const sentence of sentences) {
        if (stryMutAct_9fa48("1975")) {
          {}
        } else {
          stryCov_9fa48("1975");
          if (stryMutAct_9fa48("1979") ? sentence.words <= LONG_SENTENCE_WORDS : stryMutAct_9fa48("1978") ? sentence.words >= LONG_SENTENCE_WORDS : stryMutAct_9fa48("1977") ? false : stryMutAct_9fa48("1976") ? true : (stryCov_9fa48("1976", "1977", "1978", "1979"), sentence.words > LONG_SENTENCE_WORDS)) stryMutAct_9fa48("1980") ? long -= 1 : (stryCov_9fa48("1980"), long += 1);
          if (stryMutAct_9fa48("1983") ? longest === undefined && sentence.words > longest.words : stryMutAct_9fa48("1982") ? false : stryMutAct_9fa48("1981") ? true : (stryCov_9fa48("1981", "1982", "1983"), (stryMutAct_9fa48("1985") ? longest !== undefined : stryMutAct_9fa48("1984") ? false : (stryCov_9fa48("1984", "1985"), longest === undefined)) || (stryMutAct_9fa48("1988") ? sentence.words <= longest.words : stryMutAct_9fa48("1987") ? sentence.words >= longest.words : stryMutAct_9fa48("1986") ? false : (stryCov_9fa48("1986", "1987", "1988"), sentence.words > longest.words)))) longest = sentence;
        }
      }
      const share = stryMutAct_9fa48("1989") ? long * sentences.length : (stryCov_9fa48("1989"), long / sentences.length);
      if (stryMutAct_9fa48("1992") ? share <= MAX_LONG_SENTENCE_SHARE && longest === undefined : stryMutAct_9fa48("1991") ? false : stryMutAct_9fa48("1990") ? true : (stryCov_9fa48("1990", "1991", "1992"), (stryMutAct_9fa48("1995") ? share > MAX_LONG_SENTENCE_SHARE : stryMutAct_9fa48("1994") ? share < MAX_LONG_SENTENCE_SHARE : stryMutAct_9fa48("1993") ? false : (stryCov_9fa48("1993", "1994", "1995"), share <= MAX_LONG_SENTENCE_SHARE)) || (stryMutAct_9fa48("1997") ? longest !== undefined : stryMutAct_9fa48("1996") ? false : (stryCov_9fa48("1996", "1997"), longest === undefined)))) return stryMutAct_9fa48("1998") ? ["Stryker was here"] : (stryCov_9fa48("1998"), []);
      const percent = Math.round(stryMutAct_9fa48("1999") ? share / 100 : (stryCov_9fa48("1999"), share * 100));
      const opening = excerpt(longest.text, 50);
      return stryMutAct_9fa48("2000") ? [] : (stryCov_9fa48("2000"), [stryMutAct_9fa48("2001") ? {} : (stryCov_9fa48("2001"), {
        rule: stryMutAct_9fa48("2002") ? "" : (stryCov_9fa48("2002"), "sentence-length"),
        severity: stryMutAct_9fa48("2003") ? "" : (stryCov_9fa48("2003"), "warning"),
        message: stryMutAct_9fa48("2004") ? `` : (stryCov_9fa48("2004"), `${percent} % of sentences have more than ${LONG_SENTENCE_WORDS} words (at most ${stryMutAct_9fa48("2005") ? MAX_LONG_SENTENCE_SHARE / 100 : (stryCov_9fa48("2005"), MAX_LONG_SENTENCE_SHARE * 100)} %): split the longest, such as "${opening}" (${longest.words} words)`),
        line: longest.block.line,
        actual: Number(share.toFixed(3)),
        expected: MAX_LONG_SENTENCE_SHARE,
        repair: stryMutAct_9fa48("2006") ? `` : (stryCov_9fa48("2006"), `${percent} % des phrases dépassent ${LONG_SENTENCE_WORDS} mots (au plus ${stryMutAct_9fa48("2007") ? MAX_LONG_SENTENCE_SHARE / 100 : (stryCov_9fa48("2007"), MAX_LONG_SENTENCE_SHARE * 100)} %) : coupe les plus longues en deux, à commencer par « ${opening} ».`)
      })]);
    }
  }
});