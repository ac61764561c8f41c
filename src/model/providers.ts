/**
 * Presets for the hosts that speak Chat Completions: where they live, which environment
 * variable holds their key, a sensible default model, and the facts a client needs to
 * talk to each without tripping on its differences (which optional parameters it
 * accepts, what context a local server gives a model by default).
 *
 * Pure data and pure functions: nothing here reads the environment or the network; the
 * caller passes `env` in. Checked against each provider's documentation on 2026-11-23
 * (URLs next to each preset).
 */

import { REDACTED, SHORT_KEY_LENGTH } from "../core/redact.js";

/** The optional request parameters a host accepts, and under which name. */
export interface AcceptedParams {
  /**
   * Name the host gives the cap on generated tokens: OpenAI's current
   * `max_completion_tokens`, the older `max_tokens` (Mistral, Ollama, most open-weight
   * servers), or `false` to never send one.
   */
  maxTokens: "max_completion_tokens" | "max_tokens" | false;
  /** `stream_options: { include_usage: true }` may be sent (else the host rejects or ignores it). */
  streamOptions: boolean;
  /** `temperature` may be sent. */
  temperature: boolean;
}

/** A host's known default context window, and how a user raises it. */
export interface ContextLimit {
  /** Tokens the host gives a model when nobody configured more. */
  tokens: number;
  /** One clause saying how to raise it to `tokens`, e.g. `OLLAMA_CONTEXT_LENGTH=16384 ollama serve`. */
  howToRaise: (tokens: number) => string;
}

export interface ProviderPreset {
  name: string;
  /** The provider as a person names it, for `seo-rewrite config` and messages. */
  label: string;
  /** Undefined: the SDK's default (`https://api.openai.com/v1`), or `OPENAI_BASE_URL` when set. */
  baseURL?: string;
  /** Environment variable holding the key; undefined for local hosts that need none. */
  keyVariable?: string;
  /** Model (for `azure`: the deployment name) used when neither `--model` nor `SEO_REWRITE_MODEL` is given. */
  defaultModel: string;
  /** The host needs no key (local servers); the SDK still wants a non-empty string. */
  keyless?: boolean;
  /**
   * The host bills nothing per token (a model on the user's machine): no cost is estimated.
   * Not the same as keyless: a custom host without a key may be a paid gateway.
   */
  free?: boolean;
  /** Honour `OPENAI_BASE_URL` from the environment (OpenAI-style setups only). */
  readsOpenAIBaseURL?: boolean;
  /** Which SDK client to build: the plain `OpenAI` one, or `AzureOpenAI`. Default: `"openai"`. */
  client?: "openai" | "azure";
  /** Azure: variable holding the resource endpoint, e.g. `https://NAME.openai.azure.com/`. */
  endpointVariable?: string;
  /** Azure: variable holding the `api-version` query parameter. */
  apiVersionVariable?: string;
  /** Azure: `api-version` used when the variable is unset. */
  defaultApiVersion?: string;
  /** Optional request parameters the host accepts (see {@link requestParamsFor}). */
  acceptsParams: AcceptedParams;
  /** The host's known default context, when it is small enough to matter (local servers). */
  context?: ContextLimit;
  /** Headers sent with every request (OpenRouter's app attribution). */
  headers?: Readonly<Record<string, string>>;
  /**
   * The shape of the host's Batch API, if it has one: OpenAI's `/v1/batches` (OpenAI,
   * Azure) or Mistral's `/v1/batch/jobs`; undefined: none (`batch` commands are refused).
   * For `custom`, the default `--batch-api` takes.
   */
  batchApi?: BatchApiShape;
  /** Where the facts above come from. */
  docs: string;
}

/** The Batch API shapes the `batch` commands speak. */
export const BATCH_API_SHAPES = ["openai", "mistral"] as const;
export type BatchApiShape = (typeof BATCH_API_SHAPES)[number];

/** What OpenAI's own API accepts: the reference every other host is compared with. */
const OPENAI_PARAMS: AcceptedParams = {
  maxTokens: "max_completion_tokens",
  streamOptions: true,
  temperature: true,
};

/**
 * Ollama's default context: docs.ollama.com/context-length says it now depends on VRAM
 * (4k under 24 GiB, 32k up to 48 GiB, 256k above); versions before that used 2048, then
 * 4096. 4096 is what an ordinary laptop gets today, so it is the figure we warn against.
 */
export const OLLAMA_DEFAULT_CONTEXT = 4096;

