import { describe, expect, it } from "vitest";
import { wordCount } from "../../src/checks/word-count.js";
import { articleOf, BODY_LINE, findingsOf, GOOD_ARTICLE, prose, testRule } from "./rule-tester.js";

/**
 * 53 words: an introduction of 2, then sections of 30, 5 and 12 words under headings of
 * 2, 1 and 1 words. The thinnest sections are « Petite » then « Moyenne », neither first
 * nor last in the file, and the introduction (2 words) is thinner than both.
 */
const SECTIONED = articleOf(
  [
    "Intro courte.",
    "## Grande section",
    prose(30),
    "## Petite",
    prose(5),
    "## Moyenne",
    prose(12),
  ].join("\n\n"),
);

/** The repair for an article of `words` words against `minWords`, `more` words to ask for. */
const repair = (words: number, minWords: number, where: string, more: number) =>
  `L'article compte ${words} mots ; il en faut au moins ${minWords} : ${where} avec des explications et du contexte tirés de la source (sans inventer de chiffre ni de citation), pour ajouter au moins ${more} mots.`;

testRule(wordCount, {
  valid: [
    { name: "the good article, default --min-words 700", article: GOOD_ARTICLE },
    {
      name: "exactly --min-words words",
      article: SECTIONED,
      context: { minWords: 53 },
    },
    {
      name: "one word more than --min-words",
      article: SECTIONED,
      context: { minWords: 52 },
    },
    {
      name: "the front-matter's words do not count, the body's do",
      article: articleOf(prose(10), { title: "Un titre de cinq mots" }),
      context: { minWords: 10 },
    },
  ],
  invalid: [
    {
      name: "one word short of --min-words",
      article: SECTIONED,
      context: { minWords: 54 },
      errors: [
        {
          severity: "error",
          line: BODY_LINE,
          message: "53 words; at least 54 are needed (1 more): expand the thinnest sections",
          // 1 missing word, asked with a 20 % margin and rounded up: 2.
          repair: repair(53, 54, "développe les sections « Petite » et « Moyenne »", 2),
          actual: 53,
          expected: 54,
        },
      ],
    },
    {
      name: "far below: the two thinnest titled sections, thinnest first",
      article: SECTIONED,
      context: { minWords: 60 },
      errors: [
        {
          severity: "error",
          line: BODY_LINE,
          message: "53 words; at least 60 are needed (7 more): expand the thinnest sections",
          // 7 × 1.2 = 8.4, rounded up.
          repair: repair(53, 60, "développe les sections « Petite » et « Moyenne »", 9),
          actual: 53,
          expected: 60,
        },
      ],
    },
    {
      name: "one titled section: named alone",
      article: articleOf(["Une introduction.", "## Seule section", prose(6)].join("\n\n")),
      context: { minWords: 20 },
      errors: [
        {
          severity: "error",
          line: BODY_LINE,
          message: "10 words; at least 20 are needed (10 more)",
          repair: repair(10, 20, "développe les sections « Seule section »", 12),
        },
      ],
    },
    {
      name: "no subheading: expand every part",
      article: articleOf(prose(10)),
      context: { minWords: 11 },
      errors: [
        {
          severity: "error",
          line: BODY_LINE,
          message: "10 words; at least 11 are needed (1 more)",
          repair: repair(10, 11, "développe chaque partie", 2),
        },
      ],
    },
    {
      name: "the default --min-words is 700",
      article: articleOf(prose(699)),
      errors: [{ severity: "error", line: BODY_LINE, message: "699 words; at least 700" }],
    },
  ],
});

describe("word-count without a body", () => {
  it("reports no line when there is no block to point at", () => {
    const [finding, ...rest] = findingsOf(wordCount, articleOf(""), { minWords: 1 });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: "word-count", severity: "error", actual: 0 });
    expect(finding?.message).toBe(
      "0 words; at least 1 are needed (1 more): expand the thinnest sections",
    );
    expect(finding).not.toHaveProperty("line");
  });

  it("passes an empty body when --min-words is 0", () => {
    expect(findingsOf(wordCount, articleOf(""), { minWords: 0 })).toEqual([]);
  });
});
