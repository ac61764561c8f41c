/**
 * What the CLI is given of the world: argv, environment, working folder, streams, clock
 * and the interruption signal. `main` takes it, so tests pass their own (markdownlint-cli2's
 * shape) and only `nodeIO` touches the real process.
 */
export interface MainIO {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: { write(text: string): void };
  stderr: { write(text: string): void; isTTY?: boolean; columns?: number };
  now?: () => Date;
  /** Aborted when the user interrupts the run (SIGINT/SIGTERM) or stdout fails (SIGPIPE…). */
  signal?: AbortSignal;
  interruptedBy?: () => string | undefined;
}

/** What `interruptedBy` names when stdout could not be written (not a closed reader). */
export const STDOUT_FAILED = "a failed write to stdout";

/** The real process's streams, environment and signals. */
export function nodeIO(): MainIO {
  const controller = new AbortController();
  let interrupted: string | undefined;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      interrupted = signal;
      controller.abort();
      // A second Ctrl-C means "now": leave at once (temporary files are removed on write failure).
      process.once(signal, () => process.kill(process.pid, signal));
    });
  }
  // stdout cannot be written: its reader went away (`check … | head`, EPIPE), which stops the
  // run as a shell's SIGPIPE would, or the disk is full (a failure, said once). Either way
  // through the interruption's path, so the run ends cleanly instead of on an unhandled error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (interrupted !== undefined) return;
    // The exit code is set here too: the failed write may be the run's last, after its end.
    if (error.code === "EPIPE") {
      interrupted = "SIGPIPE";
      process.exitCode = 141;
    } else {
      interrupted = STDOUT_FAILED;
      process.exitCode = 1;
      process.stderr.write(
        `seo-rewrite: cannot write to stdout (${error.code ?? error.message}): nothing more is written there; free the disk or send stdout elsewhere\n`,
      );
    }
    controller.abort();
  });
  return {
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    signal: controller.signal,
    interruptedBy: () => interrupted,
  };
}
