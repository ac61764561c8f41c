import { keyphraseDescription } from "../../src/checks/keyphrase-description.js";
import { articleOf, GOOD_ARTICLE, testRule } from "./rule-tester.js";

const described = (description: string) => articleOf("Texte.", { description });

/** Default keyphrase: « partenariat Microsoft Mistral ». */
testRule(keyphraseDescription, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    { name: "once", article: described("Le partenariat Microsoft Mistral surprend Bercy.") },
    {
      name: "twice (the limit)",
      article: described(
        "Le partenariat Microsoft Mistral surprend Bercy. Ce partenariat de Microsoft avec Mistral inquiète.",
      ),
    },
    { name: "no description: front-matter and description-length say it", article: described("") },
  ],
  invalid: [
    {
      name: "missing",
      article: described("Bercy découvre un accord dans l'intelligence artificielle."),
      errors: [
        {
          severity: "warning",
          line: 3,
          message:
            'the focus keyphrase "partenariat Microsoft Mistral" is missing from the description: put it there',
          repair:
            "L'expression clé « partenariat Microsoft Mistral » manque dans la méta-description (champ description) : ajoute-la.",
          actual: 0,
          expected: "1–2",
        },
      ],
    },
    {
      name: "three times",
      article: described(
        "Le partenariat Microsoft Mistral surprend. Le partenariat Microsoft Mistral inquiète. Le partenariat Microsoft Mistral divise.",
      ),
      errors: [
        {
          severity: "warning",
          line: 3,
          message:
            /holds the focus keyphrase "partenariat Microsoft Mistral" 3 times \(at most 2\)/,
          repair: /répète 3 fois l'expression clé/,
          actual: 3,
        },
      ],
    },
  ],
});
