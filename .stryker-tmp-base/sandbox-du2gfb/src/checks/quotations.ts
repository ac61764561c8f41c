/**
 * Quotations of a French text and the folding under which a quotation counts as "word for
 * word": quote marks, apostrophes, dashes and white space (non-breaking and thin spaces
 * included) may differ between article and source; letters, their case and accents may not.
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
export interface Quotation {
  /** The quoted words, without the quote marks. */
  text: string;
  /** Offset of the opening quote mark in the scanned text. */
  index: number;
  /** Offset just past the closing quote mark. */
  end: number;
}

/**
 * « … » (French), “ … ” (English curly), „ … “ (German), ‹ … › and "…" (straight, paired in
 * order). Nested quotes stay inside the outer quotation; an unclosed mark quotes nothing.
 */
const HAS_QUOTE_MARK = stryMutAct_9fa48("1808") ? /[^«“„‹"]/u : (stryCov_9fa48("1808"), /[«“„‹"]/u);
const QUOTATION = stryMutAct_9fa48("1819") ? /«([^«»]*)»|“([^“”]*)”|„([^„“”]*)[“”]|‹([^‹›]*)›|"(["]*)"/gu : stryMutAct_9fa48("1818") ? /«([^«»]*)»|“([^“”]*)”|„([^„“”]*)[“”]|‹([^‹›]*)›|"([^"])"/gu : stryMutAct_9fa48("1817") ? /«([^«»]*)»|“([^“”]*)”|„([^„“”]*)[“”]|‹([‹›]*)›|"([^"]*)"/gu : stryMutAct_9fa48("1816") ? /«([^«»]*)»|“([^“”]*)”|„([^„“”]*)[“”]|‹([^‹›])›|"([^"]*)"/gu : stryMutAct_9fa48("1815") ? /«([^«»]*)»|“([^“”]*)”|„([^„“”]*)[^“”]|‹([^‹›]*)›|"([^"]*)"/gu : stryMutAct_9fa48("1814") ? /«([^«»]*)»|“([^“”]*)”|„([„“”]*)[“”]|‹([^‹›]*)›|"([^"]*)"/gu : stryMutAct_9fa48("1813") ? /«([^«»]*)»|“([^“”]*)”|„([^„“”])[“”]|‹([^‹›]*)›|"([^"]*)"/gu : stryMutAct_9fa48("1812") ? /«([^«»]*)»|“([“”]*)”|„([^„“”]*)[“”]|‹([^‹›]*)›|"([^"]*)"/gu : stryMutAct_9fa48("1811") ? /«([^«»]*)»|“([^“”])”|„([^„“”]*)[“”]|‹([^‹›]*)›|"([^"]*)"/gu : stryMutAct_9fa48("1810") ? /«([«»]*)»|“([^“”]*)”|„([^„“”]*)[“”]|‹([^‹›]*)›|"([^"]*)"/gu : stryMutAct_9fa48("1809") ? /«([^«»])»|“([^“”]*)”|„([^„“”]*)[“”]|‹([^‹›]*)›|"([^"]*)"/gu : (stryCov_9fa48("1809", "1810", "1811", "1812", "1813", "1814", "1815", "1816", "1817", "1818", "1819"), /«([^«»]*)»|“([^“”]*)”|„([^„“”]*)[“”]|‹([^‹›]*)›|"([^"]*)"/gu);
export function extractQuotations(text: string): Quotation[] {
  if (stryMutAct_9fa48("1820")) {
    {}
  } else {
    stryCov_9fa48("1820");
    const quotations: Quotation[] = stryMutAct_9fa48("1821") ? ["Stryker was here"] : (stryCov_9fa48("1821"), []);
    if (stryMutAct_9fa48("1824") ? false : stryMutAct_9fa48("1823") ? true : stryMutAct_9fa48("1822") ? HAS_QUOTE_MARK.test(text) : (stryCov_9fa48("1822", "1823", "1824"), !HAS_QUOTE_MARK.test(text))) return quotations;
    QUOTATION.lastIndex = 0;
    for (let match = QUOTATION.exec(text); stryMutAct_9fa48("1826") ? match === null : stryMutAct_9fa48("1825") ? false : (stryCov_9fa48("1825", "1826"), match !== null); match = QUOTATION.exec(text)) {
      if (stryMutAct_9fa48("1827")) {
        {}
      } else {
        stryCov_9fa48("1827");
        const inner = stryMutAct_9fa48("1828") ? (match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5]) && "" : (stryCov_9fa48("1828"), (stryMutAct_9fa48("1829") ? (match[1] ?? match[2] ?? match[3] ?? match[4]) && match[5] : (stryCov_9fa48("1829"), (stryMutAct_9fa48("1830") ? (match[1] ?? match[2] ?? match[3]) && match[4] : (stryCov_9fa48("1830"), (stryMutAct_9fa48("1831") ? (match[1] ?? match[2]) && match[3] : (stryCov_9fa48("1831"), (stryMutAct_9fa48("1832") ? match[1] && match[2] : (stryCov_9fa48("1832"), match[1] ?? match[2])) ?? match[3])) ?? match[4])) ?? match[5])) ?? (stryMutAct_9fa48("1833") ? "Stryker was here!" : (stryCov_9fa48("1833"), "")));
        const trimmed = stryMutAct_9fa48("1834") ? inner : (stryCov_9fa48("1834"), inner.trim());
        if (stryMutAct_9fa48("1837") ? trimmed.length !== 0 : stryMutAct_9fa48("1836") ? false : stryMutAct_9fa48("1835") ? true : (stryCov_9fa48("1835", "1836", "1837"), trimmed.length === 0)) continue;
        quotations.push(stryMutAct_9fa48("1838") ? {} : (stryCov_9fa48("1838"), {
          text: trimmed,
          index: match.index,
          end: stryMutAct_9fa48("1839") ? match.index - match[0].length : (stryCov_9fa48("1839"), match.index + match[0].length)
        }));
      }
    }
    return quotations;
  }
}

