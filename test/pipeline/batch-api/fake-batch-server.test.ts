import OpenAI, { toFile } from "openai";
import { afterEach, describe, expect, it } from "vitest";
import { LlmError } from "../../../src/model/llm.js";
import { batchApiOf } from "../../../src/pipeline/batch-api/client.js";
import { createBatchClient } from "../../../src/pipeline/batch-api/host.js";
import { requestLine } from "../../../src/pipeline/batch-api/jsonl.js";
import {
  answerFixture,
  type FakeServer,
  type FakeServerOptions,
  startFakeServer,
} from "../../fake-server.js";

/** The fake server's Files and Batches APIs, through the real SDK and through our edge. */

const servers: FakeServer[] = [];
async function start(options?: FakeServerOptions): Promise<FakeServer> {
  const server = await startFakeServer(options);
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const sdk = (server: FakeServer, apiKey = "sk-test") =>
  new OpenAI({ baseURL: server.url, apiKey, maxRetries: 0 });

const jsonl = (count: number, model = "gpt-4.1-mini") =>
  Array.from({ length: count }, (_, index) =>
    requestLine(`req-${index}`, {
      model,
      messages: [{ role: "user", content: `Article ${index}` }],
    }),
  ).join("");

async function submit(client: OpenAI, text: string) {
  const file = await client.files.create({
    file: await toFile(Buffer.from(text), "requests.jsonl"),
    purpose: "batch",
  });
  return client.batches.create({
    input_file_id: file.id,
    endpoint: "/v1/chat/completions",
    completion_window: "24h",
  });
}

async function lines(client: OpenAI, fileId: string | null | undefined) {
  if (!fileId) return [];
  const text = await (await client.files.content(fileId)).text();
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("fake server: Batch API", () => {
  it("uploads a file, and moves a batch on each poll: validating → in_progress → finalizing → completed", async () => {
    const server = await start({
      batch: {
        answer: (request, index) =>
          index === 1
            ? { kind: "error", status: 400 }
            : {
                content: `Réponse à ${request.custom_id}`,
                usage: { prompt_tokens: 10, completion_tokens: 5 },
              },
      },
    });
    const client = sdk(server);
    const created = await submit(client, jsonl(3));
    expect(created.status).toBe("validating");
    expect(created.input_file_id).toMatch(/^file-/u);
    const input = await client.files.retrieve(created.input_file_id);
    expect(input).toMatchObject({ purpose: "batch", filename: "requests.jsonl" });

    const statuses: string[] = [];
    let batch = created;
    for (let poll = 0; poll < 3; poll += 1) {
      batch = await client.batches.retrieve(created.id);
      statuses.push(batch.status);
    }
    expect(statuses).toEqual(["in_progress", "finalizing", "completed"]);
    expect(batch.request_counts).toEqual({ total: 3, completed: 2, failed: 1 });

    const output = await lines(client, batch.output_file_id);
    expect(output.map((line) => line.custom_id).sort()).toEqual(["req-0", "req-2"]);
    expect(output[0]).toMatchObject({
      response: {
        status_code: 200,
        body: { object: "chat.completion", usage: { prompt_tokens: 10 } },
      },
      error: null,
    });
    const errors = await lines(client, batch.error_file_id);
    expect(errors).toEqual([
      expect.objectContaining({
        custom_id: "req-1",
        response: expect.objectContaining({ status_code: 400 }),
      }),
    ]);
    expect(server.batchRequests().map((request) => request.custom_id)).toEqual([
      "req-0",
      "req-1",
      "req-2",
    ]);
    expect(server.batches()[0]?.polls).toBe(3);
  });

  it("answers from the chat script when no batch answer is given", async () => {
    const server = await start({
      script: [{ content: "Première" }],
      fallback: { content: "Suite" },
    });
    const client = sdk(server);
    const created = await submit(client, jsonl(2));
    for (let poll = 0; poll < 3; poll += 1) await client.batches.retrieve(created.id);
    const batch = await client.batches.retrieve(created.id);
    const output = await lines(client, batch.output_file_id);
    const contents = output.map(
      (line) =>
        (line.response as { body: { choices: { message: { content: string } }[] } }).body.choices[0]
          ?.message.content,
    );
    expect(contents.sort()).toEqual(["Première", "Suite"]);
  });

  it("expires a batch with partial output: the rest get batch_expired lines", async () => {
    const server = await start({ batch: { end: () => ({ status: "expired", answered: 2 }) } });
    const client = sdk(server);
    const created = await submit(client, jsonl(5));
    let batch = created;
    for (let poll = 0; poll < 2; poll += 1) batch = await client.batches.retrieve(created.id);
    expect(batch.status).toBe("expired");
    expect(await lines(client, batch.output_file_id)).toHaveLength(2);
    const errors = await lines(client, batch.error_file_id);
    expect(errors).toHaveLength(3);
    expect(errors.every((line) => (line.error as { code: string }).code === "batch_expired")).toBe(
      true,
    );
  });

  it("cancels: cancelling, then cancelled; a second cancel is refused", async () => {
    const server = await start();
    const client = sdk(server);
    const created = await submit(client, jsonl(2));
    expect((await client.batches.cancel(created.id)).status).toBe("cancelling");
    await expect(client.batches.cancel(created.id)).rejects.toMatchObject({ status: 409 });
    const batch = await client.batches.retrieve(created.id);
    expect(batch.status).toBe("cancelled");
    const errors = await lines(client, batch.error_file_id);
    expect(errors.map((line) => (line.error as { code: string }).code)).toEqual([
      "batch_cancelled",
      "batch_cancelled",
    ]);
  });

  it("fails validation like the API: bad lines, duplicate ids, streaming, too many requests", async () => {
    const server = await start({ batch: { maxRequests: 2 } });
    const client = sdk(server);
    const bad = [
      requestLine("a", { model: "m", messages: [{ role: "user", content: "x" }] }),
      requestLine("a", { model: "m", messages: [{ role: "user", content: "x" }] }),
      requestLine("b", { model: "m", messages: [{ role: "user", content: "x" }], stream: true }),
      "{not json\n",
    ].join("");
    const created = await submit(client, bad);
    const batch = await client.batches.retrieve(created.id);
    expect(batch.status).toBe("failed");
    const messages = batch.errors?.data?.map((error) => error.message) ?? [];
    expect(messages.join(" ")).toMatch(/Duplicate custom_id/u);
    expect(messages.join(" ")).toMatch(/Streaming is not supported/u);
    expect(messages.join(" ")).toMatch(/Invalid JSON/u);
    expect(server.batchRequests()).toHaveLength(0);

    const tooMany = await client.batches.retrieve((await submit(client, jsonl(3))).id);
    expect(tooMany.errors?.data?.[0]?.message).toMatch(/more than allowed/u);
    await expect(
      client.batches.create({
        input_file_id: "file-missing",
        endpoint: "/v1/chat/completions",
        completion_window: "24h",
      }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(client.batches.retrieve("batch_missing")).rejects.toMatchObject({ status: 404 });
  });

  it("keeps its chat behaviour: a batch route needs the key too", async () => {
    const server = await start({ requireKey: "sk-right" });
    await expect(sdk(server, "sk-wrong-key-0123456789").files.list()).rejects.toMatchObject({
      status: 401,
    });
    const completion = await sdk(server, "sk-right").chat.completions.create({
      model: "m",
      messages: [{ role: "user", content: "x" }],
    });
    expect(completion.choices[0]?.message.content).toBe(answerFixture("valid-article"));
  });
});

describe("the Batch API edge (client.ts)", () => {
  it("uploads, creates, retrieves and reads results line by line", async () => {
    const server = await start({ batch: { answer: () => ({ content: "ok" }) } });
    const api = batchApiOf(
      await createBatchClient(
        { kind: "openai", apiKey: "sk-t", baseURL: server.url },
        { timeoutMs: 5000, maxRetries: 0 },
      ),
      { timeoutMs: 5000 },
    );
    const text = jsonl(3);
    const uploaded = await api.upload(
      { lines: text.split(/(?<=\n)/u), customIds: ["req-0", "req-1", "req-2"], bytes: text.length },
      "x.jsonl",
    );
    const created = await api.create({
      inputFileId: uploaded.id,
      model: "gpt-4.1-mini",
      metadata: { generator: "test" },
    });
    expect(created).toMatchObject({ status: "validating", inputFileId: uploaded.id, errors: [] });
    let batch = created;
    while (batch.status !== "completed") batch = await api.retrieve(created.id);
    expect(batch.requestCounts).toEqual({ total: 3, completed: 3, failed: 0 });
    const read: string[] = [];
    for await (const line of api.lines(batch.outputFileId ?? "")) read.push(line);
    expect(read.filter((line) => line !== "")).toHaveLength(3);
  });

  it("maps errors to one line, with the key the server echoes redacted", async () => {
    const key = "sk-proj-echoed-0123456789abcdefghijkl";
    const server = await start({ requireKey: "sk-other" });
    const api = batchApiOf(new OpenAI({ apiKey: key, baseURL: server.url, maxRetries: 0 }), {
      timeoutMs: 5000,
    });
    const error = await api.retrieve("batch_x").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LlmError);
    expect((error as LlmError).kind).toBe("auth");
    expect((error as LlmError).message).toMatch(/^reading batch batch_x: HTTP 401/u);
    expect((error as LlmError).message).toContain("[redacted]");
    expect((error as LlmError).message).not.toContain(key.slice(0, 12));

    const open = await start();
    const missing = await batchApiOf(sdk(open), { timeoutMs: 5000 })
      .retrieve("batch_nope")
      .catch((caught: unknown) => caught);
    expect(missing).toMatchObject({ kind: "not-found" });
  });
});
