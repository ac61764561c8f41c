import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sentencesOf } from "../../src/core/words.js";
import { cleanArticleText } from "../../src/input/clean.js";
import { judgeLine, looksLikeInstruction, parseFrenchDate } from "../../src/input/furniture.js";

const seed = (name: string) =>
  readFileSync(new URL(`../../seeds/${name}`, import.meta.url), "utf8");
const REUTERS = seed("reuters-microsoft-mistral-scraped.txt");
const EURACTIV = seed("euractiv-mistral-azure-with-instruction.txt");

/** Lines `from`–`to` (1-based, inclusive) that are not blank. */
function linesOf(text: string, from: number, to: number): string[] {
  return text
    .split("\n")
    .slice(from - 1, to)
    .filter((line) => line.trim().length > 0);
}

function expectEverySentenceKept(output: string, articleLines: readonly string[]): void {
  const sentences = articleLines.flatMap((line) => sentencesOf(line));
  expect(sentences.length).toBeGreaterThan(articleLines.length);
  for (const sentence of sentences) expect(output).toContain(sentence);
}

describe("cleanArticleText on seed 000 (Reuters via a broker's site)", () => {
  const result = cleanArticleText(REUTERS, { lang: "fr" });

  it("drops the menu, the promotion, the credits and the widgets, and only them", () => {
    expect(result.dropped.map((line) => [line.line, line.reason])).toEqual([
      [1, "menu or button text"],
      [2, "between menu or button lines"],
      [3, "promotion link"],
      [4, "menu or button text"],
      [7, "source credit and date"],
      [9, "editor's note"],
      [11, "editor's update note"],
      [37, "menu or button text"],
      [39, "stock ticker"],
      [41, "counter"],
      [43, "menu or button text"],
      [45, "menu or button text"],
      [47, "menu or button text"],
      [49, "empty widget"],
    ]);
    for (const junk of ["Fermer", "NASDAQ", "Mes listes", "Boursomarkets", "0€", "rtrsauto"]) {
      expect(result.text).not.toContain(junk);
    }
  });

  it("keeps the title and every sentence of the article, in order", () => {
    const article = [...linesOf(REUTERS, 6, 6), ...linesOf(REUTERS, 13, 35)];
    expect(result.text).toBe(article.join("\n\n"));
    expectEverySentenceKept(result.text, article);
  });

  it("keeps what the dropped lines said: title, authors, date", () => {
    expect(result.hints).toEqual({
      title:
        "La France n'avait pas connaissance de l'accord de Microsoft sur l'IA Mistral, selon un fonctionnaire",
      author: "Martin Coulter et Leigh Thomas",
      date: "2024-02-28T15:18",
    });
  });
});

describe("cleanArticleText on seed 003 (an English instruction above the article)", () => {
  const result = cleanArticleText(EURACTIV, { lang: "fr" });

  it("drops the instruction line, saying it is English, and the editor credit", () => {
    expect(result.dropped).toEqual([
      {
        line: 1,
        text: "Make this article seo compatible,Let there be subheadings for the article, be in french, create at least 700 words",
        kind: "instruction",
        reason: "instruction to a chatbot (in English), not article text",
      },
      {
        line: 26,
        text: "[Edited by Nathalie Weatherald/Zoran Radosavljevic]",
        kind: "furniture",
        reason: "editor credit",
      },
    ]);
  });

  it("keeps every sentence of the article, one paragraph a line", () => {
    const article = linesOf(EURACTIV, 2, 25);
    expect(result.text).toBe(article.join("\n\n"));
    expectEverySentenceKept(result.text, article);
  });

  it("keeps the short subheadings 'La souveraineté' and 'Concours' as paragraphs of their own", () => {
    const paragraphs = result.text.split("\n\n");
    expect(paragraphs).toContain("La souveraineté");
    expect(paragraphs).toContain("Concours");
  });
});

