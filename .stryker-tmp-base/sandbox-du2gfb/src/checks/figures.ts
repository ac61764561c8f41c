/**
 * Figures of a French text, reduced to keys that do not depend on how they are written,
 * so that `40 000`, `40000` and `40 000` (non-breaking or thin space) are one figure,
 * `15 M€` is `15 millions d'euros`, `2,22 %` is `+2.22%`, and `28 février 2024` is
 * `28/02/2024`. The fidelity rule builds the keys a source offers once, then asks of
 * each figure of the article whether one of its ways of being in the source is there.
 *
 * Keys: `v:15` a written number (mantissa), `n:15000000` an absolute quantity, `p:2.22` a
 * percentage, `d:2024-02-28` / `d:--02-28` / `d:2024-02` a date, full or partial,
 * `t:15:18` a time of day, `i:a320` a code made of letters and digits.
 */
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
import { FRENCH_MONTHS } from "../core/french-dates.js";
export interface Figure {
  /** The figure as written, e.g. `15 M€` or `28 février 2024`. */
  text: string;
  /** Offset of the figure in the scanned text. */
  index: number;
  /** The figure is in a source holding every key of one of these alternatives. */
  alternatives: string[][];
  /** The keys a source that contains this figure offers. */
  provides: string[];
}

/** Scale words and symbols; case matters for letters (`15 M€` is millions, `15 m` is metres). */
const SCALES: Readonly<Record<string, number>> = stryMutAct_9fa48("215") ? {} : (stryCov_9fa48("215"), {
  millier: 1e3,
  milliers: 1e3,
  mille: 1e3,
  k: 1e3,
  K: 1e3,
  million: 1e6,
  millions: 1e6,
  M: 1e6,
  Mio: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  Md: 1e9,
  Mds: 1e9,
  Mrd: 1e9,
  Mrds: 1e9,
  bn: 1e9,
  // French "billion" is 10^12, not the English 10^9.
  billion: 1e12,
  billions: 1e12
});
const SPACE = stryMutAct_9fa48("216") ? "" : (stryCov_9fa48("216"), "[ \\u00A0\\u202F\\u2009]");
const MONTH_NAMES = Object.keys(FRENCH_MONTHS).join(stryMutAct_9fa48("217") ? "" : (stryCov_9fa48("217"), "|"));

/**
 * One pass over the text; the first alternative that matches at a place wins, so dates
 * and times are read before the numbers they contain.
 */
const FIGURE = new RegExp((stryMutAct_9fa48("218") ? [] : (stryCov_9fa48("218"), [// 28/02/2024, 28.02.24
stryMutAct_9fa48("219") ? `` : (stryCov_9fa48("219"), `(?<dmy>(?<![\\p{N}])(?<d1>\\d{1,2})[/.](?<m1>\\d{1,2})[/.](?<y1>\\d{4}|\\d{2})(?![\\p{N}]))`), // 2024-02-28
stryMutAct_9fa48("220") ? `` : (stryCov_9fa48("220"), `(?<iso>(?<![\\p{N}])(?<y2>\\d{4})-(?<m2>\\d{2})-(?<d2>\\d{2})(?![\\p{N}]))`), // 28 février 2024, 1er mars, avril 2023 (a bare month name is no figure: see below)
stryMutAct_9fa48("221") ? `` : (stryCov_9fa48("221"), `(?<text>(?:(?<![\\p{L}\\p{N}])(?<d3>1er|\\d{1,2})${SPACE}+)?(?<![\\p{L}])(?<month>${MONTH_NAMES})(?![\\p{L}])(?:${SPACE}+(?<y3>\\d{4})(?![\\p{N}]))?)`), // 15:18, 15 h 18, 15h18
stryMutAct_9fa48("222") ? `` : (stryCov_9fa48("222"), `(?<time>(?<![\\p{N}])(?<h>\\d{1,2})(?::|${SPACE}?h${SPACE}?)(?<min>\\d{2})(?![\\p{N}]))`), // 40 000, 40.000, 40000, 1,5, 2.22
stryMutAct_9fa48("223") ? `` : (stryCov_9fa48("223"), `(?<number>(?<![\\p{N}])(?<int>\\d{1,3}(?:(?<sep>${SPACE}|\\.)\\d{3}(?![\\p{N}]))+|\\d+)(?:[,.](?<dec>\\d+)(?![\\p{N}]))?)`)])).join(stryMutAct_9fa48("224") ? "" : (stryCov_9fa48("224"), "|")), stryMutAct_9fa48("225") ? "" : (stryCov_9fa48("225"), "giu"));
const SCALE_AFTER = new RegExp(stryMutAct_9fa48("226") ? `` : (stryCov_9fa48("226"), `^${SPACE}?(?<scale>milliers?|mille|millions?|milliards?|billions?|Mrds?|Mds?|Mio|M|k|K|bn)(?![\\p{L}])`), stryMutAct_9fa48("227") ? "" : (stryCov_9fa48("227"), "u"));
const PERCENT_AFTER = new RegExp(stryMutAct_9fa48("228") ? `` : (stryCov_9fa48("228"), `^${SPACE}?(?:%|pour${SPACE}?cents?(?![\\p{L}]))`), stryMutAct_9fa48("229") ? "" : (stryCov_9fa48("229"), "u"));
/** Ordinals glued to their number: 1er, 1re, 10e, 2ème, 2nd. */
const ORDINAL_AFTER = stryMutAct_9fa48("235") ? /^(?:er|re|ère|ème|eme|e|è|nde?s?)(?![\P{L}])/u : stryMutAct_9fa48("234") ? /^(?:er|re|ère|ème|eme|e|è|nde?s?)(?![^\p{L}])/u : stryMutAct_9fa48("233") ? /^(?:er|re|ère|ème|eme|e|è|nde?s?)(?=[\p{L}])/u : stryMutAct_9fa48("232") ? /^(?:er|re|ère|ème|eme|e|è|nde?s)(?![\p{L}])/u : stryMutAct_9fa48("231") ? /^(?:er|re|ère|ème|eme|e|è|ndes?)(?![\p{L}])/u : stryMutAct_9fa48("230") ? /(?:er|re|ère|ème|eme|e|è|nde?s?)(?![\p{L}])/u : (stryCov_9fa48("230", "231", "232", "233", "234", "235"), /^(?:er|re|ère|ème|eme|e|è|nde?s?)(?![\p{L}])/u);
/** A currency sign after a figure belongs to how it reads in a message: "15 M€", "0 €". */
const CURRENCY_AFTER = new RegExp(stryMutAct_9fa48("236") ? `` : (stryCov_9fa48("236"), `^${SPACE}?[€$£]`), stryMutAct_9fa48("237") ? "" : (stryCov_9fa48("237"), "u"));
const CENTURY_AFTER = new RegExp(stryMutAct_9fa48("238") ? `` : (stryCov_9fa48("238"), `^${SPACE}+siècles?(?![\\p{L}])`), stryMutAct_9fa48("239") ? "" : (stryCov_9fa48("239"), "u"));
const LETTERS_AFTER = stryMutAct_9fa48("242") ? /^\P{L}+/u : stryMutAct_9fa48("241") ? /^\p{L}/u : stryMutAct_9fa48("240") ? /\p{L}+/u : (stryCov_9fa48("240", "241", "242"), /^\p{L}+/u);
const HAS_DIGIT = stryMutAct_9fa48("243") ? /\D/u : (stryCov_9fa48("243"), /\d/u);
const LETTERS_BEFORE = stryMutAct_9fa48("246") ? /\P{L}+$/u : stryMutAct_9fa48("245") ? /\p{L}$/u : stryMutAct_9fa48("244") ? /\p{L}+/u : (stryCov_9fa48("244", "245", "246"), /\p{L}+$/u);
function canonical(value: number): string {
  if (stryMutAct_9fa48("247")) {
    {}
  } else {
    stryCov_9fa48("247");
    return String(Number(value.toPrecision(12)));
  }
}
function pad(value: number): string {
  if (stryMutAct_9fa48("248")) {
    {}
  } else {
    stryCov_9fa48("248");
    return (stryMutAct_9fa48("252") ? value >= 10 : stryMutAct_9fa48("251") ? value <= 10 : stryMutAct_9fa48("250") ? false : stryMutAct_9fa48("249") ? true : (stryCov_9fa48("249", "250", "251", "252"), value < 10)) ? stryMutAct_9fa48("253") ? `` : (stryCov_9fa48("253"), `0${value}`) : String(value);
  }
}
function fullYear(written: string): number {
  if (stryMutAct_9fa48("254")) {
    {}
  } else {
    stryCov_9fa48("254");
    const year = Number(written);
    return (stryMutAct_9fa48("257") ? written.length !== 2 : stryMutAct_9fa48("256") ? false : stryMutAct_9fa48("255") ? true : (stryCov_9fa48("255", "256", "257"), written.length === 2)) ? stryMutAct_9fa48("258") ? 2000 - year : (stryCov_9fa48("258"), 2000 + year) : year;
  }
}

