import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import matter from "gray-matter";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeServer, startFakeServer } from "../fake-server.js";
import { ROOT, runBin } from "../run-cli.js";

/**
 * Issue 15: two articles with one title would share one URL (Hugo and Astro keep one page,
 * Jekyll warns, Eleventy fails). The fake server gives every input the same answer, so every
 * article here has the title of valid-article.md.
 */
const KEY = "sk-test-slugs-0123456789abcdefghijklmnop";
const SEED = join(ROOT, "seeds/reuters-microsoft-mistral-scraped.txt");

let server: FakeServer;
let work: string;

beforeEach(async () => {
  work = mkdtempSync(join(tmpdir(), "seo-rewrite-slugs-"));
  server = await startFakeServer();
});
afterEach(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

function env(): Record<string, string> {
  return { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: server.url };
}

function dataOf(path: string): Record<string, unknown> {
  return matter(readFileSync(path, "utf8")).data as Record<string, unknown>;
}

describe("slugs unique within --out", () => {
  it("writes a second article with the same title as <slug>-2, warns, and keeps both on a rerun", async () => {
    const input = join(work, "in");
    mkdirSync(input);
    copyFileSync(SEED, join(input, "a.txt"));
    copyFileSync(SEED, join(input, "b.txt"));
    const out = join(work, "out");
    const report = join(work, "report.json");
    const run = await runBin(
      [input, "--out", out, "--format", "eleventy", "--concurrency", "1", "--report", report],
      {
        env: env(),
      },
    );
    expect(run.code, run.stderr).toBe(0);
    const slugs = ["a.md", "b.md"].map((name) => String(dataOf(join(out, name)).slug));
    const [base] = slugs.filter((slug) => !slug.endsWith("-2"));
    expect(base).toBeDefined();
    expect(slugs.sort()).toEqual([base, `${base}-2`].sort());
    expect(run.stderr).toMatch(
      new RegExp(
        `warning: slug "${base}" is already the URL of [ab]\\.md: written as "${base}-2"`,
        "u",
      ),
    );
    // The permalink follows the slug: Eleventy writes two pages, not one over the other.
    const permalinks = ["a.md", "b.md"].map((name) => dataOf(join(out, name)).permalink);
    expect(new Set(permalinks).size).toBe(2);
    const entries = JSON.parse(readFileSync(report, "utf8")).articles as { warnings: string[] }[];
    expect(
      entries.flatMap((entry) => entry.warnings).filter((line) => line.startsWith("slug: ")),
    ).toHaveLength(1);

    // A forced rerun writes both again: each file keeps the slug it had.
    const before = Object.fromEntries(
      ["a.md", "b.md"].map((name) => [name, dataOf(join(out, name)).slug]),
    );
    const again = await runBin([input, "--out", out, "--format", "eleventy", "--force"], {
      env: env(),
    });
    expect(again.code, again.stderr).toBe(0);
    for (const name of ["a.md", "b.md"]) expect(dataOf(join(out, name)).slug).toBe(before[name]);
  });

  it("takes the slugs of the articles already in --out into account, ours or not", async () => {
    const out = join(work, "out");
    mkdirSync(join(out, "older"), { recursive: true });
    const first = await runBin([SEED, "--out", out], { env: env() });
    expect(first.code, first.stderr).toBe(0);
    const slug = String(dataOf(join(out, "reuters-microsoft-mistral-scraped.md")).slug);
    writeFileSync(
      join(out, "older", "page.md"),
      `---\ntitle: "Un autre"\nslug: ${slug}-2\n---\n\nTexte.\n`,
    );
    const copy = join(work, "copie.txt");
    copyFileSync(SEED, copy);
    const run = await runBin([copy, "--out", out], { env: env() });
    expect(run.code, run.stderr).toBe(0);
    expect(dataOf(join(out, "copie.md")).slug).toBe(`${slug}-3`);
    expect(run.stderr).toContain(
      `slug "${slug}" is already the URL of reuters-microsoft-mistral-scraped.md`,
    );
  });
});
