import { relative, resolve, sep } from "node:path";
import { formatWarnings } from "../../core/formats.js";
import { hashText } from "../../core/freshness.js";
import { estimateCost, formatCost, priceOf } from "../../core/prices.js";
import {
  estimateCompletionTokens,
  estimatePromptTokens,
  type Tokenizer,
} from "../../core/tokens.js";
import type { InputFile } from "../../input/list.js";
import { maxInputBytesFor, readInputBytes } from "../../input/read.js";
import { outputPlaceProblem } from "../../output/write.js";
import { tokenizerFor } from "../forecast.js";
import { listUnits, OutputClaims } from "../inputs.js";
import { type RewriteSettings, targetWords } from "../rewrite.js";
import { EXIT, RunUsageError, rewriteSettingsOf, storedSettingsOf } from "../setup.js";
import {
  existingOutputAt,
  fingerprintOf,
  foreignOutputReason,
  ownOutputRefusal,
  prepareArticle,
  reportPreparation,
} from "../stages.js";
import { Dispatcher } from "./dispatch.js";
import { articleKey, type JsonlLimits } from "./jsonl.js";
import { exitForInterruption, hostMismatch, lazyBatchApi } from "./open.js";
import { requestFor } from "./requests.js";
import {
  type BatchIO,
  type BatchSetup,
  endpointOf,
  formatBytes,
  formatOf,
  Log,
  plural,
} from "./setup.js";
import {
  type ArticleRecord,
  type BatchState,
  newArticle,
  newState,
  restartArticle,
  runHashOf,
  StateError,
  type StoredSettings,
  settingsFingerprint,
} from "./state.js";
import { readState, writeState } from "./store.js";

/**
 * `seo-rewrite batch submit <inputs…> --out DIR`: read and check every input as the online
 * mode does, then send one chat completion request per article that is neither up to date
 * nor already pending, packed into as few batches as the API's limits allow. The state file
 * records each batch and each article before and after, so a rerun sends only what is missing.
 */

export interface SubmitTuning {
  /** Default: the host's (`formatOf(setup).limits`); tests use small ones to see files split. */
  limits?: JsonlLimits;
}

interface Tally {
  queued: number;
  pending: number;
  skipped: number;
  failed: number;
  prompt: number;
  completion: number;
  method: "estimate" | "tokenizer";
}

function describeChange(before: StoredSettings, after: StoredSettings): string {
  const changes: string[] = [];
  if (before.model !== after.model) changes.push(`model ${before.model} → ${after.model}`);
  if (before.template.hash !== after.template.hash) changes.push("another prompt template");
  if (before.optionsHash !== after.optionsHash)
    changes.push("other options (--min-words, --lang, --keyword, --format)");
  return changes.join(", ");
}

/** Why this submit must not touch a folder whose requests are in flight elsewhere or otherwise. */
function conflictWith(
  previous: BatchState,
  stored: StoredSettings,
  setup: BatchSetup,
  dir: string,
): string | undefined {
  const inFlight = previous.articles.filter((article) => article.status === "submitted").length;
  if (inFlight === 0) return undefined;
  const host = hostMismatch(previous, setup, dir);
  if (host !== undefined) {
    return `${plural(inFlight, "request")} are in flight: ${host}, or another --out`;
  }
  if (
    settingsFingerprint(previous.settings) !== settingsFingerprint(stored) &&
    !setup.options.force
  ) {
    return `${plural(inFlight, "request")} in flight were submitted with other settings (${describeChange(previous.settings, stored)}): run batch collect first, or pass --force to send every article again with the new settings`;
  }
  return undefined;
}

