/** Where progress goes: stderr, which may be a terminal (redrawn lines) or a log file. */
export interface ProgressSink {
  write(text: string): void;
  isTTY?: boolean;
  columns?: number;
}

export type LogLevel = "quiet" | "normal" | "verbose";

/**
 * Lines on stderr: `line` always (errors), `info` unless `--quiet`, `detail` with
 * `--verbose`; `live` is the one progress line, redrawn in place on a terminal and
 * printed only when it changes elsewhere (CI logs stay short).
 */
export class Log {
  #live: string | undefined;
  #lastPlain: string | undefined;

  constructor(
    protected readonly sink: ProgressSink,
    protected readonly level: LogLevel,
  ) {}

  static for(io: { stderr: ProgressSink }, options: { quiet: boolean; verbose: boolean }): Log {
    return new Log(io.stderr, options.quiet ? "quiet" : options.verbose ? "verbose" : "normal");
  }

  line(text: string): void {
    this.clearLive();
    this.sink.write(`${text}\n`);
    this.drawLive();
  }

  info(text: string): void {
    if (this.level !== "quiet") this.line(text);
  }

  detail(text: string): void {
    if (this.level === "verbose") this.line(text);
  }

  /** `stable` is the part that, when unchanged, is not printed again off a terminal. */
  live(stable: string, transient = ""): void {
    if (this.level === "quiet") return;
    if (this.sink.isTTY === true) {
      this.clearLive();
      this.#live = `${stable}${transient}`;
      this.drawLive();
      return;
    }
    if (stable === this.#lastPlain) return;
    this.#lastPlain = stable;
    this.sink.write(`${stable}\n`);
  }

  endLive(): void {
    this.clearLive();
    this.#live = undefined;
  }

  /** Erase the live line before a line is printed above it. */
  protected clearLive(): void {
    if (this.#live !== undefined) this.sink.write("\r\x1b[2K");
  }

  /** Draw the live line again below what was just printed. */
  protected drawLive(): void {
    if (this.#live === undefined) return;
    const columns = this.sink.columns ?? 100;
    this.sink.write(this.#live.slice(0, columns - 1));
  }
}
