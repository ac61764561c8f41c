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

/**
 * Where a finding points. Blocks know the line they start on; a finding about a few words
 * of a paragraph that spans several lines, or about a front-matter field, looks further in
 * the raw file. Only called when a rule has something to report, so it may be slow-ish.
 */
const RAW_LINES = new WeakMap<ParsedArticle, string[]>();
function rawLinesOf(article: ParsedArticle): string[] {
  if (stryMutAct_9fa48("1391")) {
    {}
  } else {
    stryCov_9fa48("1391");
    let lines = RAW_LINES.get(article);
    if (stryMutAct_9fa48("1394") ? false : stryMutAct_9fa48("1393") ? true : stryMutAct_9fa48("1392") ? lines : (stryCov_9fa48("1392", "1393", "1394"), !lines)) {
      if (stryMutAct_9fa48("1395")) {
        {}
      } else {
        stryCov_9fa48("1395");
        lines = article.raw.replace(stryMutAct_9fa48("1396") ? /\uFEFF/u : (stryCov_9fa48("1396"), /^\uFEFF/u), stryMutAct_9fa48("1397") ? "Stryker was here!" : (stryCov_9fa48("1397"), "")).split(stryMutAct_9fa48("1398") ? /\r\n/u : (stryCov_9fa48("1398"), /\r?\n/u));
        RAW_LINES.set(article, lines);
      }
    }
    return lines;
  }
}

/** 1-based line of `field:` in the front-matter; `1` (the opening `---`) when not found. */
export function frontMatterLine(article: ParsedArticle, field: string): number {
  if (stryMutAct_9fa48("1399")) {
    {}
  } else {
    stryCov_9fa48("1399");
    const lines = rawLinesOf(article);
    const pattern = new RegExp(stryMutAct_9fa48("1400") ? `` : (stryCov_9fa48("1400"), `^${field}\\s*:`), stryMutAct_9fa48("1401") ? "" : (stryCov_9fa48("1401"), "u"));
    for (let index = 1; stryMutAct_9fa48("1404") ? index >= Math.min(article.bodyLineOffset, lines.length) : stryMutAct_9fa48("1403") ? index <= Math.min(article.bodyLineOffset, lines.length) : stryMutAct_9fa48("1402") ? false : (stryCov_9fa48("1402", "1403", "1404"), index < (stryMutAct_9fa48("1405") ? Math.max(article.bodyLineOffset, lines.length) : (stryCov_9fa48("1405"), Math.min(article.bodyLineOffset, lines.length)))); stryMutAct_9fa48("1406") ? index -= 1 : (stryCov_9fa48("1406"), index += 1)) {
      if (stryMutAct_9fa48("1407")) {
        {}
      } else {
        stryCov_9fa48("1407");
        if (stryMutAct_9fa48("1409") ? false : stryMutAct_9fa48("1408") ? true : (stryCov_9fa48("1408", "1409"), pattern.test(stryMutAct_9fa48("1410") ? lines[index] && "" : (stryCov_9fa48("1410"), lines[index] ?? (stryMutAct_9fa48("1411") ? "Stryker was here!" : (stryCov_9fa48("1411"), "")))))) return stryMutAct_9fa48("1412") ? index - 1 : (stryCov_9fa48("1412"), index + 1);
      }
    }
    return 1;
  }
}

/**
 * 1-based line, within the block, of the first raw line that holds `needle` (white space
 * compared loosely); the block's first line when the Markdown hides it (emphasis, a cut).
 */
export function lineInBlock(article: ParsedArticle, block: ArticleBlock, needle: string): number {
  if (stryMutAct_9fa48("1413")) {
    {}
  } else {
    stryCov_9fa48("1413");
    return placeInBlock(article, block, needle).line;
  }
}

/** A 1-based line and column in the file. */
export interface Place {
  line: number;
  column: number;
}