export async function runBatchSubmit(
  inputs: readonly string[],
  setup: BatchSetup,
  io: BatchIO,
  tuning: SubmitTuning = {},
): Promise<number> {
  const log = Log.for(io, setup.options);
  const opened = await openSubmit(inputs, setup, io, log);
  if (typeof opened === "number") return opened;
  const { dir, state, stored } = opened;
  const tally: Tally = {
    queued: 0,
    pending: 0,
    skipped: 0,
    failed: 0,
    prompt: 0,
    completion: 0,
    method: "estimate",
  };
  const files = await listFiles(inputs, setup, io, log, tally);
  if (typeof files === "number") return files;
  const run = await submitRun({ dir, state, stored, setup, io, log, tally, files }, tuning);
  for (const file of files) {
    if (io.signal.aborted) break;
    await submitInput(file, run);
  }
  await run.dispatcher.finish();
  if (setup.options.dryRun) {
    printDryRun(io, log, setup, stored.model, run.dispatcher, tally);
    return tally.failed > 0 ? EXIT.failed : EXIT.ok;
  }
  await writeState(dir, state, io.now());
  return closeSubmit(run);
}

/** The command line's checks and the state file: the run's folder, or the exit code. */
async function openSubmit(
  inputs: readonly string[],
  setup: BatchSetup,
  io: BatchIO,
  log: Log,
): Promise<number | { dir: string; state: BatchState; stored: StoredSettings }> {
  const { options } = setup;
  if (options.out === undefined) {
    log.line(
      "seo-rewrite: batch submit needs --out DIR: the articles and the batch state (.seo-rewrite-batch.json) go there",
    );
    return EXIT.usage;
  }
  if (inputs.length === 0 || inputs.includes("-")) {
    log.line("seo-rewrite: batch submit reads files, folders or globs, not stdin: give the inputs");
    return EXIT.usage;
  }
  const dir = resolve(io.cwd, options.out);
  const badPlace = await outputPlaceProblem({ out: options.out }, io.cwd);
  if (badPlace !== undefined) {
    log.line(`seo-rewrite: ${badPlace}`);
    return EXIT.usage;
  }
  for (const warning of formatWarnings(options)) log.info(`seo-rewrite: warning: ${warning}`);
  let previous: BatchState | undefined;
  try {
    previous = await readState(dir);
  } catch (error) {
    if (!(error instanceof StateError)) throw error;
    log.line(`seo-rewrite: ${error.message}`);
    return EXIT.usage;
  }
  const stored = storedSettingsOf(setup);
  const endpoint = endpointOf(setup);
  const generator = `seo-rewrite ${setup.version}`;
  const conflict = previous && conflictWith(previous, stored, setup, dir);
  if (conflict) {
    log.line(`seo-rewrite: ${conflict}`);
    return EXIT.usage;
  }
  const state = previous ?? newState(stored, endpoint, generator, io.now());
  state.settings = stored;
  state.endpoint = endpoint;
  state.batchApi = setup.batchApiShape;
  state.generator = generator;
  return { dir, state, stored };
}

/** The online mode's listing: an --out inside the inputs is refused, and never read back. */
async function listFiles(
  inputs: readonly string[],
  setup: BatchSetup,
  io: BatchIO,
  log: Log,
  tally: Tally,
): Promise<InputFile[] | number> {
  let files: InputFile[];
  try {
    const listed = await listUnits(inputs, setup.options, io);
    files = listed.units.flatMap((unit) => (unit.file ? [unit.file] : []));
    for (const problem of listed.problems) {
      log.line(problem);
      tally.failed += 1;
    }
  } catch (error) {
    if (!(error instanceof RunUsageError)) throw error;
    log.line(`seo-rewrite: ${error.message}`);
    return EXIT.usage;
  }
  if (files.length === 0 && tally.failed === 0) {
    log.line(
      `seo-rewrite: no input to rewrite (extensions ${setup.options.ext.join(", ")}): give files, folders or globs`,
    );
    return EXIT.failed;
  }
  return files;
}