export const PROVIDERS: Readonly<Record<string, ProviderPreset>> = {
  // https://platform.openai.com/docs/api-reference/chat — SDK default base URL, key in
  // OPENAI_API_KEY. gpt-4.1-mini rather than a gpt-5 model: the gpt-5 and o-series models
  // refuse any `temperature` but the default, and the rewrite sets one.
  openai: {
    name: "openai",
    label: "OpenAI",
    keyVariable: "OPENAI_API_KEY",
    defaultModel: "gpt-4.1-mini",
    readsOpenAIBaseURL: true,
    acceptsParams: OPENAI_PARAMS,
    batchApi: "openai",
    docs: "https://platform.openai.com/docs/api-reference/chat",
  },
  // The SDK's AzureOpenAI client (node_modules/openai/azure.d.ts): endpoint from
  // AZURE_OPENAI_ENDPOINT, key from AZURE_OPENAI_API_KEY, api-version from OPENAI_API_VERSION,
  // the deployment name in place of the model. 2024-10-21 is the latest dated GA
  // data-plane version (learn.microsoft.com/azure/ai-foundry/openai/reference); it carries
  // max_completion_tokens and stream_options (added in 2024-09-01-preview).
  azure: {
    name: "azure",
    label: "Azure OpenAI",
    keyVariable: "AZURE_OPENAI_API_KEY",
    endpointVariable: "AZURE_OPENAI_ENDPOINT",
    apiVersionVariable: "OPENAI_API_VERSION",
    defaultApiVersion: "2024-10-21",
    defaultModel: "gpt-4.1-mini",
    client: "azure",
    acceptsParams: OPENAI_PARAMS,
    batchApi: "openai",
    docs: "https://learn.microsoft.com/azure/ai-foundry/openai/reference",
  },
  // https://docs.mistral.ai/api/ — base https://api.mistral.ai/v1, key in MISTRAL_API_KEY.
  // The API validates bodies strictly: an unknown field is a 422 `extra_forbidden`
  // (max_completion_tokens, n, frequency_penalty… — mistralai/platform-docs-public#7), and
  // that includes `stream_options` (avante.nvim#2347, TabbyML/tabby#4082): usage comes in
  // the last streamed chunk without asking. The cap is `max_tokens`. Batch jobs:
  // docs.mistral.ai/studio-api/batch-processing (`/v1/batch/jobs`, its own shape).
  mistral: {
    name: "mistral",
    label: "Mistral AI",
    baseURL: "https://api.mistral.ai/v1",
    keyVariable: "MISTRAL_API_KEY",
    defaultModel: "mistral-small-latest",
    acceptsParams: { maxTokens: "max_tokens", streamOptions: false, temperature: true },
    batchApi: "mistral",
    docs: "https://docs.mistral.ai/api/",
  },
  // https://docs.ollama.com/api/openai-compatibility — http://localhost:11434/v1, no key
  // (the SDK needs a non-empty one, Ollama ignores it). Accepted fields listed there include
  // max_tokens and stream_options.include_usage. Context: https://docs.ollama.com/context-length
  // — a prompt longer than num_ctx is silently truncated by the OpenAI endpoint.
  // Model: ollama.com/library/mistral-small3.2 — Mistral Small 3.2 24B, the same model the
  // European presets default to, ~14 GB at Q4_K_M; on a smaller machine, --model mistral (7B).
  ollama: {
    name: "ollama",
    label: "Ollama (local)",
    baseURL: "http://localhost:11434/v1",
    defaultModel: "mistral-small3.2",
    keyless: true,
    free: true,
    acceptsParams: { maxTokens: "max_tokens", streamOptions: true, temperature: true },
    context: {
      tokens: OLLAMA_DEFAULT_CONTEXT,
      howToRaise: (tokens) =>
        `start the server with OLLAMA_CONTEXT_LENGTH=${tokens} ollama serve, or build a model with \`PARAMETER num_ctx ${tokens}\` in its Modelfile`,
    },
    docs: "https://docs.ollama.com/api/openai-compatibility",
  },
  // https://lmstudio.ai/docs/api/openai-api — http://localhost:1234/v1, no key by default.
  // The model is the identifier LM Studio shows for the loaded model: give --model.
  lmstudio: {
    name: "lmstudio",
    label: "LM Studio (local)",
    baseURL: "http://localhost:1234/v1",
    defaultModel: "local-model",
    keyless: true,
    free: true,
    acceptsParams: { maxTokens: "max_tokens", streamOptions: true, temperature: true },
    context: {
      tokens: 4096,
      howToRaise: (tokens) =>
        `raise “Context Length” to ${tokens} in the model's load settings (or \`lms load MODEL --context-length ${tokens}\`)`,
    },
    docs: "https://lmstudio.ai/docs/api/openai-api",
  },
  // https://openrouter.ai/docs/quickstart — https://openrouter.ai/api/v1, key in
  // OPENROUTER_API_KEY, optional X-Title attribution header. The cap is `max_tokens`
  // (openrouter.ai/docs/api-reference/overview); usage is always in the last chunk and
  // `stream_options` is deprecated with no effect (openrouter.ai/docs/use-cases/usage-accounting).
  openrouter: {
    name: "openrouter",
    label: "OpenRouter",
    baseURL: "https://openrouter.ai/api/v1",
    keyVariable: "OPENROUTER_API_KEY",
    defaultModel: "mistralai/mistral-small-3.2-24b-instruct",
    acceptsParams: { maxTokens: "max_tokens", streamOptions: false, temperature: true },
    headers: { "X-Title": "seo-rewrite" },
    docs: "https://openrouter.ai/docs/quickstart",
  },
  // https://www.scaleway.com/en/docs/generative-apis/api-cli/using-chat-api/ — base
  // https://api.scaleway.ai/v1, key in SCW_SECRET_KEY. Supported: max_tokens, stream,
  // stream_options, temperature…; unsupported: frequency_penalty, n, logit_bias, user.
  // Model: .../generative-apis/reference-content/supported-models/ (128k context).
  scaleway: {
    name: "scaleway",
    label: "Scaleway Generative APIs",
    baseURL: "https://api.scaleway.ai/v1",
    keyVariable: "SCW_SECRET_KEY",
    defaultModel: "mistral-small-3.2-24b-instruct-2506",
    acceptsParams: { maxTokens: "max_tokens", streamOptions: true, temperature: true },
    docs: "https://www.scaleway.com/en/docs/generative-apis/api-cli/using-chat-api/",
  },
  // OVHcloud AI Endpoints: https://oai.endpoints.kepler.ai.cloud.ovh.net/v1 (OVHcloud's own
  // docs, ovh.github.io/apache-airflow-provider-ovhcloud-ai/ai-endpoints), token in
  // OVH_AI_ENDPOINTS_ACCESS_TOKEN (the name OVHcloud's examples and Docker's docs use).
  // Model ids are case-sensitive, as the catalogue lists them.
  ovhcloud: {
    name: "ovhcloud",
    label: "OVHcloud AI Endpoints",
    baseURL: "https://oai.endpoints.kepler.ai.cloud.ovh.net/v1",
    keyVariable: "OVH_AI_ENDPOINTS_ACCESS_TOKEN",
    defaultModel: "Mistral-Small-3.2-24B-Instruct-2506",
    acceptsParams: { maxTokens: "max_tokens", streamOptions: true, temperature: true },
    docs: "https://www.ovhcloud.com/en/public-cloud/ai-endpoints/catalog/",
  },
  // Any other OpenAI-compatible host (vLLM, llama.cpp server, a gateway): give --base-url.
  // `max_tokens` is the name every such server knows; vLLM and llama.cpp accept
  // stream_options.include_usage.
  custom: {
    name: "custom",
    label: "custom OpenAI-compatible host",
    // Self-hosted servers (vLLM, llama.cpp) often need no key: OPENAI_API_KEY is sent when set.
    keyVariable: "OPENAI_API_KEY",
    keyless: true,
    defaultModel: "default",
    readsOpenAIBaseURL: true,
    acceptsParams: { maxTokens: "max_tokens", streamOptions: true, temperature: true },
    // A gateway may offer OpenAI's Batch API, or Mistral's: `--batch-api` says which.
    batchApi: "openai",
    docs: "https://platform.openai.com/docs/api-reference/chat",
  },
};

