import { describe, expect, it } from "vitest";
import { DEFAULT_CHECK_CONTEXT } from "../../src/checks/rule.js";
import { RULES, runChecks } from "../../src/checks/rules.js";
import { parseArticle } from "../../src/core/article.js";
import { errorsOf } from "../../src/core/finding.js";
import { GOOD_ARTICLE, REUTERS } from "./rule-tester.js";

const context = { ...DEFAULT_CHECK_CONTEXT, source: REUTERS };

/** The 1-based line of the fixture that holds `text`. */
function lineOf(article: string, text: string): number {
  const index = article.split("\n").findIndex((line) => line.includes(text));
  if (index === -1) throw new Error(`not in the article: ${text}`);
  return index + 1;
}

function replaced(text: string, by: string): string {
  if (!GOOD_ARTICLE.includes(text)) throw new Error(`not in the article: ${text}`);
  return GOOD_ARTICLE.replace(text, by);
}

describe("the good article (test/fixtures/checks/good-article.md)", () => {
  const article = parseArticle(GOOD_ARTICLE);

  it("is a realistic ~900-word article with five or more sections", () => {
    expect(article.words).toBeGreaterThanOrEqual(850);
    expect(article.words).toBeLessThanOrEqual(1000);
    expect(article.headings.filter((heading) => heading.depth === 2).length).toBeGreaterThanOrEqual(
      5,
    );
  });

  it("passes every rule against its source, warnings included", () => {
    expect(runChecks(article, context)).toEqual([]);
  });

  // French news full of foreign names: titles, players, brands. None is a foreign paragraph.
  it.each([
    "Game of Thrones, House of the Dragon et The Last of Us dominent les Emmy Awards cette année encore.",
    "Angel Di Maria, Giovanni Di Lorenzo et Giorgio Chiellini rejoignent la Juventus pour la saison prochaine.",
    "Kylian Mbappe, Antoine Griezmann, Ousmane Dembele, Marcus Thuram, Randal Kolo Muani, Bradley Barcola.",
    "Nokia, Ericsson, Spotify, Klarna, Volvo, Ikea, Electrolux, Saab, Scania, Husqvarna, Lego, Maersk.",
  ])("keeps a French paragraph of names: %s", (paragraph) => {
    const raw = GOOD_ARTICLE.replace(
      "Le montant reste modeste",
      `${paragraph}\n\nLe montant reste modeste`,
    );
    const found = runChecks(parseArticle(raw), context).filter((f) => f.rule === "language");
    expect(found).toEqual([]);
  });

  it("runs every rule of the list (the list holds the contract's ids)", () => {
    expect(RULES.map((rule) => rule.id)).toEqual([
      "word-count",
      "subheadings",
      "language",
      "front-matter",
      "fidelity",
      "originality",
      "artifacts",
      "internal-links",
      "section-length",
      "paragraph-length",
      "sentence-length",
      "passive-voice",
      "transition-words",
      "sentence-openings",
      "reading-ease",
      "keyphrase-density",
      "keyphrase-subheadings",
      "keyphrase-title",
      "keyphrase-introduction",
      "keyphrase-description",
      "description-length",
      "title-length",
    ]);
  });
});

const COPIED_BODY = [
  "## Les faits",
  ...REUTERS.split("\n").slice(12, 17),
  "## Les soupçons",
  ...REUTERS.split("\n").slice(18, 21),
  "## La suite",
  ...REUTERS.split("\n").slice(30, 37),
].join("\n");

describe("each flawed variant of the good article fails with the right rule and line", () => {
  const variants: { name: string; raw: string; rules: string[]; line?: number }[] = [
    {
      name: "one figure changed",
      raw: replaced("placé 15 millions d'euros", "placé 25 millions d'euros"),
      rules: ["fidelity"],
      line: lineOf(GOOD_ARTICLE, "placé 15 millions d'euros"),
    },
    {
      name: "an invented quotation",
      raw: replaced(
        "« Les régulateurs européens se sont fait avoir »",
        "« Les régulateurs européens ont été naïfs »",
      ),
      rules: ["fidelity"],
      line: lineOf(GOOD_ARTICLE, "« Les régulateurs européens se sont fait avoir »"),
    },
    {
      name: "a chatbot introduction",
      raw: replaced(
        "Le gouvernement français assure",
        "Voici l'article réécrit :\n\nLe gouvernement français assure",
      ),
      rules: ["artifacts"],
      line: lineOf(GOOD_ARTICLE, "Le gouvernement français assure"),
    },
    {
      name: "a level-1 heading in the body",
      raw: replaced("## Ce que prévoit", "# Ce que prévoit"),
      rules: ["subheadings"],
      line: lineOf(GOOD_ARTICLE, "## Ce que prévoit"),
    },
    {
      name: "a paragraph in English",
      raw: replaced(
        "Le montant reste modeste",
        "The French government said it had not been aware of the deal between Microsoft and the start-up, and lawmakers in Brussels asked whether the company had lobbied for looser rules.\n\nLe montant reste modeste",
      ),
      rules: ["language"],
      line: lineOf(GOOD_ARTICLE, "Le montant reste modeste"),
    },
    ...(
      [
        [
          "Spanish",
          "El gobierno francés asegura que no conocía la asociación entre Microsoft y la empresa emergente, y los diputados europeos preguntan si la compañía presionó para obtener reglas más flexibles.",
        ],
        [
          "Italian",
          "Il governo francese afferma di non aver saputo nulla dell'accordo tra Microsoft e la giovane azienda, e i deputati europei si chiedono se la società abbia fatto pressione per regole più morbide.",
        ],
        [
          "Portuguese",
          "O governo francês garante que não sabia nada sobre o acordo entre a Microsoft e a empresa, e os deputados europeus perguntam se a companhia fez pressão para obter regras mais flexíveis.",
        ],
        [
          "German",
          "Die französische Regierung versichert, dass sie von der Vereinbarung zwischen Microsoft und dem Unternehmen nichts wusste, und die Abgeordneten fragen, ob die Firma für lockerere Regeln geworben hat.",
        ],
      ] as const
    ).map(([language, paragraph]) => ({
      name: `a paragraph in ${language}`,
      raw: replaced("Le montant reste modeste", `${paragraph}\n\nLe montant reste modeste`),
      rules: ["language"],
      line: lineOf(GOOD_ARTICLE, "Le montant reste modeste"),
    })),
    {
      name: "a title over 65 characters",
      raw: replaced(
        'title: "Partenariat Microsoft Mistral : Paris dit ne rien avoir su"',
        'title: "Partenariat Microsoft Mistral : Paris dit ne rien avoir su de cet accord"',
      ),
      rules: ["front-matter"],
      // The title's own line, as title-length reports it.
      line: 2,
    },
    {
      name: "a body cut to its first three sections",
      raw: GOOD_ARTICLE.slice(0, GOOD_ARTICLE.indexOf("## Arthur Mensch")),
      rules: ["word-count"],
    },
    {
      name: "a body copied from the source",
      raw: `${GOOD_ARTICLE.slice(0, GOOD_ARTICLE.indexOf("Le gouvernement français assure"))}Introduction.\n\n${COPIED_BODY}\n`,
      rules: ["word-count", "originality"],
    },
  ];

  it.each(variants)("$name", ({ raw, rules, line }) => {
    const errors = errorsOf(runChecks(parseArticle(raw), context));
    expect([...new Set(errors.map((error) => error.rule))]).toEqual(rules);
    if (line !== undefined) expect(errors[0]?.line).toBe(line);
    for (const error of errors) expect(error.repair ?? "").not.toBe("");
  });
});
