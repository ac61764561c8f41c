import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import {
  FORMATS,
  formatPlaceWarning,
  formatWarnings,
  isPublishFormat,
  mapFrontMatter,
  PROVENANCE_FIELDS,
  rejectedFrontMatter,
  templateSafeBody,
} from "../../src/core/formats.js";
import { isUpToDate } from "../../src/core/freshness.js";

/** The front-matter composeArticle writes, in its order. */
const DATA: Readonly<Record<string, unknown>> = {
  title: "Mistral AI et Microsoft : un partenariat qui interroge l'Europe",
  description:
    "Le partenariat entre Mistral AI et Microsoft relance le débat sur la souveraineté numérique européenne et l'avenir de l'IA.",
  slug: "mistral-ai-et-microsoft-un-partenariat-qui-interroge-l-europe",
  keywords: ["Mistral AI", "Microsoft", "souveraineté numérique"],
  lang: "fr",
  date: "2026-11-23",
  words: 912,
  reading_time: 4,
  source: "seeds/reuters-microsoft-mistral-scraped.txt",
  source_hash: "3f1c0a9b8e7d6c5b",
  prompt_hash: "9a0b1c2d3e4f5a6b",
  options_hash: "77e2aa11bb22cc33",
  model: "gpt-4.1-mini",
  generator: "seo-rewrite 0.1.0",
};

const KEYWORDS = ["Mistral AI", "Microsoft", "souveraineté numérique"];
const SLUG = "mistral-ai-et-microsoft-un-partenariat-qui-interroge-l-europe";
/** What `seo-rewrite check` validates: must survive every format. */
const CHECKED_FIELDS = ["title", "description", "slug", "keywords", "lang"] as const;

describe("mapFrontMatter", () => {
  it("leaves plain as it is, in a copy", () => {
    const plain = mapFrontMatter(DATA, "plain");
    expect(plain).toEqual(DATA);
    expect(plain).not.toBe(DATA);
  });

  it("hugo: keywords and tags, draft flag, date and slug as Hugo reads them", () => {
    const hugo = mapFrontMatter(DATA, "hugo");
    expect(hugo).toMatchObject({
      date: "2026-11-23",
      slug: SLUG,
      draft: false,
      keywords: KEYWORDS,
      tags: KEYWORDS,
    });
    expect(Object.keys(hugo).slice(0, 6)).toEqual([
      "title",
      "description",
      "slug",
      "keywords",
      "tags",
      "draft",
    ]);
    expect(mapFrontMatter(DATA, "hugo", { draft: true }).draft).toBe(true);
  });

  it("jekyll: permalink from the slug, tags, categories, published only for drafts", () => {
    const jekyll = mapFrontMatter(DATA, "jekyll");
    expect(jekyll).toMatchObject({ date: "2026-11-23", permalink: `/${SLUG}/`, tags: KEYWORDS });
    expect(jekyll).not.toHaveProperty("draft");
    expect(jekyll).not.toHaveProperty("published");
    expect(jekyll).not.toHaveProperty("categories");

    const inBlog = mapFrontMatter(DATA, "jekyll", {
      permalinkBase: "blog",
      categories: ["actualite"],
      draft: true,
    });
    expect(inBlog).toMatchObject({
      permalink: `/blog/${SLUG}/`,
      categories: ["actualite"],
      published: false,
    });
  });

  it("astro: pubDate in place of date, draft flag, tags", () => {
    const astro = mapFrontMatter(DATA, "astro");
    expect(astro.pubDate).toBe("2026-11-23");
    expect(astro).not.toHaveProperty("date");
    expect(astro).toMatchObject({ draft: false, tags: KEYWORDS, slug: SLUG });
    // The renamed field keeps its place, after lang.
    const keys = Object.keys(astro);
    expect(keys.indexOf("pubDate")).toBe(keys.indexOf("lang") + 1);
  });

  it("eleventy: permalink, tags for collections, draft flag, date", () => {
    const eleventy = mapFrontMatter(DATA, "eleventy", { permalinkBase: "/articles/" });
    expect(eleventy).toMatchObject({
      permalink: `/articles/${SLUG}/`,
      tags: KEYWORDS,
      draft: false,
      date: "2026-11-23",
    });
    expect(mapFrontMatter(DATA, "eleventy").permalink).toBe(`/${SLUG}/`);
  });

  it.each(FORMATS)("%s keeps the checked fields and the provenance", (format) => {
    const mapped = mapFrontMatter(DATA, format, { draft: true, permalinkBase: "/blog/" });
    for (const field of [...CHECKED_FIELDS, ...PROVENANCE_FIELDS]) {
      expect(mapped[field]).toEqual(DATA[field]);
    }
  });

  it.each(FORMATS)("%s output is still found up to date by a rerun", (format) => {
    const mapped = mapFrontMatter(DATA, format);
    // Serialised as composeArticle does: double-quoted strings, so a date stays a string.
    const yaml = stringify(mapped, {
      lineWidth: 0,
      defaultStringType: "QUOTE_DOUBLE",
      defaultKeyType: "PLAIN",
    });
    const file = `---\n${yaml}---\n\nCorps.\n`;
    expect(
      isUpToDate(file, {
        sourceHash: "3f1c0a9b8e7d6c5b",
        promptHash: "9a0b1c2d3e4f5a6b",
        model: "gpt-4.1-mini",
        optionsHash: "77e2aa11bb22cc33",
      }),
    ).toBe(true);
    // And the YAML parses back to the same record.
    expect(matter(file).data).toEqual(JSON.parse(JSON.stringify(mapped)));
  });

  it.each(FORMATS)("%s writes --categories as a list after the keywords", (format) => {
    const mapped = mapFrontMatter(DATA, format, { categories: ["Tech", "Europe"] });
    expect(mapped.categories).toEqual(["Tech", "Europe"]);
    const keys = Object.keys(mapped);
    expect(keys.indexOf("categories")).toBeGreaterThan(keys.indexOf("keywords"));
    expect(mapFrontMatter(DATA, format)).not.toHaveProperty("categories");
  });

  it("plain: draft only when asked for, so a default run writes what it always wrote", () => {
    expect(mapFrontMatter(DATA, "plain", { draft: true })).toMatchObject({ draft: true });
    expect(mapFrontMatter(DATA, "plain", { draft: false })).not.toHaveProperty("draft");
  });

  it("adds no tags when there are no keywords", () => {
    const { keywords: _dropped, ...rest } = DATA;
    expect(mapFrontMatter(rest, "hugo")).not.toHaveProperty("tags");
    expect(mapFrontMatter(rest, "jekyll")).not.toHaveProperty("tags");
  });

  it("leaves the input untouched", () => {
    const copy = structuredClone(DATA);
    for (const format of FORMATS) mapFrontMatter(DATA, format, { draft: true });
    expect(DATA).toEqual(copy);
  });
});

