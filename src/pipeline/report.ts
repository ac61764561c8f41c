import { printable } from "../core/printable.js";
import { plural } from "../core/reporters.js";
import { costOf } from "./forecast.js";
import type { ArticleStatus } from "./progress.js";
import type { RunIO, RunSetup } from "./setup.js";

/** The online run's report (`--report`): one entry per input, totals counted from them. */

export interface ReportEntry {
  input: string;
  status: ArticleStatus;
  output?: string;
  /**
   * Model calls made for the article (the first and each repair), a call that failed
   * included; the SDK's retries of one call (429, 5xx, a dropped connection) are inside it.
   */
  attempts: number;
  words?: number;
  tokens: { prompt: number; completion: number };
  durationMs: number;
  /** What the tokens used cost, in the model's currency, when its price is known. */
  cost?: number;
  reasons: string[];
  warnings: string[];
  /** Each model call: a full rewrite, a targeted patch or a polish, what it mended, its tokens. */
  calls?: ReportCall[];
  /** `--polish`: what was sent to be mended, whether the polished article was kept, its cost. */
  polish?: ReportPolish;
}

export interface ReportPolish {
  mended: string[];
  kept: boolean;
  warnings: { before: number; after?: number };
  why?: string;
  calls: number;
  tokens: { prompt: number; completion: number };
}

export interface ReportCall {
  attempt: number;
  kind: "rewrite" | "patch" | "polish";
  mended?: string[];
  /** Answer shapes mended in code before the checks, at no cost. */
  normalised?: string[];
  tokens?: { prompt: number; completion: number };
}

export function newEntry(
  input: string,
  status: ArticleStatus = "failed",
  reasons: string[] = [],
): ReportEntry {
  return {
    input,
    status,
    attempts: 0,
    tokens: { prompt: 0, completion: 0 },
    durationMs: 0,
    reasons,
    warnings: [],
  };
}

export function failEntry(entry: ReportEntry, reason: string): void {
  entry.status = "failed";
  entry.reasons.push(reason);
  // `output` names a file that exists: a failed input wrote none.
  delete entry.output;
}

/** The line that closes an input on stderr, after its status. */
export function entryDetail(entry: ReportEntry, options: { verbose: boolean; dryRun: boolean }) {
  if (entry.status === "failed") return `failed: ${entry.reasons.join("; ")}`;
  if (entry.status === "written") {
    const warnings =
      entry.warnings.length > 0
        ? `, ${plural(entry.warnings.length, "warning")}${options.verbose ? "" : ": --verbose lists them"}`
        : "";
    return `${entry.output ? `→ ${printable(entry.output)} ` : ""}(${entry.words} words, ${plural(entry.attempts, "attempt")}${warnings})`;
  }
  return options.dryRun ? "(dry run)" : `(up to date: ${printable(entry.output ?? "")})`;
}

/** The report, its totals counted from its own entries (one per input) so the two agree. */
export function reportOf(
  entries: readonly ReportEntry[],
  setup: Pick<RunSetup, "preset" | "model" | "version">,
  io: Pick<RunIO, "now">,
  interrupted: string | undefined,
) {
  const count = (status: ArticleStatus) =>
    entries.filter((entry) => entry.status === status).length;
  const notStarted = entries.filter((entry) =>
    entry.reasons.some((reason) => reason.startsWith("not started")),
  ).length;
  const prompt = entries.reduce((sum, entry) => sum + entry.tokens.prompt, 0);
  const completion = entries.reduce((sum, entry) => sum + entry.tokens.completion, 0);
  const cost = costOf(setup, prompt, completion);
  return {
    generator: `seo-rewrite ${setup.version}`,
    model: setup.model,
    finishedAt: io.now().toISOString(),
    ...(interrupted ? { interruptedBy: interrupted } : {}),
    totals: {
      inputs: entries.length,
      written: count("written"),
      skipped: count("skipped") - notStarted,
      failed: count("failed"),
      notDone: notStarted,
      attempts: entries.reduce((sum, entry) => sum + entry.attempts, 0),
      tokens: { prompt, completion },
      ...(cost
        ? { cost: { amount: Number(cost.amount.toFixed(6)), currency: cost.currency } }
        : {}),
    },
    articles: entries,
  };
}
