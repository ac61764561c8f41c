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
import type { Finding, Severity } from "../core/finding.js";
import { excerpt, formatPercent, lineInBlock } from "./locate.js";
import { extractQuotations } from "./quotations.js";
import type { Rule } from "./rule.js";

/** Length of the word sequences compared (DESIGN.md): 8 words, as plagiarism checkers use. */
export const NGRAM_LENGTH = 8;
/** Copied passages quoted in a finding. */
const PASSAGES_QUOTED = 2;
const WORD = stryMutAct_9fa48("1519") ? /[\p{L}\P{N}]+/gu : stryMutAct_9fa48("1518") ? /[\P{L}\p{N}]+/gu : stryMutAct_9fa48("1517") ? /[^\p{L}\p{N}]+/gu : stryMutAct_9fa48("1516") ? /[\p{L}\p{N}]/gu : (stryCov_9fa48("1516", "1517", "1518", "1519"), /[\p{L}\p{N}]+/gu);
interface Token {
  word: string;
  start: number;
  end: number;
}

/** Lowercase words with their offsets; punctuation and apostrophes only separate words. */
function tokensOf(text: string): Token[] {
  if (stryMutAct_9fa48("1520")) {
    {}
  } else {
    stryCov_9fa48("1520");
    const tokens: Token[] = stryMutAct_9fa48("1521") ? ["Stryker was here"] : (stryCov_9fa48("1521"), []);
    const lower = stryMutAct_9fa48("1522") ? text.toUpperCase() : (stryCov_9fa48("1522"), text.toLowerCase());
    WORD.lastIndex = 0;
    for (let match = WORD.exec(lower); stryMutAct_9fa48("1524") ? match === null : stryMutAct_9fa48("1523") ? false : (stryCov_9fa48("1523", "1524"), match !== null); match = WORD.exec(lower)) {
      if (stryMutAct_9fa48("1525")) {
        {}
      } else {
        stryCov_9fa48("1525");
        tokens.push(stryMutAct_9fa48("1526") ? {} : (stryCov_9fa48("1526"), {
          word: match[0],
          start: match.index,
          end: stryMutAct_9fa48("1527") ? match.index - match[0].length : (stryCov_9fa48("1527"), match.index + match[0].length)
        }));
      }
    }
    return tokens;
  }
}

/** A 32-bit hash of the 8 word ids from `at`; hits are confirmed word by word. */
function hashAt(ids: Int32Array | readonly number[], at: number): number {
  if (stryMutAct_9fa48("1528")) {
    {}
  } else {
    stryCov_9fa48("1528");
    let hash = 0x811c9dc5;
    for (let offset = 0; stryMutAct_9fa48("1531") ? offset >= NGRAM_LENGTH : stryMutAct_9fa48("1530") ? offset <= NGRAM_LENGTH : stryMutAct_9fa48("1529") ? false : (stryCov_9fa48("1529", "1530", "1531"), offset < NGRAM_LENGTH); stryMutAct_9fa48("1532") ? offset -= 1 : (stryCov_9fa48("1532"), offset += 1)) {
      if (stryMutAct_9fa48("1533")) {
        {}
      } else {
        stryCov_9fa48("1533");
        hash = Math.imul(hash ^ (stryMutAct_9fa48("1534") ? ids[at + offset] && 0 : (stryCov_9fa48("1534"), ids[stryMutAct_9fa48("1535") ? at - offset : (stryCov_9fa48("1535"), at + offset)] ?? 0)), 0x01000193);
      }
    }
    return hash >>> 0;
  }
}

/** The source's words as ids, and where each 8-gram starts, by hash. */
interface SourceNgrams {
  idOf: Map<string, number>;
  ids: Int32Array;
  startsByHash: Map<number, number[]>;
}
let lastSource: {
  text: string;
  ngrams: SourceNgrams;
} | undefined;

