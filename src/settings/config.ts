import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { z } from "zod";
import { FORMATS, type PublishFormat } from "../core/formats.js";
import { isSupportedLanguage, LANGUAGES } from "../core/language.js";
import { displayUrl, redactSecrets } from "../core/redact.js";
import { PROVIDERS, type ProviderPreset, providerFor, providerNames } from "../model/providers.js";

/**
 * Configuration: `seo-rewrite.config.json`, or a `"seo-rewrite"` key in package.json,
 * found from the working folder upward; then one precedence for every setting:
 * flags > environment > config file > defaults, each value remembering where it came
 * from so `seo-rewrite config` can say it. Only {@link readFileIfExists} touches the disk.
 */

export const CONFIG_FILE = "seo-rewrite.config.json";
/** The key holding our settings in a package.json. */
export const PACKAGE_KEY = "seo-rewrite";
/** Prefix of the environment variables that set an option: `SEO_REWRITE_MIN_WORDS=900`. */
export const ENV_PREFIX = "SEO_REWRITE_";

/** Every setting a config file, the environment or a flag may give, by long option name. */
export interface SettingValues {
  provider: string;
  model: string;
  baseUrl: string;
  minWords: number;
  lang: string;
  keyword: string;
  prompt: string;
  maxAttempts: number;
  timeout: number;
  concurrency: number;
  out: string;
  report: string;
  /** Comma-separated, as `--ext` takes it (a config file may give a list). */
  ext: string;
  maxInputWords: number;
  format: PublishFormat;
  draft: boolean;
  /** Comma-separated, as `--categories` takes it (a config file may give a list). */
  categories: string;
  permalinkBase: string;
  keepRejected: boolean;
  failFast: boolean;
  waitLock: boolean;
  polish: boolean;
  quiet: boolean;
  verbose: boolean;
  originalityError: number;
  originalityWarning: number;
}

export type SettingKey = keyof SettingValues;

/** Where a value came from: a flag, a variable, a config file (as displayed), or a default. */
export type Origin = "flag" | `env:${string}` | `config:${string}` | "default";

export interface ResolvedSetting<T> {
  value: T;
  origin: Origin;
  /** Why a default is what it is, e.g. `mistral preset`. */
  note?: string;
}

/** Only the settings that have a value somewhere; each with its origin. */
export type ResolvedSettings = { [K in SettingKey]?: ResolvedSetting<SettingValues[K]> };

/** A bad config file, variable or flag value: one line, exit code 2. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

const wholeNumber = (min: number, max?: number) => {
  const base = z
    .number({ error: "expected a number" })
    .int("expected a whole number")
    .min(min, `expected a number ≥ ${min}`);
  return max === undefined ? base : base.max(max, `expected a number ≤ ${max}`);
};
const share = z
  .number({ error: "expected a number" })
  .min(0, "expected a share between 0 and 1")
  .max(1, "expected a share between 0 and 1");
const text = z.string({ error: "expected a string" }).trim().min(1, "expected a non-empty string");
const flag = z.boolean({ error: "expected true or false" });

/**
 * One schema per setting, the same ranges as the command line's (options.ts). Numbers are
 * numbers here: values from the environment and from flags are parsed first ({@link KINDS}).
 */
export const SETTING_SCHEMAS: { readonly [K in SettingKey]: z.ZodType<SettingValues[K]> } = {
  provider: z.string({ error: "expected a string" }).refine((name) => providerFor(name), {
    error: `expected one of ${providerNames().join(", ")}`,
  }),
  model: text,
  baseUrl: z.url({ error: "expected a URL such as http://localhost:11434/v1" }),
  // Beyond 10,000 words no article is a news rewrite, and the model could never reach it.
  minWords: wholeNumber(1, 10_000),
  lang: z.string({ error: "expected a string" }).refine(isSupportedLanguage, {
    error: `expected one of ${Object.keys(LANGUAGES).join(", ")}`,
  }),
  keyword: text,
  prompt: text,
  maxAttempts: wholeNumber(1, 10),
  timeout: z
    .number({ error: "expected seconds" })
    .positive("expected seconds > 0")
    .max(3600, "at most 3600 seconds (one hour)"),
  concurrency: wholeNumber(1, 64),
  out: text,
  report: text,
  ext: z
    .union([z.string(), z.array(z.string())], {
      error: 'expected a list such as ".txt,.md" or [".txt", ".md"]',
    })
    .transform((list) => (Array.isArray(list) ? list.join(",") : list)),
  maxInputWords: wholeNumber(1),
  format: z.enum(FORMATS, { error: `expected one of ${FORMATS.join(", ")}` }),
  draft: flag,
  categories: z
    .union([z.string(), z.array(z.string())], {
      error: 'expected a list such as "actualité,économie" or ["actualité", "économie"]',
    })
    .transform((list) => (Array.isArray(list) ? list.join(",") : list)),
  // A path on the site, written into front-matter as is: no scheme, query, spaces or `..`.
  permalinkBase: z
    .string({ error: "expected a string" })
    .regex(/^\/?(?:[\p{L}\p{N}._~-]+\/?)*$/u, {
      error: "expected a path on the site such as /blog/ (letters, digits, . _ ~ - and /)",
    })
    .refine((path) => !path.split("/").includes(".."), { error: "expected a path without .." }),
  keepRejected: flag,
  failFast: flag,
  waitLock: flag,
  polish: flag,
  quiet: flag,
  verbose: flag,
  originalityError: share,
  originalityWarning: share,
};

