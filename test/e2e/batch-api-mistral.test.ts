import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import matter from "gray-matter";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { answerFixture, type FakeServer, startFakeServer } from "../fake-server.js";
import { ROOT, runBin } from "../run-cli.js";

/**
 * Issue 17 from the command line: `batch submit|status|collect|cancel --provider mistral`
 * against the fake server speaking Mistral's batch jobs (`/v1/batch/jobs`), through the
 * built CLI (`npx tsc -p tsconfig.build.json` first).
 */
const KEY = "mistral-e2e-key-0123456789abcdefghij";
let server: FakeServer;
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "seo-rewrite-batch-mistral-"));
});
afterEach(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

function inputs(count: number): string {
  const input = join(work, "in");
  mkdirSync(input);
  for (let index = 0; index < count; index += 1) {
    copyFileSync(
      join(ROOT, "seeds/reuters-microsoft-mistral-scraped.txt"),
      join(input, `a${String(index).padStart(2, "0")}.txt`),
    );
  }
  return input;
}

const articles = (out: string) =>
  readdirSync(out)
    .filter((name) => name.endsWith(".md"))
    .sort();

describe("seo-rewrite batch --provider mistral", () => {
  it("submits 12 inputs as one job, repairs the short answers in new jobs until all 12 are written, once", async () => {
    // Every third first answer is short: those go back as repair jobs.
    server = await startFakeServer({
      requireKey: KEY,
      batch: {
        answer: (line, index) =>
          line.body.messages.length === 2 && index % 3 === 0
            ? { content: answerFixture("short-article.md") }
            : { content: answerFixture("valid-article.md") },
      },
    });
    const input = inputs(12);
    const out = join(work, "out");
    const host = ["--provider", "mistral", "--base-url", server.url];
    const env = { MISTRAL_API_KEY: KEY };

    const submit = await runBin(["batch", "submit", input, "--out", out, ...host], { env });
    expect(submit.stderr).not.toContain("error");
    expect(submit.code).toBe(0);
    const [first] = server.batches();
    expect(server.batches()).toHaveLength(1);
    expect(first).toMatchObject({ shape: "mistral", model: "mistral-small-latest" });
    expect(first?.requests).toHaveLength(12);
    // Only what Mistral accepts: no method/url, no model in the body (the job's), no stream_options.
    for (const line of first?.requests ?? []) {
      expect(Object.keys(line.sent).sort()).toEqual(["body", "custom_id"]);
      expect(Object.keys(line.sent.body as object).sort()).toEqual(["messages", "temperature"]);
    }

    const status = await runBin(["batch", "status", out, "--wait", ...host], { env });
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`${first?.id}  completed`);

    const report = join(work, "report.json");
    const collect = await runBin(["batch", "collect", out, "--wait", "--report", report, ...host], {
      env,
    });
    expect(collect.code).toBe(0);
    const repairs = server.batchRequests().filter((line) => line.body.messages.length === 4);
    expect(repairs).toHaveLength(4);
    expect(server.batches().length).toBeGreaterThanOrEqual(2);
    expect(server.batches().every((batch) => batch.shape === "mistral")).toBe(true);
    const written = articles(out);
    expect(written).toHaveLength(12);
    for (const name of written) {
      expect(matter(readFileSync(join(out, name), "utf8")).data.words).toBeGreaterThanOrEqual(700);
    }
    const before = written.map((name) => readFileSync(join(out, name), "utf8"));

    const again = await runBin(["batch", "collect", out, ...host], { env });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("0 written");
    expect(articles(out)).toEqual(written);
    expect(written.map((name) => readFileSync(join(out, name), "utf8"))).toEqual(before);

    // The key went to the host on every call, and was written nowhere.
    const batchCalls = server.requests.filter((request) => request.path.startsWith("/v1/"));
    expect(batchCalls.length).toBeGreaterThan(0);
    for (const request of batchCalls) expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
    const state = readFileSync(join(out, ".seo-rewrite-batch.json"), "utf8");
    expect(JSON.parse(state)).toMatchObject({ batchApi: "mistral" });
    for (const text of [state, readFileSync(report, "utf8")]) expect(text).not.toContain(KEY);
    for (const run of [submit, status, collect, again]) {
      expect(run.stdout + run.stderr).not.toContain(KEY);
    }
  }, 120_000);

  it("cancel asks Mistral to cancel the running job, and status still reads it", async () => {
    server = await startFakeServer({ requireKey: KEY, batch: { pollsPerStatus: 50 } });
    const input = inputs(2);
    const out = join(work, "out");
    const host = ["--provider", "mistral", "--base-url", server.url];
    const env = { MISTRAL_API_KEY: KEY };
    expect((await runBin(["batch", "submit", input, "--out", out, ...host], { env })).code).toBe(0);
    const [job] = server.batches();

    const cancel = await runBin(["batch", "cancel", out, ...host], { env });
    expect(cancel.code).toBe(0);
    expect(cancel.stdout).toContain(`${job?.id}  cancelling`);
    expect(
      server.requests.some(
        (request) =>
          request.method === "POST" && request.path === `/v1/batch/jobs/${job?.id}/cancel`,
      ),
    ).toBe(true);
    expect(server.batches()[0]?.status).toBe("cancelling");

    const status = await runBin(["batch", "status", out, ...host], { env });
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(job?.id);
    for (const run of [cancel, status]) expect(run.stdout + run.stderr).not.toContain(KEY);
  }, 60_000);

  it("a custom host says which shape it speaks with --batch-api; a preset keeps its own", async () => {
    server = await startFakeServer({ batch: {} });
    const input = inputs(1);
    const out = join(work, "out");
    const custom = await runBin(
      [
        "batch",
        "submit",
        input,
        "--out",
        out,
        "--provider",
        "custom",
        "--model",
        "mistral-small-latest",
        "--base-url",
        server.url,
        "--batch-api",
        "mistral",
      ],
      { env: {} },
    );
    expect(custom.code).toBe(0);
    expect(server.batches()[0]?.shape).toBe("mistral");
    // The batches were made through Mistral's jobs: OpenAI's shape cannot read them.
    const other = await runBin(
      ["batch", "status", out, "--provider", "custom", "--model", "m", "--base-url", server.url],
      { env: {} },
    );
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("--batch-api");

    const refused = await runBin(
      ["batch", "submit", input, "--out", join(work, "o2"), "--batch-api", "mistral"],
      { env: { OPENAI_API_KEY: "sk-0123456789", OPENAI_BASE_URL: server.url } },
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--batch-api is for --provider custom");
  }, 60_000);
});
