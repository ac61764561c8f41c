// @ts-nocheck
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, parse } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ConfigError,
  describeSettings,
  envName,
  findConfig,
  flagName,
  type LoadedConfig,
  maskKey,
  parseConfigText,
  resolveSettings,
  settingValues,
} from "../../src/settings/config.js";

const DEFAULTS = { provider: "openai", minWords: 700, lang: "fr", concurrency: 4 } as const;

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "seo-rewrite-config-"));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function write(path: string, content: unknown): void {
  const full = join(root, path);
  mkdirSync(parse(full).dir, { recursive: true });
  writeFileSync(full, typeof content === "string" ? content : JSON.stringify(content));
}

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("findConfig", () => {
  it("finds seo-rewrite.config.json from a folder below it", () => {
    write("seo-rewrite.config.json", { minWords: 900, provider: "mistral" });
    mkdirSync(join(root, "a/b/c"), { recursive: true });
    const found = findConfig(join(root, "a/b/c"));
    expect(found?.path).toBe(join(root, "seo-rewrite.config.json"));
    expect(found?.displayPath).toBe(join("..", "..", "..", "seo-rewrite.config.json"));
    expect(found?.kind).toBe("config-file");
    expect(found?.values).toEqual({ minWords: 900, provider: "mistral" });
  });

  it("takes the nearest file", () => {
    write("seo-rewrite.config.json", { minWords: 900 });
    write("site/seo-rewrite.config.json", { minWords: 1200 });
    expect(findConfig(join(root, "site"))?.values.minWords).toBe(1200);
  });

  it("reads the seo-rewrite key of a package.json", () => {
    write("package.json", { name: "blog", "seo-rewrite": { lang: "es", format: "hugo" } });
    const found = findConfig(root);
    expect(found?.kind).toBe("package.json");
    expect(found?.displayPath).toBe("package.json");
    expect(found?.values).toEqual({ lang: "es", format: "hugo" });
  });

  it("goes past a package.json without the key", () => {
    write("seo-rewrite.config.json", { concurrency: 2 });
    write("app/package.json", { name: "app" });
    write("lib/package.json", "{ not json");
    expect(findConfig(join(root, "app"))?.values).toEqual({ concurrency: 2 });
    expect(findConfig(join(root, "lib"))?.values).toEqual({ concurrency: 2 });
  });

  it("prefers the config file to package.json in the same folder", () => {
    write("package.json", { "seo-rewrite": { minWords: 500 } });
    write("seo-rewrite.config.json", { minWords: 800 });
    expect(findConfig(root)?.values.minWords).toBe(800);
  });

  it("stops at the filesystem root, reading only through the injected function", () => {
    const asked: string[] = [];
    const found = findConfig(join(root, "x", "y"), (path) => {
      asked.push(path);
      return undefined;
    });
    expect(found).toBeUndefined();
    const fsRoot = parse(root).root;
    expect(asked.at(-1)).toBe(join(fsRoot, "package.json"));
    expect(asked[0]).toBe(join(root, "x", "y", "seo-rewrite.config.json"));
  });
});

describe("a bad config file is one error: <file>: <key path>: <problem>", () => {
  it.each([
    [{ minWords: "700" }, "seo-rewrite.config.json: minWords: expected a number"],
    [{ minWords: 12.5 }, "seo-rewrite.config.json: minWords: expected a whole number"],
    [{ concurrency: 100 }, "seo-rewrite.config.json: concurrency: expected a number ≤ 64"],
    [
      { provider: "anthropic" },
      "seo-rewrite.config.json: provider: expected one of openai, azure,",
    ],
    [
      { format: "gatsby" },
      "seo-rewrite.config.json: format: expected one of plain, hugo, jekyll, astro, eleventy",
    ],
    [{ lang: "xx" }, "seo-rewrite.config.json: lang: expected one of fr, en"],
    [{ baseUrl: "localhost" }, "seo-rewrite.config.json: baseUrl: expected a URL"],
    [{ ext: [".md", 3] }, "seo-rewrite.config.json: ext"],
    [
      { "min-words": 700 },
      'seo-rewrite.config.json: min-words: unknown key: did you mean "minWords"?',
    ],
    [
      { colour: "red" },
      "seo-rewrite.config.json: colour: unknown key: expected one of provider, model, baseUrl,",
    ],
    [
      { dryRun: true },
      "seo-rewrite.config.json: dryRun: is a per-run flag: give --dry-run on the command line",
    ],
  ])("%o → %s", (settings, expected) => {
    write("seo-rewrite.config.json", settings);
    expect(errorOf(() => findConfig(root))).toContain(expected);
  });

  it("refuses an API key, saying keys come from the environment", () => {
    write("seo-rewrite.config.json", { model: "gpt-4.1-mini", apiKey: "whatever" });
    expect(errorOf(() => findConfig(root))).toMatch(
      /^seo-rewrite\.config\.json: apiKey: API keys are read from the environment only/u,
    );
  });

  it("refuses a value that looks like a pasted key, without echoing it", () => {
    write("seo-rewrite.config.json", { model: "sk-proj-abcdefghijklmnop1234" });
    const message = errorOf(() => findConfig(root));
    expect(message).toContain("model: looks like an API key");
    expect(message).not.toContain("abcdefghijklmnop");
  });

  it("names the key path inside package.json", () => {
    write("package.json", { "seo-rewrite": { concurrency: 0 } });
    expect(errorOf(() => findConfig(root))).toBe(
      "package.json: seo-rewrite.concurrency: expected a number ≥ 1",
    );
  });

  it("reports invalid JSON in a config file", () => {
    write("seo-rewrite.config.json", '{ "minWords": 700, }');
    expect(errorOf(() => findConfig(root))).toMatch(
      /^seo-rewrite\.config\.json: not valid JSON: /u,
    );
  });

  it("wants an object of settings", () => {
    expect(errorOf(() => parseConfigText("[1]", "c.json", "config-file"))).toMatch(
      /^c\.json: expected an object of settings/u,
    );
  });

  it("accepts $schema and an extension list", () => {
    const values = parseConfigText(
      JSON.stringify({ $schema: "./schema.json", ext: [".md", ".txt"] }),
      "c.json",
      "config-file",
    );
    expect(values).toEqual({ ext: ".md,.txt" });
  });
});

