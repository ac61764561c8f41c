import { type Command, Option } from "commander";
import type { BatchIO, BatchSetup } from "../pipeline/batch-api/setup.js";
import type { MainIO } from "./io.js";

/**
 * `seo-rewrite batch submit|status|collect|cancel`: the provider's Batch API (about half the
 * price, results within 24 hours, no rate limit on our side). This module only registers the
 * commands: each action loads its own module, so `--help` loads neither the SDK nor zod.
 */

export type { BatchIO, BatchSetup } from "../pipeline/batch-api/setup.js";

export interface BatchCommandHelpers {
  /** cli.ts's rewrite options (`--model`, `--out`, `--min-words`…), for `batch submit`. */
  addRewriteOptions(command: Command): Command;
  /**
   * The setup from a command's options, as `rewrite` builds it (flags > environment > config
   * file > defaults), plus the host's Batch API (`--batch-api` read here). Throws a
   * UsageError for a bad value.
   */
  setup(raw: Record<string, unknown>, command: Command): Promise<BatchSetup>;
}

/** Options only the batch commands know: kept away from the rewrite's settings. */
const OWN_OPTIONS = ["wait", "onlineRepairs"] as const;

function rewriteRaw(raw: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...raw };
  for (const key of OWN_OPTIONS) delete rest[key];
  return rest;
}

/** The shape of Batch API a custom host speaks; the presets know their own. */
function addBatchApiOption(command: Command): Command {
  return command.addOption(
    new Option(
      "--batch-api <shape>",
      "with --provider custom: the host speaks OpenAI's /v1/batches or Mistral's /v1/batch/jobs (default: openai)",
    ).choices(["openai", "mistral"]),
  );
}

/** Where the batches live: the same flags as `rewrite`; no defaults here, so config files apply. */
function addHostOptions(command: Command): Command {
  return addBatchApiOption(
    command
      .option(
        "--provider <name>",
        "preset used at submit: openai, azure, mistral, custom (default: openai)",
      )
      .option("--base-url <url>", "the endpoint used at submit (env OPENAI_BASE_URL)")
      .option("--model <name>", "model id (for azure: the deployment)")
      .option("--timeout <seconds>", "per API request (default: 120)")
      .option("--verbose", "more on stderr")
      .option("--quiet", "only errors on stderr"),
  );
}

/** The real wait, for `nodeIO`-backed runs. */
function sleepFor(milliseconds: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, milliseconds);
    signal.addEventListener("abort", done, { once: true });
  });
}

export function batchIO(io: MainIO): BatchIO {
  return {
    stdout: io.stdout,
    stderr: io.stderr,
    cwd: io.cwd,
    now: io.now ?? (() => new Date()),
    signal: io.signal ?? new AbortController().signal,
    interruptedBy: io.interruptedBy ?? (() => undefined),
    sleep: sleepFor,
  };
}

export function registerBatchCommands(
  program: Command,
  io: MainIO,
  result: { code: number },
  helpers: BatchCommandHelpers,
): void {
  const batch = program
    .command("batch")
    .description(
      "rewrite many articles through the provider's Batch API: about half the price, results within 24 h",
    );

  addBatchApiOption(
    helpers.addRewriteOptions(
      batch
        .command("submit")
        .description(
          "check the inputs, then send one request per article in as few batches as the API allows; state in DIR/.seo-rewrite-batch.json",
        )
        .argument("<inputs...>", "files, folders (recursive) or globs"),
    ),
  ).action(async (inputs: string[], raw: Record<string, unknown>, command: Command) => {
    const setup = await helpers.setup(rewriteRaw(raw), command);
    const { runBatchSubmit } = await import("../pipeline/batch-api/submit.js");
    result.code = await runBatchSubmit(inputs, setup, batchIO(io));
  });

  addHostOptions(
    batch
      .command("status")
      .description("where each batch and each article stands")
      .argument("[dir]", "the --out folder given to batch submit (default: --out, else .)"),
  )
    .option("--wait", "poll (5 s, then slower, up to 1 min) until every batch has ended")
    .action(async (dir: string | undefined, raw: Record<string, unknown>, command: Command) => {
      const setup = await helpers.setup(rewriteRaw(raw), command);
      const { runBatchStatus } = await import("../pipeline/batch-api/status.js");
      result.code = await runBatchStatus(dir, { wait: raw.wait === true }, setup, batchIO(io));
    });

  addHostOptions(
    batch
      .command("collect")
      .description("write the articles of the batches that ended, and send the failures for repair")
      .argument("[dir]", "the --out folder given to batch submit (default: --out, else .)"),
  )
    .option("--max-attempts <n>", "model calls per article, repairs included (default: 3)")
    .option("--online-repairs", "repair failing articles online, not in a new batch")
    .option("--concurrency <n>", "online repairs in flight (default: 4)")
    .option("--report <file>", "write a JSON report, one entry per article")
    .option("--keep-rejected", "write the last failed attempt as <name>.rejected.md")
    .option("--wait", "wait for running batches and repair rounds until nothing is pending")
    .action(async (dir: string | undefined, raw: Record<string, unknown>, command: Command) => {
      const setup = await helpers.setup(rewriteRaw(raw), command);
      const { runBatchCollect } = await import("../pipeline/batch-api/collect.js");
      result.code = await runBatchCollect(
        dir,
        {
          onlineRepairs: raw.onlineRepairs === true,
          wait: raw.wait === true,
          maxAttemptsGiven: raw.maxAttempts !== undefined,
        },
        setup,
        batchIO(io),
      );
    });

  addHostOptions(
    batch
      .command("cancel")
      .description("cancel the running batches (what they answered is still collected)")
      .argument("[dir]", "the --out folder given to batch submit (default: --out, else .)"),
  ).action(async (dir: string | undefined, raw: Record<string, unknown>, command: Command) => {
    const setup = await helpers.setup(rewriteRaw(raw), command);
    const { runBatchCancel } = await import("../pipeline/batch-api/cancel.js");
    result.code = await runBatchCancel(dir, setup, batchIO(io));
  });
}