/** The settings in the order `seo-rewrite config` shows them. */
export const SETTING_KEYS = Object.keys(SETTING_SCHEMAS) as SettingKey[];

/** How a setting given as text (a variable, a flag) is read before validation. */
const KINDS: Readonly<Record<SettingKey, "string" | "number" | "boolean">> = {
  provider: "string",
  model: "string",
  baseUrl: "string",
  minWords: "number",
  lang: "string",
  keyword: "string",
  prompt: "string",
  maxAttempts: "number",
  timeout: "number",
  concurrency: "number",
  out: "string",
  report: "string",
  ext: "string",
  maxInputWords: "number",
  format: "string",
  draft: "boolean",
  categories: "string",
  permalinkBase: "string",
  keepRejected: "boolean",
  failFast: "boolean",
  waitLock: "boolean",
  polish: "boolean",
  quiet: "boolean",
  verbose: "boolean",
  originalityError: "number",
  originalityWarning: "number",
};

/** Flags that only make sense for one run: refused in a file, with a hint. */
const PER_RUN_FLAGS: Readonly<Record<string, string>> = {
  dryRun: "--dry-run",
  force: "--force",
};

/** A key that would hold a secret: keys come from the environment only (DESIGN.md). */
const SECRET_KEY = /(?:api[-_]?key|apikey|secret|token|password|credential|authorization)/iu;
/** A value that looks like a key pasted in the wrong place (OpenAI, OpenRouter, Mistral-style). */
const SECRET_VALUE = /\b(?:sk|rk)-[A-Za-z0-9_-]{16,}/u;

function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTING_SCHEMAS, key);
}