describe("resolveSettings: flags > environment > config file > defaults", () => {
  const config: LoadedConfig = {
    path: "/p/seo-rewrite.config.json",
    displayPath: "seo-rewrite.config.json",
    kind: "config-file",
    values: { minWords: 900, concurrency: 2, lang: "fr", keyword: "IA souveraine" },
  };

  it("takes each value from the strongest source and says which", () => {
    const resolved = resolveSettings({
      flags: { minWords: "1200" },
      env: { SEO_REWRITE_MIN_WORDS: "1000", SEO_REWRITE_CONCURRENCY: "8" },
      config,
      defaults: DEFAULTS,
    });
    expect(resolved.minWords).toEqual({ value: 1200, origin: "flag" });
    expect(resolved.concurrency).toEqual({ value: 8, origin: "env:SEO_REWRITE_CONCURRENCY" });
    expect(resolved.keyword).toEqual({
      value: "IA souveraine",
      origin: "config:seo-rewrite.config.json",
    });
    expect(resolved.provider).toEqual({ value: "openai", origin: "default" });
    expect(resolved.model).toEqual({
      value: "gpt-4.1-mini",
      origin: "default",
      note: "openai preset",
    });
    expect(resolved.out).toBeUndefined();
  });

  it("reads SEO_REWRITE_MODEL", () => {
    const resolved = resolveSettings({
      flags: {},
      env: { SEO_REWRITE_MODEL: "gpt-5-mini" },
      defaults: DEFAULTS,
    });
    expect(resolved.model).toEqual({ value: "gpt-5-mini", origin: "env:SEO_REWRITE_MODEL" });
  });

  it("takes the preset's model and base URL for a provider from the config file", () => {
    const resolved = resolveSettings({
      flags: {},
      env: { OPENAI_BASE_URL: "http://127.0.0.1:9/v1" },
      config: { ...config, values: { provider: "mistral" } },
      defaults: DEFAULTS,
    });
    expect(resolved.provider?.origin).toBe("config:seo-rewrite.config.json");
    expect(resolved.model?.value).toBe("mistral-small-latest");
    // OPENAI_BASE_URL is for OpenAI-style setups: Mistral keeps its own endpoint.
    expect(resolved.baseUrl).toEqual({
      value: "https://api.mistral.ai/v1",
      origin: "default",
      note: "mistral preset",
    });
  });

  it("reads OPENAI_BASE_URL for openai, and SEO_REWRITE_BASE_URL before it", () => {
    const env = { OPENAI_BASE_URL: "http://a.test/v1" };
    expect(resolveSettings({ flags: {}, env, defaults: DEFAULTS }).baseUrl).toEqual({
      value: "http://a.test/v1",
      origin: "env:OPENAI_BASE_URL",
    });
    const both = { ...env, SEO_REWRITE_BASE_URL: "http://b.test/v1" };
    expect(resolveSettings({ flags: {}, env: both, defaults: DEFAULTS }).baseUrl?.origin).toBe(
      "env:SEO_REWRITE_BASE_URL",
    );
  });

  it("reads the Azure endpoint variable as the base URL", () => {
    const resolved = resolveSettings({
      flags: { provider: "azure" },
      env: { AZURE_OPENAI_ENDPOINT: "https://res.openai.azure.com/" },
      defaults: DEFAULTS,
    });
    expect(resolved.baseUrl?.origin).toBe("env:AZURE_OPENAI_ENDPOINT");
  });

  it("treats an empty variable as unset and parses booleans", () => {
    const resolved = resolveSettings({
      flags: {},
      env: {
        SEO_REWRITE_MIN_WORDS: "",
        SEO_REWRITE_KEEP_REJECTED: "1",
        SEO_REWRITE_FAIL_FAST: "false",
      },
      config,
      defaults: DEFAULTS,
    });
    expect(resolved.minWords?.origin).toBe("config:seo-rewrite.config.json");
    expect(resolved.keepRejected).toEqual({ value: true, origin: "env:SEO_REWRITE_KEEP_REJECTED" });
    expect(resolved.failFast?.value).toBe(false);
  });

  it("names the variable or flag whose value is wrong", () => {
    expect(
      errorOf(() =>
        resolveSettings({
          flags: {},
          env: { SEO_REWRITE_CONCURRENCY: "many" },
          defaults: DEFAULTS,
        }),
      ),
    ).toBe("SEO_REWRITE_CONCURRENCY: expected a number");
    expect(
      errorOf(() => resolveSettings({ flags: { minWords: "0" }, env: {}, defaults: DEFAULTS })),
    ).toBe("--min-words: expected a number ≥ 1");
    expect(
      errorOf(() =>
        resolveSettings({ flags: {}, env: { SEO_REWRITE_PROVIDER: "nope" }, defaults: DEFAULTS }),
      ),
    ).toMatch(/^SEO_REWRITE_PROVIDER: expected one of openai/u);
  });

  it("gives plain values for the option schema", () => {
    const resolved = resolveSettings({
      flags: { quiet: true },
      env: {},
      config,
      defaults: DEFAULTS,
    });
    expect(settingValues(resolved)).toMatchObject({
      quiet: true,
      minWords: 900,
      provider: "openai",
    });
  });
});

