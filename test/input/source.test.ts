import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  detectFormat,
  type PrepareOptions,
  type PrepareResult,
  prepareSource,
  type SourceDocument,
} from "../../src/input/source.js";

const bytesOf = (path: string) => new Uint8Array(readFileSync(new URL(path, import.meta.url)));
const input = (name: string) => bytesOf(`../fixtures/input/${name}`);
const sample = (name: string) => bytesOf(`../fixtures/language/${name}`);
const seed = (name: string) => bytesOf(`../../seeds/${name}`);
const utf8 = (text: string) => new TextEncoder().encode(text);
const LEGACY = readFileSync(
  new URL("../fixtures/input/legacy-utf8.txt", import.meta.url),
  "utf8",
).trim();

async function prepared(
  bytes: Uint8Array,
  options: Partial<PrepareOptions> = {},
): Promise<SourceDocument> {
  const result = await prepareSource(bytes, { name: "input.txt", lang: "fr", ...options });
  if (!result.ok) throw new Error(`expected a source, got ${result.code}: ${result.reason}`);
  return result.source;
}

async function refused(bytes: Uint8Array, options: Partial<PrepareOptions> = {}) {
  const result: PrepareResult = await prepareSource(bytes, {
    name: "input.txt",
    lang: "fr",
    ...options,
  });
  if (result.ok) throw new Error("expected a refusal");
  expect(result.reason).not.toContain("\n");
  return { code: result.code, reason: result.reason };
}

describe("prepareSource: the seeds", () => {
  it("seed 003: drops the English instruction with a warning, keeps the article", async () => {
    const source = await prepared(seed("euractiv-mistral-azure-with-instruction.txt"));
    expect(source.format).toBe("text");
    expect(source.text.startsWith("Après que Mistral AI et Microsoft ont annoncé")).toBe(true);
    expect(source.text).not.toContain("Make this article");
    expect(source.warnings).toContain(
      'dropped line 1, instruction to a chatbot (in English), not article text: "Make this article seo compatible,Let there be subheadings for the a…"',
    );
    expect(source.language).toMatchObject({ detected: "fr", ok: true });
    // The narration left around a quotation (", a déclaré à Euractiv la sénatrice…") is short.
    expect(source.language.expectedShare).toBeGreaterThan(0.95);
    expect(source.words).toBeGreaterThan(790);
  });

  it("seed 000: drops the page furniture and keeps title, authors and date as metadata", async () => {
    const source = await prepared(seed("reuters-microsoft-mistral-scraped.txt"));
    expect(source.dropped).toHaveLength(14);
    expect(source.warnings).toEqual([
      "removed 14 lines of page furniture (menus, buttons, credits); --verbose lists them",
    ]);
    expect(source.meta).toEqual({
      title:
        "La France n'avait pas connaissance de l'accord de Microsoft sur l'IA Mistral, selon un fonctionnaire",
      author: "Martin Coulter et Leigh Thomas",
      date: "2024-02-28T15:18",
    });
    expect(
      source.text.endsWith("Microsoft n'a pas répondu immédiatement aux demandes de commentaires."),
    ).toBe(true);
  });
});