/** The source's 8-grams, remembered for the next call with the same source. */
function sourceNgramsOf(source: string): SourceNgrams {
  if (stryMutAct_9fa48("1536")) {
    {}
  } else {
    stryCov_9fa48("1536");
    if (stryMutAct_9fa48("1539") ? lastSource?.text !== source : stryMutAct_9fa48("1538") ? false : stryMutAct_9fa48("1537") ? true : (stryCov_9fa48("1537", "1538", "1539"), (stryMutAct_9fa48("1540") ? lastSource.text : (stryCov_9fa48("1540"), lastSource?.text)) === source)) return lastSource.ngrams;
    const idOf = new Map<string, number>();
    const tokens = tokensOf(source);
    const ids = new Int32Array(tokens.length);
    tokens.forEach((token, index) => {
      if (stryMutAct_9fa48("1541")) {
        {}
      } else {
        stryCov_9fa48("1541");
        let id = idOf.get(token.word);
        if (stryMutAct_9fa48("1544") ? id !== undefined : stryMutAct_9fa48("1543") ? false : stryMutAct_9fa48("1542") ? true : (stryCov_9fa48("1542", "1543", "1544"), id === undefined)) {
          if (stryMutAct_9fa48("1545")) {
            {}
          } else {
            stryCov_9fa48("1545");
            id = idOf.size;
            idOf.set(token.word, id);
          }
        }
        ids[index] = id;
      }
    });
    const startsByHash = new Map<number, number[]>();
    for (let at = 0; stryMutAct_9fa48("1548") ? at + NGRAM_LENGTH > ids.length : stryMutAct_9fa48("1547") ? at + NGRAM_LENGTH < ids.length : stryMutAct_9fa48("1546") ? false : (stryCov_9fa48("1546", "1547", "1548"), (stryMutAct_9fa48("1549") ? at - NGRAM_LENGTH : (stryCov_9fa48("1549"), at + NGRAM_LENGTH)) <= ids.length); stryMutAct_9fa48("1550") ? at -= 1 : (stryCov_9fa48("1550"), at += 1)) {
      if (stryMutAct_9fa48("1551")) {
        {}
      } else {
        stryCov_9fa48("1551");
        const hash = hashAt(ids, at);
        const starts = startsByHash.get(hash);
        if (stryMutAct_9fa48("1553") ? false : stryMutAct_9fa48("1552") ? true : (stryCov_9fa48("1552", "1553"), starts)) starts.push(at);else startsByHash.set(hash, stryMutAct_9fa48("1554") ? [] : (stryCov_9fa48("1554"), [at]));
      }
    }
    const ngrams = stryMutAct_9fa48("1555") ? {} : (stryCov_9fa48("1555"), {
      idOf,
      ids,
      startsByHash
    });
    lastSource = stryMutAct_9fa48("1556") ? {} : (stryCov_9fa48("1556"), {
      text: source,
      ngrams
    });
    return ngrams;
  }
}

/** Whether the article's 8-gram at `at` (word ids, all known to the source) is in the source. */
function isCopied(ids: readonly number[], at: number, source: SourceNgrams): boolean {
  if (stryMutAct_9fa48("1557")) {
    {}
  } else {
    stryCov_9fa48("1557");
    const starts = source.startsByHash.get(hashAt(ids, at));
    if (stryMutAct_9fa48("1560") ? false : stryMutAct_9fa48("1559") ? true : stryMutAct_9fa48("1558") ? starts : (stryCov_9fa48("1558", "1559", "1560"), !starts)) return stryMutAct_9fa48("1561") ? true : (stryCov_9fa48("1561"), false);
    return stryMutAct_9fa48("1562") ? starts.every(start => {
      for (let offset = 0; offset < NGRAM_LENGTH; offset += 1) {
        if (source.ids[start + offset] !== ids[at + offset]) return false;
      }
      return true;
    }) : (stryCov_9fa48("1562"), starts.some(start => {
      if (stryMutAct_9fa48("1563")) {
        {}
      } else {
        stryCov_9fa48("1563");
        for (let offset = 0; stryMutAct_9fa48("1566") ? offset >= NGRAM_LENGTH : stryMutAct_9fa48("1565") ? offset <= NGRAM_LENGTH : stryMutAct_9fa48("1564") ? false : (stryCov_9fa48("1564", "1565", "1566"), offset < NGRAM_LENGTH); stryMutAct_9fa48("1567") ? offset -= 1 : (stryCov_9fa48("1567"), offset += 1)) {
          if (stryMutAct_9fa48("1568")) {
            {}
          } else {
            stryCov_9fa48("1568");
            if (stryMutAct_9fa48("1571") ? source.ids[start + offset] === ids[at + offset] : stryMutAct_9fa48("1570") ? false : stryMutAct_9fa48("1569") ? true : (stryCov_9fa48("1569", "1570", "1571"), source.ids[stryMutAct_9fa48("1572") ? start - offset : (stryCov_9fa48("1572"), start + offset)] !== ids[stryMutAct_9fa48("1573") ? at - offset : (stryCov_9fa48("1573"), at + offset)])) return stryMutAct_9fa48("1574") ? true : (stryCov_9fa48("1574"), false);
          }
        }
        return stryMutAct_9fa48("1575") ? false : (stryCov_9fa48("1575"), true);
      }
    }));
  }
}

