import { describe, expect, it } from "vitest";
import { passiveVoice } from "../../src/checks/passive-voice.js";
import { articleOf, BODY_LINE, findingsOf, GOOD_ARTICLE, prose, testRule } from "./rule-tester.js";

const PASSIVE = "La loi a été adoptée par le Parlement européen hier soir.";
const ARRIVED = "La ministre est arrivée à Bruxelles hier soir.";

testRule(passiveVoice, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    {
      name: "1 sentence in 10 in the passive (10 %, the limit)",
      article: articleOf(`${prose(90)} ${PASSIVE}`),
    },
    {
      name: "« est arrivée », « sont partis »: être-verbs are active",
      article: articleOf(`${prose(60)} ${ARRIVED} Les élus sont partis. Il s'est engagé à agir.`),
    },
    {
      name: "another language: the French detector stays silent",
      article: articleOf(`${PASSIVE} ${PASSIVE}`),
      context: { lang: "en" },
    },
  ],
  invalid: [
    {
      name: "1 sentence in 9 in the passive (11 %)",
      article: articleOf(`${prose(80)}\n\n${PASSIVE}`),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE + 2,
          message: /^1 of 9 sentences \(11\.1 %\) are in the passive voice \(at most 10 %\)/,
          repair:
            /^1 phrases sur 9 \(11,1 %\) sont à la voix passive \(au plus 10 %\) : tourne-les à l'actif/,
          actual: 0.111,
          expected: 0.1,
        },
      ],
    },
    {
      name: "three agreeing passives in 10 sentences",
      article: articleOf(
        `${prose(70)} Les travaux sont financés par l'État. Les écoles seront construites en 2026. La décision est prise.`,
      ),
      errors: [{ severity: "warning", line: BODY_LINE, message: /^3 of 10 sentences \(30 %\)/ }],
    },
  ],
});

describe("passive-voice description", () => {
  it("states Yoast's limit", () => {
    expect(passiveVoice.description).toBe("At most 10 % of sentences in the passive voice.");
    expect(findingsOf(passiveVoice, articleOf(PASSIVE))[0]?.actual).toBe(1);
  });
});
