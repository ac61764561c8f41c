// @ts-nocheck
import { describe, expect, it } from "vitest";
import { originality } from "../../src/checks/originality.js";
import {
  articleOf,
  BODY_LINE,
  findingsOf,
  GOOD_ARTICLE,
  REUTERS,
  testRule,
} from "./rule-tester.js";

const sourceLines = REUTERS.split("\n");
/** A paragraph of the Reuters seed, by its 1-based line. */
function sourceParagraph(line: number): string {
  return sourceLines[line - 1] ?? "";
}

const reuters = { source: REUTERS };
const OWN_OPENING =
  "Le ministère des Finances affirme avoir découvert cet accord en même temps que le public, sans en mesurer la portée. Pour les élus, cette chronologie pose question, car la start-up plaidait au même moment pour des règles plus légères.";
const OWN_CLOSING =
  "La jeune pousse parisienne répond qu'elle garde son indépendance et signera d'autres contrats de distribution. Les observateurs rappellent que ces montages financiers sont devenus courants chez les grands groupes.";

/** Paragraphs copied from the source, all of them (~100 %). */
const COPIED = [17, 19, 15].map(sourceParagraph).join("\n\n");
/** One copied paragraph between two original ones: about 30 %. */
const PARTLY_COPIED = [OWN_OPENING, sourceParagraph(19), OWN_CLOSING].join("\n\n");

testRule(originality, {
  valid: [
    { name: "the good article against its source", article: GOOD_ARTICLE, context: reuters },
    {
      name: "source sentences inside quotations are excluded",
      article: articleOf(
        `Un fonctionnaire a dit : « ${sourceParagraph(29).replaceAll('"', "")} » Voilà sa position.`,
      ),
      context: reuters,
    },
    { name: "without a source, nothing to compare to", article: articleOf(COPIED) },
    {
      name: "a copy under a raised error threshold and warning threshold",
      article: articleOf(COPIED),
      context: { ...reuters, originalityError: 1, originalityWarning: 1 },
    },
  ],
  invalid: [
    {
      name: "paragraphs copied from the source",
      article: articleOf(COPIED),
      context: reuters,
      errors: [
        {
          severity: "error",
          line: BODY_LINE,
          message:
            /^100 % of the article's 8-word sequences are copied from the source \(error above 40 %\): reformulate "À la suite de cette annonce/,
          repair:
            /^100 % des suites de 8 mots .* \(au plus 40 %\) : reformule .*« À la suite de cette annonce/,
        },
      ],
    },
    {
      name: "one paragraph of three copied: a warning",
      article: articleOf(PARTLY_COPIED),
      context: reuters,
      errors: [
        {
          severity: "warning",
          line: BODY_LINE + 2,
          message:
            /\(warning above 20 %\): reformulate "Mistral et le gouvernement français avaient déjà fait pression/,
        },
      ],
    },
    {
      name: "the same copy fails as an error under a lowered error threshold",
      article: articleOf(PARTLY_COPIED),
      context: { ...reuters, originalityError: 0.2, originalityWarning: 0.1 },
      errors: [{ severity: "error", line: BODY_LINE + 2, message: /error above 20 %/ }],
    },
  ],
});

describe("originality share", () => {
  it("is case- and punctuation-insensitive and reports the share", () => {
    const shouted = sourceParagraph(17).toUpperCase().replaceAll(",", " ;");
    const [finding] = findingsOf(originality, articleOf(shouted), reuters);
    expect(finding?.actual).toBe(1);
  });

  it("lies between the thresholds for the partly copied article", () => {
    const [finding] = findingsOf(originality, articleOf(PARTLY_COPIED), reuters);
    expect(finding?.actual).toBeGreaterThan(0.2);
    expect(finding?.actual).toBeLessThanOrEqual(0.4);
  });
});
