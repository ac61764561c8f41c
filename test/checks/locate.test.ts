import { describe, expect, it } from "vitest";
import {
  excerpt,
  formatPercent,
  frontMatterLine,
  lineInBlock,
  placeInBlock,
  placeInUnit,
  proseUnitsOf,
} from "../../src/checks/locate.js";
import { type ArticleBlock, parseArticle } from "../../src/core/article.js";

/** The parsed article and its block whose text starts with `start`. */
function blockOf(raw: string, start: string) {
  const article = parseArticle(raw);
  const block = article.blocks.find((each) => each.text.startsWith(start));
  if (!block) throw new Error(`no block starts with ${start}`);
  return { article, block };
}

describe("frontMatterLine", () => {
  const raw = [
    "---", // 1
    "subtitle: Un sous-titre", // 2
    "title  : Le titre", // 3
    "slug: le-titre", // 4
    "---", // 5
    "description: une ligne du corps", // 6
    "",
  ].join("\n");
  const article = parseArticle(raw);

  it("finds the field's line, spaces before the colon allowed", () => {
    expect(frontMatterLine(article, "title")).toBe(3);
    expect(frontMatterLine(article, "slug")).toBe(4);
  });

  it("gives the opening --- for a field the front-matter lacks, even when the body has it", () => {
    expect(frontMatterLine(article, "description")).toBe(1);
    expect(frontMatterLine(article, "keywords")).toBe(1);
  });

  it("matches the whole field name, not a longer one that ends with it", () => {
    const only = parseArticle("---\nsubtitle: x\n---\n\nTexte.\n");
    expect(frontMatterLine(only, "title")).toBe(1);
  });

  it("gives 1 when there is no front-matter", () => {
    expect(frontMatterLine(parseArticle("title: x\n\nTexte.\n"), "title")).toBe(1);
  });
});

describe("placeInBlock", () => {
  const raw = [
    "Mistral AI lève des fonds", // 1
    "auprès de Microsoft pour 1.5 fois 125 millions,", // 2
    "soit 15\u00a0millions d'euros.", // 3
    "",
    "Un autre paragraphe avec Bercy.", // 5
    "## Un titre", // 6
    "Juste après le titre, Bercy.", // 7
    "",
  ].join("\n");
  const { article, block } = blockOf(raw, "Mistral AI");

  it.each([
    ["Mistral", 1, 1],
    ["lève des", 1, 12],
    ["Microsoft", 2, 11],
    // A regex character in the needle is a plain character: "1.5", not "125".
    ["1.5", 2, 26],
    // A non-breaking space in the file is a space in the text.
    ["15 millions", 3, 6],
    ["  soit   15 ", 3, 1],
  ])("finds %j at line %i, column %i", (needle, line, column) => {
    expect(placeInBlock(article, block, needle)).toEqual({ line, column });
    expect(lineInBlock(article, block, needle)).toBe(line);
  });

  it.each([
    ["", "an empty needle"],
    ["   ", "a blank needle"],
    ["Bercy", "a needle found only in the next paragraph"],
    ["fonds auprès", "a needle cut by a line break"],
  ])("gives the block's first line for %j (%s)", (needle) => {
    expect(placeInBlock(article, block, needle)).toEqual({ line: 1, column: 1 });
  });

  it("looks at a heading's own line only", () => {
    const heading = article.headings[0] as ArticleBlock;
    expect(placeInBlock(article, heading, "titre")).toEqual({ line: 6, column: 7 });
    expect(placeInBlock(article, heading, "Bercy")).toEqual({ line: 6, column: 1 });
  });

  it("stops at the blank line after a one-line block, even a line of spaces", () => {
    for (const blank of ["", "   "]) {
      const one = blockOf(`Une ligne.\n${blank}\nBercy répond.\n`, "Une ligne");
      expect(placeInBlock(one.article, one.block, "Bercy")).toEqual({ line: 1, column: 1 });
    }
    const spaced = blockOf("Une ligne,\ndeux lignes.\n   \nBercy répond.\n", "Une ligne");
    expect(placeInBlock(spaced.article, spaced.block, "Bercy")).toEqual({ line: 1, column: 1 });
  });

  it("keeps a zero-width no-break space inside a line in the column count", () => {
    const inside = blockOf("Texte\uFEFF mot.\n", "Texte");
    expect(placeInBlock(inside.article, inside.block, "mot")).toEqual({ line: 1, column: 8 });
  });

  it("counts columns after a byte-order mark as the editor shows them", () => {
    const withBom = blockOf("\uFEFFMistral lève des fonds.\n", "Mistral");
    expect(placeInBlock(withBom.article, withBom.block, "lève")).toEqual({ line: 1, column: 9 });
  });

  it("reads CRLF files line by line", () => {
    const crlf = blockOf("Premier mot,\r\nsecond mot.\r\n\r\nAutre.\r\n", "Premier");
    expect(placeInBlock(crlf.article, crlf.block, "second mot.")).toEqual({ line: 2, column: 1 });
  });
});

