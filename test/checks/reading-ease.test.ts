import { describe, expect, it } from "vitest";
import { readingEase, readingEaseOf } from "../../src/checks/reading-ease.js";
import { parseArticle } from "../../src/core/article.js";
import { articleOf, BODY_LINE, findingsOf, GOOD_ARTICLE, prose, testRule } from "./rule-tester.js";

/** 14 words, 49 syllables. */
const HARD_SENTENCE =
  "L'internationalisation réglementaire européenne nécessiterait incontestablement une harmonisation administrative considérablement approfondie des infrastructures technologiques communautaires.";
const hard = (sentences: number) =>
  Array.from({ length: sentences }, () => HARD_SENTENCE).join(" ");

testRule(readingEase, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    { name: "plain short sentences", article: articleOf(prose(200, 10)) },
    { name: "too short to judge (under 100 words)", article: articleOf(HARD_SENTENCE) },
    {
      name: "hard text of 99 words, one short of judging",
      article: articleOf(`${prose(15)}\n\n${hard(6)}`),
    },
    {
      name: "no prose at all",
      article: articleOf("## Un titre seul\n\n| a | b |\n|---|---|\n| c | d |"),
    },
  ],
  invalid: [
    {
      // 100 words in 8 sentences (12.5 on average), 396 syllables: 207 − 12.69 − 291.46 = −97.
      name: "hard text of exactly 100 words, judged, under a heading",
      article: articleOf(`## Titre\n\n${prose(16)}\n\n${hard(6)}`),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE + 2,
          message:
            "reading ease -97 (Kandel & Moles; at least 50): shorter sentences (now 13 words on average) and plainer words",
          repair:
            "Le texte est difficile à lire (indice de lisibilité -97, il faut au moins 50) : fais des phrases plus courtes (13 mots en moyenne actuellement) et préfère des mots simples.",
        },
      ],
    },
    {
      name: "long words in long sentences",
      article: articleOf(
        `${prose(20)}\n\n${Array.from({ length: 8 }, () => HARD_SENTENCE).join(" ")}`,
      ),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message: /^reading ease -?\d+ \(Kandel & Moles; at least 50\): shorter sentences/,
          repair:
            /^Le texte est difficile à lire \(indice de lisibilité -?\d+, il faut au moins 50\)/,
        },
      ],
    },
  ],
});

describe("reading-ease finding", () => {
  it("gives the rounded score against the minimum of 50", () => {
    const [finding] = findingsOf(readingEase, articleOf(`${prose(16)}\n\n${hard(6)}`));
    expect(finding).toMatchObject({ actual: -97, expected: 50 });
  });
});

describe("readingEaseOf", () => {
  it("applies Kandel & Moles: 207 − 1.015 × words/sentence − 73.6 × syllables/word", () => {
    // 6 words, 2 sentences, 6 syllables ("mange" has a mute e).
    const article = parseArticle(articleOf("Le chat dort. Le chien mange."));
    expect(readingEaseOf(article)).toBeCloseTo(207 - 1.015 * 3 - 73.6 * 1, 6);
  });

  it("is undefined without prose", () => {
    expect(readingEaseOf(parseArticle(articleOf("## Un titre seul")))).toBeUndefined();
  });
});

describe("reading-ease description", () => {
  it("states the rule and its limits", () => {
    expect(readingEase.description).toBe("French reading ease (Kandel & Moles) of at least 50.");
  });
});
