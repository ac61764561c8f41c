import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import matter from "gray-matter";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LOCK_FILE } from "../../src/output/lock.js";
import { answerFixture, type FakeServer, startFakeServer } from "../fake-server.js";
import { ROOT, runBin } from "../run-cli.js";

/** Issue 8 from the command line: submit → status --wait → collect, through the built CLI. */
let server: FakeServer;
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "seo-rewrite-batch-api-"));
});
afterEach(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

/** One seed in `in/`, the fake server answering every request with the fixture `answer`. */
async function oneSeed(answer: string) {
  server = await startFakeServer({ batch: { answer: () => ({ content: answerFixture(answer) }) } });
  const input = join(work, "in");
  mkdirSync(input);
  copyFileSync(join(ROOT, "seeds/reuters-microsoft-mistral-scraped.txt"), join(input, "a.txt"));
  const env = { OPENAI_API_KEY: "sk-batch-0123456789abcdef", OPENAI_BASE_URL: server.url };
  return { input, out: join(work, "out"), env };
}

describe("seo-rewrite batch", () => {
  it("submits, waits, collects, repairs the short answers in a second batch, and writes each article once", async () => {
    // Every third first answer is short: those go back in a repair batch.
    server = await startFakeServer({
      batch: {
        answer: (line, index) =>
          line.body.messages.length === 2 && index % 3 === 0
            ? { content: answerFixture("short-article.md") }
            : { content: answerFixture("valid-article.md") },
      },
    });
    const input = join(work, "in");
    mkdirSync(input);
    for (let index = 0; index < 6; index += 1) {
      copyFileSync(
        join(ROOT, "seeds/reuters-microsoft-mistral-scraped.txt"),
        join(input, `a${index}.txt`),
      );
    }
    const out = join(work, "out");
    const env = { OPENAI_API_KEY: "sk-batch-0123456789abcdef", OPENAI_BASE_URL: server.url };

    const submit = await runBin(["batch", "submit", input, "--out", out], { env });
    expect(submit.stderr).not.toContain("error");
    expect(submit.code).toBe(0);
    const status = await runBin(["batch", "status", out, "--wait"], { env });
    expect(status.code).toBe(0);
    const report = join(work, "r.json");
    const collect = await runBin(["batch", "collect", out, "--wait", "--report", report], { env });
    expect(collect.code).toBe(0);

    // The short first answers went back in a repair batch: a conversation of 4 messages.
    expect(server.batches().length).toBeGreaterThanOrEqual(2);
    expect(server.batchRequests().filter((line) => line.body.messages.length === 4)).toHaveLength(
      2,
    );
    const written = readdirSync(out)
      .filter((name) => name.endsWith(".md"))
      .sort();
    expect(written).toEqual(["a0.md", "a1.md", "a2.md", "a3.md", "a4.md", "a5.md"]);
    for (const name of written) {
      expect(matter(readFileSync(join(out, name), "utf8")).data.words).toBeGreaterThanOrEqual(700);
    }
    const again = await runBin(["batch", "collect", out], { env });
    expect(again.code).toBe(0);
    expect(
      readdirSync(out)
        .filter((name) => name.endsWith(".md"))
        .sort(),
    ).toEqual(written);
    for (const output of [submit, status, collect, again]) {
      expect(output.stdout + output.stderr).not.toContain(env.OPENAI_API_KEY);
    }
  }, 60_000);

  it("collects into a folder no other run holds: a second collect at once exits 2 and writes nothing", async () => {
    const { input, out, env } = await oneSeed("valid-article.md");
    expect((await runBin(["batch", "submit", input, "--out", out], { env })).code).toBe(0);
    expect((await runBin(["batch", "status", out, "--wait"], { env })).code).toBe(0);
    // Another run holds the folder: this test's own process, alive on this host.
    const lock = join(out, LOCK_FILE);
    const holder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
    writeFileSync(lock, JSON.stringify(holder));
    const held = await runBin(["batch", "collect", out], { env });
    expect(held.code).toBe(2);
    expect(held.stderr).toContain(`is in use by another seo-rewrite run (PID ${process.pid}`);
    expect(held.stderr).not.toContain("--wait-lock");
    expect(readdirSync(out).filter((name) => name.endsWith(".md"))).toEqual([]);
    rmSync(lock);
    const free = await runBin(["batch", "collect", out], { env });
    expect(free.code).toBe(0);
    expect(readdirSync(out).filter((name) => name.endsWith(".md"))).toEqual(["a.md"]);
    expect(existsSync(lock)).toBe(false);
  }, 60_000);

  it("keeps to submit's --max-attempts at collect, unless collect is given its own", async () => {
    const { input, out, env } = await oneSeed("short-article.md");
    const submit = await runBin(["batch", "submit", input, "--out", out, "--max-attempts", "2"], {
      env,
    });
    expect(submit.code).toBe(0);
    const collect = await runBin(["batch", "collect", out, "--wait"], { env });
    expect(collect.code).toBe(1);
    // Two requests for the one article: the first, and one repair — not the default three.
    expect(server.batchRequests()).toHaveLength(2);
    expect(collect.stderr).toContain("after 2 attempt(s)");
  }, 60_000);

  it("keeps submit's publishing options (--draft, --categories, --permalink-base) for collect", async () => {
    const { input, out, env } = await oneSeed("valid-article.md");
    const flags = [
      "--format",
      "jekyll",
      "--draft",
      "--categories",
      "IA",
      "--permalink-base",
      "/blog",
    ];
    const submit = await runBin(["batch", "submit", input, "--out", out, ...flags], { env });
    expect(submit.code, submit.stderr).toBe(0);
    const collect = await runBin(["batch", "collect", out, "--wait"], { env });
    expect(collect.code, collect.stderr).toBe(0);
    const data = matter(readFileSync(join(out, "a.md"), "utf8")).data as Record<string, unknown>;
    expect(data).toMatchObject({ published: false, categories: ["IA"] });
    expect(data.permalink).toMatch(/^\/blog\/[a-z0-9-]+\/$/u);
  }, 60_000);

  it("--dry-run on submit prints the size, the requests and the discounted cost, and sends nothing", async () => {
    server = await startFakeServer({ batch: {} });
    const run = await runBin(
      ["batch", "submit", join(ROOT, "seeds"), "--out", join(work, "out"), "--dry-run"],
      {
        env: { OPENAI_BASE_URL: server.url },
      },
    );
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).toMatch(/2 requests?/u);
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a provider whose host has no Batch API (exit 2)", async () => {
    server = await startFakeServer({ batch: {} });
    // Mistral has one since issue 17 (batch-api-mistral.test.ts); OpenRouter has none.
    const run = await runBin(
      [
        "batch",
        "submit",
        join(ROOT, "seeds"),
        "--out",
        join(work, "out"),
        "--provider",
        "openrouter",
      ],
      {
        env: { OPENROUTER_API_KEY: "k-0123456789" },
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("online mode");
  });
});