describe("judgeLine: page furniture", () => {
  const dropped: [string, string][] = [
    ["Fermer", "menu or button text"],
    ["Aller au contenu principal", "menu or button text"],
    ["Partager Facebook Twitter LinkedIn", "menu or button text"],
    ["- [Partager sur Facebook](https://facebook.com/sharer)", "menu or button text"],
    ["Se connecter | S'abonner", "menu or button text"],
    ["Accueil › Économie › Agriculture", "breadcrumb"],
    ["Découvrir notre offre Premium", "promotion link"],
    [
      "Nous utilisons des cookies pour mesurer l'audience et personnaliser les publicités.",
      "cookie banner",
    ],
    [
      "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de traceurs.",
      "cookie banner",
    ],
    ["Paramétrer les cookies", "cookie banner"],
    [
      "Inscrivez-vous à notre newsletter et recevez chaque matin l'essentiel de l'actualité.",
      "newsletter invitation",
    ],
    ["Connectez-vous pour réagir à cet article.", "login prompt"],
    ["Il vous reste 78 % de cet article à lire.", "paywall notice"],
    ["Article réservé aux abonnés", "paywall notice"],
    [
      "Lire aussi : Les exportations de vin français reculent pour la deuxième année",
      "related-article link",
    ],
    ["À lire aussi : « On n'a jamais vu ça », témoignent les vignerons.", "related-article link"],
    ["NASDAQ +2.22%", "stock ticker"],
    ["CAC 40 -0,53 % DAX +0,12 %", "stock ticker"],
    ["12 commentaires", "counter"],
    ["0 commentaire", "counter"],
    ["Temps de lecture : 4 min", "reading time"],
    ["© 2024 Le Courrier de l'Est. Tous droits réservés.", "copyright line"],
    ["Photo : Jean Martin / AFP", "photo credit"],
    ["Cette liste ne contient aucune valeur.", "empty widget"],
    ["Soyez le premier à réagir", "comment widget"],
    ["Mots-clés : Vin, Jura, Sécheresse", "tag list"],
    [
      "(Reportage Leigh Thomas; version française Claude Chendjou, édité par Kate Entringer)",
      "editor credit",
    ],
    ["Publié le 18 septembre 2024 à 7h45, mis à jour le 19 septembre 2024", "publication date"],
    ["Par Claire Vuillemin", "byline"],
  ];
  it.each(dropped)("drops %j (%s)", (line, reason) => {
    expect(judgeLine(line)?.reason).toBe(reason);
  });

  const kept = [
    "La souveraineté",
    "Concours",
    "Recherche",
    "Inscription",
    "Inflation : +2,3 % sur un an",
    "La CNIL inflige une amende à Google pour avoir déposé des cookies sans consentement.",
    "Nous avons relancé la newsletter du journal en mars, avec 20 000 abonnés dès la première semaine.",
    "Par ailleurs, le gouvernement a annoncé une aide de 5 millions d'euros.",
    "Par Toutatis, la fusée a décollé",
    "Le bouton « Partager » a disparu de l'application, regrettent les utilisateurs.",
    "Microsoft n'a pas répondu immédiatement aux demandes de commentaires.",
    "Photo : la nouvelle gare de Lyon Part-Dieu vue du ciel, où les travaux s'achèvent. La ville a investi 200 millions.",
  ];
  it.each(kept)("keeps %j", (line) => {
    expect(judgeLine(line)).toBeUndefined();
  });

  it("reads the author and the date a credit line carries", () => {
    expect(judgeLine("Par Claire Vuillemin et Jean Martin, le 18 septembre 2024")).toEqual({
      kind: "credit",
      reason: "byline",
      author: "Claire Vuillemin et Jean Martin",
      date: "2024-09-18",
    });
    expect(parseFrenchDate("Mis à jour le 1er mars 2024 à 10h05")).toBe("2024-03-01T10:05");
    expect(parseFrenchDate("28/02/2024 à 15:18")).toBe("2024-02-28T15:18");
    expect(parseFrenchDate("le 31/13/2024")).toBeUndefined();
  });

  // Scraped text often loses its accents: both spellings of a month are read.
  it.each([
    ["Publié le 3 février 2025", "2025-02-03"],
    ["Publié le 3 fevrier 2025", "2025-02-03"],
    ["le 15 août 2024", "2024-08-15"],
    ["le 15 aout 2024", "2024-08-15"],
    ["le 1er décembre 2023", "2023-12-01"],
    ["le 1er decembre 2023", "2023-12-01"],
    ["le 9 mai 2022", "2022-05-09"],
  ])("reads the month of %j", (line, date) => {
    expect(parseFrenchDate(line)).toBe(date);
  });
});

