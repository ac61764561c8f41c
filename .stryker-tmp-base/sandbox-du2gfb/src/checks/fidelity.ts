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
import { extractFigures, figureKeysOf, isFigureIn } from "./figures.js";
import { excerpt, placeInUnit, proseUnitsOf } from "./locate.js";
import { extractQuotations, foldQuotation, isQuotationIn } from "./quotations.js";
import type { Rule } from "./rule.js";

/** What fidelity needs of the source, computed once per source text. */
interface SourceIndex {
  figureKeys: Set<string>;
  folded: string;
}

// The rewrite loop checks up to --max-attempts answers against one source, and `check
// --source` checks every file against one: remember the last source's index.
let lastSource: {
  text: string;
  index: SourceIndex;
} | undefined;
function sourceIndexOf(source: string): SourceIndex {
  if (stryMutAct_9fa48("177")) {
    {}
  } else {
    stryCov_9fa48("177");
    if (stryMutAct_9fa48("180") ? lastSource?.text !== source : stryMutAct_9fa48("179") ? false : stryMutAct_9fa48("178") ? true : (stryCov_9fa48("178", "179", "180"), (stryMutAct_9fa48("181") ? lastSource.text : (stryCov_9fa48("181"), lastSource?.text)) === source)) return lastSource.index;
    const index = stryMutAct_9fa48("182") ? {} : (stryCov_9fa48("182"), {
      figureKeys: figureKeysOf(source),
      folded: foldQuotation(source)
    });
    lastSource = stryMutAct_9fa48("183") ? {} : (stryCov_9fa48("183"), {
      text: source,
      index
    });
    return index;
  }
}

/**
 * A news rewrite must not invent a number or put words in someone's mouth (DESIGN.md):
 * every figure of the title, the description and the body is in the source in some
 * spelling (`15 M€` = `15 millions d'euros`, `28 février 2024` = `28/02/2024`), and every
 * quotation is in it word for word, typography aside. Runs only when the source is known.
 */
export const fidelity: Rule = stryMutAct_9fa48("184") ? {} : (stryCov_9fa48("184"), {
  id: stryMutAct_9fa48("185") ? "" : (stryCov_9fa48("185"), "fidelity"),
  description: stryMutAct_9fa48("186") ? "" : (stryCov_9fa48("186"), "Every figure and every quotation of the article is in the source."),
  check(article, {
    source
  }) {
    if (stryMutAct_9fa48("187")) {
      {}
    } else {
      stryCov_9fa48("187");
      if (stryMutAct_9fa48("190") ? source !== undefined : stryMutAct_9fa48("189") ? false : stryMutAct_9fa48("188") ? true : (stryCov_9fa48("188", "189", "190"), source === undefined)) return stryMutAct_9fa48("191") ? ["Stryker was here"] : (stryCov_9fa48("191"), []);
      const index = sourceIndexOf(source);
      const findings: Finding[] = stryMutAct_9fa48("192") ? ["Stryker was here"] : (stryCov_9fa48("192"), []);
      const reported = new Set<string>();
      for (const unit of proseUnitsOf(article)) {
        if (stryMutAct_9fa48("193")) {
          {}
        } else {
          stryCov_9fa48("193");
          for (const figure of extractFigures(unit.text)) {
            if (stryMutAct_9fa48("194")) {
              {}
            } else {
              stryCov_9fa48("194");
              if (stryMutAct_9fa48("196") ? false : stryMutAct_9fa48("195") ? true : (stryCov_9fa48("195", "196"), isFigureIn(figure, index.figureKeys))) continue;
              const {
                line,
                column
              } = placeInUnit(article, unit, figure.text);
              if (stryMutAct_9fa48("198") ? false : stryMutAct_9fa48("197") ? true : (stryCov_9fa48("197", "198"), reported.has(stryMutAct_9fa48("199") ? `` : (stryCov_9fa48("199"), `${line} ${figure.text}`)))) continue;
              reported.add(stryMutAct_9fa48("200") ? `` : (stryCov_9fa48("200"), `${line} ${figure.text}`));
              findings.push(stryMutAct_9fa48("201") ? {} : (stryCov_9fa48("201"), {
                rule: stryMutAct_9fa48("202") ? "" : (stryCov_9fa48("202"), "fidelity"),
                severity: stryMutAct_9fa48("203") ? "" : (stryCov_9fa48("203"), "error"),
                message: stryMutAct_9fa48("204") ? `` : (stryCov_9fa48("204"), `the figure "${figure.text}" is not in the source: remove it or use the source's figure`),
                line,
                column,
                actual: figure.text,
                repair: stryMutAct_9fa48("205") ? `` : (stryCov_9fa48("205"), `Le chiffre « ${figure.text} » n'apparaît pas dans la source : retire-le ou reprends celui de la source.`)
              }));
            }
          }
          for (const quotation of extractQuotations(unit.text)) {
            if (stryMutAct_9fa48("206")) {
              {}
            } else {
              stryCov_9fa48("206");
              if (stryMutAct_9fa48("208") ? false : stryMutAct_9fa48("207") ? true : (stryCov_9fa48("207", "208"), isQuotationIn(quotation.text, index.folded))) continue;
              const {
                line,
                column
              } = placeInUnit(article, unit, stryMutAct_9fa48("209") ? quotation.text : (stryCov_9fa48("209"), quotation.text.slice(0, 30)));
              const quoted = excerpt(quotation.text, 100);
              findings.push(stryMutAct_9fa48("210") ? {} : (stryCov_9fa48("210"), {
                rule: stryMutAct_9fa48("211") ? "" : (stryCov_9fa48("211"), "fidelity"),
                severity: stryMutAct_9fa48("212") ? "" : (stryCov_9fa48("212"), "error"),
                message: stryMutAct_9fa48("213") ? `` : (stryCov_9fa48("213"), `the quotation "${quoted}" is not word for word in the source: quote the source exactly or drop the quote marks`),
                line,
                column,
                actual: quotation.text,
                repair: stryMutAct_9fa48("214") ? `` : (stryCov_9fa48("214"), `La citation « ${quoted} » ne figure pas mot pour mot dans la source : cite exactement la source ou reformule sans guillemets.`)
              }));
            }
          }
        }
      }
      return findings;
    }
  }
});