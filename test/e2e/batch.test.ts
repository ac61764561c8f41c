import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import matter from "gray-matter";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/article.js";
import { type FakeServer, startFakeServer } from "../fake-server.js";
import { ROOT, runBin, runMain } from "../run-cli.js";

/** Batch mode (issue 5): folders in, a mirrored tree out, a report, resumable and safe. */
const KEY = "sk-test-batch-0123456789abcdefghijklmnop";
const SEEDS = {
  reuters: join(ROOT, "seeds/reuters-microsoft-mistral-scraped.txt"),
  euractiv: join(ROOT, "seeds/euractiv-mistral-azure-with-instruction.txt"),
};
const ENGLISH = `The European Commission confirmed on Tuesday that it had received a notification of the partnership between the two companies, and said that it would examine the agreement closely. Lawmakers in Brussels questioned whether the start-up had lobbied on behalf of its new investor during the negotiations on the artificial intelligence act.

Officials in Paris said they had not been aware of the deal at the time, and insisted that it had no particular consequences for the position France defended during the talks. Critics were not convinced and asked for more transparency about the lobbying that took place over the last year.

The company said it remained committed to its mission as an independent European business, and that the distribution agreement would simply accelerate its growth in the coming months.`;

let server: FakeServer;
let work: string;

function tree(folder: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(folder, path).split("\\").join("/"));
    }
  };
  // A run interrupted before its first article (a slow, loaded machine) leaves no folder.
  if (existsSync(folder)) walk(folder);
  return files.sort();
}

function env(): Record<string, string> {
  return { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: server.url };
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "seo-rewrite-batch-"));
});