describe("cleanArticleText: structure", () => {
  const paragraph =
    "Le conseil municipal a voté mardi soir un budget de 12 millions d'euros pour rénover les écoles de la ville, dont trois groupes scolaires construits dans les années 1970.";

  it("keeps a title just under a menu, but drops a line wedged between two menu lines", () => {
    const text = `Menu\nRechercher\n\nRénovation des écoles : la ville vote son budget\n${paragraph}\n\nFermer\nOffre spéciale à 1 € le premier mois\nS'abonner`;
    const result = cleanArticleText(text, { lang: "fr" });
    expect(result.text).toBe(`Rénovation des écoles : la ville vote son budget\n\n${paragraph}`);
    expect(result.dropped.map((line) => line.reason)).toEqual([
      "menu or button text",
      "menu or button text",
      "menu or button text",
      "between menu or button lines",
      "menu or button text",
    ]);
  });

  it("drops a paragraph in English inside a French article, and keeps an English quotation", () => {
    const english =
      "This story was filed by our correspondent and has not been checked by the editing desk yet, so please verify every figure.";
    const quotation =
      "“We are very proud of what the team has achieved this year and we will keep investing in the region,” the chief executive said.";
    const french = [paragraph, paragraph.replace("mardi", "jeudi"), paragraph.replace("12", "14")];
    const text = [french[0], english, french[1], quotation, french[2]].join("\n\n");
    const result = cleanArticleText(text, { lang: "fr" });
    expect(result.dropped).toEqual([
      { line: 3, text: english, kind: "language", reason: "in English, not French" },
    ]);
    expect(result.text).toBe([french[0], french[1], quotation, french[2]].join("\n\n"));
  });

  it("drops nothing for its language when the text is mostly another language, or when told to keep it", () => {
    const english = readFileSync(
      new URL("../fixtures/language/en-business.txt", import.meta.url),
      "utf8",
    );
    expect(cleanArticleText(english, { lang: "fr" }).dropped).toEqual([]);
    const mixed = readFileSync(
      new URL("../fixtures/language/mixed-fr-body-en-closing.txt", import.meta.url),
      "utf8",
    );
    expect(cleanArticleText(mixed, { lang: "fr" }).dropped.map((line) => line.kind)).toEqual([
      "language",
    ]);
    expect(cleanArticleText(mixed, { lang: "fr", keepForeign: true }).dropped).toEqual([]);
  });

  it("drops a French instruction on the last line, but not the same words inside the article", () => {
    const instruction = "Réécris cet article en 800 mots avec des intertitres et un ton dynamique.";
    expect(looksLikeInstruction(instruction)).toBe(true);
    const atEnd = cleanArticleText(`${paragraph}\n\n${paragraph}\n\n${instruction}`, {
      lang: "fr",
    });
    expect(atEnd.dropped.map((line) => [line.line, line.kind])).toEqual([[5, "instruction"]]);
    const inside = cleanArticleText(`${paragraph}\n\n${instruction}\n\n${paragraph}`, {
      lang: "fr",
    });
    expect(inside.dropped).toEqual([]);
  });

  it("judges hard-wrapped text by paragraph, so no wrapped French line is lost", () => {
    const wrap = (text: string) => text.replace(/(.{1,58})(?:\s+|$)/gu, "$1\n").trim();
    const english =
      "Please note that this article was written quickly for the evening edition and that the figures quoted in it have not been verified by the desk.";
    const french = readFileSync(
      new URL("../fixtures/language/fr-sciences.txt", import.meta.url),
      "utf8",
    )
      .split("\n\n")
      .map((block) => wrap(block.trim()));
    const text = [french[0], wrap(english), ...french.slice(1)].join("\n");
    const result = cleanArticleText(text, { lang: "fr" });
    expect(result.dropped.length).toBe(wrap(english).split("\n").length);
    expect(result.dropped.every((line) => line.kind === "language")).toBe(true);
    for (const line of french.join("\n").split("\n")) expect(result.text).toContain(line);
  });

  it("keeps the end of a wrapped sentence even when it reads like a button alone", () => {
    const text = [
      "Le gouvernement a indiqué qu'il répondrait dans les prochains jours aux demandes de",
      "commentaires.",
      "",
      "Les députés européens ont demandé des explications sur ce partenariat conclu sans appel d'offres.",
      "",
      "Fermer",
    ].join("\n");
    const result = cleanArticleText(text, { lang: "fr" });
    expect(result.text).toMatch(/aux demandes de\s+commentaires\./u);
    expect(result.dropped.map((line) => line.text)).toEqual(["Fermer"]);
  });

  it("in Markdown, never touches code blocks or tables, keeps headings, and counts lines from the offset", () => {
    const markdown = [
      "## Concours",
      "",
      paragraph,
      "",
      "Partager sur Facebook",
      "",
      "| Fermer | Menu |",
      "| --- | --- |",
      "",
      "```",
      "Fermer",
      "```",
    ].join("\n");
    const result = cleanArticleText(markdown, { lang: "fr", format: "markdown", lineOffset: 7 });
    expect(result.dropped).toEqual([
      { line: 12, text: "Partager sur Facebook", kind: "furniture", reason: "menu or button text" },
    ]);
    expect(result.text).toBe(
      [
        "## Concours",
        "",
        paragraph,
        "",
        "| Fermer | Menu |",
        "| --- | --- |",
        "",
        "```",
        "Fermer",
        "```",
      ].join("\n"),
    );
  });
});