describe("names", () => {
  it("spells flags and variables from the long option names", () => {
    expect(flagName("maxInputWords")).toBe("--max-input-words");
    expect(envName("maxInputWords")).toBe("SEO_REWRITE_MAX_INPUT_WORDS");
    expect(envName("model")).toBe("SEO_REWRITE_MODEL");
  });
});

describe("describeSettings", () => {
  const KEY = "sk-proj-0123456789abcdefABCDwxyz";

  it("prints each value with its origin, and the key masked", () => {
    const resolved = resolveSettings({
      flags: { provider: "mistral" },
      env: { SEO_REWRITE_MIN_WORDS: "900" },
      defaults: DEFAULTS,
    });
    const text = describeSettings(resolved, { MISTRAL_API_KEY: KEY });
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^setting\s+value\s+from$/u);
    expect(lines).toContainEqual(expect.stringMatching(/^--provider\s+mistral\s+flag$/u));
    expect(lines).toContainEqual(
      expect.stringMatching(/^--min-words\s+900\s+env:SEO_REWRITE_MIN_WORDS$/u),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^--model\s+mistral-small-latest\s+default \(mistral preset\)$/u),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^--out\s+—\s+not set$/u));
    expect(lines).toContainEqual(
      expect.stringMatching(/^MISTRAL_API_KEY\s+sk-…wxyz\s+env:MISTRAL_API_KEY$/u),
    );
    expect(text).not.toContain(KEY);
    expect(text).not.toContain("0123456789");
  });

  it("says which variable to set when the key is missing", () => {
    const resolved = resolveSettings({ flags: {}, env: {}, defaults: DEFAULTS });
    expect(describeSettings(resolved, {})).toMatch(
      /^OPENAI_API_KEY\s+not set\s+export OPENAI_API_KEY=<your key>$/mu,
    );
  });

  it("needs no key for a local host", () => {
    const resolved = resolveSettings({
      flags: { provider: "ollama" },
      env: {},
      defaults: DEFAULTS,
    });
    expect(describeSettings(resolved, {})).toMatch(/^API key\s+none needed\s+Ollama \(local\)$/mu);
  });

  it("shows Azure's api-version and where it came from", () => {
    const resolved = resolveSettings({ flags: { provider: "azure" }, env: {}, defaults: DEFAULTS });
    expect(describeSettings(resolved, {})).toMatch(/^OPENAI_API_VERSION\s+2024-10-21\s+default$/mu);
    expect(describeSettings(resolved, { OPENAI_API_VERSION: "2025-04-01-preview" })).toMatch(
      /^OPENAI_API_VERSION\s+2025-04-01-preview\s+env:OPENAI_API_VERSION$/mu,
    );
  });

  it("hides a key that leaked into another value", () => {
    const resolved = resolveSettings({
      flags: { baseUrl: `https://user:${KEY}@proxy.test/v1` },
      env: {},
      defaults: DEFAULTS,
    });
    expect(describeSettings(resolved, { OPENAI_API_KEY: KEY })).not.toContain(KEY);
  });
});

describe("maskKey", () => {
  it("keeps a vendor prefix and the last four characters", () => {
    expect(maskKey("sk-abcdefghijklmnopabcd")).toBe("sk-…abcd");
    expect(maskKey("0123456789abcdef9876")).toBe("…9876");
  });

  it("shows nothing of a short key", () => {
    expect(maskKey("short-key")).toBe("****");
  });
});
