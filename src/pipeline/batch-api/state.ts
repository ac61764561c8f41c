import { z } from "zod";
import { FORMATS } from "../../core/formats.js";
import { hashText } from "../../core/freshness.js";
import { BATCH_API_SHAPES } from "../../model/providers.js";

/**
 * The state file, `DIR/.seo-rewrite-batch.json`: the truth about a Batch API run. It names
 * every batch and every article (input ↔ `custom_id`, source hash, attempt, status), so a
 * lost terminal loses nothing and a rerun never resubmits what is pending or written.
 * Pure: the schema, parsing and the few rules about states; `store.ts` reads and writes it.
 */

export const STATE_FILE = ".seo-rewrite-batch.json";
export const STATE_VERSION = 1;

const role = z.enum(["system", "user", "assistant"]);

const templateSchema = z.object({
  name: z.string(),
  // Defaults: state files written before templates had a kind still load.
  kind: z.enum(["article", "repair"]).default("article"),
  description: z.string(),
  variables: z.array(z.string()).default([]),
  temperature: z.number().optional(),
  messages: z.array(z.object({ role, template: z.string() })),
  hash: z.string(),
});

/** What shapes the requests and how answers are judged: recorded at submit, used at collect. */
export const storedSettingsSchema = z.object({
  model: z.string().min(1),
  minWords: z.number().int().positive(),
  lang: z.string(),
  keyword: z.string().optional(),
  temperature: z.number().optional(),
  format: z.enum(FORMATS),
  /** `--draft`, `--categories`, `--permalink-base`: absent when not given. */
  draft: z.boolean().optional(),
  categories: z.array(z.string()).optional(),
  permalinkBase: z.string().optional(),
  /** `--cite-source`. */
  citeSource: z.boolean().optional(),
  originalityError: z.number(),
  originalityWarning: z.number(),
  optionsHash: z.string(),
  /** `--max-attempts` at submit: collect keeps to it unless given its own. */
  maxAttempts: z.number().int().positive().optional(),
  /** `--max-input-words`, so collect reads the inputs again exactly as submit did. */
  maxInputWords: z.number().int().positive(),
  template: templateSchema,
  repairTemplate: templateSchema,
});

export type StoredSettings = z.output<typeof storedSettingsSchema>;

export const ARTICLE_STATUSES = ["queued", "submitted", "written", "skipped", "failed"] as const;
/**
 * `queued`: a request is to be sent (first attempt, repair, or one a batch did not run);
 * `submitted`: its request is in batch `batchId`; `written`, `skipped` (up to date) and
 * `failed` are final until the next `submit`.
 */
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

const articleSchema = z.object({
  /** {@link articleKey} of `output`. */
  key: z.string(),
  /** The input as the user named it (messages, reports, the article's `source`). */
  input: z.string(),
  /** Absolute path of the input, read again at collect. */
  path: z.string(),
  /** The output, relative to the state file's folder, with `/`. */
  output: z.string(),
  sourceHash: z.string().optional(),
  /** Source, prompt, model and options hashed: part of every `custom_id`. */
  runHash: z.string().optional(),
  /**
   * Submitted with `--force`: an input not in `--lang` is read again the same way, and a
   * file at its output that seo-rewrite did not write may be replaced.
   */
  forced: z.boolean().optional(),
  status: z.enum(ARTICLE_STATUSES),
  /** The attempt number of the current (or next) request; 0 before any. */
  attempt: z.number().int().min(0),
  /** Answers judged so far. */
  answered: z.number().int().min(0),
  /** Requests that failed on the host's side (5xx, 429) and were sent again. */
  retries: z.number().int().min(0),
  customId: z.string().optional(),
  batchId: z.string().optional(),
  /** The conversation after the prompt: each rejected answer and its repair message. */
  turns: z.array(z.object({ role, content: z.string() })),
  tokens: z.object({ prompt: z.number(), completion: z.number() }),
  cost: z.number().optional(),
  words: z.number().optional(),
  reasons: z.array(z.string()),
  warnings: z.array(z.string()),
  submittedAt: z.string().optional(),
  finishedAt: z.string().optional(),
});

export type ArticleRecord = z.output<typeof articleSchema>;

export const BATCH_STATUSES = [
  "validating",
  "failed",
  "in_progress",
  "finalizing",
  "completed",
  "expired",
  "cancelling",
  "cancelled",
] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/**
 * Mistral's job statuses (docs.mistral.ai/studio-api/batch-processing, `BatchJobStatus`
 * in its OpenAPI) as ours: queued is not yet running (as validating), TIMEOUT_EXCEEDED is
 * OpenAI's expired (what did not run is sent again), CANCELLATION_REQUESTED its cancelling.
 */
export const MISTRAL_JOB_STATUSES: Readonly<Record<string, BatchStatus>> = {
  QUEUED: "validating",
  RUNNING: "in_progress",
  SUCCESS: "completed",
  FAILED: "failed",
  TIMEOUT_EXCEEDED: "expired",
  CANCELLATION_REQUESTED: "cancelling",
  CANCELLED: "cancelled",
};

