import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/article.js";
import { composeArticle, type Provenance, withSourceCited } from "../../src/core/compose.js";
import type { PublishFormat } from "../../src/core/formats.js";

/** The source cited and its image kept (issue 16): front-matter per format, the last line. */
const provenance: Provenance = {
  source: "in/page.html",
  sourceHash: "aaaaaaaaaaaaaaaa",
  promptHash: "bbbbbbbbbbbbbbbb",
  optionsHash: "cccccccccccccccc",
  model: "m",
  generator: "seo-rewrite 0.0.0",
  date: "2026-11-23",
  sourceMeta: {
    siteName: "Le Courrier de l'Est",
    url: "https://www.courrier-est.fr/jura/vignerons",
    image: "https://img.courrier-est.fr/vigne.jpg",
    imageAlt: "Des rangs de vigne",
  },
};
const answer = parseArticle(
  '---\ntitle: "Le Jura a soif"\ndescription: "d"\nkeywords: [vigne, Jura, sécheresse]\n---\n\nTexte.\n',
);

function frontMatterIn(format: PublishFormat): Record<string, unknown> {
  return parseArticle(composeArticle(answer, provenance, "fr", format)).frontMatter;
}

describe("the source's address and image in the front-matter", () => {
  it("writes source_url in every format", () => {
    for (const format of ["plain", "hugo", "jekyll", "astro", "eleventy"] as const) {
      expect(frontMatterIn(format).source_url).toBe("https://www.courrier-est.fr/jura/vignerons");
    }
  });

  it("names the image in each format's terms", () => {
    expect(frontMatterIn("plain")).toMatchObject({
      image: "https://img.courrier-est.fr/vigne.jpg",
      image_alt: "Des rangs de vigne",
    });
    expect(frontMatterIn("eleventy")).toMatchObject({
      image: "https://img.courrier-est.fr/vigne.jpg",
    });
    const hugo = frontMatterIn("hugo");
    expect(hugo.images).toEqual(["https://img.courrier-est.fr/vigne.jpg"]);
    expect(hugo.image).toBeUndefined();
    expect(frontMatterIn("jekyll").image).toEqual({
      path: "https://img.courrier-est.fr/vigne.jpg",
      alt: "Des rangs de vigne",
    });
    const astro = frontMatterIn("astro");
    expect(astro).toMatchObject({
      heroImage: "https://img.courrier-est.fr/vigne.jpg",
      heroImageAlt: "Des rangs de vigne",
    });
    expect(astro.image).toBeUndefined();
  });
});

describe("withSourceCited", () => {
  const article = composeArticle(answer, provenance, "fr");

  it("ends the article with « Source : [Site](url) », once however often it is applied", () => {
    const cited = withSourceCited(article, provenance.sourceMeta);
    expect(
      cited.endsWith(
        "Texte.\n\nSource : [Le Courrier de l'Est](<https://www.courrier-est.fr/jura/vignerons>)\n",
      ),
    ).toBe(true);
    expect(withSourceCited(cited, provenance.sourceMeta)).toBe(cited);
    // As remark-stringify gives it back after a patch: no angle brackets.
    const restrung = cited.replace(
      "(<https://www.courrier-est.fr/jura/vignerons>)",
      "(https://www.courrier-est.fr/jura/vignerons)",
    );
    expect(withSourceCited(restrung, provenance.sourceMeta)).toBe(cited);
  });

  it("names the host when the site has no name, and cites nothing without an address", () => {
    const { siteName: _name, ...meta } = provenance.sourceMeta ?? {};
    expect(withSourceCited(article, meta)).toContain(
      "Source : [courrier-est.fr](<https://www.courrier-est.fr/jura/vignerons>)",
    );
    expect(withSourceCited(article, {})).toBe(article);
  });
});
