import { resolve } from "node:path";
import { priceOf } from "../../core/prices.js";
import type { ReportEntry } from "../report.js";
import { type BatchState, countArticles } from "./state.js";

/**
 * The `--report` of a Batch API run, in the online mode's shape (one entry per input,
 * totals), from the state file: it covers every article of every round, those still
 * pending too (`notDone`).
 */

export interface BatchReportEntry extends Omit<ReportEntry, "status"> {
  status: ReportEntry["status"] | "pending";
  /** The batch of its last request, while pending. */
  batch?: string;
  customId?: string;
}

export function reportOf(
  state: BatchState,
  dir: string,
  run: { version: string; free: boolean; finishedAt: Date; interruptedBy?: string },
) {
  const counts = countArticles(state);
  const articles: BatchReportEntry[] = state.articles.map((article) => {
    const entry: BatchReportEntry = {
      input: article.input,
      status:
        article.status === "queued" || article.status === "submitted" ? "pending" : article.status,
      output: resolve(dir, article.output),
      attempts: article.answered,
      tokens: { ...article.tokens },
      durationMs:
        article.submittedAt && article.finishedAt
          ? Date.parse(article.finishedAt) - Date.parse(article.submittedAt)
          : 0,
      reasons: [...article.reasons],
      warnings: [...article.warnings],
    };
    if (article.words !== undefined) entry.words = article.words;
    if (article.cost !== undefined && !run.free) entry.cost = Number(article.cost.toFixed(6));
    if (article.batchId !== undefined) entry.batch = article.batchId;
    if (article.customId !== undefined) entry.customId = article.customId;
    return entry;
  });
  const tokens = { prompt: 0, completion: 0 };
  let cost = 0;
  let priced = false;
  for (const article of state.articles) {
    tokens.prompt += article.tokens.prompt;
    tokens.completion += article.tokens.completion;
    if (article.cost !== undefined) {
      cost += article.cost;
      priced = true;
    }
  }
  const price = priceOf(state.settings.model);
  return {
    generator: `seo-rewrite ${run.version}`,
    model: state.settings.model,
    mode: "batch-api",
    finishedAt: run.finishedAt.toISOString(),
    ...(run.interruptedBy ? { interruptedBy: run.interruptedBy } : {}),
    batches: state.batches.map((batch) => ({
      id: batch.id,
      status: batch.status,
      requests: batch.requests,
      ...(batch.requestCounts ? { requestCounts: batch.requestCounts } : {}),
      ...(batch.errors.length > 0 ? { errors: batch.errors } : {}),
    })),
    totals: {
      inputs: state.articles.length,
      written: counts.written,
      skipped: counts.skipped,
      failed: counts.failed,
      notDone: counts.queued + counts.submitted,
      attempts: state.articles.reduce((sum, article) => sum + article.answered, 0),
      tokens,
      ...(priced && price && !run.free
        ? { cost: { amount: Number(cost.toFixed(6)), currency: price.currency } }
        : {}),
    },
    articles,
  };
}

/** One line: where the articles stand. */
export function articlesLine(state: BatchState): string {
  const counts = countArticles(state);
  return `${state.articles.length} article(s): ${counts.written} written, ${counts.skipped} skipped (up to date), ${counts.failed} failed, ${counts.submitted} in batches, ${counts.queued} queued`;
}
