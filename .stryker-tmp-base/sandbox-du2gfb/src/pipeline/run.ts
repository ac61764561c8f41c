// @ts-nocheck
import { setMaxListeners } from "node:events";
import { realpath } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import pLimit from "p-limit";
import { formatPlaceWarning } from "../core/formats.js";
import {
  type Fingerprint,
  hashOptions,
  hashText,
  isSeoRewriteOutput,
  isUpToDate,
  writtenBySeoRewrite,
} from "../core/freshness.js";
import { estimateCost, formatCost, priceOf } from "../core/prices.js";
import type { PromptTemplate } from "../core/prompt.js";
import { displayUrl } from "../core/redact.js";
import { plural } from "../core/reporters.js";
import {
  estimateCompletionTokens,
  estimatePromptTokens,
  type TokenCount,
  type Tokenizer,
  tokenFamily,
} from "../core/tokens.js";
import { type InputFile, listInputs } from "../input/list.js";
import { readInputBytes, readStdin } from "../input/read.js";
import { prepareSource, type SourceDocument } from "../input/source.js";
import { type ChatClient, LlmError } from "../model/llm.js";
import type { ProviderPreset } from "../model/providers.js";
import { contextWarning, modelAcceptsTemperature, requestParamsFor } from "../model/providers.js";
import {
  outputPathFor,
  outputPlaceProblem,
  readExistingOutput,
  rejectedPathFor,
  removeStaleRejected,
  writeFileAtomic,
} from "../output/write.js";
import type { RewriteOptions } from "../settings/options.js";
import { type ArticleStatus, Progress, type ProgressSink } from "./progress.js";
import {
  buildMessages,
  type RewriteSettings,
  rewriteArticle,
  type SourceForRewrite,
  targetWords,
} from "./rewrite.js";

/**
 * The rewrite command over one or many inputs: list, read, prepare, skip what is up to
 * date, rewrite with a bounded number in flight, write atomically, report. One failing
 * input never stops the others; the exit code is computed once, at the end.
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
  version: string;
  /** Created on the first article that needs the model (dry runs and skips need none). */
  chat: () => Promise<ChatClient>;
}

export interface ReportEntry {
  input: string;
  status: ArticleStatus;
  output?: string;
  attempts: number;
  words?: number;
  tokens: { prompt: number; completion: number };
  durationMs: number;
  /** What the tokens used cost, in the model's currency, when its price is known. */
  cost?: number;
  reasons: string[];
  warnings: string[];
}

export const EXIT = { ok: 0, failed: 1, usage: 2, SIGINT: 130, SIGTERM: 143 } as const;

interface Unit {
  /** How the input is named in messages and reports. */
  label: string;
  file?: InputFile;
}

/** The writer's own day, not UTC's: in France an article written at 00:30 is dated today. */
export function dateOf(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A wrong command line, found before any input is read or any request sent: exit 2. */
export class RunUsageError extends Error {
  override name = "UsageError";
}

/** Is `path` the folder `folder` or inside it? */
function isInside(path: string, folder: string): boolean {
  const rest = relative(folder, path);
  return rest === "" || (!rest.startsWith("..") && !isAbsolute(rest));
}

/**
 * What the run will read: stdin, or the listed files — leaving out the `--out` folder, so
 * that an output tree kept beside or below its inputs is never read back as input.
 */
export async function listUnits(
  inputs: readonly string[],
  options: RewriteOptions,
  io: RunIO,
): Promise<{ units: Unit[]; problems: string[] }> {
  if (inputs.length === 0 || (inputs.length === 1 && inputs[0] === "-")) {
    return { units: [{ label: "stdin" }], problems: [] };
  }
  if (inputs.includes("-")) {
    throw new RunUsageError("- (stdin) cannot be mixed with files: pipe one article at a time");
  }
  // Compared as real paths: an --out that is a symbolic link to the inputs' folder is that folder.
  const out =
    options.out === undefined ? undefined : await realPathOf(resolve(io.cwd, options.out));
  if (out !== undefined) {
    for (const input of inputs) {
      if (isInside(await realPathOf(resolve(io.cwd, input)), out)) {
        throw new RunUsageError(
          `--out ${options.out} holds the input ${input}: write the articles to a folder outside the inputs`,
        );
      }
    }
  }
  const units: Unit[] = [];
  const problems: string[] = [];
  for await (const item of listInputs(inputs, { extensions: options.ext, cwd: io.cwd })) {
    if ("problem" in item) problems.push(item.problem);
    else if (out === undefined || !isInside(await realPathOf(item.path), out)) {
      units.push({ label: item.display, file: item });
    }
  }
  return { units, problems };
}

/** The path with every symbolic link resolved, also for a path that does not exist yet. */
async function realPathOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(await realPathOf(parent), basename(path));
  }
}

