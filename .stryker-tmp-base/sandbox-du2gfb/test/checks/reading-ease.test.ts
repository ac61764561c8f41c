// @ts-nocheck
import { describe, expect, it } from "vitest";
import { readingEase, readingEaseOf } from "../../src/checks/reading-ease.js";
import { parseArticle } from "../../src/core/article.js";
import { articleOf, BODY_LINE, GOOD_ARTICLE, prose, testRule } from "./rule-tester.js";

const HARD_SENTENCE =
  "L'internationalisation réglementaire européenne nécessiterait incontestablement une harmonisation administrative considérablement approfondie des infrastructures technologiques communautaires.";

testRule(readingEase, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    { name: "plain short sentences", article: articleOf(prose(200, 10)) },
    { name: "too short to judge (under 100 words)", article: articleOf(HARD_SENTENCE) },
  ],
  invalid: [
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
