import { describe, expect, it } from "vitest";
import type { ClientPlan } from "../../src/model/providers.js";
import { createSdkClient } from "../../src/model/sdk-client.js";

/** A fetch that records each request and answers with `body`. */
function recordingFetch(body: unknown) {
  const seen: { url: URL; headers: Headers }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    seen.push({ url: new URL(String(input)), headers: new Headers(init?.headers) });
    return Response.json(body);
  };
  return { seen, fetch };
}

const COMPLETION = {
  id: "x",
  object: "chat.completion",
  created: 0,
  model: "m",
  choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content: "ok" } }],
};

const BATCH = {
  id: "batch_1",
  object: "batch",
  endpoint: "/v1/chat/completions",
  input_file_id: "file_1",
  completion_window: "24h",
  status: "validating",
  created_at: 0,
};

const AZURE: ClientPlan = {
  kind: "azure",
  baseURL: "https://res.openai.azure.com/openai",
  apiKey: "azure-key",
  apiVersion: "2024-10-21",
  deployment: "my-deployment",
};

const message = [{ role: "user" as const, content: "x" }];

describe("createSdkClient", () => {
  it("sends an OpenAI-style plan to its base URL with the preset's headers", async () => {
    const { seen, fetch } = recordingFetch(COMPLETION);
    const client = await createSdkClient(
      {
        kind: "openai",
        apiKey: "k",
        baseURL: "https://openrouter.ai/api/v1",
        headers: { "X-Title": "seo-rewrite" },
      },
      { timeoutMs: 1000, maxRetries: 0, fetch },
    );
    await client.chat.completions.create({ model: "m", messages: message });
    expect(seen[0]?.url.href).toBe("https://openrouter.ai/api/v1/chat/completions");
    expect(seen[0]?.headers.get("x-title")).toBe("seo-rewrite");
    expect(seen[0]?.headers.get("authorization")).toBe("Bearer k");
  });

  it("sends Azure chat to the plan's deployment when asked", async () => {
    const { seen, fetch } = recordingFetch(COMPLETION);
    const client = await createSdkClient(AZURE, {
      timeoutMs: 1000,
      maxRetries: 0,
      fetch,
      useDeployment: true,
    });
    await client.chat.completions.create({ model: "other", messages: message });
    expect(seen[0]?.url.pathname).toBe("/openai/deployments/my-deployment/chat/completions");
    expect(seen[0]?.url.searchParams.get("api-version")).toBe("2024-10-21");
    expect(seen[0]?.headers.get("api-key")).toBe("azure-key");
  });

  it("keeps Azure's Batch API off the deployment by default", async () => {
    const { seen, fetch } = recordingFetch(BATCH);
    const client = await createSdkClient(AZURE, { timeoutMs: 1000, maxRetries: 0, fetch });
    await client.batches.create({
      input_file_id: "file_1",
      endpoint: "/v1/chat/completions",
      completion_window: "24h",
    });
    expect(seen[0]?.url.pathname).toBe("/openai/batches");
  });
});