export async function runRewrite(
  inputs: readonly string[],
  setup: RunSetup,
  io: RunIO,
): Promise<number> {
  try {
    return await runRewriteChecked(inputs, setup, io);
  } catch (error) {
    if (!(error instanceof RunUsageError)) throw error;
    io.stderr.write(`seo-rewrite: ${error.message}\n`);
    return EXIT.usage;
  }
}

async function runRewriteChecked(
  inputs: readonly string[],
  setup: RunSetup,
  io: RunIO,
): Promise<number> {
  const { options } = setup;
  if (inputs.length === 0 && io.stdin.isTTY) {
    throw new RunUsageError(
      "no input: give a file, a folder or a glob, or pipe text (cat article.txt | seo-rewrite)",
    );
  }
  // A warning, not an error: a config file's keepRejected must not break `seo-rewrite a.txt > a.md`.
  if (options.keepRejected && options.out === undefined && !options.dryRun && !options.quiet) {
    io.stderr.write(
      "seo-rewrite: warning: --keep-rejected does nothing without --out (a rejected article is never printed): give --out DIR to keep it\n",
    );
  }
  const formatWarning = formatPlaceWarning(options.format, options.out);
  if (formatWarning !== undefined && !options.quiet) {
    io.stderr.write(`seo-rewrite: warning: ${formatWarning}\n`);
  }
  const badPlace = await outputPlaceProblem(options, io.cwd);
  if (badPlace !== undefined) throw new RunUsageError(badPlace);
  const { units, problems } = await listUnits(inputs, options, io);
  const toStdout = options.out === undefined;
  if (toStdout && units.length + problems.length > 1 && !options.dryRun) {
    throw new RunUsageError(
      `${units.length + problems.length} inputs and no --out: give --out DIR to write one article per input`,
    );
  }
  const progress = new Progress(
    io.stderr,
    options.quiet ? "quiet" : options.verbose ? "verbose" : "normal",
    () => io.now().getTime(),
  );
  if (units.length === 0 && problems.length === 0) {
    progress.line(
      `seo-rewrite: no input to rewrite (extensions ${options.ext.join(", ")}): give files, folders or globs, or pipe text`,
    );
    return EXIT.failed;
  }
  progress.setTotal(units.length + problems.length);
  // Every request in flight listens to the run's abort signal (and the rate gate's wait).
  setMaxListeners(options.concurrency * 4 + 10, io.signal);
  const optionsHash = hashOptions({
    minWords: options.minWords,
    lang: options.lang,
    keyword: options.keyword,
    temperature: setup.template.temperature,
    format: options.format,
  });
  const settings: RewriteSettings = {
    model: setup.model,
    minWords: options.minWords,
    lang: options.lang,
    maxAttempts: options.maxAttempts,
    template: setup.template,
    repairTemplate: setup.repairTemplate,
    optionsHash,
    generator: `seo-rewrite ${setup.version}`,
    date: dateOf(io.now()),
    originalityError: options.originalityError,
    originalityWarning: options.originalityWarning,
    format: options.format,
  };
  if (options.keyword !== undefined) settings.keyword = options.keyword;
  if (setup.template.temperature !== undefined && modelAcceptsTemperature(setup.model)) {
    settings.temperature = setup.template.temperature;
  }

  const inputPaths = new Set(units.flatMap((unit) => (unit.file ? [resolve(unit.file.path)] : [])));
  const entries: ReportEntry[] = [];
  // Every output path once, up front: two inputs that would write the same article
  // (story.txt and story.md) are refused, rather than paying twice and keeping one.
  const outputPaths = new Map<Unit, string>();
  const refused = new Map<Unit, string>();
  if (!toStdout && options.out !== undefined) {
    const outDir = resolve(io.cwd, options.out);
    const claimedBy = new Map<string, string>();
    for (const unit of units) {
      const path = outputPathFor(outDir, unit.file?.relative ?? "stdin.txt");
      const claimant = path === undefined ? undefined : claimedBy.get(path);
      if (path === undefined) {
        refused.set(unit, `the output would fall outside --out ${options.out}: rename the input`);
      } else if (inputPaths.has(path)) {
        refused.set(unit, `the output ${path} would overwrite an input: choose another --out`);
      } else if (claimant !== undefined) {
        refused.set(unit, `would write ${path}, as ${claimant} does: rename one of them`);
      } else {
        claimedBy.set(path, unit.label);
        outputPaths.set(unit, path);
      }
    }
  }
  // An input that cannot even be listed (a typo, an empty folder) is a failed input.
  for (const problem of problems) {
    const input = problem.split(": ")[0] ?? problem;
    entries.push({
      input,
      status: "failed",
      attempts: 0,
      tokens: { prompt: 0, completion: 0 },
      durationMs: 0,
      reasons: [problem],
      warnings: [],
    });
    progress.articleDone(input, "failed", problem.slice(input.length + 2));
  }
  const dryRuns: unknown[] = [];
  // --concurrency bounds the model requests in flight. Articles get twice as many slots,
  // so while one article's answer is parsed and checked (CPU), the next request is
  // already waiting on the model instead of waiting for that CPU work to finish.
  const limit = pLimit(options.concurrency * 2);
  const requests = pLimit(options.concurrency);
  let stopStarting = false;
  const forecastTotal = { prompt: 0, completion: 0 };
  // A dry run counts OpenAI models' prompts exactly (gpt-tokenizer, o200k_base, ~135 ms to
  // load); other hosts' tokenizers have no JavaScript port, so they stay an estimate.
  const tokenizer =
    options.dryRun && tokenFamily(setup.model) === "o200k"
      ? await import("gpt-tokenizer/encoding/o200k_base").then(
          ({ countTokens }): Tokenizer => ({ name: "o200k_base", count: countTokens }),
        )
      : undefined;

  const processUnit = async (unit: Unit): Promise<void> => {
    const started = io.now().getTime();
    const entry: ReportEntry = {
      input: unit.label,
      status: "failed",
      attempts: 0,
      tokens: { prompt: 0, completion: 0 },
      durationMs: 0,
      reasons: [],
      warnings: [],
    };
    const fail = (reason: string) => {
      entry.status = "failed";
      entry.reasons.push(reason);
      // `output` names a file that exists: a failed input wrote none.
      delete entry.output;
    };
    let notStarted = false;
    if (io.signal.aborted || stopStarting) return;
    try {
      const refusal = refused.get(unit);
      if (refusal !== undefined) return fail(refusal);
      const bytes = unit.file ? await readInputBytes(unit.file.path) : await readStdin(io.stdin);
      if (!options.force && isSeoRewriteOutput(bytes)) {
        return fail(
          "is already an article written by seo-rewrite: rewrite its source instead, or check it with `seo-rewrite check` (--force rewrites it anyway)",
        );
      }
      // Where it goes, and whether that is already done: decided from the bytes alone, so
      // a rerun skips up-to-date articles without decoding, extracting or judging them.
      const sourceHash = hashText(bytes);
      const outputPath = outputPaths.get(unit);
      if (outputPath !== undefined) entry.output = outputPath;
      if (outputPath !== undefined && !options.force && !options.dryRun) {
        const existing = await readExistingOutput(outputPath);
        const fingerprint: Fingerprint = {
          sourceHash,
          promptHash: setup.template.hash,
          model: setup.model,
          optionsHash,
        };
        if (existing !== undefined && isUpToDate(existing, fingerprint)) {
          entry.status = "skipped";
          return;
        }
        // A file we did not write (a hand-written page of the site) is never replaced silently.
        if (existing !== undefined && !writtenBySeoRewrite(existing)) {
          return fail(
            `${outputPath} exists and was not written by seo-rewrite: move it, or pass --force to replace it`,
          );
        }
      }
      const prepared = await prepareSource(bytes, {
        name: unit.label,
        lang: options.lang,
        force: options.force,
        maxWords: options.maxInputWords,
        ...(unit.file ? { extension: unit.file.path } : {}),
      });
      if (!prepared.ok) return fail(prepared.reason);
      const document = prepared.source;
      entry.warnings.push(...document.warnings);
      for (const warning of document.warnings) progress.info(`${unit.label}: warning: ${warning}`);
      for (const dropped of document.dropped)
        progress.detail(
          `${unit.label}: dropped${dropped.line ? ` line ${dropped.line}` : ""} (${dropped.reason}): ${dropped.text}`,
        );
      const source = sourceForRewrite(unit.label, document, sourceHash);
      // The forecast builds the prompt once more: only for a dry run or a host with a small context.
      if (options.dryRun || setup.preset.context !== undefined) {
        const forecast = forecastOf(source, settings, tokenizer);
        // Ollama-like hosts silently cut a prompt longer than their context: say so first.
        const tooLong = contextWarning(
          setup.preset,
          forecast.prompt.tokens,
          forecast.completion.tokens,
        );
        if (tooLong !== undefined) {
          entry.warnings.push(tooLong);
          progress.info(`${unit.label}: warning: ${tooLong}`);
        }
        if (options.dryRun) {
          dryRuns.push(dryRunRecord(unit.label, document, source, settings, setup, forecast));
          forecastTotal.prompt += forecast.prompt.tokens;
          forecastTotal.completion += forecast.completion.tokens;
          entry.status = "skipped";
          return;
        }
      }
      const client = await setup.chat();
      let attempt = 0;
      const chat: ChatClient = {
        // The attempt is announced when its request really leaves, not while it queues; a
        // request still queued when the run is interrupted is never sent (nor billed).
        complete: (messages, params, hooks) =>
          requests(() => {
            if (io.signal.aborted) throw new LlmError("aborted", "cancelled before it was sent");
            // --fail-fast: an article whose first request still queued is not started at all.
            if (stopStarting && attempt <= 1) {
              notStarted = true;
              throw new LlmError("aborted", "not started: --fail-fast");
            }
            progress.attemptStarted(unit.label, attempt, options.maxAttempts);
            return client.complete(messages, params, hooks);
          }),
      };
      const result = await rewriteArticle(
        source,
        settings,
        chat,
        {
          onAttemptStart: (started) => {
            attempt = started;
          },
          onText: (text, attempt) => progress.textReceived(unit.label, text, attempt),
          onAttemptEnd: (record, findings) => {
            entry.attempts = record.attempt;
            if (record.usage) {
              entry.tokens.prompt += record.usage.prompt;
              entry.tokens.completion += record.usage.completion;
            }
            progress.attemptEnded(unit.label, record, findings);
          },
        },
        io.signal,
      );
      if (notStarted) return;
      if (result.ok) {
        entry.words = result.attempts[result.attempts.length - 1]?.words ?? 0;
        entry.warnings.push(
          ...result.warnings.map((finding) => `${finding.rule}: ${finding.message}`),
        );
        if (outputPath !== undefined) {
          await writeFileAtomic(outputPath, result.markdown);
          await removeStaleRejected(outputPath);
        } else io.stdout.write(result.markdown);
        entry.status = "written";
        const cost = costOf(setup, entry.tokens.prompt, entry.tokens.completion);
        if (cost !== undefined) entry.cost = cost.amount;
        return;
      }
      if (io.signal.aborted)
        return fail(`interrupted by ${io.interruptedBy() ?? "a signal"}; nothing written`);
      fail(result.reason);
      for (const finding of result.findings) {
        entry.reasons.push(`${finding.rule}: ${finding.message}`);
      }
      if (options.keepRejected && result.best !== undefined && outputPath !== undefined) {
        await writeFileAtomic(rejectedPathFor(outputPath), result.best);
        entry.reasons.push(`best attempt kept as ${rejectedPathFor(outputPath)}`);
      }
    } catch (error) {
      if (error instanceof LlmError || error instanceof Error) fail(error.message);
      else fail(String(error));
    } finally {
      // An input never started gets its entry after the run, with the others not started.
      if (!notStarted) {
        entry.durationMs = io.now().getTime() - started;
        entries.push(entry);
        const detail =
          entry.status === "failed"
            ? `failed: ${entry.reasons.join("; ")}`
            : entry.status === "written"
              ? `${entry.output ? `→ ${entry.output} ` : ""}(${entry.words} words, ${plural(entry.attempts, "attempt")}${entry.warnings.length > 0 ? `, ${plural(entry.warnings.length, "warning")}${options.verbose ? "" : ": --verbose lists them"}` : ""})`
              : options.dryRun
                ? "(dry run)"
                : `(up to date: ${entry.output})`;
        progress.articleDone(unit.label, entry.status, detail);
        if (entry.status === "failed" && options.failFast) stopStarting = true;
      }
    }
  };

  await Promise.all(units.map((unit) => limit(() => processUnit(unit))));
  // One entry per input, also for those never started (Ctrl-C, --fail-fast).
  const started = new Set(entries.map((entry) => entry.input));
  const why = io.interruptedBy() ? `interrupted by ${io.interruptedBy()}` : "--fail-fast";
  for (const unit of units) {
    if (started.has(unit.label)) continue;
    entries.push({
      input: unit.label,
      status: "skipped",
      attempts: 0,
      tokens: { prompt: 0, completion: 0 },
      durationMs: 0,
      reasons: [`not started: ${why}`],
      warnings: [],
    });
  }

  const interrupted = io.interruptedBy();
  if (options.dryRun) {
    io.stdout.write(`${JSON.stringify(dryRuns.length === 1 ? dryRuns[0] : dryRuns, null, 2)}\n`);
    if (!options.quiet) io.stderr.write(`${forecastLine(dryRuns.length, forecastTotal, setup)}\n`);
  }
  const spent = costOf(setup, progress.totals.promptTokens, progress.totals.completionTokens);
  if (!options.dryRun && (units.length > 1 || interrupted || options.report)) {
    const stoppedBy = interrupted
      ? `interrupted by ${interrupted}`
      : stopStarting
        ? "stopped by --fail-fast"
        : undefined;
    progress.finish(stoppedBy, spent?.text);
  }
  if (options.report !== undefined) {
    await writeFileAtomic(
      resolve(io.cwd, options.report),
      `${JSON.stringify(reportOf(entries, setup, io, interrupted), null, 2)}\n`,
    );
  }
  if (interrupted === "SIGINT") return EXIT.SIGINT;
  if (interrupted === "SIGTERM") return EXIT.SIGTERM;
  return entries.some((entry) => entry.status === "failed") || stopStarting ? EXIT.failed : EXIT.ok;
}

