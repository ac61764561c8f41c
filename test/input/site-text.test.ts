import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/core/article.js";
import { decodeText } from "../../src/input/decode.js";
import { DEFAULT_MAX_INPUT_BYTES } from "../../src/input/read.js";
import { readSiteText } from "../../src/input/site-text.js";

const folder = mkdtempSync(join(tmpdir(), "site-text-"));
let count = 0;
function fileOf(bytes: Buffer | string): string {
  count += 1;
  const path = join(folder, `${count}.md`);
  writeFileSync(path, bytes);
  return path;
}

/** The front-matter `check` reads from the file for its own checks. */
function checksFrontMatter(path: string): Record<string, unknown> {
  const decoded = decodeText(readFileSync(path));
  if ("error" in decoded) throw new Error(decoded.error);
  return splitFrontMatter(decoded.text).frontMatter;
}

describe("readSiteText", () => {
  const text = `---\ntitle: "Été à Paris"\nkeywords: [été]\n---\n\n${"Le corps. ".repeat(900)}\n`;

  it("gives every file the front-matter check reads from it, whatever its encoding", () => {
    const files = [
      fileOf(text),
      fileOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])),
      fileOf(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])),
      // Windows-1252: a byte that is no UTF-8, in the body, decides for the whole file.
      fileOf(Buffer.concat([Buffer.from(text), Buffer.from([0xe9, 0x0a])])),
      // Control characters pasted in the title: rare in the whole file, not in its start.
      fileOf(text.replace("Été", "É\u0001t\u0001é\u0001\u0001")),
    ];
    for (const path of files) {
      const read = readSiteText(path);
      expect(read).toBeDefined();
      expect(splitFrontMatter(read ?? "").frontMatter).toEqual(checksFrontMatter(path));
    }
    expect(splitFrontMatter(readSiteText(files[2] ?? "") ?? "").frontMatter.title).toBe(
      "Été à Paris",
    );
  });

  it("reads nothing from a file check refuses: binary, or over the input size cap", () => {
    expect(
      readSiteText(fileOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))),
    ).toBe(undefined);
    const large = fileOf(text);
    truncateSync(large, DEFAULT_MAX_INPUT_BYTES + 1);
    expect(readSiteText(large)).toBeUndefined();
  });
});
