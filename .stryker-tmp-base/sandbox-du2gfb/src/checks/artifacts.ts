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
import type { Finding } from "../core/finding.js";
import { excerpt, placeInUnit, proseUnitsOf } from "./locate.js";
import type { Rule } from "./rule.js";

/**
 * What chat models leave in an article: a line addressed to the user, a placeholder to fill
 * in, or the prompt's own instructions echoed back. Each pattern was chosen against normal
 * news prose: Markdown links are gone from block text, "[…]" and "[sic]" are editorial, a
 * paragraph opening with "Bien sûr," is French, "Voici l'article 17" cites a law.
 */
type ResidueKind = "chat" | "placeholder" | "prompt";
interface Residue {
  kind: ResidueKind;
  pattern: RegExp;
}
const A = stryMutAct_9fa48("0") ? "" : (stryCov_9fa48("0"), "['’]");
/** Start and end of a word: `\b` is ASCII-only in JavaScript and misses "é". */
const B = stryMutAct_9fa48("1") ? "" : (stryCov_9fa48("1"), "(?<![\\p{L}\\p{N}])");
const E = stryMutAct_9fa48("2") ? "" : (stryCov_9fa48("2"), "(?![\\p{L}\\p{N}])");
function residue(kind: ResidueKind, source: string, flags = stryMutAct_9fa48("3") ? "" : (stryCov_9fa48("3"), "iu")): Residue {
  if (stryMutAct_9fa48("4")) {
    {}
  } else {
    stryCov_9fa48("4");
    return stryMutAct_9fa48("5") ? {} : (stryCov_9fa48("5"), {
      kind,
      pattern: new RegExp(source, flags)
    });
  }
}
const RESIDUES: readonly Residue[] = stryMutAct_9fa48("6") ? [] : (stryCov_9fa48("6"), [
// Lines addressed to the user.
residue(stryMutAct_9fa48("7") ? "" : (stryCov_9fa48("7"), "chat"), stryMutAct_9fa48("8") ? `` : (stryCov_9fa48("8"), `${B}voici (?:l${A}|la |le |une |un |votre |ta |ma |mon )(?:article|version|texte|réécriture|proposition|contenu)${E}(?!\\s*(?:n°\\s*)?\\d)`)), residue(stryMutAct_9fa48("9") ? "" : (stryCov_9fa48("9"), "chat"), stryMutAct_9fa48("10") ? `` : (stryCov_9fa48("10"), `^ci-dessous,? (?:l${A}|la |le |une |votre )(?:article|version|texte)${E}`)), residue(stryMutAct_9fa48("11") ? "" : (stryCov_9fa48("11"), "chat"), stryMutAct_9fa48("12") ? `` : (stryCov_9fa48("12"), `${B}en tant que (?:modèle de langage|modèle d${A}IA|assistant(?:e)? (?:virtuel|IA))`)), residue(stryMutAct_9fa48("13") ? "" : (stryCov_9fa48("13"), "chat"), stryMutAct_9fa48("14") ? `` : (stryCov_9fa48("14"), `${B}en tant qu${A}(?:IA|intelligence artificielle|assistant\\p{L}*)\\s*,?\\s*(?:je|j${A})${E}`)), residue(stryMutAct_9fa48("15") ? "" : (stryCov_9fa48("15"), "chat"), stryMutAct_9fa48("16") ? `` : (stryCov_9fa48("16"), `${B}bien sûr\\s*!`)), residue(stryMutAct_9fa48("17") ? "" : (stryCov_9fa48("17"), "chat"), stryMutAct_9fa48("18") ? `` : (stryCov_9fa48("18"), `^(?:bien sûr|certainement|absolument|avec plaisir|d${A}accord|parfait)\\s*[!,.:]\\s*(?:voici|je|j${A})${E}`)),
// Not "sure": French writes "une valeur sure" without the accent too.
residue(stryMutAct_9fa48("19") ? "" : (stryCov_9fa48("19"), "chat"), stryMutAct_9fa48("20") ? `` : (stryCov_9fa48("20"), `${B}(?:certainly|of course)\\s*[!,.]`)), residue(stryMutAct_9fa48("21") ? "" : (stryCov_9fa48("21"), "chat"), stryMutAct_9fa48("22") ? `` : (stryCov_9fa48("22"), `${B}here(?: is|${A}s| are) (?:the|your|an?|my)${E}`)), residue(stryMutAct_9fa48("23") ? "" : (stryCov_9fa48("23"), "chat"), stryMutAct_9fa48("24") ? `` : (stryCov_9fa48("24"), `${B}as an? (?:AI|language model)${E}`)), residue(stryMutAct_9fa48("25") ? "" : (stryCov_9fa48("25"), "chat"), stryMutAct_9fa48("26") ? `` : (stryCov_9fa48("26"), `${B}n${A}hésitez pas${E}`)), residue(stryMutAct_9fa48("27") ? "" : (stryCov_9fa48("27"), "chat"), stryMutAct_9fa48("28") ? `` : (stryCov_9fa48("28"), `${B}j${A}espère que (?:cet |cette |ce |ces |la |le |l${A})(?:article|texte|version|réécriture|proposition|contenu|résumé)`)), residue(stryMutAct_9fa48("29") ? "" : (stryCov_9fa48("29"), "chat"), stryMutAct_9fa48("30") ? `` : (stryCov_9fa48("30"), `${B}(?:souhaitez|voulez)-vous que je${E}`)), residue(stryMutAct_9fa48("31") ? "" : (stryCov_9fa48("31"), "chat"), stryMutAct_9fa48("32") ? `` : (stryCov_9fa48("32"), `${B}(?:dites-moi|faites-moi savoir) si${E}`)), residue(stryMutAct_9fa48("33") ? "" : (stryCov_9fa48("33"), "chat"), stryMutAct_9fa48("34") ? `` : (stryCov_9fa48("34"), `${B}je reste à (?:votre|ta) (?:entière )?disposition`)), residue(stryMutAct_9fa48("35") ? "" : (stryCov_9fa48("35"), "chat"), stryMutAct_9fa48("36") ? `` : (stryCov_9fa48("36"), `${B}j${A}ai (?:réécrit|reformulé|optimisé|restructuré|adapté|rédigé) (?:l${A}article|le texte|votre|ton|ce texte|cet article)`)),
// Placeholders.
residue(stryMutAct_9fa48("37") ? "" : (stryCov_9fa48("37"), "placeholder"), stryMutAct_9fa48("38") ? `` : (stryCov_9fa48("38"), `\\[\\s*(?:nom|prénom|insérer|inserer|insert|ajouter|ajoutez|lien|url|date|chiffre|montant|nombre|source|titre|entreprise|société|votre|your|name|mettre|exemple|à compléter|a compléter|placeholder|citation|image|photo|edited by|editing by|reporting by|writing by)${E}[^\\]]*\\]`)),
// "[NOM]", "[DATE]": capitals in brackets, but not the editorial "[NDLR]" or "[SIC]".
residue(stryMutAct_9fa48("39") ? "" : (stryCov_9fa48("39"), "placeholder"), stryMutAct_9fa48("40") ? `` : (stryCov_9fa48("40"), `\\[(?!NDLR|SIC)[A-ZÀ-Ý][A-ZÀ-Ý _'’-]+\\]`), stryMutAct_9fa48("41") ? "" : (stryCov_9fa48("41"), "u")), residue(stryMutAct_9fa48("42") ? "" : (stryCov_9fa48("42"), "placeholder"), stryMutAct_9fa48("43") ? `` : (stryCov_9fa48("43"), `${B}X{2,}${E}`), stryMutAct_9fa48("44") ? "" : (stryCov_9fa48("44"), "u")), residue(stryMutAct_9fa48("45") ? "" : (stryCov_9fa48("45"), "placeholder"), stryMutAct_9fa48("46") ? `` : (stryCov_9fa48("46"), `\\{\\{[^}]*\\}\\}`)), residue(stryMutAct_9fa48("47") ? "" : (stryCov_9fa48("47"), "placeholder"), stryMutAct_9fa48("48") ? `` : (stryCov_9fa48("48"), `${B}(?:TODO|FIXME|TBD)${E}`), stryMutAct_9fa48("49") ? "" : (stryCov_9fa48("49"), "u")), residue(stryMutAct_9fa48("50") ? "" : (stryCov_9fa48("50"), "placeholder"), stryMutAct_9fa48("51") ? `` : (stryCov_9fa48("51"), `${B}lorem ipsum${E}`)),
// The prompt echoed back. An article about SEO or web writing may say "méta-description",
// "mot-clé principal", "front matter" or "au moins 300 mots" (an exam, a contest), and a
// notice may open with "Consignes :": only the brief's shapes count, not its vocabulary.
residue(stryMutAct_9fa48("52") ? "" : (stryCov_9fa48("52"), "prompt"), stryMutAct_9fa48("53") ? `` : (stryCov_9fa48("53"), `${B}(?:at least|a minimum of)\\s+\\d[\\d,]*\\s+words${E}`)), residue(stryMutAct_9fa48("54") ? "" : (stryCov_9fa48("54"), "prompt"), stryMutAct_9fa48("55") ? `` : (stryCov_9fa48("55"), `${B}front[- ]?matter yaml${E}`)), residue(stryMutAct_9fa48("56") ? "" : (stryCov_9fa48("56"), "prompt"), stryMutAct_9fa48("57") ? `` : (stryCov_9fa48("57"), `^(?:m[ée]ta[- ]?descriptions?|mot[- ]clé principal|expression[- ]clé principale|focus keyphrase)\\s*:`)),
// A heading or a line that is only the label: "## Consignes", "Instructions :".
residue(stryMutAct_9fa48("58") ? "" : (stryCov_9fa48("58"), "prompt"), stryMutAct_9fa48("59") ? `` : (stryCov_9fa48("59"), `^(?:consignes?|instructions?)\\s*:?\\s*$`)),
// The brief's own sentences, as a paragraph of their own: "Tu conserves chaque fait…",
// "Réécris l'article source…". Only their exact openings, and only at a paragraph's start:
// "Tu dois travailler", a father says in a story, and the prefecture asks that everyone
// "respecte les consignes".
residue(stryMutAct_9fa48("60") ? "" : (stryCov_9fa48("60"), "prompt"), stryMutAct_9fa48("61") ? `` : (stryCov_9fa48("61"), `^tu (?:conserves chaque|écris uniquement|réponds uniquement|reformules entièrement|n${A}inventes aucun|es rédacteur web)${E}`)), residue(stryMutAct_9fa48("62") ? "" : (stryCov_9fa48("62"), "prompt"), stryMutAct_9fa48("63") ? `` : (stryCov_9fa48("63"), `^(?:réécris l${A}article|rédige (?:au moins|un article|l${A}article)|réponds (?:uniquement|avec l${A}article)|corrige précisément|garde tout ce qui était correct|renvoie l${A}article complet|développe les sections)${E}`)), residue(stryMutAct_9fa48("64") ? "" : (stryCov_9fa48("64"), "prompt"), stryMutAct_9fa48("65") ? `` : (stryCov_9fa48("65"), `${B}(?:l${A}article source ci-dessous|sans jamais trahir la source|mots de liaison variés|contient l${A}expression clé dans sa première phrase|intertitres? de niveau \\d|paragraphes de \\d+ à \\d+ phrases|phrases de moins de \\d+ mots en majorité)${E}`)),
// A note on the work itself: "cet article compte environ 950 mots".
residue(stryMutAct_9fa48("66") ? "" : (stryCov_9fa48("66"), "prompt"), stryMutAct_9fa48("67") ? `` : (stryCov_9fa48("67"), `${B}(?:cet|l${A}|mon) article (?:compte|fait|contient|totalise) (?:environ |près de |plus de |au moins )?\\d[\\d\\s]*mots${E}`)), residue(stryMutAct_9fa48("68") ? "" : (stryCov_9fa48("68"), "prompt"), stryMutAct_9fa48("69") ? `` : (stryCov_9fa48("69"), `^(?:make|rewrite) this (?:article|text)${E}`)), residue(stryMutAct_9fa48("70") ? "" : (stryCov_9fa48("70"), "prompt"), stryMutAct_9fa48("71") ? `` : (stryCov_9fa48("71"), `^(?:titre|title|méta-titre|slug|mots[- ]clés|keywords|description|lang)\\s*:`))]);

