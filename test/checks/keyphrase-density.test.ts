import { describe, expect, it } from "vitest";
import { keyphraseDensity } from "../../src/checks/keyphrase-density.js";
import { articleOf, BODY_LINE, findingsOf, GOOD_ARTICLE, prose, testRule } from "./rule-tester.js";

/** 5 words, one occurrence of the default 3-word keyphrase "partenariat Microsoft Mistral". */
const KEY_SENTENCE = "Le partenariat Microsoft Mistral inquiète.";
/** 4 words, one occurrence of « la souveraineté de l'Europe » without « la » nor « de ». */
const SOVEREIGNTY = "L'Europe défend sa souveraineté.";

testRule(keyphraseDensity, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    {
      name: "3 occurrences of a 3-word keyphrase in 300 words (3 %, the upper limit)",
      article: articleOf(
        [KEY_SENTENCE, prose(95), KEY_SENTENCE, prose(95), KEY_SENTENCE, prose(95)].join("\n\n"),
      ),
    },
    {
      name: "3 occurrences in 301 words (2.99 %)",
      article: articleOf(
        [KEY_SENTENCE, prose(95), KEY_SENTENCE, prose(96), KEY_SENTENCE, prose(95)].join("\n\n"),
      ),
    },
    {
      name: "once in 600 words (0.5 %, the lower limit)",
      article: articleOf(`${KEY_SENTENCE}\n\n${prose(595)}`),
    },
    {
      name: "once in 599 words (0.501 %)",
      article: articleOf(`${KEY_SENTENCE}\n\n${prose(594)}`),
    },
    {
      // 1 × 4 words / 800: its function words count as words, not in the match.
      name: "a 4-word keyphrase with « la » and « de », found without them, once in 800 words",
      article: articleOf(`${SOVEREIGNTY}\n\n${prose(796)}`),
      context: { keyword: "la souveraineté de l'Europe" },
    },
    { name: "no keyphrase at all", article: articleOf(prose(100), { keywords: [] }) },
    { name: "an empty body", article: articleOf("") },
  ],
  invalid: [
    {
      name: "once in 601 words (0.499 %, shown rounded)",
      article: articleOf(`${KEY_SENTENCE}\n\n${prose(596)}`),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message:
            'the focus keyphrase "partenariat Microsoft Mistral" appears 1 times, 0.5 % of the words (0.5–3 %): use it a few more times',
          repair:
            "L'expression clé « partenariat Microsoft Mistral » n'apparaît que 1 fois (0,5 % des mots) : emploie-la quelques fois de plus, naturellement, dans le corps du texte.",
        },
      ],
    },
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
      name: "the same 4-word keyphrase once in 801 words",
      article: articleOf(`${SOVEREIGNTY}\n\n${prose(797)}`),
      context: { keyword: "la souveraineté de l'Europe" },
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message:
            'the focus keyphrase "la souveraineté de l\'Europe" appears 1 times, 0.5 % of the words (0.5–3 %): use it a few more times',
        },
      ],
    },
    {
      name: "3 occurrences in 299 words (3.01 %), one of them in a heading first",
      article: articleOf(
        [`## ${KEY_SENTENCE}`, prose(95), KEY_SENTENCE, prose(94), KEY_SENTENCE, prose(95)].join(
          "\n\n",
        ),
      ),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message:
            'the focus keyphrase "partenariat Microsoft Mistral" appears 3 times, 3 % of the words (0.5–3 %): use synonyms instead of repeating it',
          repair:
            "L'expression clé « partenariat Microsoft Mistral » apparaît 3 fois (3 % des mots, au plus 3 %) : remplace une partie des répétitions par des synonymes.",
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
          message: /appears 11 times, 58\.9 % of the words.*synonyms instead of repeating it$/,
          repair: /apparaît 11 fois \(58,9 % des mots, au plus 3 %\)/,
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
            'the focus keyphrase "souveraineté numérique" appears 0 times, 0 % of the words (0.5–3 %): use it a few more times',
        },
      ],
    },
  ],
});

describe("keyphrase-density finding", () => {
  it("gives the density, rounded to 4 places, against the 0.005–0.03 band", () => {
    const [finding] = findingsOf(keyphraseDensity, articleOf(`${KEY_SENTENCE}\n\n${prose(700)}`));
    expect(finding).toMatchObject({ actual: 0.0043, expected: "0.005–0.03" });
  });
});

describe("keyphrase-density description", () => {
  it("states the rule and its limits", () => {
    expect(keyphraseDensity.description).toBe("The focus keyphrase makes 0.5–3 % of the words.");
  });
});
