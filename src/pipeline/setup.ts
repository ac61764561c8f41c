import type { FormatOptions } from "../core/formats.js";
import { hashOptions } from "../core/freshness.js";
import type { PromptTemplate } from "../core/prompt.js";
import type { ChatClient } from "../model/llm.js";
import type { ProviderPreset } from "../model/providers.js";
import { modelAcceptsTemperature } from "../model/providers.js";
import type { RewriteOptions } from "../settings/options.js";
import type { StoredSettings } from "./batch-api/state.js";
import type { ProgressSink } from "./log.js";
import type { RewriteSettings } from "./rewrite.js";

/**
 * What every runner is given — the online run, the dry run and the Batch API commands —
 * and the one way they turn it into the settings an article is rewritten and judged with.
 */

export interface RunIO {
  stdout: { write(text: string): void };
  stderr: ProgressSink;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  cwd: string;
  now(): Date;
  /** Aborted on SIGINT/SIGTERM; `interruptedBy` then names the signal. */
  signal: AbortSignal;
  interruptedBy(): string | undefined;
}

export interface RunSetup {
  options: RewriteOptions;
  model: string;
  baseURL?: string;
  /** The host's preset: its known context, whether its tokens cost anything. */
  preset: ProviderPreset;
  template: PromptTemplate;
  repairTemplate: PromptTemplate;
  /** Targeted repairs (online only: the Batch API's repair rounds rewrite whole). */
  patchTemplate?: PromptTemplate;
  version: string;
  /** Created on the first article that needs the model (dry runs and skips need none). */
  chat: () => Promise<ChatClient>;
}

export const EXIT = { ok: 0, failed: 1, usage: 2, SIGINT: 130, SIGTERM: 143 } as const;

/** A wrong command line, found before any input is read or any request sent: exit 2. */
export class RunUsageError extends Error {
  override name = "UsageError";
}

/**
 * The time of writing as an ISO 8601 timestamp with the writer's offset, to the second:
 * `2026-12-01T00:30:00+01:00` in Paris. The day shown is the writer's own (not UTC's, which
 * is still 30 November), and the instant is absolute: a bare `2026-12-01` is midnight UTC
 * for Hugo, Eleventy and Astro, or midnight in the build machine's zone for Jekyll, so an
 * article written after midnight in Paris was in the future for a CI building in UTC, and
 * Hugo and Jekyll skipped it without a word. The UTC date would fix UTC builds only (a
 * Jekyll build west of UTC would still see it in the future) and date a Paris article of
 * 00:30 the day before. It stays a date for any reader: ISO 8601, the form YAML 1.1 calls a
 * timestamp and each generator parses (tested with Hugo 0.111 and Eleventy 3).
 */
export function dateOf(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  const offset = -now.getTimezoneOffset();
  const zone = `${offset < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${day}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}${zone}`;
}

/** The publishing options given (`--draft`, `--categories`, `--permalink-base`), none when absent. */
function formatOptionsOf(options: {
  draft?: boolean | undefined;
  categories?: readonly string[] | undefined;
  permalinkBase?: string | undefined;
}): FormatOptions {
  const chosen: FormatOptions = {};
  if (options.draft === true) chosen.draft = true;
  if (options.categories !== undefined && options.categories.length > 0) {
    chosen.categories = [...options.categories];
  }
  if (options.permalinkBase !== undefined) chosen.permalinkBase = options.permalinkBase;
  return chosen;
}

/** What the requests are asked with and answers judged by, from this run's setup. */
export function storedSettingsOf(setup: Omit<RunSetup, "chat">): StoredSettings {
  const { options } = setup;
  const settings: StoredSettings = {
    model: setup.model,
    maxAttempts: options.maxAttempts,
    minWords: options.minWords,
    lang: options.lang,
    format: options.format,
    originalityError: options.originalityError,
    originalityWarning: options.originalityWarning,
    optionsHash: hashOptions({
      minWords: options.minWords,
      lang: options.lang,
      keyword: options.keyword,
      temperature: setup.template.temperature,
      format: options.format,
      formatOptions: formatOptionsOf(options),
      citeSource: options.citeSource,
    }),
    maxInputWords: options.maxInputWords,
    template: setup.template,
    repairTemplate: setup.repairTemplate,
  };
  if (options.keyword !== undefined) settings.keyword = options.keyword;
  Object.assign(settings, formatOptionsOf(options));
  if (options.citeSource) settings.citeSource = true;
  if (setup.template.temperature !== undefined && modelAcceptsTemperature(setup.model)) {
    settings.temperature = setup.template.temperature;
  }
  return settings;
}

/** The loop's settings from stored settings (this run's, or what a Batch API state recorded). */
export function rewriteSettingsOf(
  stored: StoredSettings,
  run: { maxAttempts: number; version: string; now: Date },
): RewriteSettings {
  const template = (value: StoredSettings["template"]) => ({
    name: value.name,
    kind: value.kind,
    description: value.description,
    variables: value.variables,
    messages: value.messages,
    hash: value.hash,
    ...(value.temperature !== undefined ? { temperature: value.temperature } : {}),
  });
  const settings: RewriteSettings = {
    model: stored.model,
    minWords: stored.minWords,
    lang: stored.lang,
    maxAttempts: run.maxAttempts,
    template: template(stored.template),
    repairTemplate: template(stored.repairTemplate),
    optionsHash: stored.optionsHash,
    generator: `seo-rewrite ${run.version}`,
    date: dateOf(run.now),
    originalityError: stored.originalityError,
    originalityWarning: stored.originalityWarning,
    format: stored.format,
    formatOptions: formatOptionsOf(stored),
    ...(stored.citeSource === true ? { citeSource: true } : {}),
  };
  if (stored.keyword !== undefined) settings.keyword = stored.keyword;
  if (stored.temperature !== undefined) settings.temperature = stored.temperature;
  return settings;
}