/** Quote marks and apostrophes fold to one mark: ‘souveraineté’ may be quoted as “souveraineté”. */
const QUOTE_OR_APOSTROPHE = stryMutAct_9fa48("1840") ? /[^«»“”„‟"‹›'’‘‚ʼ`´]/gu : (stryCov_9fa48("1840"), /[«»“”„‟"‹›'’‘‚ʼ`´]/gu);
const DASH = stryMutAct_9fa48("1841") ? /[^\u2010-\u2015\u2212]/gu : (stryCov_9fa48("1841"), /[\u2010-\u2015\u2212]/gu);
const WHITE_SPACE = stryMutAct_9fa48("1843") ? /\S+/gu : stryMutAct_9fa48("1842") ? /\s/gu : (stryCov_9fa48("1842", "1843"), /\s+/gu);

/** Fold a text so that a quotation is found in its source whatever its typography. */
export function foldQuotation(text: string): string {
  if (stryMutAct_9fa48("1844")) {
    {}
  } else {
    stryCov_9fa48("1844");
    return text.replace(QUOTE_OR_APOSTROPHE, stryMutAct_9fa48("1845") ? "" : (stryCov_9fa48("1845"), "'")).replace(DASH, stryMutAct_9fa48("1846") ? "" : (stryCov_9fa48("1846"), "-")).replace(/\.\.\./gu, stryMutAct_9fa48("1847") ? "" : (stryCov_9fa48("1847"), "…")).replace(WHITE_SPACE, stryMutAct_9fa48("1848") ? "Stryker was here!" : (stryCov_9fa48("1848"), ""));
  }
}

/** Marks of an elision inside a quotation: each side must be in the source on its own. */
const ELISION = stryMutAct_9fa48("1856") ? /\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\S*\)/u : stryMutAct_9fa48("1855") ? /\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s\)/u : stryMutAct_9fa48("1854") ? /\[\s*(?:…|\.\.\.)\s*\]|\(\S*(?:…|\.\.\.)\s*\)/u : stryMutAct_9fa48("1853") ? /\[\s*(?:…|\.\.\.)\s*\]|\(\s(?:…|\.\.\.)\s*\)/u : stryMutAct_9fa48("1852") ? /\[\s*(?:…|\.\.\.)\S*\]|\(\s*(?:…|\.\.\.)\s*\)/u : stryMutAct_9fa48("1851") ? /\[\s*(?:…|\.\.\.)\s\]|\(\s*(?:…|\.\.\.)\s*\)/u : stryMutAct_9fa48("1850") ? /\[\S*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)/u : stryMutAct_9fa48("1849") ? /\[\s(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)/u : (stryCov_9fa48("1849", "1850", "1851", "1852", "1853", "1854", "1855", "1856"), /\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)/u);
/** Punctuation that may end or open a quotation differently in article and source. */
const EDGE_PUNCTUATION = stryMutAct_9fa48("1864") ? /^[\s.,;:!?…'-]+|[\S.,;:!?…'-]+$/gu : stryMutAct_9fa48("1863") ? /^[\s.,;:!?…'-]+|[^\s.,;:!?…'-]+$/gu : stryMutAct_9fa48("1862") ? /^[\s.,;:!?…'-]+|[\s.,;:!?…'-]$/gu : stryMutAct_9fa48("1861") ? /^[\s.,;:!?…'-]+|[\s.,;:!?…'-]+/gu : stryMutAct_9fa48("1860") ? /^[\S.,;:!?…'-]+|[\s.,;:!?…'-]+$/gu : stryMutAct_9fa48("1859") ? /^[^\s.,;:!?…'-]+|[\s.,;:!?…'-]+$/gu : stryMutAct_9fa48("1858") ? /^[\s.,;:!?…'-]|[\s.,;:!?…'-]+$/gu : stryMutAct_9fa48("1857") ? /[\s.,;:!?…'-]+|[\s.,;:!?…'-]+$/gu : (stryCov_9fa48("1857", "1858", "1859", "1860", "1861", "1862", "1863", "1864"), /^[\s.,;:!?…'-]+|[\s.,;:!?…'-]+$/gu);

