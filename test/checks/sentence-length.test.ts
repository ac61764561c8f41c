import { describe, expect, it } from "vitest";
import { sentenceLength } from "../../src/checks/sentence-length.js";
import { articleOf, BODY_LINE, findingsOf, GOOD_ARTICLE, prose, testRule } from "./rule-tester.js";

/** The 50 first characters of every long `prose()` sentence, cut on a word. */
const OPENING = "Ainsi les élus européens suivent ce dossier avec…";

testRule(sentenceLength, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    {
      name: "one sentence in four over 20 words (25 %, the limit)",
      article: articleOf(`${prose(30, 10)} ${prose(21, 21)}`),
    },
    {
      name: "sentences of exactly 20 words are not long",
      article: articleOf(prose(60, 20)),
    },
    {
      // Counted as a sentence, the heading would make one long sentence in three (33 %).
      name: "long headings are not sentences",
      article: articleOf(`## ${prose(30, 30)}\n\n${prose(20, 10)}`),
    },
    {
      name: "nor are long table cells",
      article: articleOf(
        `| ${prose(30, 30)} | ${prose(25, 25)} |\n|---|---|\n| a | b |\n\n${prose(20, 10)}`,
      ),
    },
    { name: "no prose at all", article: articleOf("## Un titre seul") },
  ],
  invalid: [
    {
      name: "two sentences in four over 20 words",
      article: articleOf(`${prose(20, 10)}\n\n${prose(21, 21)} ${prose(25, 25)}`),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE + 2,
          message: `50 % of sentences have more than 20 words (at most 25 %): split the longest, such as "${OPENING}" (25 words)`,
          repair: `50 % des phrases dépassent 20 mots (au plus 25 %) : coupe les plus longues en deux, à commencer par « ${OPENING} ».`,
        },
      ],
    },
    {
      name: "one sentence in three over 20 words (33 %, just over the limit)",
      article: articleOf(`${prose(21, 21)}\n\n${prose(20, 10)}`),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message: `33 % of sentences have more than 20 words (at most 25 %): split the longest, such as "${OPENING}" (21 words)`,
          repair: /^33 % des phrases dépassent 20 mots \(au plus 25 %\)/,
        },
      ],
    },
    {
      name: "a single sentence of 21 words, the longest when it comes first",
      article: articleOf(`${prose(21, 21)}\n\n${prose(20, 20)}\n\n${prose(21, 21)}`),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message: /^67 % of sentences .*\(21 words\)$/,
        },
      ],
    },
    {
      name: "long list items and quotes are sentences",
      article: articleOf(`- ${prose(22, 22)}\n\n> ${prose(24, 24)}\n\n${prose(10, 10)}`),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE + 2,
          message: /^67 % of sentences .*\(24 words\)$/,
        },
      ],
    },
  ],
});

describe("sentence-length finding", () => {
  it("gives the share of long sentences, rounded to 3 places, against 0.25", () => {
    const [finding] = findingsOf(sentenceLength, articleOf(`${prose(21, 21)}\n\n${prose(20, 10)}`));
    expect(finding).toMatchObject({ actual: 0.333, expected: 0.25 });
  });
});

describe("sentence-length description", () => {
  it("states the rule and its limits", () => {
    expect(sentenceLength.description).toBe("At most 25 % of sentences over 20 words.");
  });
});
