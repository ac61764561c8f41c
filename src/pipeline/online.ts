import { setMaxListeners } from "node:events";
import { resolve } from "node:path";
import pLimit, { type LimitFunction } from "p-limit";
import { formatWarnings } from "../core/formats.js";
import { hashText } from "../core/freshness.js";
import { printable } from "../core/printable.js";
import type { Tokenizer } from "../core/tokens.js";
import { maxInputBytesFor, readInputBytes, readStdin } from "../input/read.js";
import { type ChatClient, LlmError } from "../model/llm.js";
import { contextWarning } from "../model/providers.js";
import { lockOutput, type OutputLock, OutputLockedError } from "../output/lock.js";
import { SlugBook } from "../output/slugs.js";
import { outputPlaceProblem, outsideOutProblem, writeFileAtomic } from "../output/write.js";
import { costOf, dryRunRecord, forecastLine, forecastOf, tokenizerFor } from "./forecast.js";
import { listUnits, OutputClaims, type Unit } from "./inputs.js";
import { Progress } from "./progress.js";
import {
  entryDetail,
  failEntry,
  newEntry,
  type ReportEntry,
  type ReportPolish,
  reportOf,
} from "./report.js";
import {
  buildMessages,
  type PolishOutcome,
  type RewriteResult,
  type RewriteSettings,
  rewriteArticle,
} from "./rewrite.js";
import {
  EXIT,
  type RunIO,
  type RunSetup,
  RunUsageError,
  rewriteSettingsOf,
  storedSettingsOf,
} from "./setup.js";
import {
  existingOutputAt,
  fingerprintOf,
  foreignOutputReason,
  ownOutputRefusal,
  type PreparedSource,
  prepareArticle,
  reportPreparation,
  writeArticle,
  writeRejected,
} from "./stages.js";

/**
 * The online runner: the rewrite command over one or many inputs. Each input goes through
 * the stages of `stages.ts` and `rewrite.ts`; this module decides only how requests reach
 * the model — streamed calls, a bounded number in flight — and closes the run: summary,
 * report, exit code (computed once, at the end). One failing input never stops the others.
 */

/** Everything one online run shares while it goes through its inputs. */
interface OnlineRun {
  setup: RunSetup;
  io: RunIO;
  settings: RewriteSettings;
  progress: Progress;
  entries: ReportEntry[];
  /** Each input's output path, or why it has none it may write. */
  outputs: Map<Unit, { path: string } | { refusal: string }>;
  /** Model requests in flight: `--concurrency`. */
  requests: LimitFunction;
  tokenizer: Tokenizer | undefined;
  dryRuns: unknown[];
  forecastTotal: { prompt: number; completion: number };
  /** Set by `--fail-fast` after a failure: no article starts any more. */
  stopStarting: boolean;
  /** The slugs under `--out`, so no two pages share a URL. */
  slugs: SlugBook;
}

export async function runRewrite(
  inputs: readonly string[],
  setup: RunSetup,
  io: RunIO,
): Promise<number> {
  try {
    return await runOnline(inputs, setup, io);
  } catch (error) {
    if (io.signal.aborted && error === io.signal.reason) {
      // Interrupted while waiting for the lock (--wait-lock): nothing was started.
      return io.interruptedBy() === "SIGTERM" ? EXIT.SIGTERM : EXIT.SIGINT;
    }
    if (!(error instanceof RunUsageError || error instanceof OutputLockedError)) throw error;
    io.stderr.write(`seo-rewrite: ${error.message}\n`);
    return EXIT.usage;
  }
}

async function runOnline(inputs: readonly string[], setup: RunSetup, io: RunIO): Promise<number> {
  const planned = await planRun(inputs, setup, io);
  const lock = await lockOut(setup, io);
  try {
    return await runPlanned(planned, setup, io);
  } finally {
    // Released however the run ends: done, failed, interrupted (SIGINT/SIGTERM) or thrown.
    await lock?.release();
  }
}

/**
 * One run writes to an --out folder at a time (a second would pay for every article
 * again): locked once the command line is known good. A dry run writes nothing and takes
 * no lock.
 */