describe("prepareSource: formats", () => {
  it("extracts a saved HTML page, by extension or sniffed on stdin, with its metadata", async () => {
    const byExtension = await prepared(input("news-page.html"), { name: "page.html" });
    const sniffed = await prepared(input("news-page.html"), { name: "stdin" });
    expect(sniffed).toEqual(byExtension);
    expect(byExtension.format).toBe("html");
    expect(byExtension.meta.author).toBe("Claire Vuillemin");
    expect(byExtension.meta.siteName).toBe("Le Courrier de l'Est");
    expect(byExtension.text).toContain("## Des cépages sous tension");
    expect(byExtension.text).not.toContain("cookies");
    expect(byExtension.words).toBeGreaterThan(300);
  });

  it("takes the body of a Markdown draft as the article and its front-matter as hints", async () => {
    const source = await prepared(input("draft-front-matter.md"), { name: "draft.md" });
    expect(source.format).toBe("markdown");
    expect(source.meta).toEqual({
      title: "Colmar : un marché de Noël record malgré la facture d'énergie",
      description:
        "Les exposants du marché de Noël de Colmar ont accueilli 1,5 million de visiteurs.",
      author: "Agnès Meyer",
      date: "2024-12-27",
      keywords: ["marché de Noël", "Colmar", "commerçants"],
    });
    expect(
      source.text.startsWith("# Noël au marché : les commerçants de Colmar font leurs comptes\n\n"),
    ).toBe(true);
    expect(source.text).not.toContain("keywords:");
    expect(source.text).toContain("## Concours");
    expect(source.dropped).toEqual([
      { line: 16, text: "Partager sur Facebook", kind: "furniture", reason: "menu or button text" },
    ]);
  });

  it("reads a draft whose front-matter is broken as text, and says so", async () => {
    const broken = `---\ntitle: [unclosed\n---\n\n${LEGACY}`;
    const source = await prepared(utf8(broken), { name: "draft.md" });
    expect(source.warnings).toContain(
      "the front-matter is not valid YAML: it was read as article text",
    );
    expect(source.text).toContain("Le marché de Noël de Colmar a accueilli");
  });

  it("judges a report whose paragraphs open with quotations by its narration", async () => {
    const quote = (words: string) =>
      `« ${words} », reconnaît la présidente de la région, qui a longuement défendu le projet devant les élus et les habitants réunis mardi soir à la mairie.`;
    const report = [
      quote("Nous avons pris du retard, c'est vrai"),
      quote("Les travaux reprendront au printemps"),
      quote("Personne ne sera laissé de côté"),
      quote("Le budget sera tenu"),
    ].join("\n\n");
    const result = await prepareSource(utf8(report), { name: "r.txt", lang: "fr", minWords: 20 });
    expect(result.ok).toBe(true);
  });

  it("refuses lorem ipsum, which franc would take for a Romance language", async () => {
    const lorem = utf8(
      "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.\n\n".repeat(
        5,
      ),
    );
    expect(await refused(lorem)).toMatchObject({ code: "placeholder" });
  });

  it("reads a .html file without markup as text, and says so", async () => {
    const source = await prepared(utf8(LEGACY), { name: "page.html" });
    expect(source.warnings).toContain(
      "is named .html but holds no HTML markup: read as plain text",
    );
    expect(source.text).toContain("Le marché de Noël de Colmar a accueilli");
  });

  it("decides the format from the extension, then the content", () => {
    expect(detectFormat("<p>Du texte.</p>", "notes.HTM")).toBe("html");
    // Text saved under a .html name is text, not a page Readability would fail on.
    expect(detectFormat("Du texte, sans balise.", "notes.html")).toBe("text");
    expect(detectFormat("<!doctype html><p>x</p>", "page.txt")).toBe("html");
    expect(detectFormat("# A\n\ntexte", "a.markdown")).toBe("markdown");
    expect(detectFormat("---\ntitle: x\n---\ntexte")).toBe("markdown");
    expect(detectFormat("# Titre\n\ntexte\n\n## Partie\n\ntexte")).toBe("markdown");
    expect(detectFormat("# hashtag du jour\n\nUn texte.")).toBe("text");
  });
});

describe("prepareSource: encodings", () => {
  it("reads a Windows-1252 file, with a warning", async () => {
    const source = await prepared(input("legacy-windows-1252.txt"));
    expect(source.encoding).toBe("windows-1252");
    expect(source.text).toBe(LEGACY);
    expect(source.warnings[0]).toMatch(/read as Windows-1252/u);
  });

  it.each([
    ["utf-16le-bom.txt", "utf-16le"],
    ["utf-16be-bom.txt", "utf-16be"],
  ])("reads %s", async (name, encoding) => {
    const source = await prepared(input(name));
    expect(source.encoding).toBe(encoding);
    expect(source.text).toBe(LEGACY);
  });

  it("repairs mojibake, with a warning", async () => {
    const source = await prepared(input("mojibake.txt"));
    expect(source.text).toBe(LEGACY);
    expect(source.warnings[0]).toMatch(/^repaired \d+ mojibake sequences/u);
  });
});

