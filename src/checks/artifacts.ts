import type { ParsedArticle } from "../core/article.js";
import type { Finding } from "../core/finding.js";
import { excerpt, placeInUnit, proseUnitsOf } from "./locate.js";
import type { Rule } from "./rule.js";
import { unsafeHtmlFindings } from "./unsafe-html.js";

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

const A = "['’]";
/** Start and end of a word: `\b` is ASCII-only in JavaScript and misses "é". */
const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";

function residue(kind: ResidueKind, source: string, flags = "iu"): Residue {
  return { kind, pattern: new RegExp(source, flags) };
}

const RESIDUES: readonly Residue[] = [
  // Lines addressed to the user.
  residue(
    "chat",
    `${B}voici (?:l${A}|la |le |une |un |votre |ta |ma |mon )(?:article|version|texte|réécriture|proposition|contenu)${E}(?!\\s*(?:n°\\s*)?\\d)`,
  ),
  residue("chat", `^ci-dessous,? (?:l${A}|la |le |une |votre )(?:article|version|texte)${E}`),
  residue(
    "chat",
    `${B}en tant que (?:modèle de langage|modèle d${A}IA|assistant(?:e)? (?:virtuel|IA))`,
  ),
  residue(
    "chat",
    `${B}en tant qu${A}(?:IA|intelligence artificielle|assistant\\p{L}*)\\s*,?\\s*(?:je${E}|j${A})`,
  ),
  residue("chat", `${B}bien sûr\\s*!`),
  residue(
    "chat",
    `^(?:bien sûr|certainement|absolument|avec plaisir|d${A}accord|parfait)\\s*[!,.:]\\s*(?:(?:voici|je)${E}|j${A})`,
  ),
  // Not "sure": French writes "une valeur sure" without the accent too.
  residue("chat", `${B}(?:certainly|of course)\\s*[!,.]`),
  residue("chat", `${B}here(?: is|${A}s| are) (?:the|your|an?|my)${E}`),
  residue("chat", `${B}as an? (?:AI|language model)${E}`),
  residue("chat", `${B}n${A}hésitez pas${E}`),
  residue(
    "chat",
    `${B}j${A}espère que (?:cet |cette |ce |ces |la |le |l${A})(?:article|texte|version|réécriture|proposition|contenu|résumé)`,
  ),
  residue("chat", `${B}(?:souhaitez|voulez)-vous que je${E}`),
  residue("chat", `${B}(?:dites-moi|faites-moi savoir) si${E}`),
  residue("chat", `${B}je reste à (?:votre|ta) (?:entière )?disposition`),
  residue(
    "chat",
    `${B}j${A}ai (?:réécrit|reformulé|optimisé|restructuré|adapté|rédigé) (?:l${A}article|le texte|votre|ton|ce texte|cet article)`,
  ),
  // Placeholders.
  residue(
    "placeholder",
    `\\[\\s*(?:nom|prénom|insérer|inserer|insert|ajouter|ajoutez|lien|url|date|chiffre|montant|nombre|source|titre|entreprise|société|votre|your|name|mettre|exemple|à compléter|a compléter|placeholder|citation|image|photo|edited by|editing by|reporting by|writing by)${E}[^\\]]*\\]`,
  ),
  // "[NOM]", "[DATE]": capitals in brackets, but not the editorial "[NDLR]" or "[SIC]".
  residue("placeholder", `\\[(?!NDLR|SIC)[A-ZÀ-Ý][A-ZÀ-Ý _'’-]+\\]`, "u"),
  residue("placeholder", `${B}X{2,}${E}`, "u"),
  residue("placeholder", `\\{\\{[^}]*\\}\\}`),
  residue("placeholder", `${B}(?:TODO|FIXME|TBD)${E}`, "u"),
  residue("placeholder", `${B}lorem ipsum${E}`),
  // The prompt echoed back. An article about SEO or web writing may say "méta-description",
  // "mot-clé principal", "front matter" or "au moins 300 mots" (an exam, a contest), and a
  // notice may open with "Consignes :": only the brief's shapes count, not its vocabulary.
  residue("prompt", `${B}(?:at least|a minimum of)\\s+\\d[\\d,]*\\s+words${E}`),
  residue("prompt", `${B}front[- ]?matter yaml${E}`),
  residue(
    "prompt",
    `^(?:m[ée]ta[- ]?descriptions?|mot[- ]clé principal|expression[- ]clé principale|focus keyphrase)\\s*:`,
  ),
  // A heading or a line that is only the label: "## Consignes", "Instructions :".
  residue("prompt", `^(?:consignes?|instructions?)\\s*:?\\s*$`),
  // The brief's own sentences, as a paragraph of their own: "Tu conserves chaque fait…",
  // "Réécris l'article source…". Only their exact openings, and only at a paragraph's start:
  // "Tu dois travailler", a father says in a story, and the prefecture asks that everyone
  // "respecte les consignes".
  residue(
    "prompt",
    `^tu (?:conserves chaque|écris uniquement|réponds uniquement|reformules entièrement|n${A}inventes aucun|es rédacteur web)${E}`,
  ),
  residue(
    "prompt",
    `^(?:réécris l${A}article|rédige (?:au moins|un article|l${A}article)|réponds (?:uniquement|avec l${A}article)|corrige précisément|garde tout ce qui était correct|renvoie l${A}article complet|développe les sections)${E}`,
  ),
  residue(
    "prompt",
    `${B}(?:l${A}article source ci-dessous|sans jamais trahir la source|mots de liaison variés|contient l${A}expression clé dans sa première phrase|intertitres? de niveau \\d|paragraphes de \\d+ à \\d+ phrases|phrases de moins de \\d+ mots en majorité)${E}`,
  ),
  // A note on the work itself: "cet article compte environ 950 mots".
  residue(
    "prompt",
    `${B}(?:cet |l${A}|mon )article (?:compte|fait|contient|totalise) (?:environ |près de |plus de |au moins )?\\d[\\d\\s]*mots${E}`,
  ),
  residue("prompt", `^(?:make|rewrite) this (?:article|text)${E}`),
  residue("prompt", `^(?:titre|title|méta-titre|slug|mots[- ]clés|keywords|description|lang)\\s*:`),
];

