// @ts-nocheck
import { sectionLength } from "../../src/checks/section-length.js";
import { articleOf, BODY_LINE, GOOD_ARTICLE, prose, testRule } from "./rule-tester.js";

testRule(sectionLength, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    {
      name: "sections of exactly 300 words",
      article: articleOf(`${prose(300)}\n\n## Suite\n\n${prose(150)}\n\n${prose(150)}`),
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
          message: /^the introduction runs 301 words without a subheading \(at most 300\)/,
          repair: /^L'introduction fait 301 mots sans intertitre/,
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
          message: /^the section "Le détail" runs 320 words/,
        },
      ],
    },
  ],
});