export function sourceForRewrite(
  label: string,
  document: SourceDocument,
  hash: string,
): SourceForRewrite {
  const source: SourceForRewrite = { name: label, text: document.text, hash };
  const meta: NonNullable<SourceForRewrite["meta"]> = {};
  if (document.meta.title) meta.title = document.meta.title;
  if (document.meta.author) meta.author = document.meta.author;
  if (document.meta.date) meta.date = document.meta.date;
  if (document.meta.siteName) meta.siteName = document.meta.siteName;
  if (document.meta.keywords && document.meta.keywords.length > 0)
    meta.keywords = document.meta.keywords;
  if (Object.keys(meta).length > 0) source.meta = meta;
  return source;
}

interface Forecast {
  prompt: TokenCount;
  completion: TokenCount;
}

/** Tokens one first attempt will take: the prompt as it will be sent, the answer at its target length. */
function forecastOf(
  source: SourceForRewrite,
  settings: RewriteSettings,
  tokenizer?: Tokenizer,
): Forecast {
  return {
    prompt: estimatePromptTokens(buildMessages(source, settings), settings.model, tokenizer),
    completion: estimateCompletionTokens(targetWords(settings.minWords), settings.model),
  };
}

function costOf(
  setup: RunSetup,
  prompt: number,
  completion: number,
): { amount: number; currency: string; text: string } | undefined {
  if (setup.preset.free) return undefined;
  const amount = estimateCost(setup.model, prompt, completion);
  const price = priceOf(setup.model);
  if (amount === undefined || price === undefined) return undefined;
  return { amount, currency: price.currency, text: formatCost(amount, price.currency) };
}

