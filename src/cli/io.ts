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
  /** Aborted when the user interrupts the run (SIGINT/SIGTERM) or stdout's reader leaves (SIGPIPE). */
  signal?: AbortSignal;
  interruptedBy?: () => string | undefined;
}

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
  // The reader of stdout went away (`check … | head`): stop as a shell's SIGPIPE would, but
  // through the interruption's path, so the run ends cleanly instead of on an unhandled EPIPE.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE" || interrupted !== undefined) return;
    interrupted = "SIGPIPE";
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