// One pass per text unit decides whether any pattern matches; only then are they told apart.
// Stryker disable all: a pre-filter; one that lets more units through changes no finding
const ANY_INSENSITIVE = new RegExp(
  RESIDUES.filter((item) => item.pattern.flags.includes("i"))
    .map((item) => `(?:${item.pattern.source})`)
    .join("|"),
  "iu",
);
const ANY_SENSITIVE = new RegExp(
  RESIDUES.filter((item) => !item.pattern.flags.includes("i"))
    .map((item) => `(?:${item.pattern.source})`)
    .join("|"),
  "u",
);
// Stryker restore all

/** Our prompt's delimiters around the source; they may sit in an HTML block that has no prose. */
const PROMPT_DELIMITER = /<\/?article-source\s*>/giu;

function describe(kind: ResidueKind, found: string): Pick<Finding, "message" | "repair"> {
  switch (kind) {
    case "chat":
      return {
        message: `chatbot residue "${found}": remove it; the article holds only the article`,
        repair: `Retire « ${found} » : réponds uniquement avec l'article (front-matter puis corps), sans phrase adressée à l'utilisateur avant, pendant ou après.`,
      };
    case "placeholder":
      return {
        message: `placeholder "${found}" left in the text: put the fact from the source, or remove the sentence`,
        repair: `Remplace l'espace réservé « ${found} » par l'information exacte tirée de la source, ou supprime la phrase.`,
      };
    case "prompt":
      return {
        message: `the instructions are echoed back ("${found}"): remove them from the article`,
        repair: `Retire « ${found} » : c'est une consigne de la demande, pas le contenu de l'article.`,
      };
  }
}

function delimiterFindings(article: ParsedArticle): Finding[] {
  const findings: Finding[] = [];
  PROMPT_DELIMITER.lastIndex = 0;
  const body = article.body;
  for (
    let match = PROMPT_DELIMITER.exec(body);
    match !== null;
    match = PROMPT_DELIMITER.exec(body)
  ) {
    let line = article.bodyLineOffset + 1;
    for (
      let at = body.indexOf("\n");
      at !== -1 && at < match.index;
      at = body.indexOf("\n", at + 1)
    ) {
      line += 1;
    }
    findings.push({
      rule: "artifacts",
      severity: "error",
      line,
      ...describe("prompt", match[0]),
    });
  }
  return findings;
}

/**
 * Chatbot residue, placeholders, the prompt echoed back, and raw HTML that would run or
 * embed something (`<script>`, `<iframe>`, `onclick=`, `javascript:`) block writing (DESIGN.md).
 */
export const artifacts: Rule = {
  id: "artifacts",
  description:
    'No chatbot residue ("Voici l\'article…"), placeholder, echoed instruction or unsafe raw HTML.',
  check(article) {
    // Stryker disable next-line all: a speed shortcut; delimiterFindings finds nothing without a delimiter
    const findings: Finding[] = article.body.includes("article-source")
      ? delimiterFindings(article)
      : [];
    findings.push(...unsafeHtmlFindings(article));
    for (const unit of proseUnitsOf(article)) {
      // Stryker disable next-line ConditionalExpression,BooleanLiteral,LogicalOperator: the pre-filter is a speed shortcut
      if (!ANY_INSENSITIVE.test(unit.text) && !ANY_SENSITIVE.test(unit.text)) continue;
      const matches: { kind: ResidueKind; index: number; text: string }[] = [];
      for (const { kind, pattern } of RESIDUES) {
        const match = pattern.exec(unit.text);
        if (match) matches.push({ kind, index: match.index, text: match[0] });
      }
      // In reading order; two patterns catching the same words ("Bien sûr ! Voici") report once.
      matches.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
      let reportedUpTo = -1;
      // An echoed instruction often holds several of the brief's phrases: one finding is enough.
      let promptReported = false;
      for (const { kind, index, text } of matches) {
        if (index < reportedUpTo || (kind === "prompt" && promptReported)) continue;
        reportedUpTo = index + text.length;
        if (kind === "prompt") promptReported = true;
        const found = text.trim();
        findings.push({
          rule: "artifacts",
          severity: "error",
          ...placeInUnit(article, unit, found),
          ...describe(kind, excerpt(found, 60)),
        });
      }
    }
    return findings;
  },
};
