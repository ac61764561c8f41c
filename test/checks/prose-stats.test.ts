import { describe, expect, it } from "vitest";
import { proseStatsOf } from "../../src/checks/prose-stats.js";
import { parseArticle } from "../../src/core/article.js";
import { articleOf, BODY_LINE } from "./rule-tester.js";

const ARTICLE = parseArticle(
  articleOf(
    [
      "## Un titre que personne ne lit comme une phrase",
      "« Le Gouvernement, dément ! » Puis — 2024 fut calme.",
      "| Cellule | Donnée |\n|---|---|\n| a | b |",
      "- L'Europe…",
      "> Mistral recrute.",
    ].join("\n\n"),
  ),
);

describe("proseStatsOf", () => {
  const stats = proseStatsOf(ARTICLE);

  it("reads paragraphs, list items and quotes, not headings nor table cells", () => {
    expect(
      stats.sentences.map(({ text, block, words, syllables }) => ({
        text,
        line: block.line,
        words,
        syllables,
      })),
    ).toEqual([
      // le 1, gouvernement 4, dément 2, puis 1, 2024 1, fut 1, calme 1; « and — are no words.
      {
        text: "« Le Gouvernement, dément ! » Puis — 2024 fut calme.",
        line: BODY_LINE + 2,
        words: 7,
        syllables: 11,
      },
      { text: "L'Europe…", line: BODY_LINE + 8, words: 1, syllables: 2 },
      { text: "Mistral recrute.", line: BODY_LINE + 10, words: 2, syllables: 4 },
    ]);
    expect(stats.words).toBe(10);
    expect(stats.syllables).toBe(17);
  });

  it("gives each sentence's first two words, lowercase, punctuation around them aside", () => {
    expect(stats.sentences.map(({ firstWord, secondWord }) => [firstWord, secondWord])).toEqual([
      ["le", "gouvernement"],
      ["l'europe", ""],
      ["mistral", "recrute"],
    ]);
  });

  it("computes once per parsed article", () => {
    expect(proseStatsOf(ARTICLE)).toBe(stats);
    const again = parseArticle(ARTICLE.raw);
    expect(proseStatsOf(again)).not.toBe(stats);
    expect(proseStatsOf(again)).toEqual(stats);
  });

  it("finds nothing in an article without prose", () => {
    expect(proseStatsOf(parseArticle(articleOf("## Un titre seul")))).toEqual({
      sentences: [],
      words: 0,
      syllables: 0,
    });
  });
});
