import { displayUrl } from "../../core/redact.js";
import type { BatchApiShape } from "../../model/providers.js";
import type { ProgressSink } from "../log.js";
import type { RunSetup } from "../setup.js";
import type { BatchApi } from "./client.js";
import { BATCH_FORMATS, type BatchFormat } from "./jsonl.js";

/**
 * What every batch command is given: the rewrite's setup (options, model, templates, the
 * chat client for online repairs) plus the host's Batch API and its shape, and the I/O
 * (streams, clock, signal, and a sleep tests can make instant).
 */

export interface BatchSetup extends RunSetup {
  /** The shape of the host's Batch API: the preset's, or `--batch-api` for a custom host. */
  batchApiShape: BatchApiShape;
  /** The host's Batch API, in that shape; created on the first command that needs it. */
  batchApi: () => Promise<BatchApi>;
}

/** The input files' limits and line format the host's shape asks for. */
export function formatOf(setup: Pick<BatchSetup, "batchApiShape">): BatchFormat {
  return BATCH_FORMATS[setup.batchApiShape];
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

/** Where the batches live, as recorded in the state: the SDK's default when none is set. */
export function endpointOf(setup: Pick<BatchSetup, "baseURL">): string {
  // Without credentials: the state is a file, and a gateway may take the key in the query.
  return displayUrl(setup.baseURL ?? "https://api.openai.com/v1").replace(/\/+$/u, "");
}

export { plural } from "../../core/reporters.js";
export { Log } from "../log.js";
export { rewriteSettingsOf, storedSettingsOf } from "../setup.js";

/** `1.2 MB`, `35 KB`: sizes for people. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}
