import { describe, expect, it } from "vitest";
import { sentenceOpenings } from "../../src/checks/sentence-openings.js";
import { articleOf, BODY_LINE, findingsOf, GOOD_ARTICLE, testRule } from "./rule-tester.js";

/** Every determiner that does not make openings alike, before three different nouns. */
const DETERMINER_CASES = [
  ..."la le les un une des du ce ces cet cette sa ses son leur leurs".split(" "),
].map((determiner) => {
  const opening = determiner.charAt(0).toUpperCase() + determiner.slice(1);
  return {
    name: `« ${opening} » before different nouns`,
    article: articleOf(
      `${opening} gouvernement dément. ${opening} ministre confirme. ${opening} président se tait.`,
    ),
  };
});

testRule(sentenceOpenings, {
  valid: [
    ...DETERMINER_CASES,
    { name: "the good article", article: GOOD_ARTICLE },
    {
      name: "two sentences in a row with the same opening",
      article: articleOf("Microsoft investit. Microsoft distribue. Mistral grandit."),
    },
    {
      name: "the same determiner before different nouns",
      article: articleOf("Le gouvernement dément. Le ministre confirme. Le président se tait."),
    },
    {
      // A list ends the run before it and starts none: read as prose, either side would make 3.
      name: "list items that open alike",
      article: articleOf(
        "Microsoft investit. Microsoft distribue.\n\n- Microsoft attend.\n- Microsoft hésite.\n\nMicrosoft grandit. Microsoft insiste.",
      ),
    },
    {
      name: "a table ends the run",
      article: articleOf(
        "Microsoft investit. Microsoft distribue.\n\n| Microsoft | Mistral |\n|---|---|\n| 15 | 16 |\n\nMicrosoft attend.",
      ),
    },
    {
      name: "a run broken by another opening starts again",
      article: articleOf(
        "Microsoft investit. Microsoft distribue. Mistral grandit. Microsoft attend. Microsoft hésite.",
      ),
    },
    {
      name: "different figures are different openings",
      article: articleOf("2024 fut une année calme. 2025 sera agitée. 2026 reste à écrire."),
    },
    {
      name: "a heading breaks the run",
      article: articleOf(
        "Microsoft investit. Microsoft distribue.\n\n## Suite\n\nMicrosoft attend.",
      ),
    },
  ],
  invalid: [
    {
      name: "three sentences opening with « Microsoft »",
      article: articleOf("Intro.\n\nMicrosoft investit. Microsoft distribue. Microsoft attend."),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE + 2,
          message: '3 consecutive sentences open with "microsoft": vary the openings',
          repair: "3 phrases de suite commencent par « microsoft » : varie le début des phrases.",
        },
      ],
    },
    {
      name: "a run that goes on into a blockquote, then a second run after a heading",
      article: articleOf(
        "Microsoft investit.\n\n> Microsoft distribue. Microsoft attend.\n\n## Suite\n\nMistral grandit. Mistral recrute. Mistral lève des fonds. Mistral signe.",
      ),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message: '3 consecutive sentences open with "microsoft": vary the openings',
          repair: "3 phrases de suite commencent par « microsoft » : varie le début des phrases.",
        },
        {
          severity: "warning",
          line: BODY_LINE + 6,
          message: '4 consecutive sentences open with "mistral": vary the openings',
          repair: "4 phrases de suite commencent par « mistral » : varie le début des phrases.",
        },
      ],
    },
    {
      name: "a run at the end of a paragraph, after other openings",
      article: articleOf(
        "Paris dément. Bercy se tait. Mistral grandit. Mistral recrute. Mistral signe.",
      ),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message: '3 consecutive sentences open with "mistral": vary the openings',
        },
      ],
    },
    {
      name: "a run across two paragraphs, with a quote mark and a determiner",
      article: articleOf(
        "Le ministre dément. « Le ministre n'a rien su. »\n\nLe ministre insiste. Le ministre se tait. Pourtant, rien ne change.",
      ),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message: '4 consecutive sentences open with "le ministre": vary the openings',
          repair: "4 phrases de suite commencent par « le ministre » : varie le début des phrases.",
        },
      ],
    },
  ],
});

describe("sentence-openings finding", () => {
  it("gives the run's length against the limit of 2", () => {
    const [finding] = findingsOf(
      sentenceOpenings,
      articleOf("Microsoft investit. Microsoft distribue. Microsoft attend. Microsoft signe."),
    );
    expect(finding).toMatchObject({ actual: 4, expected: 2 });
  });
});

describe("sentence-openings description", () => {
  it("states the rule and its limits", () => {
    expect(sentenceOpenings.description).toBe(
      "No more than 2 consecutive sentences open with the same word.",
    );
  });
});