// One pass per text unit decides whether any pattern matches; only then are they told apart.
const ANY_INSENSITIVE = new RegExp(stryMutAct_9fa48("72") ? RESIDUES.map(item => `(?:${item.pattern.source})`).join("|") : (stryCov_9fa48("72"), RESIDUES.filter(stryMutAct_9fa48("73") ? () => undefined : (stryCov_9fa48("73"), item => item.pattern.flags.includes(stryMutAct_9fa48("74") ? "" : (stryCov_9fa48("74"), "i")))).map(stryMutAct_9fa48("75") ? () => undefined : (stryCov_9fa48("75"), item => stryMutAct_9fa48("76") ? `` : (stryCov_9fa48("76"), `(?:${item.pattern.source})`))).join(stryMutAct_9fa48("77") ? "" : (stryCov_9fa48("77"), "|"))), stryMutAct_9fa48("78") ? "" : (stryCov_9fa48("78"), "iu"));
const ANY_SENSITIVE = new RegExp(stryMutAct_9fa48("79") ? RESIDUES.map(item => `(?:${item.pattern.source})`).join("|") : (stryCov_9fa48("79"), RESIDUES.filter(stryMutAct_9fa48("80") ? () => undefined : (stryCov_9fa48("80"), item => stryMutAct_9fa48("81") ? item.pattern.flags.includes("i") : (stryCov_9fa48("81"), !item.pattern.flags.includes(stryMutAct_9fa48("82") ? "" : (stryCov_9fa48("82"), "i"))))).map(stryMutAct_9fa48("83") ? () => undefined : (stryCov_9fa48("83"), item => stryMutAct_9fa48("84") ? `` : (stryCov_9fa48("84"), `(?:${item.pattern.source})`))).join(stryMutAct_9fa48("85") ? "" : (stryCov_9fa48("85"), "|"))), stryMutAct_9fa48("86") ? "" : (stryCov_9fa48("86"), "u"));

