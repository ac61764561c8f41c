import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { SiteIndex } from "../pipeline/check-site.js";
import type { CheckedFile, FileCheckSetup } from "./check-file.js";
import type { CheckAnswer, ToWorker } from "./check-worker.js";

/**
 * The worker threads of `seo-rewrite check` on a large folder. Hand-written rather than
 * piscina or tinypool: the job is one message each way, the order and the bound on files in
 * flight are the caller's (check-command.ts), so a pool library would add a dependency and
 * a queue we do not need.
 */

/**
 * The built worker, next to this module in dist/bundle/ (or dist/cli/, tsc's output). Run
 * from the TypeScript sources (vitest, tsx) there is no `.js` beside us: the caller then
 * checks in its own thread.
 */
export const CHECK_WORKER = new URL("./check-worker.js", import.meta.url);

export function workersAvailable(): boolean {
  return CHECK_WORKER.protocol === "file:" && existsSync(fileURLToPath(CHECK_WORKER));
}

interface Pending {
  resolve: (checked: CheckedFile) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Its modules loaded: a file sent now is checked now, not after the start-up. */
  ready: boolean;
}

export class CheckPool {
  private readonly threads: Thread[];
  private nextId = 0;
  private broken: Error | undefined;

  /** `worker`: the built worker script (default: {@link CHECK_WORKER}). */
  constructor(size: number, setup: FileCheckSetup, worker: URL = CHECK_WORKER) {
    this.threads = Array.from({ length: size }, () => this.start(setup, worker));
  }

  private start(setup: FileCheckSetup, script: URL): Thread {
    const thread: Thread = {
      worker: new Worker(script, { workerData: setup }),
      pending: new Map(),
      ready: false,
    };
    thread.worker.on("message", (answer: CheckAnswer) => {
      if ("ready" in answer) {
        thread.ready = true;
        return;
      }
      const pending = thread.pending.get(answer.id);
      thread.pending.delete(answer.id);
      if ("crash" in answer) pending?.reject(new Error(answer.crash));
      else pending?.resolve(answer.checked);
    });
    const fail = (error: Error) => {
      this.broken ??= error;
      for (const pending of thread.pending.values()) pending.reject(error);
      thread.pending.clear();
    };
    thread.worker.on("error", fail);
    thread.worker.on("exit", (code) =>
      fail(new Error(`a check worker stopped (exit code ${code})`)),
    );
    return thread;
  }

  /** The sites read after the workers started: sent before any file that needs them. */
  share(sites: readonly SiteIndex[]): void {
    for (const { worker } of this.threads) worker.postMessage({ sites } satisfies ToWorker);
  }

  /**
   * Files waiting in the least busy worker that has started; Infinity while none has: the
   * caller may check a file itself rather than queue it behind a start-up.
   */
  lightest(): number {
    const ready = this.threads.filter((thread) => thread.ready);
    return Math.min(...ready.map((thread) => thread.pending.size));
  }

  /** The file's verdict, from the least busy worker (a started one, if any). */
  check(path: string): Promise<CheckedFile> {
    if (this.broken) return Promise.reject(this.broken);
    const started = this.threads.filter((candidate) => candidate.ready);
    const thread = (started.length > 0 ? started : this.threads).reduce((least, candidate) =>
      candidate.pending.size < least.pending.size ? candidate : least,
    );
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker.postMessage({ id, path } satisfies ToWorker);
    });
  }

  /**
   * Stops every worker; files still in flight are rejected. Not awaited: a worker blocked
   * reading a file (a named pipe, a stalled network disk) would hold an interrupted check.
   */
  close(): void {
    this.broken ??= new Error("the check pool is closed");
    for (const { worker } of this.threads) {
      worker.unref();
      worker.terminate().catch(() => undefined);
    }
  }
}