/** The preset names, in the order `--help` lists them. */
export function providerNames(): string[] {
  return Object.keys(PROVIDERS);
}

/** The preset called `name`, or undefined for an unknown name. */
export function providerFor(name: string): ProviderPreset | undefined {
  return Object.hasOwn(PROVIDERS, name) ? PROVIDERS[name] : undefined;
}

/** What the rewrite would like to send, whatever the host. */
export interface RequestedParams {
  temperature?: number;
  /** Cap on generated tokens; sent under the host's own name for it. */
  maxCompletionTokens?: number;
  /** Ask for token usage in the last streamed chunk. */
  includeUsage: boolean;
}

/**
 * OpenAI's reasoning models (gpt-5…, o1, o3, o4-mini…) answer 400 "Unsupported value:
 * 'temperature'" to any temperature but the default: the template's is left out for them.
 * https://platform.openai.com/docs/guides/reasoning
 */
export function modelAcceptsTemperature(model: string): boolean {
  const id = model.toLowerCase().replace(/^openai\//u, "");
  return !/^(?:gpt-5|o\d)(?:[-.:]|$)/u.test(id);
}

/** The optional part of a Chat Completions body, with only fields the host accepts. */
export interface HostRequestParams {
  temperature?: number;
  max_completion_tokens?: number;
  max_tokens?: number;
  stream_options?: { include_usage: boolean };
}

/**
 * The optional request fields for `preset`'s host: each wanted parameter under the name
 * the host knows, and nothing it would refuse. Mistral, for one, answers 422 to any field
 * it does not know, `stream_options` included, so a naive OpenAI body never reaches it.
 * Spread the result into `chat.completions.create({ model, messages, stream: true, ... })`.
 */
export function requestParamsFor(
  preset: ProviderPreset,
  params: RequestedParams,
): HostRequestParams {
  const accepts = preset.acceptsParams;
  const body: HostRequestParams = {};
  if (params.temperature !== undefined && accepts.temperature) {
    body.temperature = params.temperature;
  }
  if (params.maxCompletionTokens !== undefined && accepts.maxTokens !== false) {
    body[accepts.maxTokens] = params.maxCompletionTokens;
  }
  if (params.includeUsage && accepts.streamOptions) {
    body.stream_options = { include_usage: true };
  }
  return body;
}

/**
 * One line when the estimated prompt (plus `reservedTokens` for the answer, default `0`)
 * will not fit the preset's known default context, saying how to raise it; undefined when
 * it fits or the host's context is not known to be small. Ollama's OpenAI endpoint does
 * not fail on an oversized prompt: it silently keeps the end of it, so the model never
 * sees the instructions — hence a warning before the run rather than an error after.
 */
export function contextWarning(
  preset: ProviderPreset,
  estimatedPromptTokens: number,
  reservedTokens = 0,
): string | undefined {
  const limit = preset.context;
  if (limit === undefined) return undefined;
  const needed = Math.ceil(estimatedPromptTokens + reservedTokens);
  if (needed <= limit.tokens) return undefined;
  const reserve = reservedTokens > 0 ? ` (+ ${Math.ceil(reservedTokens)} for the answer)` : "";
  // A repair resends the whole conversation (prompt, answer, feedback): room for two rounds.
  const suggested = Math.max(16_384, 2 ** Math.ceil(Math.log2(needed * 2)));
  return `the prompt is ~${Math.ceil(estimatedPromptTokens)} tokens${reserve}, over ${preset.label}'s default context of ${limit.tokens}: the host may silently cut it; ${limit.howToRaise(suggested)}`;
}

/** How to build the SDK client for a preset: pure data, for `sdk-client.ts` to act on. */
export type ClientPlan =
  | {
      kind: "openai";
      /** Undefined: the SDK default. */
      baseURL?: string;
      apiKey: string;
      headers?: Readonly<Record<string, string>>;
      /** The base URL's own query (`?api-key=…` for gateways that want it), sent with every request. */
      query?: Readonly<Record<string, string>>;
    }
  | {
      kind: "azure";
      /**
       * `<endpoint>/openai`, computed here and passed as `baseURL` rather than `endpoint`:
       * the AzureOpenAI constructor otherwise falls back to `OPENAI_BASE_URL` from
       * `process.env`, and throws when both are set.
       */
      baseURL: string;
      apiKey: string;
      apiVersion: string;
      /** The deployment: requests go to `/openai/deployments/<deployment>/chat/completions`. */
      deployment: string;
      query?: Readonly<Record<string, string>>;
    };

/**
 * The start-up warning for a key so short it may be a word (a gateway's token such as
 * "Microsoft"): messages and answers hide it wherever it stands as a whole word, the
 * article's own words included. Names the variable and the length, never the key.
 */
export function shortKeyWarning(
  preset: ProviderPreset,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const variable = preset.keyVariable;
  const key = variable === undefined ? undefined : env[variable];
  if (key === undefined || key === "" || key.length >= SHORT_KEY_LENGTH) return undefined;
  return `${variable} holds a key of ${key.length} characters: so short a key may be a word, and messages (and an article printed on stdout) show that word as ${REDACTED} wherever it stands alone; use a key of at least ${SHORT_KEY_LENGTH} characters if your host allows it`;
}

/** A missing key or endpoint: the message names the variable to set (exit 2). */
export class ProviderSetupError extends Error {
  override name = "ProviderSetupError";
}

const KEYLESS_PLACEHOLDER = "no-key";

/**
 * A base URL as the SDK can use it. The SDK appends paths to the base URL as a string, so
 * `https://gw/v1?api-key=K` became `/v1?api-key=K/chat/completions` (a 404): the query is
 * taken out and sent with every request (the SDK's `defaultQuery`). A user and password
 * (`https://user:key@gw/v1`) are refused: fetch sends no request at all with them, and a
 * key belongs in the key variable, sent as a Bearer token. The refusal never shows them.
 */
export function splitBaseUrl(
  base: string,
  keyVariable: string | undefined,
): { baseURL: string; query?: Record<string, string> } {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return { baseURL: base };
  }
  if (url.username !== "" || url.password !== "") {
    const variable = keyVariable ?? "the key variable";
    throw new ProviderSetupError(
      `the base URL ${url.protocol}//…@${url.host}${url.pathname} holds a user name or password, which are never sent: remove them, and export ${variable}=<your key> (sent as Authorization: Bearer); a gateway that wants the key in the URL takes it as a query (?api-key=…)`,
    );
  }
  if (url.search === "") return { baseURL: base };
  const query = Object.fromEntries(url.searchParams);
  url.search = "";
  return { baseURL: url.toString(), query };
}

