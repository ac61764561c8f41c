import type { OpenAI } from "openai";
import type { ClientPlan } from "./providers.js";

export interface SdkClientOptions {
  /** Per request, in milliseconds (the SDK's `timeout`). */
  timeoutMs: number;
  /** Retries on top of the first try (the SDK's `maxRetries`). */
  maxRetries: number;
  /** Replaces the global `fetch` (the chat client's shared 429 pause). Default: the SDK's. */
  fetch?: typeof fetch;
  /**
   * Azure: send requests to the plan's deployment. Chat only: the SDK would also route
   * `/batches` under `/deployments/<name>`, where Azure's Batch API is not. Default: `false`.
   */
  useDeployment?: boolean;
}

/**
 * The one place an SDK client is built from a {@link ClientPlan}: the plain `OpenAI`
 * client, or `AzureOpenAI` for Azure. The SDK is loaded only now (fast --help/--version).
 */
export async function createSdkClient(
  plan: ClientPlan,
  options: SdkClientOptions,
): Promise<OpenAI> {
  const { default: OpenAIClient, AzureOpenAI } = await import("openai");
  const common = {
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(plan.query ? { defaultQuery: { ...plan.query } } : {}),
  };
  if (plan.kind === "azure") {
    return new AzureOpenAI({
      apiKey: plan.apiKey,
      baseURL: plan.baseURL,
      apiVersion: plan.apiVersion,
      ...(options.useDeployment ? { deployment: plan.deployment } : {}),
      ...common,
    });
  }
  return new OpenAIClient({
    apiKey: plan.apiKey,
    ...(plan.baseURL ? { baseURL: plan.baseURL } : {}),
    ...(plan.headers ? { defaultHeaders: { ...plan.headers } } : {}),
    ...common,
  });
}