/** A stretch of prose between quotations: 8-grams never span a quotation. */
interface Segment {
  block: ArticleBlock;
  text: string;
  tokens: Token[];
}
function segmentsOf(article: ParsedArticle): Segment[] {
  if (stryMutAct_9fa48("1576")) {
    {}
  } else {
    stryCov_9fa48("1576");
    const segments: Segment[] = stryMutAct_9fa48("1577") ? ["Stryker was here"] : (stryCov_9fa48("1577"), []);
    for (const block of article.blocks) {
      if (stryMutAct_9fa48("1578")) {
        {}
      } else {
        stryCov_9fa48("1578");
        let from = 0;
        const add = (to: number) => {
          if (stryMutAct_9fa48("1579")) {
            {}
          } else {
            stryCov_9fa48("1579");
            const text = stryMutAct_9fa48("1580") ? block.text : (stryCov_9fa48("1580"), block.text.slice(from, to));
            const tokens = tokensOf(text);
            if (stryMutAct_9fa48("1584") ? tokens.length < NGRAM_LENGTH : stryMutAct_9fa48("1583") ? tokens.length > NGRAM_LENGTH : stryMutAct_9fa48("1582") ? false : stryMutAct_9fa48("1581") ? true : (stryCov_9fa48("1581", "1582", "1583", "1584"), tokens.length >= NGRAM_LENGTH)) segments.push(stryMutAct_9fa48("1585") ? {} : (stryCov_9fa48("1585"), {
              block,
              text,
              tokens
            }));
          }
        };
        for (const quotation of extractQuotations(block.text)) {
          if (stryMutAct_9fa48("1586")) {
            {}
          } else {
            stryCov_9fa48("1586");
            add(quotation.index);
            from = quotation.end;
          }
        }
        add(block.text.length);
      }
    }
    return segments;
  }
}
interface Passage {
  text: string;
  words: number;
  block: ArticleBlock;
}

/**
 * An SEO rewrite that copies its source is duplicate content for search engines and a
 * copyright risk for the publisher: the share of the article's 8-word sequences (lowercase,
 * punctuation aside, quotations excluded) that the source also holds. Error above
 * `context.originalityError` (default `0.4`), warning above `context.originalityWarning`
 * (default `0.2`); the finding quotes the longest copied passages.
 */
