import { descriptionLength } from "../../src/checks/description-length.js";
import { articleOf, GOOD_ARTICLE, testRule } from "./rule-tester.js";

const described = (length: number) => articleOf("Texte.", { description: "é".repeat(length) });

testRule(descriptionLength, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    { name: "120 characters (the lower limit)", article: described(120) },
    { name: "156 characters (the upper limit)", article: described(156) },
    { name: "no front-matter at all (front-matter says it)", article: "Texte seul.\n" },
  ],
  invalid: [
    {
      name: "119 characters",
      article: described(119),
      errors: [
        {
          severity: "warning",
          line: 3,
          message: "the meta description has 119 characters (120–156): develop it",
          repair:
            /^La méta-description \(champ description\) fait 119 caractères : elle doit en faire entre 140 et 155/,
          actual: 119,
          expected: "120–156",
        },
      ],
    },
    {
      name: "157 characters",
      article: described(157),
      errors: [
        { severity: "warning", line: 3, message: /157 characters \(120–156\): shorten it$/ },
      ],
    },
    {
      name: "missing",
      article: "---\ntitle: Titre\nlang: fr\n---\n\nTexte.\n",
      errors: [
        {
          severity: "warning",
          line: 1,
          message: "no meta description: write one of 120–156 characters",
        },
      ],
    },
  ],
});