/** Our prompt's delimiters around the source; they may sit in an HTML block that has no prose. */
const PROMPT_DELIMITER = stryMutAct_9fa48("89") ? /<\/?article-source\S*>/giu : stryMutAct_9fa48("88") ? /<\/?article-source\s>/giu : stryMutAct_9fa48("87") ? /<\/article-source\s*>/giu : (stryCov_9fa48("87", "88", "89"), /<\/?article-source\s*>/giu);
function describe(kind: ResidueKind, found: string): Pick<Finding, "message" | "repair"> {
  if (stryMutAct_9fa48("90")) {
    {}
  } else {
    stryCov_9fa48("90");
    switch (kind) {
      case stryMutAct_9fa48("92") ? "" : (stryCov_9fa48("92"), "chat"):
        if (stryMutAct_9fa48("91")) {} else {
          stryCov_9fa48("91");
          return stryMutAct_9fa48("93") ? {} : (stryCov_9fa48("93"), {
            message: stryMutAct_9fa48("94") ? `` : (stryCov_9fa48("94"), `chatbot residue "${found}": remove it; the article holds only the article`),
            repair: stryMutAct_9fa48("95") ? `` : (stryCov_9fa48("95"), `Retire « ${found} » : réponds uniquement avec l'article (front-matter puis corps), sans phrase adressée à l'utilisateur avant, pendant ou après.`)
          });
        }
      case stryMutAct_9fa48("97") ? "" : (stryCov_9fa48("97"), "placeholder"):
        if (stryMutAct_9fa48("96")) {} else {
          stryCov_9fa48("96");
          return stryMutAct_9fa48("98") ? {} : (stryCov_9fa48("98"), {
            message: stryMutAct_9fa48("99") ? `` : (stryCov_9fa48("99"), `placeholder "${found}" left in the text: put the fact from the source, or remove the sentence`),
            repair: stryMutAct_9fa48("100") ? `` : (stryCov_9fa48("100"), `Remplace l'espace réservé « ${found} » par l'information exacte tirée de la source, ou supprime la phrase.`)
          });
        }
      case stryMutAct_9fa48("102") ? "" : (stryCov_9fa48("102"), "prompt"):
        if (stryMutAct_9fa48("101")) {} else {
          stryCov_9fa48("101");
          return stryMutAct_9fa48("103") ? {} : (stryCov_9fa48("103"), {
            message: stryMutAct_9fa48("104") ? `` : (stryCov_9fa48("104"), `the instructions are echoed back ("${found}"): remove them from the article`),
            repair: stryMutAct_9fa48("105") ? `` : (stryCov_9fa48("105"), `Retire « ${found} » : c'est une consigne de la demande, pas le contenu de l'article.`)
          });
        }
    }
  }
}
function delimiterFindings(article: ParsedArticle): Finding[] {
  if (stryMutAct_9fa48("106")) {
    {}
  } else {
    stryCov_9fa48("106");
    const findings: Finding[] = stryMutAct_9fa48("107") ? ["Stryker was here"] : (stryCov_9fa48("107"), []);
    PROMPT_DELIMITER.lastIndex = 0;
    const body = article.body;
    for (let match = PROMPT_DELIMITER.exec(body); stryMutAct_9fa48("109") ? match === null : stryMutAct_9fa48("108") ? false : (stryCov_9fa48("108", "109"), match !== null); match = PROMPT_DELIMITER.exec(body)) {
      if (stryMutAct_9fa48("110")) {
        {}
      } else {
        stryCov_9fa48("110");
        let line = stryMutAct_9fa48("111") ? article.bodyLineOffset - 1 : (stryCov_9fa48("111"), article.bodyLineOffset + 1);
        for (let at = body.indexOf(stryMutAct_9fa48("112") ? "" : (stryCov_9fa48("112"), "\n")); stryMutAct_9fa48("114") ? at !== -1 || at < match.index : stryMutAct_9fa48("113") ? false : (stryCov_9fa48("113", "114"), (stryMutAct_9fa48("116") ? at === -1 : stryMutAct_9fa48("115") ? true : (stryCov_9fa48("115", "116"), at !== (stryMutAct_9fa48("117") ? +1 : (stryCov_9fa48("117"), -1)))) && (stryMutAct_9fa48("120") ? at >= match.index : stryMutAct_9fa48("119") ? at <= match.index : stryMutAct_9fa48("118") ? true : (stryCov_9fa48("118", "119", "120"), at < match.index))); at = body.indexOf(stryMutAct_9fa48("121") ? "" : (stryCov_9fa48("121"), "\n"), stryMutAct_9fa48("122") ? at - 1 : (stryCov_9fa48("122"), at + 1))) {
          if (stryMutAct_9fa48("123")) {
            {}
          } else {
            stryCov_9fa48("123");
            stryMutAct_9fa48("124") ? line -= 1 : (stryCov_9fa48("124"), line += 1);
          }
        }
        findings.push(stryMutAct_9fa48("125") ? {} : (stryCov_9fa48("125"), {
          rule: stryMutAct_9fa48("126") ? "" : (stryCov_9fa48("126"), "artifacts"),
          severity: stryMutAct_9fa48("127") ? "" : (stryCov_9fa48("127"), "error"),
          line,
          ...describe(stryMutAct_9fa48("128") ? "" : (stryCov_9fa48("128"), "prompt"), match[0])
        }));
      }
    }
    return findings;
  }
}

