import { describe, expect, it } from "vitest";
import { keyphraseTitle } from "../../src/checks/keyphrase-title.js";
import { articleOf, GOOD_ARTICLE, testRule } from "./rule-tester.js";

/** Default keyphrase: « partenariat Microsoft Mistral ». */
const titled = (title: string) => articleOf("Texte.", { title });

testRule(keyphraseTitle, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    {
      name: "the title opens with it",
      article: titled("Partenariat Microsoft Mistral : Bercy dément"),
    },
    { name: "after a function word", article: titled("Le partenariat Microsoft Mistral inquiète") },
    {
      name: "plural, case and accents fold",
      article: titled("LES PARTENARIATS MICROSOFT MISTRAL"),
    },
    {
      name: "elision: « l'accord de Paris » opens « L'Accord de Paris, dix ans après »",
      article: titled("L'Accord de Paris, dix ans après"),
      context: { keyword: "l'accord de Paris" },
    },
    {
      name: "feminine forms: « politique publique » opens « Politiques publiques : … »",
      article: titled("Politiques publiques : le bilan"),
      context: { keyword: "politique public" },
    },
    { name: "no keyphrase", article: articleOf("Texte.", { keywords: [] }) },
  ],
  invalid: [
    {
      name: "present, not at the start",
      article: titled("Bercy et le partenariat Microsoft Mistral"),
      errors: [
        {
          severity: "warning",
          line: 2,
          message:
            'the title holds the focus keyphrase "partenariat Microsoft Mistral" but does not open with it: move it to the start',
          repair:
            /^Le titre \(champ title\) contient l'expression clé « partenariat Microsoft Mistral » mais ne commence pas par elle/,
        },
      ],
    },
    {
      name: "its words, out of order",
      article: titled("Mistral et Microsoft : un partenariat"),
      errors: [{ severity: "warning", line: 2, message: /does not open with it/ }],
    },
    {
      name: "missing",
      article: titled("Microsoft et la France"),
      errors: [
        {
          severity: "warning",
          line: 2,
          message:
            'the focus keyphrase "partenariat Microsoft Mistral" is missing from the title: open the title with it',
          repair:
            "L'expression clé « partenariat Microsoft Mistral » manque dans le titre (champ title) : commence le titre par elle.",
        },
      ],
    },
  ],
});

describe("keyphrase-title description", () => {
  it("says what it checks", () => {
    expect(keyphraseTitle.description).toBe("The title opens with the focus keyphrase.");
  });
});
