// @ts-nocheck
import { sentenceLength } from "../../src/checks/sentence-length.js";
import { articleOf, BODY_LINE, GOOD_ARTICLE, prose, testRule } from "./rule-tester.js";

testRule(sentenceLength, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    {
      name: "one sentence in four over 20 words (25 %, the limit)",
      article: articleOf(`${prose(30, 10)} ${prose(21, 21)}`),
    },
    {
      name: "long headings are not sentences",
      article: articleOf(`## ${prose(30, 30)}\n\n${prose(30, 10)}`),
    },
  ],
  invalid: [
    {
      name: "two sentences in four over 20 words",
      article: articleOf(`${prose(20, 10)}\n\n${prose(21, 21)} ${prose(25, 25)}`),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE + 2,
          message:
            /^50 % of sentences have more than 20 words \(at most 25 %\): split the longest, such as "Ainsi les élus.*" \(25 words\)/,
          repair: /^50 % des phrases dépassent 20 mots/,
        },
      ],
    },
  ],
});
