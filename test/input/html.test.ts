import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractHtmlArticle, looksLikeHtml } from "../../src/input/html.js";

const PAGE = readFileSync(new URL("../fixtures/input/news-page.html", import.meta.url), "utf8");

describe("looksLikeHtml", () => {
  it.each([
    ["a doctype", "<!DOCTYPE html><html><body><p>Bonjour</p></body></html>"],
    [
      "an <html> tag after a BOM, a comment and spaces",
      "\uFEFF  <!-- saved from url -->\n<html lang=fr>",
    ],
    ["a <body> fragment", "<body><p>Le texte</p></body>"],
    ["a fragment with many block tags", `<div>${"<p>Un paragraphe.</p>".repeat(10)}</div>`],
  ])("is true for %s", (_name, text) => {
    expect(looksLikeHtml(text)).toBe(true);
  });

  it.each([
    ["plain text", "Le conseil municipal a voté le budget.\n\nLes écoles seront rénovées."],
    [
      "Markdown with a stray tag",
      "# Titre\n\nUne ligne<br>une autre.\n\n<div>encadré</div>\n\n- point",
    ],
    ["a text that mentions a tag", "Le fichier commence par <html> et finit par </html>."],
  ])("is false for %s", (_name, text) => {
    expect(looksLikeHtml(text)).toBe(false);
  });
});

