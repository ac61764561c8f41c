import { titleLength } from "../../src/checks/title-length.js";
import { articleOf, GOOD_ARTICLE, testRule } from "./rule-tester.js";

/** A title of exactly `length` characters. */
const title = (length: number) => `Mistral et Microsoft ${"x".repeat(length - 21)}`;

/** The warning for a title of `length` characters, message and repair whole. */
const warning = (length: number) => ({
  severity: "warning" as const,
  line: 2,
  message: `the title has ${length} characters; search results may cut it after 60: shorten it`,
  repair: `Le titre fait ${length} caractères : raccourcis-le à 60 caractères au plus, espaces comprises, en gardant l'expression clé au début.`,
  actual: length,
  expected: 60,
});

testRule(titleLength, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    { name: "a title of 59 characters", article: articleOf("Texte.", { title: title(59) }) },
    {
      name: "a title of exactly 60 characters",
      article: articleOf("Texte.", { title: title(60) }),
    },
    {
      name: "a title of 60 characters once its spaces around are trimmed",
      article: articleOf("Texte.", { title: `   ${title(60)}   ` }),
    },
    {
      name: "a title over 65 characters: the front-matter rule's error, not a warning too",
      article: articleOf("Texte.", { title: title(66) }),
    },
    {
      name: "a title that is not a string: the front-matter rule's business",
      article: articleOf("Texte.").replace(/^title: .*$/mu, `title: ${"9".repeat(62)}`),
    },
    { name: "no front-matter", article: "Texte.\n" },
  ],
  invalid: [
    {
      name: "a title of 61 characters",
      article: articleOf("Texte.", { title: title(61) }),
      errors: [warning(61)],
    },
    {
      name: "a title of 61 characters, its spaces around not counted",
      article: articleOf("Texte.", { title: `  ${title(61)}  ` }),
      errors: [warning(61)],
    },
    {
      name: "a title of exactly 65 characters: still a warning, not yet an error",
      article: articleOf("Texte.", { title: title(65) }),
      errors: [warning(65)],
    },
  ],
});
