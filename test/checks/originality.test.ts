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

/**
 * A source of 14 words, and paragraphs of 17 words whose first `copied + 7` words are the
 * source's opening, word for word, and the rest words the source never uses: 10 8-word
 * sequences, `copied` of them in the source, so the share is exactly `copied / 10`.
 */
const COUNCIL = {
  source: "Le conseil municipal a voté hier soir un budget de rigueur pour la ville.",
};
const COUNCIL_WORDS = COUNCIL.source.replace(".", "").split(" ");
const NEW_WORDS = [
  "jardins",
  "fleuris",
  "printemps",
  "couleurs",
  "parfums",
  "oiseaux",
  "matin",
  "clair",
  "soleil",
];
function councilParagraph(copied: number): string {
  const own = 17 - (copied + 7);
  return `${[...COUNCIL_WORDS.slice(0, copied + 7), ...NEW_WORDS.slice(0, own)].join(" ")}.`;
}
/** The copied passage of {@link councilParagraph}, as the finding quotes it. */
function councilPassage(copied: number): string {
  return COUNCIL_WORDS.slice(0, copied + 7).join(" ");
}

testRule(originality, {
  valid: [
    {
      name: "words that all occur in the source, but never 8 in a row as the source has them",
      // All 14 words are the source's, reordered: each of the 7 8-word sequences is new.
      article: articleOf(
        "La ville a voté pour un budget de rigueur hier soir, le conseil municipal.",
      ),
      context: COUNCIL,
    },
    {
      name: "a share of 10 %, under the warning limit",
      article: articleOf(councilParagraph(1)),
      context: COUNCIL,
    },
    {
      name: "a share of exactly 20 %, on the warning limit",
      article: articleOf(councilParagraph(2)),
      context: COUNCIL,
    },
    {
      name: "a copy of 7 words only: no 8-word sequence to share",
      article: articleOf(`${COUNCIL_WORDS.slice(0, 7).join(" ")}.`),
      context: COUNCIL,
    },
  ],
  invalid: [
    {
      name: "a share of 30 %, above the warning limit and under the error limit",
      article: articleOf(councilParagraph(3)),
      context: COUNCIL,
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message: `30 % of the article's 8-word sequences are copied from the source (warning above 20 %): reformulate "${councilPassage(3)}" (line ${BODY_LINE})`,
          repair: `30 % des suites de 8 mots de l'article reprennent la source mot pour mot (au plus 20 %) : reformule avec tes propres mots les passages copiés, notamment « ${councilPassage(3)} », sans changer les faits.`,
        },
      ],
    },
    {
      name: "a share of exactly 40 %, on the error limit: a warning",
      article: articleOf(councilParagraph(4)),
      context: COUNCIL,
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message: `40 % of the article's 8-word sequences are copied from the source (warning above 20 %): reformulate "${councilPassage(4)}"`,
        },
      ],
    },
    {
      name: "a share of 50 %, above the error limit",
      article: articleOf(councilParagraph(5)),
      context: COUNCIL,
      errors: [
        {
          severity: "error",
          line: BODY_LINE,
          message: `50 % of the article's 8-word sequences are copied from the source (error above 40 %): reformulate "${councilPassage(5)}" (line ${BODY_LINE})`,
          repair: `50 % des suites de 8 mots de l'article reprennent la source mot pour mot (au plus 40 %) : reformule avec tes propres mots les passages copiés, notamment « ${councilPassage(5)} », sans changer les faits.`,
        },
      ],
    },
  ],
});

describe("originality at its limits", () => {
  it.each([
    [1, undefined],
    [2, undefined],
    [3, { severity: "warning", actual: 0.3, expected: 0.2 }],
    [4, { severity: "warning", actual: 0.4, expected: 0.2 }],
    [5, { severity: "error", actual: 0.5, expected: 0.4 }],
  ] as const)("%i copied sequences of 10", (copied, expected) => {
    const findings = findingsOf(originality, articleOf(councilParagraph(copied)), COUNCIL);
    expect(findings[0]).toEqual(
      expected === undefined ? undefined : expect.objectContaining(expected),
    );
  });
});

