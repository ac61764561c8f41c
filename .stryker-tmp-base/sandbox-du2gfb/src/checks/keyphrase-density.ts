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
import { keyphraseCount, keyphraseOf } from "./keyphrase-match.js";
import { formatPercent } from "./locate.js";
import type { Rule } from "./rule.js";

/** Yoast's keyphrase density band: 0.5–3 % of the words. */
export const KEYPHRASE_DENSITY = {
  min: 0.005,
  max: 0.03
} as const;

/**
 * Keyphrase density: occurrences (per sentence, as many as its rarest content word) ×
 * words in the keyphrase / words in the body, outside {@link KEYPHRASE_DENSITY}.
 */
export const keyphraseDensity: Rule = stryMutAct_9fa48("1109") ? {} : (stryCov_9fa48("1109"), {
  id: stryMutAct_9fa48("1110") ? "" : (stryCov_9fa48("1110"), "keyphrase-density"),
  description: stryMutAct_9fa48("1111") ? `` : (stryCov_9fa48("1111"), `The focus keyphrase makes ${stryMutAct_9fa48("1112") ? KEYPHRASE_DENSITY.min / 100 : (stryCov_9fa48("1112"), KEYPHRASE_DENSITY.min * 100)}–${stryMutAct_9fa48("1113") ? KEYPHRASE_DENSITY.max / 100 : (stryCov_9fa48("1113"), KEYPHRASE_DENSITY.max * 100)} % of the words.`),
  check(article, context) {
    if (stryMutAct_9fa48("1114")) {
      {}
    } else {
      stryCov_9fa48("1114");
      const phrase = keyphraseOf(article, context);
      if (stryMutAct_9fa48("1117") ? !phrase && article.words === 0 : stryMutAct_9fa48("1116") ? false : stryMutAct_9fa48("1115") ? true : (stryCov_9fa48("1115", "1116", "1117"), (stryMutAct_9fa48("1118") ? phrase : (stryCov_9fa48("1118"), !phrase)) || (stryMutAct_9fa48("1120") ? article.words !== 0 : stryMutAct_9fa48("1119") ? false : (stryCov_9fa48("1119", "1120"), article.words === 0)))) return stryMutAct_9fa48("1121") ? ["Stryker was here"] : (stryCov_9fa48("1121"), []);
      let occurrences = 0;
      for (const block of article.blocks) {
        if (stryMutAct_9fa48("1122")) {
          {}
        } else {
          stryCov_9fa48("1122");
          for (const sentence of block.sentences) stryMutAct_9fa48("1123") ? occurrences -= keyphraseCount(sentence, phrase) : (stryCov_9fa48("1123"), occurrences += keyphraseCount(sentence, phrase));
        }
      }
      const density = stryMutAct_9fa48("1124") ? occurrences * phrase.words * article.words : (stryCov_9fa48("1124"), (stryMutAct_9fa48("1125") ? occurrences / phrase.words : (stryCov_9fa48("1125"), occurrences * phrase.words)) / article.words);
      const {
        min,
        max
      } = KEYPHRASE_DENSITY;
      if (stryMutAct_9fa48("1128") ? density >= min || density <= max : stryMutAct_9fa48("1127") ? false : stryMutAct_9fa48("1126") ? true : (stryCov_9fa48("1126", "1127", "1128"), (stryMutAct_9fa48("1131") ? density < min : stryMutAct_9fa48("1130") ? density > min : stryMutAct_9fa48("1129") ? true : (stryCov_9fa48("1129", "1130", "1131"), density >= min)) && (stryMutAct_9fa48("1134") ? density > max : stryMutAct_9fa48("1133") ? density < max : stryMutAct_9fa48("1132") ? true : (stryCov_9fa48("1132", "1133", "1134"), density <= max)))) return stryMutAct_9fa48("1135") ? ["Stryker was here"] : (stryCov_9fa48("1135"), []);
      const tooLow = stryMutAct_9fa48("1139") ? density >= min : stryMutAct_9fa48("1138") ? density <= min : stryMutAct_9fa48("1137") ? false : stryMutAct_9fa48("1136") ? true : (stryCov_9fa48("1136", "1137", "1138", "1139"), density < min);
      const finding = stryMutAct_9fa48("1140") ? {} : (stryCov_9fa48("1140"), {
        rule: stryMutAct_9fa48("1141") ? "" : (stryCov_9fa48("1141"), "keyphrase-density"),
        severity: "warning" as const,
        message: stryMutAct_9fa48("1142") ? `` : (stryCov_9fa48("1142"), `the focus keyphrase "${phrase.text}" appears ${occurrences} times, ${formatPercent(density, stryMutAct_9fa48("1143") ? "" : (stryCov_9fa48("1143"), "."))} of the words (${stryMutAct_9fa48("1144") ? min / 100 : (stryCov_9fa48("1144"), min * 100)}–${stryMutAct_9fa48("1145") ? max / 100 : (stryCov_9fa48("1145"), max * 100)} %): ${tooLow ? stryMutAct_9fa48("1146") ? "" : (stryCov_9fa48("1146"), "use it a few more times") : stryMutAct_9fa48("1147") ? "" : (stryCov_9fa48("1147"), "use synonyms instead of repeating it")}`),
        actual: Number(density.toFixed(4)),
        expected: stryMutAct_9fa48("1148") ? `` : (stryCov_9fa48("1148"), `${min}–${max}`),
        repair: tooLow ? stryMutAct_9fa48("1149") ? `` : (stryCov_9fa48("1149"), `L'expression clé « ${phrase.text} » n'apparaît que ${occurrences} fois (${formatPercent(density, stryMutAct_9fa48("1150") ? "" : (stryCov_9fa48("1150"), ","))} des mots) : emploie-la quelques fois de plus, naturellement, dans le corps du texte.`) : stryMutAct_9fa48("1151") ? `` : (stryCov_9fa48("1151"), `L'expression clé « ${phrase.text} » apparaît ${occurrences} fois (${formatPercent(density, stryMutAct_9fa48("1152") ? "" : (stryCov_9fa48("1152"), ","))} des mots, au plus ${stryMutAct_9fa48("1153") ? max / 100 : (stryCov_9fa48("1153"), max * 100)} %) : remplace une partie des répétitions par des synonymes.`)
      });
      const line = stryMutAct_9fa48("1154") ? article.blocks[0].line : (stryCov_9fa48("1154"), article.blocks[0]?.line);
      return stryMutAct_9fa48("1155") ? [] : (stryCov_9fa48("1155"), [(stryMutAct_9fa48("1158") ? line !== undefined : stryMutAct_9fa48("1157") ? false : stryMutAct_9fa48("1156") ? true : (stryCov_9fa48("1156", "1157", "1158"), line === undefined)) ? finding : stryMutAct_9fa48("1159") ? {} : (stryCov_9fa48("1159"), {
        ...finding,
        line
      })]);
    }
  }
});