/** {@link lineInBlock}, with the column where `needle` starts on that line (1 when hidden). */
export function placeInBlock(article: ParsedArticle, block: ArticleBlock, needle: string): Place {
  if (stryMutAct_9fa48("1414")) {
    {}
  } else {
    stryCov_9fa48("1414");
    const lines = rawLinesOf(article);
    const wanted = stryMutAct_9fa48("1415") ? needle.replace(/\s+/gu, " ") : (stryCov_9fa48("1415"), needle.replace(stryMutAct_9fa48("1417") ? /\S+/gu : stryMutAct_9fa48("1416") ? /\s/gu : (stryCov_9fa48("1416", "1417"), /\s+/gu), stryMutAct_9fa48("1418") ? "" : (stryCov_9fa48("1418"), " ")).trim());
    if (stryMutAct_9fa48("1421") ? wanted.length !== 0 : stryMutAct_9fa48("1420") ? false : stryMutAct_9fa48("1419") ? true : (stryCov_9fa48("1419", "1420", "1421"), wanted.length === 0)) return stryMutAct_9fa48("1422") ? {} : (stryCov_9fa48("1422"), {
      line: block.line,
      column: 1
    });
    // White space compared loosely: a non-breaking space in the file, a plain one in the text.
    const pattern = new RegExp(wanted.split(stryMutAct_9fa48("1423") ? "" : (stryCov_9fa48("1423"), " ")).map(stryMutAct_9fa48("1424") ? () => undefined : (stryCov_9fa48("1424"), word => word.replace(stryMutAct_9fa48("1425") ? /[^.*+?^${}()|[\]\\]/gu : (stryCov_9fa48("1425"), /[.*+?^${}()|[\]\\]/gu), stryMutAct_9fa48("1426") ? "" : (stryCov_9fa48("1426"), "\\$&")))).join(stryMutAct_9fa48("1427") ? "" : (stryCov_9fa48("1427"), "\\s+")), stryMutAct_9fa48("1428") ? "" : (stryCov_9fa48("1428"), "u"));
    for (let index = stryMutAct_9fa48("1429") ? block.line + 1 : (stryCov_9fa48("1429"), block.line - 1); stryMutAct_9fa48("1432") ? index >= lines.length : stryMutAct_9fa48("1431") ? index <= lines.length : stryMutAct_9fa48("1430") ? false : (stryCov_9fa48("1430", "1431", "1432"), index < lines.length); stryMutAct_9fa48("1433") ? index -= 1 : (stryCov_9fa48("1433"), index += 1)) {
      if (stryMutAct_9fa48("1434")) {
        {}
      } else {
        stryCov_9fa48("1434");
        const line = stryMutAct_9fa48("1435") ? lines[index] && "" : (stryCov_9fa48("1435"), lines[index] ?? (stryMutAct_9fa48("1436") ? "Stryker was here!" : (stryCov_9fa48("1436"), "")));
        if (stryMutAct_9fa48("1439") ? index > block.line - 1 || line.trim().length === 0 : stryMutAct_9fa48("1438") ? false : stryMutAct_9fa48("1437") ? true : (stryCov_9fa48("1437", "1438", "1439"), (stryMutAct_9fa48("1442") ? index <= block.line - 1 : stryMutAct_9fa48("1441") ? index >= block.line - 1 : stryMutAct_9fa48("1440") ? true : (stryCov_9fa48("1440", "1441", "1442"), index > (stryMutAct_9fa48("1443") ? block.line + 1 : (stryCov_9fa48("1443"), block.line - 1)))) && (stryMutAct_9fa48("1445") ? line.trim().length !== 0 : stryMutAct_9fa48("1444") ? true : (stryCov_9fa48("1444", "1445"), (stryMutAct_9fa48("1446") ? line.length : (stryCov_9fa48("1446"), line.trim().length)) === 0)))) break;
        const found = pattern.exec(line);
        if (stryMutAct_9fa48("1448") ? false : stryMutAct_9fa48("1447") ? true : (stryCov_9fa48("1447", "1448"), found)) return stryMutAct_9fa48("1449") ? {} : (stryCov_9fa48("1449"), {
          line: stryMutAct_9fa48("1450") ? index - 1 : (stryCov_9fa48("1450"), index + 1),
          column: stryMutAct_9fa48("1451") ? found.index - 1 : (stryCov_9fa48("1451"), found.index + 1)
        });
        if (stryMutAct_9fa48("1454") ? block.kind !== "heading" : stryMutAct_9fa48("1453") ? false : stryMutAct_9fa48("1452") ? true : (stryCov_9fa48("1452", "1453", "1454"), block.kind === (stryMutAct_9fa48("1455") ? "" : (stryCov_9fa48("1455"), "heading")))) break;
      }
    }
    return stryMutAct_9fa48("1456") ? {} : (stryCov_9fa48("1456"), {
      line: block.line,
      column: 1
    });
  }
}

