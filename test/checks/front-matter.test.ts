import { beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_CHECK_CONTEXT, type Rule } from "../../src/checks/rule.js";
import { parseArticle } from "../../src/core/article.js";
import {
  articleOf,
  type ExpectedFinding,
  findingsOf,
  GOOD_ARTICLE,
  testRule,
} from "./rule-tester.js";

/**
 * The rule from a fresh copy of its module for each test. The module keeps the zod schema
 * it builds for a language; a schema built by an earlier test would hide from Stryker's
 * per-test coverage which test reads which message, and a changed message would survive.
 */
let fresh: Rule;
beforeEach(async () => {
  vi.resetModules();
  fresh = (await import("../../src/checks/front-matter.js")).frontMatter;
});
const frontMatter: Rule = {
  id: "front-matter",
  description: "the rule of a fresh module",
  check: (article, context) => fresh.check(article, context),
};

/** A title of exactly `length` characters. */
const title = (length: number) => `Mistral et Microsoft ${"x".repeat(length - 21)}`;
/** A description of exactly `length` characters. */
const description = (length: number) =>
  `Bercy assure avoir découvert le partenariat ${"e".repeat(length - 44)}`;

/** articleOf with one front-matter line replaced (`field: …` → `line`, or removed). */
const withLine = (field: string, line: string | undefined) => {
  const lines = articleOf("Un paragraphe.").split("\n");
  const index = lines.findIndex((each) => each.startsWith(`${field}:`));
  lines.splice(index, 1, ...(line === undefined ? [] : [line]));
  return lines.join("\n");
};

const TITLE_REPAIR =
  "Le titre (champ title du front-matter) doit faire au plus 60 caractères, espaces comprises, et contenir l'expression clé.";
const DESCRIPTION_REPAIR =
  "La méta-description (champ description) doit faire entre 140 et 155 caractères, espaces comprises : une phrase complète qui donne envie de lire.";
const KEYWORDS_REPAIR =
  "Le champ keywords du front-matter doit être une liste YAML de 3 à 8 expressions clés.";