export const originality: Rule = stryMutAct_9fa48("1587") ? {} : (stryCov_9fa48("1587"), {
  id: stryMutAct_9fa48("1588") ? "" : (stryCov_9fa48("1588"), "originality"),
  description: stryMutAct_9fa48("1589") ? "" : (stryCov_9fa48("1589"), "The article does not copy long passages of its source (quotations aside)."),
  check(article, {
    source,
    originalityError,
    originalityWarning
  }) {
    if (stryMutAct_9fa48("1590")) {
      {}
    } else {
      stryCov_9fa48("1590");
      if (stryMutAct_9fa48("1593") ? source !== undefined : stryMutAct_9fa48("1592") ? false : stryMutAct_9fa48("1591") ? true : (stryCov_9fa48("1591", "1592", "1593"), source === undefined)) return stryMutAct_9fa48("1594") ? ["Stryker was here"] : (stryCov_9fa48("1594"), []);
      const sourceNgrams = sourceNgramsOf(source);
      let total = 0;
      let copied = 0;
      const passages: Passage[] = stryMutAct_9fa48("1595") ? ["Stryker was here"] : (stryCov_9fa48("1595"), []);
      for (const segment of segmentsOf(article)) {
        if (stryMutAct_9fa48("1596")) {
          {}
        } else {
          stryCov_9fa48("1596");
          const {
            tokens
          } = segment;
          // A word the source never uses makes every 8-gram around it original: skip them.
          const ids = tokens.map(stryMutAct_9fa48("1597") ? () => undefined : (stryCov_9fa48("1597"), token => stryMutAct_9fa48("1598") ? sourceNgrams.idOf.get(token.word) && -1 : (stryCov_9fa48("1598"), sourceNgrams.idOf.get(token.word) ?? (stryMutAct_9fa48("1599") ? +1 : (stryCov_9fa48("1599"), -1)))));
          let lastUnknown = stryMutAct_9fa48("1600") ? +1 : (stryCov_9fa48("1600"), -1);
          let runStart = stryMutAct_9fa48("1601") ? +1 : (stryCov_9fa48("1601"), -1);
          const closeRun = (lastGram: number) => {
            if (stryMutAct_9fa48("1602")) {
              {}
            } else {
              stryCov_9fa48("1602");
              const first = tokens[runStart];
              const last = tokens[stryMutAct_9fa48("1603") ? lastGram + NGRAM_LENGTH + 1 : (stryCov_9fa48("1603"), (stryMutAct_9fa48("1604") ? lastGram - NGRAM_LENGTH : (stryCov_9fa48("1604"), lastGram + NGRAM_LENGTH)) - 1)];
              if (stryMutAct_9fa48("1607") ? !first && !last : stryMutAct_9fa48("1606") ? false : stryMutAct_9fa48("1605") ? true : (stryCov_9fa48("1605", "1606", "1607"), (stryMutAct_9fa48("1608") ? first : (stryCov_9fa48("1608"), !first)) || (stryMutAct_9fa48("1609") ? last : (stryCov_9fa48("1609"), !last)))) return;
              const text = stryMutAct_9fa48("1610") ? segment.text : (stryCov_9fa48("1610"), segment.text.slice(first.start, last.end));
              passages.push(stryMutAct_9fa48("1611") ? {} : (stryCov_9fa48("1611"), {
                text,
                words: stryMutAct_9fa48("1612") ? lastGram + NGRAM_LENGTH + runStart : (stryCov_9fa48("1612"), (stryMutAct_9fa48("1613") ? lastGram - NGRAM_LENGTH : (stryCov_9fa48("1613"), lastGram + NGRAM_LENGTH)) - runStart),
                block: segment.block
              }));
            }
          };
          for (let at = 0; stryMutAct_9fa48("1616") ? at + NGRAM_LENGTH > tokens.length : stryMutAct_9fa48("1615") ? at + NGRAM_LENGTH < tokens.length : stryMutAct_9fa48("1614") ? false : (stryCov_9fa48("1614", "1615", "1616"), (stryMutAct_9fa48("1617") ? at - NGRAM_LENGTH : (stryCov_9fa48("1617"), at + NGRAM_LENGTH)) <= tokens.length); stryMutAct_9fa48("1618") ? at -= 1 : (stryCov_9fa48("1618"), at += 1)) {
            if (stryMutAct_9fa48("1619")) {
              {}
            } else {
              stryCov_9fa48("1619");
              stryMutAct_9fa48("1620") ? total -= 1 : (stryCov_9fa48("1620"), total += 1);
              for (let next = stryMutAct_9fa48("1621") ? Math.min(lastUnknown + 1, at) : (stryCov_9fa48("1621"), Math.max(stryMutAct_9fa48("1622") ? lastUnknown - 1 : (stryCov_9fa48("1622"), lastUnknown + 1), at)); stryMutAct_9fa48("1625") ? next >= at + NGRAM_LENGTH : stryMutAct_9fa48("1624") ? next <= at + NGRAM_LENGTH : stryMutAct_9fa48("1623") ? false : (stryCov_9fa48("1623", "1624", "1625"), next < (stryMutAct_9fa48("1626") ? at - NGRAM_LENGTH : (stryCov_9fa48("1626"), at + NGRAM_LENGTH))); stryMutAct_9fa48("1627") ? next -= 1 : (stryCov_9fa48("1627"), next += 1)) {
                if (stryMutAct_9fa48("1628")) {
                  {}
                } else {
                  stryCov_9fa48("1628");
                  if (stryMutAct_9fa48("1631") ? ids[next] !== -1 : stryMutAct_9fa48("1630") ? false : stryMutAct_9fa48("1629") ? true : (stryCov_9fa48("1629", "1630", "1631"), ids[next] === (stryMutAct_9fa48("1632") ? +1 : (stryCov_9fa48("1632"), -1)))) lastUnknown = next;
                }
              }
              if (stryMutAct_9fa48("1635") ? lastUnknown < at || isCopied(ids, at, sourceNgrams) : stryMutAct_9fa48("1634") ? false : stryMutAct_9fa48("1633") ? true : (stryCov_9fa48("1633", "1634", "1635"), (stryMutAct_9fa48("1638") ? lastUnknown >= at : stryMutAct_9fa48("1637") ? lastUnknown <= at : stryMutAct_9fa48("1636") ? true : (stryCov_9fa48("1636", "1637", "1638"), lastUnknown < at)) && isCopied(ids, at, sourceNgrams))) {
                if (stryMutAct_9fa48("1639")) {
                  {}
                } else {
                  stryCov_9fa48("1639");
                  stryMutAct_9fa48("1640") ? copied -= 1 : (stryCov_9fa48("1640"), copied += 1);
                  if (stryMutAct_9fa48("1643") ? runStart !== -1 : stryMutAct_9fa48("1642") ? false : stryMutAct_9fa48("1641") ? true : (stryCov_9fa48("1641", "1642", "1643"), runStart === (stryMutAct_9fa48("1644") ? +1 : (stryCov_9fa48("1644"), -1)))) runStart = at;
                }
              } else if (stryMutAct_9fa48("1647") ? runStart === -1 : stryMutAct_9fa48("1646") ? false : stryMutAct_9fa48("1645") ? true : (stryCov_9fa48("1645", "1646", "1647"), runStart !== (stryMutAct_9fa48("1648") ? +1 : (stryCov_9fa48("1648"), -1)))) {
                if (stryMutAct_9fa48("1649")) {
                  {}
                } else {
                  stryCov_9fa48("1649");
                  closeRun(stryMutAct_9fa48("1650") ? at + 1 : (stryCov_9fa48("1650"), at - 1));
                  runStart = stryMutAct_9fa48("1651") ? +1 : (stryCov_9fa48("1651"), -1);
                }
              }
            }
          }
          if (stryMutAct_9fa48("1654") ? runStart === -1 : stryMutAct_9fa48("1653") ? false : stryMutAct_9fa48("1652") ? true : (stryCov_9fa48("1652", "1653", "1654"), runStart !== (stryMutAct_9fa48("1655") ? +1 : (stryCov_9fa48("1655"), -1)))) closeRun(stryMutAct_9fa48("1656") ? tokens.length + NGRAM_LENGTH : (stryCov_9fa48("1656"), tokens.length - NGRAM_LENGTH));
        }
      }
      if (stryMutAct_9fa48("1659") ? total !== 0 : stryMutAct_9fa48("1658") ? false : stryMutAct_9fa48("1657") ? true : (stryCov_9fa48("1657", "1658", "1659"), total === 0)) return stryMutAct_9fa48("1660") ? ["Stryker was here"] : (stryCov_9fa48("1660"), []);
      const share = stryMutAct_9fa48("1661") ? copied * total : (stryCov_9fa48("1661"), copied / total);
      let severity: Severity;
      let limit: number;
      if (stryMutAct_9fa48("1665") ? share <= originalityError : stryMutAct_9fa48("1664") ? share >= originalityError : stryMutAct_9fa48("1663") ? false : stryMutAct_9fa48("1662") ? true : (stryCov_9fa48("1662", "1663", "1664", "1665"), share > originalityError)) {
        if (stryMutAct_9fa48("1666")) {
          {}
        } else {
          stryCov_9fa48("1666");
          severity = stryMutAct_9fa48("1667") ? "" : (stryCov_9fa48("1667"), "error");
          limit = originalityError;
        }
      } else if (stryMutAct_9fa48("1671") ? share <= originalityWarning : stryMutAct_9fa48("1670") ? share >= originalityWarning : stryMutAct_9fa48("1669") ? false : stryMutAct_9fa48("1668") ? true : (stryCov_9fa48("1668", "1669", "1670", "1671"), share > originalityWarning)) {
        if (stryMutAct_9fa48("1672")) {
          {}
        } else {
          stryCov_9fa48("1672");
          severity = stryMutAct_9fa48("1673") ? "" : (stryCov_9fa48("1673"), "warning");
          limit = originalityWarning;
        }
      } else {
        if (stryMutAct_9fa48("1674")) {
          {}
        } else {
          stryCov_9fa48("1674");
          return stryMutAct_9fa48("1675") ? ["Stryker was here"] : (stryCov_9fa48("1675"), []);
        }
      }
      const longest = stryMutAct_9fa48("1677") ? passages.slice(0, PASSAGES_QUOTED).map(passage => ({
        ...passage,
        line: lineInBlock(article, passage.block, passage.text.slice(0, 30))
      })) : stryMutAct_9fa48("1676") ? passages.sort((a, b) => b.words - a.words).map(passage => ({
        ...passage,
        line: lineInBlock(article, passage.block, passage.text.slice(0, 30))
      })) : (stryCov_9fa48("1676", "1677"), passages.sort(stryMutAct_9fa48("1678") ? () => undefined : (stryCov_9fa48("1678"), (a, b) => stryMutAct_9fa48("1679") ? b.words + a.words : (stryCov_9fa48("1679"), b.words - a.words))).slice(0, PASSAGES_QUOTED).map(stryMutAct_9fa48("1680") ? () => undefined : (stryCov_9fa48("1680"), passage => stryMutAct_9fa48("1681") ? {} : (stryCov_9fa48("1681"), {
        ...passage,
        line: lineInBlock(article, passage.block, stryMutAct_9fa48("1682") ? passage.text : (stryCov_9fa48("1682"), passage.text.slice(0, 30)))
      }))));
      const quoted = longest.map(stryMutAct_9fa48("1683") ? () => undefined : (stryCov_9fa48("1683"), passage => stryMutAct_9fa48("1684") ? `` : (stryCov_9fa48("1684"), `"${excerpt(passage.text, 90)}" (line ${passage.line})`)));
      const quotedFr = longest.map(stryMutAct_9fa48("1685") ? () => undefined : (stryCov_9fa48("1685"), passage => stryMutAct_9fa48("1686") ? `` : (stryCov_9fa48("1686"), `« ${excerpt(passage.text, 90)} »`)));
      const finding: Finding = stryMutAct_9fa48("1687") ? {} : (stryCov_9fa48("1687"), {
        rule: stryMutAct_9fa48("1688") ? "" : (stryCov_9fa48("1688"), "originality"),
        severity,
        message: stryMutAct_9fa48("1689") ? `` : (stryCov_9fa48("1689"), `${formatPercent(share, stryMutAct_9fa48("1690") ? "" : (stryCov_9fa48("1690"), "."))} of the article's ${NGRAM_LENGTH}-word sequences are copied from the source (${severity} above ${formatPercent(limit, stryMutAct_9fa48("1691") ? "" : (stryCov_9fa48("1691"), "."))}): reformulate ${quoted.join(stryMutAct_9fa48("1692") ? "" : (stryCov_9fa48("1692"), " and "))}`),
        actual: Number(share.toFixed(3)),
        expected: limit,
        repair: stryMutAct_9fa48("1693") ? `` : (stryCov_9fa48("1693"), `${formatPercent(share, stryMutAct_9fa48("1694") ? "" : (stryCov_9fa48("1694"), ","))} des suites de ${NGRAM_LENGTH} mots de l'article reprennent la source mot pour mot (au plus ${formatPercent(limit, stryMutAct_9fa48("1695") ? "" : (stryCov_9fa48("1695"), ","))}) : reformule avec tes propres mots les passages copiés, notamment ${quotedFr.join(stryMutAct_9fa48("1696") ? "" : (stryCov_9fa48("1696"), " et "))}, sans changer les faits.`)
      });
      const line = stryMutAct_9fa48("1697") ? longest[0].line : (stryCov_9fa48("1697"), longest[0]?.line);
      if (stryMutAct_9fa48("1700") ? line === undefined : stryMutAct_9fa48("1699") ? false : stryMutAct_9fa48("1698") ? true : (stryCov_9fa48("1698", "1699", "1700"), line !== undefined)) finding.line = line;
      return stryMutAct_9fa48("1701") ? [] : (stryCov_9fa48("1701"), [finding]);
    }
  }
});