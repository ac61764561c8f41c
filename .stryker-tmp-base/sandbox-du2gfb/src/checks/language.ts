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
import { detectLanguage, languageName, languageNameInFrench } from "../core/language.js";
import type { Rule } from "./rule.js";

/** A paragraph in another language is reported when franc is at least this sure of it. */
const FOREIGN_PARAGRAPH_CONFIDENCE = 0.15;
export const language: Rule = stryMutAct_9fa48("1339") ? {} : (stryCov_9fa48("1339"), {
  id: stryMutAct_9fa48("1340") ? "" : (stryCov_9fa48("1340"), "language"),
  description: stryMutAct_9fa48("1341") ? "" : (stryCov_9fa48("1341"), "The body, and every paragraph of it, is in --lang."),
  check(article, {
    lang
  }) {
    if (stryMutAct_9fa48("1342")) {
      {}
    } else {
      stryCov_9fa48("1342");
      const verdict = detectLanguage(article.blocks.map(stryMutAct_9fa48("1343") ? () => undefined : (stryCov_9fa48("1343"), block => block.text)), lang);
      const expectedName = languageName(lang);
      if (stryMutAct_9fa48("1345") ? false : stryMutAct_9fa48("1344") ? true : (stryCov_9fa48("1344", "1345"), verdict.undecided)) return stryMutAct_9fa48("1346") ? ["Stryker was here"] : (stryCov_9fa48("1346"), []);
      if (stryMutAct_9fa48("1349") ? false : stryMutAct_9fa48("1348") ? true : stryMutAct_9fa48("1347") ? verdict.ok : (stryCov_9fa48("1347", "1348", "1349"), !verdict.ok)) {
        if (stryMutAct_9fa48("1350")) {
          {}
        } else {
          stryCov_9fa48("1350");
          return stryMutAct_9fa48("1351") ? [] : (stryCov_9fa48("1351"), [stryMutAct_9fa48("1352") ? {} : (stryCov_9fa48("1352"), {
            rule: stryMutAct_9fa48("1353") ? "" : (stryCov_9fa48("1353"), "language"),
            severity: stryMutAct_9fa48("1354") ? "" : (stryCov_9fa48("1354"), "error"),
            message: stryMutAct_9fa48("1355") ? `` : (stryCov_9fa48("1355"), `the body reads as ${languageName(verdict.detected)} (${Math.round(stryMutAct_9fa48("1356") ? verdict.detectedShare / 100 : (stryCov_9fa48("1356"), verdict.detectedShare * 100))} % of judged words), not ${expectedName}: write it in ${expectedName}`),
            actual: verdict.detected,
            expected: lang,
            repair: stryMutAct_9fa48("1357") ? `` : (stryCov_9fa48("1357"), `L'article n'est pas rédigé en ${languageNameInFrench(lang)} (langue détectée : ${languageNameInFrench(verdict.detected)}). Réécris-le entièrement en ${languageNameInFrench(lang)}.`)
          })]);
        }
      }
      const findings: Finding[] = stryMutAct_9fa48("1358") ? ["Stryker was here"] : (stryCov_9fa48("1358"), []);
      // When every block was too short, detectLanguage judged them as one: no per-block verdicts.
      if (stryMutAct_9fa48("1361") ? verdict.paragraphs.length === article.blocks.length : stryMutAct_9fa48("1360") ? false : stryMutAct_9fa48("1359") ? true : (stryCov_9fa48("1359", "1360", "1361"), verdict.paragraphs.length !== article.blocks.length)) return findings;
      verdict.paragraphs.forEach((paragraph, index) => {
        if (stryMutAct_9fa48("1362")) {
          {}
        } else {
          stryCov_9fa48("1362");
          if (stryMutAct_9fa48("1365") ? paragraph.lang === "und" && paragraph.lang === lang : stryMutAct_9fa48("1364") ? false : stryMutAct_9fa48("1363") ? true : (stryCov_9fa48("1363", "1364", "1365"), (stryMutAct_9fa48("1367") ? paragraph.lang !== "und" : stryMutAct_9fa48("1366") ? false : (stryCov_9fa48("1366", "1367"), paragraph.lang === (stryMutAct_9fa48("1368") ? "" : (stryCov_9fa48("1368"), "und")))) || (stryMutAct_9fa48("1370") ? paragraph.lang !== lang : stryMutAct_9fa48("1369") ? false : (stryCov_9fa48("1369", "1370"), paragraph.lang === lang)))) return;
          // Related languages score close (Spanish, Italian, French): their own function words decide.
          if (stryMutAct_9fa48("1373") ? paragraph.confidence < FOREIGN_PARAGRAPH_CONFIDENCE || !paragraph.backed : stryMutAct_9fa48("1372") ? false : stryMutAct_9fa48("1371") ? true : (stryCov_9fa48("1371", "1372", "1373"), (stryMutAct_9fa48("1376") ? paragraph.confidence >= FOREIGN_PARAGRAPH_CONFIDENCE : stryMutAct_9fa48("1375") ? paragraph.confidence <= FOREIGN_PARAGRAPH_CONFIDENCE : stryMutAct_9fa48("1374") ? true : (stryCov_9fa48("1374", "1375", "1376"), paragraph.confidence < FOREIGN_PARAGRAPH_CONFIDENCE)) && (stryMutAct_9fa48("1377") ? paragraph.backed : (stryCov_9fa48("1377"), !paragraph.backed)))) return;
          const block = article.blocks[index];
          const excerpt = (stryMutAct_9fa48("1381") ? paragraph.text.length <= 60 : stryMutAct_9fa48("1380") ? paragraph.text.length >= 60 : stryMutAct_9fa48("1379") ? false : stryMutAct_9fa48("1378") ? true : (stryCov_9fa48("1378", "1379", "1380", "1381"), paragraph.text.length > 60)) ? stryMutAct_9fa48("1382") ? `` : (stryCov_9fa48("1382"), `${stryMutAct_9fa48("1383") ? paragraph.text : (stryCov_9fa48("1383"), paragraph.text.slice(0, 57))}…`) : paragraph.text;
          const finding: Finding = stryMutAct_9fa48("1384") ? {} : (stryCov_9fa48("1384"), {
            rule: stryMutAct_9fa48("1385") ? "" : (stryCov_9fa48("1385"), "language"),
            severity: stryMutAct_9fa48("1386") ? "" : (stryCov_9fa48("1386"), "error"),
            message: stryMutAct_9fa48("1387") ? `` : (stryCov_9fa48("1387"), `a paragraph reads as ${languageName(paragraph.lang)}, not ${expectedName}: "${excerpt}"; translate it`),
            actual: paragraph.lang,
            expected: lang,
            repair: stryMutAct_9fa48("1388") ? `` : (stryCov_9fa48("1388"), `Le paragraphe « ${excerpt} » est en ${languageNameInFrench(paragraph.lang)} : traduis-le en ${languageNameInFrench(lang)}.`)
          });
          if (stryMutAct_9fa48("1390") ? false : stryMutAct_9fa48("1389") ? true : (stryCov_9fa48("1389", "1390"), block)) finding.line = block.line;
          findings.push(finding);
        }
      });
      return findings;
    }
  }
});