/**
 * The folded pieces of a quotation that must each be found in the folded source, in order:
 * one piece, or several when the quotation elides words with `[…]`.
 */
export function quotationPieces(quotation: string): string[] {
  if (stryMutAct_9fa48("1865")) {
    {}
  } else {
    stryCov_9fa48("1865");
    return stryMutAct_9fa48("1866") ? quotation.split(ELISION).map(piece => foldQuotation(piece).replace(EDGE_PUNCTUATION, "")) : (stryCov_9fa48("1866"), quotation.split(ELISION).map(stryMutAct_9fa48("1867") ? () => undefined : (stryCov_9fa48("1867"), piece => foldQuotation(piece).replace(EDGE_PUNCTUATION, stryMutAct_9fa48("1868") ? "Stryker was here!" : (stryCov_9fa48("1868"), "")))).filter(stryMutAct_9fa48("1869") ? () => undefined : (stryCov_9fa48("1869"), piece => stryMutAct_9fa48("1873") ? piece.length <= 0 : stryMutAct_9fa48("1872") ? piece.length >= 0 : stryMutAct_9fa48("1871") ? false : stryMutAct_9fa48("1870") ? true : (stryCov_9fa48("1870", "1871", "1872", "1873"), piece.length > 0))));
  }
}

/** Whether every piece of the quotation is in the folded source, in order. */
export function isQuotationIn(quotation: string, foldedSource: string): boolean {
  if (stryMutAct_9fa48("1874")) {
    {}
  } else {
    stryCov_9fa48("1874");
    const pieces = quotationPieces(quotation);
    if (stryMutAct_9fa48("1877") ? pieces.length !== 0 : stryMutAct_9fa48("1876") ? false : stryMutAct_9fa48("1875") ? true : (stryCov_9fa48("1875", "1876", "1877"), pieces.length === 0)) return stryMutAct_9fa48("1878") ? false : (stryCov_9fa48("1878"), true);
    let from = 0;
    for (const piece of pieces) {
      if (stryMutAct_9fa48("1879")) {
        {}
      } else {
        stryCov_9fa48("1879");
        const at = foldedSource.indexOf(piece, from);
        if (stryMutAct_9fa48("1882") ? at !== -1 : stryMutAct_9fa48("1881") ? false : stryMutAct_9fa48("1880") ? true : (stryCov_9fa48("1880", "1881", "1882"), at === (stryMutAct_9fa48("1883") ? +1 : (stryCov_9fa48("1883"), -1)))) return stryMutAct_9fa48("1884") ? true : (stryCov_9fa48("1884"), false);
        from = stryMutAct_9fa48("1885") ? at - piece.length : (stryCov_9fa48("1885"), at + piece.length);
      }
    }
    return stryMutAct_9fa48("1886") ? false : (stryCov_9fa48("1886"), true);
  }
}