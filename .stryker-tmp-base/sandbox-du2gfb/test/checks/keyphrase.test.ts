// @ts-nocheck
import { keyphrase } from "../../src/checks/keyphrase.js";
import { articleOf, BODY_LINE, GOOD_ARTICLE, testRule } from "./rule-tester.js";

/** Default front-matter: keyphrase "partenariat Microsoft Mistral" in title and description. */
const INTRO = "Le partenariat entre Microsoft et Mistral surprend Paris.";
const body = (...headings: string[]) =>
  [INTRO, ...headings.flatMap((heading) => [`## ${heading}`, "Un paragraphe."])].join("\n\n");

testRule(keyphrase, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    {
      name: "in 2 of 4 subheadings, in any order and any case",
      article: articleOf(
        body(
          "MISTRAL et son partenariat avec Microsoft",
          "Bercy",
          "Le partenariat Mistral",
          "Suite",
        ),
      ),
    },
    {
      name: "word forms and accents vary",
      article: articleOf(
        "Les intelligences artificielles européennes avancent.\n\n## L'intelligence artificielle\n\nTexte.\n\n## Autre\n\nTexte.",
        {
          title: "Intelligence Artificielle : Mistral accélère",
          description:
            "Mistral accélère dans l'intelligence artificielle générative avec Microsoft, tandis que Bercy assure ne rien avoir su de leur partenariat européen.",
        },
      ),
      context: { keyword: "intelligence artificielle" },
    },
    { name: "no keyphrase at all", article: articleOf("Texte.", { keywords: [] }) },
  ],
  invalid: [
    {
      name: "missing from the title, the description and the first paragraph",
      article: articleOf(body("Le partenariat Microsoft Mistral", "Autre", "Suite"), {
        title: "Microsoft et la France",
        description:
          "Bercy assure avoir découvert l'accord avec Microsoft lors de son annonce, alors que des élus européens soupçonnent un lobbying sur l'AI Act à Bruxelles.",
      }),
      context: { keyword: "Mistral" },
      errors: [
        {
          severity: "warning",
          line: 2,
          message: 'the focus keyphrase "Mistral" is missing from the title: put it there',
          repair: "L'expression clé « Mistral » manque dans le titre (champ title) : ajoute-la.",
        },
        { severity: "warning", line: 3, message: /missing from the description/ },
      ],
    },
    {
      name: "missing from the first paragraph",
      article: articleOf(
        `Paris dément.\n\n${body("Le partenariat Microsoft Mistral", "Autre", "Suite").replace(INTRO, "")}`,
      ),
      errors: [
        { severity: "warning", line: BODY_LINE, message: /missing from the first paragraph/ },
      ],
    },
    {
      name: "in no subheading",
      article: articleOf(body("Bercy", "Les élus", "La suite")),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE + 2,
          message:
            /^0 of 3 subheadings \(0 %\) hold the focus keyphrase "partenariat Microsoft Mistral"; 30–75 % is best: put it in more of them/,
          repair: /n'apparaît que dans 0 intertitre\(s\) sur 3/,
        },
      ],
    },
    {
      name: "in every subheading",
      article: articleOf(
        body(
          "Le partenariat Microsoft Mistral",
          "Microsoft et Mistral",
          "Partenariat avec Mistral",
        ),
      ),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE + 2,
          message: /^3 of 3 subheadings \(100 %\).*use synonyms/,
        },
      ],
    },
  ],
});
