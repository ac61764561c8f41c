import { describe, expect, it } from "vitest";
import { paragraphLength } from "../../src/checks/paragraph-length.js";
import { articleOf, BODY_LINE, findingsOf, GOOD_ARTICLE, prose, testRule } from "./rule-tester.js";

/** The 40 first characters of every `prose()` paragraph, cut on a word. */
const OPENING = "Ainsi les élus européens suivent ce…";

testRule(paragraphLength, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    { name: "a paragraph of 149 words", article: articleOf(prose(149)) },
    { name: "a paragraph of exactly 150 words", article: articleOf(prose(150)) },
    {
      name: "a heading is no paragraph, however long",
      article: articleOf(`## ${prose(160, 160)}\n\n${prose(20)}`),
    },
  ],
  invalid: [
    {
      name: "a paragraph of 151 words, and a quoted one of 200",
      article: articleOf(`${prose(20)}\n\n${prose(151)}\n\n> ${prose(200)}`),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE + 2,
          message: `paragraph of 151 words (at most 150): split "${OPENING}" in two`,
          repair: `Le paragraphe « ${OPENING} » fait 151 mots (au plus 150) : coupe-le en deux paragraphes.`,
        },
        {
          severity: "warning",
          line: BODY_LINE + 4,
          message: `paragraph of 200 words (at most 150): split "${OPENING}" in two`,
          repair: `Le paragraphe « ${OPENING} » fait 200 mots (au plus 150) : coupe-le en deux paragraphes.`,
        },
      ],
    },
    {
      name: "a list item of 152 words",
      article: articleOf(`- Court.\n- ${prose(152, 152).replace("Ainsi", "Bref")}`),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE + 1,
          message:
            'paragraph of 152 words (at most 150): split "Bref les élus européens suivent ce…" in two',
        },
      ],
    },
  ],
});

describe("paragraph-length finding", () => {
  it("gives the paragraph's words against the limit of 150", () => {
    const [finding] = findingsOf(paragraphLength, articleOf(prose(151)));
    expect(finding).toMatchObject({ actual: 151, expected: 150 });
  });
});

describe("paragraph-length description", () => {
  it("states the rule and its limits", () => {
    expect(paragraphLength.description).toBe("No paragraph runs over 150 words.");
  });
});