/** A finding about `field` on `line`, its whole message given. */
const on = (line: number, message: string, repair: string | null): ExpectedFinding => ({
  severity: "error",
  line,
  message: new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}$`, "u"),
  repair,
});

testRule(frontMatter, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    { name: "the test article's fields", article: articleOf("Un paragraphe.") },
    { name: "a title of 64 characters", article: articleOf("T.", { title: title(64) }) },
    { name: "a title of exactly 65 characters", article: articleOf("T.", { title: title(65) }) },
    {
      name: "a title of 65 characters once its spaces around are trimmed",
      article: articleOf("T.", { title: `   ${title(65)}   ` }),
    },
    {
      name: "a description of exactly 120 characters",
      article: articleOf("T.", { description: description(120) }),
    },
    {
      name: "a description of exactly 156 characters",
      article: articleOf("T.", { description: description(156) }),
    },
    {
      name: "a description of 156 characters once its spaces around are trimmed",
      article: articleOf("T.", { description: `   ${description(156)}   ` }),
    },
    {
      name: "exactly 3 keywords",
      article: articleOf("T.", { keywords: ["Mistral", "Microsoft", "Bercy"] }),
    },
    {
      name: "exactly 10 keywords",
      article: articleOf("T.", { keywords: "abcdefghij".split("").map((k) => `mot ${k}`) }),
    },
    {
      name: "keywords as '- keyword' lines",
      article: withLine("keywords", "keywords:\n  - Mistral\n  - Microsoft\n  - Bercy"),
    },
    {
      name: "the lang the context asks for",
      article: articleOf("T.", { lang: "en" }),
      context: { lang: "en" },
    },
  ],
  invalid: [
    {
      name: "a title, a description and a keyword holding a line break or '---'",
      article: [
        "---",
        'title: "Mistral et Microsoft\\nla France alertée"',
        "description: |",
        `  ${description(70)}`,
        `  ${description(70)}`,
        'keywords: ["Mistral AI", "Microsoft --- Azure", "Bercy"]',
        "slug: partenariat-microsoft-mistral",
        "lang: fr",
        "---",
        "",
        "Un paragraphe.",
      ].join("\n"),
      errors: [
        on(
          2,
          "title (38 characters) holds a line break or '---': write it on one line",
          "Écris le champ title du front-matter sur une seule ligne, sans retour à la ligne ni « --- ».",
        ),
        on(
          3,
          "description (141 characters) holds a line break or '---': write it on one line",
          "Écris le champ description du front-matter sur une seule ligne, sans retour à la ligne ni « --- ».",
        ),
        on(
          6,
          "keywords has a keyword with a line break or '---': write each on one line",
          "Écris le champ keywords du front-matter sur une seule ligne, sans retour à la ligne ni « --- ».",
        ),
      ],
    },
    {
      name: "a YAML alias (a billion laughs in small)",
      article:
        '---\na: &a ["lol", "lol"]\nb: &b [*a, *a]\nkeywords: [*b, *b]\n---\n\nUn paragraphe.\n',
      errors: [
        on(
          1,
          "the front-matter is not valid YAML: it uses a YAML alias (*name): write each value out in full",
          "Le front-matter YAML est invalide : commence la réponse par un bloc --- … --- en YAML valide (chaînes entre guillemets si elles contiennent « : »).",
        ),
      ],
    },
    {
      name: "a title of 66 characters",
      article: articleOf("T.", { title: title(66) }),
      errors: [
        on(2, "title (66 characters) is longer than 65 characters: shorten it", TITLE_REPAIR),
      ],
    },
    {
      name: "a title of 66 characters, its spaces around not counted",
      article: articleOf("T.", { title: `  ${title(66)}  ` }),
      errors: [
        on(2, "title (66 characters) is longer than 65 characters: shorten it", TITLE_REPAIR),
      ],
    },
    {
      name: "an empty title",
      article: articleOf("T.", { title: "   " }),
      errors: [on(2, "title (0 characters) is empty", TITLE_REPAIR)],
    },
    {
      name: "no title",
      article: withLine("title", undefined),
      errors: [on(1, "title missing: give the article a title", TITLE_REPAIR)],
    },
    {
      name: "a description of 119 characters",
      article: articleOf("T.", { description: description(119) }),
      errors: [
        on(
          3,
          "description (119 characters) is shorter than 120 characters: develop it",
          DESCRIPTION_REPAIR,
        ),
      ],
    },
    {
      name: "a description of 157 characters",
      article: articleOf("T.", { description: description(157) }),
      errors: [
        on(
          3,
          "description (157 characters) is longer than 156 characters: shorten it",
          DESCRIPTION_REPAIR,
        ),
      ],
    },
    {
      name: "a description that is not a string",
      article: withLine("description", "description: 42"),
      errors: [on(3, "description missing: write a meta description", DESCRIPTION_REPAIR)],
    },
    {
      name: "a slug with capitals and an underscore: no repair, the code derives the slug",
      article: articleOf("T.", { slug: "Partenariat_Mistral" }),
      errors: [on(4, "slug must be lowercase ASCII words joined by '-'", null)],
    },
    {
      name: "no slug",
      article: withLine("slug", undefined),
      errors: [on(1, "slug missing", null)],
    },
    {
      name: "keywords as one comma-separated string",
      article: withLine("keywords", "keywords: Mistral, Microsoft, Bercy"),
      errors: [
        on(
          5,
          'keywords must be a YAML list ("- keyword" lines, or [a, b, c]), not a string',
          KEYWORDS_REPAIR,
        ),
      ],
    },
    {
      name: "keywords as a number",
      article: withLine("keywords", "keywords: 3"),
      errors: [
        on(
          5,
          'keywords must be a YAML list ("- keyword" lines, or [a, b, c]), not a number',
          KEYWORDS_REPAIR,
        ),
      ],
    },
    {
      name: "an empty keywords field",
      article: withLine("keywords", "keywords:"),
      errors: [on(5, "keywords missing: list 3 to 10 keywords", KEYWORDS_REPAIR)],
    },
    {
      name: "no keywords field",
      article: withLine("keywords", undefined),
      errors: [on(1, "keywords missing: list 3 to 10 keywords", KEYWORDS_REPAIR)],
    },
    {
      name: "2 keywords",
      article: articleOf("T.", { keywords: ["Mistral", "Microsoft"] }),
      errors: [on(5, "keywords needs at least 3 keywords", KEYWORDS_REPAIR)],
    },
    {
      name: "11 keywords",
      article: articleOf("T.", { keywords: "abcdefghijk".split("").map((k) => `mot ${k}`) }),
      errors: [on(5, "keywords allows at most 10 keywords", KEYWORDS_REPAIR)],
    },
    {
      name: "a blank keyword",
      article: articleOf("T.", { keywords: ["Mistral", "  ", "Bercy"] }),
      errors: [on(5, "keywords holds an empty keyword", KEYWORDS_REPAIR)],
    },
    {
      name: "several problems in one field: one finding, the first",
      article: articleOf("T.", { keywords: ["", "Mistral"] }),
      errors: [on(5, "keywords holds an empty keyword", KEYWORDS_REPAIR)],
    },
    {
      name: "another lang than the context's",
      article: articleOf("T.", { lang: "en" }),
      errors: [on(6, 'lang "en" must be "fr"', null)],
    },
    {
      name: "an empty lang",
      article: withLine("lang", "lang:"),
      errors: [on(6, 'lang null must be "fr"', null)],
    },
    {
      name: "no lang",
      article: withLine("lang", undefined),
      errors: [on(1, 'lang missing: add lang: "fr"', null)],
    },
    {
      name: "several fields wrong: one finding each, in the schema's order, each on its line",
      article: articleOf("T.", { title: title(70), slug: "A_B", lang: "de" }),
      errors: [
        on(2, "title (70 characters) is longer than 65 characters: shorten it", TITLE_REPAIR),
        on(4, "slug must be lowercase ASCII words joined by '-'", null),
        on(6, 'lang "de" must be "fr"', null),
      ],
    },
    {
      name: "a front-matter without any of the fields",
      article: "---\nauteur: Jean Dupont\n---\n\nUn paragraphe.\n",
      errors: [
        on(1, "title missing: give the article a title", TITLE_REPAIR),
        on(1, "description missing: write a meta description", DESCRIPTION_REPAIR),
        on(1, "slug missing", null),
        on(1, "keywords missing: list 3 to 10 keywords", KEYWORDS_REPAIR),
        on(1, 'lang missing: add lang: "fr"', null),
      ],
    },
    {
      name: "invalid YAML",
      article: "---\ntitle: [Mistral\n---\n\nUn paragraphe.\n",
      errors: [
        on(
          1,
          "the front-matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 16:",
          "Le front-matter YAML est invalide : commence la réponse par un bloc --- … --- en YAML valide (chaînes entre guillemets si elles contiennent « : »).",
        ),
      ],
    },
    {
      name: "no front-matter",
      article: "## Un intertitre\n\nUn paragraphe.\n",
      errors: [
        on(
          1,
          "no front-matter: start the file with a --- YAML block (title, description, keywords…)",
          "La réponse doit commencer par un front-matter YAML entre deux lignes --- avec title, description et keywords.",
        ),
      ],
    },
  ],
});

describe("front-matter and the context's lang", () => {
  it("checks lang against each context in turn, whatever was checked before", () => {
    const english = articleOf("T.", { lang: "en" });
    const messages = (lang: string) =>
      findingsOf(frontMatter, english, { lang }).map((finding) => finding.message);
    expect(messages("fr")).toEqual(['lang "en" must be "fr"']);
    expect(messages("en")).toEqual([]);
    expect(messages("fr")).toEqual(['lang "en" must be "fr"']);
    expect(messages("de")).toEqual(['lang "en" must be "de"']);
  });
});

describe("front-matter that is not a mapping", () => {
  it("names the front-matter itself when no field is at fault", () => {
    const parsed = parseArticle(articleOf("T."));
    const article = { ...parsed, frontMatter: ["a", "b"] as unknown as Record<string, unknown> };
    const findings = frontMatter.check(article, DEFAULT_CHECK_CONTEXT);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "front-matter", severity: "error", line: 1 });
    expect(findings[0]?.message).toMatch(/^front-matter \S/u);
    expect(findings[0]).not.toHaveProperty("repair");
  });
});

describe("the front-matter rule", () => {
  it("has the contract's id and says what it checks", () => {
    expect(fresh.id).toBe("front-matter");
    expect(fresh.description).toBe(
      "title, description, slug, keywords and lang are present and well formed.",
    );
  });
});
