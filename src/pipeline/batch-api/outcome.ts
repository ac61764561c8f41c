import { resolve } from "node:path";
import { errorsOf } from "../../core/finding.js";
import { writtenBySeoRewrite } from "../../core/freshness.js";
import type { ChatResult } from "../../model/llm.js";
import type { SlugBook } from "../../output/slugs.js";
import {
  outsideOutProblem,
  readExistingOutput,
  rejectedPathFor,
  writeFileAtomic,
} from "../../output/write.js";
import {
  judgeAnswer,
  type RewriteSettings,
  repairMessages,
  type SourceForRewrite,
} from "../rewrite.js";
import { writeArticle } from "../stages.js";
import type { Log } from "./setup.js";
import type { ArticleRecord } from "./state.js";

/**
 * What one answer does to its article — the same verdict for a batch answer and an online
 * repair: written (atomically, to the mirrored path), sent back with a repair message while
 * attempts remain, or failed with its reasons.
 */

export interface OutcomeContext {
  /** The folder the state file is in: outputs are relative to it. */
  dir: string;
  settings: RewriteSettings;
  keepRejected: boolean;
  now(): Date;
  log: Log;
  /** What these tokens cost, with the batch discount when not `online`; undefined when unknown. */
  costOf(prompt: number, completion: number, online: boolean): number | undefined;
  /** The slugs under the output folder, read at the first article written. */
  slugs(): Promise<SlugBook>;
}

export type Outcome = "written" | "repair" | "failed";

export function failArticle(
  article: ArticleRecord,
  reasons: readonly string[],
  now: Date,
  log: Log,
): void {
  article.status = "failed";
  article.reasons = [...reasons];
  article.finishedAt = now.toISOString();
  delete article.batchId;
  log.line(`${article.input}: failed: ${reasons.join("; ")}`);
}

/** A request that did not run (expired, cancelled by the host, a 5xx): sent again as it was. */
export function requeueArticle(article: ArticleRecord): void {
  article.status = "queued";
  delete article.batchId;
}

export async function applyAnswer(
  article: ArticleRecord,
  answer: ChatResult,
  source: SourceForRewrite,
  context: OutcomeContext,
  online: boolean,
): Promise<Outcome> {
  const { settings, log } = context;
  article.answered += 1;
  if (answer.usage) {
    article.tokens.prompt += answer.usage.prompt;
    article.tokens.completion += answer.usage.completion;
    const cost = context.costOf(answer.usage.prompt, answer.usage.completion, online);
    if (cost !== undefined) article.cost = (article.cost ?? 0) + cost;
  }
  const verdict = judgeAnswer(answer, source, settings);
  if (verdict.kind === "fatal") {
    failArticle(article, [verdict.reason], context.now(), log);
    return "failed";
  }
  const errors = errorsOf(verdict.findings);
  const path = resolve(context.dir, article.output);
  if (errors.length === 0) {
    // A file that appeared there since submit, and that we did not write, stays.
    const existing = article.forced ? undefined : await readExistingOutput(path);
    if (existing !== undefined && !writtenBySeoRewrite(existing)) {
      failArticle(
        article,
        [`${path} exists and was not written by seo-rewrite: move it, then run batch submit again`],
        context.now(),
        log,
      );
      return "failed";
    }
    const outside = await outsideOutProblem(path, context.dir, context.dir);
    if (outside !== undefined) {
      failArticle(article, [outside], context.now(), log);
      return "failed";
    }
    const slugWarning = await writeArticle(path, verdict.markdown, await context.slugs());
    article.status = "written";
    article.turns = [];
    article.reasons = [];
    article.warnings = verdict.findings.map((finding) => `${finding.rule}: ${finding.message}`);
    if (slugWarning !== undefined) {
      article.warnings.push(`slug: ${slugWarning}`);
      log.info(`${article.input}: warning: ${slugWarning}`);
    }
    if (verdict.words !== undefined) article.words = verdict.words;
    article.finishedAt = context.now().toISOString();
    delete article.batchId;
    log.info(
      `${article.input}: written → ${path} (${verdict.words ?? 0} words, attempt ${article.attempt})`,
    );
    return "written";
  }
  const failing = errors.map((finding) => `${finding.rule}: ${finding.message}`);
  if (article.attempt < settings.maxAttempts) {
    article.turns.push(
      { role: "assistant", content: answer.content },
      ...repairMessages(verdict.findings, article.attempt + 1, settings),
    );
    article.attempt += 1;
    article.status = "queued";
    article.reasons = failing;
    delete article.batchId;
    log.info(
      `${article.input}: attempt ${article.attempt - 1}: failing ${[...new Set(errors.map((finding) => finding.rule))].join(", ")}: to repair (attempt ${article.attempt}/${settings.maxAttempts})`,
    );
    return "repair";
  }
  const reason =
    answer.finishReason === "length"
      ? `the answer was cut by the token limit; ${settings.maxAttempts} attempt(s) used`
      : `checks still failing after ${settings.maxAttempts} attempt(s)`;
  const reasons = [reason, ...failing];
  if (context.keepRejected && verdict.markdown !== "") {
    await writeFileAtomic(rejectedPathFor(path), verdict.markdown);
    reasons.push(`last attempt kept as ${rejectedPathFor(path)}`);
  }
  failArticle(article, reasons, context.now(), log);
  return "failed";
}
