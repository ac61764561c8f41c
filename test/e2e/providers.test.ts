import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import matter from "gray-matter";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ChatRequestBody, type FakeServer, startFakeServer } from "../fake-server.js";
import { ROOT, runBin } from "../run-cli.js";

/** Issue 7 from the command line: presets, configuration, publishing formats, cost. */
const SEED = join(ROOT, "seeds/reuters-microsoft-mistral-scraped.txt");
let server: FakeServer;
let work: string;

beforeEach(async () => {
  server = await startFakeServer();
  work = mkdtempSync(join(tmpdir(), "seo-rewrite-providers-"));
});
afterEach(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

function lastBody(): ChatRequestBody {
  return server.chatRequests().at(-1)?.body as ChatRequestBody;
}

describe("--provider presets", () => {
  it("mistral reads MISTRAL_API_KEY, uses its default model and sends no OpenAI-only field", async () => {
    const run = await runBin([SEED, "--provider", "mistral", "--base-url", server.url], {
      env: { MISTRAL_API_KEY: "mistral-key-0123456789" },
    });
    expect(run.code).toBe(0);
    const request = server.chatRequests()[0];
    expect(request?.headers.authorization).toBe("Bearer mistral-key-0123456789");
    expect(lastBody().model).toBe("mistral-small-latest");
    expect(lastBody()).not.toHaveProperty("stream_options");
    expect(lastBody()).not.toHaveProperty("max_completion_tokens");
  });

  it("openai asks for usage in the stream", async () => {
    const run = await runBin([SEED], {
      env: { OPENAI_API_KEY: "k-0123456789", OPENAI_BASE_URL: server.url },
    });
    expect(run.code).toBe(0);
    expect(lastBody().stream_options).toEqual({ include_usage: true });
  });

  it("a missing provider key names its variable (exit 2)", async () => {
    const run = await runBin([SEED, "--provider", "openrouter"], { env: {} });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("OPENROUTER_API_KEY");
  });

  it("ollama needs no key and warns when the prompt exceeds its default context", async () => {
    const long = join(work, "long.txt");
    const text = readFileSync(SEED, "utf8");
    writeFileSync(long, Array.from({ length: 6 }, () => text).join("\n\n"));
    const run = await runBin([long, "--provider", "ollama", "--base-url", server.url, "--force"], {
      env: {},
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/default context of 4096/u);
    expect(run.stderr).toMatch(/OLLAMA_CONTEXT_LENGTH|num_ctx/u);
  });
});

describe("configuration", () => {
  it("reads seo-rewrite.config.json from a parent folder; flags beat env beat the file", async () => {
    writeFileSync(
      join(work, "seo-rewrite.config.json"),
      JSON.stringify({ model: "from-file", minWords: 650 }),
    );
    const nested = join(work, "a", "b");
    await import("node:fs/promises").then((fs) => fs.mkdir(nested, { recursive: true }));
    const env = { OPENAI_API_KEY: "k-0123456789", OPENAI_BASE_URL: server.url };

    const fromFile = await runBin(["config"], { env, cwd: nested });
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toMatch(/--model\s+from-file\s+config:/u);
    expect(fromFile.stdout).toMatch(/--min-words\s+650\s+config:/u);
    expect(fromFile.stdout).not.toContain("k-0123456789");

    const fromEnv = await runBin(["config"], {
      env: { ...env, SEO_REWRITE_MODEL: "from-env" },
      cwd: nested,
    });
    expect(fromEnv.stdout).toMatch(/--model\s+from-env\s+env:SEO_REWRITE_MODEL/u);

    const fromFlag = await runBin(["config", "--model", "from-flag"], {
      env: { ...env, SEO_REWRITE_MODEL: "from-env" },
      cwd: nested,
    });
    expect(fromFlag.stdout).toMatch(/--model\s+from-flag\s+flag/u);

    await runBin([SEED], { env, cwd: nested });
    expect(lastBody().model).toBe("from-file");
  });

  it("reads a config file's paths from the file's folder, not from where the command runs", async () => {
    writeFileSync(
      join(work, "seo-rewrite.config.json"),
      JSON.stringify({ out: "content/posts", report: "run.json" }),
    );
    const nested = join(work, "drafts", "2024");
    mkdirSync(nested, { recursive: true });
    copyFileSync(SEED, join(nested, "a.txt"));
    const env = { OPENAI_API_KEY: "k-0123456789", OPENAI_BASE_URL: server.url };
    const run = await runBin(["a.txt"], { env, cwd: nested });
    expect(run.code).toBe(0);
    expect(existsSync(join(work, "content", "posts", "a.md"))).toBe(true);
    expect(existsSync(join(work, "run.json"))).toBe(true);
    expect(existsSync(join(nested, "content"))).toBe(false);
  });

  it("warns about a SEO_REWRITE_ variable that is no setting", async () => {
    const run = await runBin(["config"], { env: { SEO_REWRITE_MIN_WORD: "900" } });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("SEO_REWRITE_MIN_WORD is not a setting");
    expect(run.stdout).toMatch(/--min-words\s+700\s+default/u);
  });

  it("a bad config file is one clear error naming the file and the key (exit 2)", async () => {
    writeFileSync(join(work, "seo-rewrite.config.json"), JSON.stringify({ concurrency: "lots" }));
    const run = await runBin([SEED], {
      env: { OPENAI_API_KEY: "k", OPENAI_BASE_URL: server.url },
      cwd: work,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("seo-rewrite.config.json");
    expect(run.stderr).toContain("concurrency");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(server.requests).toHaveLength(0);
  });
});

describe("--format", () => {
  it.each([
    ["hugo", { draft: false }, "date"],
    ["jekyll", { permalink: expect.stringMatching(/^\/.+\/$/u) }, "date"],
    ["astro", { draft: false }, "pubDate"],
    ["eleventy", { permalink: expect.stringMatching(/^\/.+\/$/u) }, "date"],
  ])("%s maps the front-matter and keeps provenance", async (format, expected, dateField) => {
    const run = await runBin([SEED, "--format", format], {
      env: { OPENAI_API_KEY: "k", OPENAI_BASE_URL: server.url },
    });
    expect(run.code).toBe(0);
    const data = matter(run.stdout).data as Record<string, unknown>;
    expect(data).toMatchObject(expected);
    expect(data[dateField]).toBeTruthy();
    expect(data.tags).toEqual(data.keywords);
    expect(data.source_hash).toMatch(/^[0-9a-f]{16}$/u);
  });

  it("--draft, --categories and --permalink-base reach the front-matter of each format", async () => {
    const flags = ["--draft", "--categories", "Tech, Europe,Tech", "--permalink-base", "/blog/"];
    const expected: Record<string, Record<string, unknown>> = {
      plain: { draft: true, categories: ["Tech", "Europe"] },
      hugo: { draft: true, categories: ["Tech", "Europe"] },
      jekyll: {
        published: false,
        categories: ["Tech", "Europe"],
        permalink: expect.stringMatching(/^\/blog\/[a-z0-9-]+\/$/u),
      },
      astro: { draft: true, categories: ["Tech", "Europe"] },
      eleventy: {
        draft: true,
        categories: ["Tech", "Europe"],
        permalink: expect.stringMatching(/^\/blog\/[a-z0-9-]+\/$/u),
      },
    };
    for (const [format, fields] of Object.entries(expected)) {
      const run = await runBin([SEED, "--format", format, ...flags], {
        env: { OPENAI_API_KEY: "k", OPENAI_BASE_URL: server.url },
      });
      expect(run.code, run.stderr).toBe(0);
      expect(matter(run.stdout).data, format).toMatchObject(fields);
      const ignored = format !== "jekyll" && format !== "eleventy";
      expect(run.stderr.includes("--permalink-base sets the permalink"), format).toBe(ignored);
    }
  });

  it("takes the publishing options from a config file and the environment, and hashes them", async () => {
    writeFileSync(
      join(work, "seo-rewrite.config.json"),
      JSON.stringify({
        format: "eleventy",
        categories: ["Économie", "IA"],
        permalinkBase: "articles",
      }),
    );
    const env = { OPENAI_API_KEY: "k", OPENAI_BASE_URL: server.url, SEO_REWRITE_DRAFT: "true" };
    const run = await runBin([SEED], { env, cwd: work });
    expect(run.code, run.stderr).toBe(0);
    const data = matter(run.stdout).data as Record<string, unknown>;
    expect(data).toMatchObject({ draft: true, categories: ["Économie", "IA"] });
    expect(data.permalink).toMatch(/^\/articles\/[a-z0-9-]+\/$/u);
    const plain = await runBin([SEED, "--format", "eleventy"], {
      env: { OPENAI_API_KEY: "k", OPENAI_BASE_URL: server.url },
    });
    // An article written with other publishing options is not up to date with these.
    expect((matter(plain.stdout).data as Record<string, unknown>).options_hash).not.toBe(
      data.options_hash,
    );
  });

  it("refuses a --permalink-base that is no path on the site", async () => {
    for (const bad of ["https://example.com/blog/", "/blog/../admin/", "/a b/"]) {
      const run = await runBin([SEED, "--permalink-base", bad, "--dry-run"], {
        env: { OPENAI_API_KEY: "k" },
      });
      expect(run.code, bad).toBe(2);
      expect(run.stderr).toContain("--permalink-base");
      expect(server.requests).toHaveLength(0);
    }
  });

  it("an unknown format is a usage error", async () => {
    const run = await runBin([SEED, "--format", "wordpress"], { env: { OPENAI_API_KEY: "k" } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--format");
  });
});

describe("error bodies without an OpenAI-shaped error", () => {
  it("shows which field Mistral's 422 refused, not 'no body'", async () => {
    await server.close();
    server = await startFakeServer({
      script: [
        {
          kind: "error",
          status: 422,
          body: {
            object: "error",
            message: {
              detail: [
                {
                  type: "extra_forbidden",
                  loc: ["body", "frequency_penalty"],
                  msg: "Extra inputs are not permitted",
                },
              ],
            },
            type: "invalid_request_message_error",
          },
        },
      ],
    });
    const run = await runBin([SEED, "--provider", "mistral", "--base-url", server.url], {
      env: { MISTRAL_API_KEY: "mistral-key-0123456789" },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("HTTP 422 frequency_penalty: Extra inputs are not permitted");
    expect(run.stderr).not.toContain("no body");
  });
});

describe("OpenAI's reasoning models", () => {
  it("get no temperature, which they would refuse with a 400", async () => {
    const run = await runBin([SEED, "--model", "gpt-5-mini", "--base-url", server.url], {
      env: { OPENAI_API_KEY: "sk-test-0123456789abcdef" },
    });
    expect(run.code).toBe(0);
    expect(lastBody().model).toBe("gpt-5-mini");
    expect(lastBody()).not.toHaveProperty("temperature");
    const other = await runBin([SEED, "--model", "gpt-4.1-mini", "--base-url", server.url], {
      env: { OPENAI_API_KEY: "sk-test-0123456789abcdef" },
    });
    expect(other.code).toBe(0);
    expect(lastBody()).toHaveProperty("temperature", 0.5);
  });
});

describe("--dry-run tokens and cost", () => {
  it("prints per-article tokens and cost, and the batch total on stderr", async () => {
    const run = await runBin([join(ROOT, "seeds"), "--dry-run"], { env: {} });
    expect(run.code).toBe(0);
    const records = JSON.parse(run.stdout) as {
      tokens: { prompt: number; method: string };
      cost: { amount: number; currency: string } | null;
    }[];
    expect(records).toHaveLength(2);
    for (const record of records) {
      expect(record.tokens.prompt).toBeGreaterThan(500);
      expect(record.tokens.method).toBe("tokenizer");
      expect(record.cost?.currency).toBe("USD");
      expect(record.cost?.amount).toBeGreaterThan(0);
    }
    expect(run.stderr).toMatch(
      /dry run: 2 articles, ~\d+ prompt \+ ~\d+ completion tokens; estimated \$/u,
    );
    expect(server.requests).toHaveLength(0);
  });
});

describe("--dry-run token counts by host", () => {
  it("estimates honestly, and says so, for a model without a JavaScript tokenizer", async () => {
    const run = await runBin([SEED, "--dry-run", "--provider", "mistral"], { env: {} });
    expect(run.code).toBe(0);
    const record = JSON.parse(run.stdout) as { tokens: { method: string; basis: string } };
    expect(record.tokens.method).toBe("estimate");
    expect(record.tokens.basis).toMatch(/chars\/token/u);
  });
});

describe("the key in unexpected places", () => {
  it("is redacted even from a base URL that carries it, in messages and in the report", async () => {
    const key = "sk-live-in-the-url-0123456789";
    const report = join(work, "run.json");
    const run = await runBin([SEED, "--report", report, "--max-attempts", "1"], {
      env: { OPENAI_API_KEY: key, OPENAI_BASE_URL: `http://127.0.0.1:9/v1?api-key=${key}` },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain(key);
    // The query is sent apart from the base URL (the SDK's defaultQuery): not even masked in it.
    expect(run.stderr).toContain("(http://127.0.0.1:9/v1)");
    expect(readFileSync(report, "utf8")).not.toContain(key);
    // Also a key that lives only in the URL (the gateway's own key, no *_KEY variable).
    const urlOnly = "gateway-secret-9876543210";
    const config = await runBin(
      ["config", "--base-url", `https://gateway.example/v1?api-key=${urlOnly}`],
      { env: { OPENAI_API_KEY: "k-0123456789" } },
    );
    expect(config.stdout).toContain("https://gateway.example/v1?api-key=[redacted]");
    expect(config.stdout).not.toContain(urlOnly);
  });
});
