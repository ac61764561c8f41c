import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { slugOf } from "../../src/core/compose.js";
import { SlugBook } from "../../src/output/slugs.js";

let out: string;

beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), "seo-rewrite-slugs-"));
});
afterEach(() => {
  rmSync(out, { recursive: true, force: true });
});

function article(slug: string): string {
  return `---\ntitle: "T"\nslug: "${slug}"\n---\n\nTexte.\n`;
}

describe("SlugBook", () => {
  it("gives a second article with the same slug -2, and the first keeps its own", async () => {
    const book = await SlugBook.read(out);
    expect(book.claim(article("ia"), join(out, "a.md"))).toEqual({ markdown: article("ia") });
    const second = book.claim(article("ia"), join(out, "b.md"));
    expect(slugOf(second.markdown)).toBe("ia-2");
    expect(second.renamed).toEqual({ from: "ia", to: "ia-2", holder: "a.md" });
  });

  it("counts the articles already in the folder, ours or not, in subfolders too", async () => {
    mkdirSync(join(out, "posts"));
    writeFileSync(join(out, "posts", "old.md"), "---\ntitle: Ancien\nslug: ia\n---\nTexte.\n");
    writeFileSync(join(out, "x.rejected.md"), article("ia-2"));
    writeFileSync(join(out, ".seo-rewrite-x.md.1234.tmp"), article("ia-3"));
    const book = await SlugBook.read(out);
    const claim = book.claim(article("ia"), join(out, "new.md"));
    // Rejected drafts and temporary files hold no URL.
    expect(slugOf(claim.markdown)).toBe("ia-2");
    expect(claim.renamed?.holder).toBe(join("posts", "old.md"));
  });

  it("lets a file keep its own slug on a rerun, and frees the one it no longer uses", async () => {
    writeFileSync(join(out, "a.md"), article("ia"));
    writeFileSync(join(out, "b.md"), article("ia-2"));
    const book = await SlugBook.read(out);
    expect(slugOf(book.claim(article("ia"), join(out, "b.md")).markdown)).toBe("ia-2");
    expect(book.claim(article("ia"), join(out, "a.md")).renamed).toBeUndefined();
    // a.md now takes another title: "ia" is free for the next article.
    book.claim(article("europe"), join(out, "a.md"));
    expect(book.claim(article("ia"), join(out, "c.md")).renamed).toBeUndefined();
  });

  it("reads a missing folder as empty", async () => {
    const book = await SlugBook.read(join(out, "not-yet"));
    expect(book.claim(article("ia"), join(out, "not-yet", "a.md")).renamed).toBeUndefined();
  });
});
