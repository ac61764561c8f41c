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
import type { ArticleBlock, ParsedArticle } from "../core/article.js";
import { countSyllables } from "./french-text.js";

/** A sentence of running prose, with what the readability rules ask of it. */
export interface SentenceStats {
  text: string;
  block: ArticleBlock;
  words: number;
  syllables: number;
  /** Its first word, lowercase and without punctuation ("" when it opens with a figure). */
  firstWord: string;
  /** Its second word, same shape; for openings such as "Le gouvernement" / "Le ministre". */
  secondWord: string;
}
export interface ProseStats {
  sentences: SentenceStats[];
  words: number;
  syllables: number;
}

/** Running prose: headings are labels and table cells are data, neither is read as sentences. */
const PROSE_KINDS: ReadonlySet<ArticleBlock["kind"]> = new Set(stryMutAct_9fa48("1717") ? [] : (stryCov_9fa48("1717"), [stryMutAct_9fa48("1718") ? "" : (stryCov_9fa48("1718"), "paragraph"), stryMutAct_9fa48("1719") ? "" : (stryCov_9fa48("1719"), "quote"), stryMutAct_9fa48("1720") ? "" : (stryCov_9fa48("1720"), "list-item")]));
const WORD_CHARACTER = stryMutAct_9fa48("1723") ? /[\p{L}\P{N}]/u : stryMutAct_9fa48("1722") ? /[\P{L}\p{N}]/u : stryMutAct_9fa48("1721") ? /[^\p{L}\p{N}]/u : (stryCov_9fa48("1721", "1722", "1723"), /[\p{L}\p{N}]/u);