/** The values a written number can stand for: `1.500` is 1500 in French, 1.5 in English. */
function valuesOf(int: string, sep: string | undefined, dec: string | undefined): number[] {
  if (stryMutAct_9fa48("259")) {
    {}
  } else {
    stryCov_9fa48("259");
    const whole = Number(int.replace(stryMutAct_9fa48("261") ? /[^\D]/gu : stryMutAct_9fa48("260") ? /[\d]/gu : (stryCov_9fa48("260", "261"), /[^\d]/gu), stryMutAct_9fa48("262") ? "Stryker was here!" : (stryCov_9fa48("262"), "")));
    const values: number[] = stryMutAct_9fa48("263") ? ["Stryker was here"] : (stryCov_9fa48("263"), []);
    if (stryMutAct_9fa48("266") ? dec !== undefined : stryMutAct_9fa48("265") ? false : stryMutAct_9fa48("264") ? true : (stryCov_9fa48("264", "265", "266"), dec === undefined)) {
      if (stryMutAct_9fa48("267")) {
        {}
      } else {
        stryCov_9fa48("267");
        values.push(whole);
        // "1.500" with a dot as the only separator may be a decimal number written the English way.
        if (stryMutAct_9fa48("270") ? sep === "." || /^\d{1,3}\.\d{3}$/u.test(int) : stryMutAct_9fa48("269") ? false : stryMutAct_9fa48("268") ? true : (stryCov_9fa48("268", "269", "270"), (stryMutAct_9fa48("272") ? sep !== "." : stryMutAct_9fa48("271") ? true : (stryCov_9fa48("271", "272"), sep === (stryMutAct_9fa48("273") ? "" : (stryCov_9fa48("273"), ".")))) && (stryMutAct_9fa48("279") ? /^\d{1,3}\.\D{3}$/u : stryMutAct_9fa48("278") ? /^\d{1,3}\.\d$/u : stryMutAct_9fa48("277") ? /^\D{1,3}\.\d{3}$/u : stryMutAct_9fa48("276") ? /^\d\.\d{3}$/u : stryMutAct_9fa48("275") ? /^\d{1,3}\.\d{3}/u : stryMutAct_9fa48("274") ? /\d{1,3}\.\d{3}$/u : (stryCov_9fa48("274", "275", "276", "277", "278", "279"), /^\d{1,3}\.\d{3}$/u)).test(int))) values.push(Number(int));
        return values;
      }
    }
    values.push(Number(stryMutAct_9fa48("280") ? `` : (stryCov_9fa48("280"), `${whole}.${dec}`)));
    // "1,500" may be English thousands.
    if (stryMutAct_9fa48("283") ? dec.length === 3 || /^\d{1,3}$/u.test(int) : stryMutAct_9fa48("282") ? false : stryMutAct_9fa48("281") ? true : (stryCov_9fa48("281", "282", "283"), (stryMutAct_9fa48("285") ? dec.length !== 3 : stryMutAct_9fa48("284") ? true : (stryCov_9fa48("284", "285"), dec.length === 3)) && (stryMutAct_9fa48("289") ? /^\D{1,3}$/u : stryMutAct_9fa48("288") ? /^\d$/u : stryMutAct_9fa48("287") ? /^\d{1,3}/u : stryMutAct_9fa48("286") ? /\d{1,3}$/u : (stryCov_9fa48("286", "287", "288", "289"), /^\d{1,3}$/u)).test(int))) values.push(Number(stryMutAct_9fa48("290") ? `` : (stryCov_9fa48("290"), `${int}${dec}`)));
    return values;
  }
}
function dateFigure(text: string, index: number, day: number | undefined, month: number, year: number | undefined): Figure | undefined {
  if (stryMutAct_9fa48("291")) {
    {}
  } else {
    stryCov_9fa48("291");
    if (stryMutAct_9fa48("294") ? (month < 1 || month > 12) && day !== undefined && (day < 1 || day > 31) : stryMutAct_9fa48("293") ? false : stryMutAct_9fa48("292") ? true : (stryCov_9fa48("292", "293", "294"), (stryMutAct_9fa48("296") ? month < 1 && month > 12 : stryMutAct_9fa48("295") ? false : (stryCov_9fa48("295", "296"), (stryMutAct_9fa48("299") ? month >= 1 : stryMutAct_9fa48("298") ? month <= 1 : stryMutAct_9fa48("297") ? false : (stryCov_9fa48("297", "298", "299"), month < 1)) || (stryMutAct_9fa48("302") ? month <= 12 : stryMutAct_9fa48("301") ? month >= 12 : stryMutAct_9fa48("300") ? false : (stryCov_9fa48("300", "301", "302"), month > 12)))) || (stryMutAct_9fa48("304") ? day !== undefined || day < 1 || day > 31 : stryMutAct_9fa48("303") ? false : (stryCov_9fa48("303", "304"), (stryMutAct_9fa48("306") ? day === undefined : stryMutAct_9fa48("305") ? true : (stryCov_9fa48("305", "306"), day !== undefined)) && (stryMutAct_9fa48("308") ? day < 1 && day > 31 : stryMutAct_9fa48("307") ? true : (stryCov_9fa48("307", "308"), (stryMutAct_9fa48("311") ? day >= 1 : stryMutAct_9fa48("310") ? day <= 1 : stryMutAct_9fa48("309") ? false : (stryCov_9fa48("309", "310", "311"), day < 1)) || (stryMutAct_9fa48("314") ? day <= 31 : stryMutAct_9fa48("313") ? day >= 31 : stryMutAct_9fa48("312") ? false : (stryCov_9fa48("312", "313", "314"), day > 31)))))))) return undefined;
    const dayMonth = (stryMutAct_9fa48("317") ? day !== undefined : stryMutAct_9fa48("316") ? false : stryMutAct_9fa48("315") ? true : (stryCov_9fa48("315", "316", "317"), day === undefined)) ? undefined : stryMutAct_9fa48("318") ? `` : (stryCov_9fa48("318"), `d:--${pad(month)}-${pad(day)}`);
    const provides: string[] = stryMutAct_9fa48("319") ? ["Stryker was here"] : (stryCov_9fa48("319"), []);
    const alternatives: string[][] = stryMutAct_9fa48("320") ? ["Stryker was here"] : (stryCov_9fa48("320"), []);
    if (stryMutAct_9fa48("323") ? dayMonth === undefined : stryMutAct_9fa48("322") ? false : stryMutAct_9fa48("321") ? true : (stryCov_9fa48("321", "322", "323"), dayMonth !== undefined)) provides.push(dayMonth, stryMutAct_9fa48("324") ? `` : (stryCov_9fa48("324"), `v:${day}`), stryMutAct_9fa48("325") ? `` : (stryCov_9fa48("325"), `n:${day}`));
    if (stryMutAct_9fa48("328") ? year === undefined : stryMutAct_9fa48("327") ? false : stryMutAct_9fa48("326") ? true : (stryCov_9fa48("326", "327", "328"), year !== undefined)) provides.push(stryMutAct_9fa48("329") ? `` : (stryCov_9fa48("329"), `d:${year}-${pad(month)}`), stryMutAct_9fa48("330") ? `` : (stryCov_9fa48("330"), `v:${year}`), stryMutAct_9fa48("331") ? `` : (stryCov_9fa48("331"), `n:${year}`));
    if (stryMutAct_9fa48("334") ? dayMonth !== undefined || year !== undefined : stryMutAct_9fa48("333") ? false : stryMutAct_9fa48("332") ? true : (stryCov_9fa48("332", "333", "334"), (stryMutAct_9fa48("336") ? dayMonth === undefined : stryMutAct_9fa48("335") ? true : (stryCov_9fa48("335", "336"), dayMonth !== undefined)) && (stryMutAct_9fa48("338") ? year === undefined : stryMutAct_9fa48("337") ? true : (stryCov_9fa48("337", "338"), year !== undefined)))) {
      if (stryMutAct_9fa48("339")) {
        {}
      } else {
        stryCov_9fa48("339");
        const full = stryMutAct_9fa48("340") ? `` : (stryCov_9fa48("340"), `d:${year}-${pad(month)}-${pad(stryMutAct_9fa48("341") ? day && 0 : (stryCov_9fa48("341"), day ?? 0))}`);
        provides.push(full);
        // A year added to a day the source gives, when the source names that year elsewhere.
        alternatives.push(stryMutAct_9fa48("342") ? [] : (stryCov_9fa48("342"), [full]), stryMutAct_9fa48("343") ? [] : (stryCov_9fa48("343"), [dayMonth, stryMutAct_9fa48("344") ? `` : (stryCov_9fa48("344"), `v:${year}`)]));
      }
    } else if (stryMutAct_9fa48("347") ? dayMonth === undefined : stryMutAct_9fa48("346") ? false : stryMutAct_9fa48("345") ? true : (stryCov_9fa48("345", "346", "347"), dayMonth !== undefined)) {
      if (stryMutAct_9fa48("348")) {
        {}
      } else {
        stryCov_9fa48("348");
        alternatives.push(stryMutAct_9fa48("349") ? [] : (stryCov_9fa48("349"), [dayMonth]));
      }
    } else if (stryMutAct_9fa48("352") ? year === undefined : stryMutAct_9fa48("351") ? false : stryMutAct_9fa48("350") ? true : (stryCov_9fa48("350", "351", "352"), year !== undefined)) {
      if (stryMutAct_9fa48("353")) {
        {}
      } else {
        stryCov_9fa48("353");
        alternatives.push(stryMutAct_9fa48("354") ? [] : (stryCov_9fa48("354"), [stryMutAct_9fa48("355") ? `` : (stryCov_9fa48("355"), `d:${year}-${pad(month)}`)]));
      }
    } else {
      if (stryMutAct_9fa48("356")) {
        {}
      } else {
        stryCov_9fa48("356");
        return undefined;
      }
    }
    return stryMutAct_9fa48("357") ? {} : (stryCov_9fa48("357"), {
      text,
      index,
      alternatives,
      provides
    });
  }
}
function literalFigure(text: string, index: number): Figure {
  if (stryMutAct_9fa48("358")) {
    {}
  } else {
    stryCov_9fa48("358");
    const key = stryMutAct_9fa48("359") ? `` : (stryCov_9fa48("359"), `x:${text}`);
    return stryMutAct_9fa48("360") ? {} : (stryCov_9fa48("360"), {
      text,
      index,
      alternatives: stryMutAct_9fa48("361") ? [] : (stryCov_9fa48("361"), [stryMutAct_9fa48("362") ? [] : (stryCov_9fa48("362"), [key])]),
      provides: stryMutAct_9fa48("363") ? [] : (stryCov_9fa48("363"), [key])
    });
  }
}