/** `minWords` → `--min-words`. */
export function flagName(key: string): string {
  return `--${key.replace(/[A-Z]/gu, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** `minWords` → `SEO_REWRITE_MIN_WORDS`. */
export function envName(key: SettingKey): string {
  return `${ENV_PREFIX}${key.replace(/[A-Z]/gu, (letter) => `_${letter}`).toUpperCase()}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The message for a key the file may not hold. */
function unknownKeyProblem(key: string): string {
  if (SECRET_KEY.test(key)) {
    return "API keys are read from the environment only (OPENAI_API_KEY or the provider's variable), never from a config file: remove it";
  }
  // Own keys only: `constructor` or `__proto__` must not find Object.prototype's.
  const perRun = Object.hasOwn(PER_RUN_FLAGS, key) ? PER_RUN_FLAGS[key] : undefined;
  if (perRun !== undefined) return `is a per-run flag: give ${perRun} on the command line`;
  const folded = key.replace(/[-_]/gu, "").toLowerCase();
  const near = SETTING_KEYS.find((known) => known.toLowerCase() === folded);
  if (near !== undefined) return `unknown key: did you mean "${near}"?`;
  return `unknown key: expected one of ${SETTING_KEYS.join(", ")}`;
}

function issueMessage(error: z.ZodError): { path: string; message: string } {
  const issue = error.issues[0];
  return {
    path: issue?.path.map(String).join(".") ?? "",
    message: issue?.message ?? "invalid value",
  };
}

/**
 * Validate the settings object of a config file (pure). `where` names the file in the
 * error, `keyPrefix` the path to the object inside it (`seo-rewrite.` in a package.json).
 * Throws a {@link ConfigError} `<file>: <key path>: <problem>` at the first problem.
 */
export function parseSettingsObject(
  settings: unknown,
  where: string,
  keyPrefix = "",
): Partial<SettingValues> {
  if (!isObject(settings)) {
    const at = keyPrefix === "" ? "" : ` ${keyPrefix.replace(/\.$/u, "")}:`;
    throw new ConfigError(
      `${where}:${at} expected an object of settings, such as { "minWords": 900 }`,
    );
  }
  const values: Partial<SettingValues> = {};
  for (const [key, value] of Object.entries(settings)) {
    // Editors use "$schema" to offer completion; it is no setting.
    if (key === "$schema") continue;
    if (!isSettingKey(key)) {
      throw new ConfigError(`${where}: ${keyPrefix}${key}: ${unknownKeyProblem(key)}`);
    }
    if (typeof value === "string" && SECRET_VALUE.test(value)) {
      throw new ConfigError(
        `${where}: ${keyPrefix}${key}: looks like an API key: keys are read from the environment only, never from a config file`,
      );
    }
    assign(
      values,
      key,
      validate(key, value, (problem, path) => {
        const sub = path === "" ? "" : `.${path}`;
        return new ConfigError(`${where}: ${keyPrefix}${key}${sub}: ${problem}`);
      }),
    );
  }
  return values;
}

function validate<K extends SettingKey>(
  key: K,
  value: unknown,
  fail: (problem: string, path: string) => ConfigError,
): SettingValues[K] {
  const result = SETTING_SCHEMAS[key].safeParse(value);
  if (result.success) return result.data;
  const { path, message } = issueMessage(result.error);
  throw fail(message, path);
}

function assign<K extends SettingKey>(
  target: Partial<SettingValues>,
  key: K,
  value: SettingValues[K],
): void {
  target[key] = value;
}

/** A found configuration: where, and its validated settings. */
export interface LoadedConfig {
  /** Absolute path of the file read. */
  path: string;
  /** The path as messages and origins show it: relative to the start folder. */
  displayPath: string;
  kind: "config-file" | "package.json";
  values: Partial<SettingValues>;
}

/** Receives a warning line (without the `seo-rewrite: warning: ` prefix). */
export type Warn = (line: string) => void;

/**
 * Parse a config file's text (pure). For a package.json, the settings are under
 * {@link PACKAGE_KEY}; undefined when it has none, or when it is no JSON at all (then
 * `warn` is told: its settings, if it holds any, are not read). A UTF-8 BOM (what some
 * Windows editors save) is skipped.
 */
export function parseConfigText(
  textContent: string,
  displayPath: string,
  kind: LoadedConfig["kind"],
  warn?: Warn,
): Partial<SettingValues> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(textContent.replace(/^\uFEFF/u, ""));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (kind === "package.json") {
      warn?.(
        `${displayPath}: not valid JSON (${reason}): its "${PACKAGE_KEY}" settings, if any, are not read`,
      );
      return undefined;
    }
    throw new ConfigError(`${displayPath}: not valid JSON: ${reason}`);
  }
  if (kind === "package.json") {
    if (!isObject(parsed) || !Object.hasOwn(parsed, PACKAGE_KEY)) return undefined;
    return parseSettingsObject(parsed[PACKAGE_KEY], displayPath, `${PACKAGE_KEY}.`);
  }
  return parseSettingsObject(parsed, displayPath);
}

/**
 * The one function here that touches the disk: the file's text, or undefined when there
 * is no such file. Any other failure (a folder without read permission…) is an error.
 */
export function readFileIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR") return undefined;
    throw new ConfigError(`${path}: cannot read the configuration (${code ?? "unreadable"})`);
  }
}

/**
 * The configuration that applies in `startDir`: in each folder from `startDir` up to the
 * filesystem root, `seo-rewrite.config.json` first, then a package.json that has a
 * `"seo-rewrite"` key (a package.json without one, or not even valid JSON, is not ours:
 * the search goes on upward; `warn` hears of the invalid one). Undefined when none is found. Throws a {@link ConfigError}
 * for a file that is found but wrong.
 */
