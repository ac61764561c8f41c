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
import type { Finding } from "../core/finding.js";
import type { Rule } from "./rule.js";
export const wordCount: Rule = stryMutAct_9fa48("2153") ? {} : (stryCov_9fa48("2153"), {
  id: stryMutAct_9fa48("2154") ? "" : (stryCov_9fa48("2154"), "word-count"),
  description: stryMutAct_9fa48("2155") ? "" : (stryCov_9fa48("2155"), "The body has at least --min-words words (front-matter and Markdown syntax aside)."),
  check(article, {
    minWords
  }) {
    if (stryMutAct_9fa48("2156")) {
      {}
    } else {
      stryCov_9fa48("2156");
      if (stryMutAct_9fa48("2160") ? article.words < minWords : stryMutAct_9fa48("2159") ? article.words > minWords : stryMutAct_9fa48("2158") ? false : stryMutAct_9fa48("2157") ? true : (stryCov_9fa48("2157", "2158", "2159", "2160"), article.words >= minWords)) return stryMutAct_9fa48("2161") ? ["Stryker was here"] : (stryCov_9fa48("2161"), []);
      const missing = stryMutAct_9fa48("2162") ? minWords + article.words : (stryCov_9fa48("2162"), minWords - article.words);
      // Name the thinnest sections: that is where a writer (or a model) should expand.
      const thinnest = stryMutAct_9fa48("2165") ? article.sections.sort((a, b) => a.words - b.words).slice(0, 2).map(section => `« ${section.heading?.text} »`) : stryMutAct_9fa48("2164") ? article.sections.filter(section => section.heading !== undefined).slice(0, 2).map(section => `« ${section.heading?.text} »`) : stryMutAct_9fa48("2163") ? article.sections.filter(section => section.heading !== undefined).sort((a, b) => a.words - b.words).map(section => `« ${section.heading?.text} »`) : (stryCov_9fa48("2163", "2164", "2165"), article.sections.filter(stryMutAct_9fa48("2166") ? () => undefined : (stryCov_9fa48("2166"), section => stryMutAct_9fa48("2169") ? section.heading === undefined : stryMutAct_9fa48("2168") ? false : stryMutAct_9fa48("2167") ? true : (stryCov_9fa48("2167", "2168", "2169"), section.heading !== undefined))).sort(stryMutAct_9fa48("2170") ? () => undefined : (stryCov_9fa48("2170"), (a, b) => stryMutAct_9fa48("2171") ? a.words + b.words : (stryCov_9fa48("2171"), a.words - b.words))).slice(0, 2).map(stryMutAct_9fa48("2172") ? () => undefined : (stryCov_9fa48("2172"), section => stryMutAct_9fa48("2173") ? `` : (stryCov_9fa48("2173"), `« ${stryMutAct_9fa48("2174") ? section.heading.text : (stryCov_9fa48("2174"), section.heading?.text)} »`))));
      const where = (stryMutAct_9fa48("2178") ? thinnest.length <= 0 : stryMutAct_9fa48("2177") ? thinnest.length >= 0 : stryMutAct_9fa48("2176") ? false : stryMutAct_9fa48("2175") ? true : (stryCov_9fa48("2175", "2176", "2177", "2178"), thinnest.length > 0)) ? stryMutAct_9fa48("2179") ? `` : (stryCov_9fa48("2179"), `développe les sections ${thinnest.join(stryMutAct_9fa48("2180") ? "" : (stryCov_9fa48("2180"), " et "))}`) : stryMutAct_9fa48("2181") ? "" : (stryCov_9fa48("2181"), "développe chaque partie");
      const finding: Finding = stryMutAct_9fa48("2182") ? {} : (stryCov_9fa48("2182"), {
        rule: stryMutAct_9fa48("2183") ? "" : (stryCov_9fa48("2183"), "word-count"),
        severity: stryMutAct_9fa48("2184") ? "" : (stryCov_9fa48("2184"), "error"),
        message: stryMutAct_9fa48("2185") ? `` : (stryCov_9fa48("2185"), `${article.words} words; at least ${minWords} are needed (${missing} more): expand the thinnest sections`),
        actual: article.words,
        expected: minWords,
        repair: stryMutAct_9fa48("2186") ? `` : (stryCov_9fa48("2186"), `L'article compte ${article.words} mots ; il en faut au moins ${minWords} : ${where} avec des explications et du contexte tirés de la source (sans inventer de chiffre ni de citation), pour ajouter au moins ${Math.ceil(stryMutAct_9fa48("2187") ? missing / 1.2 : (stryCov_9fa48("2187"), missing * 1.2))} mots.`)
      });
      const line = stryMutAct_9fa48("2188") ? article.blocks[0].line : (stryCov_9fa48("2188"), article.blocks[0]?.line);
      if (stryMutAct_9fa48("2191") ? line === undefined : stryMutAct_9fa48("2190") ? false : stryMutAct_9fa48("2189") ? true : (stryCov_9fa48("2189", "2190", "2191"), line !== undefined)) finding.line = line;
      return stryMutAct_9fa48("2192") ? [] : (stryCov_9fa48("2192"), [finding]);
    }
  }
});