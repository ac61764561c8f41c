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
import { z } from "zod";
import type { Finding } from "../core/finding.js";
import { SLUG_PATTERN } from "../core/slug.js";
import { frontMatterLine } from "./locate.js";
import type { CheckContext, Rule } from "./rule.js";

/** Longest title: Google cuts titles near 600 px, about 65 characters (DESIGN.md). */
export const MAX_TITLE_LENGTH = 65;
/** Meta description band: Yoast's green band is 120–156 characters. */
export const DESCRIPTION_LENGTH = {
  min: 120,
  max: 156
} as const;
export const KEYWORD_COUNT = {
  min: 3,
  max: 10
} as const;

// Building a zod schema costs more than using it: build one per language, once.
const SCHEMAS = new Map<string, ReturnType<typeof buildSchema>>();
function frontMatterSchema(lang: string) {
  if (stryMutAct_9fa48("982")) {
    {}
  } else {
    stryCov_9fa48("982");
    let schema = SCHEMAS.get(lang);
    if (stryMutAct_9fa48("985") ? false : stryMutAct_9fa48("984") ? true : stryMutAct_9fa48("983") ? schema : (stryCov_9fa48("983", "984", "985"), !schema)) {
      if (stryMutAct_9fa48("986")) {
        {}
      } else {
        stryCov_9fa48("986");
        schema = buildSchema(lang);
        SCHEMAS.set(lang, schema);
      }
    }
    return schema;
  }
}
function buildSchema(lang: string) {
  if (stryMutAct_9fa48("987")) {
    {}
  } else {
    stryCov_9fa48("987");
    return z.object(stryMutAct_9fa48("988") ? {} : (stryCov_9fa48("988"), {
      title: stryMutAct_9fa48("991") ? z.string({
        error: "missing: give the article a title"
      }).min(1, "is empty").max(MAX_TITLE_LENGTH, `is longer than ${MAX_TITLE_LENGTH} characters: shorten it`) : stryMutAct_9fa48("990") ? z.string({
        error: "missing: give the article a title"
      }).trim().max(1, "is empty").max(MAX_TITLE_LENGTH, `is longer than ${MAX_TITLE_LENGTH} characters: shorten it`) : stryMutAct_9fa48("989") ? z.string({
        error: "missing: give the article a title"
      }).trim().min(1, "is empty").min(MAX_TITLE_LENGTH, `is longer than ${MAX_TITLE_LENGTH} characters: shorten it`) : (stryCov_9fa48("989", "990", "991"), z.string(stryMutAct_9fa48("992") ? {} : (stryCov_9fa48("992"), {
        error: stryMutAct_9fa48("993") ? "" : (stryCov_9fa48("993"), "missing: give the article a title")
      })).trim().min(1, stryMutAct_9fa48("994") ? "" : (stryCov_9fa48("994"), "is empty")).max(MAX_TITLE_LENGTH, stryMutAct_9fa48("995") ? `` : (stryCov_9fa48("995"), `is longer than ${MAX_TITLE_LENGTH} characters: shorten it`))),
      description: stryMutAct_9fa48("998") ? z.string({
        error: "missing: write a meta description"
      }).min(DESCRIPTION_LENGTH.min, `is shorter than ${DESCRIPTION_LENGTH.min} characters: develop it`).max(DESCRIPTION_LENGTH.max, `is longer than ${DESCRIPTION_LENGTH.max} characters: shorten it`) : stryMutAct_9fa48("997") ? z.string({
        error: "missing: write a meta description"
      }).trim().max(DESCRIPTION_LENGTH.min, `is shorter than ${DESCRIPTION_LENGTH.min} characters: develop it`).max(DESCRIPTION_LENGTH.max, `is longer than ${DESCRIPTION_LENGTH.max} characters: shorten it`) : stryMutAct_9fa48("996") ? z.string({
        error: "missing: write a meta description"
      }).trim().min(DESCRIPTION_LENGTH.min, `is shorter than ${DESCRIPTION_LENGTH.min} characters: develop it`).min(DESCRIPTION_LENGTH.max, `is longer than ${DESCRIPTION_LENGTH.max} characters: shorten it`) : (stryCov_9fa48("996", "997", "998"), z.string(stryMutAct_9fa48("999") ? {} : (stryCov_9fa48("999"), {
        error: stryMutAct_9fa48("1000") ? "" : (stryCov_9fa48("1000"), "missing: write a meta description")
      })).trim().min(DESCRIPTION_LENGTH.min, stryMutAct_9fa48("1001") ? `` : (stryCov_9fa48("1001"), `is shorter than ${DESCRIPTION_LENGTH.min} characters: develop it`)).max(DESCRIPTION_LENGTH.max, stryMutAct_9fa48("1002") ? `` : (stryCov_9fa48("1002"), `is longer than ${DESCRIPTION_LENGTH.max} characters: shorten it`))),
      slug: z.string(stryMutAct_9fa48("1003") ? {} : (stryCov_9fa48("1003"), {
        error: stryMutAct_9fa48("1004") ? "" : (stryCov_9fa48("1004"), "missing")
      })).regex(SLUG_PATTERN, stryMutAct_9fa48("1005") ? "" : (stryCov_9fa48("1005"), "must be lowercase ASCII words joined by '-'")),
      keywords: stryMutAct_9fa48("1007") ? z.array(z.string().trim().min(1, "holds an empty keyword"), {
        error: issue => issue.input === undefined || issue.input === null ? "missing: list 3 to 10 keywords" : `must be a YAML list ("- keyword" lines, or [a, b, c]), not a ${typeof issue.input}`
      }).max(KEYWORD_COUNT.min, `needs at least ${KEYWORD_COUNT.min} keywords`).max(KEYWORD_COUNT.max, `allows at most ${KEYWORD_COUNT.max} keywords`) : stryMutAct_9fa48("1006") ? z.array(z.string().trim().min(1, "holds an empty keyword"), {
        error: issue => issue.input === undefined || issue.input === null ? "missing: list 3 to 10 keywords" : `must be a YAML list ("- keyword" lines, or [a, b, c]), not a ${typeof issue.input}`
      }).min(KEYWORD_COUNT.min, `needs at least ${KEYWORD_COUNT.min} keywords`).min(KEYWORD_COUNT.max, `allows at most ${KEYWORD_COUNT.max} keywords`) : (stryCov_9fa48("1006", "1007"), z.array(stryMutAct_9fa48("1009") ? z.string().min(1, "holds an empty keyword") : stryMutAct_9fa48("1008") ? z.string().trim().max(1, "holds an empty keyword") : (stryCov_9fa48("1008", "1009"), z.string().trim().min(1, stryMutAct_9fa48("1010") ? "" : (stryCov_9fa48("1010"), "holds an empty keyword"))), stryMutAct_9fa48("1011") ? {} : (stryCov_9fa48("1011"), {
        error: stryMutAct_9fa48("1012") ? () => undefined : (stryCov_9fa48("1012"), issue => (stryMutAct_9fa48("1015") ? issue.input === undefined && issue.input === null : stryMutAct_9fa48("1014") ? false : stryMutAct_9fa48("1013") ? true : (stryCov_9fa48("1013", "1014", "1015"), (stryMutAct_9fa48("1017") ? issue.input !== undefined : stryMutAct_9fa48("1016") ? false : (stryCov_9fa48("1016", "1017"), issue.input === undefined)) || (stryMutAct_9fa48("1019") ? issue.input !== null : stryMutAct_9fa48("1018") ? false : (stryCov_9fa48("1018", "1019"), issue.input === null)))) ? stryMutAct_9fa48("1020") ? "" : (stryCov_9fa48("1020"), "missing: list 3 to 10 keywords") : stryMutAct_9fa48("1021") ? `` : (stryCov_9fa48("1021"), `must be a YAML list ("- keyword" lines, or [a, b, c]), not a ${typeof issue.input}`))
      })).min(KEYWORD_COUNT.min, stryMutAct_9fa48("1022") ? `` : (stryCov_9fa48("1022"), `needs at least ${KEYWORD_COUNT.min} keywords`)).max(KEYWORD_COUNT.max, stryMutAct_9fa48("1023") ? `` : (stryCov_9fa48("1023"), `allows at most ${KEYWORD_COUNT.max} keywords`))),
      lang: z.literal(lang, stryMutAct_9fa48("1024") ? {} : (stryCov_9fa48("1024"), {
        error: stryMutAct_9fa48("1025") ? () => undefined : (stryCov_9fa48("1025"), issue => (stryMutAct_9fa48("1028") ? issue.input !== undefined : stryMutAct_9fa48("1027") ? false : stryMutAct_9fa48("1026") ? true : (stryCov_9fa48("1026", "1027", "1028"), issue.input === undefined)) ? stryMutAct_9fa48("1029") ? `` : (stryCov_9fa48("1029"), `missing: add lang: "${lang}"`) : stryMutAct_9fa48("1030") ? `` : (stryCov_9fa48("1030"), `must be "${lang}"`))
      }))
    }));
  }
}
const REPAIR_BY_FIELD: Readonly<Record<string, (context: CheckContext) => string>> = stryMutAct_9fa48("1031") ? {} : (stryCov_9fa48("1031"), {
  title: stryMutAct_9fa48("1032") ? () => undefined : (stryCov_9fa48("1032"), () => stryMutAct_9fa48("1033") ? `` : (stryCov_9fa48("1033"), `Le titre (champ title du front-matter) doit faire au plus ${stryMutAct_9fa48("1034") ? MAX_TITLE_LENGTH + 5 : (stryCov_9fa48("1034"), MAX_TITLE_LENGTH - 5)} caractères, espaces comprises, et contenir l'expression clé.`)),
  description: stryMutAct_9fa48("1035") ? () => undefined : (stryCov_9fa48("1035"), () => stryMutAct_9fa48("1036") ? `` : (stryCov_9fa48("1036"), `La méta-description (champ description) doit faire entre ${stryMutAct_9fa48("1037") ? DESCRIPTION_LENGTH.min - 20 : (stryCov_9fa48("1037"), DESCRIPTION_LENGTH.min + 20)} et ${stryMutAct_9fa48("1038") ? DESCRIPTION_LENGTH.max + 1 : (stryCov_9fa48("1038"), DESCRIPTION_LENGTH.max - 1)} caractères, espaces comprises : une phrase complète qui donne envie de lire.`)),
  keywords: stryMutAct_9fa48("1039") ? () => undefined : (stryCov_9fa48("1039"), () => stryMutAct_9fa48("1040") ? `` : (stryCov_9fa48("1040"), `Le champ keywords du front-matter doit être une liste YAML de ${KEYWORD_COUNT.min} à ${stryMutAct_9fa48("1041") ? KEYWORD_COUNT.max + 2 : (stryCov_9fa48("1041"), KEYWORD_COUNT.max - 2)} expressions clés.`))
});

