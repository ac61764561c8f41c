import { resolve } from "node:path";
import { redactSecrets } from "../../core/redact.js";
import { outputPlaceProblem } from "../../output/write.js";
import { EXIT } from "../setup.js";
import type { BatchApi } from "./client.js";
import { type BatchIO, type BatchSetup, endpointOf, type Log } from "./setup.js";
import { type BatchState, STATE_FILE, StateError } from "./state.js";
import { readState, writeState } from "./store.js";

/** What status, collect and cancel share: the state of DIR, and the host it lives on. */

export interface Session {
  dir: string;
  state: BatchState;
  api(): Promise<BatchApi>;
  save(): Promise<void>;
  /** Hide the key from a text a server sent (an error line of a result file). */
  redact(text: string): string;
}

/** The folder a command works on: its argument, else `--out` (flag or config file), else cwd. */
export function folderOf(dirArg: string | undefined, setup: BatchSetup, io: BatchIO): string {
  return resolve(io.cwd, dirArg ?? setup.options.out ?? ".");
}

export async function openSession(
  dirArg: string | undefined,
  setup: BatchSetup,
  io: BatchIO,
  log: Log,
): Promise<Session | { exitCode: number }> {
  const dir = folderOf(dirArg, setup, io);
  let state: BatchState | undefined;
  try {
    state = await readState(dir);
  } catch (error) {
    if (!(error instanceof StateError)) throw error;
    log.line(`seo-rewrite: ${error.message}`);
    return { exitCode: EXIT.usage };
  }
  if (state === undefined) {
    log.line(
      `seo-rewrite: ${dir}: no ${STATE_FILE} here: run seo-rewrite batch submit <inputs> --out ${dirArg ?? "DIR"} first, or give the folder it wrote to`,
    );
    return { exitCode: EXIT.usage };
  }
  const mismatch = state.batches.length > 0 ? hostMismatch(state, setup, dir) : undefined;
  if (mismatch !== undefined) {
    log.line(`seo-rewrite: ${mismatch}`);
    return { exitCode: EXIT.usage };
  }
  const host = lazyBatchApi(setup);
  const loaded = state;
  return {
    dir,
    state: loaded,
    api: host.api,
    save: () => writeState(dir, loaded, io.now()),
    redact: host.redact,
  };
}

/** The host's Batch API, created on first use; and the key to hide. */
export function lazyBatchApi(setup: BatchSetup): {
  api(): Promise<BatchApi>;
  redact(text: string): string;
} {
  let secrets: readonly string[] = [];
  let api: Promise<BatchApi> | undefined;
  return {
    api: () => {
      api ??= setup.batchApi().then((host) => {
        secrets = host.secrets ?? [];
        return host;
      });
      return api;
    },
    redact: (text) => redactSecrets(text, secrets),
  };
}

/** Why this run cannot reach the batches of `state`: another host, or another API shape. */
export function hostMismatch(
  state: BatchState,
  setup: BatchSetup,
  dir: string,
): string | undefined {
  const endpoint = endpointOf(setup);
  if (state.endpoint !== endpoint) {
    return `the batches in ${dir} live on ${state.endpoint}, and this run points at ${endpoint}: give the same --provider / --base-url as batch submit`;
  }
  const shape = state.batchApi ?? "openai";
  if (shape !== setup.batchApiShape) {
    return `the batches in ${dir} were created through the ${shape}-shaped Batch API, and this run speaks the ${setup.batchApiShape} one: give the same --batch-api as batch submit`;
  }
  return undefined;
}

export function exitForInterruption(io: BatchIO): number | undefined {
  const signal = io.interruptedBy();
  if (signal === "SIGINT") return EXIT.SIGINT;
  if (signal === "SIGTERM") return EXIT.SIGTERM;
  return io.signal.aborted ? EXIT.SIGINT : undefined;
}

/** Why `--report` cannot be written there (a folder, a missing folder), said before any work. */
export async function reportPlaceProblem(
  report: string | undefined,
  io: BatchIO,
): Promise<string | undefined> {
  return outputPlaceProblem({ report }, io.cwd);
}