export function findConfig(
  startDir: string,
  readFile: (path: string) => string | undefined = readFileIfExists,
  warn?: Warn,
): LoadedConfig | undefined {
  const start = resolve(startDir);
  const display = (path: string) => relative(start, path) || path;
  let dir = start;
  for (;;) {
    for (const [name, kind] of [
      [CONFIG_FILE, "config-file"],
      ["package.json", "package.json"],
    ] as const) {
      const path = join(dir, name);
      const content = readFile(path);
      if (content === undefined) continue;
      const displayPath = display(path);
      const values = parseConfigText(content, displayPath, kind, warn);
      if (values !== undefined) {
        return { path, displayPath, kind, values: anchorPaths(values, dir, readFile) };
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Paths in a config file are relative to the file's folder, not to wherever the command
 * runs from: `"out": "content/posts"` in the project root means the project's content/posts
 * from any subfolder. A `prompt` that names no file there stays a bundled template's name.
 */
function anchorPaths(
  values: Partial<SettingValues>,
  dir: string,
  readFile: (path: string) => string | undefined,
): Partial<SettingValues> {
  const anchored = { ...values };
  if (anchored.out !== undefined) anchored.out = resolve(dir, anchored.out);
  if (anchored.report !== undefined) anchored.report = resolve(dir, anchored.report);
  if (anchored.prompt !== undefined && readFile(resolve(dir, anchored.prompt)) !== undefined) {
    anchored.prompt = resolve(dir, anchored.prompt);
  }
  return anchored;
}

/** Read `raw` (a flag's or a variable's text) as the setting's kind, then validate it. */
function fromText<K extends SettingKey>(key: K, raw: unknown, source: string): SettingValues[K] {
  const fail = (problem: string) => new ConfigError(`${source}: ${problem}`);
  let value: unknown = raw;
  if (typeof raw === "string") {
    const trimmed = raw.trim();
    switch (KINDS[key]) {
      case "number": {
        const number = Number(trimmed);
        if (trimmed === "" || !Number.isFinite(number)) throw fail("expected a number");
        value = number;
        break;
      }
      case "boolean": {
        const word = trimmed.toLowerCase();
        if (["1", "true", "yes", "on"].includes(word)) value = true;
        else if (["0", "false", "no", "off", ""].includes(word)) value = false;
        else throw fail("expected true or false (1/0)");
        break;
      }
      case "string":
        break;
    }
  }
  return validate(key, value, (problem) => fail(problem));
}

/** Environment variables that may set `key`, most specific first. */
function envNamesFor(key: SettingKey, preset: ProviderPreset): string[] {
  const names = [envName(key)];
  if (key === "baseUrl") {
    // OPENAI_BASE_URL belongs to OpenAI-style setups: honoured for openai/custom only, so a
    // variable left over from another tool never sends Mistral requests elsewhere.
    if (preset.readsOpenAIBaseURL) names.push("OPENAI_BASE_URL");
    if (preset.endpointVariable) names.push(preset.endpointVariable);
  }
  return names;
}

export interface SettingsSources {
  /** Values given on the command line, and only those (not commander's defaults). */
  flags: Readonly<Partial<Record<SettingKey, unknown>>>;
  env: Readonly<Record<string, string | undefined>>;
  config?: LoadedConfig | undefined;
  /** Built-in defaults (`minWords: 700`…); `model` and `baseUrl` fall back to the preset's. */
  defaults: Readonly<Partial<SettingValues>>;
}

/**
 * Every setting's effective value and origin (pure): flag > environment
 * (`SEO_REWRITE_<OPTION>`; `SEO_REWRITE_MODEL`; for the base URL also `OPENAI_BASE_URL`
 * with openai/custom and `AZURE_OPENAI_ENDPOINT` with azure) > config file > defaults,
 * then the preset's model and base URL. An empty variable counts as unset. Throws a
 * {@link ConfigError} naming the flag or variable whose value is wrong.
 */
export function resolveSettings(sources: SettingsSources): ResolvedSettings {
  const { flags, env, config, defaults } = sources;
  const resolved: ResolvedSettings = {};

  const resolveOne = <K extends SettingKey>(key: K, preset: ProviderPreset) => {
    const fromFlag = flags[key];
    if (fromFlag !== undefined) {
      set(resolved, key, { value: fromText(key, fromFlag, flagName(key)), origin: "flag" });
      return;
    }
    for (const name of envNamesFor(key, preset)) {
      const raw = env[name];
      if (raw === undefined || raw === "") continue;
      set(resolved, key, { value: fromText(key, raw, name), origin: `env:${name}` });
      return;
    }
    const fromConfig = config?.values[key];
    if (fromConfig !== undefined && config !== undefined) {
      set(resolved, key, { value: fromConfig, origin: `config:${config.displayPath}` });
      return;
    }
    const fallback = defaults[key];
    if (fallback !== undefined) {
      set(resolved, key, { value: fallback, origin: "default" });
    }
  };

  // The provider first: it decides which variables set the base URL, and the preset's defaults.
  const openai = PROVIDERS.openai as ProviderPreset;
  resolveOne("provider", openai);
  const preset = providerFor(resolved.provider?.value ?? "openai") ?? openai;
  for (const key of SETTING_KEYS) {
    if (key !== "provider") resolveOne(key, preset);
  }
  checkOriginalityShares(resolved);
  const note = `${preset.name} preset`;
  resolved.model ??= { value: preset.defaultModel, origin: "default", note };
  if (resolved.baseUrl === undefined && preset.baseURL !== undefined) {
    resolved.baseUrl = { value: preset.baseURL, origin: "default", note };
  }
  return resolved;
}

/** A warning share above the error share would never warn: refused, naming both and their origins. */
function checkOriginalityShares(resolved: ResolvedSettings): void {
  const warning = resolved.originalityWarning;
  const error = resolved.originalityError;
  if (warning === undefined || error === undefined || warning.value <= error.value) return;
  throw new ConfigError(
    `--originality-warning ${warning.value} (${warning.origin}) is above --originality-error ${error.value} (${error.origin}): the share that warns must be at most the share that fails; lower the first or raise the second`,
  );
}

function set<K extends SettingKey>(
  target: ResolvedSettings,
  key: K,
  value: ResolvedSetting<SettingValues[K]>,
): void {
  target[key] = value as ResolvedSettings[K];
}

/** The settings' plain values, for the option schema: `{ minWords: 900, … }`. */
export function settingValues(resolved: ResolvedSettings): Partial<SettingValues> {
  const values: Partial<SettingValues> = {};
  for (const key of SETTING_KEYS) {
    const entry = resolved[key];
    if (entry !== undefined) assign(values, key, entry.value as SettingValues[typeof key]);
  }
  return values;
}

/**
 * A key as `seo-rewrite config` may show it: a short vendor prefix and the last four
 * characters (`sk-…abcd`); `****` for a key too short to show anything of.
 */
export function maskKey(key: string): string {
  if (key.length < 12) return "****";
  const prefix = /^[A-Za-z]{2,4}-/u.exec(key)?.[0] ?? "";
  return `${prefix}…${key.slice(-4)}`;
}

function display(value: unknown): string {
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/**
 * The text `seo-rewrite config` prints: each setting, its value and where it came from,
 * then the key variable the provider reads and whether it is set (masked, never shown).
 */
export function describeSettings(
  resolved: ResolvedSettings,
  env: Readonly<Record<string, string | undefined>>,
): string {
  const preset =
    providerFor(resolved.provider?.value ?? "openai") ?? (PROVIDERS.openai as ProviderPreset);
  const rows: [string, string, string][] = [["setting", "value", "from"]];
  for (const key of SETTING_KEYS) {
    const entry = resolved[key];
    if (entry === undefined) {
      rows.push([flagName(key), "—", "not set"]);
      continue;
    }
    const from = entry.note ? `${entry.origin} (${entry.note})` : entry.origin;
    const shown = key === "baseUrl" ? displayUrl(String(entry.value)) : display(entry.value);
    rows.push([flagName(key), shown, from]);
  }

  const key = preset.keyVariable ? env[preset.keyVariable] : undefined;
  if (preset.keyless) {
    rows.push(["API key", "none needed", preset.label]);
  } else if (preset.keyVariable) {
    rows.push(
      key
        ? [preset.keyVariable, maskKey(key), `env:${preset.keyVariable}`]
        : [preset.keyVariable, "not set", `export ${preset.keyVariable}=<your key>`],
    );
  }
  if (preset.apiVersionVariable) {
    const version = env[preset.apiVersionVariable];
    rows.push(
      version
        ? [preset.apiVersionVariable, version, `env:${preset.apiVersionVariable}`]
        : [preset.apiVersionVariable, preset.defaultApiVersion ?? "not set", "default"],
    );
  }

  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  const lines = rows.map(([name, value, from]) =>
    `${name.padEnd(widths[0] ?? 0)}  ${value.padEnd(widths[1] ?? 0)}  ${from}`.trimEnd(),
  );
  // Belt and braces: a key pasted into another value (a URL's user:password…) is hidden too.
  return `${redactSecrets(lines.join("\n"), [key])}\n`;
}
