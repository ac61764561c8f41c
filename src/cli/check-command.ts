import { availableParallelism } from "node:os";
import { checkContextFor } from "../checks/rule.js";
import type { Finding } from "../core/finding.js";
import { printable } from "../core/printable.js";
import {
  type CheckTally,
  checkExitCode,
  closeJsonArray,
  emptyTally,
  type FileReport,
  formatFindingLine,
  formatJsonEntry,
  formatSummaryLine,
  summariseChecks,
  tallyReport,
  toFileReport,
  unreadableReport,
} from "../core/reporters.js";
import { type ListedInput, listInputs, MARKDOWN_EXTENSIONS } from "../input/list.js";
import { readInputBytes } from "../input/read.js";
import { prepareSource } from "../input/source.js";
import { listSitesFor, readSiteIndex, type SiteIndex } from "../pipeline/check-site.js";
import { referenceText } from "../pipeline/reference-text.js";
import type { CheckOptions } from "../settings/options.js";
import { type CheckedFile, checkFile, type FileCheckSetup } from "./check-file.js";
import { CheckPool, workersAvailable } from "./check-pool.js";
import type { MainIO } from "./io.js";

/**
 * `seo-rewrite check`: the rewrite's own rules over existing Markdown articles, so a
 * hand-written article and a generated one are judged alike. Exit 0 when no file has an
 * error, 1 otherwise (2, usage, is decided by the caller).
 */

async function sourceText(path: string, lang: string): Promise<{ text: string; url?: string }> {
  const bytes = await readInputBytes(path).catch((error: unknown) => {
    // --source names the one article these files were rewritten from, never a folder.
    const message =
      (error as { code?: string }).code === "is-folder"
        ? "is a folder: give the source file of the article being checked"
        : error instanceof Error
          ? error.message
          : String(error);
    throw new Error(`--source ${path}: ${message}`);
  });
  // The source is judged as the rewrite judged it: decoded, extracted, cleaned.
  const prepared = await prepareSource(bytes, {
    name: path,
    lang,
    force: true,
    minWords: 1,
    extension: path,
  });
  if (!prepared.ok) throw new Error(`--source ${path}: ${prepared.reason}`);
  const { text, meta } = prepared.source;
  const reference = referenceText({ text, meta });
  return meta.url === undefined ? { text: reference } : { text: reference, url: meta.url };
}

/**
 * Files in flight (being read or checked) ahead of the one printed next: the reorder
 * window. Results come back in any order from the workers and are printed in input order,
 * so memory holds at most this many files whatever the size of the folder.
 */
const WINDOW = 32;

/** Past this many files, `check` without `--threads` hands files to worker threads too. */
export const AUTO_THREADS_AFTER = 200;

/**
 * Threads when `--threads` is not given: the machine's cores, at most 8. Measured on two
 * cores (bench/check-scale.ts): 20,000 files in 62 s with this thread and one worker, for
 * 301 MB of RSS; 500 files in 3.5 s against 3.8 s in this thread alone (median of 7; the
 * two cores are one physical core's two threads).
 */
function autoThreads(): number {
  return Math.min(availableParallelism(), 8);
}

/**
 * Where each file is checked: in this thread, or also in a pool of workers once the folder
 * proves large (its sites hold more than {@link AUTO_THREADS_AFTER} files, or as many were
 * listed: then from the start, before the sites are read), or from the first file with `--threads N`, N ≥ 2. This thread is one
 * of the N: it has loaded the rules already, and its own checks go on while the workers
 * start (a starting worker is given no file), so N threads work on N cores.
 */
class FileChecker {
  private pool: CheckPool | undefined;
  private listed = 0;
  /** Files being checked in this thread. */
  private here = 0;

  constructor(
    private readonly threads: number | undefined,
    private setup: FileCheckSetup,
    /** Files of the sites: how large the check will be, known before any file is read. */
    private readonly expected: number,
  ) {
    this.poolNow();
  }

  /** The sites read, for every file checked from now on, here and in the workers. */
  share(sites: readonly SiteIndex[]): void {
    this.setup = { ...this.setup, sites };
    this.pool?.share(sites);
  }

  check(path: string): Promise<CheckedFile> {
    this.listed += 1;
    const pool = this.poolNow();
    // Ties go to the workers: this thread also reads, orders and prints.
    if (pool !== undefined && pool.lightest() <= this.here) return pool.check(path);
    this.here += 1;
    return checkFile(path, this.setup).finally(() => {
      this.here -= 1;
    });
  }

  private poolNow(): CheckPool | undefined {
    if (this.pool !== undefined) return this.pool;
    const large = Math.max(this.listed, this.expected) > AUTO_THREADS_AFTER;
    const size = this.threads ?? (large ? autoThreads() : 1);
    if (size < 2 || !workersAvailable()) return undefined;
    this.pool = new CheckPool(size - 1, this.setup);
    return this.pool;
  }

  close(): void {
    this.pool?.close();
  }
}

/** A listing problem (an input naming nothing), printed as is. */
type Outcome = CheckedFile | { problem: string };

/** One listed input on its way: its name, and its verdict once known. */
interface InFlight {
  display: string;
  outcome: Promise<Outcome>;
  settled?: Outcome;
}

/**
 * The files in flight, each printed as soon as it and every file listed before it are done:
 * the output keeps the input order whichever thread finishes first.
 */
class InputOrder {
  private readonly queue: InFlight[] = [];
  printed = 0;