describe("formatPercent", () => {
  it.each([
    [0.254, ".", "25.4 %"],
    [0.25, ".", "25 %"],
    [0.254, ",", "25,4 %"],
    [0.1234, ",", "12,3 %"],
    [0.00049, ".", "0 %"],
    [0.0005, ".", "0.1 %"],
    [1, ",", "100 %"],
  ])("%d with %j → %j", (share, separator, expected) => {
    expect(formatPercent(share, separator)).toBe(expected);
  });
});

describe("excerpt", () => {
  it.each([
    ["court", 10, "court"],
    ["abcdefghij", 10, "abcdefghij"],
    // Over the limit: cut on the last space when it falls past half the length.
    ["abc def ghi", 10, "abc def…"],
    ["abcdef ghijk", 10, "abcdef…"],
    ["abcde fghijk", 10, "abcde fgh…"],
    ["abcdefghijkl mn", 10, "abcdefghi…"],
    ["abc def   ghijkl", 10, "abc def…"],
  ])("%j at most %i characters → %j", (text, max, expected) => {
    expect(excerpt(text, max)).toBe(expected);
  });

  it("keeps 80 characters by default", () => {
    expect(excerpt("a".repeat(80))).toBe("a".repeat(80));
    expect(excerpt(`${"mot ".repeat(20)}fin`)).toBe(`${"mot ".repeat(18)}mot…`);
  });
});

describe("proseUnitsOf and placeInUnit", () => {
  const raw = [
    "---", // 1
    'title: "  Mistral   et\tMicrosoft  "', // 2
    "description: Bercy dit ne rien savoir.", // 3
    "---", // 4
    "",
    "Premier paragraphe.", // 6
    "",
  ].join("\n");
  // Parsed inside each test, so that Stryker's per-test coverage sees the reading.
  const parsed = () => {
    const article = parseArticle(raw);
    return { article, units: proseUnitsOf(article) };
  };

  it("reads the title, the description, then each block", () => {
    const { units } = parsed();
    expect(units.map((unit) => [unit.text, unit.field, unit.block?.line])).toEqual([
      ["Mistral et Microsoft", "title", undefined],
      ["Bercy dit ne rien savoir.", "description", undefined],
      ["Premier paragraphe.", undefined, 6],
    ]);
  });

  it("skips a blank or non-string title or description", () => {
    const blank = parseArticle('---\ntitle: "   "\ndescription: 42\n---\n\nTexte.\n');
    expect(proseUnitsOf(blank).map((unit) => unit.text)).toEqual(["Texte."]);
  });

  it("places a passage on its front-matter line and column, or in its block", () => {
    const { article, units } = parsed();
    const [title, description, paragraph] = units as [
      (typeof units)[0],
      (typeof units)[0],
      (typeof units)[0],
    ];
    expect(placeInUnit(article, title, "Mistral")).toEqual({ line: 2, column: 11 });
    expect(placeInUnit(article, description, " rien ")).toEqual({ line: 3, column: 27 });
    expect(placeInUnit(article, description, "absent")).toEqual({ line: 3, column: 1 });
    expect(placeInUnit(article, paragraph, "paragraphe")).toEqual({ line: 6, column: 9 });
  });

  it("places a unit without a block or a field on line 1", () => {
    const { article } = parsed();
    expect(placeInUnit(article, { text: "x" }, "x")).toEqual({ line: 1, column: 1 });
  });
});
