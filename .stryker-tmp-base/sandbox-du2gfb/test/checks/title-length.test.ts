// @ts-nocheck
import { titleLength } from "../../src/checks/title-length.js";
import { articleOf, GOOD_ARTICLE, testRule } from "./rule-tester.js";

const title = (length: number) => `Mistral et Microsoft ${"x".repeat(length - 21)}`;

testRule(titleLength, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    { name: "a title of 60 characters", article: articleOf("Texte.", { title: title(60) }) },
    {
      name: "a title over 65 characters: the front-matter rule's error, not a warning too",
      article: articleOf("Texte.", { title: title(66) }),
    },
  ],
  invalid: [
    {
      name: "a title of 61 characters",
      article: articleOf("Texte.", { title: title(61) }),
      errors: [
        {
          severity: "warning",
          line: 2,
          message: /^the title has 61 characters/,
          repair: /^Le titre fait 61 caractères : raccourcis-le à 60 caractères au plus/,
        },
      ],
    },
  ],
});