describe("extractHtmlArticle on a news page with navigation, sidebar, footer and cookie banner", async () => {
  const started = performance.now();
  const article = await extractHtmlArticle(PAGE);
  const elapsed = performance.now() - started;

  it("keeps the article's headings, list, quotation and every paragraph", () => {
    const { markdown } = article;
    expect(markdown).toContain("## Des cépages sous tension");
    expect(markdown).toContain("## Un appel à l'aide de la filière");
    expect(markdown).toContain("- l'enherbement des rangs pour garder l'humidité du sol ;");
    expect(markdown).toContain("- la plantation de cépages résistants comme le souvignier gris.");
    expect(markdown).toContain(
      "> « Sans soutien rapide, une vingtaine de domaines familiaux risquent de disparaître d'ici deux ans. »",
    );
    for (const sentence of [
      "À Arbois, Michel Grandjean arpente ses rangs de vigne en secouant la tête.",
      "la récolte devrait atteindre 68 000 hectolitres, contre 102 000 en moyenne",
      "Le savagnin, cépage emblématique du vin jaune, résiste mieux que les autres",
      "demande une aide de 5 millions d'euros pour les exploitations les plus touchées.",
      "Michel Grandjean a déjà commandé 2 000 pieds de souvignier gris, qu'il plantera au printemps prochain.",
    ]) {
      expect(markdown).toContain(sentence);
    }
  });

  it("leaves out the navigation, cookie banner, share bar, comments, sidebar and footer", () => {
    for (const junk of [
      "Nous utilisons des cookies",
      "Tout accepter",
      "Aller au contenu principal",
      "Actualité",
      "Se connecter",
      "Copier le lien",
      "Partager cet article",
      "0 commentaire",
      "Les plus lus",
      "Accident sur l'A39",
      "Inscrivez-vous à notre newsletter",
      "Publicité",
      "Mentions légales",
      "Tous droits réservés",
      "Lire aussi",
      "window.dataLayer",
    ]) {
      expect(article.markdown).not.toContain(junk);
    }
  });

  it("reduces links to their text and drops images", () => {
    expect(article.markdown).not.toMatch(/\]\(|https?:|!\[|\.jpg/u);
  });

  it("keeps the page's title, author, date, site and description as metadata", () => {
    expect(article.meta).toEqual({
      title: "Les vignerons du Jura face à la sécheresse : « On n'a jamais vu ça »",
      author: "Claire Vuillemin",
      date: "2024-09-18T07:45:00+02:00",
      siteName: "Le Courrier de l'Est",
      description:
        "Dans le Jura, la sécheresse de l'été a réduit les vendanges d'un tiers. Les vignerons cherchent des cépages plus résistants.",
    });
    expect(article.warnings).toEqual([]);
  });

  it("takes well under a second for a page, module loading included", () => {
    expect(elapsed).toBeLessThan(5000);
  });
});

describe("extractHtmlArticle: fallbacks", () => {
  it("reads the date, author and keywords from <meta> when there is no JSON-LD", async () => {
    const page = `<!doctype html><html><head><title>Le budget</title>
      <meta name="author" content="Jean Dupont">
      <meta name="keywords" content="budget, écoles ; travaux">
      <meta property="article:published_time" content="2024-03-05T08:00:00Z"></head>
      <body><article><h1>Le budget</h1>${"<p>Le conseil municipal a voté mardi un budget de douze millions d'euros pour rénover les écoles de la ville et agrandir la médiathèque.</p>".repeat(4)}</article></body></html>`;
    const article = await extractHtmlArticle(page);
    expect(article.meta.author).toBe("Jean Dupont");
    expect(article.meta.date).toBe("2024-03-05T08:00:00Z");
    expect(article.meta.keywords).toEqual(["budget", "écoles", "travaux"]);
    expect(article.markdown).toContain("Le conseil municipal a voté mardi un budget");
  });

  it("keeps the body without navigation when the article is hidden until scripts run, and says so", async () => {
    const page = `<html><body><nav><a href="/">Accueil</a> <a href="/menu">Menu du jour</a></nav>
      <div class="article" hidden><h2>Le marché rouvre</h2><p>Le marché couvert rouvre samedi après six mois de travaux.</p></div>
      <footer>Contact</footer></body></html>`;
    const article = await extractHtmlArticle(page);
    expect(article.markdown).toBe(
      "## Le marché rouvre\n\nLe marché couvert rouvre samedi après six mois de travaux.",
    );
    expect(article.warnings).toEqual([
      "no article found by Readability in the page: its whole text was kept",
    ]);
  });

  it("says when a page holds no text at all", async () => {
    const article = await extractHtmlArticle(
      "<html><head><script>var a = 1;</script></head><body></body></html>",
    );
    expect(article.markdown).toBe("");
    expect(article.warnings).toEqual([
      "no text found in the page: save the article's own page, or copy its text",
    ]);
  });
});

describe("extractHtmlArticle on a CMS page's markup artifacts (issue 15)", async () => {
  const page = readFileSync(
    new URL("../fixtures/input/cms-artifacts.html", import.meta.url),
    "utf8",
  );
  const { markdown, meta } = await extractHtmlArticle(page);

  it("writes no empty emphasis and no stray character reference", () => {
    expect(markdown).not.toMatch(/&#x?[0-9a-f]+;|&(?:amp|nbsp|quot);/iu);
    expect(markdown).not.toMatch(/\*\*\s*\*\*|(?<![\p{L}])_\s*_|\*\*\*\*/u);
    expect(markdown).not.toContain("\\&");
  });

  it("keeps the words, their emphasis and their spaces, decoding what the page encoded twice", () => {
    expect(markdown).toContain(
      "**MARSEILLE** – Le grand port maritime a signé lundi deux contrats de logistique avec l’opérateur américain AT&T et le groupe Procter & Gamble",
    );
    expect(markdown).toContain("vers l’Afrique du Nord.");
    expect(markdown).toContain("portent sur dix ans et prévoient");
    expect(markdown).toContain("le chantier créera environ 300\u00A0emplois directs");
    expect(markdown).toContain("c’est «\u00A0une étape décisive\u00A0» pour le port");
    expect(markdown).toContain("face à _Gênes_\u00A0et Barcelone");
    expect(markdown).toContain("des _contrats_s de long terme");
    expect(markdown).toContain("menacés de fermeture.");
    expect(meta.title).toBe("Fret : le port de Marseille signe avec AT&T et Procter & Gamble");
  });
});
