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
import { excerpt } from "./locate.js";
import type { Rule } from "./rule.js";

/** Yoast's paragraph length: over 150 words a paragraph is too long to read on a screen. */
export const MAX_PARAGRAPH_WORDS = 150;

/** A paragraph over {@link MAX_PARAGRAPH_WORDS} words. */
export const paragraphLength: Rule = stryMutAct_9fa48("1702") ? {} : (stryCov_9fa48("1702"), {
  id: stryMutAct_9fa48("1703") ? "" : (stryCov_9fa48("1703"), "paragraph-length"),
  description: stryMutAct_9fa48("1704") ? `` : (stryCov_9fa48("1704"), `No paragraph runs over ${MAX_PARAGRAPH_WORDS} words.`),
  check(article) {
    if (stryMutAct_9fa48("1705")) {
      {}
    } else {
      stryCov_9fa48("1705");
      const findings: Finding[] = stryMutAct_9fa48("1706") ? ["Stryker was here"] : (stryCov_9fa48("1706"), []);
      for (const block of article.paragraphs) {
        if (stryMutAct_9fa48("1707")) {
          {}
        } else {
          stryCov_9fa48("1707");
          if (stryMutAct_9fa48("1711") ? block.words > MAX_PARAGRAPH_WORDS : stryMutAct_9fa48("1710") ? block.words < MAX_PARAGRAPH_WORDS : stryMutAct_9fa48("1709") ? false : stryMutAct_9fa48("1708") ? true : (stryCov_9fa48("1708", "1709", "1710", "1711"), block.words <= MAX_PARAGRAPH_WORDS)) continue;
          const opening = excerpt(block.text, 40);
          findings.push(stryMutAct_9fa48("1712") ? {} : (stryCov_9fa48("1712"), {
            rule: stryMutAct_9fa48("1713") ? "" : (stryCov_9fa48("1713"), "paragraph-length"),
            severity: stryMutAct_9fa48("1714") ? "" : (stryCov_9fa48("1714"), "warning"),
            message: stryMutAct_9fa48("1715") ? `` : (stryCov_9fa48("1715"), `paragraph of ${block.words} words (at most ${MAX_PARAGRAPH_WORDS}): split "${opening}" in two`),
            line: block.line,
            actual: block.words,
            expected: MAX_PARAGRAPH_WORDS,
            repair: stryMutAct_9fa48("1716") ? `` : (stryCov_9fa48("1716"), `Le paragraphe « ${opening} » fait ${block.words} mots (au plus ${MAX_PARAGRAPH_WORDS}) : coupe-le en deux paragraphes.`)
          }));
        }
      }
      return findings;
    }
  }
});