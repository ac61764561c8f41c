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
import { proseStatsOf, type SentenceStats } from "./prose-stats.js";
import type { Rule } from "./rule.js";

/** Yoast's consecutive sentences: more than 2 in a row opening with the same word is monotonous. */
export const MAX_SAME_OPENINGS = 2;

/** Determiners do not make openings alike: "Le gouvernement…" and "Le ministre…" differ. */
const DETERMINERS: ReadonlySet<string> = new Set(stryMutAct_9fa48("2008") ? [] : (stryCov_9fa48("2008"), [stryMutAct_9fa48("2009") ? "" : (stryCov_9fa48("2009"), "la"), stryMutAct_9fa48("2010") ? "" : (stryCov_9fa48("2010"), "le"), stryMutAct_9fa48("2011") ? "" : (stryCov_9fa48("2011"), "les"), stryMutAct_9fa48("2012") ? "" : (stryCov_9fa48("2012"), "un"), stryMutAct_9fa48("2013") ? "" : (stryCov_9fa48("2013"), "une"), stryMutAct_9fa48("2014") ? "" : (stryCov_9fa48("2014"), "des"), stryMutAct_9fa48("2015") ? "" : (stryCov_9fa48("2015"), "du"), stryMutAct_9fa48("2016") ? "" : (stryCov_9fa48("2016"), "ce"), stryMutAct_9fa48("2017") ? "" : (stryCov_9fa48("2017"), "ces"), stryMutAct_9fa48("2018") ? "" : (stryCov_9fa48("2018"), "cet"), stryMutAct_9fa48("2019") ? "" : (stryCov_9fa48("2019"), "cette"), stryMutAct_9fa48("2020") ? "" : (stryCov_9fa48("2020"), "sa"), stryMutAct_9fa48("2021") ? "" : (stryCov_9fa48("2021"), "ses"), stryMutAct_9fa48("2022") ? "" : (stryCov_9fa48("2022"), "son"), stryMutAct_9fa48("2023") ? "" : (stryCov_9fa48("2023"), "leur"), stryMutAct_9fa48("2024") ? "" : (stryCov_9fa48("2024"), "leurs")]));
function openingOf(sentence: SentenceStats): string {
  if (stryMutAct_9fa48("2025")) {
    {}
  } else {
    stryCov_9fa48("2025");
    const first = sentence.firstWord;
    return DETERMINERS.has(first) ? stryMutAct_9fa48("2026") ? `` : (stryCov_9fa48("2026"), `${first} ${sentence.secondWord}`) : first;
  }
}

/**
 * More than {@link MAX_SAME_OPENINGS} consecutive sentences opening with the same word.
 * A run goes on across paragraphs and quotes; a heading, a list or a table ends it (list
 * items often open alike on purpose).
 */