/** Statuses after which a batch changes no more: its files can be collected. */
export const FINAL_BATCH_STATUSES: ReadonlySet<BatchStatus> = new Set([
  "completed",
  "failed",
  "expired",
  "cancelled",
]);

const countsSchema = z.object({ total: z.number(), completed: z.number(), failed: z.number() });
export type RequestCounts = z.output<typeof countsSchema>;

const batchSchema = z.object({
  id: z.string(),
  inputFileId: z.string(),
  status: z.enum(BATCH_STATUSES),
  requests: z.number().int().min(0),
  bytes: z.number().int().min(0),
  createdAt: z.string(),
  requestCounts: countsSchema.optional(),
  outputFileId: z.string().optional(),
  errorFileId: z.string().optional(),
  /** The batch's own errors (a file that failed validation). */
  errors: z.array(z.string()),
  /** Its output and error files have been read and every request settled. */
  collected: z.boolean(),
  /** Cancelled with `batch cancel`: what it did not run is not sent again by `collect`. */
  cancelledByUser: z.boolean().optional(),
});

export type BatchRecord = z.output<typeof batchSchema>;

export const stateSchema = z.object({
  version: z.literal(STATE_VERSION),
  generator: z.string(),
  /** The API base URL the batches live on. */
  endpoint: z.string(),
  /** The shape of Batch API they were created through; absent (older files): `openai`. */
  batchApi: z.enum(BATCH_API_SHAPES).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  settings: storedSettingsSchema,
  batches: z.array(batchSchema),
  articles: z.array(articleSchema),
});

export type BatchState = z.output<typeof stateSchema>;

export class StateError extends Error {
  override name = "StateError";
}

/** Parse a state file's text; `label` names the file in the one-line error. */
export function parseState(text: string, label: string): BatchState {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new StateError(
      `${label}: not valid JSON: restore it, or move it away to start over (its batches would be lost)`,
    );
  }
  if (typeof json === "object" && json !== null && "version" in json) {
    if (json.version !== STATE_VERSION) {
      throw new StateError(
        `${label}: written by another version of seo-rewrite (state version ${String(json.version)}, this one reads ${STATE_VERSION})`,
      );
    }
  }
  const parsed = stateSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StateError(
      `${label}: ${issue?.path.join(".") || "the file"}: ${issue?.message ?? "invalid"}: not a state file this version reads`,
    );
  }
  return parsed.data;
}

export function serializeState(state: BatchState): string {
  return `${JSON.stringify(state, null, 1)}\n`;
}

export function newState(
  settings: StoredSettings,
  endpoint: string,
  generator: string,
  now: Date,
): BatchState {
  const at = now.toISOString();
  return {
    version: STATE_VERSION,
    generator,
    endpoint,
    createdAt: at,
    updatedAt: at,
    settings,
    batches: [],
    articles: [],
  };
}

/** What makes two submissions ask for the same thing: model, prompt and options. */
export function settingsFingerprint(settings: StoredSettings): string {
  return hashText(JSON.stringify([settings.model, settings.template.hash, settings.optionsHash]));
}

/** The run of one source under these settings: a changed source or setting is a new run. */
export function runHashOf(settings: StoredSettings, sourceHash: string): string {
  return hashText(`${settingsFingerprint(settings)}:${sourceHash}`);
}

export function isFinal(batch: Pick<BatchRecord, "status">): boolean {
  return FINAL_BATCH_STATUSES.has(batch.status);
}

export function countArticles(state: BatchState): Record<ArticleStatus, number> {
  const counts: Record<ArticleStatus, number> = {
    queued: 0,
    submitted: 0,
    written: 0,
    skipped: 0,
    failed: 0,
  };
  for (const article of state.articles) counts[article.status] += 1;
  return counts;
}

/** An article back to its first attempt, as a new source or new settings require. */
export function restartArticle(article: ArticleRecord, runHash: string, sourceHash: string): void {
  article.runHash = runHash;
  article.sourceHash = sourceHash;
  article.status = "queued";
  article.attempt = 1;
  article.answered = 0;
  article.retries = 0;
  article.turns = [];
  article.tokens = { prompt: 0, completion: 0 };
  article.reasons = [];
  article.warnings = [];
  delete article.customId;
  delete article.batchId;
  delete article.cost;
  delete article.words;
  delete article.submittedAt;
  delete article.finishedAt;
  delete article.forced;
}

/** A fresh record for an input seen for the first time. */
export function newArticle(fields: {
  key: string;
  input: string;
  path: string;
  output: string;
}): ArticleRecord {
  return {
    ...fields,
    status: "queued",
    attempt: 0,
    answered: 0,
    retries: 0,
    turns: [],
    tokens: { prompt: 0, completion: 0 },
    reasons: [],
    warnings: [],
  };
}
