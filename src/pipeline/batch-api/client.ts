import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { OpenAI } from "openai";
import { redactSecrets } from "../../core/redact.js";
import { LlmError, mapError } from "../../model/llm.js";
import { BATCH_ENDPOINT, type JsonlFile } from "./jsonl.js";
import { BATCH_STATUSES, type BatchStatus, type RequestCounts } from "./state.js";

/**
 * The edge over the SDK's Files and Batches APIs: upload a JSONL file, create, retrieve and
 * cancel a batch, read a result file line by line. The SDK does the retries (429 with
 * Retry-After, 5xx, resets); its errors are mapped here into one-line `LlmError`s with the
 * key redacted, as `llm.ts` does for chat.
 */

/** A batch as the host reports it. */
export interface RemoteBatch {
  id: string;
  status: BatchStatus;
  inputFileId: string;
  requestCounts?: RequestCounts;
  outputFileId?: string;
  errorFileId?: string;
  /** The batch's own errors (validation), one line each. */
  errors: string[];
}

/** What a new batch runs: its input file, the model (one per batch), our tags. */
export interface BatchToCreate {
  inputFileId: string;
  model: string;
  metadata: Readonly<Record<string, string>>;
}

/**
 * What the batch commands need of a host, whatever the shape of its API (OpenAI's here,
 * Mistral's in `mistral-client.ts`); tests may inject their own.
 */
export interface BatchApi {
  upload(file: JsonlFile, name: string, signal?: AbortSignal): Promise<{ id: string }>;
  create(batch: BatchToCreate, signal?: AbortSignal): Promise<RemoteBatch>;
  retrieve(id: string, signal?: AbortSignal): Promise<RemoteBatch>;
  cancel(id: string, signal?: AbortSignal): Promise<RemoteBatch>;
  /** The lines of a result file, once downloaded (the file may be hundreds of MB). */
  lines(fileId: string, signal?: AbortSignal): AsyncIterable<string>;
  /** What must never be written (the key): hidden from any text the host sends back. */
  readonly secrets?: readonly string[];
}

type SdkBatch = Awaited<ReturnType<OpenAI["batches"]["retrieve"]>>;

function remoteOf(batch: SdkBatch): RemoteBatch {
  const status = (BATCH_STATUSES as readonly string[]).includes(batch.status)
    ? batch.status
    : "in_progress";
  const remote: RemoteBatch = {
    id: batch.id,
    status,
    inputFileId: batch.input_file_id,
    errors: (batch.errors?.data ?? []).map((error) =>
      [error.line != null ? `line ${error.line}` : undefined, error.code, error.message]
        .filter((part): part is string => Boolean(part))
        .join(": "),
    ),
  };
  if (batch.request_counts) {
    const { total, completed, failed } = batch.request_counts;
    remote.requestCounts = { total, completed, failed };
  }
  if (batch.output_file_id) remote.outputFileId = batch.output_file_id;
  if (batch.error_file_id) remote.errorFileId = batch.error_file_id;
  return remote;
}

/**
 * A result file, all of it to a temporary file first, then its lines. Judging the articles
 * as the bytes arrive would keep the connection open as long as the judging takes (minutes
 * for 50,000 answers), and a host or a proxy drops a reader that slow: the download got
 * "terminated" halfway. On disk, not in memory: the file may be hundreds of MB.
 */
async function* spooledLines(
  body: ReadableStream<Uint8Array>,
  signal: AbortSignal | undefined,
  onDownloadError: (error: unknown) => Promise<Error>,
): AsyncGenerator<string> {
  const folder = await mkdtemp(join(tmpdir(), "seo-rewrite-batch-"));
  const path = join(folder, "result.jsonl");
  try {
    try {
      await pipeline(
        Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>),
        createWriteStream(path),
        ...(signal ? [{ signal }] : []),
      );
    } catch (error) {
      throw await onDownloadError(error);
    }
    yield* createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export interface BatchApiContext {
  /** Per request, in milliseconds, for the error message. */
  timeoutMs: number;
  baseURL?: string;
  /** Also redacted, besides the client's own key. */
  secrets?: readonly string[];
}

/** Runs one call of the edge; its error becomes a one-line, redacted `LlmError`. */
export type Guard = <T>(what: string, call: () => Promise<T>) => Promise<T>;

/**
 * What every call over an SDK client shares, whatever the API's shape: the secrets to
 * hide (the client's key too), the error mapping of `llm.ts`, and the per-call options.
 */
export function edgeOf(client: OpenAI, context: BatchApiContext) {
  const secrets = [...(context.secrets ?? []), ...(client.apiKey ? [client.apiKey] : [])];
  const errorContext = {
    timeoutMs: context.timeoutMs,
    secrets,
    ...(context.baseURL !== undefined ? { baseURL: context.baseURL } : {}),
  };
  const failure = async (what: string, error: unknown): Promise<LlmError> => {
    const mapped = await mapError(error, errorContext);
    return new LlmError(
      mapped.kind,
      redactSecrets(`${what}: ${mapped.message}`, secrets),
      mapped.status,
      { cause: error },
    );
  };
  const guard: Guard = async (what, call) => {
    try {
      return await call();
    } catch (error) {
      throw await failure(what, error);
    }
  };
  const options = (signal?: AbortSignal) => (signal ? { signal } : {});
  return { secrets, failure, guard, options };
}

/** The {@link BatchApi} over an SDK client (OpenAI or AzureOpenAI): `/files` and `/batches`. */
export function batchApiOf(client: OpenAI, context: BatchApiContext): BatchApi {
  const { secrets, failure, guard, options } = edgeOf(client, context);
  return {
    secrets,
    async upload(file, name, signal) {
      const { toFile } = await import("openai");
      return guard("uploading the batch file", async () => {
        const upload = await toFile(new Blob(file.lines), name, { type: "application/jsonl" });
        const created = await client.files.create(
          { file: upload, purpose: "batch" },
          options(signal),
        );
        return { id: created.id };
      });
    },
    create({ inputFileId, metadata }, signal) {
      // The model is each request line's (`body.model`), as OpenAI's batches take it.
      return guard("creating the batch", async () =>
        remoteOf(
          await client.batches.create(
            {
              input_file_id: inputFileId,
              endpoint: BATCH_ENDPOINT,
              completion_window: "24h",
              metadata: { ...metadata },
            },
            options(signal),
          ),
        ),
      );
    },
    retrieve(id, signal) {
      return guard(`reading batch ${id}`, async () =>
        remoteOf(await client.batches.retrieve(id, options(signal))),
      );
    },
    cancel(id, signal) {
      return guard(`cancelling batch ${id}`, async () =>
        remoteOf(await client.batches.cancel(id, options(signal))),
      );
    },
    async *lines(fileId, signal) {
      const response = await guard(`downloading file ${fileId}`, () =>
        client.files.content(fileId, options(signal)),
      );
      if (response.body === null) return;
      yield* spooledLines(response.body, signal, (error) =>
        failure(`downloading file ${fileId}`, error),
      );
    },
  };
}
