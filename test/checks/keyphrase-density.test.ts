import { describe, expect, it } from "vitest";
import { keyphraseDensity } from "../../src/checks/keyphrase-density.js";
import { articleOf, BODY_LINE, findingsOf, GOOD_ARTICLE, prose, testRule } from "./rule-tester.js";

/** 5 words, one occurrence of the default 3-word keyphrase "partenariat Microsoft Mistral". */
const KEY_SENTENCE = "Le partenariat Microsoft Mistral inquiète.";
/** 4 words, one occurrence of « la souveraineté de l'Europe » without « la » nor « de ». */
const SOVEREIGNTY = "L'Europe défend sa souveraineté.";

/**
 * "partenariat Microsoft Mistral" has 3 content words: a length factor of 0.7 + 3/3 = 1.7, so
 * n uses in W words make a density of n / W × 1.7 — green from 0.5 % to 3.5 %.
 */
testRule(keyphraseDensity, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    {
      name: "3 uses in 146 words (3.49 %, under the upper limit)",
      article: articleOf(
        [KEY_SENTENCE, prose(45), KEY_SENTENCE, prose(46), KEY_SENTENCE, prose(40)].join("\n\n"),
      ),
    },
    {
      name: "3 uses in 1,019 words (0.5005 %, over the lower limit)",
      article: articleOf([KEY_SENTENCE, KEY_SENTENCE, KEY_SENTENCE, prose(1004)].join("\n\n")),
    },
    {
      name: "twice in 680 words: two is the fewest the band asks for at this length",
      article: articleOf([KEY_SENTENCE, KEY_SENTENCE, prose(670)].join("\n\n")),
    },
    {
      // « la » and « de » are not content words: a factor of 0.7 + 2/3; 3 uses in 819 words is 0.5006 %.
      name: "a 4-word keyphrase with « la » and « de », found without them, 3 times in 819 words",
      article: articleOf([SOVEREIGNTY, SOVEREIGNTY, SOVEREIGNTY, prose(807)].join("\n\n")),
      context: { keyword: "la souveraineté de l'Europe" },
    },
    { name: "no keyphrase at all", article: articleOf(prose(100), { keywords: [] }) },
    { name: "an empty body", article: articleOf("") },
  ],
  invalid: [
    {
      name: "3 uses in 1,021 words (0.4995 %, shown rounded)",
      article: articleOf([KEY_SENTENCE, KEY_SENTENCE, KEY_SENTENCE, prose(1006)].join("\n\n")),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message:
            'the focus keyphrase "partenariat Microsoft Mistral" appears 3 times in 1021 words, a density of 0.5 % (0.5–3.5 %, 4–21 times here): use it a few more times',
          repair:
            "L'expression clé « partenariat Microsoft Mistral » n'apparaît que 3 fois pour 1021 mots : emploie-la 4 à 21 fois, naturellement, dans le corps du texte.",
        },
      ],
    },
    {
      name: "twice in 681 words: three are asked for",
      article: articleOf([KEY_SENTENCE, KEY_SENTENCE, prose(671)].join("\n\n")),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message: /appears 2 times in 681 words.*3–14 times here/,
        },
      ],
    },
    {
      name: "once, even in a short text whose density it would keep",
      article: articleOf(`${KEY_SENTENCE}\n\n${prose(95)}`),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message: /appears 1 times in 100 words, a density of 1\.7 % .*use it a few more times$/,
        },
      ],
    },
    {
      name: "the same 4-word keyphrase 3 times in 822 words",
      article: articleOf([SOVEREIGNTY, SOVEREIGNTY, SOVEREIGNTY, prose(810)].join("\n\n")),
      context: { keyword: "la souveraineté de l'Europe" },
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message: /appears 3 times in 822 words, a density of 0\.5 %/,
        },
      ],
    },
    {
      name: "3 uses in 145 words (3.52 %), one of them in a heading first",
      article: articleOf(
        [`## ${KEY_SENTENCE}`, prose(45), KEY_SENTENCE, prose(45), KEY_SENTENCE, prose(40)].join(
          "\n\n",
        ),
      ),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message:
            'the focus keyphrase "partenariat Microsoft Mistral" appears 3 times in 145 words, a density of 3.5 % (0.5–3.5 %, 2 times here): use synonyms instead of repeating it',
          repair:
            "L'expression clé « partenariat Microsoft Mistral » apparaît 3 fois pour 145 mots, au plus 2 : remplace une partie des répétitions par des synonymes.",
        },
      ],
    },
    {
      name: "twice in one sentence, and in every sentence",
      article: articleOf(
        `Le partenariat Microsoft Mistral, puis le partenariat de Mistral avec Microsoft. ${Array.from({ length: 9 }, () => KEY_SENTENCE).join(" ")}`,
      ),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message:
            /appears 11 times in 56 words, a density of 33\.4 %.*synonyms instead of repeating it$/,
          repair: /apparaît 11 fois pour 56 mots, au plus 2 :/,
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
          message:
            'the focus keyphrase "souveraineté numérique" appears 0 times in 300 words, a density of 0 % (0.5–3.5 %, 2–7 times here): use it a few more times',
        },
      ],
    },
  ],
});

describe("keyphrase-density finding", () => {
  it("gives the weighted density, rounded to 4 places, against the 0.005–0.035 band", () => {
    const article = articleOf([KEY_SENTENCE, KEY_SENTENCE, KEY_SENTENCE, prose(1006)].join("\n\n"));
    const [finding] = findingsOf(keyphraseDensity, article);
    expect(finding).toMatchObject({ actual: 0.005, expected: "0.005–0.035" });
  });
});

describe("keyphrase-density description", () => {
  it("states the rule and its limits", () => {
    expect(keyphraseDensity.description).toBe(
      "The focus keyphrase's density, weighted by its length as Yoast weighs it, is 0.5–3.5 %.",
    );
  });
});
