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
import { hasKeyphrase, type Keyphrase, keyphraseOf, keyphraseWordsIn } from "./keyphrase-match.js";
import { frontMatterLine } from "./locate.js";
import type { Rule } from "./rule.js";

/** Yoast's band for the share of H2/H3 subheadings that hold the keyphrase: 30–75 %. */
export const SUBHEADING_KEYPHRASE_SHARE = {
  min: 0.3,
  max: 0.75
} as const;
function missing(keyphrase: Keyphrase, where: string, whereFr: string, line: number | undefined): Finding {
  if (stryMutAct_9fa48("1233")) {
    {}
  } else {
    stryCov_9fa48("1233");
    const finding: Finding = stryMutAct_9fa48("1234") ? {} : (stryCov_9fa48("1234"), {
      rule: stryMutAct_9fa48("1235") ? "" : (stryCov_9fa48("1235"), "keyphrase"),
      severity: stryMutAct_9fa48("1236") ? "" : (stryCov_9fa48("1236"), "warning"),
      message: stryMutAct_9fa48("1237") ? `` : (stryCov_9fa48("1237"), `the focus keyphrase "${keyphrase.text}" is missing from ${where}: put it there`),
      repair: stryMutAct_9fa48("1238") ? `` : (stryCov_9fa48("1238"), `L'expression clé « ${keyphrase.text} » manque dans ${whereFr} : ajoute-la.`)
    });
    if (stryMutAct_9fa48("1241") ? line === undefined : stryMutAct_9fa48("1240") ? false : stryMutAct_9fa48("1239") ? true : (stryCov_9fa48("1239", "1240", "1241"), line !== undefined)) finding.line = line;
    return finding;
  }
}

/**
 * The focus keyphrase (`--keyword`, else the first front-matter keyword) in the title, the
 * description and the first paragraph, each with every content word; and in 30–75 % of
 * the H2/H3 subheadings, each with more than half of its content words (Yoast's rules).
 */