async function submitRun(
  base: Pick<SubmitRun, "dir" | "state" | "stored" | "setup" | "io" | "log" | "tally"> & {
    files: readonly InputFile[];
  },
  tuning: SubmitTuning,
): Promise<SubmitRun> {
  const { dir, state, stored, setup, io, log } = base;
  const generator = `seo-rewrite ${setup.version}`;
  const host = lazyBatchApi(setup);
  const dispatcher = new Dispatcher({
    state,
    api: host.api,
    io,
    log,
    limits: tuning.limits ?? formatOf(setup).limits,
    generator,
    save: () => writeState(dir, state, io.now()),
    dryRun: setup.options.dryRun,
  });
  const tokenizer = await tokenizerFor(stored.model, setup.options.dryRun);
  return {
    ...base,
    settings: rewriteSettingsOf(stored, {
      maxAttempts: setup.options.maxAttempts,
      version: setup.version,
      now: io.now(),
    }),
    dispatcher,
    completionTokens: estimateCompletionTokens(targetWords(stored.minWords), stored.model).tokens,
    byKey: new Map(state.articles.map((article) => [article.key, article])),
    claims: new OutputClaims(
      dir,
      setup.options.out ?? dir,
      new Set(base.files.map((file) => resolve(file.path))),
    ),
    ...(tokenizer !== undefined ? { tokenizer } : {}),
  };
}

/** The run's summary line, what to do next, and the exit code. */
function closeSubmit(run: SubmitRun): number {
  const { dispatcher, tally, log, dir, io, setup } = run;
  const sent = dispatcher.created.reduce((sum, batch) => sum + batch.requests, 0);
  const parts = [
    `${plural(sent, "request")} submitted in ${plural(dispatcher.created.length, "batch", "batches")}`,
    ...(tally.pending > 0 ? [`${tally.pending} still pending in earlier batches`] : []),
    `${tally.skipped} up to date`,
    `${tally.failed} failed`,
    ...(dispatcher.notSent > 0 ? [`${dispatcher.notSent} not sent (run batch submit again)`] : []),
  ];
  log.info(`${parts.join(", ")}; state in ${dir}`);
  if (sent > 0 || tally.pending > 0) {
    log.info(
      `next: seo-rewrite batch status ${setup.options.out} --wait, then seo-rewrite batch collect ${setup.options.out}`,
    );
  }
  const interrupted = exitForInterruption(io);
  if (interrupted !== undefined) return interrupted;
  return tally.failed > 0 || dispatcher.error !== undefined ? EXIT.failed : EXIT.ok;
}

/** Everything one submit run shares while it goes through its inputs. */
interface SubmitRun {
  dir: string;
  state: BatchState;
  stored: StoredSettings;
  settings: RewriteSettings;
  setup: BatchSetup;
  io: BatchIO;
  log: Log;
  tally: Tally;
  dispatcher: Dispatcher;
  tokenizer?: Tokenizer;
  completionTokens: number;
  byKey: Map<string, ArticleRecord>;
  /** Each output once, never on an input. */
  claims: OutputClaims;
}

/**
 * One input: refused (one line, and the reason recorded), pending in a batch, up to date,
 * or queued — its request line built and handed to the dispatcher.
 */
async function submitInput(file: InputFile, run: SubmitRun): Promise<void> {
  const { dir, state, io, log, tally } = run;
  const label = file.display;
  const claim = run.claims.claim(file.relative, label);
  if ("refusal" in claim) {
    tally.failed += 1;
    log.line(`${label}: ${claim.refusal}`);
    return;
  }
  const output = relative(dir, claim.path).split(sep).join("/");
  const key = articleKey(output);
  let article = run.byKey.get(key);
  if (article === undefined) {
    article = newArticle({ key, input: label, path: file.path, output });
    state.articles.push(article);
    run.byKey.set(key, article);
  } else {
    article.input = label;
    article.path = file.path;
  }
  const reason = await inspectAndQueue(file, claim.path, article, run);
  if (reason === undefined) return;
  tally.failed += 1;
  article.status = "failed";
  article.reasons = [reason];
  article.finishedAt = io.now().toISOString();
  delete article.batchId;
  log.line(`${label}: failed: ${reason}`);
}

