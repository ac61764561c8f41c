import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeServer, startFakeServer } from "../fake-server.js";
import { ROOT, runBin, runMain } from "../run-cli.js";

/** Issue 15: hostile files, folders and settings, from the command line. */
const KEY = "sk-test-hostile-0123456789abcdefghijklmnop";
const SEED = join(ROOT, "seeds/reuters-microsoft-mistral-scraped.txt");

let server: FakeServer | undefined;
let work: string;

function env(extra: Record<string, string> = {}): Record<string, string> {
  return { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: server?.url ?? "http://127.0.0.1:9", ...extra };
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "seo-rewrite-hostile-"));
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(work, { recursive: true, force: true });
});

describe("files and folders", () => {
  it("refuses an --out inside an input folder that holds inputs, rather than dropping them", async () => {
    server = await startFakeServer();
    const input = join(work, "in");
    mkdirSync(join(input, "sub"), { recursive: true });
    copyFileSync(SEED, join(input, "a.txt"));
    copyFileSync(SEED, join(input, "sub", "b.txt"));
    const run = await runBin([input, "--out", join(input, "sub")], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(`holds the input ${join(input, "sub", "b.txt")}`);
    expect(server.chatRequests()).toHaveLength(0);
  });
});

describe("settings", () => {
  const dry = (args: string[], extra: Record<string, string> = {}) =>
    runMain([SEED, "--dry-run", ...args], { env: env(extra), cwd: work });

  it("bounds --min-words at 10,000 from a flag, a variable and a config file (exit 2)", async () => {
    const flag = await dry(["--min-words", "1000000000"]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe("seo-rewrite: --min-words: expected a number ≤ 10000\n");
    expect((await dry([], { SEO_REWRITE_MIN_WORDS: "10001" })).code).toBe(2);
    expect((await dry(["--min-words", "10000"])).code).toBe(0);
    writeFileSync(join(work, "seo-rewrite.config.json"), JSON.stringify({ minWords: 50_000 }));
    const config = await dry([]);
    expect(config.code).toBe(2);
    expect(config.stderr).toContain("seo-rewrite.config.json: minWords: expected a number ≤ 10000");
  });

  it("refuses an originality warning share above the error share, naming both (exit 2)", async () => {
    const run = await dry(["--originality-warning", "0.5", "--originality-error", "0.3"]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(
      "--originality-warning 0.5 (flag) is above --originality-error 0.3",
    );
    const check = await runMain(["check", SEED, "--originality-warning", "0.5"], {
      env: env(),
      cwd: work,
    });
    expect(check.code).toBe(2);
    expect(check.stderr).toContain("--originality-error 0.4 (default)");
    expect((await dry(["--originality-warning", "0.3", "--originality-error", "0.3"])).code).toBe(
      0,
    );
  });

  it("warns that --keep-rejected does nothing without --out, in a dry run too", async () => {
    const run = await dry(["--keep-rejected"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("warning: --keep-rejected does nothing without --out");
  });

  it("reads a config file saved with a UTF-8 BOM", async () => {
    writeFileSync(join(work, "seo-rewrite.config.json"), '\uFEFF{ "minWords": 900 }');
    const run = await runMain(["config"], { env: env(), cwd: work });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--min-words +900 +config:seo-rewrite\.config\.json/u);
  });

  it.each(["__proto__", "constructor"])("names a config key %s plainly", async (key) => {
    writeFileSync(join(work, "seo-rewrite.config.json"), `{ "${key}": { "minWords": 900 } }`);
    const run = await dry([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`seo-rewrite.config.json: ${key}: unknown key: expected one of`);
    expect(run.stderr).not.toMatch(/\[object Object\]|function Object/u);
  });

  it("warns of a package.json that is no JSON where the config is searched", async () => {
    writeFileSync(join(work, "package.json"), '{ "seo-rewrite": { "minWords": 900 }, }');
    const run = await runMain(["config"], { env: env(), cwd: work });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^seo-rewrite: warning: package\.json: not valid JSON \(.*\): its "seo-rewrite" settings, if any, are not read\n$/u,
    );
  });
});

describe("the report", () => {
  it("counts a call that failed on HTTP errors as an attempt, its SDK retries inside it", async () => {
    server = await startFakeServer({ fallback: { kind: "error", status: 500 } });
    const report = join(work, "run.json");
    const run = await runBin([SEED, "--out", join(work, "out"), "--report", report], {
      env: env(),
    });
    expect(run.code).toBe(1);
    expect(server.chatRequests()).toHaveLength(3);
    const entry = JSON.parse(readFileSync(report, "utf8")).articles[0];
    expect(entry.status).toBe("failed");
    expect(entry.attempts).toBe(1);
  });
});
