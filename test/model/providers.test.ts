import { AzureOpenAI, OpenAI } from "openai";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  clientPlan,
  contextWarning,
  modelAcceptsTemperature,
  OLLAMA_DEFAULT_CONTEXT,
  PROVIDERS,
  type ProviderPreset,
  ProviderSetupError,
  providerFor,
  providerNames,
  requestParamsFor,
  splitBaseUrl,
} from "../../src/model/providers.js";
import { startFakeServer } from "../fake-server.js";

function preset(name: string): ProviderPreset {
  const found = providerFor(name);
  if (!found) throw new Error(`no preset ${name}`);
  return found;
}

/** Fields OpenAI's API knows and Mistral's refuses with 422 extra_forbidden. */
const OPENAI_ONLY = ["max_completion_tokens", "stream_options", "n", "frequency_penalty"];

describe("provider presets", () => {
  it("lists every preset the issue asks for, openai first", () => {
    expect(providerNames()).toEqual([
      "openai",
      "azure",
      "mistral",
      "ollama",
      "lmstudio",
      "openrouter",
      "scaleway",
      "ovhcloud",
      "custom",
    ]);
  });

  it.each([
    ["openai", undefined, "OPENAI_API_KEY", "gpt-4.1-mini"],
    ["azure", undefined, "AZURE_OPENAI_API_KEY", "gpt-4.1-mini"],
    ["mistral", "https://api.mistral.ai/v1", "MISTRAL_API_KEY", "mistral-small-latest"],
    ["ollama", "http://localhost:11434/v1", undefined, "mistral-small3.2"],
    ["lmstudio", "http://localhost:1234/v1", undefined, "local-model"],
    [
      "openrouter",
      "https://openrouter.ai/api/v1",
      "OPENROUTER_API_KEY",
      "mistralai/mistral-small-3.2-24b-instruct",
    ],
    [
      "scaleway",
      "https://api.scaleway.ai/v1",
      "SCW_SECRET_KEY",
      "mistral-small-3.2-24b-instruct-2506",
    ],
    [
      "ovhcloud",
      "https://oai.endpoints.kepler.ai.cloud.ovh.net/v1",
      "OVH_AI_ENDPOINTS_ACCESS_TOKEN",
      "Mistral-Small-3.2-24B-Instruct-2506",
    ],
    ["custom", undefined, "OPENAI_API_KEY", "default"],
  ])("%s: base URL %s, key in %s, model %s", (name, baseURL, keyVariable, model) => {
    const found = preset(name);
    expect(found.baseURL).toBe(baseURL);
    expect(found.keyVariable).toBe(keyVariable);
    expect(found.defaultModel).toBe(model);
    expect(found.docs).toMatch(/^https:\/\//u);
  });

  it("marks only the local and self-hosted servers keyless", () => {
    const keyless = providerNames().filter((name) => preset(name).keyless);
    expect(keyless).toEqual(["ollama", "lmstudio", "custom"]);
  });

  it("answers undefined for an unknown or inherited name", () => {
    expect(providerFor("anthropic")).toBeUndefined();
    expect(providerFor("toString")).toBeUndefined();
  });
});

describe("requestParamsFor", () => {
  const wanted = { temperature: 0.4, maxCompletionTokens: 4000, includeUsage: true };

  it("sends OpenAI its own parameter names", () => {
    expect(requestParamsFor(preset("openai"), wanted)).toEqual({
      temperature: 0.4,
      max_completion_tokens: 4000,
      stream_options: { include_usage: true },
    });
  });

  it("sends Mistral max_tokens and nothing OpenAI-only", () => {
    expect(requestParamsFor(preset("mistral"), wanted)).toEqual({
      temperature: 0.4,
      max_tokens: 4000,
    });
  });

  it.each([
    { includeUsage: true },
    { includeUsage: false, maxCompletionTokens: 1 },
    { includeUsage: true, temperature: 0, maxCompletionTokens: 100_000 },
  ])("never gives Mistral an OpenAI-only field (%o)", (params) => {
    const body = requestParamsFor(preset("mistral"), params);
    for (const field of OPENAI_ONLY) expect(body).not.toHaveProperty(field);
  });

  it("leaves out stream_options where usage comes anyway (OpenRouter)", () => {
    expect(requestParamsFor(preset("openrouter"), wanted)).not.toHaveProperty("stream_options");
  });

  it("asks the local and European hosts for usage in the stream", () => {
    for (const name of ["ollama", "scaleway", "ovhcloud"]) {
      expect(requestParamsFor(preset(name), wanted).stream_options).toEqual({
        include_usage: true,
      });
    }
  });

  it("sends nothing that was not asked for", () => {
    for (const name of providerNames()) {
      expect(requestParamsFor(preset(name), { includeUsage: false })).toEqual({});
    }
  });

  it("sends no cap under two names to any host", () => {
    for (const name of providerNames()) {
      const body = requestParamsFor(preset(name), wanted);
      expect("max_tokens" in body && "max_completion_tokens" in body).toBe(false);
    }
  });
});

describe("modelAcceptsTemperature", () => {
  it("leaves the temperature out for OpenAI's reasoning models only", () => {
    for (const model of [
      "gpt-5",
      "gpt-5-mini",
      "gpt-5.1",
      "o1",
      "o3-mini",
      "o4-mini",
      "openai/gpt-5",
    ]) {
      expect(modelAcceptsTemperature(model), model).toBe(false);
    }
    for (const model of ["gpt-4.1-mini", "gpt-4o", "mistral-small-latest", "llama3.1", "o"]) {
      expect(modelAcceptsTemperature(model), model).toBe(true);
    }
  });
});

describe("a Mistral request through the real SDK", () => {
  it("reaches the server without a field Mistral would refuse", async () => {
    const server = await startFakeServer({ script: [{ content: "Bonjour." }] });
    try {
      const client = new OpenAI({ apiKey: "test-key", baseURL: server.url, maxRetries: 0 });
      const stream = await client.chat.completions.create({
        model: "mistral-small-latest",
        messages: [{ role: "user", content: "Salut" }],
        stream: true,
        ...requestParamsFor(preset("mistral"), {
          temperature: 0.3,
          maxCompletionTokens: 2048,
          includeUsage: true,
        }),
      });
      let text = "";
      for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? "";
      expect(text).toBe("Bonjour.");
      const body = server.chatRequests()[0]?.body;
      expect(body?.max_tokens).toBe(2048);
      expect(body?.temperature).toBe(0.3);
      for (const field of OPENAI_ONLY) expect(body).not.toHaveProperty(field);
    } finally {
      await server.close();
    }
  });
});

describe("clientPlan", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("names the variable to set when the key is missing", () => {
    expect(() => clientPlan(preset("mistral"), { env: {}, model: "m" })).toThrow(
      ProviderSetupError,
    );
    expect(() => clientPlan(preset("mistral"), { env: {}, model: "m" })).toThrow(
      /^MISTRAL_API_KEY is not set: export MISTRAL_API_KEY=<your key>/u,
    );
  });

  it("needs no key for a dry run", () => {
    const plan = clientPlan(preset("scaleway"), { env: {}, model: "m", dryRun: true });
    expect(plan).toMatchObject({ kind: "openai", baseURL: "https://api.scaleway.ai/v1" });
  });

  it("gives a keyless host a placeholder key", () => {
    expect(clientPlan(preset("ollama"), { env: {}, model: "m" })).toEqual({
      kind: "openai",
      apiKey: "no-key",
      baseURL: "http://localhost:11434/v1",
    });
  });

  it("takes the base URL the settings resolved, else the preset's; never a variable itself", () => {
    // The order flag > SEO_REWRITE_BASE_URL > OPENAI_BASE_URL > config is resolveSettings'
    // (test/settings/config.test.ts); the plan must not apply a second one of its own.
    const env = { OPENAI_BASE_URL: "http://a/v1", OPENAI_API_KEY: "k", MISTRAL_API_KEY: "m" };
    expect(clientPlan(preset("openai"), { env, model: "m", baseUrl: "http://b/v1" })).toMatchObject(
      { baseURL: "http://b/v1", apiKey: "k" },
    );
    expect(clientPlan(preset("openai"), { env, model: "m" }).baseURL).toBeUndefined();
    expect(clientPlan(preset("mistral"), { env, model: "m" })).toMatchObject({
      baseURL: "https://api.mistral.ai/v1",
      apiKey: "m",
    });
  });

  it("refuses custom without an endpoint", () => {
    expect(() =>
      clientPlan(preset("custom"), { env: { OPENAI_API_KEY: "k" }, model: "m" }),
    ).toThrow(/--provider custom needs --base-url/u);
  });

  it("sends OpenRouter's attribution header", () => {
    const plan = clientPlan(preset("openrouter"), { env: { OPENROUTER_API_KEY: "k" }, model: "m" });
    expect(plan).toMatchObject({ headers: { "X-Title": "seo-rewrite" } });
  });

  it("builds Azure from its key, endpoint and api-version, the model as deployment", () => {
    // The endpoint (AZURE_OPENAI_ENDPOINT) reaches the plan as the resolved base URL.
    const env = { AZURE_OPENAI_API_KEY: "azure-key", OPENAI_API_VERSION: "2025-04-01-preview" };
    const baseUrl = "https://res.openai.azure.com/";
    expect(clientPlan(preset("azure"), { env, model: "my-deployment", baseUrl })).toEqual({
      kind: "azure",
      baseURL: "https://res.openai.azure.com/openai",
      apiKey: "azure-key",
      apiVersion: "2025-04-01-preview",
      deployment: "my-deployment",
    });
  });

  it("defaults Azure's api-version and names a missing endpoint", () => {
    const env = { AZURE_OPENAI_API_KEY: "azure-key" };
    const baseUrl = "https://res.openai.azure.com";
    expect(clientPlan(preset("azure"), { env, model: "d", baseUrl })).toMatchObject({
      apiVersion: "2024-10-21",
    });
    expect(() =>
      clientPlan(preset("azure"), { env: { AZURE_OPENAI_API_KEY: "k" }, model: "d" }),
    ).toThrow(/^AZURE_OPENAI_ENDPOINT is not set/u);
  });

  it("drives the SDK's AzureOpenAI to the deployment URL, even with OPENAI_BASE_URL set", async () => {
    // The AzureOpenAI constructor reads OPENAI_BASE_URL from process.env by default and
    // refuses it next to an endpoint; the plan passes baseURL so a stray variable is harmless.
    vi.stubEnv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1");
    const plan = clientPlan(preset("azure"), {
      env: { AZURE_OPENAI_API_KEY: "azure-key" },
      model: "gpt-4.1-mini",
      baseUrl: "https://res.openai.azure.com/",
    });
    if (plan.kind !== "azure") throw new Error("expected an Azure plan");
    const seen: { url: string; headers: Headers; body: Record<string, unknown> }[] = [];
    const client = new AzureOpenAI({
      apiKey: plan.apiKey,
      baseURL: plan.baseURL,
      apiVersion: plan.apiVersion,
      deployment: plan.deployment,
      maxRetries: 0,
      fetch: async (input, init) => {
        seen.push({
          url: String(input),
          headers: new Headers(init?.headers),
          body: JSON.parse(String(init?.body)) as Record<string, unknown>,
        });
        return Response.json({
          id: "x",
          object: "chat.completion",
          created: 0,
          model: "gpt-4.1-mini",
          choices: [
            { index: 0, finish_reason: "stop", message: { role: "assistant", content: "ok" } },
          ],
        });
      },
    });
    await client.chat.completions.create({
      model: plan.deployment,
      messages: [{ role: "user", content: "x" }],
      ...requestParamsFor(preset("azure"), { maxCompletionTokens: 10, includeUsage: false }),
    });
    const request = seen[0];
    const url = new URL(request?.url ?? "http://invalid");
    expect(url.origin).toBe("https://res.openai.azure.com");
    expect(url.pathname).toBe("/openai/deployments/gpt-4.1-mini/chat/completions");
    expect(url.searchParams.get("api-version")).toBe("2024-10-21");
    expect(request?.headers.get("api-key")).toBe("azure-key");
    expect(request?.body.max_completion_tokens).toBe(10);
  });
});

