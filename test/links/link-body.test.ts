import { describe, expect, it } from "vitest";
import { linkArticle, stripOurLinks } from "../../src/links/link-body.js";
import { phraseIndex, type SiteFile, siteArticles } from "../../src/links/site.js";

/** A French article of ours: front-matter with title, slug and keywords, then the body. */
function article(slug: string, keywords: string[], body: string): string {
  return `---\ntitle: "${slug}"\nslug: "${slug}"\nkeywords: ${JSON.stringify(keywords)}\nlang: fr\n---\n\n${body}`;
}

const CLIMAT = article(
  "accord-de-paris",
  ["accord de Paris", "climat"],
  "L'accord de Paris fixe un cap.\n\n## Le cap\n\nLe texte engage les États.\n",
);
const TAUX = article(
  "taux-interet",
  ["taux d'intérêt", "banque centrale"],
  "Les taux montent.\n\n## Pourquoi\n\nLa banque centrale décide.\n",
);
const IA = article(
  "intelligence-artificielle",
  ["intelligence artificielle", "IA générative"],
  "L'intelligence artificielle change tout.\n\n## Effets\n\nLes métiers évoluent.\n",
);

function site(files: Record<string, string>) {
  const list: SiteFile[] = Object.entries(files).map(([relative, text]) => ({ relative, text }));
  const articles = siteArticles(list, { format: "plain", permalinkBase: "/posts/" });
  const index = phraseIndex(articles);
  const link = (relative: string, maxLinks = 3) => {
    const self = articles.findIndex((entry) => entry.relative === relative);
    return linkArticle(files[relative] ?? "", self, articles, index, { maxLinks });
  };
  return { articles, link };
}

describe("linkArticle", () => {
  it("links an elided, plural, capitalised mention to the article it names", () => {
    const reader = article(
      "economie",
      ["économie française"],
      [
        "L'économie française ralentit cette année.",
        "",
        "## Les causes",
        "",
        "Les Accords de Paris pèsent sur l'industrie, disent les patrons.",
        "",
        "## La suite",
        "",
        "Les taux d'intérêt restent hauts.",
        "",
      ].join("\n"),
    );
    const { link } = site({ "economie.md": reader, "climat.md": CLIMAT, "taux.md": TAUX });
    const result = link("economie.md");
    expect(result.text).toContain(
      "Les [Accords de Paris][seo-link:accord-de-paris] pèsent sur l'industrie",
    );
    expect(result.text).toContain("Les [taux d'intérêt][seo-link:taux-interet] restent hauts.");
    expect(result.text).toMatch(
      /\n\n\[seo-link:accord-de-paris\]: \/posts\/accord-de-paris\/\n\[seo-link:taux-interet\]: \/posts\/taux-interet\/\n$/u,
    );
    expect(result.added.map((added) => [added.text, added.target, added.line])).toEqual([
      ["Accords de Paris", "climat.md", 12],
      ["taux d'intérêt", "taux.md", 16],
    ]);
  });

  it("never links a heading, a quotation, an existing link, code or the first sentence", () => {
    const reader = article(
      "economie",
      ["économie française"],
      [
        "Les taux d'intérêt montent. L'économie française ralentit.",
        "",
        "## L'accord de Paris en question",
        "",
        "> L'accord de Paris est un échec, dit-il.",
        "",
        "Le ministre parle de « l'accord de Paris » et de [l'intelligence artificielle](https://exemple.fr).",
        "",
        "Le code `intelligence artificielle` reste du code.",
        "",
      ].join("\n"),
    );
    const { link } = site({
      "economie.md": reader,
      "climat.md": CLIMAT,
      "ia.md": IA,
      "taux.md": TAUX,
    });
    const result = link("economie.md");
    expect(result.added).toEqual([]);
    expect(result.changed).toBe(false);
    expect(result.related).toBeGreaterThan(0);
  });

  it("never links an article to itself, nor its own keyphrase to another article", () => {
    const other = article("autre", ["climat", "accord de Paris"], "Texte.\n\n## A\n\nB.\n");
    const reader = article(
      "accord-de-paris",
      ["accord de Paris"],
      "Intro ici. Encore.\n\nL'accord de Paris et le climat.\n",
    );
    const { link } = site({ "a.md": reader, "b.md": other });
    const result = link("a.md");
    expect(result.added.map((added) => added.text)).toEqual(["climat"]);
  });

  it("holds the cap, one link per paragraph and per target", () => {
    const targets: Record<string, string> = {};
    const mentions: string[] = [];
    for (const word of ["nucléaire", "hydrogène", "photovoltaïque", "géothermie", "biomasse"]) {
      targets[`${word}.md`] = article(word, [word], "Texte.\n");
      mentions.push(`Le ${word} progresse, et le ${word} encore.`);
    }
    const reader = article(
      "energie",
      ["énergie"],
      `Intro. ${mentions[0]}\n\n${mentions.join(" ")}\n\n${mentions.join("\n\n")}\n`,
    );
    const { link } = site({ ...targets, "energie.md": reader });
    const result = link("energie.md", 3);
    expect(result.added.map((added) => added.text)).toEqual([
      "nucléaire",
      "hydrogène",
      "photovoltaïque",
    ]);
    expect(new Set(result.added.map((added) => added.line)).size).toBe(3);
  });

  it("lets the longer phrase win over a shorter one at the same place", () => {
    const ia = article("ia", ["IA"], "Texte.\n");
    const generative = article("ia-generative", ["sport", "IA générative"], "Texte.\n");
    const reader = article("x", ["emploi"], "Intro. Fin.\n\nL'IA générative arrive.\n");
    const { link } = site({ "ia.md": ia, "gen.md": generative, "x.md": reader });
    expect(link("x.md").added.map((added) => [added.text, added.target])).toEqual([
      ["IA générative", "gen.md"],
    ]);
  });

  it("changes no byte on a second run, and drops or updates links when targets go", () => {
    const reader = article(
      "economie",
      ["économie française"],
      "Intro. Fin.\n\nL'accord de Paris et les taux d'intérêt.\n\n## Suite\n\nLa banque centrale agit.\n",
    );
    const files = { "economie.md": reader, "climat.md": CLIMAT, "taux.md": TAUX };
    const first = site(files).link("economie.md");
    expect(first.added).toHaveLength(2);
    const second = site({ ...files, "economie.md": first.text }).link("economie.md");
    expect(second.text).toBe(first.text);
    expect(second.changed).toBe(false);

    // climat.md removed, taux.md renamed (new slug): one link dropped, one updated.
    const renamed = TAUX.replace('slug: "taux-interet"', 'slug: "taux-directeurs"');
    const third = site({ "economie.md": first.text, "t.md": renamed }).link("economie.md");
    expect(third.text).not.toContain("accord-de-paris");
    expect(third.text).toContain("[taux d'intérêt][seo-link:taux-directeurs]");
    expect(third.text).toContain("[seo-link:taux-directeurs]: /posts/taux-directeurs/\n");

    // Every target gone: the body is back to what it was.
    const alone = site({ "economie.md": first.text }).link("economie.md");
    expect(alone.text).toBe(reader);
  });
});

describe("stripOurLinks", () => {
  it("leaves other links and a text without ours as they are", () => {
    const body = "Un [lien](https://exemple.fr) et un [renvoi][note].\n\n[note]: /x/\n\n\n";
    expect(stripOurLinks(body)).toEqual({ body, removed: 0 });
  });
});