/**
 * The figures of a text. Numbers written in words ("deux") are no figures; neither are
 * centuries ("21e siècle", "XXIe siècle"), which frame a story rather than report a fact.
 */
export function extractFigures(text: string): Figure[] {
  if (stryMutAct_9fa48("364")) {
    {}
  } else {
    stryCov_9fa48("364");
    const figures: Figure[] = stryMutAct_9fa48("365") ? ["Stryker was here"] : (stryCov_9fa48("365"), []);
    // Most paragraphs hold no digit: one cheap test spares them the big pattern.
    if (stryMutAct_9fa48("368") ? false : stryMutAct_9fa48("367") ? true : stryMutAct_9fa48("366") ? HAS_DIGIT.test(text) : (stryCov_9fa48("366", "367", "368"), !HAS_DIGIT.test(text))) return figures;
    FIGURE.lastIndex = 0;
    for (let match = FIGURE.exec(text); stryMutAct_9fa48("370") ? match === null : stryMutAct_9fa48("369") ? false : (stryCov_9fa48("369", "370"), match !== null); match = FIGURE.exec(text)) {
      if (stryMutAct_9fa48("371")) {
        {}
      } else {
        stryCov_9fa48("371");
        const groups = stryMutAct_9fa48("372") ? match.groups && {} : (stryCov_9fa48("372"), match.groups ?? {});
        const index = match.index;
        const written = match[0];
        if (stryMutAct_9fa48("375") ? groups.dmy === undefined : stryMutAct_9fa48("374") ? false : stryMutAct_9fa48("373") ? true : (stryCov_9fa48("373", "374", "375"), groups.dmy !== undefined)) {
          if (stryMutAct_9fa48("376")) {
            {}
          } else {
            stryCov_9fa48("376");
            const first = Number(groups.d1);
            const second = Number(groups.m1);
            const year = fullYear(stryMutAct_9fa48("377") ? groups.y1 && "" : (stryCov_9fa48("377"), groups.y1 ?? (stryMutAct_9fa48("378") ? "Stryker was here!" : (stryCov_9fa48("378"), ""))));
            // 02/28/2024 is an English date; what is no date at all must be in the source as written.
            const figure = stryMutAct_9fa48("379") ? (dateFigure(written, index, first, second, year) ?? dateFigure(written, index, second, first, year)) && literalFigure(written, index) : (stryCov_9fa48("379"), (stryMutAct_9fa48("380") ? dateFigure(written, index, first, second, year) && dateFigure(written, index, second, first, year) : (stryCov_9fa48("380"), dateFigure(written, index, first, second, year) ?? dateFigure(written, index, second, first, year))) ?? literalFigure(written, index));
            figures.push(figure);
            continue;
          }
        }
        if (stryMutAct_9fa48("383") ? groups.iso === undefined : stryMutAct_9fa48("382") ? false : stryMutAct_9fa48("381") ? true : (stryCov_9fa48("381", "382", "383"), groups.iso !== undefined)) {
          if (stryMutAct_9fa48("384")) {
            {}
          } else {
            stryCov_9fa48("384");
            const figure = dateFigure(written, index, Number(groups.d2), Number(groups.m2), Number(groups.y2));
            if (stryMutAct_9fa48("386") ? false : stryMutAct_9fa48("385") ? true : (stryCov_9fa48("385", "386"), figure)) figures.push(figure);
            continue;
          }
        }
        if (stryMutAct_9fa48("389") ? groups.text === undefined : stryMutAct_9fa48("388") ? false : stryMutAct_9fa48("387") ? true : (stryCov_9fa48("387", "388", "389"), groups.text !== undefined)) {
          if (stryMutAct_9fa48("390")) {
            {}
          } else {
            stryCov_9fa48("390");
            const day = (stryMutAct_9fa48("393") ? groups.d3 !== undefined : stryMutAct_9fa48("392") ? false : stryMutAct_9fa48("391") ? true : (stryCov_9fa48("391", "392", "393"), groups.d3 === undefined)) ? undefined : Number(stryMutAct_9fa48("394") ? groups.d3.toUpperCase().replace("er", "") : (stryCov_9fa48("394"), groups.d3.toLowerCase().replace(stryMutAct_9fa48("395") ? "" : (stryCov_9fa48("395"), "er"), stryMutAct_9fa48("396") ? "Stryker was here!" : (stryCov_9fa48("396"), ""))));
            const month = stryMutAct_9fa48("397") ? FRENCH_MONTHS[(groups.month ?? "").toLowerCase()] && 0 : (stryCov_9fa48("397"), FRENCH_MONTHS[stryMutAct_9fa48("398") ? (groups.month ?? "").toUpperCase() : (stryCov_9fa48("398"), (stryMutAct_9fa48("399") ? groups.month && "" : (stryCov_9fa48("399"), groups.month ?? (stryMutAct_9fa48("400") ? "Stryker was here!" : (stryCov_9fa48("400"), "")))).toLowerCase())] ?? 0);
            const year = (stryMutAct_9fa48("403") ? groups.y3 !== undefined : stryMutAct_9fa48("402") ? false : stryMutAct_9fa48("401") ? true : (stryCov_9fa48("401", "402", "403"), groups.y3 === undefined)) ? undefined : Number(groups.y3);
            const figure = dateFigure(stryMutAct_9fa48("404") ? written : (stryCov_9fa48("404"), written.trim()), index, day, month, year);
            if (stryMutAct_9fa48("406") ? false : stryMutAct_9fa48("405") ? true : (stryCov_9fa48("405", "406"), figure)) figures.push(figure);
            continue;
          }
        }
        if (stryMutAct_9fa48("409") ? groups.time === undefined : stryMutAct_9fa48("408") ? false : stryMutAct_9fa48("407") ? true : (stryCov_9fa48("407", "408", "409"), groups.time !== undefined)) {
          if (stryMutAct_9fa48("410")) {
            {}
          } else {
            stryCov_9fa48("410");
            const hours = Number(groups.h);
            const minutes = Number(groups.min);
            if (stryMutAct_9fa48("413") ? hours > 24 && minutes > 59 : stryMutAct_9fa48("412") ? false : stryMutAct_9fa48("411") ? true : (stryCov_9fa48("411", "412", "413"), (stryMutAct_9fa48("416") ? hours <= 24 : stryMutAct_9fa48("415") ? hours >= 24 : stryMutAct_9fa48("414") ? false : (stryCov_9fa48("414", "415", "416"), hours > 24)) || (stryMutAct_9fa48("419") ? minutes <= 59 : stryMutAct_9fa48("418") ? minutes >= 59 : stryMutAct_9fa48("417") ? false : (stryCov_9fa48("417", "418", "419"), minutes > 59)))) {
              if (stryMutAct_9fa48("420")) {
                {}
              } else {
                stryCov_9fa48("420");
                // "25 h 99" is no time: read the first number now and the rest on the next pass.
                const read = numberFigure(text, index, stryMutAct_9fa48("421") ? groups.h && "" : (stryCov_9fa48("421"), groups.h ?? (stryMutAct_9fa48("422") ? "Stryker was here!" : (stryCov_9fa48("422"), ""))), undefined, undefined);
                if (stryMutAct_9fa48("424") ? false : stryMutAct_9fa48("423") ? true : (stryCov_9fa48("423", "424"), read.figure)) figures.push(read.figure);
                FIGURE.lastIndex = stryMutAct_9fa48("425") ? index - (groups.h ?? "").length : (stryCov_9fa48("425"), index + (stryMutAct_9fa48("426") ? groups.h && "" : (stryCov_9fa48("426"), groups.h ?? (stryMutAct_9fa48("427") ? "Stryker was here!" : (stryCov_9fa48("427"), "")))).length);
                continue;
              }
            }
            const key = stryMutAct_9fa48("428") ? `` : (stryCov_9fa48("428"), `t:${hours}:${pad(minutes)}`);
            figures.push(stryMutAct_9fa48("429") ? {} : (stryCov_9fa48("429"), {
              text: written,
              index,
              alternatives: stryMutAct_9fa48("430") ? [] : (stryCov_9fa48("430"), [stryMutAct_9fa48("431") ? [] : (stryCov_9fa48("431"), [key])]),
              provides: stryMutAct_9fa48("432") ? [] : (stryCov_9fa48("432"), [key, stryMutAct_9fa48("433") ? `` : (stryCov_9fa48("433"), `v:${hours}`), stryMutAct_9fa48("434") ? `` : (stryCov_9fa48("434"), `n:${hours}`)])
            }));
            continue;
          }
        }
        const read = numberFigure(text, index, stryMutAct_9fa48("435") ? groups.int && "" : (stryCov_9fa48("435"), groups.int ?? (stryMutAct_9fa48("436") ? "Stryker was here!" : (stryCov_9fa48("436"), ""))), groups.sep, groups.dec);
        if (stryMutAct_9fa48("438") ? false : stryMutAct_9fa48("437") ? true : (stryCov_9fa48("437", "438"), read.figure)) figures.push(read.figure);
        FIGURE.lastIndex = stryMutAct_9fa48("439") ? Math.min(read.end, index + 1) : (stryCov_9fa48("439"), Math.max(read.end, stryMutAct_9fa48("440") ? index - 1 : (stryCov_9fa48("440"), index + 1)));
      }
    }
    return figures;
  }
}

