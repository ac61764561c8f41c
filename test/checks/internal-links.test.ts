import { describe, expect, it } from "vitest";
import { internalLinks, isInternalUrl, normaliseUrl } from "../../src/checks/internal-links.js";
import type { SiteContext } from "../../src/checks/rule.js";
import { testRule } from "./rule-tester.js";

const SITE: SiteContext = {
  urls: new Set(["/posts/accord-de-paris/", "/posts/taux-interet/"]),
  url: "/posts/economie/",
  related: 1,
};

function articleWith(body: string): string {
  return `---\ntitle: "L'économie française"\nkeywords: ["économie française"]\n---\n\n${body}\n`;
}

testRule(internalLinks, {
  valid: [
    {
      name: "no folder known (the rewrite loop): nothing to say",
      article: articleWith("Voir [l'accord](/posts/supprime/)."),
    },
    {
      name: "a link of ours, by reference, to an article of the folder",
      article: articleWith(
        "Les [taux d'intérêt][seo-link:taux-interet] montent.\n\n[seo-link:taux-interet]: /posts/taux-interet/",
      ),
      context: { site: SITE },
    },
    {
      name: "inline, relative, without its trailing slash or with a fragment",
      article: articleWith(
        "Voir [l'accord](../accord-de-paris#cap) et [les taux](/posts/taux-interet).",
      ),
      context: { site: SITE },
    },
    {
      name: "no internal link, but no related article either; outbound links are not ours",
      article: articleWith("Voir [Le Monde](https://www.lemonde.fr/) et [plus bas](#suite)."),
      context: { site: { ...SITE, related: 0 } },
    },
  ],
  invalid: [
    {
      name: "a link to an article removed from the folder",
      article: articleWith(
        "Intro.\n\nL'[accord de Paris][seo-link:accord] compte.\n\n[seo-link:accord]: /posts/accord-supprime/",
      ),
      context: { site: SITE },
      errors: [
        { severity: "error", line: 10, message: /\/posts\/accord-supprime\/ reaches no article/u },
      ],
    },
    {
      name: "no internal link while the article mentions another of the folder",
      article: articleWith("L'accord de Paris, sans lien."),
      context: { site: SITE },
      errors: [{ severity: "warning", message: /mentions 1 other article/u, repair: null }],
    },
  ],
});

describe("internal URLs", () => {
  it("are paths and relative links, not other sites or fragments", () => {
    expect(
      ["/a/", "./a", "../a/", "//cdn.fr/x", "https://a.fr/", "#x", "mailto:a@b.fr"].map(
        isInternalUrl,
      ),
    ).toEqual([true, true, true, false, false, false, false]);
  });
  it("compare without query, fragment or a page's missing slash", () => {
    expect(normaliseUrl("/posts/a?x=1#b")).toBe("/posts/a/");
    expect(normaliseUrl("/img/a.png")).toBe("/img/a.png");
  });
});
