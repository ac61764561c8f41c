import { describe, expect, it } from "vitest";
import { keyphraseSubheadings } from "../../src/checks/keyphrase-subheadings.js";
import { articleOf, BODY_LINE, findingsOf, GOOD_ARTICLE, prose, testRule } from "./rule-tester.js";

/** Default front-matter: keyphrase "partenariat Microsoft Mistral" in title and description. */
const INTRO = "Le partenariat entre Microsoft et Mistral surprend Paris.";
const body = (...headings: string[]) =>
  [INTRO, ...headings.flatMap((heading) => [`## ${heading}`, "Un paragraphe."])].join("\n\n");
/** The file line of the `index`-th (0-based) subheading of {@link body}. */
const headingLine = (index: number) => BODY_LINE + 2 + 4 * index;
const FULL = "Le partenariat Microsoft Mistral";
/** Two of the keyphrase's three content words: enough for a subheading (at least half). */
const PARTIAL = "Microsoft et Mistral";
/** One of three: not enough. */
const ONE_WORD = "Mistral grandit";
const others = (count: number) => Array.from({ length: count }, (_, index) => `Autre ${index + 1}`);

testRule(keyphraseSubheadings, {
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
    {
      name: "in 3 of 10 subheadings (30 %, the lower limit)",
      article: articleOf(body(FULL, PARTIAL, FULL, ...others(7))),
    },
    {
      name: "in 1 of 3 subheadings (33 %)",
      article: articleOf(body("Bercy", PARTIAL, "Suite")),
    },
    {
      name: "in 2 of 3 subheadings (67 %)",
      article: articleOf(body(FULL, "Bercy", PARTIAL)),
    },
    {
      name: "in 3 of 4 subheadings (75 %, the upper limit)",
      article: articleOf(body(FULL, PARTIAL, "Bercy", FULL)),
    },
    {
      name: "#### subheadings do not count, ### do",
      article: articleOf(
        `${INTRO}\n\n### ${FULL}\n\nTexte.\n\n#### Bercy\n\nTexte.\n\n#### Bruxelles\n\nTexte.\n\n## Suite\n\nTexte.`,
      ),
    },
    {
      name: "no subheading at all",
      article: articleOf(INTRO),
    },
    {
      name: "the introduction is the first paragraph, not a list before it",
      article: articleOf(`- Bercy dément.\n\n${INTRO}`),
    },
    {
      // Without « la », « de » and « l' » left out, none of these would hold the keyphrase.
      name: "a keyphrase with function words (« la », « de »), held without them",
      article: articleOf(
        "Souveraineté : l'Europe cherche ses champions, et Mistral en est un.\n\n## L'Europe et sa souveraineté\n\nTexte.\n\n## Bercy\n\nTexte.",
        {
          title: "Souveraineté : l'Europe face à Microsoft",
          description:
            "L'Europe veut défendre sa souveraineté numérique face aux géants américains, mais Mistral s'allie à Microsoft.",
        },
      ),
      context: { keyword: "la souveraineté de l'Europe" },
    },
    {
      // Yoast: a subheading reflects the keyphrase with at least half of its content words.
      name: "a two-word keyphrase: one of its words is enough in a subheading, 1 of 3",
      article: articleOf(
        "Mistral AI surprend Paris.\n\n## Mistral lève des fonds\n\nTexte.\n\n## Bercy\n\nTexte.\n\n## Bruxelles\n\nTexte.",
      ),
      context: { keyword: "Mistral AI" },
    },
    {
      name: "a four-word keyphrase: two of them are enough, 2 of 4",
      article: articleOf(
        body(
          "L'Europe et la souveraineté",
          "Souveraineté numérique européenne",
          "Microsoft",
          "Mistral",
        ),
      ),
      context: { keyword: "souveraineté numérique de l'Europe en IA" },
    },
    {
      name: "the only subheading holds it (100 %, but one of one)",
      article: articleOf(body(FULL)),
    },
    {
      name: "no subheading in a short text (up to 300 words)",
      article: articleOf(prose(300)),
    },
    {
      name: "no title nor description in the front-matter",
      article: `---\nkeywords: ["partenariat Microsoft Mistral"]\n---\n\n${INTRO}`,
    },
  ],
  invalid: [
    {
      name: "no subheading in a text over 300 words",
      article: articleOf(prose(301)),
      errors: [{ severity: "warning", message: /^0 of 0 subheadings \(0 %\)/ }],
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
          repair:
            "L'expression clé « partenariat Microsoft Mistral » n'apparaît que dans 0 intertitre(s) sur 3 : place-la dans environ un intertitre sur deux.",
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
          message:
            '3 of 3 subheadings (100 %) hold the focus keyphrase "partenariat Microsoft Mistral"; 30–75 % is best: use synonyms in some',
          repair:
            "L'expression clé « partenariat Microsoft Mistral » apparaît dans 3 intertitres sur 3 : remplace-la par un synonyme dans certains d'entre eux.",
        },
      ],
    },
    {
      name: "in 2 of 7 subheadings (29 %), one word of three not enough",
      article: articleOf(body(ONE_WORD, FULL, ...others(4), PARTIAL)),
      errors: [
        {
          severity: "warning",
          line: headingLine(0),
          message:
            '2 of 7 subheadings (29 %) hold the focus keyphrase "partenariat Microsoft Mistral"; 30–75 % is best: put it in more of them',
          repair: /n'apparaît que dans 2 intertitre\(s\) sur 7 :/,
        },
      ],
    },
    {
      name: "in 4 of 5 subheadings (80 %), pointing at the first that holds all of it",
      article: articleOf(body(PARTIAL, "Bercy", FULL, PARTIAL, FULL)),
      errors: [
        {
          severity: "warning",
          line: headingLine(2),
          message: /^4 of 5 subheadings \(80 %\) hold .*: use synonyms in some$/,
          repair: /apparaît dans 4 intertitres sur 5 :/,
        },
      ],
    },
    {
      name: "in every subheading, none holding all of it: no line to point at",
      article: articleOf(body(PARTIAL, "Partenariat avec Mistral")),
      errors: [{ severity: "warning", message: /^2 of 2 subheadings \(100 %\)/ }],
    },
  ],
});

describe("keyphrase subheading finding", () => {
  it("gives the share, rounded to 3 places, against the 0.3–0.75 band", () => {
    const [finding] = findingsOf(
      keyphraseSubheadings,
      articleOf(body(ONE_WORD, FULL, ...others(4), PARTIAL)),
    );
    expect(finding).toMatchObject({ actual: 0.286, expected: "0.3–0.75" });
  });
});

describe("keyphrase-subheadings description", () => {
  it("states the band", () => {
    expect(keyphraseSubheadings.description).toBe(
      "The focus keyphrase is in 30–75 % of the subheadings.",
    );
  });
});
