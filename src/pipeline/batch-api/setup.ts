import type { OpenAI } from "openai";
import { displayUrl } from "../../core/redact.js";
import type { ProgressSink } from "../log.js";
import type { RunSetup } from "../setup.js";

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
