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
import { countWords } from "../core/words.js";
import { FUNCTION_WORDS, foldedWordsOf, stemFrench } from "./french-text.js";
import type { CheckContext } from "./rule.js";

/**
 * The focus keyphrase as the keyphrase rules match it, after Yoast: its content words
 * (function words aside), accent- and case-insensitive, in any order, any of their forms
 * ("intelligence artificielle" is found in "les intelligences artificielles").
 */
export interface Keyphrase {
  /** As written in `--keyword` or the front-matter. */
  text: string;
  /** Words in the keyphrase, function words included (keyphrase density counts them). */
  words: number;
  /** Stems of its content words, each once. */
  stems: string[];
}

/** `context.keyword`, else the first front-matter keyword; undefined when there is none. */
export function keyphraseOf(article: ParsedArticle, context: CheckContext): Keyphrase | undefined {
  if (stryMutAct_9fa48("1160")) {
    {}
  } else {
    stryCov_9fa48("1160");
    const keywords = article.frontMatter.keywords;
    let text = context.keyword;
    if (stryMutAct_9fa48("1163") ? text === undefined && Array.isArray(keywords) || typeof keywords[0] === "string" : stryMutAct_9fa48("1162") ? false : stryMutAct_9fa48("1161") ? true : (stryCov_9fa48("1161", "1162", "1163"), (stryMutAct_9fa48("1165") ? text === undefined || Array.isArray(keywords) : stryMutAct_9fa48("1164") ? true : (stryCov_9fa48("1164", "1165"), (stryMutAct_9fa48("1167") ? text !== undefined : stryMutAct_9fa48("1166") ? true : (stryCov_9fa48("1166", "1167"), text === undefined)) && Array.isArray(keywords))) && (stryMutAct_9fa48("1169") ? typeof keywords[0] !== "string" : stryMutAct_9fa48("1168") ? true : (stryCov_9fa48("1168", "1169"), typeof keywords[0] === (stryMutAct_9fa48("1170") ? "" : (stryCov_9fa48("1170"), "string")))))) {
      if (stryMutAct_9fa48("1171")) {
        {}
      } else {
        stryCov_9fa48("1171");
        text = keywords[0];
      }
    } else if (stryMutAct_9fa48("1174") ? text === undefined || typeof keywords === "string" : stryMutAct_9fa48("1173") ? false : stryMutAct_9fa48("1172") ? true : (stryCov_9fa48("1172", "1173", "1174"), (stryMutAct_9fa48("1176") ? text !== undefined : stryMutAct_9fa48("1175") ? true : (stryCov_9fa48("1175", "1176"), text === undefined)) && (stryMutAct_9fa48("1178") ? typeof keywords !== "string" : stryMutAct_9fa48("1177") ? true : (stryCov_9fa48("1177", "1178"), typeof keywords === (stryMutAct_9fa48("1179") ? "" : (stryCov_9fa48("1179"), "string")))))) {
      if (stryMutAct_9fa48("1180")) {
        {}
      } else {
        stryCov_9fa48("1180");
        text = keywords.split(stryMutAct_9fa48("1181") ? "" : (stryCov_9fa48("1181"), ","))[0];
      }
    }
    text = stryMutAct_9fa48("1183") ? text.trim() : stryMutAct_9fa48("1182") ? text : (stryCov_9fa48("1182", "1183"), text?.trim());
    if (stryMutAct_9fa48("1186") ? text === undefined && text.length === 0 : stryMutAct_9fa48("1185") ? false : stryMutAct_9fa48("1184") ? true : (stryCov_9fa48("1184", "1185", "1186"), (stryMutAct_9fa48("1188") ? text !== undefined : stryMutAct_9fa48("1187") ? false : (stryCov_9fa48("1187", "1188"), text === undefined)) || (stryMutAct_9fa48("1190") ? text.length !== 0 : stryMutAct_9fa48("1189") ? false : (stryCov_9fa48("1189", "1190"), text.length === 0)))) return undefined;
    const folded = foldedWordsOf(text);
    const content = stryMutAct_9fa48("1191") ? folded : (stryCov_9fa48("1191"), folded.filter(stryMutAct_9fa48("1192") ? () => undefined : (stryCov_9fa48("1192"), word => stryMutAct_9fa48("1193") ? FUNCTION_WORDS.has(word) : (stryCov_9fa48("1193"), !FUNCTION_WORDS.has(word)))));
    const stems = stryMutAct_9fa48("1194") ? [] : (stryCov_9fa48("1194"), [...new Set(((stryMutAct_9fa48("1198") ? content.length <= 0 : stryMutAct_9fa48("1197") ? content.length >= 0 : stryMutAct_9fa48("1196") ? false : stryMutAct_9fa48("1195") ? true : (stryCov_9fa48("1195", "1196", "1197", "1198"), content.length > 0)) ? content : folded).map(stemFrench))]);
    if (stryMutAct_9fa48("1201") ? stems.length !== 0 : stryMutAct_9fa48("1200") ? false : stryMutAct_9fa48("1199") ? true : (stryCov_9fa48("1199", "1200", "1201"), stems.length === 0)) return undefined;
    return stryMutAct_9fa48("1202") ? {} : (stryCov_9fa48("1202"), {
      text,
      words: countWords(text),
      stems
    });
  }
}