describe("the body is text, never a template", () => {
  it("jekyll and eleventy are told in their own terms not to run Liquid", () => {
    expect(mapFrontMatter(DATA, "jekyll").render_with_liquid).toBe(false);
    expect(mapFrontMatter(DATA, "eleventy").templateEngineOverride).toBe("md");
    for (const format of ["plain", "hugo", "astro"] as const) {
      expect(mapFrontMatter(DATA, format)).not.toHaveProperty("render_with_liquid");
      expect(mapFrontMatter(DATA, format)).not.toHaveProperty("templateEngineOverride");
    }
  });

  it("hugo: whole shortcodes become Hugo's escaped form, a lone opening gets a backslash", () => {
    const body = "A {{< youtube x >}}, B {{% note %}}, C {{< seul\n\n`{{< code >}}` {% raw %}\n";
    expect(templateSafeBody(body, "hugo")).toBe(
      "A {{</* youtube x */>}}, B {{%/* note */%}}, C {{\\< seul\n\n`{{</* code */>}}` {% raw %}\n",
    );
    // Already escaped: left as it is.
    expect(templateSafeBody("{{</* x */>}}", "hugo")).toBe("{{</* x */>}}");
  });

  it.each(["plain", "jekyll", "astro", "eleventy"] as const)(
    "%s: the body is unchanged",
    (format) => {
      const body = "A {{< youtube x >}} et {% raw %} {{ page.title }}\n";
      expect(templateSafeBody(body, format)).toBe(body);
    },
  );
});

describe("rejectedFrontMatter", () => {
  it.each(FORMATS)("%s: unpublished for every generator, under a slug of its own", (format) => {
    const rejected = rejectedFrontMatter(mapFrontMatter(DATA, format));
    expect(rejected).toMatchObject({
      slug: `${SLUG}-rejected`,
      draft: true,
      published: false,
      eleventyExcludeFromCollections: true,
      build: { render: "never", list: "never", publishResources: false },
    });
    // Astro schemas may type permalink as a string: a rejected entry must not break the build.
    if (format === "astro") expect(rejected).not.toHaveProperty("permalink");
    else expect(rejected.permalink).toBe(false);
    for (const field of PROVENANCE_FIELDS) expect(rejected[field]).toEqual(DATA[field]);
  });
});

describe("isPublishFormat", () => {
  it("accepts the five formats and nothing else", () => {
    expect(FORMATS.every(isPublishFormat)).toBe(true);
    expect(isPublishFormat("gatsby")).toBe(false);
    expect(isPublishFormat("Hugo")).toBe(false);
  });
});

describe("formatPlaceWarning", () => {
  it("warns that Jekyll's _posts publishes only dated file names, and nothing else", () => {
    expect(formatPlaceWarning("jekyll", "site/_posts/")).toMatch(/YYYY-MM-DD-title\.md/u);
    expect(formatPlaceWarning("jekyll", "site/_articles")).toBeUndefined();
    expect(formatPlaceWarning("hugo", "site/_posts")).toBeUndefined();
    expect(formatPlaceWarning("jekyll", undefined)).toBeUndefined();
  });
});

describe("formatWarnings", () => {
  it("says when --permalink-base has no effect on the format, and nothing otherwise", () => {
    for (const format of ["plain", "hugo", "astro"] as const) {
      expect(formatWarnings({ format, permalinkBase: "/blog/" })).toEqual([
        expect.stringContaining("--permalink-base sets the permalink of jekyll and eleventy"),
      ]);
    }
    expect(formatWarnings({ format: "jekyll", permalinkBase: "/blog/" })).toEqual([]);
    expect(formatWarnings({ format: "eleventy", permalinkBase: "/blog/" })).toEqual([]);
    expect(formatWarnings({ format: "hugo" })).toEqual([]);
    expect(formatWarnings({ format: "jekyll", out: "site/_posts" })).toHaveLength(1);
  });
});
