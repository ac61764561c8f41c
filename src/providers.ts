/**
 * Presets for hosts that speak Chat Completions: where they live, which environment
 * variable holds their key, and a sensible default model. `--base-url` and
 * `SEO_REWRITE_MODEL`/`--model` override the preset's values.
 */
export interface ProviderPreset {
  name: string;
  /** Undefined: the SDK's default (OpenAI), or `OPENAI_BASE_URL` when set. */
  baseURL?: string;
  /** Environment variable holding the key; undefined for local hosts that need none. */
  keyVariable?: string;
  defaultModel: string;
  /** The host needs no key (local servers); the SDK still wants a non-empty string. */
  keyless?: boolean;
  /** Honour OPENAI_BASE_URL from the environment (OpenAI-style setups only). */
  readsOpenAIBaseURL?: boolean;
}

export const PROVIDERS: Readonly<Record<string, ProviderPreset>> = {
  // https://platform.openai.com/docs/api-reference — key in OPENAI_API_KEY.
  openai: {
    name: "openai",
    keyVariable: "OPENAI_API_KEY",
    defaultModel: "gpt-4.1-mini",
    readsOpenAIBaseURL: true,
  },
  // https://docs.mistral.ai/api/ — base https://api.mistral.ai/v1, key in MISTRAL_API_KEY.
  mistral: {
    name: "mistral",
    baseURL: "https://api.mistral.ai/v1",
    keyVariable: "MISTRAL_API_KEY",
    defaultModel: "mistral-small-latest",
  },
  // https://ollama.com/blog/openai-compatibility — http://localhost:11434/v1, no key.
  ollama: {
    name: "ollama",
    baseURL: "http://localhost:11434/v1",
    defaultModel: "mistral",
    keyless: true,
  },
  // LM Studio's local server: http://localhost:1234/v1, no key.
  lmstudio: {
    name: "lmstudio",
    baseURL: "http://localhost:1234/v1",
    defaultModel: "local-model",
    keyless: true,
  },
  // https://openrouter.ai/docs — https://openrouter.ai/api/v1, key in OPENROUTER_API_KEY.
  openrouter: {
    name: "openrouter",
    baseURL: "https://openrouter.ai/api/v1",
    keyVariable: "OPENROUTER_API_KEY",
    defaultModel: "mistralai/mistral-small-3.2-24b-instruct",
  },
  // Scaleway Generative APIs: https://api.scaleway.ai/v1, key in SCW_SECRET_KEY.
  scaleway: {
    name: "scaleway",
    baseURL: "https://api.scaleway.ai/v1",
    keyVariable: "SCW_SECRET_KEY",
    defaultModel: "mistral-small-3.2-24b-instruct-2506",
  },
  // OVHcloud AI Endpoints: https://oai.endpoints.kepler.ai.cloud.ovh.net/v1.
  ovhcloud: {
    name: "ovhcloud",
    baseURL: "https://oai.endpoints.kepler.ai.cloud.ovh.net/v1",
    keyVariable: "OVH_AI_ENDPOINTS_ACCESS_TOKEN",
    defaultModel: "Mistral-Small-3.2-24B-Instruct-2506",
  },
  // Any other OpenAI-compatible host (vLLM, llama.cpp…): give --base-url.
  custom: {
    name: "custom",
    keyVariable: "OPENAI_API_KEY",
    defaultModel: "default",
    readsOpenAIBaseURL: true,
  },
};

export function providerNames(): string[] {
  return Object.keys(PROVIDERS);
}