export const keyphrase: Rule = stryMutAct_9fa48("1242") ? {} : (stryCov_9fa48("1242"), {
  id: stryMutAct_9fa48("1243") ? "" : (stryCov_9fa48("1243"), "keyphrase"),
  description: stryMutAct_9fa48("1244") ? "" : (stryCov_9fa48("1244"), "The focus keyphrase is in the title, the description, the introduction and some subheadings."),
  check(article, context) {
    if (stryMutAct_9fa48("1245")) {
      {}
    } else {
      stryCov_9fa48("1245");
      const phrase = keyphraseOf(article, context);
      if (stryMutAct_9fa48("1248") ? false : stryMutAct_9fa48("1247") ? true : stryMutAct_9fa48("1246") ? phrase : (stryCov_9fa48("1246", "1247", "1248"), !phrase)) return stryMutAct_9fa48("1249") ? ["Stryker was here"] : (stryCov_9fa48("1249"), []);
      const findings: Finding[] = stryMutAct_9fa48("1250") ? ["Stryker was here"] : (stryCov_9fa48("1250"), []);
      const {
        title,
        description
      } = article.frontMatter;
      if (stryMutAct_9fa48("1253") ? typeof title === "string" || !hasKeyphrase(title, phrase) : stryMutAct_9fa48("1252") ? false : stryMutAct_9fa48("1251") ? true : (stryCov_9fa48("1251", "1252", "1253"), (stryMutAct_9fa48("1255") ? typeof title !== "string" : stryMutAct_9fa48("1254") ? true : (stryCov_9fa48("1254", "1255"), typeof title === (stryMutAct_9fa48("1256") ? "" : (stryCov_9fa48("1256"), "string")))) && (stryMutAct_9fa48("1257") ? hasKeyphrase(title, phrase) : (stryCov_9fa48("1257"), !hasKeyphrase(title, phrase))))) {
        if (stryMutAct_9fa48("1258")) {
          {}
        } else {
          stryCov_9fa48("1258");
          findings.push(missing(phrase, stryMutAct_9fa48("1259") ? "" : (stryCov_9fa48("1259"), "the title"), stryMutAct_9fa48("1260") ? "" : (stryCov_9fa48("1260"), "le titre (champ title)"), frontMatterLine(article, stryMutAct_9fa48("1261") ? "" : (stryCov_9fa48("1261"), "title"))));
        }
      }
      if (stryMutAct_9fa48("1264") ? typeof description === "string" || !hasKeyphrase(description, phrase) : stryMutAct_9fa48("1263") ? false : stryMutAct_9fa48("1262") ? true : (stryCov_9fa48("1262", "1263", "1264"), (stryMutAct_9fa48("1266") ? typeof description !== "string" : stryMutAct_9fa48("1265") ? true : (stryCov_9fa48("1265", "1266"), typeof description === (stryMutAct_9fa48("1267") ? "" : (stryCov_9fa48("1267"), "string")))) && (stryMutAct_9fa48("1268") ? hasKeyphrase(description, phrase) : (stryCov_9fa48("1268"), !hasKeyphrase(description, phrase))))) {
        if (stryMutAct_9fa48("1269")) {
          {}
        } else {
          stryCov_9fa48("1269");
          findings.push(missing(phrase, stryMutAct_9fa48("1270") ? "" : (stryCov_9fa48("1270"), "the description"), stryMutAct_9fa48("1271") ? "" : (stryCov_9fa48("1271"), "la méta-description (champ description)"), frontMatterLine(article, stryMutAct_9fa48("1272") ? "" : (stryCov_9fa48("1272"), "description"))));
        }
      }
      const introduction = article.blocks.find(stryMutAct_9fa48("1273") ? () => undefined : (stryCov_9fa48("1273"), block => stryMutAct_9fa48("1276") ? block.kind !== "paragraph" : stryMutAct_9fa48("1275") ? false : stryMutAct_9fa48("1274") ? true : (stryCov_9fa48("1274", "1275", "1276"), block.kind === (stryMutAct_9fa48("1277") ? "" : (stryCov_9fa48("1277"), "paragraph")))));
      if (stryMutAct_9fa48("1280") ? introduction || !hasKeyphrase(introduction.text, phrase) : stryMutAct_9fa48("1279") ? false : stryMutAct_9fa48("1278") ? true : (stryCov_9fa48("1278", "1279", "1280"), introduction && (stryMutAct_9fa48("1281") ? hasKeyphrase(introduction.text, phrase) : (stryCov_9fa48("1281"), !hasKeyphrase(introduction.text, phrase))))) {
        if (stryMutAct_9fa48("1282")) {
          {}
        } else {
          stryCov_9fa48("1282");
          findings.push(missing(phrase, stryMutAct_9fa48("1283") ? "" : (stryCov_9fa48("1283"), "the first paragraph"), stryMutAct_9fa48("1284") ? "" : (stryCov_9fa48("1284"), "le premier paragraphe"), introduction.line));
        }
      }
      const subheadings = stryMutAct_9fa48("1285") ? article.headings : (stryCov_9fa48("1285"), article.headings.filter(stryMutAct_9fa48("1286") ? () => undefined : (stryCov_9fa48("1286"), heading => stryMutAct_9fa48("1289") ? heading.depth === 2 && heading.depth === 3 : stryMutAct_9fa48("1288") ? false : stryMutAct_9fa48("1287") ? true : (stryCov_9fa48("1287", "1288", "1289"), (stryMutAct_9fa48("1291") ? heading.depth !== 2 : stryMutAct_9fa48("1290") ? false : (stryCov_9fa48("1290", "1291"), heading.depth === 2)) || (stryMutAct_9fa48("1293") ? heading.depth !== 3 : stryMutAct_9fa48("1292") ? false : (stryCov_9fa48("1292", "1293"), heading.depth === 3))))));
      if (stryMutAct_9fa48("1297") ? subheadings.length <= 0 : stryMutAct_9fa48("1296") ? subheadings.length >= 0 : stryMutAct_9fa48("1295") ? false : stryMutAct_9fa48("1294") ? true : (stryCov_9fa48("1294", "1295", "1296", "1297"), subheadings.length > 0)) {
        if (stryMutAct_9fa48("1298")) {
          {}
        } else {
          stryCov_9fa48("1298");
          const needed = stryMutAct_9fa48("1299") ? Math.floor(phrase.stems.length / 2) - 1 : (stryCov_9fa48("1299"), Math.floor(stryMutAct_9fa48("1300") ? phrase.stems.length * 2 : (stryCov_9fa48("1300"), phrase.stems.length / 2)) + 1);
          const holding = stryMutAct_9fa48("1301") ? subheadings.length : (stryCov_9fa48("1301"), subheadings.filter(stryMutAct_9fa48("1302") ? () => undefined : (stryCov_9fa48("1302"), heading => stryMutAct_9fa48("1306") ? keyphraseWordsIn(heading.text, phrase) < needed : stryMutAct_9fa48("1305") ? keyphraseWordsIn(heading.text, phrase) > needed : stryMutAct_9fa48("1304") ? false : stryMutAct_9fa48("1303") ? true : (stryCov_9fa48("1303", "1304", "1305", "1306"), keyphraseWordsIn(heading.text, phrase) >= needed))).length);
          const share = stryMutAct_9fa48("1307") ? holding * subheadings.length : (stryCov_9fa48("1307"), holding / subheadings.length);
          const {
            min,
            max
          } = SUBHEADING_KEYPHRASE_SHARE;
          if (stryMutAct_9fa48("1310") ? share < min && share > max : stryMutAct_9fa48("1309") ? false : stryMutAct_9fa48("1308") ? true : (stryCov_9fa48("1308", "1309", "1310"), (stryMutAct_9fa48("1313") ? share >= min : stryMutAct_9fa48("1312") ? share <= min : stryMutAct_9fa48("1311") ? false : (stryCov_9fa48("1311", "1312", "1313"), share < min)) || (stryMutAct_9fa48("1316") ? share <= max : stryMutAct_9fa48("1315") ? share >= max : stryMutAct_9fa48("1314") ? false : (stryCov_9fa48("1314", "1315", "1316"), share > max)))) {
            if (stryMutAct_9fa48("1317")) {
              {}
            } else {
              stryCov_9fa48("1317");
              const percent = Math.round(stryMutAct_9fa48("1318") ? share / 100 : (stryCov_9fa48("1318"), share * 100));
              const tooFew = stryMutAct_9fa48("1322") ? share >= min : stryMutAct_9fa48("1321") ? share <= min : stryMutAct_9fa48("1320") ? false : stryMutAct_9fa48("1319") ? true : (stryCov_9fa48("1319", "1320", "1321", "1322"), share < min);
              const finding: Finding = stryMutAct_9fa48("1323") ? {} : (stryCov_9fa48("1323"), {
                rule: stryMutAct_9fa48("1324") ? "" : (stryCov_9fa48("1324"), "keyphrase"),
                severity: stryMutAct_9fa48("1325") ? "" : (stryCov_9fa48("1325"), "warning"),
                message: stryMutAct_9fa48("1326") ? `` : (stryCov_9fa48("1326"), `${holding} of ${subheadings.length} subheadings (${percent} %) hold the focus keyphrase "${phrase.text}"; ${stryMutAct_9fa48("1327") ? min / 100 : (stryCov_9fa48("1327"), min * 100)}–${stryMutAct_9fa48("1328") ? max / 100 : (stryCov_9fa48("1328"), max * 100)} % is best: ${tooFew ? stryMutAct_9fa48("1329") ? "" : (stryCov_9fa48("1329"), "put it in more of them") : stryMutAct_9fa48("1330") ? "" : (stryCov_9fa48("1330"), "use synonyms in some")}`),
                actual: Number(share.toFixed(3)),
                expected: stryMutAct_9fa48("1331") ? `` : (stryCov_9fa48("1331"), `${min}–${max}`),
                repair: tooFew ? stryMutAct_9fa48("1332") ? `` : (stryCov_9fa48("1332"), `L'expression clé « ${phrase.text} » n'apparaît que dans ${holding} intertitre(s) sur ${subheadings.length} : place-la dans environ un intertitre sur deux.`) : stryMutAct_9fa48("1333") ? `` : (stryCov_9fa48("1333"), `L'expression clé « ${phrase.text} » apparaît dans ${holding} intertitres sur ${subheadings.length} : remplace-la par un synonyme dans certains d'entre eux.`)
              });
              const line = stryMutAct_9fa48("1334") ? (tooFew ? subheadings[0] : subheadings.find(heading => hasKeyphrase(heading.text, phrase))).line : (stryCov_9fa48("1334"), (tooFew ? subheadings[0] : subheadings.find(stryMutAct_9fa48("1335") ? () => undefined : (stryCov_9fa48("1335"), heading => hasKeyphrase(heading.text, phrase))))?.line);
              if (stryMutAct_9fa48("1338") ? line === undefined : stryMutAct_9fa48("1337") ? false : stryMutAct_9fa48("1336") ? true : (stryCov_9fa48("1336", "1337", "1338"), line !== undefined)) finding.line = line;
              findings.push(finding);
            }
          }
        }
      }
      return findings;
    }
  }
});