const SCHOOLS = {
  source:
    "Le conseil municipal a voté hier soir un budget de rigueur pour la ville. Les associations sportives redoutent une baisse sensible des subventions accordées chaque année par la mairie.",
};

testRule(originality, {
  valid: [
    {
      name: "8-word sequences never span a quotation",
      article: articleOf("Le conseil municipal a « voté hier soir » un budget de rigueur."),
      context: COUNCIL,
    },
    {
      name: "paragraphs of fewer than 8 words each: no sequence at all",
      article: articleOf(
        "Le conseil municipal a voté hier soir.\n\nUn budget de rigueur pour la ville.",
      ),
      context: COUNCIL,
    },
  ],
  invalid: [
    {
      name: "exactly 8 words of the source: one sequence, copied",
      article: articleOf("Le conseil municipal a voté hier soir un."),
      context: COUNCIL,
      errors: [
        {
          severity: "error",
          line: BODY_LINE,
          message: `100 % of the article's 8-word sequences are copied from the source (error above 40 %): reformulate "Le conseil municipal a voté hier soir un" (line ${BODY_LINE})`,
        },
      ],
    },
    {
      name: "the two longest copied passages are quoted, longest first, cut at 90 characters, with their lines",
      article: articleOf(
        [
          "Selon nos informations, le conseil municipal a voté hier soir un budget.",
          "Les associations sportives redoutent une baisse sensible des subventions accordées chaque année, disent-elles.",
          "Mais les associations sportives redoutent une baisse sensible des subventions accordées, ajoute-t-il.",
        ].join("\n\n"),
      ),
      context: SCHOOLS,
      errors: [
        {
          severity: "error",
          line: BODY_LINE + 2,
          message: `52.6 % of the article's 8-word sequences are copied from the source (error above 40 %): reformulate "Les associations sportives redoutent une baisse sensible des subventions accordées…" (line ${BODY_LINE + 2}) and "les associations sportives redoutent une baisse sensible des subventions accordées" (line ${BODY_LINE + 4})`,
          repair: `52,6 % des suites de 8 mots de l'article reprennent la source mot pour mot (au plus 40 %) : reformule avec tes propres mots les passages copiés, notamment « Les associations sportives redoutent une baisse sensible des subventions accordées… » et « les associations sportives redoutent une baisse sensible des subventions accordées », sans changer les faits.`,
        },
      ],
    },
  ],
});

describe("originality finding", () => {
  it("gives the share rounded to 3 decimals and the limit it passed", () => {
    const article = articleOf(
      [
        "Selon nos informations, le conseil municipal a voté hier soir un budget.",
        "Les associations sportives redoutent une baisse sensible des subventions accordées chaque année, disent-elles.",
        "Mais les associations sportives redoutent une baisse sensible des subventions accordées, ajoute-t-il.",
      ].join("\n\n"),
    );
    expect(findingsOf(originality, article, SCHOOLS)[0]).toMatchObject({
      actual: 0.526,
      expected: 0.4,
    });
  });

  it("reads each new source afresh, and the same source again after another", () => {
    const article = articleOf(councilParagraph(5));
    expect(findingsOf(originality, article, COUNCIL)).toHaveLength(1);
    expect(findingsOf(originality, article, { source: "Un tout autre texte." })).toEqual([]);
    expect(findingsOf(originality, article, COUNCIL)).toHaveLength(1);
  });

  it("quotes a copied passage that runs to the end of its paragraph, and one that stops before", () => {
    const [finding] = findingsOf(
      originality,
      articleOf(`Hier, ${COUNCIL.source}\n\n${councilParagraph(3)}`),
      COUNCIL,
    );
    expect(finding?.message).toContain(
      `reformulate "Le conseil municipal a voté hier soir un budget de rigueur pour la ville" (line ${BODY_LINE}) and "${councilPassage(3)}" (line ${BODY_LINE + 2})`,
    );
  });
});

it("describes itself", () => {
  expect(originality.description).toBe(
    "The article does not copy long passages of its source (quotations aside).",
  );
});