/**
 * Everything the client needs, or a {@link ProviderSetupError} naming the variable to
 * set. `dryRun` skips the key check (a dry run calls nothing).
 */
export function clientPlan(
  preset: ProviderPreset,
  options: {
    env: Readonly<Record<string, string | undefined>>;
    model: string;
    /**
     * The base URL the settings resolved (flag > environment > config file: `resolveSettings`
     * in settings/config.ts, the one place that order is applied); default: the preset's.
     */
    baseUrl?: string;
    dryRun?: boolean;
  },
): ClientPlan {
  const { env } = options;
  const key = preset.keyVariable ? env[preset.keyVariable] : undefined;
  if (!key && !preset.keyless && !options.dryRun) {
    const alternative =
      preset.name === "openai" ? ", or use --provider ollama for a local model" : "";
    throw new ProviderSetupError(
      `${preset.keyVariable ?? "the API key"} is not set: export ${preset.keyVariable}=<your key> (the key is read from the environment only)${alternative}`,
    );
  }
  const apiKey = key || KEYLESS_PLACEHOLDER;
  const given = options.baseUrl ?? preset.baseURL;
  const split = given === undefined ? undefined : splitBaseUrl(given, preset.keyVariable);
  const base = split?.baseURL;
  const query = split?.query ? { query: split.query } : {};

  if (preset.client === "azure") {
    if (!base) {
      throw new ProviderSetupError(
        `${preset.endpointVariable} is not set: export ${preset.endpointVariable}=https://<resource>.openai.azure.com/ (or give --base-url)`,
      );
    }
    const apiVersion =
      (preset.apiVersionVariable ? env[preset.apiVersionVariable] : undefined) ||
      preset.defaultApiVersion;
    if (!apiVersion) {
      throw new ProviderSetupError(`${preset.apiVersionVariable} is not set`);
    }
    // A --base-url that already ends in /openai is taken as it is; an endpoint gets it added,
    // as the SDK itself does for `endpoint`.
    const trimmed = base.replace(/\/+$/u, "");
    const baseURL = /\/openai$/u.test(trimmed) ? trimmed : `${trimmed}/openai`;
    return { kind: "azure", baseURL, apiKey, apiVersion, deployment: options.model, ...query };
  }

  if (preset.name === "custom" && base === undefined) {
    throw new ProviderSetupError(
      "--provider custom needs --base-url (or OPENAI_BASE_URL): the endpoint of your host",
    );
  }
  return {
    kind: "openai",
    apiKey,
    ...(base !== undefined ? { baseURL: base } : {}),
    ...(preset.headers ? { headers: preset.headers } : {}),
    ...query,
  };
}
