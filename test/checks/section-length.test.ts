import { describe, expect, it } from "vitest";
import { sectionLength } from "../../src/checks/section-length.js";
import { articleOf, BODY_LINE, findingsOf, GOOD_ARTICLE, prose, testRule } from "./rule-tester.js";

const LONG_HEADING = "Le détail de l'accord entre Microsoft et Mistral, ses montants et ses suites";
/** {@link LONG_HEADING} cut at 50 characters on a word. */
const LONG_HEADING_CUT = "Le détail de l'accord entre Microsoft et…";

testRule(sectionLength, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    {
      name: "sections of exactly 300 words",
      article: articleOf(`${prose(300)}\n\n## Suite\n\n${prose(150)}\n\n${prose(150)}`),
    },
    {
      name: "a section of 299 words under a ###",
      article: articleOf(`${prose(50)}\n\n### Détail\n\n${prose(149)}\n\n${prose(150)}`),
    },
  ],
  invalid: [
    {
      name: "an introduction of 301 words",
      article: articleOf(`${prose(200)}\n\n${prose(101)}\n\n## Suite\n\n${prose(50)}`),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message:
            'the introduction runs 301 words without a subheading (at most 300): split it with a "##" or "###" subheading',
          repair:
            "L'introduction fait 301 mots sans intertitre (au plus 300) : découpe-la avec un intertitre « ## » ou « ### ».",
        },
      ],
    },
    {
      name: "a section of 320 words under its subheading",
      article: articleOf(`${prose(50)}\n\n## Le détail\n\n${prose(160)}\n\n${prose(160)}`),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE + 2,
          message:
            'the section "Le détail" runs 320 words without a subheading (at most 300): split it with a "##" or "###" subheading',
          repair:
            "La section « Le détail » fait 320 mots sans intertitre (au plus 300) : découpe-la avec un intertitre « ## » ou « ### ».",
        },
      ],
    },
    {
      name: "two long sections, one with a heading cut at 50 characters",
      article: articleOf(
        `${prose(310)}\n\n## ${LONG_HEADING}\n\n${prose(160)}\n\n${prose(160)}\n\n## Fin\n\n${prose(20)}`,
      ),
      errors: [
        { severity: "warning", line: BODY_LINE, message: /^the introduction runs 310 words/ },
        {
          severity: "warning",
          line: BODY_LINE + 2,
          message: `the section "${LONG_HEADING_CUT}" runs 320 words without a subheading (at most 300): split it with a "##" or "###" subheading`,
          repair: `La section « ${LONG_HEADING_CUT} » fait 320 mots sans intertitre (au plus 300) : découpe-la avec un intertitre « ## » ou « ### ».`,
        },
      ],
    },
  ],
});

describe("section-length finding", () => {
  it("gives the section's words against the limit of 300", () => {
    const [finding] = findingsOf(sectionLength, articleOf(prose(301)));
    expect(finding).toMatchObject({ actual: 301, expected: 300 });
  });
});

describe("section-length description", () => {
  it("states the rule and its limits", () => {
    expect(sectionLength.description).toBe("No section runs over 300 words without a subheading.");
  });
});