/** A number and what follows it: a scale (`millions`, `M`), `%`, an ordinal mark, letters. */
function numberFigure(text: string, index: number, int: string, sep: string | undefined, dec: string | undefined): {
  figure?: Figure;
  end: number;
} {
  if (stryMutAct_9fa48("441")) {
    {}
  } else {
    stryCov_9fa48("441");
    const numberText = (stryMutAct_9fa48("444") ? dec !== undefined : stryMutAct_9fa48("443") ? false : stryMutAct_9fa48("442") ? true : (stryCov_9fa48("442", "443", "444"), dec === undefined)) ? int : stryMutAct_9fa48("445") ? text : (stryCov_9fa48("445"), text.slice(index, stryMutAct_9fa48("446") ? index + int.length + 1 - dec.length : (stryCov_9fa48("446"), (stryMutAct_9fa48("447") ? index + int.length - 1 : (stryCov_9fa48("447"), (stryMutAct_9fa48("448") ? index - int.length : (stryCov_9fa48("448"), index + int.length)) + 1)) + dec.length)));
    const end = stryMutAct_9fa48("449") ? index - numberText.length : (stryCov_9fa48("449"), index + numberText.length);
    // Only the next few characters can hold a suffix; slicing them keeps the checks cheap.
    const after = stryMutAct_9fa48("450") ? text : (stryCov_9fa48("450"), text.slice(end, stryMutAct_9fa48("451") ? end - 24 : (stryCov_9fa48("451"), end + 24)));
    const before = stryMutAct_9fa48("452") ? text : (stryCov_9fa48("452"), text.slice(stryMutAct_9fa48("453") ? Math.min(0, index - 12) : (stryCov_9fa48("453"), Math.max(0, stryMutAct_9fa48("454") ? index + 12 : (stryCov_9fa48("454"), index - 12))), index));
    const values = valuesOf(int, sep, dec);
    const glued = LETTERS_BEFORE.exec(before);
    const lettersAfter = LETTERS_AFTER.exec(after);
    if (stryMutAct_9fa48("457") ? glued && lettersAfter && !ORDINAL_AFTER.test(after) && !SCALE_AFTER.test(after) : stryMutAct_9fa48("456") ? false : stryMutAct_9fa48("455") ? true : (stryCov_9fa48("455", "456", "457"), glued || (stryMutAct_9fa48("459") ? lettersAfter && !ORDINAL_AFTER.test(after) || !SCALE_AFTER.test(after) : stryMutAct_9fa48("458") ? false : (stryCov_9fa48("458", "459"), (stryMutAct_9fa48("461") ? lettersAfter || !ORDINAL_AFTER.test(after) : stryMutAct_9fa48("460") ? true : (stryCov_9fa48("460", "461"), lettersAfter && (stryMutAct_9fa48("462") ? ORDINAL_AFTER.test(after) : (stryCov_9fa48("462"), !ORDINAL_AFTER.test(after))))) && (stryMutAct_9fa48("463") ? SCALE_AFTER.test(after) : (stryCov_9fa48("463"), !SCALE_AFTER.test(after))))))) {
      if (stryMutAct_9fa48("464")) {
        {}
      } else {
        stryCov_9fa48("464");
        // A code such as A320, H100, 5G or MP3: the source must hold the same code.
        const code = stryMutAct_9fa48("465") ? `` : (stryCov_9fa48("465"), `${stryMutAct_9fa48("466") ? glued?.[0] && "" : (stryCov_9fa48("466"), (stryMutAct_9fa48("467") ? glued[0] : (stryCov_9fa48("467"), glued?.[0])) ?? (stryMutAct_9fa48("468") ? "Stryker was here!" : (stryCov_9fa48("468"), "")))}${numberText}${stryMutAct_9fa48("469") ? lettersAfter?.[0] && "" : (stryCov_9fa48("469"), (stryMutAct_9fa48("470") ? lettersAfter[0] : (stryCov_9fa48("470"), lettersAfter?.[0])) ?? (stryMutAct_9fa48("471") ? "Stryker was here!" : (stryCov_9fa48("471"), "")))}`);
        const key = stryMutAct_9fa48("472") ? `` : (stryCov_9fa48("472"), `i:${stryMutAct_9fa48("473") ? code.toUpperCase() : (stryCov_9fa48("473"), code.toLowerCase())}`);
        const numbers = values.map(stryMutAct_9fa48("474") ? () => undefined : (stryCov_9fa48("474"), value => stryMutAct_9fa48("475") ? `` : (stryCov_9fa48("475"), `v:${canonical(value)}`)));
        return stryMutAct_9fa48("476") ? {} : (stryCov_9fa48("476"), {
          figure: stryMutAct_9fa48("477") ? {} : (stryCov_9fa48("477"), {
            text: code,
            index: stryMutAct_9fa48("478") ? index + (glued?.[0].length ?? 0) : (stryCov_9fa48("478"), index - (stryMutAct_9fa48("479") ? glued?.[0].length && 0 : (stryCov_9fa48("479"), (stryMutAct_9fa48("480") ? glued[0].length : (stryCov_9fa48("480"), glued?.[0].length)) ?? 0))),
            // A number with a unit glued after it (15km, 5GW) may be spelled apart in the source.
            alternatives: glued ? stryMutAct_9fa48("481") ? [] : (stryCov_9fa48("481"), [stryMutAct_9fa48("482") ? [] : (stryCov_9fa48("482"), [key])]) : stryMutAct_9fa48("483") ? [] : (stryCov_9fa48("483"), [stryMutAct_9fa48("484") ? [] : (stryCov_9fa48("484"), [key]), ...numbers.map(stryMutAct_9fa48("485") ? () => undefined : (stryCov_9fa48("485"), number => stryMutAct_9fa48("486") ? [] : (stryCov_9fa48("486"), [number])))]),
            provides: stryMutAct_9fa48("487") ? [] : (stryCov_9fa48("487"), [key, ...numbers])
          }),
          end: stryMutAct_9fa48("488") ? end - (lettersAfter?.[0].length ?? 0) : (stryCov_9fa48("488"), end + (stryMutAct_9fa48("489") ? lettersAfter?.[0].length && 0 : (stryCov_9fa48("489"), (stryMutAct_9fa48("490") ? lettersAfter[0].length : (stryCov_9fa48("490"), lettersAfter?.[0].length)) ?? 0)))
        });
      }
    }
    const percent = PERCENT_AFTER.exec(after);
    if (stryMutAct_9fa48("492") ? false : stryMutAct_9fa48("491") ? true : (stryCov_9fa48("491", "492"), percent)) {
      if (stryMutAct_9fa48("493")) {
        {}
      } else {
        stryCov_9fa48("493");
        return stryMutAct_9fa48("494") ? {} : (stryCov_9fa48("494"), {
          figure: stryMutAct_9fa48("495") ? {} : (stryCov_9fa48("495"), {
            text: stryMutAct_9fa48("496") ? numberText - percent[0] : (stryCov_9fa48("496"), numberText + percent[0]),
            index,
            alternatives: values.map(stryMutAct_9fa48("497") ? () => undefined : (stryCov_9fa48("497"), value => stryMutAct_9fa48("498") ? [] : (stryCov_9fa48("498"), [stryMutAct_9fa48("499") ? `` : (stryCov_9fa48("499"), `p:${canonical(value)}`)]))),
            provides: values.flatMap(stryMutAct_9fa48("500") ? () => undefined : (stryCov_9fa48("500"), value => stryMutAct_9fa48("501") ? [] : (stryCov_9fa48("501"), [stryMutAct_9fa48("502") ? `` : (stryCov_9fa48("502"), `p:${canonical(value)}`), stryMutAct_9fa48("503") ? `` : (stryCov_9fa48("503"), `v:${canonical(value)}`)])))
          }),
          end: stryMutAct_9fa48("504") ? end - percent[0].length : (stryCov_9fa48("504"), end + percent[0].length)
        });
      }
    }
    const scale = SCALE_AFTER.exec(after);
    const multiplier = scale ? SCALES[stryMutAct_9fa48("505") ? scale.groups?.scale && "" : (stryCov_9fa48("505"), (stryMutAct_9fa48("506") ? scale.groups.scale : (stryCov_9fa48("506"), scale.groups?.scale)) ?? (stryMutAct_9fa48("507") ? "Stryker was here!" : (stryCov_9fa48("507"), "")))] : undefined;
    if (stryMutAct_9fa48("510") ? scale || multiplier !== undefined : stryMutAct_9fa48("509") ? false : stryMutAct_9fa48("508") ? true : (stryCov_9fa48("508", "509", "510"), scale && (stryMutAct_9fa48("512") ? multiplier === undefined : stryMutAct_9fa48("511") ? true : (stryCov_9fa48("511", "512"), multiplier !== undefined)))) {
      if (stryMutAct_9fa48("513")) {
        {}
      } else {
        stryCov_9fa48("513");
        return stryMutAct_9fa48("514") ? {} : (stryCov_9fa48("514"), {
          figure: stryMutAct_9fa48("515") ? {} : (stryCov_9fa48("515"), {
            text: stryMutAct_9fa48("516") ? numberText + scale[0] - (CURRENCY_AFTER.exec(after.slice(scale[0].length))?.[0] ?? "") : (stryCov_9fa48("516"), (stryMutAct_9fa48("517") ? numberText - scale[0] : (stryCov_9fa48("517"), numberText + scale[0])) + (stryMutAct_9fa48("518") ? CURRENCY_AFTER.exec(after.slice(scale[0].length))?.[0] && "" : (stryCov_9fa48("518"), (stryMutAct_9fa48("519") ? CURRENCY_AFTER.exec(after.slice(scale[0].length))[0] : (stryCov_9fa48("519"), CURRENCY_AFTER.exec(stryMutAct_9fa48("520") ? after : (stryCov_9fa48("520"), after.slice(scale[0].length)))?.[0])) ?? (stryMutAct_9fa48("521") ? "Stryker was here!" : (stryCov_9fa48("521"), ""))))),
            index,
            alternatives: values.map(stryMutAct_9fa48("522") ? () => undefined : (stryCov_9fa48("522"), value => stryMutAct_9fa48("523") ? [] : (stryCov_9fa48("523"), [stryMutAct_9fa48("524") ? `` : (stryCov_9fa48("524"), `n:${canonical(stryMutAct_9fa48("525") ? value / multiplier : (stryCov_9fa48("525"), value * multiplier))}`)]))),
            provides: values.flatMap(stryMutAct_9fa48("526") ? () => undefined : (stryCov_9fa48("526"), value => stryMutAct_9fa48("527") ? [] : (stryCov_9fa48("527"), [stryMutAct_9fa48("528") ? `` : (stryCov_9fa48("528"), `n:${canonical(stryMutAct_9fa48("529") ? value / multiplier : (stryCov_9fa48("529"), value * multiplier))}`), stryMutAct_9fa48("530") ? `` : (stryCov_9fa48("530"), `v:${canonical(value)}`)])))
          }),
          end: stryMutAct_9fa48("531") ? end - scale[0].length : (stryCov_9fa48("531"), end + scale[0].length)
        });
      }
    }
    const ordinal = (stryMutAct_9fa48("534") ? dec !== undefined : stryMutAct_9fa48("533") ? false : stryMutAct_9fa48("532") ? true : (stryCov_9fa48("532", "533", "534"), dec === undefined)) ? ORDINAL_AFTER.exec(after) : null;
    if (stryMutAct_9fa48("536") ? false : stryMutAct_9fa48("535") ? true : (stryCov_9fa48("535", "536"), ordinal)) {
      if (stryMutAct_9fa48("537")) {
        {}
      } else {
        stryCov_9fa48("537");
        const ordinalEnd = stryMutAct_9fa48("538") ? end - ordinal[0].length : (stryCov_9fa48("538"), end + ordinal[0].length);
        if (stryMutAct_9fa48("540") ? false : stryMutAct_9fa48("539") ? true : (stryCov_9fa48("539", "540"), CENTURY_AFTER.test(stryMutAct_9fa48("541") ? after : (stryCov_9fa48("541"), after.slice(ordinal[0].length))))) return stryMutAct_9fa48("542") ? {} : (stryCov_9fa48("542"), {
          end: ordinalEnd
        });
        return stryMutAct_9fa48("543") ? {} : (stryCov_9fa48("543"), {
          figure: stryMutAct_9fa48("544") ? {} : (stryCov_9fa48("544"), {
            text: stryMutAct_9fa48("545") ? numberText - ordinal[0] : (stryCov_9fa48("545"), numberText + ordinal[0]),
            index,
            alternatives: values.map(stryMutAct_9fa48("546") ? () => undefined : (stryCov_9fa48("546"), value => stryMutAct_9fa48("547") ? [] : (stryCov_9fa48("547"), [stryMutAct_9fa48("548") ? `` : (stryCov_9fa48("548"), `v:${canonical(value)}`)]))),
            provides: values.flatMap(stryMutAct_9fa48("549") ? () => undefined : (stryCov_9fa48("549"), value => stryMutAct_9fa48("550") ? [] : (stryCov_9fa48("550"), [stryMutAct_9fa48("551") ? `` : (stryCov_9fa48("551"), `v:${canonical(value)}`), stryMutAct_9fa48("552") ? `` : (stryCov_9fa48("552"), `n:${canonical(value)}`)])))
          }),
          end: ordinalEnd
        });
      }
    }
    return stryMutAct_9fa48("553") ? {} : (stryCov_9fa48("553"), {
      figure: stryMutAct_9fa48("554") ? {} : (stryCov_9fa48("554"), {
        text: stryMutAct_9fa48("555") ? numberText - (CURRENCY_AFTER.exec(after)?.[0] ?? "") : (stryCov_9fa48("555"), numberText + (stryMutAct_9fa48("556") ? CURRENCY_AFTER.exec(after)?.[0] && "" : (stryCov_9fa48("556"), (stryMutAct_9fa48("557") ? CURRENCY_AFTER.exec(after)[0] : (stryCov_9fa48("557"), CURRENCY_AFTER.exec(after)?.[0])) ?? (stryMutAct_9fa48("558") ? "Stryker was here!" : (stryCov_9fa48("558"), ""))))),
        index,
        alternatives: values.flatMap(stryMutAct_9fa48("559") ? () => undefined : (stryCov_9fa48("559"), value => stryMutAct_9fa48("560") ? [] : (stryCov_9fa48("560"), [stryMutAct_9fa48("561") ? [] : (stryCov_9fa48("561"), [stryMutAct_9fa48("562") ? `` : (stryCov_9fa48("562"), `v:${canonical(value)}`)]), stryMutAct_9fa48("563") ? [] : (stryCov_9fa48("563"), [stryMutAct_9fa48("564") ? `` : (stryCov_9fa48("564"), `n:${canonical(value)}`)])]))),
        provides: values.flatMap(stryMutAct_9fa48("565") ? () => undefined : (stryCov_9fa48("565"), value => stryMutAct_9fa48("566") ? [] : (stryCov_9fa48("566"), [stryMutAct_9fa48("567") ? `` : (stryCov_9fa48("567"), `v:${canonical(value)}`), stryMutAct_9fa48("568") ? `` : (stryCov_9fa48("568"), `n:${canonical(value)}`)])))
      }),
      end
    });
  }
}

