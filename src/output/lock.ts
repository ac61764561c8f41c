import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { printable } from "../core/printable.js";

/**
 * One run writes to an `--out` folder at a time. Two runs on the same folder would both
 * pay the model for every input (80 calls for 40) and race on each article; the second
 * one is stopped before its first request (or waits, `--wait-lock`). The lock is a file
 * in the folder, created exclusively (`wx`), holding the owner's PID, host and start
 * time; a lock whose PID is dead on this host is stale (a `kill -9`, a power cut) and is
 * taken over.
 */

export const LOCK_FILE = ".seo-rewrite.lock";

/** What a lock file says of the run that holds it. */
export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
}

/** Is this PID a running process (of any user)? Signal 0 tests without sending anything. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The folder is held by another live run. `message` is one line: who, since when, where. */
export class OutputLockedError extends Error {
  override name = "OutputLockedError";

  constructor(
    readonly holder: LockHolder | undefined,
    readonly lockPath: string,
    outFlag: string,
    /** The flag that waits for the holder; false when the command has none. */
    waitFlag: string | false = "--wait-lock",
  ) {
    const who = holder
      ? `PID ${holder.pid}${holder.host === hostname() ? "" : ` on ${printable(holder.host)}`}, since ${holder.startedAt}`
      : "a lock file being written";
    const wait = waitFlag === false ? "" : `, pass ${waitFlag} to wait`;
    super(
      `--out ${printable(outFlag)} is in use by another seo-rewrite run (${who}; lock file ${printable(lockPath)}): wait for it to end${wait}, or delete the lock file if that run is gone`,
    );
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const data = JSON.parse(text) as Partial<LockHolder>;
    if (typeof data.pid !== "number" || typeof data.startedAt !== "string") return undefined;
    return {
      pid: data.pid,
      host: typeof data.host === "string" ? data.host : "",
      startedAt: data.startedAt,
    };
  } catch {
    return undefined;
  }
}

/** Stale: its run is dead. A lock of another host cannot be checked: it is never taken over. */
function isStale(holder: LockHolder | undefined): boolean {
  return holder !== undefined && holder.host === hostname() && !isProcessAlive(holder.pid);
}

export interface OutputLock {
  path: string;
  /** Removes the lock file, once; later calls do nothing. */
  release(): Promise<void>;
}

/** Create the lock file, or say who holds it. */
async function tryCreate(
  path: string,
  holder: LockHolder,
): Promise<{ created: true } | { created: false; text: string }> {
  try {
    const file = await open(path, "wx");
    try {
      await file.writeFile(`${JSON.stringify(holder)}\n`);
    } finally {
      await file.close();
    }
    return { created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return { created: false, text: await readFile(path, "utf8").catch(() => "") };
  }
}

/**
 * Take a stale lock away: renamed aside (one rename wins when two runs take over at
 * once), then removed. When what was renamed is no longer the stale lock that was read
 * (another run took over in between), it is put back.
 */
async function takeOver(path: string, staleText: string): Promise<void> {
  const aside = `${path}.${process.pid}.stale`;
  try {
    await rename(path, aside);
  } catch {
    return;
  }
  const moved = await readFile(aside, "utf8").catch(() => "");
  if (moved === staleText) await rm(aside, { force: true });
  else await rename(aside, path).catch(() => rm(aside, { force: true }));
}

export interface LockOptions {
  /** `--out` as the user typed it, for messages. */
  outFlag: string;
  /** Wait for the holder to end (`--wait-lock`) instead of failing at once. */
  wait: boolean;
  /** The flag that makes the command wait, named in the refusal (default `--wait-lock`); false: none. */
  waitFlag?: string | false;
  now: () => Date;
  /** Told once when the run starts waiting. */
  onWait?: (holder: LockHolder | undefined) => void;
  /** Stops waiting (SIGINT/SIGTERM): the wait throws the signal's reason. */
  signal?: AbortSignal;
  /** Between two looks at a held lock; default: 500 ms. */
  pollMs?: number;
}

/**
 * Lock `outDir` (created if missing) for this run. Throws {@link OutputLockedError} when
 * a live run holds it and `wait` is off; with `wait`, polls until it is free.
 */
export async function lockOutput(outDir: string, options: LockOptions): Promise<OutputLock> {
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, LOCK_FILE);
  const mine: LockHolder = {
    pid: process.pid,
    host: hostname(),
    startedAt: options.now().toISOString(),
  };
  let told = false;
  for (;;) {
    const attempt = await tryCreate(path, mine);
    if (attempt.created) break;
    const holder = parseHolder(attempt.text);
    if (isStale(holder)) {
      await takeOver(path, attempt.text);
      continue;
    }
    if (!options.wait) {
      throw new OutputLockedError(holder, path, options.outFlag, options.waitFlag);
    }
    if (!told) options.onWait?.(holder);
    told = true;
    await pause(options.pollMs ?? 500, options.signal);
  }
  let released = false;
  return {
    path,
    release: async () => {
      if (released) return;
      released = true;
      // Only our own lock: never one another run took over after ours was deleted by hand.
      const text = await readFile(path, "utf8").catch(() => "");
      if (parseHolder(text)?.pid === mine.pid) await rm(path, { force: true });
    },
  };
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
