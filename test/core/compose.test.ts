import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/article.js";
import {
  composeArticle,
  markRejected,
  normaliseKeywords,
  type Provenance,
  slugOf,
  withSlug,
} from "../../src/core/compose.js";
import { hashOptions, isUpToDate } from "../../src/core/freshness.js";

const provenance: Provenance = {
  source: "in/a.txt",
  sourceHash: "aaaaaaaaaaaaaaaa",
  promptHash: "bbbbbbbbbbbbbbbb",
  optionsHash: "cccccccccccccccc",
  model: "m",
  generator: "seo-rewrite 0.0.0",
  date: "2026-11-23",
};

describe("composeArticle", () => {
  const answer = parseArticle(`---
title: "L'Europe et l'IA : état des lieux"
description: "Une description."
keywords: "IA, Europe, ia, souveraineté"
slug: "the-model-slug-is-ignored"
---

Texte d'introduction, *souligné*.

## Une section

- un
- deux
`);
  const written = parseArticle(composeArticle(answer, provenance, "fr"));

  it("derives the slug from the title, never from the model", () => {
    expect(written.frontMatter.slug).toBe("l-europe-et-l-ia-etat-des-lieux");
  });

  it("normalises keywords into a list without duplicates", () => {
    expect(written.frontMatter.keywords).toEqual(["IA", "Europe", "souveraineté"]);
  });

  it("counts words in code and records provenance", () => {
    expect(written.frontMatter.words).toBe(written.words);
    expect(written.frontMatter).toMatchObject({
      lang: "fr",
      source_hash: "aaaaaaaaaaaaaaaa",
      model: "m",
      date: "2026-11-23",
    });
  });

  it("keeps the Markdown body", () => {
    expect(written.body).toContain("## Une section");
    expect(written.body).toContain("- deux");
  });
});

describe("markRejected", () => {
  const answer = parseArticle(`---\ntitle: "Un titre"\n---\n\nLe texte {{< x >}}.\n`);

  it("turns a composed article's publishing fields off and keeps its body", () => {
    const article = composeArticle(answer, provenance, "fr", "hugo");
    const marked = markRejected(article);
    const data = parseArticle(marked).frontMatter;
    expect(data).toMatchObject({ slug: "un-titre-rejected", draft: true, published: false });
    expect(marked.slice(marked.indexOf("\n---\n"))).toContain("Le texte {{</* x */>}}.");
    expect(marked.endsWith(article.slice(article.indexOf("\n---\n") + 5))).toBe(true);
    // Still ours: a later success removes it, a rerun reads its provenance.
    expect(data.generator).toBe("seo-rewrite 0.0.0");
  });

  it("leaves text without front-matter as it is", () => {
    expect(markRejected("Juste du texte.\n")).toBe("Juste du texte.\n");
    expect(markRejected("---\n- a\n---\n\nx")).toBe("---\n- a\n---\n\nx");
  });
});

describe("normaliseKeywords", () => {
  it("accepts a list or a comma-separated string", () => {
    expect(normaliseKeywords(["a", " b "])).toEqual(["a", "b"]);
    expect(normaliseKeywords("a; b, c")).toEqual(["a", "b", "c"]);
    expect(normaliseKeywords(42)).toBeUndefined();
  });
});

describe("isUpToDate", () => {
  const markdown = composeArticle(parseArticle("---\ntitle: t\n---\n\nx"), provenance, "fr");
  const fingerprint = {
    sourceHash: "aaaaaaaaaaaaaaaa",
    promptHash: "bbbbbbbbbbbbbbbb",
    model: "m",
    optionsHash: "cccccccccccccccc",
  };

  it("is true only when source, prompt, model and options all match", () => {
    expect(isUpToDate(markdown, fingerprint)).toBe(true);
    expect(isUpToDate(markdown, { ...fingerprint, model: "other" })).toBe(false);
    expect(isUpToDate(markdown, { ...fingerprint, sourceHash: "x" })).toBe(false);
    expect(isUpToDate("no front-matter", fingerprint)).toBe(false);
  });

  it("never runs a ---js block of a file left in the output folder (gray-matter would eval it)", () => {
    const hostile = `---js\n{ source_hash: (globalThis.ranByFreshness = "aaaaaaaaaaaaaaaa") }\n---\n\nx`;
    expect(isUpToDate(hostile, fingerprint)).toBe(false);
    expect((globalThis as { ranByFreshness?: string }).ranByFreshness).toBeUndefined();
  });

  it("hashes options that change what the model is asked for", () => {
    expect(hashOptions({ minWords: 700, lang: "fr" })).not.toBe(
      hashOptions({ minWords: 800, lang: "fr" }),
    );
    expect(hashOptions({ minWords: 700, lang: "fr", keyword: "IA" })).not.toBe(
      hashOptions({ minWords: 700, lang: "fr" }),
    );
  });
});

describe("withSlug", () => {
  const answer = parseArticle(`---
title: "L'Europe et l'IA"
description: "Une description."
keywords: "IA, Europe"
---

Texte.
`);

  it("renames the slug and the permalink that ends with it, and keeps the body", () => {
    const eleventy = composeArticle(answer, provenance, "fr", "eleventy", {
      permalinkBase: "/blog/",
    });
    expect(slugOf(eleventy)).toBe("l-europe-et-l-ia");
    const renamed = withSlug(eleventy, "l-europe-et-l-ia-2");
    const data = parseArticle(renamed).frontMatter;
    expect(data.slug).toBe("l-europe-et-l-ia-2");
    expect(data.permalink).toBe("/blog/l-europe-et-l-ia-2/");
    expect(data.title).toBe("L'Europe et l'IA");
    expect(renamed.slice(renamed.indexOf("\n---\n"))).toBe(
      eleventy.slice(eleventy.indexOf("\n---\n")),
    );
  });

  it("leaves text without our front-matter as it is", () => {
    expect(withSlug("Texte seul.\n", "x")).toBe("Texte seul.\n");
    expect(slugOf("Texte seul.\n")).toBeUndefined();
  });
});