  constructor(
    private readonly print: (display: string, outcome: Outcome) => void,
    private readonly stopped: () => boolean,
  ) {}

  get size(): number {
    return this.queue.length;
  }

  add(display: string, outcome: Promise<Outcome>): void {
    const entry: InFlight = { display, outcome };
    this.queue.push(entry);
    outcome.then(
      (settled) => {
        entry.settled = settled;
        this.drain();
      },
      // A crash is rethrown by waitOldest, in order; interrupted, it is no news.
      () => undefined,
    );
  }

  /** Waits for the oldest file (a worker's crash is thrown here), or for the interruption. */
  async waitOldest(interruption: Promise<void>): Promise<void> {
    await Promise.race([this.queue[0]?.outcome, interruption]);
    this.drain();
  }

  private drain(): void {
    for (let head = this.queue[0]; head?.settled !== undefined; head = this.queue[0]) {
      if (this.stopped()) return;
      this.queue.shift();
      this.print(head.display, head.settled);
      this.printed += 1;
    }
  }
}

/** Prints each file's report as it comes, in the chosen format; the tally is counted here. */
function printerFor(options: CheckOptions, io: MainIO) {
  let tally = emptyTally();
  let entries = 0;
  return {
    file(report: FileReport, findings: readonly Finding[]) {
      tally = tallyReport(tally, report);
      if (options.json) io.stdout.write(formatJsonEntry(report, entries));
      else if (options.jsonl) io.stdout.write(`${JSON.stringify(report)}\n`);
      else if (findings.length > 0) {
        const lines = findings.map((finding) => formatFindingLine(report.file, finding));
        io.stdout.write(`${lines.join("\n")}\n\n`);
      }
      entries += 1;
    },
    /** Closes the output (a valid document even when interrupted) and returns the tally. */
    end(complete: boolean): CheckTally {
      if (options.json) io.stdout.write(closeJsonArray(entries));
      else if (options.jsonl) io.stdout.write(formatSummaryLine(tally, complete));
      else if (complete) io.stdout.write(`${summariseChecks(tally)}\n`);
      return tally;
    },
  };
}

/** Prints one input's outcome: its findings, or the line saying why it was not checked. */
function printOutcome(
  printer: ReturnType<typeof printerFor>,
  io: MainIO,
  display: string,
  outcome: Outcome,
) {
  if ("problem" in outcome) {
    io.stderr.write(`${outcome.problem}\n`);
    printer.file(unreadableReport(display, outcome.problem), []);
  } else if ("error" in outcome) {
    io.stderr.write(`${display}: ${outcome.error}\n`);
    printer.file(unreadableReport(display, `${display}: ${outcome.error}`), []);
  } else {
    printer.file(toFileReport(display, outcome.words, outcome.findings), outcome.findings);
  }
}

export async function runCheck(
  paths: readonly string[],
  options: CheckOptions,
  io: MainIO & { now: () => Date },
): Promise<number> {
  const context = checkContextFor(options);
  if (options.source !== undefined) {
    try {
      const source = await sourceText(options.source, options.lang);
      context.source = source.text;
      // `--cite-source` links the source's own address: fidelity accepts it.
      if (source.url !== undefined) context.suppliedUrls = new Set([source.url]);
    } catch (error) {
      io.stderr.write(`seo-rewrite: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
  }
  // Internal links are judged against the folders being checked, read once up front; the
  // workers, if the folders are large, load their modules meanwhile.
  const listedSites = await listSitesFor(paths, io.cwd);
  const expected = listedSites.reduce((sum, site) => sum + site.files.length, 0);
  const checker = new FileChecker(options.threads, { context, quiet: options.quiet }, expected);
  checker.share(listedSites.map((listed) => readSiteIndex(listed, options)));
  const printer = printerFor(options, io);
  const aborted = () => io.signal?.aborted === true;
  const order = new InputOrder(
    (display, outcome) => printOutcome(printer, io, display, outcome),
    aborted,
  );
  const interruption = new Promise<void>((resolve) =>
    io.signal?.addEventListener("abort", () => resolve(), { once: true }),
  );
  // Ctrl-C stops the check at once: what was checked is not a verdict on the folder.
  const interrupted = () => {
    printer.end(false);
    // stdout's reader left on purpose (`| head`): nothing to say, as other Unix tools.
    if (io.interruptedBy?.() !== "SIGPIPE") {
      io.stderr.write(`seo-rewrite: interrupted after ${order.printed} file(s)\n`);
    }
    return io.interruptedBy?.() === "SIGTERM" ? 143 : 130;
  };
  try {
    const listed = listInputs(paths, { extensions: MARKDOWN_EXTENSIONS, cwd: io.cwd });
    for await (const item of listed) {
      if (aborted()) return interrupted();
      const { display, outcome } = inFlightOf(item, checker);
      order.add(display, outcome);
      while (order.size > WINDOW && !aborted()) await order.waitOldest(interruption);
    }
    while (order.size > 0 && !aborted()) await order.waitOldest(interruption);
    if (aborted()) return interrupted();
  } finally {
    checker.close();
  }
  return checkExitCode(printer.end(true));
}

function inFlightOf(item: ListedInput, checker: FileChecker): InFlight {
  if ("problem" in item) {
    // `check` reads Markdown only: the listing's advice about --ext is not for it.
    const problem = item.problem.replace(/ \(change --ext[^)]*\)/u, "");
    return { display: item.input, outcome: Promise.resolve({ problem }) };
  }
  return { display: printable(item.display), outcome: checker.check(item.path) };
}