export const sentenceOpenings: Rule = stryMutAct_9fa48("2027") ? {} : (stryCov_9fa48("2027"), {
  id: stryMutAct_9fa48("2028") ? "" : (stryCov_9fa48("2028"), "sentence-openings"),
  description: stryMutAct_9fa48("2029") ? `` : (stryCov_9fa48("2029"), `No more than ${MAX_SAME_OPENINGS} consecutive sentences open with the same word.`),
  check(article) {
    if (stryMutAct_9fa48("2030")) {
      {}
    } else {
      stryCov_9fa48("2030");
      const findings: Finding[] = stryMutAct_9fa48("2031") ? ["Stryker was here"] : (stryCov_9fa48("2031"), []);
      let run: SentenceStats[] = stryMutAct_9fa48("2032") ? ["Stryker was here"] : (stryCov_9fa48("2032"), []);
      let opening = stryMutAct_9fa48("2033") ? "Stryker was here!" : (stryCov_9fa48("2033"), "");
      const close = () => {
        if (stryMutAct_9fa48("2034")) {
          {}
        } else {
          stryCov_9fa48("2034");
          const first = run[0];
          if (stryMutAct_9fa48("2037") ? run.length > MAX_SAME_OPENINGS || first : stryMutAct_9fa48("2036") ? false : stryMutAct_9fa48("2035") ? true : (stryCov_9fa48("2035", "2036", "2037"), (stryMutAct_9fa48("2040") ? run.length <= MAX_SAME_OPENINGS : stryMutAct_9fa48("2039") ? run.length >= MAX_SAME_OPENINGS : stryMutAct_9fa48("2038") ? true : (stryCov_9fa48("2038", "2039", "2040"), run.length > MAX_SAME_OPENINGS)) && first)) {
            if (stryMutAct_9fa48("2041")) {
              {}
            } else {
              stryCov_9fa48("2041");
              findings.push(stryMutAct_9fa48("2042") ? {} : (stryCov_9fa48("2042"), {
                rule: stryMutAct_9fa48("2043") ? "" : (stryCov_9fa48("2043"), "sentence-openings"),
                severity: stryMutAct_9fa48("2044") ? "" : (stryCov_9fa48("2044"), "warning"),
                message: stryMutAct_9fa48("2045") ? `` : (stryCov_9fa48("2045"), `${run.length} consecutive sentences open with "${opening}": vary the openings`),
                line: first.block.line,
                actual: run.length,
                expected: MAX_SAME_OPENINGS,
                repair: stryMutAct_9fa48("2046") ? `` : (stryCov_9fa48("2046"), `${run.length} phrases de suite commencent par « ${opening} » : varie le début des phrases.`)
              }));
            }
          }
          run = stryMutAct_9fa48("2047") ? ["Stryker was here"] : (stryCov_9fa48("2047"), []);
          opening = stryMutAct_9fa48("2048") ? "Stryker was here!" : (stryCov_9fa48("2048"), "");
        }
      };
      const sentences = proseStatsOf(article).sentences;
      let at = 0;
      for (const block of article.blocks) {
        if (stryMutAct_9fa48("2049")) {
          {}
        } else {
          stryCov_9fa48("2049");
          const runs = stryMutAct_9fa48("2052") ? block.kind === "paragraph" && block.kind === "quote" : stryMutAct_9fa48("2051") ? false : stryMutAct_9fa48("2050") ? true : (stryCov_9fa48("2050", "2051", "2052"), (stryMutAct_9fa48("2054") ? block.kind !== "paragraph" : stryMutAct_9fa48("2053") ? false : (stryCov_9fa48("2053", "2054"), block.kind === (stryMutAct_9fa48("2055") ? "" : (stryCov_9fa48("2055"), "paragraph")))) || (stryMutAct_9fa48("2057") ? block.kind !== "quote" : stryMutAct_9fa48("2056") ? false : (stryCov_9fa48("2056", "2057"), block.kind === (stryMutAct_9fa48("2058") ? "" : (stryCov_9fa48("2058"), "quote")))));
          if (stryMutAct_9fa48("2061") ? false : stryMutAct_9fa48("2060") ? true : stryMutAct_9fa48("2059") ? runs : (stryCov_9fa48("2059", "2060", "2061"), !runs)) close();
          // Sentences come in block order: take this block's own.
          for (let sentence = sentences[at]; stryMutAct_9fa48("2063") ? sentence?.block !== block : stryMutAct_9fa48("2062") ? false : (stryCov_9fa48("2062", "2063"), (stryMutAct_9fa48("2064") ? sentence.block : (stryCov_9fa48("2064"), sentence?.block)) === block); sentence = sentences[stryMutAct_9fa48("2065") ? --at : (stryCov_9fa48("2065"), ++at)]) {
            if (stryMutAct_9fa48("2066")) {
              {}
            } else {
              stryCov_9fa48("2066");
              if (stryMutAct_9fa48("2069") ? false : stryMutAct_9fa48("2068") ? true : stryMutAct_9fa48("2067") ? runs : (stryCov_9fa48("2067", "2068", "2069"), !runs)) continue;
              const current = openingOf(sentence);
              if (stryMutAct_9fa48("2072") ? current === opening : stryMutAct_9fa48("2071") ? false : stryMutAct_9fa48("2070") ? true : (stryCov_9fa48("2070", "2071", "2072"), current !== opening)) close();
              opening = current;
              // A sentence opening with a figure or a symbol is like no other.
              if (stryMutAct_9fa48("2075") ? current === "" : stryMutAct_9fa48("2074") ? false : stryMutAct_9fa48("2073") ? true : (stryCov_9fa48("2073", "2074", "2075"), current !== (stryMutAct_9fa48("2076") ? "Stryker was here!" : (stryCov_9fa48("2076"), "")))) run.push(sentence);
            }
          }
        }
      }
      close();
      return findings;
    }
  }
});