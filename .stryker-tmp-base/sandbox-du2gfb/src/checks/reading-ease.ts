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
import { proseStatsOf } from "./prose-stats.js";
import type { Rule } from "./rule.js";

/** Below this French reading ease (Kandel & Moles) a text is hard for a general audience. */
export const MIN_READING_EASE = 50;
/** Too few words for the formula to mean anything. */
const MIN_WORDS = 100;

/**
 * Kandel & Moles's French adaptation of Flesch's reading ease:
 * 207 − 1.015 × words per sentence − 73.6 × syllables per word (higher is easier).
 * Undefined for a text without sentences.
 */
export function readingEaseOf(article: ParsedArticle): number | undefined {
  if (stryMutAct_9fa48("1887")) {
    {}
  } else {
    stryCov_9fa48("1887");
    const {
      sentences,
      words,
      syllables
    } = proseStatsOf(article);
    if (stryMutAct_9fa48("1890") ? sentences.length === 0 && words === 0 : stryMutAct_9fa48("1889") ? false : stryMutAct_9fa48("1888") ? true : (stryCov_9fa48("1888", "1889", "1890"), (stryMutAct_9fa48("1892") ? sentences.length !== 0 : stryMutAct_9fa48("1891") ? false : (stryCov_9fa48("1891", "1892"), sentences.length === 0)) || (stryMutAct_9fa48("1894") ? words !== 0 : stryMutAct_9fa48("1893") ? false : (stryCov_9fa48("1893", "1894"), words === 0)))) return undefined;
    return stryMutAct_9fa48("1895") ? 207 - 1.015 * (words / sentences.length) + 73.6 * (syllables / words) : (stryCov_9fa48("1895"), (stryMutAct_9fa48("1896") ? 207 + 1.015 * (words / sentences.length) : (stryCov_9fa48("1896"), 207 - (stryMutAct_9fa48("1897") ? 1.015 / (words / sentences.length) : (stryCov_9fa48("1897"), 1.015 * (stryMutAct_9fa48("1898") ? words * sentences.length : (stryCov_9fa48("1898"), words / sentences.length)))))) - (stryMutAct_9fa48("1899") ? 73.6 / (syllables / words) : (stryCov_9fa48("1899"), 73.6 * (stryMutAct_9fa48("1900") ? syllables * words : (stryCov_9fa48("1900"), syllables / words)))));
  }
}

/** French reading ease below {@link MIN_READING_EASE}. */
export const readingEase: Rule = stryMutAct_9fa48("1901") ? {} : (stryCov_9fa48("1901"), {
  id: stryMutAct_9fa48("1902") ? "" : (stryCov_9fa48("1902"), "reading-ease"),
  description: stryMutAct_9fa48("1903") ? `` : (stryCov_9fa48("1903"), `French reading ease (Kandel & Moles) of at least ${MIN_READING_EASE}.`),
  check(article) {
    if (stryMutAct_9fa48("1904")) {
      {}
    } else {
      stryCov_9fa48("1904");
      const {
        words,
        sentences
      } = proseStatsOf(article);
      const ease = readingEaseOf(article);
      if (stryMutAct_9fa48("1907") ? (ease === undefined || words < MIN_WORDS) && ease >= MIN_READING_EASE : stryMutAct_9fa48("1906") ? false : stryMutAct_9fa48("1905") ? true : (stryCov_9fa48("1905", "1906", "1907"), (stryMutAct_9fa48("1909") ? ease === undefined && words < MIN_WORDS : stryMutAct_9fa48("1908") ? false : (stryCov_9fa48("1908", "1909"), (stryMutAct_9fa48("1911") ? ease !== undefined : stryMutAct_9fa48("1910") ? false : (stryCov_9fa48("1910", "1911"), ease === undefined)) || (stryMutAct_9fa48("1914") ? words >= MIN_WORDS : stryMutAct_9fa48("1913") ? words <= MIN_WORDS : stryMutAct_9fa48("1912") ? false : (stryCov_9fa48("1912", "1913", "1914"), words < MIN_WORDS)))) || (stryMutAct_9fa48("1917") ? ease < MIN_READING_EASE : stryMutAct_9fa48("1916") ? ease > MIN_READING_EASE : stryMutAct_9fa48("1915") ? false : (stryCov_9fa48("1915", "1916", "1917"), ease >= MIN_READING_EASE)))) return stryMutAct_9fa48("1918") ? ["Stryker was here"] : (stryCov_9fa48("1918"), []);
      const score = Math.round(ease);
      const perSentence = Math.round(stryMutAct_9fa48("1919") ? words * sentences.length : (stryCov_9fa48("1919"), words / sentences.length));
      const finding = stryMutAct_9fa48("1920") ? {} : (stryCov_9fa48("1920"), {
        rule: stryMutAct_9fa48("1921") ? "" : (stryCov_9fa48("1921"), "reading-ease"),
        severity: "warning" as const,
        message: stryMutAct_9fa48("1922") ? `` : (stryCov_9fa48("1922"), `reading ease ${score} (Kandel & Moles; at least ${MIN_READING_EASE}): shorter sentences (now ${perSentence} words on average) and plainer words`),
        actual: score,
        expected: MIN_READING_EASE,
        repair: stryMutAct_9fa48("1923") ? `` : (stryCov_9fa48("1923"), `Le texte est difficile à lire (indice de lisibilité ${score}, il faut au moins ${MIN_READING_EASE}) : fais des phrases plus courtes (${perSentence} mots en moyenne actuellement) et préfère des mots simples.`)
      });
      const line = stryMutAct_9fa48("1924") ? article.paragraphs[0].line : (stryCov_9fa48("1924"), article.paragraphs[0]?.line);
      return stryMutAct_9fa48("1925") ? [] : (stryCov_9fa48("1925"), [(stryMutAct_9fa48("1928") ? line !== undefined : stryMutAct_9fa48("1927") ? false : stryMutAct_9fa48("1926") ? true : (stryCov_9fa48("1926", "1927", "1928"), line === undefined)) ? finding : stryMutAct_9fa48("1929") ? {} : (stryCov_9fa48("1929"), {
        ...finding,
        line
      })]);
    }
  }
});