import type { BatchApi } from "./client.js";
import { type JsonlFile, type JsonlLimits, JsonlPacker } from "./jsonl.js";
import { type BatchIO, formatBytes, type Log, plural } from "./setup.js";
import type { ArticleRecord, BatchRecord, BatchState } from "./state.js";

/**
 * Queued requests → batches: lines are packed into files within the API's limits; each full
 * file is uploaded and its batch created at once, then the state is saved, so at most one
 * file is held in memory and a crash loses at most the batch being created.
 */

export interface DispatchContext {
  state: BatchState;
  api: () => Promise<BatchApi>;
  io: BatchIO;
  log: Log;
  limits: JsonlLimits;
  generator: string;
  save: () => Promise<void>;
  /** Pack and count, send nothing. */
  dryRun: boolean;
}

export class Dispatcher {
  /** Every file packed, sent or (dry run) not. */
  readonly files: { requests: number; bytes: number }[] = [];
  readonly created: BatchRecord[] = [];
  /** Why sending stopped; the requests not sent stay queued for the next run. */
  error: string | undefined;
  notSent = 0;
  readonly #packer: JsonlPacker;
  readonly #articles = new Map<string, ArticleRecord>();

  constructor(private readonly context: DispatchContext) {
    this.#packer = new JsonlPacker(context.limits);
  }

  async add(article: ArticleRecord, customId: string, line: string): Promise<void> {
    const full = this.#packer.add(customId, line);
    this.#articles.set(customId, article);
    if (full) await this.#send(full);
  }

  async finish(): Promise<void> {
    const last = this.#packer.flush();
    if (last) await this.#send(last);
  }

  async #send(file: JsonlFile): Promise<void> {
    const { context } = this;
    this.files.push({ requests: file.customIds.length, bytes: file.bytes });
    const articles = file.customIds.map((customId) => {
      const article = this.#articles.get(customId);
      this.#articles.delete(customId);
      return article;
    });
    if (context.dryRun) return;
    if (this.error !== undefined || context.io.signal.aborted) {
      this.notSent += file.customIds.length;
      return;
    }
    try {
      const api = await context.api();
      const stamp = context.io.now().toISOString().replace(/[-:]/gu, "").slice(0, 15);
      const name = `seo-rewrite-${stamp}-${context.state.batches.length + 1}.jsonl`;
      const uploaded = await api.upload(file, name, context.io.signal);
      const remote = await api.create(
        {
          inputFileId: uploaded.id,
          model: context.state.settings.model,
          metadata: { generator: context.generator },
        },
        context.io.signal,
      );
      const at = context.io.now().toISOString();
      const record: BatchRecord = {
        id: remote.id,
        inputFileId: uploaded.id,
        status: remote.status,
        requests: file.customIds.length,
        bytes: file.bytes,
        createdAt: at,
        errors: remote.errors,
        collected: false,
      };
      context.state.batches.push(record);
      this.created.push(record);
      file.customIds.forEach((customId, index) => {
        const article = articles[index];
        if (article === undefined) return;
        article.status = "submitted";
        article.customId = customId;
        article.batchId = remote.id;
        article.submittedAt ??= at;
      });
      await context.save();
      context.log.info(
        `${remote.id}: ${plural(file.customIds.length, "request")} submitted (${formatBytes(file.bytes)})`,
      );
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.notSent += file.customIds.length;
      context.log.line(`seo-rewrite: ${this.error}`);
    }
  }
}
