import { resolve } from "node:path";
import pLimit from "p-limit";
import { estimateCost } from "../../core/prices.js";
import { type ChatClient, type ChatResult, LlmError } from "../../model/llm.js";
import { lockOutput, type OutputLock, OutputLockedError } from "../../output/lock.js";
import { SlugBook } from "../../output/slugs.js";
import { writeFileAtomic } from "../../output/write.js";
import type { RewriteSettings } from "../rewrite.js";
import { EXIT } from "../setup.js";
import { Dispatcher } from "./dispatch.js";
import { type BatchResult, type JsonlLimits, parseResultLine } from "./jsonl.js";
import { exitForInterruption, openSession, reportPlaceProblem, type Session } from "./open.js";
import {
  applyAnswer,
  failArticle,
  type Outcome,
  type OutcomeContext,
  requeueArticle,
} from "./outcome.js";
import { refreshBatches, waitForBatches } from "./poll.js";
import { articlesLine, reportOf } from "./report.js";
import {
  type PreparedSource,
  type RequestHost,
  readArticleSource,
  requestFor,
} from "./requests.js";
import {
  type BatchIO,
  type BatchSetup,
  formatOf,
  Log,
  plural,
  rewriteSettingsOf,
} from "./setup.js";
import { type ArticleRecord, type BatchRecord, isFinal } from "./state.js";

/**
 * `seo-rewrite batch collect [DIR]`: read the output and error files of every batch that
 * has ended, judge each answer with the online mode's rules (`judgeAnswer`), write the
 * articles that pass, and send the others back — a repair round as a new batch, or online
 * with `--online-repairs` — until `--max-attempts`. Requests a batch did not run (expired,
 * cancelled by the host, a 5xx) are sent again as they were. Each batch is settled once and
 * each article written once: the state file records both.
 */

export interface CollectOptions {
  /** Repair online (Chat Completions) rather than in a new batch. Default: `false`. */
  onlineRepairs?: boolean;
  /** Wait for running batches, and for the repair rounds, until nothing is pending. Default: `false`. */
  wait?: boolean;
  /** `--max-attempts` was given to collect itself; otherwise submit's value holds. */
  maxAttemptsGiven?: boolean;
}

export interface CollectTuning {
  limits?: JsonlLimits;
}

/** Times a request the host failed (5xx, 429) is sent again before its article fails. */
export const MAX_REQUEST_RETRIES = 2;

/** Save the state at least this often while settling a long file (ms). */
const SAVE_EVERY_MS = 10_000;

interface Tally {
  written: number;
  repairs: number;
  resent: number;
  failed: number;
  ignored: number;
  malformed: number;
}

export async function runBatchCollect(
  dirArg: string | undefined,
  collectOptions: CollectOptions,
  setup: BatchSetup,
  io: BatchIO,
  tuning: CollectTuning = {},
): Promise<number> {
  const { options } = setup;
  const log = Log.for(io, options);
  const badReport = await reportPlaceProblem(options.report, io);
  if (badReport !== undefined) {
    log.line(`seo-rewrite: ${badReport}`);
    return EXIT.usage;
  }
  const session = await openSession(dirArg, setup, io, log);
  if ("exitCode" in session) return session.exitCode;
  // One run writes to a folder at a time: two collects at once would each send (and pay
  // for) the repairs, and each write the articles.
  let lock: OutputLock;
  try {
    lock = await lockOutput(session.dir, {
      outFlag: dirArg ?? session.dir,
      wait: false,
      waitFlag: false,
      now: io.now,
      signal: io.signal,
    });
  } catch (error) {
    if (!(error instanceof OutputLockedError)) throw error;
    log.line(`seo-rewrite: ${error.message}`);
    return EXIT.usage;
  }
  const collector = new Collector(session, collectOptions, setup, io, log, tuning);
  let failure: Awaited<ReturnType<Collector["run"]>>;
  try {
    failure = await collector.run();
    await session.save();
  } finally {
    await lock.release();
  }
  const interruptedBy = io.interruptedBy();
  if (options.report !== undefined) {
    const report = reportOf(session.state, session.dir, {
      version: setup.version,
      free: setup.preset.free === true,
      finishedAt: io.now(),
      ...(interruptedBy !== undefined ? { interruptedBy } : {}),
    });
    await writeFileAtomic(resolve(io.cwd, options.report), `${JSON.stringify(report, null, 2)}\n`);
  }
  logSummary(log, session, collector.tally, dirArg);
  const interrupted = exitForInterruption(io);
  if (interrupted !== undefined) return interrupted;
  // Failures of this run: those of submit (or of an earlier collect) had their exit 1 then.
  return failure !== undefined || collector.tally.failed > 0 ? EXIT.failed : EXIT.ok;
}

