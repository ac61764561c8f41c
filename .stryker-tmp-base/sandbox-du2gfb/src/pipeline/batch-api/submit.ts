// @ts-nocheck
import { relative, resolve, sep } from "node:path";
import { Readable } from "node:stream";
import { formatPlaceWarning } from "../../core/formats.js";
import {
  type Fingerprint,
  hashText,
  isSeoRewriteOutput,
  isUpToDate,
  writtenBySeoRewrite,
} from "../../core/freshness.js";
import { estimateCost, formatCost, priceOf } from "../../core/prices.js";
import {
  estimateCompletionTokens,
  estimatePromptTokens,
  type Tokenizer,
  tokenFamily,
} from "../../core/tokens.js";
import type { InputFile } from "../../input/list.js";
import { readInputBytes } from "../../input/read.js";
import { prepareSource } from "../../input/source.js";
import { outputPathFor, outputPlaceProblem, readExistingOutput } from "../../output/write.js";
import { type RewriteSettings, targetWords } from "../rewrite.js";
import { EXIT, listUnits, RunUsageError, sourceForRewrite } from "../run.js";
import { Dispatcher } from "./dispatch.js";
import { API_LIMITS, articleKey, type JsonlLimits } from "./jsonl.js";
import { exitForInterruption, lazyBatchApi } from "./open.js";
import { requestFor } from "./requests.js";
import {
  type BatchIO,
  type BatchSetup,
  endpointOf,
  formatBytes,
  Log,
  plural,
  rewriteSettingsOf,
  storedSettingsOf,
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
  /** Default: the API's ({@link API_LIMITS}); tests use small ones to see files split. */
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
  endpoint: string,
  dir: string,
  force: boolean,
): string | undefined {
  const inFlight = previous.articles.filter((article) => article.status === "submitted").length;
  if (inFlight === 0) return undefined;
  if (previous.endpoint !== endpoint) {
    return `${plural(inFlight, "request")} of ${dir} are in batches on ${previous.endpoint}, and this run points at ${endpoint}: give the same --provider / --base-url, or another --out`;
  }
  if (settingsFingerprint(previous.settings) !== settingsFingerprint(stored) && !force) {
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
  const { options } = setup;
  const log = Log.for(io, options);
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
  const formatWarning = formatPlaceWarning(options.format, options.out);
  if (formatWarning !== undefined) log.info(`seo-rewrite: warning: ${formatWarning}`);
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
  const conflict = previous && conflictWith(previous, stored, endpoint, dir, options.force);
  if (conflict) {
    log.line(`seo-rewrite: ${conflict}`);
    return EXIT.usage;
  }
  const state = previous ?? newState(stored, endpoint, generator, io.now());
  state.settings = stored;
  state.endpoint = endpoint;
  state.generator = generator;
  const settings = rewriteSettingsOf(stored, {
    maxAttempts: options.maxAttempts,
    version: setup.version,
    now: io.now(),
  });

  const tally: Tally = {
    queued: 0,
    pending: 0,
    skipped: 0,
    failed: 0,
    prompt: 0,
    completion: 0,
    method: "estimate",
  };
  // The online mode's listing: an --out inside the inputs is refused, and never read back.
  let files: InputFile[];
  try {
    const listed = await listUnits(inputs, options, { ...io, stdin: Readable.from([]) });
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
      `seo-rewrite: no input to rewrite (extensions ${options.ext.join(", ")}): give files, folders or globs`,
    );
    return EXIT.failed;
  }

  const host = lazyBatchApi(setup);
  const dispatcher = new Dispatcher({
    state,
    api: host.api,
    io,
    log,
    limits: tuning.limits ?? API_LIMITS,
    generator,
    save: () => writeState(dir, state, io.now()),
    dryRun: options.dryRun,
  });
  const run: SubmitRun = {
    dir,
    state,
    stored,
    settings,
    setup,
    io,
    log,
    tally,
    dispatcher,
    completionTokens: estimateCompletionTokens(targetWords(stored.minWords), stored.model).tokens,
    byKey: new Map(state.articles.map((article) => [article.key, article])),
    inputPaths: new Set(files.map((file) => resolve(file.path))),
    outputs: new Map(),
    // A dry run counts OpenAI models' prompts exactly, as the online dry run does.
    ...(options.dryRun && tokenFamily(stored.model) === "o200k"
      ? {
          tokenizer: await import("gpt-tokenizer/encoding/o200k_base").then(
            ({ countTokens }): Tokenizer => ({ name: "o200k_base", count: countTokens }),
          ),
        }
      : {}),
  };
  for (const file of files) {
    if (io.signal.aborted) break;
    await submitInput(file, run);
  }
  await dispatcher.finish();

  if (options.dryRun) {
    printDryRun(io, log, setup, stored.model, dispatcher, tally);
    return tally.failed > 0 ? EXIT.failed : EXIT.ok;
  }
  await writeState(dir, state, io.now());
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
      `next: seo-rewrite batch status ${options.out} --wait, then seo-rewrite batch collect ${options.out}`,
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
  /** Absolute paths of every input: no output may land on one. */
  inputPaths: Set<string>;
  /** Output (relative to `dir`) → the input that takes it. */
  outputs: Map<string, string>;
}

