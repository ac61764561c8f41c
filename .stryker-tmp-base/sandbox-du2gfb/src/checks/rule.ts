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

/** What every rule may read besides the article. */
export interface CheckContext {
  /** Smallest acceptable body, in words. Default: `700`. */
  minWords: number;
  /** ISO 639-1 code of the expected language. Default: `fr`. */
  lang: string;
  /** The focus keyphrase; when absent, rules take the first front-matter keyword. */
  keyword?: string;
  /** The source text the article was written from, when known (fidelity, originality). */
  source?: string;
  /** Share of copied 8-grams above which originality is an error. Default: `0.4`. */
  originalityError: number;
  /** Share of copied 8-grams above which originality is a warning. Default: `0.2`. */
  originalityWarning: number;
}
export const DEFAULT_CHECK_CONTEXT: CheckContext = stryMutAct_9fa48("1930") ? {} : (stryCov_9fa48("1930"), {
  minWords: 700,
  lang: stryMutAct_9fa48("1931") ? "" : (stryCov_9fa48("1931"), "fr"),
  originalityError: 0.4,
  originalityWarning: 0.2
});

/**
 * A rule, after markdownlint's rule objects: a stable id, what it checks, and a pure
 * function from the parsed article to findings. Adding a rule = one file + one line in
 * `rules.ts` + its valid/invalid tests.
 */
export interface Rule {
  id: string;
  description: string;
  check(article: ParsedArticle, context: CheckContext): Finding[];
}

/** The context from a command's options (rewrite or check), with the source when known. */
export function checkContextFor(options: Pick<CheckContext, "minWords" | "lang" | "originalityError" | "originalityWarning"> & {
  keyword?: string | undefined;
}, source?: string): CheckContext {
  if (stryMutAct_9fa48("1932")) {
    {}
  } else {
    stryCov_9fa48("1932");
    const context: CheckContext = stryMutAct_9fa48("1933") ? {} : (stryCov_9fa48("1933"), {
      minWords: options.minWords,
      lang: options.lang,
      originalityError: options.originalityError,
      originalityWarning: options.originalityWarning
    });
    if (stryMutAct_9fa48("1936") ? options.keyword === undefined : stryMutAct_9fa48("1935") ? false : stryMutAct_9fa48("1934") ? true : (stryCov_9fa48("1934", "1935", "1936"), options.keyword !== undefined)) context.keyword = options.keyword;
    if (stryMutAct_9fa48("1939") ? source === undefined : stryMutAct_9fa48("1938") ? false : stryMutAct_9fa48("1937") ? true : (stryCov_9fa48("1937", "1938", "1939"), source !== undefined)) context.source = source;
    return context;
  }
}