// @ts-nocheck
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import matter from "gray-matter";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/article.js";
import { answerFixture, type FakeServer, type Step, startFakeServer } from "../fake-server.js";
import { ROOT, runBin } from "../run-cli.js";

/** The main job, end to end: the built CLI, a seed article, the fake server. */
const SEED = "seeds/reuters-microsoft-mistral-scraped.txt";
const SEED_WITH_INSTRUCTION = "seeds/euractiv-mistral-azure-with-instruction.txt";
const KEY = "sk-test-0123456789abcdefghijklmnopqrstuvwxyz";

let server: FakeServer;
let work: string;

async function serve(script: Step[]): Promise<FakeServer> {
  server = await startFakeServer({ script });
  return server;
}

function env(extra: Record<string, string> = {}): Record<string, string> {
  return { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: server.url, ...extra };
}

function userMessages(index: number): string[] {
  const body = server.chatRequests()[index]?.body as {
    messages: { role: string; content: string }[];
  };
  return body.messages
    .filter((message) => message.role === "user")
    .map((message) => message.content);
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "seo-rewrite-e2e-"));
});

afterEach(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe("seo-rewrite <file> (issue 2)", () => {
  it("prints a checked article with computed front-matter, and nothing else, on stdout", async () => {
    await serve([{ content: answerFixture("valid-article.md") }]);
    const run = await runBin([SEED], { env: env() });
    expect(run.stderr).not.toContain("error");
    expect(run.code).toBe(0);
    const article = parseArticle(run.stdout);
    expect(article.frontMatter).toMatchObject({ lang: "fr", source: SEED, model: "gpt-4.1-mini" });
    expect(article.frontMatter.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/u);
    expect(article.frontMatter.words).toBe(article.words);
    expect(String(article.frontMatter.source_hash)).toMatch(/^[0-9a-f]{16}$/u);
    expect(article.headings.filter((heading) => heading.depth === 2).length).toBeGreaterThanOrEqual(
      3,
    );
    expect(server.chatRequests()).toHaveLength(1);
    const [prompt] = userMessages(0);
    expect(prompt).toContain("<article-source>");
    expect(prompt).toContain("Arthur Mensch");
    // Page furniture never reaches the model.
    expect(prompt).not.toContain("Aller au contenu principal");
  });

  it("reads piped stdin when given no file", async () => {
    await serve([{ content: answerFixture("valid-article.md") }]);
    const run = await runBin([], { env: env(), stdin: readFileSync(join(ROOT, SEED)) });
    expect(run.code).toBe(0);
    expect(matter(run.stdout).data.source).toBe("stdin");
    expect(server.chatRequests()).toHaveLength(1);
  });

  it("writes --out DIR/<name>.md and keeps stdout empty", async () => {
    await serve([{ content: answerFixture("valid-article.md") }]);
    const run = await runBin([SEED, "--out", work], { env: env() });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    const written = readFileSync(join(work, "reuters-microsoft-mistral-scraped.md"), "utf8");
    expect(matter(written).data.title).toBeTruthy();
  });

  it("strips the fence and the chatter real models put around the article", async () => {
    await serve([{ content: answerFixture("valid-article-fenced.md") }]);
    const run = await runBin([SEED], { env: env() });
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith("---\n")).toBe(true);
    expect(run.stdout).not.toContain("Voici");
    expect(run.stdout).not.toContain("```");
    expect(run.stdout).not.toContain("N'hésitez pas");
  });

  it("refuses an English article before any request, naming the language and --force", async () => {
    await serve([]);
    const english = join(work, "english.txt");
    const text = readFileSync(
      new URL("../fixtures/answers/english-article.md", import.meta.url),
      "utf8",
    );
    await import("node:fs/promises").then((fs) => fs.writeFile(english, matter(text).content));
    const run = await runBin([english], { env: env() });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(english);
    expect(run.stderr).toMatch(/English/u);
    expect(run.stderr).toContain("--force");
    expect(server.requests).toHaveLength(0);
  });

  it("drops the chatbot instruction that opens seed 003 and warns about it", async () => {
    await serve([{ content: answerFixture("valid-article.md") }]);
    const run = await runBin([SEED_WITH_INSTRUCTION], { env: env() });
    expect(run.code).toBe(0);
    expect(userMessages(0)[0]).not.toContain("Make this article seo compatible");
    expect(run.stderr).toMatch(/warning/iu);
  });

  it("exits 2 naming the variable when the API key is missing, without a request", async () => {
    await serve([]);
    const run = await runBin([SEED], { env: { OPENAI_BASE_URL: server.url } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("OPENAI_API_KEY");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(server.requests).toHaveLength(0);
  });

  it("--dry-run prints the request as JSON, needs no key and sends nothing", async () => {
    await serve([]);
    const run = await runBin([SEED, "--dry-run"], { env: { OPENAI_BASE_URL: server.url } });
    expect(run.code).toBe(0);
    const dry = JSON.parse(run.stdout) as {
      model: string;
      messages: { role: string; content: string }[];
      stream: boolean;
      endpoint: string;
    };
    expect(dry.model).toBe("gpt-4.1-mini");
    expect(dry.messages.map((message) => message.role)).toEqual(["system", "user"]);
    expect(dry.messages[1]?.content).toContain("<article-source>");
    expect(dry.stream).toBe(true);
    expect(dry.endpoint).toBe(`${server.url}/chat/completions`);
    expect(server.requests).toHaveLength(0);
  });

  it("exits 2 on an unknown option and on a bad value", async () => {
    await serve([]);
    const unknown = await runBin([SEED, "--no-such-flag"], { env: env() });
    expect(unknown.code).toBe(2);
    const bad = await runBin([SEED, "--min-words", "many"], { env: env() });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--min-words");
    // Past Node's timer range every request would time out at once.
    const huge = await runBin([SEED, "--timeout", "9999999"], { env: env() });
    expect(huge.code).toBe(2);
    expect(huge.stderr).toContain("--timeout: at most 3600 seconds");
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a mistyped command instead of paying to rewrite its arguments", async () => {
    await serve([]);
    const run = await runBin(["chek", SEED], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("did you mean 'seo-rewrite check'");
    expect(server.requests).toHaveLength(0);
  });

  it("prefixes the command line's own errors and points at --help", async () => {
    await serve([]);
    const run = await runBin([SEED, "--bogus"], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(/^seo-rewrite: unknown option '--bogus'.*--help\)$/u);
  });

  it("--provider custom needs --model, but no key", async () => {
    await serve([{ content: answerFixture("valid-article.md") }]);
    const noModel = await runBin([SEED, "--provider", "custom", "--base-url", server.url], {
      env: {},
    });
    expect(noModel.code).toBe(2);
    expect(noModel.stderr).toContain("--model");
    const run = await runBin(
      [SEED, "--provider", "custom", "--base-url", server.url, "--model", "local"],
      { env: {} },
    );
    expect(run.code).toBe(0);
  });

  it("briefs the model in the --lang language", async () => {
    await serve([]);
    const english = await runBin([SEED, "--dry-run", "--lang", "en", "--force"], { env: {} });
    const [system] = (JSON.parse(english.stdout) as { messages: { content: string }[] }).messages;
    expect(system?.content).toContain("Tu écris uniquement en anglais");
    expect(system?.content).not.toContain("typographie française");
  });

  it("--version prints the version only", async () => {
    await serve([]);
    const run = await runBin(["--version"]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/u);
  });
});

describe("the repair loop (issue 4)", () => {
  const valid = (): Step => ({ content: answerFixture("valid-article.md") });

  it.each([
    ["a short article", "short-article.md", /mots/u],
    ["an article without subheadings", "no-subheadings.md", /intertitre/u],
    ["an article in English", "english-article.md", /français/u],
    ["an invented figure", "invented-figure.md", /25 millions/u],
  ])("repairs %s with a precise French message, in 2 calls", async (_name, fixture, expected) => {
    await serve([{ content: answerFixture(fixture) }, valid()]);
    const run = await runBin([SEED, "--out", work], { env: env() });
    expect(run.code).toBe(0);
    expect(server.chatRequests()).toHaveLength(2);
    const repair = userMessages(1).at(-1) ?? "";
    expect(repair).toMatch(expected);
    expect(existsSync(join(work, "reuters-microsoft-mistral-scraped.md"))).toBe(true);
  });

  it("takes a refusal written as text for a refusal: one call, a clear reason", async () => {
    await serve([{ content: "Je suis désolé, je ne peux pas réécrire cet article." }, valid()]);
    const run = await runBin([SEED], { env: env() });
    expect(run.code).toBe(1);
    expect(server.chatRequests()).toHaveLength(1);
    expect(run.stderr).toContain("the model refused: Je suis désolé");
    expect(run.stderr).not.toContain("passes the checks");
  });

  it("sends the conversation back: original messages, the answer, then the repair", async () => {
    await serve([{ content: answerFixture("short-article.md") }, valid()]);
    await runBin([SEED], { env: env() });
    const body = server.chatRequests()[1]?.body as { messages: { role: string }[] };
    expect(body.messages.map((message) => message.role)).toEqual([
      "system",
      "user",
      "assistant",
      "user",
    ]);
  });

  it("fails after exactly --max-attempts calls and writes no file", async () => {
    const short = (): Step => ({ content: answerFixture("short-article.md") });
    await serve([short(), short(), short(), valid()]);
    const run = await runBin([SEED, "--out", work], { env: env() });
    expect(run.code).toBe(1);
    expect(server.chatRequests()).toHaveLength(3);
    expect(readdirSync(work)).toEqual([]);
    expect(run.stderr).toContain("word-count");
  });

  it("--keep-rejected keeps the best failed attempt beside the output", async () => {
    const short = (): Step => ({ content: answerFixture("short-article.md") });
    await serve([short(), short()]);
    const run = await runBin([SEED, "--out", work, "--max-attempts", "2", "--keep-rejected"], {
      env: env(),
    });
    expect(run.code).toBe(1);
    expect(readdirSync(work)).toEqual(["reuters-microsoft-mistral-scraped.rejected.md"]);
    // A later success removes the stale rejected file: a site would publish it.
    const rerun = await runBin([SEED, "--out", work], { env: env() });
    expect(rerun.code).toBe(0);
    expect(readdirSync(work)).toEqual(["reuters-microsoft-mistral-scraped.md"]);
  });

  it("--keep-rejected without --out says it does nothing, rather than nothing", async () => {
    await serve([]);
    const run = await runBin([SEED, "--keep-rejected"], { env: env() });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("warning: --keep-rejected does nothing without --out");
    expect(run.stdout).toMatch(/^---\ntitle:/u);
  });

  it("never takes a truncated answer as finished", async () => {
    await serve([{ content: answerFixture("valid-article.md"), finishReason: "length" }, valid()]);
    const run = await runBin([SEED], { env: env() });
    expect(run.code).toBe(0);
    expect(server.chatRequests()).toHaveLength(2);
    expect(userMessages(1).at(-1)).toMatch(/coupée/u);
  });

  it("retries a 429 after its Retry-After", async () => {
    await serve([{ kind: "error", status: 429, headers: { "retry-after": "1" } }, valid()]);
    const run = await runBin([SEED], { env: env() });
    expect(run.code).toBe(0);
    expect(server.chatRequests()).toHaveLength(2);
    const [first, second] = server.chatRequests();
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it("retries 500 and 503, then succeeds", async () => {
    await serve([{ kind: "error", status: 500 }, { kind: "error", status: 503 }, valid()]);
    const run = await runBin([SEED], { env: env() });
    expect(run.code).toBe(0);
    expect(server.chatRequests()).toHaveLength(3);
  });

  it("retries a connection reset, then succeeds", async () => {
    await serve([{ kind: "reset" }, valid()]);
    const run = await runBin([SEED], { env: env() });
    expect(run.code).toBe(0);
    expect(server.chatRequests()).toHaveLength(2);
  });

  it("gives up on a server that never answers within seconds, naming the timeout", async () => {
    await serve([{ kind: "hang" }, { kind: "hang" }, { kind: "hang" }, { kind: "hang" }]);
    const run = await runBin([SEED, "--timeout", "2", "--out", work], { env: env() });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/timeout/u);
    // The SDK's 2 retries, on purpose: 3 tries of 2 s, plus its backoff.
    expect(server.chatRequests()).toHaveLength(3);
    expect(run.durationMs).toBeLessThan(20_000);
    expect(readdirSync(work)).toEqual([]);
  });

  it("cuts a stream that goes silent after it started, and tries again", async () => {
    await serve([{ kind: "stall" }, valid()]);
    const run = await runBin([SEED, "--timeout", "1"], { env: env() });
    expect(run.code).toBe(0);
    expect(server.chatRequests()).toHaveLength(2);
  });

  it("fails naming the stall when every try goes silent", async () => {
    await serve([{ kind: "stall" }, { kind: "stall" }, { kind: "stall" }, valid()]);
    const run = await runBin([SEED, "--timeout", "1"], { env: env() });
    expect(run.code).toBe(1);
    expect(server.chatRequests()).toHaveLength(3);
    expect(run.stderr).toMatch(/stalled/u);
  });

  it("says what to fix on a 401 and never shows the key, even when the server echoes it", async () => {
    server = await startFakeServer({ requireKey: "the-right-key" });
    const run = await runBin([SEED], { env: env() });
    expect(run.code).toBe(1);
    expect(server.chatRequests()).toHaveLength(1);
    expect(run.stderr).toMatch(/401/u);
    expect(run.stderr).toContain("OPENAI_API_KEY");
    for (const output of [run.stdout, run.stderr]) {
      expect(output).not.toContain(KEY);
      expect(output).not.toContain(KEY.slice(0, 12));
    }
  });

  it("never writes the key into an article or a report, even when the model echoes it", async () => {
    const article = answerFixture("valid-article");
    const echoed = article.replace(/\n## /u, `\nLa clé ${KEY} circulait en ligne.\n\n## `);
    await serve([{ content: echoed }, { content: echoed }, { content: echoed }]);
    const out = join(work, "out");
    const report = join(work, "r.json");
    const run = await runBin([SEED, "--out", out, "--report", report, "--keep-rejected"], {
      env: env(),
    });
    const written = readdirSync(out).map((name) => readFileSync(join(out, name), "utf8"));
    expect(written.length).toBeGreaterThan(0);
    for (const text of [...written, readFileSync(report, "utf8"), run.stdout, run.stderr]) {
      expect(text).not.toContain(KEY.slice(0, 12));
      expect(text).not.toContain(KEY.slice(-12));
    }
  });

  it("does not retry a 404 and points at --model and --base-url", async () => {
    await serve([
      {
        kind: "error",
        status: 404,
        body: {
          error: {
            message: "The model `nope` does not exist",
            type: "invalid_request_error",
            param: null,
            code: "model_not_found",
          },
        },
      },
    ]);
    const run = await runBin([SEED, "--model", "nope"], { env: env() });
    expect(run.code).toBe(1);
    expect(server.chatRequests()).toHaveLength(1);
    expect(run.stderr).toContain("--model");
  });
});
