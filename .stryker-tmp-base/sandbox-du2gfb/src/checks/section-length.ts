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

/** Yoast's subheading distribution: a stretch of text over 300 words wants a subheading. */
export const MAX_SECTION_WORDS = 300;

/** A section (or the introduction) longer than {@link MAX_SECTION_WORDS} words without a subheading. */
export const sectionLength: Rule = stryMutAct_9fa48("1943") ? {} : (stryCov_9fa48("1943"), {
  id: stryMutAct_9fa48("1944") ? "" : (stryCov_9fa48("1944"), "section-length"),
  description: stryMutAct_9fa48("1945") ? `` : (stryCov_9fa48("1945"), `No section runs over ${MAX_SECTION_WORDS} words without a subheading.`),
  check(article) {
    if (stryMutAct_9fa48("1946")) {
      {}
    } else {
      stryCov_9fa48("1946");
      const findings: Finding[] = stryMutAct_9fa48("1947") ? ["Stryker was here"] : (stryCov_9fa48("1947"), []);
      for (const section of article.sections) {
        if (stryMutAct_9fa48("1948")) {
          {}
        } else {
          stryCov_9fa48("1948");
          if (stryMutAct_9fa48("1952") ? section.words > MAX_SECTION_WORDS : stryMutAct_9fa48("1951") ? section.words < MAX_SECTION_WORDS : stryMutAct_9fa48("1950") ? false : stryMutAct_9fa48("1949") ? true : (stryCov_9fa48("1949", "1950", "1951", "1952"), section.words <= MAX_SECTION_WORDS)) continue;
          const name = section.heading ? stryMutAct_9fa48("1953") ? `` : (stryCov_9fa48("1953"), `"${excerpt(section.heading.text, 50)}"`) : stryMutAct_9fa48("1954") ? "" : (stryCov_9fa48("1954"), "the introduction");
          const nameFr = section.heading ? stryMutAct_9fa48("1955") ? `` : (stryCov_9fa48("1955"), `« ${excerpt(section.heading.text, 50)} »`) : stryMutAct_9fa48("1956") ? "" : (stryCov_9fa48("1956"), "L'introduction");
          findings.push(stryMutAct_9fa48("1957") ? {} : (stryCov_9fa48("1957"), {
            rule: stryMutAct_9fa48("1958") ? "" : (stryCov_9fa48("1958"), "section-length"),
            severity: stryMutAct_9fa48("1959") ? "" : (stryCov_9fa48("1959"), "warning"),
            message: stryMutAct_9fa48("1960") ? `` : (stryCov_9fa48("1960"), `${section.heading ? stryMutAct_9fa48("1961") ? "" : (stryCov_9fa48("1961"), "the section ") : stryMutAct_9fa48("1962") ? "Stryker was here!" : (stryCov_9fa48("1962"), "")}${name} runs ${section.words} words without a subheading (at most ${MAX_SECTION_WORDS}): split it with a "##" or "###" subheading`),
            line: section.line,
            actual: section.words,
            expected: MAX_SECTION_WORDS,
            repair: stryMutAct_9fa48("1963") ? `` : (stryCov_9fa48("1963"), `${section.heading ? stryMutAct_9fa48("1964") ? "" : (stryCov_9fa48("1964"), "La section ") : stryMutAct_9fa48("1965") ? "Stryker was here!" : (stryCov_9fa48("1965"), "")}${nameFr} fait ${section.words} mots sans intertitre (au plus ${MAX_SECTION_WORDS}) : découpe-la avec un intertitre « ## » ou « ### ».`)
          }));
        }
      }
      return findings;
    }
  }
});