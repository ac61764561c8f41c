// @ts-nocheck
import type { OpenAI } from "openai";
import { hashOptions } from "../../core/freshness.js";
import { displayUrl } from "../../core/redact.js";
import { modelAcceptsTemperature } from "../../model/providers.js";
import type { ProgressSink } from "../progress.js";
import type { RewriteSettings } from "../rewrite.js";
import type { RunSetup } from "../run.js";
import { dateOf } from "../run.js";
import type { StoredSettings } from "./state.js";

/**
 * What every batch command is given: the rewrite's setup (options, model, templates, the
 * chat client for online repairs) plus the SDK client for the Files and Batches APIs, and
 * the I/O (streams, clock, signal, and a sleep tests can make instant).
 */

export interface BatchSetup extends RunSetup {
  /** The SDK client for files and batches; created on the first command that needs it. */
  openai: () => Promise<OpenAI>;
}

export interface BatchIO {
  stdout: { write(text: string): void };
  stderr: ProgressSink;
  cwd: string;
  now(): Date;
  /** Aborted on SIGINT/SIGTERM; `interruptedBy` then names the signal. */
  signal: AbortSignal;
  interruptedBy(): string | undefined;
  /** Waits between two polls of `--wait`; resolves early when `signal` aborts. */
  sleep(milliseconds: number, signal: AbortSignal): Promise<void>;
}

/**
 * Lines on stderr: `line` always (errors), `info` unless `--quiet`, `detail` with
 * `--verbose`; `live` is the one progress line, redrawn in place on a terminal and
 * printed only when it changes elsewhere (CI logs stay short).
 */
export class Log {
  #live: string | undefined;
  #lastPlain: string | undefined;

  constructor(
    private readonly sink: ProgressSink,
    private readonly level: "quiet" | "normal" | "verbose",
  ) {}

  static for(io: BatchIO, options: { quiet: boolean; verbose: boolean }): Log {
    return new Log(io.stderr, options.quiet ? "quiet" : options.verbose ? "verbose" : "normal");
  }

  line(text: string): void {
    this.#clear();
    this.sink.write(`${text}\n`);
    this.#redraw();
  }

  info(text: string): void {
    if (this.level !== "quiet") this.line(text);
  }

  detail(text: string): void {
    if (this.level === "verbose") this.line(text);
  }

  /** `stable` is the part that, when unchanged, is not printed again off a terminal. */
  live(stable: string, transient = ""): void {
    if (this.level === "quiet") return;
    if (this.sink.isTTY === true) {
      this.#clear();
      this.#live = `${stable}${transient}`;
      this.#redraw();
      return;
    }
    if (stable === this.#lastPlain) return;
    this.#lastPlain = stable;
    this.sink.write(`${stable}\n`);
  }

  endLive(): void {
    this.#clear();
    this.#live = undefined;
  }

  #clear(): void {
    if (this.#live !== undefined) this.sink.write("\r\x1b[2K");
  }

  #redraw(): void {
    if (this.#live === undefined) return;
    const columns = this.sink.columns ?? 100;
    this.sink.write(this.#live.slice(0, columns - 1));
  }
}

/** What the requests are asked with and answers judged by, from this run's setup. */
export function storedSettingsOf(setup: BatchSetup): StoredSettings {
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
    }),
    maxInputWords: options.maxInputWords,
    template: setup.template,
    repairTemplate: setup.repairTemplate,
  };
  if (options.keyword !== undefined) settings.keyword = options.keyword;
  if (setup.template.temperature !== undefined && modelAcceptsTemperature(setup.model)) {
    settings.temperature = setup.template.temperature;
  }
  return settings;
}

/** The loop's settings from what the state recorded at submit. */
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
  };
  if (stored.keyword !== undefined) settings.keyword = stored.keyword;
  if (stored.temperature !== undefined) settings.temperature = stored.temperature;
  return settings;
}

/** Where the batches live, as recorded in the state: the SDK's default when none is set. */
export function endpointOf(setup: Pick<BatchSetup, "baseURL">): string {
  // Without credentials: the state is a file, and a gateway may take the key in the query.
  return displayUrl(setup.baseURL ?? "https://api.openai.com/v1").replace(/\/+$/u, "");
}

export { plural } from "../../core/reporters.js";

/** `1.2 MB`, `35 KB`: sizes for people. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}