/** Every key the figures of a text offer, for {@link isFigureIn}. */
export function figureKeysOf(text: string): Set<string> {
  if (stryMutAct_9fa48("569")) {
    {}
  } else {
    stryCov_9fa48("569");
    const keys = new Set<string>();
    for (const figure of extractFigures(text)) {
      if (stryMutAct_9fa48("570")) {
        {}
      } else {
        stryCov_9fa48("570");
        for (const key of figure.provides) keys.add(key);
      }
    }
    // A source that says "trois ans" or "deux millions" holds the 3 and the 2 000 000 a
    // faithful rewrite may write in digits.
    for (const value of numberWordValues(text)) {
      if (stryMutAct_9fa48("571")) {
        {}
      } else {
        stryCov_9fa48("571");
        keys.add(stryMutAct_9fa48("572") ? `` : (stryCov_9fa48("572"), `v:${canonical(value)}`));
        keys.add(stryMutAct_9fa48("573") ? `` : (stryCov_9fa48("573"), `n:${canonical(value)}`));
      }
    }
    return keys;
  }
}
const UNITS: Readonly<Record<string, number>> = stryMutAct_9fa48("574") ? {} : (stryCov_9fa48("574"), {
  zéro: 0,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60
});
/** "un"/"une" count only inside a number ("vingt et un", "un million"): alone they are articles. */
const ONE = new Set(stryMutAct_9fa48("575") ? [] : (stryCov_9fa48("575"), [stryMutAct_9fa48("576") ? "" : (stryCov_9fa48("576"), "un"), stryMutAct_9fa48("577") ? "" : (stryCov_9fa48("577"), "une")]));
const TENS = new Set(stryMutAct_9fa48("578") ? [] : (stryCov_9fa48("578"), [stryMutAct_9fa48("579") ? "" : (stryCov_9fa48("579"), "vingt"), stryMutAct_9fa48("580") ? "" : (stryCov_9fa48("580"), "trente"), stryMutAct_9fa48("581") ? "" : (stryCov_9fa48("581"), "quarante"), stryMutAct_9fa48("582") ? "" : (stryCov_9fa48("582"), "cinquante"), stryMutAct_9fa48("583") ? "" : (stryCov_9fa48("583"), "soixante")]));
const NUMBER_WORD = stryMutAct_9fa48("584") ? `` : (stryCov_9fa48("584"), `(?:${(stryMutAct_9fa48("585") ? [] : (stryCov_9fa48("585"), [...Object.keys(UNITS), stryMutAct_9fa48("586") ? "" : (stryCov_9fa48("586"), "un"), stryMutAct_9fa48("587") ? "" : (stryCov_9fa48("587"), "une"), stryMutAct_9fa48("588") ? "" : (stryCov_9fa48("588"), "cent"), stryMutAct_9fa48("589") ? "" : (stryCov_9fa48("589"), "cents"), stryMutAct_9fa48("590") ? "" : (stryCov_9fa48("590"), "mille"), stryMutAct_9fa48("591") ? "" : (stryCov_9fa48("591"), "et")])).join(stryMutAct_9fa48("592") ? "" : (stryCov_9fa48("592"), "|"))})`);
const NUMBER_WORDS = new RegExp(stryMutAct_9fa48("593") ? `` : (stryCov_9fa48("593"), `(?<![\\p{L}-])${NUMBER_WORD}(?:[- ]${NUMBER_WORD})*(?:[ \\u00A0](millions?|milliards?))?(?![\\p{L}])`), stryMutAct_9fa48("594") ? "" : (stryCov_9fa48("594"), "giu"));