/** inspect → prepare → request line; the reason when the input is refused. */
async function inspectAndQueue(
  file: InputFile,
  outputPath: string,
  article: ArticleRecord,
  run: SubmitRun,
): Promise<string | undefined> {
  const { stored, setup, io, log, tally } = run;
  const { options } = setup;
  let bytes: Uint8Array;
  try {
    bytes = await readInputBytes(file.path, {
      maxBytes: maxInputBytesFor(options.maxInputWords, file.path),
      limitFrom: "--max-input-words",
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const ours = ownOutputRefusal(bytes, options.force);
  if (ours !== undefined) return ours;
  const sourceHash = hashText(bytes);
  const runHash = runHashOf(stored, sourceHash);
  const sameRun = article.runHash === runHash;
  if (sameRun && article.status === "submitted") {
    tally.pending += 1;
    log.detail(`${file.display}: pending in ${article.batchId ?? "a batch"}`);
    return undefined;
  }
  if (!options.force) {
    const existing = await existingOutputAt(outputPath, fingerprintOf(stored, sourceHash));
    if (existing === "up-to-date") {
      if (!(sameRun && article.status === "written")) {
        restartArticle(article, runHash, sourceHash);
        article.status = "skipped";
        article.attempt = 0;
        article.finishedAt = io.now().toISOString();
      }
      tally.skipped += 1;
      log.detail(`${file.display}: up to date (${outputPath})`);
      return undefined;
    }
    if (existing === "foreign") return foreignOutputReason(outputPath);
  }
  // A request already queued for this very run (a repair that was not sent) keeps its turns.
  const resume = sameRun && article.status === "queued";
  if (!resume) restartArticle(article, runHash, sourceHash);
  const prepared = await prepareArticle(bytes, sourceHash, {
    label: file.display,
    lang: stored.lang,
    force: options.force,
    maxWords: stored.maxInputWords,
    path: file.path,
  });
  if (!prepared.ok) return prepared.reason;
  if (!resume) {
    if (options.force) article.forced = true;
    article.warnings = [...prepared.document.warnings];
  }
  reportPreparation(file.display, prepared.document, log);
  const request = requestFor(article, prepared.source, run.settings, {
    preset: setup.preset,
    format: formatOf(setup),
  });
  if (options.dryRun) {
    const prompt = estimatePromptTokens(request.messages, stored.model, run.tokenizer);
    tally.prompt += prompt.tokens;
    tally.completion += run.completionTokens;
    tally.method = prompt.method;
  }
  tally.queued += 1;
  await run.dispatcher.add(article, request.customId, request.line);
  return undefined;
}

function printDryRun(
  io: BatchIO,
  log: Log,
  setup: BatchSetup,
  model: string,
  dispatcher: Dispatcher,
  tally: Tally,
): void {
  const bytes = dispatcher.files.reduce((sum, file) => sum + file.bytes, 0);
  const price = priceOf(model);
  const discounted = estimateCost(model, tally.prompt, tally.completion, { batchDiscount: true });
  const online = estimateCost(model, tally.prompt, tally.completion);
  const cost =
    setup.preset.free || price === undefined || discounted === undefined || online === undefined
      ? null
      : {
          amount: Number(discounted.toFixed(6)),
          currency: price.currency,
          batchDiscount: price.batchDiscount ?? 0,
          online: Number(online.toFixed(6)),
          per: "first attempts",
        };
  const summary = {
    dryRun: true,
    model,
    requests: tally.queued,
    files: dispatcher.files,
    bytes,
    pending: tally.pending,
    skipped: tally.skipped,
    failed: tally.failed,
    tokens: { prompt: tally.prompt, completion: tally.completion, method: tally.method },
    cost,
  };
  io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  const costText = setup.preset.free
    ? "a local model: no per-token cost"
    : cost && price
      ? `estimated ${formatCost(cost.amount, price.currency)} with the ${Math.round(cost.batchDiscount * 100)} % batch discount (${formatCost(cost.online, price.currency)} online; first attempts, each repair costs about as much again)`
      : `no known price for ${model} (src/core/prices.ts)`;
  log.info(
    `dry run: ${plural(tally.queued, "request")} in ${plural(dispatcher.files.length, "file")} (${formatBytes(bytes)}), ~${tally.prompt} prompt + ~${tally.completion} completion tokens; ${costText}`,
  );
}