/**
 * How many times each content word of the keyphrase appears among folded words, in the
 * order of `keyphrase.stems`. A stem keeps its word's first letter, so only words opening
 * like a keyphrase word are stemmed: most of a text is skipped with one comparison.
 */
function stemCounts(words: readonly string[], keyphrase: Keyphrase): number[] {
  if (stryMutAct_9fa48("1203")) {
    {}
  } else {
    stryCov_9fa48("1203");
    const counts = keyphrase.stems.map(stryMutAct_9fa48("1204") ? () => undefined : (stryCov_9fa48("1204"), () => 0));
    for (const word of words) {
      if (stryMutAct_9fa48("1205")) {
        {}
      } else {
        stryCov_9fa48("1205");
        const initial = word.charCodeAt(0);
        if (stryMutAct_9fa48("1208") ? false : stryMutAct_9fa48("1207") ? true : stryMutAct_9fa48("1206") ? keyphrase.stems.some(stem => stem.charCodeAt(0) === initial) : (stryCov_9fa48("1206", "1207", "1208"), !(stryMutAct_9fa48("1209") ? keyphrase.stems.every(stem => stem.charCodeAt(0) === initial) : (stryCov_9fa48("1209"), keyphrase.stems.some(stryMutAct_9fa48("1210") ? () => undefined : (stryCov_9fa48("1210"), stem => stryMutAct_9fa48("1213") ? stem.charCodeAt(0) !== initial : stryMutAct_9fa48("1212") ? false : stryMutAct_9fa48("1211") ? true : (stryCov_9fa48("1211", "1212", "1213"), stem.charCodeAt(0) === initial))))))) continue;
        const index = keyphrase.stems.indexOf(stemFrench(word));
        if (stryMutAct_9fa48("1216") ? index === -1 : stryMutAct_9fa48("1215") ? false : stryMutAct_9fa48("1214") ? true : (stryCov_9fa48("1214", "1215", "1216"), index !== (stryMutAct_9fa48("1217") ? +1 : (stryCov_9fa48("1217"), -1)))) counts[index] = stryMutAct_9fa48("1218") ? (counts[index] ?? 0) - 1 : (stryCov_9fa48("1218"), (stryMutAct_9fa48("1219") ? counts[index] && 0 : (stryCov_9fa48("1219"), counts[index] ?? 0)) + 1);
      }
    }
    return counts;
  }
}

/** How many of the keyphrase's content words a text holds (each counted once). */
export function keyphraseWordsIn(text: string, keyphrase: Keyphrase): number {
  if (stryMutAct_9fa48("1220")) {
    {}
  } else {
    stryCov_9fa48("1220");
    return stryMutAct_9fa48("1221") ? stemCounts(foldedWordsOf(text), keyphrase).length : (stryCov_9fa48("1221"), stemCounts(foldedWordsOf(text), keyphrase).filter(stryMutAct_9fa48("1222") ? () => undefined : (stryCov_9fa48("1222"), count => stryMutAct_9fa48("1226") ? count <= 0 : stryMutAct_9fa48("1225") ? count >= 0 : stryMutAct_9fa48("1224") ? false : stryMutAct_9fa48("1223") ? true : (stryCov_9fa48("1223", "1224", "1225", "1226"), count > 0))).length);
  }
}

/** Whether a text holds every content word of the keyphrase. */
export function hasKeyphrase(text: string, keyphrase: Keyphrase): boolean {
  if (stryMutAct_9fa48("1227")) {
    {}
  } else {
    stryCov_9fa48("1227");
    return stryMutAct_9fa48("1230") ? keyphraseWordsIn(text, keyphrase) !== keyphrase.stems.length : stryMutAct_9fa48("1229") ? false : stryMutAct_9fa48("1228") ? true : (stryCov_9fa48("1228", "1229", "1230"), keyphraseWordsIn(text, keyphrase) === keyphrase.stems.length);
  }
}

/**
 * Occurrences of the keyphrase in a sentence, as Yoast counts them: the times its rarest
 * content word appears (every content word must be there at least once).
 */
export function keyphraseCount(sentence: string, keyphrase: Keyphrase): number {
  if (stryMutAct_9fa48("1231")) {
    {}
  } else {
    stryCov_9fa48("1231");
    return stryMutAct_9fa48("1232") ? Math.max(...stemCounts(foldedWordsOf(sentence), keyphrase)) : (stryCov_9fa48("1232"), Math.min(...stemCounts(foldedWordsOf(sentence), keyphrase)));
  }
}