function forecastLine(
  articles: number,
  total: { prompt: number; completion: number },
  setup: RunSetup,
): string {
  const tokens = `~${total.prompt} prompt + ~${total.completion} completion tokens`;
  const estimate = costOf(setup, total.prompt, total.completion);
  const cost = estimate
    ? `estimated ${estimate.text} for ${setup.model} (first attempts; each repair costs about as much again)`
    : setup.preset.free
      ? "a local model: no per-token cost"
      : `no known price for ${setup.model} (src/core/prices.ts)`;
  return `dry run: ${plural(articles, "article")}, ${tokens}; ${cost}`;
}

function dryRunRecord(
  label: string,
  document: SourceDocument,
  source: SourceForRewrite,
  settings: RewriteSettings,
  setup: RunSetup,
  forecast: Forecast,
) {
  const cost = costOf(setup, forecast.prompt.tokens, forecast.completion.tokens);
  return {
    input: label,
    // The request body exactly as it would be sent, at the top level, then what we know of it.
    model: settings.model,
    messages: buildMessages(source, settings),
    stream: true,
    ...requestParamsFor(setup.preset, {
      includeUsage: true,
      ...(settings.temperature !== undefined ? { temperature: settings.temperature } : {}),
    }),
    endpoint: `${displayUrl(setup.baseURL ?? "https://api.openai.com/v1").replace(/\/+$/u, "")}/chat/completions`,
    tokens: {
      prompt: forecast.prompt.tokens,
      completion: forecast.completion.tokens,
      method: forecast.prompt.method,
      basis: forecast.prompt.basis,
    },
    cost: cost
      ? { amount: Number(cost.amount.toFixed(6)), currency: cost.currency, per: "first attempt" }
      : null,
    source: {
      format: document.format,
      encoding: document.encoding,
      words: document.words,
      language: {
        detected: document.language.detected,
        share: Number(document.language.expectedShare.toFixed(3)),
      },
      meta: document.meta,
      warnings: document.warnings,
      dropped: document.dropped,
    },
  };
}

