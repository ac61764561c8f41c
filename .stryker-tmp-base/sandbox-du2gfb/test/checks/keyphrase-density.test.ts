// @ts-nocheck
import { keyphraseDensity } from "../../src/checks/keyphrase-density.js";
import { articleOf, BODY_LINE, GOOD_ARTICLE, prose, testRule } from "./rule-tester.js";

const KEY_SENTENCE = "Le partenariat Microsoft Mistral inquiète.";

testRule(keyphraseDensity, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    {
      name: "3 occurrences of a 3-word keyphrase in 300 words (3 %)",
      article: articleOf(
        [KEY_SENTENCE, prose(95), KEY_SENTENCE, prose(95), KEY_SENTENCE, prose(95)].join("\n\n"),
      ),
    },
    { name: "no keyphrase at all", article: articleOf(prose(100), { keywords: [] }) },
  ],
  invalid: [
    {
      name: "once in 705 words",
      article: articleOf(`${KEY_SENTENCE}\n\n${prose(700)}`),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message:
            'the focus keyphrase "partenariat Microsoft Mistral" appears 1 times, 0.4 % of the words (0.5–3 %): use it a few more times',
          repair: /n'apparaît que 1 fois \(0,4 % des mots\)/,
        },
      ],
    },
    {
      name: "in every sentence",
      article: articleOf(Array.from({ length: 10 }, () => KEY_SENTENCE).join(" ")),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message: /appears 10 times, 60 % of the words.*synonyms/,
        },
      ],
    },
    {
      name: "a --keyword the body never uses",
      article: articleOf(prose(300)),
      context: { keyword: "souveraineté numérique" },
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message: /"souveraineté numérique" appears 0 times/,
        },
      ],
    },
  ],
});
