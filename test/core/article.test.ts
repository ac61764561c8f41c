import { describe, expect, it } from "vitest";
import {
  bodyOf,
  MAX_FRONT_MATTER_CHARS,
  parseArticle,
  parseMarkdown,
  splitFrontMatter,
} from "../../src/core/article.js";

describe("parseArticle", () => {
  // Parsed inside each test, so that Stryker's per-test coverage sees the parse.
  const parsed = () =>
    parseArticle(`---
title: "Titre"
keywords: [a, b]
---

Une introduction de l'article, c'est-à-dire ceci.

## Première section

Du texte ici.

> Une citation en bloc.
`);

  it("reads front-matter and gives file lines, front-matter included", () => {
    const article = parsed();
    expect(article.frontMatter).toEqual({ title: "Titre", keywords: ["a", "b"] });
    expect(article.blocks.map((block) => [block.kind, block.line])).toEqual([
      ["paragraph", 6],
      ["heading", 8],
      ["paragraph", 10],
      ["quote", 12],
    ]);
  });

  it("counts words over the prose without Markdown syntax, headings included", () => {
    const article = parsed();
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

describe("parseArticle: blocks", () => {
  const parsed = () =>
    parseArticle(
      [
        "Intro. Une seconde phrase.", // 1
        "",
        "> Cité.", // 3
        ">",
        "> - en liste", // 5
        "",
        "- un", // 7
        "  > dans un item", // 8
        "",
        "![image seule](x.png)", // 10
        "",
        "##", // 12
        "",
        "# Titre un. Deux", // 14
        "",
        "```js",
        "code",
        "```",
        "",
        "<div>html</div>",
        "",
        "***",
        "",
        "   Des    espaces", // 24
        "   ici.",
        "",
        "1. ordre", // 27
        "2. encore",
        "",
        "#### Petit titre", // 30
        "",
      ].join("\n"),
    );

  it("gives each prose block its kind, depth, text without Markdown, line and words", () => {
    const article = parsed();
    expect(
      article.blocks.map((block) => [block.kind, block.depth, block.text, block.line, block.words]),
    ).toEqual([
      ["paragraph", 0, "Intro. Une seconde phrase.", 1, 4],
      ["quote", 0, "Cité.", 3, 1],
      // A list inside a quote is a list.
      ["list-item", 0, "en liste", 5, 2],
      ["list-item", 0, "un", 7, 1],
      // A quote inside a list item is a quote.
      ["quote", 0, "dans un item", 8, 3],
      // The image alone, the empty heading, code, HTML and the rule are not prose.
      ["heading", 1, "Titre un. Deux", 14, 3],
      ["paragraph", 0, "Des espaces ici.", 24, 3],
      ["list-item", 0, "ordre", 27, 1],
      ["list-item", 0, "encore", 28, 1],
      ["heading", 4, "Petit titre", 30, 2],
    ]);
  });

  it("cuts paragraphs into sentences, and keeps a heading whole", () => {
    const article = parsed();
    expect(article.blocks[0]?.sentences).toEqual(["Intro.", "Une seconde phrase."]);
    expect(article.headings.map((heading) => heading.sentences)).toEqual([
      ["Titre un. Deux"],
      ["Petit titre"],
    ]);
  });

  it("lists headings apart from the other blocks, and sums words over all", () => {
    const article = parsed();
    expect(article.headings.map((block) => block.text)).toEqual(["Titre un. Deux", "Petit titre"]);
    expect(article.paragraphs.map((block) => block.kind)).not.toContain("heading");
    expect(article.paragraphs).toHaveLength(article.blocks.length - 2);
    expect(article.words).toBe(4 + 1 + 2 + 1 + 3 + 3 + 3 + 1 + 1 + 2);
    expect(article.plainText).toBe(article.blocks.map((block) => block.text).join("\n"));
    expect(article.plainText.split("\n")[1]).toBe("Cité.");
  });

  it("reads neither an image's alt text nor the space it leaves", () => {
    const article = parseArticle("![Logo de Mistral AI](logo.png) Mistral lève des fonds.\n");
    expect(article.blocks.map((block) => [block.text, block.words])).toEqual([
      ["Mistral lève des fonds.", 4],
    ]);
  });

  it("gives table cells their own blocks, on their row's line", () => {
    const table = parseArticle(
      "Intro.\n\n| Nom | Montant |\n| --- | ---: |\n| Mistral | 15 M€ |\n",
    );
    expect(table.blocks.map((block) => [block.kind, block.text, block.line, block.depth])).toEqual([
      ["paragraph", "Intro.", 1, 0],
      ["table-cell", "Nom", 3, 0],
      ["table-cell", "Montant", 3, 0],
      ["table-cell", "Mistral", 5, 0],
      ["table-cell", "15 M€", 5, 0],
    ]);
  });
});

describe("parseArticle: sections", () => {
  const sectionsOf = (markdown: string) =>
    parseArticle(markdown).sections.map((section) => ({
      heading: section.heading?.text,
      line: section.line,
      words: section.words,
      blocks: section.blocks.map((block) => block.text),
    }));

  it("opens a section at each ## and ###, not at #, after an introduction", () => {
    expect(
      sectionsOf(
        "Une intro ici.\n\n## Deux mots\n\nTrois mots ici.\n\n# Grand titre\n\n### Sous partie\n\nUn.\n",
      ),
    ).toEqual([
      { heading: undefined, line: 1, words: 3, blocks: ["Une intro ici."] },
      // The # heading is a block of the section it falls in, its words counted.
      {
        heading: "Deux mots",
        line: 3,
        words: 5,
        blocks: ["Trois mots ici.", "Grand titre"],
      },
      { heading: "Sous partie", line: 9, words: 1, blocks: ["Un."] },
    ]);
  });

  it("drops the introduction when the body opens with a subheading", () => {
    expect(sectionsOf("## Début\n\nTexte.\n\n## Fin\n")).toEqual([
      { heading: "Début", line: 1, words: 1, blocks: ["Texte."] },
      { heading: "Fin", line: 5, words: 0, blocks: [] },
    ]);
  });

  it("keeps one empty section for an empty body", () => {
    expect(sectionsOf("")).toEqual([{ heading: undefined, line: 1, words: 0, blocks: [] }]);
    expect(sectionsOf("Seul.\n")).toEqual([
      { heading: undefined, line: 1, words: 1, blocks: ["Seul."] },
    ]);
  });

  it("opens the introduction on the first block's file line", () => {
    const article = parseArticle("---\ntitle: x\n---\n\n\nTexte.\n\n## Un\n");
    expect(article.sections.map((section) => section.line)).toEqual([6, 8]);
  });
});

describe("parseArticle: front-matter", () => {
  const summary = (raw: string) => {
    const article = parseArticle(raw);
    return {
      frontMatter: article.frontMatter,
      hasFrontMatter: article.hasFrontMatter,
      body: article.body,
      bodyLineOffset: article.bodyLineOffset,
      lines: article.blocks.map((block) => block.line),
      error: article.frontMatterError,
      hasErrorKey: "frontMatterError" in article,
    };
  };

  it("reads a front-matter after a byte-order mark", () => {
    expect(summary("\uFEFF---\ntitle: x\n---\nTexte.\n")).toEqual({
      frontMatter: { title: "x" },
      hasFrontMatter: true,
      body: "Texte.\n",
      bodyLineOffset: 3,
      lines: [4],
      error: undefined,
      hasErrorKey: false,
    });
  });

  it("reads a front-matter with CRLF line ends and spaces after its opening ---", () => {
    expect(summary("--- \t\r\ntitle: x\r\n---\r\n\r\nTexte.\r\n")).toMatchObject({
      frontMatter: { title: "x" },
      hasFrontMatter: true,
      bodyLineOffset: 3,
      lines: [5],
    });
  });

  it("has no front-matter unless the first line is --- alone", () => {
    for (const raw of ["---x\ntitle: x\n---\nTexte.\n", "\n---\ntitle: x\n---\nTexte.\n"]) {
      expect(summary(raw)).toMatchObject({
        frontMatter: {},
        hasFrontMatter: false,
        body: raw,
        bodyLineOffset: 0,
        hasErrorKey: false,
      });
    }
  });

  it.each(["- a\n- b", "juste une phrase", "42", "null"])(
    "keeps only a mapping: %j reads as no field",
    (yaml) => {
      const article = parseArticle(`---\n${yaml}\n---\nTexte.\n`);
      expect(article.frontMatter).toEqual({});
      expect(Array.isArray(article.frontMatter)).toBe(false);
      expect(article.hasFrontMatter).toBe(true);
      expect(article.body).toBe("Texte.\n");
    },
  );

  it("strips a byte-order mark at the start only", () => {
    const article = parseArticle("Texte\uFEFF suite.\n");
    expect(article.body).toBe("Texte\uFEFF suite.\n");
  });

  it("reports invalid YAML by its first line, and reads the body after the block", () => {
    expect(summary("---\ntitle: [unclosed\n---\n\nTexte.\n")).toEqual({
      frontMatter: {},
      hasFrontMatter: true,
      body: "\nTexte.\n",
      bodyLineOffset: 3,
      lines: [5],
      error:
        "Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 17:",
      hasErrorKey: true,
    });
  });

  it("reads the whole file as the body when invalid YAML is never closed", () => {
    const raw = "---\ntitle: [unclosed\n\nTexte.\n";
    expect(summary(raw)).toMatchObject({
      frontMatter: {},
      hasFrontMatter: true,
      body: raw,
      bodyLineOffset: 0,
      error:
        "Flow sequence in block collection must be sufficiently indented and end with a ] at line 4, column 1:",
    });
  });
});

describe("parseMarkdown: GFM only when a GFM construct is there", () => {
  const blocksOf = (markdown: string) =>
    parseArticle(markdown).blocks.map((block) => [block.kind, block.text]);

  it.each([
    ["|a|b|\n|---|---|\n|1|2|", "a"],
    ["a | b\n--- | ---\n1 | 2", "a"],
    ["| a |\n| :---: |\n| 1 |", "a"],
    ["| a |\n|---: |\n| 1 |", "a"],
    ["  | a |\n  | ---- |\n  | 1 |", "a"],
    ["|a|\n|-|\n|1|", "a"],
  ])("reads the table %j", (markdown, first) => {
    expect(parseMarkdown(markdown).children.map((node) => node.type)).toEqual(["table"]);
    expect(blocksOf(markdown)[0]).toEqual(["table-cell", first]);
  });

  it.each([
    ["Du ~~barré~~ ici.", [["paragraph", "Du barré ici."]]],
    ["Une note[^1].\n\n[^1]: Source.", [["paragraph", "Une note."]]],
    ["- [ ] à faire", [["list-item", "à faire"]]],
    ["* [x] fait", [["list-item", "fait"]]],
    [
      "Liste :\n\n  + [X] fait",
      [
        ["paragraph", "Liste :"],
        ["list-item", "fait"],
      ],
    ],
  ])("reads the GFM construct in %j", (markdown, blocks) => {
    expect(blocksOf(markdown)).toEqual(blocks);
  });

  it("reads plain CommonMark otherwise: a bare URL is text, not a link", () => {
    const tree = parseMarkdown("Voir https://mistral.ai ici.\n\n- [lien](https://mistral.ai)\n");
    expect(JSON.stringify(tree.children[0])).not.toContain('"link"');
    expect(JSON.stringify(tree.children[1])).toContain('"link"');
  });

  it.each([
    "Un - tiret | et un trait",
    "~ seul ~",
    "[note] entre crochets",
    "- [y] pas une case",
    "-[ ] collé",
  ])("keeps %j to CommonMark", (markdown) => {
    const tree = parseMarkdown(`${markdown} https://mistral.ai`);
    expect(JSON.stringify(tree)).not.toContain('"link"');
  });
});

describe("parseArticle: a model's front-matter is bounded (issue 15)", () => {
  const bomb = [
    "---",
    'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
    "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
    "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
    "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
    "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]",
    "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]",
    "keywords: [*g, *g, *g, *g, *g, *g, *g, *g, *g]",
    "---",
    "",
    "Texte.",
  ].join("\n");

  it("refuses a YAML alias at once (a billion laughs), and keeps the body", () => {
    const started = performance.now();
    const article = parseArticle(bomb);
    expect(performance.now() - started).toBeLessThan(500);
    expect(article.frontMatter).toEqual({});
    expect(article.frontMatterError).toBe(
      "it uses a YAML alias (*name): write each value out in full",
    );
    expect(article.blocks.map((block) => block.text)).toEqual(["Texte."]);
  });

  it("refuses a front-matter over the size cap without reading it", () => {
    const raw = `---\ntitle: "${"x".repeat(MAX_FRONT_MATTER_CHARS)}"\n---\n\nTexte.\n`;
    expect(parseArticle(raw).frontMatterError).toBe(
      "the front-matter is 65 KB, over the 64 KB cap",
    );
  });

  it("still reads dates as dates and yes as a string, as before", () => {
    expect(parseArticle("---\ndate: 2024-02-28\nflag: yes\n---\nTexte.\n").frontMatter).toEqual({
      date: new Date("2024-02-28T00:00:00Z"),
      flag: "yes",
    });
  });
});

describe("bodyOf: the body as splitFrontMatter finds it, the YAML unread", () => {
  const texts = [
    "---\ntitle: Un\nkeywords: [a, b]\n---\n\nLe corps.\n",
    "\uFEFF---\ntitle: Deux\n---\nCorps collé.\n",
    "---\r\ntitle: Trois\r\n---\r\n\r\nCorps CRLF.\r\n",
    "---\n---\nFront-matter vide.\n",
    "---\ntitle: Sans fin\n",
    "Pas de front-matter.\n---\nx: 1\n---\n",
    "",
  ];
  it.each(texts)("%j", (text) => {
    const { body, bodyLineOffset } = splitFrontMatter(text);
    expect(bodyOf(text)).toEqual({ body, bodyLineOffset });
  });
});