/** The report, its totals counted from its own entries (one per input) so the two agree. */
function reportOf(
  entries: readonly ReportEntry[],
  setup: RunSetup,
  io: RunIO,
  interrupted: string | undefined,
) {
  const count = (status: ArticleStatus) =>
    entries.filter((entry) => entry.status === status).length;
  const notStarted = entries.filter((entry) =>
    entry.reasons.some((reason) => reason.startsWith("not started")),
  ).length;
  const prompt = entries.reduce((sum, entry) => sum + entry.tokens.prompt, 0);
  const completion = entries.reduce((sum, entry) => sum + entry.tokens.completion, 0);
  const cost = costOf(setup, prompt, completion);
  return {
    generator: `seo-rewrite ${setup.version}`,
    model: setup.model,
    finishedAt: io.now().toISOString(),
    ...(interrupted ? { interruptedBy: interrupted } : {}),
    totals: {
      inputs: entries.length,
      written: count("written"),
      skipped: count("skipped") - notStarted,
      failed: count("failed"),
      notDone: notStarted,
      attempts: entries.reduce((sum, entry) => sum + entry.attempts, 0),
      tokens: { prompt, completion },
      ...(cost
        ? { cost: { amount: Number(cost.amount.toFixed(6)), currency: cost.currency } }
        : {}),
    },
    articles: entries,
  };
}
