// @ts-nocheck
import matter from "gray-matter";
import OpenAI from "openai";
import { afterEach, describe, expect, it } from "vitest";
import {
  answerFixture,
  type FakeServer,
  type FakeServerOptions,
  startFakeServer,
} from "./fake-server.js";

const servers: FakeServer[] = [];

async function start(options?: FakeServerOptions): Promise<FakeServer> {
  const server = await startFakeServer(options);
  servers.push(server);
  return server;
}

function clientFor(
  server: FakeServer,
  options: { apiKey?: string; timeout?: number } = {},
): OpenAI {
  return new OpenAI({
    baseURL: server.url,
    apiKey: options.apiKey ?? "test",
    maxRetries: 0,
    ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
  });
}

const MESSAGES = [
  { role: "system" as const, content: "Tu es rédacteur web." },
  { role: "user" as const, content: "Réécris cet article." },
];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe("fake OpenAI server, through the real SDK", () => {
  it("answers a non-streamed request with the scripted content, usage and the requested model", async () => {
    const server = await start({
      script: [{ content: "Bonjour le monde", usage: { prompt_tokens: 12, completion_tokens: 3 } }],
    });
    const completion = await clientFor(server).chat.completions.create({
      model: "gpt-test",
      messages: MESSAGES,
    });
    expect(completion.object).toBe("chat.completion");
    expect(completion.model).toBe("gpt-test");
    expect(completion.choices[0]?.message.content).toBe("Bonjour le monde");
    expect(completion.choices[0]?.finish_reason).toBe("stop");
    expect(completion.usage).toMatchObject({
      prompt_tokens: 12,
      completion_tokens: 3,
      total_tokens: 15,
    });
  });

  it("streams the answer in several chunks, then finish_reason, usage and [DONE]", async () => {
    const server = await start();
    const stream = await clientFor(server).chat.completions.create({
      model: "gpt-stream",
      messages: MESSAGES,
      stream: true,
      stream_options: { include_usage: true },
    });
    let content = "";
    let contentChunks = 0;
    let finishReason: string | null = null;
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of stream) {
      expect(chunk.object).toBe("chat.completion.chunk");
      expect(chunk.model).toBe("gpt-stream");
      const choice = chunk.choices[0];
      if (choice?.delta.content) {
        content += choice.delta.content;
        contentChunks += 1;
      }
      if (choice?.finish_reason) finishReason = choice.finish_reason;
      if (chunk.usage) {
        expect(chunk.choices).toEqual([]);
        usage = chunk.usage;
      }
    }
    expect(content).toBe(answerFixture("valid-article"));
    expect(contentChunks).toBeGreaterThan(2);
    expect(finishReason).toBe("stop");
    expect(usage?.completion_tokens).toBeGreaterThan(0);
  });

  it("sends no usage chunk unless stream_options.include_usage is set", async () => {
    const server = await start({ script: [{ content: "court", finishReason: "length" }] });
    const stream = await clientFor(server).chat.completions.create({
      model: "m",
      messages: MESSAGES,
      stream: true,
    });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks.every((chunk) => chunk.usage === undefined)).toBe(true);
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe("length");
  });

  it("sends a refusal as message.refusal and as delta.refusal", async () => {
    const refusal = "Je ne peux pas aider avec cette demande.";
    const server = await start({ fallback: { content: "", refusal } });
    const client = clientFor(server);
    const completion = await client.chat.completions.create({ model: "m", messages: MESSAGES });
    expect(completion.choices[0]?.message.refusal).toBe(refusal);
    expect(completion.choices[0]?.message.content).toBeNull();

    const stream = await client.chat.completions.create({
      model: "m",
      messages: MESSAGES,
      stream: true,
    });
    let streamed = "";
    for await (const chunk of stream) streamed += chunk.choices[0]?.delta.refusal ?? "";
    expect(streamed).toBe(refusal);
  });

  it("surfaces a scripted 429 with retry-after as RateLimitError when retries are off", async () => {
    const server = await start({
      script: [{ kind: "error", status: 429, headers: { "retry-after": "1" } }],
    });
    const error = await clientFor(server)
      .chat.completions.create({ model: "m", messages: MESSAGES })
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    const rateLimit = error as InstanceType<typeof OpenAI.RateLimitError>;
    expect(rateLimit.status).toBe(429);
    expect(rateLimit.headers.get("retry-after")).toBe("1");
    expect(rateLimit.code).toBe("rate_limit_exceeded");
    expect(server.chatRequests()).toHaveLength(1);
  });

  it("sends a custom error body as given, and a 5xx as InternalServerError", async () => {
    const server = await start({
      script: [
        {
          kind: "error",
          status: 400,
          body: {
            error: { message: "bad temperature", type: "x", param: "temperature", code: null },
          },
        },
        { kind: "error", status: 503 },
      ],
    });
    const client = clientFor(server);
    await expect(
      client.chat.completions.create({ model: "m", messages: MESSAGES }),
    ).rejects.toMatchObject({
      status: 400,
      param: "temperature",
      message: expect.stringContaining("bad temperature"),
    });
    await expect(
      client.chat.completions.create({ model: "m", messages: MESSAGES }),
    ).rejects.toBeInstanceOf(OpenAI.InternalServerError);
  });

  it("resets the connection: APIConnectionError", async () => {
    const server = await start({ script: [{ kind: "reset" }] });
    const request = clientFor(server).chat.completions.create({ model: "m", messages: MESSAGES });
    await expect(request).rejects.toBeInstanceOf(OpenAI.APIConnectionError);
    await expect(request).rejects.not.toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
  });

  it("hangs until the SDK timeout: APIConnectionTimeoutError", async () => {
    const server = await start({ script: [{ kind: "hang" }] });
    const started = Date.now();
    await expect(
      clientFor(server, { timeout: 500 }).chat.completions.create({
        model: "m",
        messages: MESSAGES,
      }),
    ).rejects.toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("writes nothing to a client that gave up during the delay, and serves the next one", async () => {
    const server = await start({
      script: [{ content: "trop tard", delayMs: 400 }, { content: "à temps" }],
    });
    await expect(
      clientFor(server, { timeout: 100 }).chat.completions.create({
        model: "m",
        messages: MESSAGES,
      }),
    ).rejects.toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    const completion = await clientFor(server).chat.completions.create({
      model: "m",
      messages: MESSAGES,
    });
    expect(completion.choices[0]?.message.content).toBe("à temps");
  });

  it("closes fast even with a request left hanging", async () => {
    const server = await start({ script: [{ kind: "hang" }] });
    const pending = fetch(`${server.url}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "m", messages: MESSAGES }),
    });
    while (server.chatRequests().length === 0)
      await new Promise((resolve) => setTimeout(resolve, 5));
    const started = Date.now();
    await server.close();
    await expect(pending).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("refuses another key with a 401 that echoes it: AuthenticationError", async () => {
    const server = await start({ requireKey: "sk-right-key" });
    const wrongKey = "sk-wrong-key-0123456789abcdef";
    const error = await clientFor(server, { apiKey: wrongKey })
      .chat.completions.create({ model: "m", messages: MESSAGES })
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((error as Error).message).toContain(wrongKey);

    const completion = await clientFor(server, { apiKey: "sk-right-key" }).chat.completions.create({
      model: "m",
      messages: MESSAGES,
    });
    expect(completion.choices[0]?.message.content).toBe(answerFixture("valid-article"));
  });

  it("records every request, and gives a script function each chat request and its index", async () => {
    const seen: Array<{ index: number; model: string }> = [];
    const server = await start({
      script: (request, index) => {
        seen.push({ index, model: request.body.model });
        return { content: `réponse ${index}` };
      },
    });
    const client = clientFor(server, { apiKey: "sk-recorded" });
    const first = await client.chat.completions.create({
      model: "a",
      messages: MESSAGES,
      temperature: 0.5,
    });
    const second = await client.chat.completions.create({ model: "b", messages: MESSAGES });
    expect(first.choices[0]?.message.content).toBe("réponse 0");
    expect(second.choices[0]?.message.content).toBe("réponse 1");
    expect(seen).toEqual([
      { index: 0, model: "a" },
      { index: 1, model: "b" },
    ]);

    const [recorded] = server.chatRequests();
    expect(recorded?.method).toBe("POST");
    expect(recorded?.path).toBe("/v1/chat/completions");
    expect(recorded?.headers.authorization).toBe("Bearer sk-recorded");
    expect(recorded?.body).toMatchObject({ model: "a", temperature: 0.5, messages: MESSAGES });
    expect(recorded?.receivedAt).toBeLessThanOrEqual(Date.now());

    const models = await client.models.list();
    expect(models.data.map((model) => model.id)).toContain("gpt-4o-mini");

    const unknown = await fetch(`${server.url}/embeddings`, { method: "POST", body: "{}" });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { type: "invalid_request_error" } });

    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      "POST /v1/chat/completions",
      "POST /v1/chat/completions",
      "GET /v1/models",
      "POST /v1/embeddings",
    ]);
  });

  it("waits latencyMs before answering", async () => {
    const server = await start({ latencyMs: 150 });
    const started = Date.now();
    await clientFor(server).chat.completions.create({ model: "m", messages: MESSAGES });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});

/** The body's words as DESIGN.md counts them, implemented here independently of src/. */
function countBodyWords(markdown: string): number {
  const body = markdown
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/u, "")
    .replace(/^#{1,6}[ \t]+/gmu, "")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, "$1")
    .replace(/[*_#]/gu, "");
  return body.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

const QUOTE_MARKS = /["«»“”„‹›]/u;

describe("canned model answers", () => {
  it("valid-article.md: 850–950 words, no digit, no quote mark, no level-1 heading", () => {
    const article = answerFixture("valid-article");
    const words = countBodyWords(article);
    expect(words).toBeGreaterThanOrEqual(850);
    expect(words).toBeLessThanOrEqual(950);
    expect(article).not.toMatch(/\p{N}/u);
    expect(article).not.toMatch(QUOTE_MARKS);
    expect(article).not.toMatch(/^# /mu);
    expect(article.match(/^## /gmu)?.length).toBeGreaterThanOrEqual(5);
  });

  it.each([
    ["valid-article", 850, 950, 5],
    ["short-article", 350, 450, 3],
    ["no-subheadings", 850, 950, 0],
    ["english-article", 850, 950, 5],
    ["invented-figure", 850, 970, 5],
  ])(
    "%s.md: front-matter the contract accepts, %i–%i words, %i+ subheadings",
    (name, min, max, sections) => {
      const text = answerFixture(name);
      const { data, content } = matter(text, {});
      expect(typeof data.title === "string" && data.title.length).toBeLessThanOrEqual(60);
      expect(
        typeof data.description === "string" && data.description.length,
      ).toBeGreaterThanOrEqual(140);
      expect(typeof data.description === "string" && data.description.length).toBeLessThanOrEqual(
        155,
      );
      expect(Array.isArray(data.keywords) && data.keywords.length).toBeGreaterThanOrEqual(4);
      expect(Array.isArray(data.keywords) && data.keywords.length).toBeLessThanOrEqual(6);
      expect(data).not.toHaveProperty("slug");
      expect(data).not.toHaveProperty("lang");
      const words = countBodyWords(text);
      expect(words).toBeGreaterThanOrEqual(min);
      expect(words).toBeLessThanOrEqual(max);
      expect(content.match(/^## /gmu)?.length ?? 0).toBeGreaterThanOrEqual(sections);
      if (sections === 0) expect(content).not.toMatch(/^#/mu);
      expect(text).not.toMatch(QUOTE_MARKS);
    },
  );

  it("invented-figure.md is the valid article plus one sentence with 25 millions d'euros", () => {
    const invented = answerFixture("invented-figure");
    expect(invented).toContain("25 millions d'euros");
    expect(invented.replace(/ [^.]*25 millions d'euros[^.]*\./u, "")).toBe(
      answerFixture("valid-article"),
    );
  });

  it("valid-article-fenced.md wraps the valid article as real models do", () => {
    expect(answerFixture("valid-article-fenced.md")).toBe(
      `Voici l'article optimisé :\n\n\`\`\`markdown\n${answerFixture("valid-article")}\`\`\`\n\nN'hésitez pas si vous souhaitez des modifications !\n`,
    );
  });
});