/** `0.254` → `25.4 %`, `0.25` → `25 %`, with `,` for the French repair messages. */
export function formatPercent(share: number, decimalSeparator: string): string {
  if (stryMutAct_9fa48("1457")) {
    {}
  } else {
    stryCov_9fa48("1457");
    return stryMutAct_9fa48("1458") ? `` : (stryCov_9fa48("1458"), `${(stryMutAct_9fa48("1459") ? Math.round(share * 1000) * 10 : (stryCov_9fa48("1459"), Math.round(stryMutAct_9fa48("1460") ? share / 1000 : (stryCov_9fa48("1460"), share * 1000)) / 10)).toString().replace(stryMutAct_9fa48("1461") ? "" : (stryCov_9fa48("1461"), "."), decimalSeparator)} %`);
  }
}

/** Cut a text for a message: at most `max` characters, on a word boundary, with "…". */
export function excerpt(text: string, max = 80): string {
  if (stryMutAct_9fa48("1462")) {
    {}
  } else {
    stryCov_9fa48("1462");
    if (stryMutAct_9fa48("1466") ? text.length > max : stryMutAct_9fa48("1465") ? text.length < max : stryMutAct_9fa48("1464") ? false : stryMutAct_9fa48("1463") ? true : (stryCov_9fa48("1463", "1464", "1465", "1466"), text.length <= max)) return text;
    const cut = stryMutAct_9fa48("1467") ? text : (stryCov_9fa48("1467"), text.slice(0, stryMutAct_9fa48("1468") ? max + 1 : (stryCov_9fa48("1468"), max - 1)));
    const space = cut.lastIndexOf(stryMutAct_9fa48("1469") ? "" : (stryCov_9fa48("1469"), " "));
    return stryMutAct_9fa48("1470") ? `` : (stryCov_9fa48("1470"), `${stryMutAct_9fa48("1471") ? (space > max / 2 ? cut.slice(0, space) : cut).trimStart() : (stryCov_9fa48("1471"), ((stryMutAct_9fa48("1475") ? space <= max / 2 : stryMutAct_9fa48("1474") ? space >= max / 2 : stryMutAct_9fa48("1473") ? false : stryMutAct_9fa48("1472") ? true : (stryCov_9fa48("1472", "1473", "1474", "1475"), space > (stryMutAct_9fa48("1476") ? max * 2 : (stryCov_9fa48("1476"), max / 2)))) ? stryMutAct_9fa48("1477") ? cut : (stryCov_9fa48("1477"), cut.slice(0, space)) : cut).trimEnd())}…`);
  }
}

/** A piece of prose a rule reads: a body block, or a front-matter field shown to readers. */
export interface TextUnit {
  text: string;
  /** The body block, to find a line inside it. */
  block?: ArticleBlock;
  /** The front-matter field (`title`, `description`) the text comes from. */
  field?: string;
}