async function lockOut(setup: RunSetup, io: RunIO): Promise<OutputLock | undefined> {
  const { out, dryRun, waitLock, quiet } = setup.options;
  if (out === undefined || dryRun) return undefined;
  const locking = lockOutput(resolve(io.cwd, out), {
    outFlag: out,
    wait: waitLock,
    now: io.now,
    signal: io.signal,
    onWait: (holder) => {
      if (quiet) return;
      const who = holder ? `PID ${holder.pid}, since ${holder.startedAt}` : "another run";
      io.stderr.write(
        `seo-rewrite: --out ${printable(out)} is in use (${who}): waiting for it to end (--wait-lock)\n`,
      );
    },
  });
  return locking.catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof OutputLockedError || code === undefined) throw error;
    throw new RunUsageError(
      `--out ${printable(out)} cannot be created or written (${code}): give a folder you may write to`,
    );
  });
}

async function runPlanned(
  { units, problems, skipped }: Awaited<ReturnType<typeof planRun>>,
  setup: RunSetup,
  io: RunIO,
): Promise<number> {
  const { options } = setup;
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
  progress.setTotal(units.length + problems.length + skipped.length);
  // Every request in flight listens to the run's abort signal (and the rate gate's wait).
  setMaxListeners(options.concurrency * 4 + 10, io.signal);
  const run: OnlineRun = {
    setup,
    io,
    settings: {
      ...rewriteSettingsOf(storedSettingsOf(setup), {
        maxAttempts: options.maxAttempts,
        version: setup.version,
        now: io.now(),
      }),
      ...(setup.patchTemplate ? { patchTemplate: setup.patchTemplate } : {}),
      polish: options.polish,
    },
    progress,
    entries: [],
    outputs: claimOutputs(units, setup, io),
    requests: pLimit(options.concurrency),
    tokenizer: await tokenizerFor(setup.model, options.dryRun),
    dryRuns: [],
    forecastTotal: { prompt: 0, completion: 0 },
    stopStarting: false,
    slugs:
      options.out !== undefined && !options.dryRun
        ? await SlugBook.read(resolve(io.cwd, options.out))
        : SlugBook.empty(),
  };
  // An input that cannot even be listed (a typo, an empty folder) is a failed input.
  for (const problem of problems) {
    const input = problem.split(": ")[0] ?? problem;
    run.entries.push(newEntry(input, "failed", [problem]));
    progress.articleDone(input, "failed", problem.slice(input.length + 2));
  }
  // A file a folder walk left out is said, and is in the report: nothing vanishes.
  for (const file of skipped) {
    run.entries.push(newEntry(file.label, "skipped", [file.reason]));
    progress.articleDone(file.label, "skipped", `(${file.reason})`);
  }
  // --concurrency bounds the model requests in flight. Articles get twice as many slots,
  // so while one article's answer is parsed and checked (CPU), the next request is
  // already waiting on the model instead of waiting for that CPU work to finish.
  const articles = pLimit(options.concurrency * 2);
  await Promise.all(units.map((unit) => articles(() => processUnit(unit, run))));
  return finishRun(units, run);
}

/** The command line's checks, before any input is read or request sent; then the inputs. */
async function planRun(inputs: readonly string[], setup: RunSetup, io: RunIO) {
  const { options } = setup;
  if (inputs.length === 0 && io.stdin.isTTY) {
    throw new RunUsageError(
      "no input: give a file, a folder or a glob, or pipe text (cat article.txt | seo-rewrite)",
    );
  }
  // A warning, not an error: a config file's keepRejected must not break `seo-rewrite a.txt > a.md`.
  // Also in a dry run, which previews the real run (--quiet: errors only).
  if (options.keepRejected && options.out === undefined && !options.quiet) {
    io.stderr.write(
      "seo-rewrite: warning: --keep-rejected does nothing without --out (a rejected article is never printed): give --out DIR to keep it\n",
    );
  }
  for (const warning of options.quiet ? [] : formatWarnings(options)) {
    io.stderr.write(`seo-rewrite: warning: ${warning}\n`);
  }
  const badPlace = await outputPlaceProblem(options, io.cwd);
  if (badPlace !== undefined) throw new RunUsageError(badPlace);
  const listed = await listUnits(inputs, options, io);
  const count = listed.units.length + listed.problems.length;
  if (options.out === undefined && count > 1 && !options.dryRun) {
    throw new RunUsageError(
      `${count} inputs and no --out: give --out DIR to write one article per input`,
    );
  }
  return listed;
}