/**
 * One input: refused (one line, and the reason recorded), pending in a batch, up to date,
 * or queued — its request line built and handed to the dispatcher.
 */
async function submitInput(file: InputFile, run: SubmitRun): Promise<void> {
  const { dir, state, stored, settings, setup, io, log, tally } = run;
  const { options } = setup;
  const label = file.display;
  const refuse = (reason: string, article?: ArticleRecord) => {
    tally.failed += 1;
    if (article === undefined) {
      log.line(`${label}: ${reason}`);
      return;
    }
    article.status = "failed";
    article.reasons = [reason];
    article.finishedAt = io.now().toISOString();
    delete article.batchId;
    log.line(`${label}: failed: ${reason}`);
  };
  const outputPath = outputPathFor(dir, file.relative);
  if (outputPath === undefined) {
    refuse(`the output would fall outside --out ${options.out}: rename the input`);
    return;
  }
  if (run.inputPaths.has(outputPath)) {
    refuse(`the output ${outputPath} would overwrite an input: choose another --out`);
    return;
  }
  const output = relative(dir, outputPath).split(sep).join("/");
  const other = run.outputs.get(output);
  if (other !== undefined) {
    refuse(`${other} is already written to ${output}: rename one of the two inputs`);
    return;
  }
  run.outputs.set(output, label);
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

  let bytes: Uint8Array;
  try {
    bytes = await readInputBytes(file.path);
  } catch (error) {
    refuse(error instanceof Error ? error.message : String(error), article);
    return;
  }
  if (!options.force && isSeoRewriteOutput(bytes)) {
    refuse(
      "is already an article written by seo-rewrite: rewrite its source instead, or check it with `seo-rewrite check` (--force rewrites it anyway)",
      article,
    );
    return;
  }
  const sourceHash = hashText(bytes);
  const runHash = runHashOf(stored, sourceHash);
  const sameRun = article.runHash === runHash;
  if (sameRun && article.status === "submitted") {
    tally.pending += 1;
    log.detail(`${label}: pending in ${article.batchId ?? "a batch"}`);
    return;
  }
  if (!options.force) {
    const existing = await readExistingOutput(outputPath);
    if (existing !== undefined && isUpToDate(existing, fingerprintOf(stored, sourceHash))) {
      if (!(sameRun && article.status === "written")) {
        restartArticle(article, runHash, sourceHash);
        article.status = "skipped";
        article.attempt = 0;
        article.finishedAt = io.now().toISOString();
      }
      tally.skipped += 1;
      log.detail(`${label}: up to date (${outputPath})`);
      return;
    }
    // A file we did not write (a hand-written page of the site) is never replaced silently.
    if (existing !== undefined && !writtenBySeoRewrite(existing)) {
      refuse(
        `${outputPath} exists and was not written by seo-rewrite: move it, or pass --force to replace it`,
        article,
      );
      return;
    }
  }
  // A request already queued for this very run (a repair that was not sent) keeps its turns.
  const resume = sameRun && article.status === "queued";
  if (!resume) restartArticle(article, runHash, sourceHash);
  const prepared = await prepareSource(bytes, {
    name: label,
    lang: stored.lang,
    force: options.force,
    maxWords: stored.maxInputWords,
    extension: file.path,
  });
  if (!prepared.ok) {
    refuse(prepared.reason, article);
    return;
  }
  const document = prepared.source;
  if (!resume) {
    if (options.force) article.forced = true;
    article.warnings = [...document.warnings];
  }
  for (const warning of document.warnings) log.info(`${label}: warning: ${warning}`);
  for (const dropped of document.dropped)
    log.detail(
      `${label}: dropped${dropped.line ? ` line ${dropped.line}` : ""} (${dropped.reason}): ${dropped.text}`,
    );
  const source = sourceForRewrite(label, document, sourceHash);
  const request = requestFor(article, source, settings, setup.preset);
  if (options.dryRun) {
    const prompt = estimatePromptTokens(request.messages, stored.model, run.tokenizer);
    tally.prompt += prompt.tokens;
    tally.completion += run.completionTokens;
    tally.method = prompt.method;
  }
  tally.queued += 1;
  await run.dispatcher.add(article, request.customId, request.line);
}

function fingerprintOf(stored: StoredSettings, sourceHash: string): Fingerprint {
  return {
    sourceHash,
    promptHash: stored.template.hash,
    model: stored.model,
    optionsHash: stored.optionsHash,
  };
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
