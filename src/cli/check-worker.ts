import { parentPort, workerData } from "node:worker_threads";
import type { SiteIndex } from "../pipeline/check-site.js";
import { type CheckedFile, checkFile, type FileCheckSetup } from "./check-file.js";

/**
 * A worker thread of `seo-rewrite check` (check-pool.ts starts it from the build, dist/bundle/):
 * takes file paths, answers each with its verdict. A rule that throws is a bug: its stack
 * goes back to the main thread, which stops the check and says so.
 */
export interface CheckJob {
  id: number;
  path: string;
}

/** A file to check, or the sites, read while this worker started. */
export type ToWorker = CheckJob | { sites: readonly SiteIndex[] };

export type CheckAnswer =
  | { id: number; checked: CheckedFile }
  | { id: number; crash: string }
  /** Sent once, its modules loaded (this module runs last). */
  | { ready: true };

let setup = workerData as FileCheckSetup;
const port = parentPort;

port?.on("message", (message: ToWorker) => {
  if ("sites" in message) {
    setup = { ...setup, sites: message.sites };
    return;
  }
  const job = message;
  checkFile(job.path, setup).then(
    (checked) => port.postMessage({ id: job.id, checked } satisfies CheckAnswer),
    (error: unknown) =>
      port.postMessage({
        id: job.id,
        crash: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies CheckAnswer),
  );
});

port?.postMessage({ ready: true } satisfies CheckAnswer);