describe("contextWarning", () => {
  it("warns when the prompt outgrows Ollama's default context, and says how to raise it", () => {
    const warning = contextWarning(preset("ollama"), 5210.4);
    expect(warning).toBeDefined();
    expect(warning).toContain("~5211 tokens");
    expect(warning).toContain(`default context of ${OLLAMA_DEFAULT_CONTEXT}`);
    expect(warning).toContain("OLLAMA_CONTEXT_LENGTH=");
    expect(warning).toContain("PARAMETER num_ctx");
    expect(warning?.includes("\n")).toBe(false);
  });

  it("is silent when the prompt fits", () => {
    expect(contextWarning(preset("ollama"), OLLAMA_DEFAULT_CONTEXT)).toBeUndefined();
  });

  it("counts the room the answer needs", () => {
    expect(contextWarning(preset("ollama"), 3000)).toBeUndefined();
    expect(contextWarning(preset("ollama"), 3000, 1500)).toContain("(+ 1500 for the answer)");
  });

  it("says nothing for hosts whose context is not known to be small", () => {
    for (const name of ["openai", "mistral", "openrouter", "scaleway"]) {
      expect(contextWarning(preset(name), 1_000_000)).toBeUndefined();
    }
  });

  it("suggests a context that holds the prompt and a repair round, not a fixed figure", () => {
    expect(contextWarning(preset("ollama"), 5000, 1500)).toContain("OLLAMA_CONTEXT_LENGTH=16384");
    expect(contextWarning(preset("ollama"), 55_108, 1500)).toContain(
      "OLLAMA_CONTEXT_LENGTH=131072",
    );
  });

  it("points LM Studio users at the load settings", () => {
    expect(contextWarning(preset("lmstudio"), 9000)).toContain("Context Length");
  });
});

describe("PROVIDERS", () => {
  it("keeps each preset's name equal to its key", () => {
    for (const [key, value] of Object.entries(PROVIDERS)) expect(value.name).toBe(key);
  });
});

describe("splitBaseUrl", () => {
  it("takes the query out of the base URL, to be sent with every request", () => {
    expect(splitBaseUrl("https://gw.example/v1?api-key=K1&team=a", "OPENAI_API_KEY")).toEqual({
      baseURL: "https://gw.example/v1",
      query: { "api-key": "K1", team: "a" },
    });
    expect(splitBaseUrl("http://localhost:11434/v1", undefined)).toEqual({
      baseURL: "http://localhost:11434/v1",
    });
  });

  it("refuses a user and password, naming the key variable and never the password", () => {
    const refusal = () => splitBaseUrl("https://moi:K1-secret@gw.example/v1", "OPENAI_API_KEY");
    expect(refusal).toThrow(ProviderSetupError);
    expect(refusal).toThrow(/export OPENAI_API_KEY=<your key>/u);
    expect(refusal).not.toThrow(/K1-secret|moi/u);
  });
});
