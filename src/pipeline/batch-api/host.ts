import type { OpenAI } from "openai";
import type { BatchApiShape, ClientPlan } from "../../model/providers.js";
import { createSdkClient } from "../../model/sdk-client.js";
import { type BatchApi, batchApiOf } from "./client.js";
import { mistralBatchApiOf } from "./mistral-client.js";

/**
 * Which {@link BatchApi} a host speaks: the preset's shape (or `--batch-api` for a custom
 * host) picks the implementation and the input file's format; the commands above it —
 * state, splitting, repair rounds, collect, reports, cost — are the same for every shape.
 */

/**
 * An SDK client for a {@link ClientPlan} (the plan `rewrite` builds): the plain `OpenAI`
 * client, or `AzureOpenAI` for Azure, without a deployment (the Batch API is not under one).
 * Loaded only when a batch command needs it.
 */
export function createBatchClient(
  plan: ClientPlan,
  options: { timeoutMs: number; maxRetries: number },
): Promise<OpenAI> {
  return createSdkClient(plan, options);
}

/** The host's Batch API in `shape`, over a new SDK client. */
export async function createBatchApi(
  shape: BatchApiShape,
  plan: ClientPlan,
  options: { timeoutMs: number; maxRetries: number },
): Promise<BatchApi> {
  const client = await createBatchClient(plan, options);
  const context = {
    timeoutMs: options.timeoutMs,
    ...(plan.baseURL !== undefined ? { baseURL: plan.baseURL } : {}),
    ...(plan.query ? { secrets: Object.values(plan.query) } : {}),
  };
  return shape === "mistral" ? mistralBatchApiOf(client, context) : batchApiOf(client, context);
}