/** Values of the numbers a text writes in French words: "vingt-cinq" → 25, "deux millions" → 2e6. */
export function numberWordValues(text: string): number[] {
  if (stryMutAct_9fa48("595")) {
    {}
  } else {
    stryCov_9fa48("595");
    const values: number[] = stryMutAct_9fa48("596") ? ["Stryker was here"] : (stryCov_9fa48("596"), []);
    for (const match of text.matchAll(NUMBER_WORDS)) {
      if (stryMutAct_9fa48("597")) {
        {}
      } else {
        stryCov_9fa48("597");
        const words = stryMutAct_9fa48("598") ? match[0].toUpperCase().split(/[- \u00A0]+/u) : (stryCov_9fa48("598"), match[0].toLowerCase().split(stryMutAct_9fa48("600") ? /[^- \u00A0]+/u : stryMutAct_9fa48("599") ? /[- \u00A0]/u : (stryCov_9fa48("599", "600"), /[- \u00A0]+/u)));
        // "cinquante pour cent" is 50 %, not 50 and 100.
        if (stryMutAct_9fa48("603") ? words[0] === "cent" || /pour[ \u00A0]$/iu.test(text.slice(0, match.index)) : stryMutAct_9fa48("602") ? false : stryMutAct_9fa48("601") ? true : (stryCov_9fa48("601", "602", "603"), (stryMutAct_9fa48("605") ? words[0] !== "cent" : stryMutAct_9fa48("604") ? true : (stryCov_9fa48("604", "605"), words[0] === (stryMutAct_9fa48("606") ? "" : (stryCov_9fa48("606"), "cent")))) && (stryMutAct_9fa48("608") ? /pour[^ \u00A0]$/iu : stryMutAct_9fa48("607") ? /pour[ \u00A0]/iu : (stryCov_9fa48("607", "608"), /pour[ \u00A0]$/iu)).test(stryMutAct_9fa48("609") ? text : (stryCov_9fa48("609"), text.slice(0, match.index))))) continue;
        const scale = match[1] ? stryMutAct_9fa48("610") ? SCALES[match[1].toLowerCase()] && 1 : (stryCov_9fa48("610"), SCALES[stryMutAct_9fa48("611") ? match[1].toUpperCase() : (stryCov_9fa48("611"), match[1].toLowerCase())] ?? 1) : 1;
        if (stryMutAct_9fa48("615") ? scale <= 1 : stryMutAct_9fa48("614") ? scale >= 1 : stryMutAct_9fa48("613") ? false : stryMutAct_9fa48("612") ? true : (stryCov_9fa48("612", "613", "614", "615"), scale > 1)) words.pop();
        const groups = numberGroups(words);
        groups.forEach((group, index) => {
          if (stryMutAct_9fa48("616")) {
            {}
          } else {
            stryCov_9fa48("616");
            const last = stryMutAct_9fa48("619") ? index !== groups.length - 1 : stryMutAct_9fa48("618") ? false : stryMutAct_9fa48("617") ? true : (stryCov_9fa48("617", "618", "619"), index === (stryMutAct_9fa48("620") ? groups.length + 1 : (stryCov_9fa48("620"), groups.length - 1)));
            // Alone, "un"/"une" are articles and "neuf" often means new ("un quartier neuf").
            if (stryMutAct_9fa48("623") ? group.length === 1 && (ONE.has(group[0] ?? "") || group[0] === "neuf") || !(last && scale > 1) : stryMutAct_9fa48("622") ? false : stryMutAct_9fa48("621") ? true : (stryCov_9fa48("621", "622", "623"), (stryMutAct_9fa48("625") ? group.length === 1 || ONE.has(group[0] ?? "") || group[0] === "neuf" : stryMutAct_9fa48("624") ? true : (stryCov_9fa48("624", "625"), (stryMutAct_9fa48("627") ? group.length !== 1 : stryMutAct_9fa48("626") ? true : (stryCov_9fa48("626", "627"), group.length === 1)) && (stryMutAct_9fa48("629") ? ONE.has(group[0] ?? "") && group[0] === "neuf" : stryMutAct_9fa48("628") ? true : (stryCov_9fa48("628", "629"), ONE.has(stryMutAct_9fa48("630") ? group[0] && "" : (stryCov_9fa48("630"), group[0] ?? (stryMutAct_9fa48("631") ? "Stryker was here!" : (stryCov_9fa48("631"), "")))) || (stryMutAct_9fa48("633") ? group[0] !== "neuf" : stryMutAct_9fa48("632") ? false : (stryCov_9fa48("632", "633"), group[0] === (stryMutAct_9fa48("634") ? "" : (stryCov_9fa48("634"), "neuf")))))))) && (stryMutAct_9fa48("635") ? last && scale > 1 : (stryCov_9fa48("635"), !(stryMutAct_9fa48("638") ? last || scale > 1 : stryMutAct_9fa48("637") ? false : stryMutAct_9fa48("636") ? true : (stryCov_9fa48("636", "637", "638"), last && (stryMutAct_9fa48("641") ? scale <= 1 : stryMutAct_9fa48("640") ? scale >= 1 : stryMutAct_9fa48("639") ? true : (stryCov_9fa48("639", "640", "641"), scale > 1)))))))) {
              if (stryMutAct_9fa48("642")) {
                {}
              } else {
                stryCov_9fa48("642");
                return;
              }
            }
            values.push(stryMutAct_9fa48("643") ? valueOfWords(group) / (last ? scale : 1) : (stryCov_9fa48("643"), valueOfWords(group) * (last ? scale : 1)));
          }
        });
      }
    }
    return values;
  }
}