/** As `countWords` decides a word (a letter or a digit), with a char-code fast path for Latin text. */
function isWord(token: string): boolean {
  if (stryMutAct_9fa48("1724")) {
    {}
  } else {
    stryCov_9fa48("1724");
    for (let index = 0; stryMutAct_9fa48("1727") ? index >= token.length : stryMutAct_9fa48("1726") ? index <= token.length : stryMutAct_9fa48("1725") ? false : (stryCov_9fa48("1725", "1726", "1727"), index < token.length); stryMutAct_9fa48("1728") ? index -= 1 : (stryCov_9fa48("1728"), index += 1)) {
      if (stryMutAct_9fa48("1729")) {
        {}
      } else {
        stryCov_9fa48("1729");
        const code = token.charCodeAt(index);
        if (stryMutAct_9fa48("1732") ? (code >= 97 && code <= 122 || code >= 48 && code <= 57) && code >= 0xe0 && code <= 0xff : stryMutAct_9fa48("1731") ? false : stryMutAct_9fa48("1730") ? true : (stryCov_9fa48("1730", "1731", "1732"), (stryMutAct_9fa48("1734") ? code >= 97 && code <= 122 && code >= 48 && code <= 57 : stryMutAct_9fa48("1733") ? false : (stryCov_9fa48("1733", "1734"), (stryMutAct_9fa48("1736") ? code >= 97 || code <= 122 : stryMutAct_9fa48("1735") ? false : (stryCov_9fa48("1735", "1736"), (stryMutAct_9fa48("1739") ? code < 97 : stryMutAct_9fa48("1738") ? code > 97 : stryMutAct_9fa48("1737") ? true : (stryCov_9fa48("1737", "1738", "1739"), code >= 97)) && (stryMutAct_9fa48("1742") ? code > 122 : stryMutAct_9fa48("1741") ? code < 122 : stryMutAct_9fa48("1740") ? true : (stryCov_9fa48("1740", "1741", "1742"), code <= 122)))) || (stryMutAct_9fa48("1744") ? code >= 48 || code <= 57 : stryMutAct_9fa48("1743") ? false : (stryCov_9fa48("1743", "1744"), (stryMutAct_9fa48("1747") ? code < 48 : stryMutAct_9fa48("1746") ? code > 48 : stryMutAct_9fa48("1745") ? true : (stryCov_9fa48("1745", "1746", "1747"), code >= 48)) && (stryMutAct_9fa48("1750") ? code > 57 : stryMutAct_9fa48("1749") ? code < 57 : stryMutAct_9fa48("1748") ? true : (stryCov_9fa48("1748", "1749", "1750"), code <= 57)))))) || (stryMutAct_9fa48("1752") ? code >= 0xe0 || code <= 0xff : stryMutAct_9fa48("1751") ? false : (stryCov_9fa48("1751", "1752"), (stryMutAct_9fa48("1755") ? code < 0xe0 : stryMutAct_9fa48("1754") ? code > 0xe0 : stryMutAct_9fa48("1753") ? true : (stryCov_9fa48("1753", "1754", "1755"), code >= 0xe0)) && (stryMutAct_9fa48("1758") ? code > 0xff : stryMutAct_9fa48("1757") ? code < 0xff : stryMutAct_9fa48("1756") ? true : (stryCov_9fa48("1756", "1757", "1758"), code <= 0xff)))))) {
          if (stryMutAct_9fa48("1759")) {
            {}
          } else {
            stryCov_9fa48("1759");
            return stryMutAct_9fa48("1760") ? false : (stryCov_9fa48("1760"), true);
          }
        }
      }
    }
    return WORD_CHARACTER.test(token);
  }
}
const EDGE = stryMutAct_9fa48("1770") ? /^[^\p{L}\p{N}]+|[^\p{L}\P{N}]+$/gu : stryMutAct_9fa48("1769") ? /^[^\p{L}\p{N}]+|[^\P{L}\p{N}]+$/gu : stryMutAct_9fa48("1768") ? /^[^\p{L}\p{N}]+|[\p{L}\p{N}]+$/gu : stryMutAct_9fa48("1767") ? /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]$/gu : stryMutAct_9fa48("1766") ? /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu : stryMutAct_9fa48("1765") ? /^[^\p{L}\P{N}]+|[^\p{L}\p{N}]+$/gu : stryMutAct_9fa48("1764") ? /^[^\P{L}\p{N}]+|[^\p{L}\p{N}]+$/gu : stryMutAct_9fa48("1763") ? /^[\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu : stryMutAct_9fa48("1762") ? /^[^\p{L}\p{N}]|[^\p{L}\p{N}]+$/gu : stryMutAct_9fa48("1761") ? /[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu : (stryCov_9fa48("1761", "1762", "1763", "1764", "1765", "1766", "1767", "1768", "1769", "1770"), /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu);
function bareWord(token: string | undefined): string {
  if (stryMutAct_9fa48("1771")) {
    {}
  } else {
    stryCov_9fa48("1771");
    return (stryMutAct_9fa48("1774") ? token !== undefined : stryMutAct_9fa48("1773") ? false : stryMutAct_9fa48("1772") ? true : (stryCov_9fa48("1772", "1773", "1774"), token === undefined)) ? stryMutAct_9fa48("1775") ? "Stryker was here!" : (stryCov_9fa48("1775"), "") : stryMutAct_9fa48("1776") ? token.toUpperCase().replace(EDGE, "") : (stryCov_9fa48("1776"), token.toLowerCase().replace(EDGE, stryMutAct_9fa48("1777") ? "Stryker was here!" : (stryCov_9fa48("1777"), "")));
  }
}

// Several rules read the same statistics: compute them once per parsed article.
const CACHE = new WeakMap<ParsedArticle, ProseStats>();

/**
 * Sentences, words and syllables of the article's running prose, computed once and shared
 * by the sentence-length, reading-ease and sentence-openings rules. Words are counted as
 * `countWords` does (tokens between white space that hold a letter or a digit).
 */
export function proseStatsOf(article: ParsedArticle): ProseStats {
  if (stryMutAct_9fa48("1778")) {
    {}
  } else {
    stryCov_9fa48("1778");
    const cached = CACHE.get(article);
    if (stryMutAct_9fa48("1780") ? false : stryMutAct_9fa48("1779") ? true : (stryCov_9fa48("1779", "1780"), cached)) return cached;
    const sentences: SentenceStats[] = stryMutAct_9fa48("1781") ? ["Stryker was here"] : (stryCov_9fa48("1781"), []);
    let words = 0;
    let syllables = 0;
    for (const block of article.blocks) {
      if (stryMutAct_9fa48("1782")) {
        {}
      } else {
        stryCov_9fa48("1782");
        if (stryMutAct_9fa48("1785") ? false : stryMutAct_9fa48("1784") ? true : stryMutAct_9fa48("1783") ? PROSE_KINDS.has(block.kind) : (stryCov_9fa48("1783", "1784", "1785"), !PROSE_KINDS.has(block.kind))) continue;
        for (const text of block.sentences) {
          if (stryMutAct_9fa48("1786")) {
            {}
          } else {
            stryCov_9fa48("1786");
            const tokens = stryMutAct_9fa48("1787") ? text.toUpperCase().split(/\s+/u) : (stryCov_9fa48("1787"), text.toLowerCase().split(stryMutAct_9fa48("1789") ? /\S+/u : stryMutAct_9fa48("1788") ? /\s/u : (stryCov_9fa48("1788", "1789"), /\s+/u)));
            let sentenceWords = 0;
            let sentenceSyllables = 0;
            const wordTokens: string[] = stryMutAct_9fa48("1790") ? ["Stryker was here"] : (stryCov_9fa48("1790"), []);
            for (const token of tokens) {
              if (stryMutAct_9fa48("1791")) {
                {}
              } else {
                stryCov_9fa48("1791");
                if (stryMutAct_9fa48("1794") ? false : stryMutAct_9fa48("1793") ? true : stryMutAct_9fa48("1792") ? isWord(token) : (stryCov_9fa48("1792", "1793", "1794"), !isWord(token))) continue;
                stryMutAct_9fa48("1795") ? sentenceWords -= 1 : (stryCov_9fa48("1795"), sentenceWords += 1);
                stryMutAct_9fa48("1796") ? sentenceSyllables -= countSyllables(token) : (stryCov_9fa48("1796"), sentenceSyllables += countSyllables(token));
                if (stryMutAct_9fa48("1800") ? wordTokens.length >= 2 : stryMutAct_9fa48("1799") ? wordTokens.length <= 2 : stryMutAct_9fa48("1798") ? false : stryMutAct_9fa48("1797") ? true : (stryCov_9fa48("1797", "1798", "1799", "1800"), wordTokens.length < 2)) wordTokens.push(token);
              }
            }
            if (stryMutAct_9fa48("1803") ? sentenceWords !== 0 : stryMutAct_9fa48("1802") ? false : stryMutAct_9fa48("1801") ? true : (stryCov_9fa48("1801", "1802", "1803"), sentenceWords === 0)) continue;
            sentences.push(stryMutAct_9fa48("1804") ? {} : (stryCov_9fa48("1804"), {
              text,
              block,
              words: sentenceWords,
              syllables: sentenceSyllables,
              firstWord: bareWord(wordTokens[0]),
              secondWord: bareWord(wordTokens[1])
            }));
            stryMutAct_9fa48("1805") ? words -= sentenceWords : (stryCov_9fa48("1805"), words += sentenceWords);
            stryMutAct_9fa48("1806") ? syllables -= sentenceSyllables : (stryCov_9fa48("1806"), syllables += sentenceSyllables);
          }
        }
      }
    }
    const stats = stryMutAct_9fa48("1807") ? {} : (stryCov_9fa48("1807"), {
      sentences,
      words,
      syllables
    });
    CACHE.set(article, stats);
    return stats;
  }
}