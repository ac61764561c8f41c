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

/** Fewer than this many `##` subheadings is an error (DESIGN.md). */
export const MIN_SUBHEADINGS = 3;
export const subheadings: Rule = stryMutAct_9fa48("2077") ? {} : (stryCov_9fa48("2077"), {
  id: stryMutAct_9fa48("2078") ? "" : (stryCov_9fa48("2078"), "subheadings"),
  description: stryMutAct_9fa48("2079") ? `` : (stryCov_9fa48("2079"), `At least ${MIN_SUBHEADINGS} "##" subheadings, no "#" in the body, no skipped level.`),
  check(article) {
    if (stryMutAct_9fa48("2080")) {
      {}
    } else {
      stryCov_9fa48("2080");
      const findings: Finding[] = stryMutAct_9fa48("2081") ? ["Stryker was here"] : (stryCov_9fa48("2081"), []);
      const h2 = stryMutAct_9fa48("2082") ? article.headings : (stryCov_9fa48("2082"), article.headings.filter(stryMutAct_9fa48("2083") ? () => undefined : (stryCov_9fa48("2083"), heading => stryMutAct_9fa48("2086") ? heading.depth !== 2 : stryMutAct_9fa48("2085") ? false : stryMutAct_9fa48("2084") ? true : (stryCov_9fa48("2084", "2085", "2086"), heading.depth === 2))));
      if (stryMutAct_9fa48("2090") ? h2.length >= MIN_SUBHEADINGS : stryMutAct_9fa48("2089") ? h2.length <= MIN_SUBHEADINGS : stryMutAct_9fa48("2088") ? false : stryMutAct_9fa48("2087") ? true : (stryCov_9fa48("2087", "2088", "2089", "2090"), h2.length < MIN_SUBHEADINGS)) {
        if (stryMutAct_9fa48("2091")) {
          {}
        } else {
          stryCov_9fa48("2091");
          findings.push(stryMutAct_9fa48("2092") ? {} : (stryCov_9fa48("2092"), {
            rule: stryMutAct_9fa48("2093") ? "" : (stryCov_9fa48("2093"), "subheadings"),
            severity: stryMutAct_9fa48("2094") ? "" : (stryCov_9fa48("2094"), "error"),
            message: stryMutAct_9fa48("2095") ? `` : (stryCov_9fa48("2095"), `${h2.length} "##" subheadings; at least ${MIN_SUBHEADINGS} are needed: split the body into sections`),
            actual: h2.length,
            expected: MIN_SUBHEADINGS,
            repair: stryMutAct_9fa48("2096") ? `` : (stryCov_9fa48("2096"), `L'article n'a que ${h2.length} intertitre(s) de niveau 2 (« ## ») ; il en faut au moins ${MIN_SUBHEADINGS} : découpe le corps en sections, chacune ouverte par un intertitre « ## » informatif.`)
          }));
        }
      }
      let previousDepth = 1;
      for (const heading of article.headings) {
        if (stryMutAct_9fa48("2097")) {
          {}
        } else {
          stryCov_9fa48("2097");
          if (stryMutAct_9fa48("2100") ? heading.depth !== 1 : stryMutAct_9fa48("2099") ? false : stryMutAct_9fa48("2098") ? true : (stryCov_9fa48("2098", "2099", "2100"), heading.depth === 1)) {
            if (stryMutAct_9fa48("2101")) {
              {}
            } else {
              stryCov_9fa48("2101");
              findings.push(stryMutAct_9fa48("2102") ? {} : (stryCov_9fa48("2102"), {
                rule: stryMutAct_9fa48("2103") ? "" : (stryCov_9fa48("2103"), "subheadings"),
                severity: stryMutAct_9fa48("2104") ? "" : (stryCov_9fa48("2104"), "error"),
                message: stryMutAct_9fa48("2105") ? `` : (stryCov_9fa48("2105"), `"# ${heading.text}" is a level-1 heading in the body; the title lives in the front-matter: remove it or make it "##"`),
                line: heading.line,
                repair: stryMutAct_9fa48("2106") ? `` : (stryCov_9fa48("2106"), `Retire le titre de niveau 1 « # ${heading.text} » du corps : le titre va uniquement dans le front-matter (champ title) ; les intertitres sont en « ## ».`)
              }));
            }
          } else if (stryMutAct_9fa48("2110") ? heading.depth <= previousDepth + 1 : stryMutAct_9fa48("2109") ? heading.depth >= previousDepth + 1 : stryMutAct_9fa48("2108") ? false : stryMutAct_9fa48("2107") ? true : (stryCov_9fa48("2107", "2108", "2109", "2110"), heading.depth > (stryMutAct_9fa48("2111") ? previousDepth - 1 : (stryCov_9fa48("2111"), previousDepth + 1)))) {
            if (stryMutAct_9fa48("2112")) {
              {}
            } else {
              stryCov_9fa48("2112");
              findings.push(stryMutAct_9fa48("2113") ? {} : (stryCov_9fa48("2113"), {
                rule: stryMutAct_9fa48("2114") ? "" : (stryCov_9fa48("2114"), "subheadings"),
                severity: stryMutAct_9fa48("2115") ? "" : (stryCov_9fa48("2115"), "error"),
                message: stryMutAct_9fa48("2116") ? `` : (stryCov_9fa48("2116"), `"${(stryMutAct_9fa48("2117") ? "" : (stryCov_9fa48("2117"), "#")).repeat(heading.depth)} ${heading.text}" skips a level after level ${previousDepth}: use "${(stryMutAct_9fa48("2118") ? "" : (stryCov_9fa48("2118"), "#")).repeat(stryMutAct_9fa48("2119") ? previousDepth - 1 : (stryCov_9fa48("2119"), previousDepth + 1))}"`),
                line: heading.line,
                repair: stryMutAct_9fa48("2120") ? `` : (stryCov_9fa48("2120"), `L'intertitre « ${heading.text} » saute un niveau (${(stryMutAct_9fa48("2121") ? "" : (stryCov_9fa48("2121"), "#")).repeat(heading.depth)} après ${(stryMutAct_9fa48("2122") ? "" : (stryCov_9fa48("2122"), "#")).repeat(previousDepth)}) : utilise « ${(stryMutAct_9fa48("2123") ? "" : (stryCov_9fa48("2123"), "#")).repeat(stryMutAct_9fa48("2124") ? previousDepth - 1 : (stryCov_9fa48("2124"), previousDepth + 1))} ».`)
              }));
            }
          }
          previousDepth = stryMutAct_9fa48("2125") ? Math.min(heading.depth, 1) : (stryCov_9fa48("2125"), Math.max(heading.depth, 1));
        }
      }
      return findings;
    }
  }
});