/** Every output path once, up front, so no two inputs pay for the same article. */
function claimOutputs(units: readonly Unit[], setup: RunSetup, io: RunIO): OnlineRun["outputs"] {
  const outputs: OnlineRun["outputs"] = new Map();
  const { out } = setup.options;
  if (out === undefined) return outputs;
  const inputPaths = new Set(units.flatMap((unit) => (unit.file ? [resolve(unit.file.path)] : [])));
  const claims = new OutputClaims(resolve(io.cwd, out), out, inputPaths);
  for (const unit of units)
    outputs.set(unit, claims.claim(unit.file?.relative ?? "stdin.txt", unit.label));
  return outputs;
}

async function processUnit(unit: Unit, run: OnlineRun): Promise<void> {
  const { io } = run;
  if (io.signal.aborted || run.stopStarting) return;
  const started = io.now().getTime();
  const entry = newEntry(unit.label);
  let reported = true;
  try {
    reported = await rewriteUnit(unit, entry, run);
  } catch (error) {
    failEntry(entry, error instanceof Error ? error.message : String(error));
  } finally {
    // An input never started gets its entry after the run, with the others not started.
    if (reported) {
      entry.durationMs = io.now().getTime() - started;
      run.entries.push(entry);
      run.progress.articleDone(unit.label, entry.status, entryDetail(entry, run.setup.options));
      if (entry.status === "failed" && run.setup.options.failFast) run.stopStarting = true;
    }
  }
}

/** One input through every stage; false when `--fail-fast` stopped it before its first request. */
async function rewriteUnit(unit: Unit, entry: ReportEntry, run: OnlineRun): Promise<boolean> {
  const { options } = run.setup;
  const claim = run.outputs.get(unit);
  if (claim !== undefined && "refusal" in claim) return failed(entry, claim.refusal);
  const outside = await outsideOut(claim?.path, run);
  if (outside !== undefined) return failed(entry, outside);
  const limit = {
    maxBytes: maxInputBytesFor(options.maxInputWords, unit.file?.path),
    limitFrom: "--max-input-words",
  };
  const bytes = unit.file
    ? await readInputBytes(unit.file.path, limit)
    : await readStdin(run.io.stdin, limit);
  const ours = ownOutputRefusal(bytes, options.force);
  if (ours !== undefined) return failed(entry, ours);
  const sourceHash = hashText(bytes);
  const outputPath = claim?.path;
  if (outputPath !== undefined) entry.output = outputPath;
  if (outputPath !== undefined && !options.force && !options.dryRun) {
    const existing = await existingOutputAt(outputPath, fingerprintOf(run.settings, sourceHash));
    if (existing === "up-to-date") {
      entry.status = "skipped";
      return true;
    }
    if (existing === "foreign") return failed(entry, foreignOutputReason(outputPath));
  }
  const prepared = await prepareArticle(bytes, sourceHash, {
    label: unit.label,
    lang: options.lang,
    force: options.force,
    maxWords: options.maxInputWords,
    ...(unit.file ? { path: unit.file.path } : {}),
  });
  if (!prepared.ok) return failed(entry, prepared.reason);
  entry.warnings.push(...prepared.document.warnings);
  reportPreparation(unit.label, prepared.document, run.progress);
  if (forecastArticle(unit, prepared, entry, run) === "dry run") return true;
  return requestArticle(unit, prepared, outputPath, entry, run);
}

/** A folder of the output that is a symbolic link out of --out: refused before any request. */
async function outsideOut(path: string | undefined, run: OnlineRun): Promise<string | undefined> {
  const { out } = run.setup.options;
  if (path === undefined || out === undefined) return undefined;
  return outsideOutProblem(path, resolve(run.io.cwd, out), out);
}

function failed(entry: ReportEntry, reason: string): true {
  failEntry(entry, reason);
  return true;
}

