// @ts-nocheck
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/article.js";

describe("parseArticle", () => {
  const article = parseArticle(`---
title: "Titre"
keywords: [a, b]
---

Une introduction de l'article, c'est-à-dire ceci.

## Première section

Du texte ici.

> Une citation en bloc.
`);

  it("reads front-matter and gives file lines, front-matter included", () => {
    expect(article.frontMatter).toEqual({ title: "Titre", keywords: ["a", "b"] });
    expect(article.blocks.map((block) => [block.kind, block.line])).toEqual([
      ["paragraph", 6],
      ["heading", 8],
      ["paragraph", 10],
      ["quote", 12],
    ]);
  });

  it("counts words over the prose without Markdown syntax, headings included", () => {
    expect(article.words).toBe(6 + 2 + 3 + 4);
    expect(article.sections.map((section) => section.heading?.text)).toEqual([
      undefined,
      "Première section",
    ]);
  });

  it("reads GFM tables and strikethrough, and plain CommonMark otherwise", () => {
    const withTable = parseArticle(
      "Intro.\n\n| a | b |\n| --- | --- |\n| un | deux |\n\nDu ~~barré~~.\n",
    );
    expect(withTable.tree.children.map((node) => node.type)).toEqual([
      "paragraph",
      "table",
      "paragraph",
    ]);
    expect(
      withTable.blocks.filter((block) => block.kind === "table-cell").map((block) => block.text),
    ).toEqual(["a", "b", "un", "deux"]);
  });

  it("reports invalid YAML front-matter instead of throwing", () => {
    const broken = parseArticle("---\ntitle: [unclosed\n---\n\nTexte.\n");
    expect(broken.frontMatterError).toBeDefined();
    expect(broken.blocks[0]?.text).toBe("Texte.");
  });
});
