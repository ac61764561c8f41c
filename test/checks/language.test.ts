import { describe, expect, it } from "vitest";
import { language } from "../../src/checks/language.js";
import { articleOf, BODY_LINE, GOOD_ARTICLE, testRule } from "./rule-tester.js";

/** French paragraphs long enough for the detector to judge, one per block. */
const FRENCH = [
  "La Banque centrale européenne a décidé jeudi de maintenir ses taux directeurs inchangés, malgré le ralentissement de l'inflation observé depuis le début de l'année dans la zone euro.",
  "Les marchés financiers, qui anticipaient une première baisse des taux dès le printemps, ont accueilli la nouvelle avec prudence.",
  "Des chercheurs de l'université de Montpellier ont mis au point une méthode permettant de détecter la présence de microplastiques dans l'eau du robinet en moins d'une heure.",
  "Le procédé repose sur un colorant fluorescent qui se fixe sur les particules de plastique et les rend visibles sous une lumière ultraviolette.",
];
const ENGLISH = [
  "Shares in the chipmaker rose sharply on Wednesday after the company reported quarterly revenue well above analysts' expectations.",
  "The company said it expected sales to keep growing over the next two quarters, although it warned that supply constraints could limit deliveries.",
  "Executives told investors that new manufacturing capacity would come online early next year, and that prices would hold.",
];
/** 60 characters, shown whole in a message; one more and it is cut at 57 with "…". */
const ENGLISH_60 = "The company said on Tuesday that its prices would fall soon.";
const ENGLISH_61 = "The company said on Thursday that its prices would fall soon.";
/** Italian: franc is not sure of it (confidence 0.13), its own function words are (« del », « nel »). */
const ITALIAN_BACKED =
  "I prezzi dell'elettricità scenderanno del dieci per cento nel mese di febbraio.";
/** Catalan with franc sure of it (0.18) and none of Catalan's own function words. */
const CATALAN_CLEAR = "Ahir el president va anunciar un nou pla d'ajudes a les famílies.";
/** Catalan in a dead heat with French and no function word to tell: not reported. */
const CATALAN_UNSURE =
  "L'ajuntament ha decidit tancar la piscina municipal mentre duren les obres de reforma.";

const paragraphs = (...texts: string[]) => texts.join("\n\n");

testRule(language, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    { name: "a French body", article: articleOf(paragraphs(...FRENCH)) },
    {
      name: "an English body when --lang is en",
      article: articleOf(paragraphs(...ENGLISH)),
      context: { lang: "en" },
    },
    {
      name: "too little text to judge, even in English",
      article: articleOf("The company said sales would grow."),
    },
    {
      name: "a Catalan paragraph franc cannot tell from French, without a function word to decide",
      article: articleOf(paragraphs(...FRENCH, CATALAN_UNSURE)),
    },
    {
      name: "short lines under a heading, judged together and French",
      article: articleOf(paragraphs(...FRENCH, "## Les taux", "Une pause.", "Puis une baisse.")),
    },
  ],
  invalid: [
    {
      name: "a whole article in English",
      article: articleOf(paragraphs(...ENGLISH)),
      errors: [
        {
          severity: "error",
          message:
            "the body reads as English (100 % of judged words), not French: write it in French",
          repair:
            "L'article n'est pas rédigé en français (langue détectée : anglais). Réécris-le entièrement en français.",
        },
      ],
    },
    {
      name: "an English article with one French paragraph: the majority decides",
      article: articleOf(paragraphs(...ENGLISH, FRENCH[1] ?? "")),
      errors: [
        {
          severity: "error",
          message: /^the body reads as English \(\d\d % of judged words\), not French/,
        },
      ],
    },
    {
      name: "a French article when --lang is en",
      article: articleOf(paragraphs(...FRENCH)),
      context: { lang: "en" },
      errors: [
        {
          severity: "error",
          message:
            "the body reads as French (100 % of judged words), not English: write it in English",
          repair:
            "L'article n'est pas rédigé en anglais (langue détectée : français). Réécris-le entièrement en anglais.",
        },
      ],
    },
    {
      name: "English paragraphs in a French article: 60 characters shown whole, 61 cut",
      article: articleOf(paragraphs(...FRENCH, ENGLISH_60, ENGLISH_61)),
      errors: [
        {
          severity: "error",
          line: BODY_LINE + 8,
          message: `a paragraph reads as English, not French: "${ENGLISH_60}"; translate it`,
          repair: `Le paragraphe « ${ENGLISH_60} » est en anglais : traduis-le en français.`,
        },
        {
          severity: "error",
          line: BODY_LINE + 10,
          message:
            'a paragraph reads as English, not French: "The company said on Thursday that its prices would fall s…"; translate it',
          repair:
            "Le paragraphe « The company said on Thursday that its prices would fall s… » est en anglais : traduis-le en français.",
        },
      ],
    },
    {
      name: "an Italian paragraph franc doubts but its function words back, and a clear Catalan one",
      article: articleOf(paragraphs(...FRENCH, ITALIAN_BACKED, CATALAN_UNSURE, CATALAN_CLEAR)),
      errors: [
        {
          severity: "error",
          line: BODY_LINE + 8,
          message: `a paragraph reads as Italian, not French: "I prezzi dell'elettricità scenderanno del dieci per cento…"; translate it`,
          repair: /est en italien : traduis-le en français\.$/,
        },
        {
          severity: "error",
          line: BODY_LINE + 12,
          message:
            'a paragraph reads as Catalan, not French: "Ahir el president va anunciar un nou pla d\'ajudes a les f…"; translate it',
          repair: /« Ahir el president .* » est en catalan : traduis-le en français\.$/,
        },
      ],
    },
  ],
});

describe("language description", () => {
  it("states the rule and its limits", () => {
    expect(language.description).toBe("The body, and every paragraph of it, is in --lang.");
  });
});