/**
 * The forecast builds the prompt: only for a dry run (whose record it is) or a host with a
 * small context, which silently cuts a longer prompt (Ollama-like hosts): say so first.
 */
function forecastArticle(
  unit: Unit,
  prepared: Extract<PreparedSource, { ok: true }>,
  entry: ReportEntry,
  run: OnlineRun,
): "dry run" | "go on" {
  const { setup, settings } = run;
  if (!setup.options.dryRun && setup.preset.context === undefined) return "go on";
  const messages = buildMessages(prepared.source, settings);
  const forecast = forecastOf(messages, settings, run.tokenizer);
  const tooLong = contextWarning(setup.preset, forecast.prompt.tokens, forecast.completion.tokens);
  if (tooLong !== undefined) {
    entry.warnings.push(tooLong);
    run.progress.info(`${unit.label}: warning: ${tooLong}`);
  }
  if (!setup.options.dryRun) return "go on";
  run.dryRuns.push(
    dryRunRecord(unit.label, prepared.document, messages, settings, setup, forecast),
  );
  run.forecastTotal.prompt += forecast.prompt.tokens;
  run.forecastTotal.completion += forecast.completion.tokens;
  entry.status = "skipped";
  return "dry run";
}

/** request → judge → repair (`rewriteArticle`), through the run's gate; then write. */
async function requestArticle(
  unit: Unit,
  prepared: Extract<PreparedSource, { ok: true }>,
  outputPath: string | undefined,
  entry: ReportEntry,
  run: OnlineRun,
): Promise<boolean> {
  const { io, progress, settings } = run;
  const client = await run.setup.chat();
  const attempt = { current: 0, sent: 0, notStarted: false };
  const result = await rewriteArticle(
    prepared.source,
    settings,
    gatedChat(unit, client, attempt, run),
    {
      onAttemptStart: (started) => {
        attempt.current = started;
      },
      onText: (text, number) => progress.textReceived(unit.label, text, number),
      onAttemptEnd: (record, findings) => {
        entry.attempts = record.attempt;
        entry.calls ??= [];
        entry.calls.push({
          attempt: record.attempt,
          kind: record.kind ?? "rewrite",
          ...(record.mended ? { mended: record.mended } : {}),
          ...(record.normalised ? { normalised: record.normalised } : {}),
          ...(record.usage
            ? { tokens: { prompt: record.usage.prompt, completion: record.usage.completion } }
            : {}),
        });
        if (record.usage) {
          entry.tokens.prompt += record.usage.prompt;
          entry.tokens.completion += record.usage.completion;
        }
        progress.attemptEnded(unit.label, record, findings);
      },
    },
    io.signal,
  );
  if (attempt.notStarted) return false;
  // A call that failed (HTTP errors, after the SDK's retries) was made all the same.
  entry.attempts = Math.max(entry.attempts, attempt.sent);
  await settleResult(result, outputPath, entry, run);
  return true;
}

/**
 * The model client as this run lends it: the attempt is announced when its request really
 * leaves, not while it queues; a request still queued when the run is interrupted is never
 * sent (nor billed).
 */
function gatedChat(
  unit: Unit,
  client: ChatClient,
  attempt: { current: number; sent: number; notStarted: boolean },
  run: OnlineRun,
): ChatClient {
  const { io, progress } = run;
  return {
    complete: (messages, params, hooks) =>
      run.requests(() => {
        if (io.signal.aborted) throw new LlmError("aborted", "cancelled before it was sent");
        // --fail-fast: an article whose first request still queued is not started at all.
        if (run.stopStarting && attempt.current <= 1) {
          attempt.notStarted = true;
          throw new LlmError("aborted", "not started: --fail-fast");
        }
        progress.attemptStarted(unit.label, attempt.current, run.setup.options.maxAttempts);
        attempt.sent = attempt.current;
        return client.complete(messages, params, hooks);
      }),
  };
}