afterEach(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

function goodFolder(count: number): string {
  const input = join(work, "in");
  for (let index = 0; index < count; index += 1) {
    const folder = join(input, index % 2 === 0 ? "" : "sub");
    mkdirSync(folder, { recursive: true });
    copyFileSync(
      index % 2 === 0 ? SEEDS.reuters : SEEDS.euractiv,
      join(folder, `article-${index}.txt`),
    );
  }
  return input;
}

describe("seo-rewrite <folder> --out (issue 5)", () => {
  it("mirrors the tree, reports every input, and lets one bad input not stop the others", async () => {
    server = await startFakeServer();
    const input = goodFolder(2);
    mkdirSync(join(input, "sub", "deeper"), { recursive: true });
    writeFileSync(join(input, "sub", "deeper", "english.txt"), ENGLISH);
    writeFileSync(join(input, "empty.txt"), "  \n\n ");
    writeFileSync(
      join(input, "photo.txt"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    const out = join(work, "out");
    const report = join(work, "report.json");
    const run = await runBin([input, "--out", out, "--report", report, "--concurrency", "2"], {
      env: env(),
    });

    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(tree(out)).toEqual(["article-0.md", "sub/article-1.md"]);
    for (const file of tree(out)) {
      const article = parseArticle(readFileSync(join(out, file), "utf8"));
      expect(article.words).toBeGreaterThanOrEqual(700);
    }
    expect(server.chatRequests()).toHaveLength(2);
    for (const bad of ["english.txt", "empty.txt", "photo.txt"]) {
      const lines = run.stderr.split("\n").filter((line) => line.includes(bad));
      expect(lines.length, `${bad} gets its line`).toBeGreaterThanOrEqual(1);
    }
    const json = JSON.parse(readFileSync(report, "utf8")) as {
      totals: { inputs: number; written: number; failed: number; skipped: number };
      articles: {
        input: string;
        status: string;
        output?: string;
        attempts: number;
        reasons: string[];
        tokens: { prompt: number };
      }[];
    };
    expect(json.totals).toMatchObject({ inputs: 5, written: 2, failed: 3, skipped: 0 });
    expect(json.articles).toHaveLength(5);
    const written = json.articles.filter((article) => article.status === "written");
    expect(
      written.every((article) => article.attempts === 1 && article.output?.endsWith(".md")),
    ).toBe(true);
    expect(written.every((article) => article.tokens.prompt > 0)).toBe(true);
    const failed = json.articles.filter((article) => article.status === "failed");
    expect(failed.every((article) => article.reasons.length > 0)).toBe(true);
    expect(failed.every((article) => article.output === undefined)).toBe(true);
  });

  it("skips up-to-date outputs on a rerun (zero calls) and redoes them with --force", async () => {
    server = await startFakeServer();
    const input = goodFolder(3);
    const out = join(work, "out");
    const first = await runBin([input, "--out", out], { env: env() });
    expect(first.code).toBe(0);
    expect(server.chatRequests()).toHaveLength(3);

    const rerun = await runBin([input, "--out", out], { env: env() });
    expect(rerun.code).toBe(0);
    expect(server.chatRequests()).toHaveLength(3);
    expect(rerun.stderr).toMatch(/3 skipped/u);

    // A changed source makes its output stale; the others stay up to date.
    writeFileSync(
      join(input, "article-0.txt"),
      `${readFileSync(SEEDS.reuters, "utf8")}\nUne phrase de plus, ajoutée pour la relecture de cet article.`,
    );
    await runBin([input, "--out", out], { env: env() });
    expect(server.chatRequests()).toHaveLength(4);

    const forced = await runBin([input, "--out", out, "--force"], { env: env() });
    expect(forced.code).toBe(0);
    expect(server.chatRequests()).toHaveLength(7);
  });

  it("needs --out for several inputs, and says so", async () => {
    server = await startFakeServer();
    const input = goodFolder(2);
    const run = await runBin([input], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--out");
    expect(server.requests).toHaveLength(0);
  });

  it("refuses an --out that holds an input, before any request", async () => {
    server = await startFakeServer();
    const input = join(work, "in");
    mkdirSync(input);
    const draft = join(input, "draft.md");
    copyFileSync(SEEDS.reuters, draft);
    const before = readFileSync(draft, "utf8");
    const run = await runBin([input, "--out", input], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--out");
    expect(server.requests).toHaveLength(0);
    expect(readFileSync(draft, "utf8")).toBe(before);
  });

  it("refuses an --out that is a symbolic link to the inputs' folder, even with --force", async () => {
    server = await startFakeServer();
    const input = join(work, "in");
    mkdirSync(input);
    const draft = join(input, "draft.md");
    copyFileSync(SEEDS.reuters, draft);
    const before = readFileSync(draft, "utf8");
    symlinkSync(input, join(work, "link"));
    const run = await runBin([input, "--out", join(work, "link"), "--force"], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("holds the input");
    expect(server.requests).toHaveLength(0);
    expect(readFileSync(draft, "utf8")).toBe(before);
  });

  it("refuses a --report that names an input (a forgotten file name), before any request", async () => {
    server = await startFakeServer();
    const input = goodFolder(2);
    const first = join(input, "article-0.txt");
    const before = readFileSync(first, "utf8");
    const run = await runBin(["--out", join(work, "out"), "--report", first, join(input, "sub")], {
      env: env(),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is not a seo-rewrite report");
    expect(server.requests).toHaveLength(0);
    expect(readFileSync(first, "utf8")).toBe(before);
    // Its own report, from an earlier run, is replaced as before.
    const report = join(work, "r.json");
    expect(
      (await runBin([input, "--out", join(work, "out"), "--report", report], { env: env() })).code,
    ).toBe(0);
    expect(
      (await runBin([input, "--out", join(work, "out"), "--report", report], { env: env() })).code,
    ).toBe(0);
  });

  it("mirrors files named one by one (a shell-expanded glob) and takes a nested folder once", async () => {
    server = await startFakeServer();
    const input = join(work, "in");
    for (const year of ["2023", "2024"]) {
      mkdirSync(join(input, year), { recursive: true });
      copyFileSync(SEEDS.reuters, join(input, year, "intro.txt"));
    }
    const files = ["2023", "2024"].map((year) => join(input, year, "intro.txt"));
    const run = await runBin([...files, "--out", join(work, "out")], { env: env() });
    expect(run.code).toBe(0);
    expect(tree(join(work, "out"))).toEqual(["2023/intro.md", "2024/intro.md"]);
    const nested = await runBin([input, join(input, "2024"), "--out", join(work, "out2")], {
      env: env(),
    });
    expect(nested.code).toBe(0);
    expect(tree(join(work, "out2"))).toEqual(["2023/intro.md", "2024/intro.md"]);
  });

  it("never reads an --out folder kept inside the inputs back as input, so reruns skip", async () => {
    server = await startFakeServer();
    const input = goodFolder(2);
    const out = join(input, "out");
    expect((await runBin([input, "--out", out], { env: env() })).code).toBe(0);
    expect(tree(out)).toEqual(["article-0.md", "sub/article-1.md"]);
    const rerun = await runBin([input, "--out", out], { env: env() });
    expect(rerun.code).toBe(0);
    expect(server.chatRequests()).toHaveLength(2);
    expect(tree(out)).toEqual(["article-0.md", "sub/article-1.md"]);
  });

  it("refuses two inputs that would write the same article, paying once", async () => {
    server = await startFakeServer();
    const input = join(work, "in");
    mkdirSync(input);
    copyFileSync(SEEDS.reuters, join(input, "story.txt"));
    copyFileSync(SEEDS.euractiv, join(input, "story.md"));
    const run = await runBin([input, "--out", join(work, "out")], { env: env() });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("rename one of them");
    expect(server.chatRequests()).toHaveLength(1);
    expect(tree(join(work, "out"))).toEqual(["story.md"]);
  });

  it("resolves a relative --out against the caller's folder (main's cwd), not the process's", async () => {
    server = await startFakeServer();
    goodFolder(1);
    const run = await runMain(["in", "--out", "out"], { env: env(), cwd: work });
    expect(run.code).toBe(0);
    expect(tree(join(work, "out"))).toEqual(["article-0.md"]);
  });

  it("counts a missing input as failed, in the exit code and the report", async () => {
    server = await startFakeServer();
    const input = goodFolder(1);
    const report = join(work, "r.json");
    const run = await runBin(
      [join(work, "nope.txt"), input, "--out", join(work, "out"), "--report", report],
      { env: env() },
    );
    expect(run.code).toBe(1);
    const json = JSON.parse(readFileSync(report, "utf8")) as {
      totals: { inputs: number; failed: number; written: number };
    };
    expect(json.totals).toMatchObject({ inputs: 2, failed: 1, written: 1 });
    expect(run.stderr.split("\n").filter((line) => line.includes("nope.txt"))).toHaveLength(1);
  });

  it("never replaces a file it did not write, nor rewrites one of its own articles", async () => {
    server = await startFakeServer();
    const input = goodFolder(1);
    const out = join(work, "out");
    mkdirSync(out);
    writeFileSync(join(out, "article-0.md"), "# A page of the site, written by hand\n");
    const run = await runBin([input, "--out", out], { env: env() });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("not written by seo-rewrite");
    expect(readFileSync(join(out, "article-0.md"), "utf8")).toContain("written by hand");
    expect(server.requests).toHaveLength(0);

    rmSync(join(out, "article-0.md"));
    await runBin([input, "--out", out], { env: env() });
    const again = await runBin([join(out, "article-0.md")], { env: env() });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already an article written by seo-rewrite");
    expect(server.chatRequests()).toHaveLength(1);
  });

  it("on SIGINT starts nothing new, leaves only complete articles and no temporary file, exits 130", async () => {
    server = await startFakeServer({ latencyMs: 1500 });
    const input = goodFolder(8);
    const out = join(work, "out");
    const report = join(work, "report.json");
    const run = await runBin([input, "--out", out, "--concurrency", "2", "--report", report], {
      env: env(),
      signal: { name: "SIGINT", afterMs: 2500 },
    });
    expect(run.code).toBe(130);
    expect(run.durationMs).toBeLessThan(10_000);
    expect(server.chatRequests().length).toBeLessThan(8);
    const files = tree(out);
    expect(files.every((file) => file.endsWith(".md") && !file.includes(".seo-rewrite-"))).toBe(
      true,
    );
    for (const file of files)
      expect(matter(readFileSync(join(out, file), "utf8")).data.slug).toBeTruthy();
    expect(run.stderr).toMatch(/interrupted by SIGINT/u);
    const json = JSON.parse(readFileSync(report, "utf8")) as {
      interruptedBy: string;
      totals: { written: number };
    };
    expect(json.interruptedBy).toBe("SIGINT");
    expect(json.totals.written).toBe(files.length);
  });

  it("--fail-fast starts nothing after the first failure, and counts what it left", async () => {
    server = await startFakeServer({ latencyMs: 300 });
    const input = goodFolder(5);
    writeFileSync(join(input, "0-english.txt"), ENGLISH);
    const report = join(work, "r.json");
    const run = await runBin(
      [input, "--out", join(work, "out"), "--fail-fast", "--concurrency", "1", "--report", report],
      { env: env() },
    );
    expect(run.code).toBe(1);
    // The English input fails before any request; at most one article had already sent its own.
    expect(server.chatRequests().length).toBeLessThanOrEqual(1);
    const json = JSON.parse(readFileSync(report, "utf8")) as {
      totals: { inputs: number; written: number; failed: number; notDone: number };
    };
    expect(json.totals.inputs).toBe(6);
    expect(json.totals.failed).toBe(1);
    expect(json.totals.written + json.totals.notDone).toBe(5);
    expect(json.totals.notDone).toBeGreaterThanOrEqual(4);
    expect(run.stderr).toMatch(
      new RegExp(`stopped by --fail-fast: ${json.totals.notDone} not started`, "u"),
    );
  });

  it("on SIGINT during a 429's Retry-After wait, leaves at once rather than waiting it out", async () => {
    server = await startFakeServer({
      script: [{ kind: "error", status: 429, headers: { "retry-after": "30" } }],
    });
    const input = goodFolder(2);
    const run = await runBin([input, "--out", join(work, "out"), "--concurrency", "1"], {
      env: env(),
      signal: { name: "SIGINT", afterMs: 1500 },
    });
    expect(run.code).toBe(130);
    // Waiting the Retry-After out would take 30 s; a bound far from both, not a speed figure.
    expect(run.durationMs).toBeLessThan(15_000);
    expect(existsSync(join(work, "out")) ? tree(join(work, "out")) : []).toEqual([]);
  });
});
