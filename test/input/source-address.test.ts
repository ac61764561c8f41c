import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanArticleText } from "../../src/input/clean.js";
import { judgeLine } from "../../src/input/furniture.js";
import { extractHtmlArticle, webUrl } from "../../src/input/html.js";
import { ROOT } from "../run-cli.js";

/** The source's address and image (issue 16): read from the page, a draft or a URL line. */
const PAGE = readFileSync(join(ROOT, "test/fixtures/input/news-page.html"), "utf8");

function pageWith(head: string): string {
  return PAGE.replace('<link rel="stylesheet"', `${head}\n  <link rel="stylesheet"`);
}

describe("the page's address and image", () => {
  it("takes the canonical link before og:url, and og:image with its alt text", async () => {
    const { meta } = await extractHtmlArticle(
      pageWith(
        [
          '<meta property="og:url" content="https://www.courrier-est.fr/amp/jura">',
          '<link rel="canonical" href="https://www.courrier-est.fr/jura/vignerons-secheresse">',
          '<meta property="og:image" content="https://img.courrier-est.fr/vigne.jpg">',
          '<meta property="og:image:alt" content="Des rangs de vigne brûlés par le soleil">',
        ].join("\n"),
      ),
    );
    expect(meta).toMatchObject({
      url: "https://www.courrier-est.fr/jura/vignerons-secheresse",
      image: "https://img.courrier-est.fr/vigne.jpg",
      imageAlt: "Des rangs de vigne brûlés par le soleil",
    });
  });

  it("takes og:url when the canonical link is relative, and no image that is not a web address", async () => {
    const { meta } = await extractHtmlArticle(
      pageWith(
        [
          '<link rel="canonical" href="/jura/vignerons">',
          '<meta property="og:url" content="https://www.courrier-est.fr/jura/vignerons">',
          '<meta property="og:image" content="data:image/png;base64,AAAA">',
        ].join("\n"),
      ),
    );
    expect(meta.url).toBe("https://www.courrier-est.fr/jura/vignerons");
    expect(meta.image).toBeUndefined();
  });

  it("has neither on a page that gives neither", async () => {
    const { meta } = await extractHtmlArticle(PAGE);
    expect(meta.url).toBeUndefined();
    expect(meta.image).toBeUndefined();
  });

  it("accepts only absolute http(s) addresses", () => {
    expect(webUrl(" https://exemple.fr/a b ")).toBeUndefined();
    expect(webUrl("javascript:alert(1)")).toBeUndefined();
    expect(webUrl("https://exemple.fr/é")).toBe("https://exemple.fr/%C3%A9");
  });
});

describe("a URL line", () => {
  it.each([
    ["https://www.lemonde.fr/economie/article/2024/09/18/x.html"],
    ["Source : https://www.lemonde.fr/economie/article/2024/09/18/x.html"],
    ["URL: <https://www.lemonde.fr/economie/article/2024/09/18/x.html>"],
  ])("is the article's address, dropped from the text: %s", (line) => {
    expect(judgeLine(line)).toMatchObject({
      kind: "credit",
      url: "https://www.lemonde.fr/economie/article/2024/09/18/x.html",
    });
  });

  it("is not a sentence that holds a link", () => {
    expect(
      judgeLine("Le rapport est en ligne sur https://www.insee.fr/ depuis hier.")?.url,
    ).toBeUndefined();
  });

  it("becomes the cleaner's hint", () => {
    const text = [
      "Les vignerons du Jura face à la sécheresse",
      "",
      "https://www.courrier-est.fr/jura/vignerons",
      "",
      "À Arbois, Michel Grandjean arpente ses rangs de vigne en secouant la tête. La récolte sera maigre cette année, et les vignerons du Jura cherchent des solutions.",
    ].join("\n");
    const result = cleanArticleText(text, { lang: "fr" });
    expect(result.hints.url).toBe("https://www.courrier-est.fr/jura/vignerons");
    expect(result.text).not.toContain("https://");
  });
});