/** write: the article (to --out or stdout), or the failure with its reasons and best attempt. */
async function settleResult(
  result: RewriteResult,
  outputPath: string | undefined,
  entry: ReportEntry,
  run: OnlineRun,
): Promise<void> {
  const { io, setup } = run;
  if (result.ok) {
    entry.words = result.words ?? result.attempts[result.attempts.length - 1]?.words ?? 0;
    if (result.polish) {
      entry.polish = polishEntry(result.polish, entry);
      run.progress.detail(`${entry.input}: ${polishLine(entry.polish)}`);
    }
    entry.warnings.push(...result.warnings.map((finding) => `${finding.rule}: ${finding.message}`));
    // Checked again: a link may have been put there while the model answered.
    const outside = await outsideOut(outputPath, run);
    if (outside !== undefined) return failEntry(entry, outside);
    if (outputPath !== undefined) {
      const warning = await writeArticle(outputPath, result.markdown, run.slugs);
      if (warning !== undefined) {
        entry.warnings.push(`slug: ${warning}`);
        run.progress.info(`${entry.input}: warning: ${warning}`);
      }
    } else io.stdout.write(result.markdown);
    entry.status = "written";
    const cost = costOf(setup, entry.tokens.prompt, entry.tokens.completion);
    if (cost !== undefined) entry.cost = cost.amount;
    return;
  }
  if (io.signal.aborted) {
    failEntry(entry, `interrupted by ${io.interruptedBy() ?? "a signal"}; nothing written`);
    return;
  }
  failEntry(entry, result.reason);
  for (const finding of result.findings) {
    entry.reasons.push(`${finding.rule}: ${finding.message}`);
  }
  if (setup.options.keepRejected && result.best !== undefined && outputPath !== undefined) {
    const kept = await writeRejected(outputPath, result.best);
    entry.reasons.push(`best attempt kept as ${printable(kept)}`);
  }
}

/** The report's `polish`: the outcome, and the calls and tokens of the polish attempt. */
function polishEntry(outcome: PolishOutcome, entry: ReportEntry): ReportPolish {
  const calls = (entry.calls ?? []).filter((call) => call.kind === "polish");
  const tokens = { prompt: 0, completion: 0 };
  for (const call of calls) {
    tokens.prompt += call.tokens?.prompt ?? 0;
    tokens.completion += call.tokens?.completion ?? 0;
  }
  // A call that failed before answering was made all the same.
  return { ...outcome, calls: Math.max(calls.length, 1), tokens };
}

/** `--verbose`'s line on a polish: kept or not, what it mended, what it cost. */
function polishLine(polish: ReportPolish): string {
  const { before, after } = polish.warnings;
  const change = after === undefined ? `${before} warnings` : `${before} → ${after} warnings`;
  const cost = `${polish.calls} call, ${polish.tokens.prompt}+${polish.tokens.completion} tokens`;
  const verdict = polish.kept ? "polished article kept" : `unpolished article kept: ${polish.why}`;
  return `polish (${polish.mended.join(", ")}): ${change}, ${cost}; ${verdict}`;
}

/** One entry per input, also for those never started; the summary, the report, the exit code. */
async function finishRun(units: readonly Unit[], run: OnlineRun): Promise<number> {
  const { io, setup, progress, entries } = run;
  const { options } = setup;
  const started = new Set(entries.map((entry) => entry.input));
  const why = io.interruptedBy() ? `interrupted by ${io.interruptedBy()}` : "--fail-fast";
  for (const unit of units) {
    if (!started.has(unit.label))
      entries.push(newEntry(unit.label, "skipped", [`not started: ${why}`]));
  }
  const interrupted = io.interruptedBy();
  if (options.dryRun) {
    const { dryRuns } = run;
    io.stdout.write(`${JSON.stringify(dryRuns.length === 1 ? dryRuns[0] : dryRuns, null, 2)}\n`);
    if (!options.quiet)
      io.stderr.write(`${forecastLine(dryRuns.length, run.forecastTotal, setup)}\n`);
  }
  const spent = costOf(setup, progress.totals.promptTokens, progress.totals.completionTokens);
  if (!options.dryRun && (units.length > 1 || interrupted || options.report)) {
    const stoppedBy = interrupted
      ? `interrupted by ${interrupted}`
      : run.stopStarting
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
  const failedAny = entries.some((entry) => entry.status === "failed");
  return failedAny || run.stopStarting ? EXIT.failed : EXIT.ok;
}