/** Chatbot residue, placeholders and the prompt echoed back block writing (DESIGN.md). */
export const artifacts: Rule = stryMutAct_9fa48("129") ? {} : (stryCov_9fa48("129"), {
  id: stryMutAct_9fa48("130") ? "" : (stryCov_9fa48("130"), "artifacts"),
  description: stryMutAct_9fa48("131") ? "" : (stryCov_9fa48("131"), 'No chatbot residue ("Voici l\'article…"), placeholder or echoed instruction.'),
  check(article) {
    if (stryMutAct_9fa48("132")) {
      {}
    } else {
      stryCov_9fa48("132");
      const findings: Finding[] = article.body.includes(stryMutAct_9fa48("133") ? "" : (stryCov_9fa48("133"), "article-source")) ? delimiterFindings(article) : stryMutAct_9fa48("134") ? ["Stryker was here"] : (stryCov_9fa48("134"), []);
      for (const unit of proseUnitsOf(article)) {
        if (stryMutAct_9fa48("135")) {
          {}
        } else {
          stryCov_9fa48("135");
          if (stryMutAct_9fa48("138") ? !ANY_INSENSITIVE.test(unit.text) || !ANY_SENSITIVE.test(unit.text) : stryMutAct_9fa48("137") ? false : stryMutAct_9fa48("136") ? true : (stryCov_9fa48("136", "137", "138"), (stryMutAct_9fa48("139") ? ANY_INSENSITIVE.test(unit.text) : (stryCov_9fa48("139"), !ANY_INSENSITIVE.test(unit.text))) && (stryMutAct_9fa48("140") ? ANY_SENSITIVE.test(unit.text) : (stryCov_9fa48("140"), !ANY_SENSITIVE.test(unit.text))))) continue;
          const matches: {
            kind: ResidueKind;
            index: number;
            text: string;
          }[] = stryMutAct_9fa48("141") ? ["Stryker was here"] : (stryCov_9fa48("141"), []);
          for (const {
            kind,
            pattern
          } of RESIDUES) {
            if (stryMutAct_9fa48("142")) {
              {}
            } else {
              stryCov_9fa48("142");
              const match = pattern.exec(unit.text);
              if (stryMutAct_9fa48("144") ? false : stryMutAct_9fa48("143") ? true : (stryCov_9fa48("143", "144"), match)) matches.push(stryMutAct_9fa48("145") ? {} : (stryCov_9fa48("145"), {
                kind,
                index: match.index,
                text: match[0]
              }));
            }
          }
          // In reading order; two patterns catching the same words ("Bien sûr ! Voici") report once.
          stryMutAct_9fa48("146") ? matches : (stryCov_9fa48("146"), matches.sort(stryMutAct_9fa48("147") ? () => undefined : (stryCov_9fa48("147"), (a, b) => stryMutAct_9fa48("150") ? a.index - b.index && b.text.length - a.text.length : stryMutAct_9fa48("149") ? false : stryMutAct_9fa48("148") ? true : (stryCov_9fa48("148", "149", "150"), (stryMutAct_9fa48("151") ? a.index + b.index : (stryCov_9fa48("151"), a.index - b.index)) || (stryMutAct_9fa48("152") ? b.text.length + a.text.length : (stryCov_9fa48("152"), b.text.length - a.text.length))))));
          let reportedUpTo = stryMutAct_9fa48("153") ? +1 : (stryCov_9fa48("153"), -1);
          // An echoed instruction often holds several of the brief's phrases: one finding is enough.
          let promptReported = stryMutAct_9fa48("154") ? true : (stryCov_9fa48("154"), false);
          for (const {
            kind,
            index,
            text
          } of matches) {
            if (stryMutAct_9fa48("155")) {
              {}
            } else {
              stryCov_9fa48("155");
              if (stryMutAct_9fa48("158") ? index < reportedUpTo && kind === "prompt" && promptReported : stryMutAct_9fa48("157") ? false : stryMutAct_9fa48("156") ? true : (stryCov_9fa48("156", "157", "158"), (stryMutAct_9fa48("161") ? index >= reportedUpTo : stryMutAct_9fa48("160") ? index <= reportedUpTo : stryMutAct_9fa48("159") ? false : (stryCov_9fa48("159", "160", "161"), index < reportedUpTo)) || (stryMutAct_9fa48("163") ? kind === "prompt" || promptReported : stryMutAct_9fa48("162") ? false : (stryCov_9fa48("162", "163"), (stryMutAct_9fa48("165") ? kind !== "prompt" : stryMutAct_9fa48("164") ? true : (stryCov_9fa48("164", "165"), kind === (stryMutAct_9fa48("166") ? "" : (stryCov_9fa48("166"), "prompt")))) && promptReported)))) continue;
              reportedUpTo = stryMutAct_9fa48("167") ? index - text.length : (stryCov_9fa48("167"), index + text.length);
              if (stryMutAct_9fa48("170") ? kind !== "prompt" : stryMutAct_9fa48("169") ? false : stryMutAct_9fa48("168") ? true : (stryCov_9fa48("168", "169", "170"), kind === (stryMutAct_9fa48("171") ? "" : (stryCov_9fa48("171"), "prompt")))) promptReported = stryMutAct_9fa48("172") ? false : (stryCov_9fa48("172"), true);
              const found = stryMutAct_9fa48("173") ? text : (stryCov_9fa48("173"), text.trim());
              findings.push(stryMutAct_9fa48("174") ? {} : (stryCov_9fa48("174"), {
                rule: stryMutAct_9fa48("175") ? "" : (stryCov_9fa48("175"), "artifacts"),
                severity: stryMutAct_9fa48("176") ? "" : (stryCov_9fa48("176"), "error"),
                ...placeInUnit(article, unit, found),
                ...describe(kind, excerpt(found, 60))
              }));
            }
          }
        }
      }
      return findings;
    }
  }
});