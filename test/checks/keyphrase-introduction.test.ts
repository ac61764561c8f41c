import { keyphraseIntroduction } from "../../src/checks/keyphrase-introduction.js";
import { articleOf, BODY_LINE, GOOD_ARTICLE, testRule } from "./rule-tester.js";

/** Default keyphrase: « partenariat Microsoft Mistral ». */
testRule(keyphraseIntroduction, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    {
      name: "one sentence of the first paragraph holds it, in another order",
      article: articleOf(
        "Bercy dément. Le partenariat entre Mistral et Microsoft surprend.\n\n## Suite\n\nTexte.",
      ),
    },
    {
      name: "elision and plural: « d'accord », « accords »",
      article: articleOf("Les élus tombent d'accord sur les accords de Paris.\n\nTexte."),
      context: { keyword: "l'accord de Paris" },
    },
    {
      name: "the first paragraph, after a list",
      article: articleOf("- Bercy dément.\n\nLe partenariat Microsoft Mistral surprend Paris."),
    },
    { name: "no paragraph", article: articleOf("## Titre seul") },
  ],
  invalid: [
    {
      name: "its words spread over two sentences",
      article: articleOf("Le partenariat avec Microsoft surprend. Mistral se tait.\n\nTexte."),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message: /but in no one sentence: put it whole in its first sentence$/,
          repair: /^Les mots de l'expression clé « partenariat Microsoft Mistral » sont dispersés/,
        },
      ],
    },
    {
      name: "only in the second paragraph",
      article: articleOf("Bercy dément.\n\nLe partenariat Microsoft Mistral surprend."),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message:
            'the focus keyphrase "partenariat Microsoft Mistral" is missing from the first paragraph: put it in its first sentence',
          repair:
            "L'expression clé « partenariat Microsoft Mistral » manque dans le premier paragraphe : place-la dans sa première phrase.",
        },
      ],
    },
  ],
});
