// @ts-nocheck
import { paragraphLength } from "../../src/checks/paragraph-length.js";
import { articleOf, BODY_LINE, GOOD_ARTICLE, prose, testRule } from "./rule-tester.js";

testRule(paragraphLength, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    { name: "a paragraph of exactly 150 words", article: articleOf(prose(150)) },
  ],
  invalid: [
    {
      name: "a paragraph of 151 words, and a quoted one of 200",
      article: articleOf(`${prose(20)}\n\n${prose(151)}\n\n> ${prose(200)}`),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE + 2,
          message: /^paragraph of 151 words \(at most 150\): split "Ainsi les élus/,
          repair: /^Le paragraphe « Ainsi les élus.* » fait 151 mots \(au plus 150\)/,
        },
        { severity: "warning", line: BODY_LINE + 4, message: /200 words/ },
      ],
    },
  ],
});