/** What the field holds, when that helps: a length for the texts, the value for lang. */
function shownValue(field: string, value: unknown): string {
  if (stryMutAct_9fa48("1042")) {
    {}
  } else {
    stryCov_9fa48("1042");
    if (stryMutAct_9fa48("1045") ? field === "title" || field === "description" || typeof value === "string" : stryMutAct_9fa48("1044") ? false : stryMutAct_9fa48("1043") ? true : (stryCov_9fa48("1043", "1044", "1045"), (stryMutAct_9fa48("1047") ? field === "title" && field === "description" : stryMutAct_9fa48("1046") ? true : (stryCov_9fa48("1046", "1047"), (stryMutAct_9fa48("1049") ? field !== "title" : stryMutAct_9fa48("1048") ? false : (stryCov_9fa48("1048", "1049"), field === (stryMutAct_9fa48("1050") ? "" : (stryCov_9fa48("1050"), "title")))) || (stryMutAct_9fa48("1052") ? field !== "description" : stryMutAct_9fa48("1051") ? false : (stryCov_9fa48("1051", "1052"), field === (stryMutAct_9fa48("1053") ? "" : (stryCov_9fa48("1053"), "description")))))) && (stryMutAct_9fa48("1055") ? typeof value !== "string" : stryMutAct_9fa48("1054") ? true : (stryCov_9fa48("1054", "1055"), typeof value === (stryMutAct_9fa48("1056") ? "" : (stryCov_9fa48("1056"), "string")))))) {
      if (stryMutAct_9fa48("1057")) {
        {}
      } else {
        stryCov_9fa48("1057");
        return stryMutAct_9fa48("1058") ? `` : (stryCov_9fa48("1058"), ` (${stryMutAct_9fa48("1059") ? value.length : (stryCov_9fa48("1059"), value.trim().length)} characters)`);
      }
    }
    return (stryMutAct_9fa48("1062") ? field === "lang" || value !== undefined : stryMutAct_9fa48("1061") ? false : stryMutAct_9fa48("1060") ? true : (stryCov_9fa48("1060", "1061", "1062"), (stryMutAct_9fa48("1064") ? field !== "lang" : stryMutAct_9fa48("1063") ? true : (stryCov_9fa48("1063", "1064"), field === (stryMutAct_9fa48("1065") ? "" : (stryCov_9fa48("1065"), "lang")))) && (stryMutAct_9fa48("1067") ? value === undefined : stryMutAct_9fa48("1066") ? true : (stryCov_9fa48("1066", "1067"), value !== undefined)))) ? stryMutAct_9fa48("1068") ? `` : (stryCov_9fa48("1068"), ` ${JSON.stringify(value)}`) : stryMutAct_9fa48("1069") ? "Stryker was here!" : (stryCov_9fa48("1069"), "");
  }
}
export const frontMatter: Rule = stryMutAct_9fa48("1070") ? {} : (stryCov_9fa48("1070"), {
  id: stryMutAct_9fa48("1071") ? "" : (stryCov_9fa48("1071"), "front-matter"),
  description: stryMutAct_9fa48("1072") ? "" : (stryCov_9fa48("1072"), "title, description, slug, keywords and lang are present and well formed."),
  check(article, context) {
    if (stryMutAct_9fa48("1073")) {
      {}
    } else {
      stryCov_9fa48("1073");
      if (stryMutAct_9fa48("1076") ? article.frontMatterError === undefined : stryMutAct_9fa48("1075") ? false : stryMutAct_9fa48("1074") ? true : (stryCov_9fa48("1074", "1075", "1076"), article.frontMatterError !== undefined)) {
        if (stryMutAct_9fa48("1077")) {
          {}
        } else {
          stryCov_9fa48("1077");
          return stryMutAct_9fa48("1078") ? [] : (stryCov_9fa48("1078"), [stryMutAct_9fa48("1079") ? {} : (stryCov_9fa48("1079"), {
            rule: stryMutAct_9fa48("1080") ? "" : (stryCov_9fa48("1080"), "front-matter"),
            severity: stryMutAct_9fa48("1081") ? "" : (stryCov_9fa48("1081"), "error"),
            message: stryMutAct_9fa48("1082") ? `` : (stryCov_9fa48("1082"), `the front-matter is not valid YAML: ${article.frontMatterError}`),
            line: 1,
            repair: stryMutAct_9fa48("1083") ? "" : (stryCov_9fa48("1083"), "Le front-matter YAML est invalide : commence la réponse par un bloc --- … --- en YAML valide (chaînes entre guillemets si elles contiennent « : »).")
          })]);
        }
      }
      if (stryMutAct_9fa48("1086") ? false : stryMutAct_9fa48("1085") ? true : stryMutAct_9fa48("1084") ? article.hasFrontMatter : (stryCov_9fa48("1084", "1085", "1086"), !article.hasFrontMatter)) {
        if (stryMutAct_9fa48("1087")) {
          {}
        } else {
          stryCov_9fa48("1087");
          return stryMutAct_9fa48("1088") ? [] : (stryCov_9fa48("1088"), [stryMutAct_9fa48("1089") ? {} : (stryCov_9fa48("1089"), {
            rule: stryMutAct_9fa48("1090") ? "" : (stryCov_9fa48("1090"), "front-matter"),
            severity: stryMutAct_9fa48("1091") ? "" : (stryCov_9fa48("1091"), "error"),
            message: stryMutAct_9fa48("1092") ? "" : (stryCov_9fa48("1092"), "no front-matter: start the file with a --- YAML block (title, description, keywords…)"),
            line: 1,
            repair: stryMutAct_9fa48("1093") ? "" : (stryCov_9fa48("1093"), "La réponse doit commencer par un front-matter YAML entre deux lignes --- avec title, description et keywords.")
          })]);
        }
      }
      const result = frontMatterSchema(context.lang).safeParse(article.frontMatter);
      if (stryMutAct_9fa48("1095") ? false : stryMutAct_9fa48("1094") ? true : (stryCov_9fa48("1094", "1095"), result.success)) return stryMutAct_9fa48("1096") ? ["Stryker was here"] : (stryCov_9fa48("1096"), []);
      const seen = new Set<string>();
      const findings: Finding[] = stryMutAct_9fa48("1097") ? ["Stryker was here"] : (stryCov_9fa48("1097"), []);
      for (const issue of result.error.issues) {
        if (stryMutAct_9fa48("1098")) {
          {}
        } else {
          stryCov_9fa48("1098");
          const field = String(stryMutAct_9fa48("1099") ? issue.path[0] && "front-matter" : (stryCov_9fa48("1099"), issue.path[0] ?? (stryMutAct_9fa48("1100") ? "" : (stryCov_9fa48("1100"), "front-matter"))));
          if (stryMutAct_9fa48("1102") ? false : stryMutAct_9fa48("1101") ? true : (stryCov_9fa48("1101", "1102"), seen.has(field))) continue;
          seen.add(field);
          const finding: Finding = stryMutAct_9fa48("1103") ? {} : (stryCov_9fa48("1103"), {
            rule: stryMutAct_9fa48("1104") ? "" : (stryCov_9fa48("1104"), "front-matter"),
            severity: stryMutAct_9fa48("1105") ? "" : (stryCov_9fa48("1105"), "error"),
            message: stryMutAct_9fa48("1106") ? `` : (stryCov_9fa48("1106"), `${field}${shownValue(field, article.frontMatter[field])} ${issue.message}`),
            line: frontMatterLine(article, field)
          });
          const repair = REPAIR_BY_FIELD[field];
          if (stryMutAct_9fa48("1108") ? false : stryMutAct_9fa48("1107") ? true : (stryCov_9fa48("1107", "1108"), repair)) finding.repair = repair(context);
          findings.push(finding);
        }
      }
      return findings;
    }
  }
});