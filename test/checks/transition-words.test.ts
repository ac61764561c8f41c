import { describe, expect, it } from "vitest";
import { transitionWords } from "../../src/checks/transition-words.js";
import { articleOf, BODY_LINE, GOOD_ARTICLE, testRule } from "./rule-tester.js";

/** 11 words, no transition word. */
const PLAIN = "Le maire inaugure le nouveau pont de la ville ce matin.";
/** 11 words, « en effet ». */
const LINKED = "En effet, le maire inaugure le nouveau pont ce matin.";
/** 11 words, « d'une part… d'autre part » apart in two sentences, and « c'est pourquoi ». */
const PHRASES = [
  "D'une part, le maire inaugure le pont de la ville.",
  "C'est pourquoi le maire inaugure le pont ce matin.",
];

/** `linked` sentences with a transition among `total`, in one paragraph. */
const text = (linked: number, total: number) =>
  [
    ...Array.from({ length: linked }, () => LINKED),
    ...Array.from({ length: total - linked }, () => PLAIN),
  ].join(" ");

testRule(transitionWords, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    {
      name: "6 sentences in 20 with one (30 %, the limit), 220 words",
      article: articleOf(text(6, 20)),
    },
    {
      name: "multi-word phrases count: « d'une part », « c'est pourquoi »",
      article: articleOf([...PHRASES, ...PHRASES, text(2, 16)].join(" ")),
    },
    {
      name: "no transition in a text of 198 words (short texts need none)",
      article: articleOf(text(0, 18)),
    },
    { name: "another language", article: articleOf(text(0, 20)), context: { lang: "en" } },
  ],
  invalid: [
    {
      name: "5 sentences in 20 with one (25 %)",
      article: articleOf(text(5, 20)),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message: /^5 of 20 sentences \(25 %\) hold a transition word \(at least 30 %\)/,
          repair:
            /^Seules 5 phrases sur 20 \(25 %\) contiennent un mot de liaison \(il en faut au moins 30 %\)/,
          actual: 0.25,
          expected: 0.3,
        },
      ],
    },
    {
      name: "none in a text of 220 words",
      article: articleOf(text(0, 20)),
      errors: [{ severity: "warning", line: BODY_LINE, message: /^0 of 20 sentences \(0 %\)/ }],
    },
  ],
});

describe("transition-words description", () => {
  it("states Yoast's share", () => {
    expect(transitionWords.description).toBe("At least 30 % of sentences hold a transition word.");
  });
});
