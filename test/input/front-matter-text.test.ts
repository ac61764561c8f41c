import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/core/article.js";
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
    expect(start).toBe(`\uFEFF---\n${yaml}---`);
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
});
