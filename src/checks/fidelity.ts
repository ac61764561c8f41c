import type { Finding } from "../core/finding.js";
import { extractFigures, figureKeysOf, isFigureIn } from "./figures.js";
import { excerpt, placeInUnit, proseUnitsOf } from "./locate.js";
import {
  extractQuotations,
  foldQuotation,
  isQuotationIn,
  withoutBlockQuoteMarks,
} from "./quotations.js";
import type { Rule } from "./rule.js";

/** What fidelity needs of the source, computed once per source text. */
interface SourceIndex {
  figureKeys: Set<string>;
  folded: string;
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
  };
  // Stryker disable next-line all: a cache; recomputing the same source gives the same index
  lastSource = { text: source, index };
  return index;
}

/**
 * A news rewrite must not invent a number or put words in someone's mouth (DESIGN.md):
 * every figure of the title, the description and the body is in the source in some
 * spelling (`15 M€` = `15 millions d'euros`, `28 février 2024` = `28/02/2024`), and every
 * quotation is in it word for word, typography aside. Runs only when the source is known.
 */
export const fidelity: Rule = {
  id: "fidelity",
  description: "Every figure and every quotation of the article is in the source.",
  check(article, { source }) {
    if (source === undefined) return [];
    const index = sourceIndexOf(source);
    const findings: Finding[] = [];
    const reported = new Set<string>();
    for (const unit of proseUnitsOf(article)) {
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
    return findings;
  },
};
