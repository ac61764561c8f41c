import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_FRONT_MATTER_CHARS, splitFrontMatter } from "../../src/core/article.js";
import { readFrontMatterText } from "../../src/input/front-matter-text.js";

const folder = mkdtempSync(join(tmpdir(), "front-matter-text-"));
let count = 0;
function fileOf(text: string): string {
  count += 1;
  const path = join(folder, `${count}.md`);
  writeFileSync(path, text);
  return path;
}

describe("readFrontMatterText", () => {
  it("stops at the closing line, and gives the front-matter the whole file gives", () => {
    const text = `---\ntitle: "Été"\nkeywords: [a]\n---\n\n${"Corps. ".repeat(2000)}`;
    const start = readFrontMatterText(fileOf(text));
    expect(start).toBe('---\ntitle: "Été"\nkeywords: [a]\n---');
    expect(splitFrontMatter(start).frontMatter).toEqual(splitFrontMatter(text).frontMatter);
  });

  it("finds a closing line across two blocks, after a byte-order mark", () => {
    const yaml = `title: "${"é".repeat(2046)}"\n`;
    const text = `\uFEFF---\n${yaml}---\nCorps.\n`;
    const start = readFrontMatterText(fileOf(text));
    // The mark is dropped, as check's own decoding drops it.
    expect(start).toBe(`---\n${yaml}---`);
  });

  it("reads all of a file whose front-matter never closes, and the start of one with none", () => {
    const open = `---\ntitle: x\n${"a: b\n".repeat(3000)}`;
    expect(readFrontMatterText(fileOf(open))).toBe(open);
    const none = `# Titre\n\n${"Corps. ".repeat(2000)}`;
    const start = readFrontMatterText(fileOf(none));
    expect(none.startsWith(start)).toBe(true);
    expect(splitFrontMatter(start).hasFrontMatter).toBe(false);
    expect(readFrontMatterText(fileOf(""))).toBe("");
  });

  it("stops reading an open front-matter once it is over the cap, refused either way", () => {
    const open = `---\ntitle: x\n${"a: b\n".repeat(200_000)}`;
    const start = readFrontMatterText(fileOf(open));
    expect(start.length).toBeLessThan(open.length / 3);
    expect(start.length).toBeGreaterThan(MAX_FRONT_MATTER_CHARS);
    expect(splitFrontMatter(start).frontMatterError).toMatch(/over the 64 KB cap/u);
    expect(splitFrontMatter(open).frontMatterError).toMatch(/over the 64 KB cap/u);
  });

  it("decodes as check does: UTF-16 with its mark, Windows-1252, nothing for binary", () => {
    const text = `---\ntitle: "Été à Paris"\nkeywords: [été]\n---\n\nCorps.\n`;
    const utf16 = fileOf("");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    expect(splitFrontMatter(readFrontMatterText(utf16)).frontMatter).toEqual({
      title: "Été à Paris",
      keywords: ["été"],
    });
    const latin = fileOf("");
    writeFileSync(latin, Buffer.from(text, "latin1"));
    expect(splitFrontMatter(readFrontMatterText(latin)).frontMatter.title).toBe("Été à Paris");
    const binary = fileOf("");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    expect(readFrontMatterText(binary)).toBe("");
  });
});
