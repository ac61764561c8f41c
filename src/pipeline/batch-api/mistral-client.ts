import type { OpenAI } from "openai";
import { z } from "zod";
import { LlmError } from "../../model/llm.js";
import {
  type BatchApi,
  type BatchApiContext,
  batchApiOf,
  edgeOf,
  type RemoteBatch,
} from "./client.js";
import { BATCH_ENDPOINT } from "./jsonl.js";
import { MISTRAL_JOB_STATUSES } from "./state.js";

/**
 * The {@link BatchApi} over Mistral's batch jobs, from its documentation
 * (docs.mistral.ai/studio-api/batch-processing, and the `BatchJobIn`/`BatchJobOut` schemas
 * of its OpenAPI, github.com/mistralai/platform-docs-public `openapi.yaml`):
 *
 * - files: `POST /v1/files` (multipart `file` + `purpose: "batch"`) and
 *   `GET /v1/files/{id}/content` — the very paths and form of OpenAI's Files API, so
 *   `upload` and `lines` are {@link batchApiOf}'s;
 * - jobs: `POST /v1/batch/jobs` `{ input_files, model, endpoint, metadata }`,
 *   `GET /v1/batch/jobs/{id}`, `POST /v1/batch/jobs/{id}/cancel`, each answering a job
 *   `{ id, status, output_file, error_file, errors: [{ message, count }],
 *   total_requests, succeeded_requests, failed_requests, … }`.
 *
 * Over the same SDK client as OpenAI's, through its generic `get`/`post`: the same retries
 * (429 with Retry-After, 5xx, resets), timeout and error mapping (`edgeOf`), and no second
 * HTTP stack or SDK to install for three JSON calls.
 */

const jobSchema = z
  .object({
    id: z.string(),
    status: z.string(),
    input_files: z.array(z.string()).nullish(),
    output_file: z.string().nullish(),
    error_file: z.string().nullish(),
    errors: z
      .array(z.object({ message: z.string(), count: z.number().nullish() }).loose())
      .nullish(),
    total_requests: z.number().nullish(),
    succeeded_requests: z.number().nullish(),
    failed_requests: z.number().nullish(),
  })
  .loose();

/** A Mistral job as the batch commands see any batch. */
export function remoteOfJob(json: unknown, inputFileId = ""): RemoteBatch {
  const parsed = jobSchema.safeParse(json);
  if (!parsed.success) {
    throw new LlmError("bad-request", "the host's answer is not a Mistral batch job");
  }
  const job = parsed.data;
  const remote: RemoteBatch = {
    id: job.id,
    // A status this version does not know yet: still running, polled again.
    status: MISTRAL_JOB_STATUSES[job.status] ?? "in_progress",
    inputFileId: job.input_files?.[0] ?? inputFileId,
    errors: (job.errors ?? []).map((error) =>
      (error.count ?? 1) > 1 ? `${error.message} (×${error.count})` : error.message,
    ),
  };
  if (job.total_requests != null) {
    remote.requestCounts = {
      total: job.total_requests,
      completed: job.succeeded_requests ?? 0,
      failed: job.failed_requests ?? 0,
    };
  }
  if (job.output_file) remote.outputFileId = job.output_file;
  if (job.error_file) remote.errorFileId = job.error_file;
  return remote;
}

export function mistralBatchApiOf(client: OpenAI, context: BatchApiContext): BatchApi {
  const files = batchApiOf(client, context);
  const { guard, options } = edgeOf(client, context);
  const job = (id: string) => `/batch/jobs/${encodeURIComponent(id)}`;
  return {
    ...(files.secrets ? { secrets: files.secrets } : {}),
    upload: files.upload,
    lines: files.lines,
    create({ inputFileId, model, metadata }, signal) {
      return guard("creating the batch job", async () =>
        remoteOfJob(
          await client.post("/batch/jobs", {
            body: {
              input_files: [inputFileId],
              model,
              endpoint: BATCH_ENDPOINT,
              metadata: { ...metadata },
            },
            ...options(signal),
          }),
          inputFileId,
        ),
      );
    },
    retrieve(id, signal) {
      return guard(`reading batch job ${id}`, async () =>
        remoteOfJob(await client.get(job(id), options(signal))),
      );
    },
    cancel(id, signal) {
      return guard(`cancelling batch job ${id}`, async () =>
        remoteOfJob(await client.post(`${job(id)}/cancel`, options(signal))),
      );
    },
  };
}