/** The title and description of the front-matter (when they are strings), then every block. */
export function proseUnitsOf(article: ParsedArticle): TextUnit[] {
  if (stryMutAct_9fa48("1478")) {
    {}
  } else {
    stryCov_9fa48("1478");
    const units: TextUnit[] = stryMutAct_9fa48("1479") ? ["Stryker was here"] : (stryCov_9fa48("1479"), []);
    for (const field of stryMutAct_9fa48("1480") ? [] : (stryCov_9fa48("1480"), [stryMutAct_9fa48("1481") ? "" : (stryCov_9fa48("1481"), "title"), stryMutAct_9fa48("1482") ? "" : (stryCov_9fa48("1482"), "description")])) {
      if (stryMutAct_9fa48("1483")) {
        {}
      } else {
        stryCov_9fa48("1483");
        const value = article.frontMatter[field];
        if (stryMutAct_9fa48("1486") ? typeof value === "string" || value.trim().length > 0 : stryMutAct_9fa48("1485") ? false : stryMutAct_9fa48("1484") ? true : (stryCov_9fa48("1484", "1485", "1486"), (stryMutAct_9fa48("1488") ? typeof value !== "string" : stryMutAct_9fa48("1487") ? true : (stryCov_9fa48("1487", "1488"), typeof value === (stryMutAct_9fa48("1489") ? "" : (stryCov_9fa48("1489"), "string")))) && (stryMutAct_9fa48("1492") ? value.trim().length <= 0 : stryMutAct_9fa48("1491") ? value.trim().length >= 0 : stryMutAct_9fa48("1490") ? true : (stryCov_9fa48("1490", "1491", "1492"), (stryMutAct_9fa48("1493") ? value.length : (stryCov_9fa48("1493"), value.trim().length)) > 0)))) {
          if (stryMutAct_9fa48("1494")) {
            {}
          } else {
            stryCov_9fa48("1494");
            units.push(stryMutAct_9fa48("1495") ? {} : (stryCov_9fa48("1495"), {
              text: stryMutAct_9fa48("1496") ? value.replace(/\s+/gu, " ") : (stryCov_9fa48("1496"), value.replace(stryMutAct_9fa48("1498") ? /\S+/gu : stryMutAct_9fa48("1497") ? /\s/gu : (stryCov_9fa48("1497", "1498"), /\s+/gu), stryMutAct_9fa48("1499") ? "" : (stryCov_9fa48("1499"), " ")).trim()),
              field
            }));
          }
        }
      }
    }
    for (const block of article.blocks) units.push(stryMutAct_9fa48("1500") ? {} : (stryCov_9fa48("1500"), {
      text: block.text,
      block
    }));
    return units;
  }
}

/** Where a passage of a unit is: inside its block, or on the front-matter field's line. */
export function placeInUnit(article: ParsedArticle, unit: TextUnit, needle: string): Place {
  if (stryMutAct_9fa48("1501")) {
    {}
  } else {
    stryCov_9fa48("1501");
    if (stryMutAct_9fa48("1503") ? false : stryMutAct_9fa48("1502") ? true : (stryCov_9fa48("1502", "1503"), unit.block)) return placeInBlock(article, unit.block, needle);
    const line = frontMatterLine(article, stryMutAct_9fa48("1504") ? unit.field && "" : (stryCov_9fa48("1504"), unit.field ?? (stryMutAct_9fa48("1505") ? "Stryker was here!" : (stryCov_9fa48("1505"), ""))));
    const column = (stryMutAct_9fa48("1506") ? rawLinesOf(article)[line - 1] && "" : (stryCov_9fa48("1506"), rawLinesOf(article)[stryMutAct_9fa48("1507") ? line + 1 : (stryCov_9fa48("1507"), line - 1)] ?? (stryMutAct_9fa48("1508") ? "Stryker was here!" : (stryCov_9fa48("1508"), "")))).indexOf(stryMutAct_9fa48("1509") ? needle : (stryCov_9fa48("1509"), needle.trim()));
    return stryMutAct_9fa48("1510") ? {} : (stryCov_9fa48("1510"), {
      line,
      column: (stryMutAct_9fa48("1513") ? column !== -1 : stryMutAct_9fa48("1512") ? false : stryMutAct_9fa48("1511") ? true : (stryCov_9fa48("1511", "1512", "1513"), column === (stryMutAct_9fa48("1514") ? +1 : (stryCov_9fa48("1514"), -1)))) ? 1 : stryMutAct_9fa48("1515") ? column - 1 : (stryCov_9fa48("1515"), column + 1)
    });
  }
}