/**
 * "et" joins a number only in "vingt et un", "soixante et onze"; elsewhere it separates two
 * ("entre deux et trois ans" is 2 and 3, never 5).
 */
function numberGroups(words: readonly string[]): string[][] {
  if (stryMutAct_9fa48("644")) {
    {}
  } else {
    stryCov_9fa48("644");
    const groups: string[][] = stryMutAct_9fa48("645") ? ["Stryker was here"] : (stryCov_9fa48("645"), []);
    let current: string[] = stryMutAct_9fa48("646") ? ["Stryker was here"] : (stryCov_9fa48("646"), []);
    words.forEach((word, index) => {
      if (stryMutAct_9fa48("647")) {
        {}
      } else {
        stryCov_9fa48("647");
        if (stryMutAct_9fa48("650") ? word === "et" : stryMutAct_9fa48("649") ? false : stryMutAct_9fa48("648") ? true : (stryCov_9fa48("648", "649", "650"), word !== (stryMutAct_9fa48("651") ? "" : (stryCov_9fa48("651"), "et")))) {
          if (stryMutAct_9fa48("652")) {
            {}
          } else {
            stryCov_9fa48("652");
            current.push(word);
            return;
          }
        }
        const next = stryMutAct_9fa48("653") ? words[index + 1] && "" : (stryCov_9fa48("653"), words[stryMutAct_9fa48("654") ? index - 1 : (stryCov_9fa48("654"), index + 1)] ?? (stryMutAct_9fa48("655") ? "Stryker was here!" : (stryCov_9fa48("655"), "")));
        if (stryMutAct_9fa48("658") ? TENS.has(current.at(-1) ?? "") || ONE.has(next) || next === "onze" : stryMutAct_9fa48("657") ? false : stryMutAct_9fa48("656") ? true : (stryCov_9fa48("656", "657", "658"), TENS.has(stryMutAct_9fa48("659") ? current.at(-1) && "" : (stryCov_9fa48("659"), current.at(stryMutAct_9fa48("660") ? +1 : (stryCov_9fa48("660"), -1)) ?? (stryMutAct_9fa48("661") ? "Stryker was here!" : (stryCov_9fa48("661"), "")))) && (stryMutAct_9fa48("663") ? ONE.has(next) && next === "onze" : stryMutAct_9fa48("662") ? true : (stryCov_9fa48("662", "663"), ONE.has(next) || (stryMutAct_9fa48("665") ? next !== "onze" : stryMutAct_9fa48("664") ? false : (stryCov_9fa48("664", "665"), next === (stryMutAct_9fa48("666") ? "" : (stryCov_9fa48("666"), "onze")))))))) return;
        if (stryMutAct_9fa48("670") ? current.length <= 0 : stryMutAct_9fa48("669") ? current.length >= 0 : stryMutAct_9fa48("668") ? false : stryMutAct_9fa48("667") ? true : (stryCov_9fa48("667", "668", "669", "670"), current.length > 0)) groups.push(current);
        current = stryMutAct_9fa48("671") ? ["Stryker was here"] : (stryCov_9fa48("671"), []);
      }
    });
    if (stryMutAct_9fa48("675") ? current.length <= 0 : stryMutAct_9fa48("674") ? current.length >= 0 : stryMutAct_9fa48("673") ? false : stryMutAct_9fa48("672") ? true : (stryCov_9fa48("672", "673", "674", "675"), current.length > 0)) groups.push(current);
    return groups;
  }
}
function valueOfWords(words: readonly string[]): number {
  if (stryMutAct_9fa48("676")) {
    {}
  } else {
    stryCov_9fa48("676");
    let total = 0;
    let current = 0;
    let previous = stryMutAct_9fa48("677") ? "Stryker was here!" : (stryCov_9fa48("677"), "");
    for (const word of words) {
      if (stryMutAct_9fa48("678")) {
        {}
      } else {
        stryCov_9fa48("678");
        if (stryMutAct_9fa48("680") ? false : stryMutAct_9fa48("679") ? true : (stryCov_9fa48("679", "680"), ONE.has(word))) stryMutAct_9fa48("681") ? current -= 1 : (stryCov_9fa48("681"), current += 1);else if (stryMutAct_9fa48("684") ? word === "cent" && word === "cents" : stryMutAct_9fa48("683") ? false : stryMutAct_9fa48("682") ? true : (stryCov_9fa48("682", "683", "684"), (stryMutAct_9fa48("686") ? word !== "cent" : stryMutAct_9fa48("685") ? false : (stryCov_9fa48("685", "686"), word === (stryMutAct_9fa48("687") ? "" : (stryCov_9fa48("687"), "cent")))) || (stryMutAct_9fa48("689") ? word !== "cents" : stryMutAct_9fa48("688") ? false : (stryCov_9fa48("688", "689"), word === (stryMutAct_9fa48("690") ? "" : (stryCov_9fa48("690"), "cents")))))) current = stryMutAct_9fa48("691") ? (current || 1) / 100 : (stryCov_9fa48("691"), (stryMutAct_9fa48("694") ? current && 1 : stryMutAct_9fa48("693") ? false : stryMutAct_9fa48("692") ? true : (stryCov_9fa48("692", "693", "694"), current || 1)) * 100);else if (stryMutAct_9fa48("697") ? word !== "mille" : stryMutAct_9fa48("696") ? false : stryMutAct_9fa48("695") ? true : (stryCov_9fa48("695", "696", "697"), word === (stryMutAct_9fa48("698") ? "" : (stryCov_9fa48("698"), "mille")))) {
          if (stryMutAct_9fa48("699")) {
            {}
          } else {
            stryCov_9fa48("699");
            stryMutAct_9fa48("700") ? total -= (current || 1) * 1000 : (stryCov_9fa48("700"), total += stryMutAct_9fa48("701") ? (current || 1) / 1000 : (stryCov_9fa48("701"), (stryMutAct_9fa48("704") ? current && 1 : stryMutAct_9fa48("703") ? false : stryMutAct_9fa48("702") ? true : (stryCov_9fa48("702", "703", "704"), current || 1)) * 1000));
            current = 0;
          }
        } else if (stryMutAct_9fa48("707") ? word === "vingt" || word === "vingts" || previous === "quatre" : stryMutAct_9fa48("706") ? false : stryMutAct_9fa48("705") ? true : (stryCov_9fa48("705", "706", "707"), (stryMutAct_9fa48("709") ? word === "vingt" && word === "vingts" : stryMutAct_9fa48("708") ? true : (stryCov_9fa48("708", "709"), (stryMutAct_9fa48("711") ? word !== "vingt" : stryMutAct_9fa48("710") ? false : (stryCov_9fa48("710", "711"), word === (stryMutAct_9fa48("712") ? "" : (stryCov_9fa48("712"), "vingt")))) || (stryMutAct_9fa48("714") ? word !== "vingts" : stryMutAct_9fa48("713") ? false : (stryCov_9fa48("713", "714"), word === (stryMutAct_9fa48("715") ? "" : (stryCov_9fa48("715"), "vingts")))))) && (stryMutAct_9fa48("717") ? previous !== "quatre" : stryMutAct_9fa48("716") ? true : (stryCov_9fa48("716", "717"), previous === (stryMutAct_9fa48("718") ? "" : (stryCov_9fa48("718"), "quatre")))))) stryMutAct_9fa48("719") ? current -= 76 : (stryCov_9fa48("719"), current += 76);else stryMutAct_9fa48("720") ? current -= UNITS[word] ?? 0 : (stryCov_9fa48("720"), current += stryMutAct_9fa48("721") ? UNITS[word] && 0 : (stryCov_9fa48("721"), UNITS[word] ?? 0));
        previous = word;
      }
    }
    return stryMutAct_9fa48("722") ? total - current : (stryCov_9fa48("722"), total + current);
  }
}

/** Whether the source, given as its figure keys, holds the figure in some spelling. */
export function isFigureIn(figure: Figure, sourceKeys: ReadonlySet<string>): boolean {
  if (stryMutAct_9fa48("723")) {
    {}
  } else {
    stryCov_9fa48("723");
    return stryMutAct_9fa48("724") ? figure.alternatives.every(keys => keys.every(key => sourceKeys.has(key))) : (stryCov_9fa48("724"), figure.alternatives.some(stryMutAct_9fa48("725") ? () => undefined : (stryCov_9fa48("725"), keys => stryMutAct_9fa48("726") ? keys.some(key => sourceKeys.has(key)) : (stryCov_9fa48("726"), keys.every(stryMutAct_9fa48("727") ? () => undefined : (stryCov_9fa48("727"), key => sourceKeys.has(key)))))));
  }
}