/** One collect run: settles ended batches, sends the repairs, and waits when asked to. */
class Collector {
  readonly tally: Tally = {
    written: 0,
    repairs: 0,
    resent: 0,
    failed: 0,
    ignored: 0,
    malformed: 0,
  };
  readonly #settings: RewriteSettings;
  readonly #host: RequestHost;
  readonly #outcome: OutcomeContext;
  #slugs: Promise<SlugBook> | undefined;
  #lastSave: number;
  // An answer sent back for repair was judged against its source a moment ago: the repair
  // request reuses it instead of reading, decoding and cleaning the input again. Only those
  // are kept, and each until its repair is sent, so memory stays flat in the batch's size.
  readonly #toRepair = new Map<string, PreparedSource>();

  constructor(
    private readonly session: Session,
    private readonly collectOptions: CollectOptions,
    private readonly setup: BatchSetup,
    private readonly io: BatchIO,
    private readonly log: Log,
    private readonly tuning: CollectTuning,
  ) {
    const { options } = setup;
    const { state } = session;
    this.#settings = rewriteSettingsOf(state.settings, {
      // What submit was told, unless collect is given its own --max-attempts.
      maxAttempts: collectOptions.maxAttemptsGiven
        ? options.maxAttempts
        : (state.settings.maxAttempts ?? options.maxAttempts),
      version: setup.version,
      now: io.now(),
    });
    this.#host = { preset: setup.preset, format: formatOf(setup) };
    this.#outcome = {
      dir: session.dir,
      settings: this.#settings,
      keepRejected: options.keepRejected,
      now: () => io.now(),
      log,
      costOf: (prompt, completion, online) =>
        setup.preset.free
          ? undefined
          : estimateCost(state.settings.model, prompt, completion, { batchDiscount: !online }),
      slugs: () => {
        this.#slugs ??= SlugBook.read(session.dir);
        return this.#slugs;
      },
    };
    this.#lastSave = io.now().getTime();
  }

  /** Until nothing is left to do (or to wait for, with --wait); the failure that stopped it. */
  async run(): Promise<string | undefined> {
    const { session, io } = this;
    const { state } = session;
    try {
      for (;;) {
        if (state.batches.some((batch) => !isFinal(batch))) {
          await refreshBatches(state, await session.api(), io);
        }
        if (!(await this.#collectEnded()) || io.signal.aborted) return undefined;
        const dispatcher = await this.#sendQueued();
        if (dispatcher?.error !== undefined) return dispatcher.error;
        const running = state.batches.some((batch) => !isFinal(batch));
        if (this.collectOptions.wait !== true || !running) return undefined;
        if (!(await waitForBatches(state, await session.api(), io, this.log))) return undefined;
        await session.save();
      }
    } catch (error) {
      if (!(error instanceof LlmError)) {
        await session.save();
        throw error;
      }
      const failure = session.redact(error.message);
      this.log.line(`seo-rewrite: ${failure}`);
      return failure;
    }
  }

  /** Every ended batch not yet collected; false when interrupted midway. */
  async #collectEnded(): Promise<boolean> {
    for (const batch of this.session.state.batches) {
      if (batch.collected || !isFinal(batch)) continue;
      if (this.io.signal.aborted || !(await this.#collectBatch(batch))) return false;
      await this.session.save();
      this.#lastSave = this.io.now().getTime();
    }
    return true;
  }

  #count(result: Outcome): void {
    if (result === "written") this.tally.written += 1;
    else if (result === "repair") this.tally.repairs += 1;
    else this.tally.failed += 1;
  }

  #fail(article: ArticleRecord, reasons: readonly string[]): void {
    failArticle(article, reasons.map(this.session.redact), this.io.now(), this.log);
    this.tally.failed += 1;
  }

  async #saveNowAndThen(): Promise<void> {
    if (this.io.now().getTime() - this.#lastSave < SAVE_EVERY_MS) return;
    await this.session.save();
    this.#lastSave = this.io.now().getTime();
  }

  /** A request its batch never ran: sent again, unless the user cancelled the batch. */
  #notRun(article: ArticleRecord, batch: BatchRecord): void {
    if (batch.status === "failed") {
      this.#fail(article, [
        `batch ${batch.id} failed: ${batch.errors.join("; ") || "the host gave no reason"}`,
      ]);
    } else if (batch.cancelledByUser) {
      this.#fail(article, [
        `batch ${batch.id} was cancelled (batch cancel) before this request ran: run batch submit again to send it`,
      ]);
    } else {
      // Expired, cancelled by the host, or missing from the output.
      requeueArticle(article);
      this.tally.resent += 1;
    }
  }

  async #settle(article: ArticleRecord, result: BatchResult, batch: BatchRecord): Promise<void> {
    if (result.kind === "error") {
      this.#settleError(article, result, batch);
      return;
    }
    const prepared = await readArticleSource(article, this.session.state.settings);
    if (!prepared.ok) {
      this.#fail(article, [prepared.reason]);
      return;
    }
    const judged = await applyAnswer(article, result.answer, prepared.source, this.#outcome, false);
    if (judged === "repair") this.#toRepair.set(article.key, prepared);
    this.#count(judged);
  }

  #settleError(
    article: ArticleRecord,
    result: Extract<BatchResult, { kind: "error" }>,
    batch: BatchRecord,
  ): void {
    const text = this.session.redact(
      `${result.status !== undefined ? `HTTP ${result.status}: ` : ""}${result.message}`,
    );
    if (result.code === "batch_expired" || result.code === "batch_cancelled") {
      this.#notRun(article, batch);
      return;
    }
    const transient =
      result.status === undefined ||
      result.status === 408 ||
      result.status === 409 ||
      result.status === 429 ||
      result.status >= 500;
    if (transient && article.retries < MAX_REQUEST_RETRIES) {
      article.retries += 1;
      requeueArticle(article);
      this.tally.resent += 1;
      this.log.info(`${article.input}: the host failed the request (${text}): sending it again`);
      return;
    }
    this.#fail(article, [`the host refused the request: ${text}`]);
  }

  /** Settle every request of an ended batch; false when interrupted midway (collected next time). */
  async #collectBatch(batch: BatchRecord): Promise<boolean> {
    const { session, io, log } = this;
    const api = await session.api();
    const waiting = new Map<string, ArticleRecord>();
    for (const article of session.state.articles) {
      if (article.status === "submitted" && article.batchId === batch.id && article.customId) {
        waiting.set(article.customId, article);
      }
    }
    for (const fileId of [batch.outputFileId, batch.errorFileId]) {
      if (fileId === undefined) continue;
      for await (const text of api.lines(fileId, io.signal)) {
        if (text.trim() === "") continue;
        // An answer that echoes the key must not get it written (as the online mode redacts).
        const result = parseResultLine(session.redact(text));
        if ("problem" in result) {
          this.tally.malformed += 1;
          log.detail(`${batch.id}: a line of ${fileId} was skipped: ${result.problem}`);
          continue;
        }
        const article = waiting.get(result.customId);
        if (article === undefined) {
          // Already settled (a second collect, an answer to an older request): never twice.
          this.tally.ignored += 1;
          continue;
        }
        waiting.delete(result.customId);
        await this.#settle(article, result, batch);
        if (io.signal.aborted) return false;
        await this.#saveNowAndThen();
      }
    }
    for (const article of waiting.values()) this.#notRun(article, batch);
    batch.collected = true;
    log.info(`${batch.id}: collected (${batch.status})`);
    return true;
  }

  #sourceForRepair(article: ArticleRecord): Promise<PreparedSource> {
    const kept = this.#toRepair.get(article.key);
    this.#toRepair.delete(article.key);
    return kept !== undefined
      ? Promise.resolve(kept)
      : readArticleSource(article, this.session.state.settings);
  }

  async #repairOnline(article: ArticleRecord, chat: ChatClient): Promise<void> {
    const rewrite = this.#settings;
    const prepared = await this.#sourceForRepair(article);
    if (!prepared.ok) {
      this.#fail(article, [prepared.reason]);
      return;
    }
    const params = {
      model: rewrite.model,
      ...(rewrite.temperature !== undefined ? { temperature: rewrite.temperature } : {}),
    };
    while (article.status === "queued" && !this.io.signal.aborted) {
      const { messages } = requestFor(article, prepared.source, rewrite, this.#host);
      let answer: ChatResult;
      try {
        answer = await chat.complete(messages, params, { signal: this.io.signal });
      } catch (error) {
        if (this.io.signal.aborted) return;
        this.#fail(article, [error instanceof Error ? error.message : String(error)]);
        return;
      }
      const result = await applyAnswer(article, answer, prepared.source, this.#outcome, true);
      // A repair sent back online is counted once, when it ends.
      if (result !== "repair") this.#count(result);
    }
  }

  /** Send what is queued: a new batch, or online for repairs with --online-repairs. */
  async #sendQueued(): Promise<Dispatcher | undefined> {
    const { session, io, setup } = this;
    const queued = session.state.articles.filter((article) => article.status === "queued");
    if (queued.length === 0) return undefined;
    const online =
      this.collectOptions.onlineRepairs === true
        ? queued.filter((article) => article.attempt > 1)
        : [];
    if (online.length > 0) {
      const chat = await setup.chat();
      const limit = pLimit(setup.options.concurrency);
      this.log.info(`repairing ${plural(online.length, "article")} online`);
      await Promise.all(online.map((article) => limit(() => this.#repairOnline(article, chat))));
      await session.save();
    }
    const batched = queued.filter((article) => !online.includes(article));
    if (batched.length === 0 || io.signal.aborted) return undefined;
    const dispatcher = new Dispatcher({
      state: session.state,
      api: session.api,
      io,
      log: this.log,
      limits: this.tuning.limits ?? this.#host.format.limits,
      generator: `seo-rewrite ${setup.version}`,
      save: session.save,
      dryRun: false,
    });
    for (const article of batched) {
      if (io.signal.aborted) break;
      const prepared = await this.#sourceForRepair(article);
      if (!prepared.ok) {
        this.#fail(article, [prepared.reason]);
        continue;
      }
      const request = requestFor(article, prepared.source, this.#settings, this.#host);
      await dispatcher.add(article, request.customId, request.line);
    }
    await dispatcher.finish();
    return dispatcher;
  }
}

function logSummary(log: Log, session: Session, tally: Tally, dirArg: string | undefined): void {
  const { state } = session;
  const run = [
    `${tally.written} written`,
    `${tally.repairs} sent for repair`,
    ...(tally.resent > 0 ? [`${tally.resent} sent again (not run by the host)`] : []),
    `${tally.failed} failed`,
    ...(tally.ignored > 0 ? [`${tally.ignored} answers already settled, ignored`] : []),
    ...(tally.malformed > 0 ? [`${tally.malformed} unreadable result lines`] : []),
  ];
  const line = `collect: ${run.join(", ")}; ${articlesLine(state)}`;
  if (tally.failed > 0) log.line(line);
  else log.info(line);
  const pending = state.articles.filter(
    (article) => article.status === "submitted" || article.status === "queued",
  ).length;
  if (pending > 0) {
    log.info(
      `next: seo-rewrite batch status ${dirArg ?? session.dir} --wait, then batch collect again (${plural(pending, "article")} pending)`,
    );
  }
}