describe("prepareSource: bad inputs, one line each saying what to do", () => {
  it("refuses an empty file and a file of white space", async () => {
    expect(await refused(new Uint8Array())).toEqual({
      code: "empty",
      reason: "is empty: give a file that holds the article",
    });
    expect(await refused(utf8(" \n\t\r\n  \n"))).toEqual({
      code: "empty",
      reason: "holds only white space: give a file that holds the article",
    });
    expect((await refused(new Uint8Array([0xff, 0xfe, 0x20, 0, 0x0a, 0]))).code).toBe("empty");
  });

  it("refuses a page without text", async () => {
    expect(await refused(utf8("<html><head><title>x</title></head><body></body></html>"))).toEqual({
      code: "empty",
      reason:
        "holds no text once its markup is removed: save the article's own page, or copy its text",
    });
  });

  it("refuses binary files", async () => {
    expect(await refused(utf8("%PDF-1.4\n1 0 obj"), { name: "article.pdf" })).toEqual({
      code: "binary",
      reason: "is a PDF file, not text: convert it to plain text (.txt, .md or .html) first",
    });
    expect((await refused(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).code).toBe("binary");
  });

  it("refuses a text too short to be an article, counting after the furniture is gone", async () => {
    const short =
      "Le conseil municipal a voté mardi soir un budget de 12 millions d'euros pour rénover les écoles.";
    expect(await refused(utf8(short))).toEqual({
      code: "too-short",
      reason: "only 17 words: an article needs at least 80; give the whole article",
    });
    expect(
      await refused(utf8(`Menu\nFermer\n\n${short}\n\nPartager\n0 commentaire`), { minWords: 20 }),
    ).toEqual({
      code: "too-short",
      reason:
        "only 17 words once 4 lines of page furniture are removed: an article needs at least 20; give the whole article",
    });
  });

  it("refuses a text over the word limit, pointing at --max-input-words", async () => {
    expect(
      await refused(seed("euractiv-mistral-azure-with-instruction.txt"), { maxWords: 500 }),
    ).toEqual({
      code: "too-long",
      reason:
        "804 words: over the 500 a model request can hold; split the text, or raise --max-input-words",
    });
  });

  it.each([
    ["en-business.txt", "English"],
    ["ca-politica.txt", "Catalan"],
    ["it-cronaca.txt", "Italian"],
    ["es-sociedad.txt", "Spanish"],
    ["pt-economia.txt", "Portuguese"],
    ["ro-actualitate.txt", "Romanian"],
  ])("refuses %s, naming %s and its share, and accepts it with force", async (name, language) => {
    expect(await refused(sample(name))).toEqual({
      code: "language",
      reason: `the text is in ${language} (100 % of judged words), not French: pass --force to rewrite it anyway`,
    });
    const forced = await prepared(sample(name), { force: true });
    expect(forced.warnings).toContain(
      `the text is in ${language} (100 % of judged words), not French: rewriting it anyway (--force)`,
    );
  });

  it("refuses a text where French is the largest part but not the clear majority", async () => {
    const english = readFileSync(
      new URL("../fixtures/language/en-business.txt", import.meta.url),
      "utf8",
    );
    const french = readFileSync(
      new URL("../fixtures/language/fr-sport.txt", import.meta.url),
      "utf8",
    );
    const text = `${french}\n${english.split("\n\n").slice(0, 2).join("\n\n")}`;
    const { code, reason } = await refused(utf8(text));
    expect(code).toBe("language");
    expect(reason).toMatch(
      /^only (?:5\d|6\d) % of the text is in French \(English (?:3\d|4\d) %\): pass --force/u,
    );
  });

  it("drops an English opening when the rest is French, with a warning", async () => {
    const source = await prepared(sample("mixed-en-opening-fr-body.txt"));
    expect(source.text.startsWith("La métropole de Lyon a présenté mardi")).toBe(true);
    expect(source.warnings).toEqual([
      'dropped line 1, in English, not French: "Please note: the following article was sent to us by our correspond…"',
    ]);
  });

  it("refuses, or with force accepts, a text too short to tell its language", async () => {
    const lines = utf8("Menu du jour\n\nSalade verte\n\nPoulet rôti\n\nTarte aux pommes\n\nCafé");
    expect(await refused(lines, { minWords: 5 })).toEqual({
      code: "undecided",
      reason:
        "too little prose to tell its language (11 judged words, 20 needed): give more text, or pass --force",
    });
    const forced = await prepared(lines, { minWords: 5, force: true });
    expect(forced.warnings).toContain(
      "too little prose to tell its language: taken as French (--force)",
    );
  });
});

describe("prepareSource keeps a French article's quoted English whole (issue 15)", () => {
  const TWEET =
    "Proud to partner with the Port of Marseille to bring shore power to every berth by 2028.";
  const STATEMENT =
    "> We have been waiting for this for years, and we will not let the port slip behind schedule again. The people of the northern districts deserve clean air now, not in another decade.";

  it.each([
    ["quoted-english.md", "markdown"],
    ["quoted-tweet.html", "html"],
    ["quoted-tweet.txt", "text"],
  ])("%s: the tweet and the statement reach the model as `>` quotations", async (name, format) => {
    const source = await prepared(input(name), { name });
    expect(source.format).toBe(format);
    expect(source.text).toContain(`> ${TWEET}`);
    expect(source.text).toContain("> — Maersk (@Maersk) March 3, 2026");
    expect(source.text).toContain(STATEMENT);
    expect(source.dropped.filter((line) => line.kind === "language")).toEqual([]);
    expect(source.warnings.join("\n")).not.toContain("English");
    // The French of the article is judged alone: the quotations do not tip it.
    expect(source.language.expectedShare).toBe(1);
    expect(source.language.paragraphs.map((paragraph) => paragraph.text).join(" ")).not.toMatch(
      /Proud to partner|We have been waiting/u,
    );
  });

  it("still refuses an English page in a French frame, its English set as block quotes", async () => {
    const english = readFileSync(
      new URL("../fixtures/language/en-business.txt", import.meta.url),
      "utf8",
    );
    const quoted = english
      .trim()
      .split(/\n\s*\n/u)
      .map((paragraph) => `> ${paragraph.replace(/\n/gu, "\n> ")}`)
      .join("\n\n");
    const page = `# Revue de presse\n\nVoici ce que la presse économique anglaise écrivait ce matin sur le sujet, sans commentaire de notre part.\n\n${quoted}\n`;
    const { code, reason } = await refused(utf8(page), { name: "revue.md" });
    expect(code).toBe("language");
    expect(reason).toMatch(/^the text is in English/u);
  });

  it("still drops an English paragraph that is not quoted", async () => {
    const text = readFileSync(
      new URL("../fixtures/input/quoted-tweet.txt", import.meta.url),
      "utf8",
    );
    const note =
      "This story was filed by our correspondent and has not been checked by the editing desk yet, so please verify every figure.";
    const source = await prepared(utf8(`${text}\n${note}\n`));
    expect(source.dropped.map((line) => [line.kind, line.text])).toEqual([["language", note]]);
    expect(source.text).toContain(`> ${TWEET}`);
  });
});
