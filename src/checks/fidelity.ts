import type { ParsedArticle } from "../core/article.js";
import type { Finding } from "../core/finding.js";
import { extractFigures, figureKeysOf, isFigureIn } from "./figures.js";
import { isKnownUrl, linkKind, linksOf, normaliseUrl, urlsIn } from "./links.js";
import { excerpt, placeInUnit, proseUnitsOf, type TextUnit } from "./locate.js";
import { findNames, foldedForNames, isNameIn } from "./names.js";
import {
  extractQuotations,
  foldQuotation,
  isQuotationIn,
  withoutBlockQuoteMarks,
} from "./quotations.js";
import type { CheckContext, Rule } from "./rule.js";
import { SCRIPT_URL } from "./unsafe-html.js";

/** What fidelity needs of the source, computed once per source text. */
interface SourceIndex {
  figureKeys: Set<string>;
  folded: string;
  /** The source's URLs, normalised (see links.ts). */
  urls: Set<string>;
  lowered: string;
  /** The source folded for names (see names.ts). */
  names: string;
}

// The rewrite loop checks up to --max-attempts answers against one source, and `check
// --source` checks every file against one: remember the last source's index.
let lastSource: { text: string; index: SourceIndex } | undefined;

function sourceIndexOf(source: string): SourceIndex {
  // Stryker disable next-line all: a cache; recomputing the same source gives the same index
  if (lastSource?.text === source) return lastSource.index;
  const index = {
    figureKeys: figureKeysOf(source),
    folded: foldQuotation(withoutBlockQuoteMarks(source)),
    urls: urlsIn(source),
    lowered: source.toLowerCase(),
    names: foldedForNames(source),
  };
  // Stryker disable next-line all: a cache; recomputing the same source gives the same index
  lastSource = { text: source, index };
  return index;
}

/**
 * People and sources the source does not name: an unknown person is an error (an invented
 * witness), an unknown organisation, publication or place a warning (it may be world
 * knowledge the short list of names.ts lacks). Each name once per article.
 */
function nameFindings(
  article: ParsedArticle,
  unit: TextUnit,
  index: SourceIndex,
  reported: Set<string>,
): Finding[] {
  const findings: Finding[] = [];
  for (const name of findNames(unit.text)) {
    if (reported.has(name.text) || isNameIn(name, index.names)) continue;
    reported.add(name.text);
    const { line, column } = placeInUnit(article, unit, name.text);
    findings.push(
      name.kind === "person"
        ? {
            rule: "fidelity",
            severity: "error",
            message: `the person "${name.text}" is not in the source: remove what the article says of them, or name only the source's people`,
            line,
            column,
            actual: name.text,
            repair: `La personne « ${name.text} » n'apparaît pas dans la source : retire ce que l'article lui attribue ; ne cite que les personnes nommées par la source.`,
          }
        : {
            rule: "fidelity",
            severity: "warning",
            message: `"${name.text}" is not in the source: check that the article does not invent an organisation, a publication or a place`,
            line,
            column,
            actual: name.text,
            repair: `« ${name.text} » n'apparaît pas dans la source : retire-le s'il s'agit d'une organisation, d'une publication ou d'un lieu que la source ne cite pas.`,
          },
    );
  }
  return findings;
}

/**
 * Links the source does not have: a web URL neither in the source nor supplied by the tool,
 * or a `mailto:`/`tel:` whose address the source does not give. Internal links (a path, an
 * anchor) are the `internal-links` rule's; `javascript:` is the artifacts rule's.
 */
function linkFindings(
  article: ParsedArticle,
  index: SourceIndex,
  context: CheckContext,
): Finding[] {
  const known = new Set(index.urls);
  for (const url of context.suppliedUrls ?? []) known.add(normaliseUrl(url));
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const link of linksOf(article)) {
    const kind = linkKind(link.url);
    if (kind === "internal" || SCRIPT_URL.test(link.url)) continue;
    if (kind === "web" && isKnownUrl(link.url, known)) continue;
    if (
      kind === "other" &&
      index.lowered.includes(
        link.url
          .slice(link.url.indexOf(":") + 1)
          .trim()
          .toLowerCase(),
      )
    )
      continue;
    if (reported.has(link.url)) continue;
    reported.add(link.url);
    const shown = excerpt(link.url, 100);
    findings.push({
      rule: "fidelity",
      severity: "error",
      message: `the link to "${shown}" is not in the source: remove the link (keep its text), or link only to a URL of the source`,
      line: link.line,
      column: link.column,
      actual: link.url,
      repair: `Le lien vers « ${shown} » ne figure pas dans la source : retire le lien (garde son texte) ; n'utilise que les liens donnés par la source.`,
    });
  }
  return findings;
}

/**
 * A news rewrite must not invent a number or put words in someone's mouth (DESIGN.md):
 * every figure of the title, the description and the body is in the source in some
 * spelling (`15 M€` = `15 millions d'euros`, `28 février 2024` = `28/02/2024`), and every
 * quotation is in it word for word, typography aside; every link goes to a URL of the source
 * or one the tool supplied; every person it names is named by the source (an organisation,
 * a publication or a place it lacks is a warning). Runs only when the source is known.
 */
export const fidelity: Rule = {
  id: "fidelity",
  description: "Every figure, quotation, link and person of the article is in the source.",
  check(article, context) {
    const { source } = context;
    if (source === undefined) return [];
    const index = sourceIndexOf(source);
    const findings: Finding[] = [];
    const reported = new Set<string>();
    const names = new Set<string>();
    for (const unit of proseUnitsOf(article)) {
      // Names in the body: the title and description restate it.
      if (unit.block) findings.push(...nameFindings(article, unit, index, names));
      for (const figure of extractFigures(unit.text)) {
        if (isFigureIn(figure, index.figureKeys)) continue;
        const { line, column } = placeInUnit(article, unit, figure.text);
        if (reported.has(`${line} ${figure.text}`)) continue;
        reported.add(`${line} ${figure.text}`);
        findings.push({
          rule: "fidelity",
          severity: "error",
          message: `the figure "${figure.text}" is not in the source: remove it or use the source's figure`,
          line,
          column,
          actual: figure.text,
          repair: `Le chiffre « ${figure.text} » n'apparaît pas dans la source : retire-le ou reprends celui de la source.`,
        });
      }
      for (const quotation of extractQuotations(unit.text)) {
        if (isQuotationIn(quotation.text, index.folded)) continue;
        const { line, column } = placeInUnit(article, unit, quotation.text.slice(0, 30));
        const quoted = excerpt(quotation.text, 100);
        findings.push({
          rule: "fidelity",
          severity: "error",
          message: `the quotation "${quoted}" is not word for word in the source: quote the source exactly or drop the quote marks`,
          line,
          column,
          actual: quotation.text,
          repair: `La citation « ${quoted} » ne figure pas mot pour mot dans la source : cite exactement la source ou reformule sans guillemets.`,
        });
      }
    }
    findings.push(...linkFindings(article, index, context));
    return findings;
  },
};
