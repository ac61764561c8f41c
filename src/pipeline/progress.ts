import type { Finding } from "../core/finding.js";
import { countWords } from "../core/words.js";
import { Log, type LogLevel, type ProgressSink } from "./log.js";
import type { AttemptRecord } from "./rewrite.js";

/**
 * Progress on stderr: a redrawn bar on a TTY; elsewhere (CI, pipes) plain lines, one per
 * attempt and per article, each naming its input. Never on stdout.
 */
export type { ProgressSink } from "./log.js";

export type ArticleStatus = "written" | "skipped" | "failed";

export interface ProgressTotals {
  total: number;
  written: number;
  skipped: number;
  failed: number;
  promptTokens: number;
  completionTokens: number;
}

/** The online run's stderr: Log's lines, with a progress bar as the live line. */
export class Progress extends Log {
  readonly totals: ProgressTotals = {
    total: 0,
    written: 0,
    skipped: 0,
    failed: 0,
    promptTokens: 0,
    completionTokens: 0,
  };
  #barShown = false;
  #lastLive = 0;
  #live = new Map<string, string>();
  readonly #started: number;

  constructor(
    sink: ProgressSink,
    level: LogLevel,
    private readonly now: () => number,
  ) {
    super(sink, level);
    this.#started = now();
  }

  get isTTY(): boolean {
    return this.sink.isTTY === true;
  }

  setTotal(total: number): void {
    this.totals.total = total;
    this.#drawBar();
  }

  attemptStarted(input: string, attempt: number, maxAttempts: number): void {
    this.#live.set(input, `attempt ${attempt}/${maxAttempts}`);
    if (!this.isTTY && this.level !== "quiet") {
      this.sink.write(`${input}: attempt ${attempt}/${maxAttempts}: asking the model…\n`);
    }
    this.#drawBar();
  }

  /** Live word count of a streaming answer; counted at most every 200 ms, and only on a TTY. */
  textReceived(input: string, text: string, attempt: number): void {
    if (!this.isTTY || this.level === "quiet") return;
    const now = this.now();
    if (now - this.#lastLive < 200) return;
    this.#lastLive = now;
    this.#live.set(input, `attempt ${attempt} · ${countWords(text)} words received`);
    this.#drawBar();
  }

  attemptEnded(input: string, record: AttemptRecord, findings: readonly Finding[]): void {
    if (record.usage) {
      this.totals.promptTokens += record.usage.prompt;
      this.totals.completionTokens += record.usage.completion;
    }
    if (this.level === "quiet") return;
    const words =
      record.words !== undefined ? `${record.words} words` : `finish_reason ${record.finishReason}`;
    const verdict =
      record.fatal !== undefined
        ? "unusable"
        : record.unspliced
          ? "could not be put back in place: a full rewrite next"
          : record.errors.length === 0
            ? "passes the checks"
            : `failing: ${record.errors.join(", ")}`;
    const tokens = record.usage ? `, ${record.usage.prompt}+${record.usage.completion} tokens` : "";
    const kind = record.kind ? ` (${record.kind}: ${record.mended?.join(", ") ?? ""})` : "";
    const size = record.unspliced ? `finish_reason ${record.finishReason}` : words;
    this.line(`${input}: attempt ${record.attempt}${kind}: ${size}${tokens}, ${verdict}`);
    if (record.normalised && this.level === "verbose")
      this.line(`${input}: mended in code, no call: ${record.normalised.join("; ")}`);
    if (this.level === "verbose") {
      // Each line names its input: with several articles in flight, lines interleave.
      for (const finding of findings)
        this.line(`${input}:   ${finding.severity} ${finding.rule}: ${finding.message}`);
    }
  }

  articleDone(input: string, status: ArticleStatus, detail: string): void {
    this.#live.delete(input);
    this.totals[status] += 1;
    if (status === "failed") this.line(`${input}: ${detail}`);
    else this.info(`${input}: ${status}${detail ? ` ${detail}` : ""}`);
  }

  /** `stoppedBy`: why some inputs were never started ("interrupted by SIGINT", "--fail-fast"). */
  summary(stoppedBy?: string, cost?: string): string {
    const { total, written, skipped, failed, promptTokens, completionTokens } = this.totals;
    const seconds = ((this.now() - this.#started) / 1000).toFixed(1);
    const tokens =
      promptTokens + completionTokens > 0
        ? `, ${promptTokens}+${completionTokens} tokens${cost ? ` (${cost})` : ""}`
        : "";
    const stop = stoppedBy
      ? ` — ${stoppedBy}: ${total - written - skipped - failed} not started`
      : "";
    return `${total} input(s): ${written} written, ${skipped} skipped (up to date), ${failed} failed in ${seconds} s${tokens}${stop}`;
  }

  finish(stoppedBy?: string, cost?: string): void {
    this.#clearBar();
    this.#barShown = false;
    if (this.level !== "quiet" || this.totals.failed > 0 || stoppedBy) {
      this.sink.write(`${this.summary(stoppedBy, cost)}\n`);
    }
  }

  #drawBar(): void {
    if (!this.isTTY || this.level === "quiet") return;
    const { total, written, skipped, failed, promptTokens, completionTokens } = this.totals;
    const done = written + skipped + failed;
    const width = 20;
    const filled = total > 0 ? Math.round((done / total) * width) : 0;
    const elapsed = (this.now() - this.#started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const eta = rate > 0 && total > done ? ` · ETA ${Math.round((total - done) / rate)} s` : "";
    const live = [...this.#live.values()][0];
    const text = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} · ${written} written · ${skipped} skipped · ${failed} failed · ${rate.toFixed(2)}/s${eta} · ${promptTokens + completionTokens} tokens${live ? ` · ${live}` : ""}`;
    const columns = this.sink.columns ?? 100;
    this.sink.write(`\r\x1b[2K${text.slice(0, columns - 1)}`);
    this.#barShown = true;
  }

  #clearBar(): void {
    if (this.#barShown) this.sink.write("\r\x1b[2K");
  }

  protected override clearLive(): void {
    this.#clearBar();
  }

  protected override drawLive(): void {
    this.#drawBar();
  }
}
