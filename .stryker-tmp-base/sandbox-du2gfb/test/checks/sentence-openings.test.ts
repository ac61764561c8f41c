// @ts-nocheck
import { sentenceOpenings } from "../../src/checks/sentence-openings.js";
import { articleOf, BODY_LINE, GOOD_ARTICLE, testRule } from "./rule-tester.js";

testRule(sentenceOpenings, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    {
      name: "two sentences in a row with the same opening",
      article: articleOf("Microsoft investit. Microsoft distribue. Mistral grandit."),
    },
    {
      name: "the same determiner before different nouns",
      article: articleOf("Le gouvernement dément. Le ministre confirme. Le président se tait."),
    },
    {
      name: "list items that open alike",
      article: articleOf("- Microsoft investit.\n- Microsoft distribue.\n- Microsoft attend."),
    },
    {
      name: "a heading breaks the run",
      article: articleOf(
        "Microsoft investit. Microsoft distribue.\n\n## Suite\n\nMicrosoft attend.",
      ),
    },
  ],
  invalid: [
    {
      name: "three sentences opening with « Microsoft »",
      article: articleOf("Intro.\n\nMicrosoft investit. Microsoft distribue. Microsoft attend."),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE + 2,
          message: '3 consecutive sentences open with "microsoft": vary the openings',
          repair: "3 phrases de suite commencent par « microsoft » : varie le début des phrases.",
        },
      ],
    },
    {
      name: "a run across two paragraphs, with a quote mark and a determiner",
      article: articleOf(
        "Le ministre dément. « Le ministre n'a rien su. »\n\nLe ministre insiste. Le ministre se tait. Pourtant, rien ne change.",
      ),
      errors: [
        {
          severity: "warning",
          line: BODY_LINE,
          message: /^4 consecutive sentences open with "le ministre"/,
        },
      ],
    },
  ],
});
