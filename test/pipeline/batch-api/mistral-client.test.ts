import OpenAI from "openai";
import { afterEach, describe, expect, it } from "vitest";
import { LlmError } from "../../../src/model/llm.js";
import { PROVIDERS } from "../../../src/model/providers.js";
import {
  BATCH_FORMATS,
  mistralRequestLine,
  parseResultLine,
} from "../../../src/pipeline/batch-api/jsonl.js";
import { mistralBatchApiOf, remoteOfJob } from "../../../src/pipeline/batch-api/mistral-client.js";
import { type FakeServer, startFakeServer } from "../../fake-server.js";

/** Mistral's batch jobs: the line format, the job mapped to ours, the edge against the fake. */

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const body = { model: "mistral-small-latest", messages: [{ role: "user", content: "x" }] };

describe("Mistral's request line", () => {
  it("is {custom_id, body}, without method, url or the model (the job's)", () => {
    expect(JSON.parse(mistralRequestLine("id-1", { ...body, temperature: 0.4 }))).toEqual({
      custom_id: "id-1",
      body: { messages: body.messages, temperature: 0.4 },
    });
    expect(BATCH_FORMATS.mistral.limits).toEqual({ maxRequests: 100_000, maxBytes: 512_000_000 });
    expect(PROVIDERS.mistral?.batchApi).toBe("mistral");
    expect(PROVIDERS.openrouter?.batchApi).toBeUndefined();
  });

  it("reads Mistral's flat error bodies in result lines", () => {
    const line = JSON.stringify({
      id: "batch-1",
      custom_id: "c",
      response: {
        status_code: 422,
        body: { object: "error", message: { detail: [{ type: "extra_forbidden" }] }, code: null },
      },
      error: null,
    });
    expect(parseResultLine(line)).toMatchObject({ kind: "error", status: 422 });
    expect(JSON.stringify(parseResultLine(line))).toContain("extra_forbidden");
  });
});

describe("remoteOfJob", () => {
  it.each([
    ["QUEUED", "validating"],
    ["RUNNING", "in_progress"],
    ["SUCCESS", "completed"],
    ["FAILED", "failed"],
    ["TIMEOUT_EXCEEDED", "expired"],
    ["CANCELLATION_REQUESTED", "cancelling"],
    ["CANCELLED", "cancelled"],
    ["SOMETHING_NEW", "in_progress"],
  ])("%s is our %s", (status, ours) => {
    expect(remoteOfJob({ id: "j", status }).status).toBe(ours);
  });

  it("maps counts, files and errors", () => {
    expect(
      remoteOfJob({
        id: "j",
        status: "SUCCESS",
        input_files: ["f-in"],
        output_file: "f-out",
        error_file: null,
        errors: [{ message: "bad line", count: 3 }],
        total_requests: 10,
        completed_requests: 9,
        succeeded_requests: 7,
        failed_requests: 2,
      }),
    ).toEqual({
      id: "j",
      status: "completed",
      inputFileId: "f-in",
      outputFileId: "f-out",
      errors: ["bad line (×3)"],
      requestCounts: { total: 10, completed: 7, failed: 2 },
    });
    expect(() => remoteOfJob({ nope: true })).toThrow(LlmError);
  });
});

describe("mistralBatchApiOf against the fake server", () => {
  it("uploads, creates a job with the model, polls it to SUCCESS, reads its output; 422 on an unknown field", async () => {
    const key = "mistral-unit-key-0123456789abcdef";
    const server = await startFakeServer({ requireKey: key, batch: {} });
    servers.push(server);
    const api = mistralBatchApiOf(new OpenAI({ apiKey: key, baseURL: server.url, maxRetries: 0 }), {
      timeoutMs: 5000,
    });
    const lines = [mistralRequestLine("a", body), mistralRequestLine("b", body)];
    const file = { lines, customIds: ["a", "b"], bytes: lines.join("").length };
    const uploaded = await api.upload(file, "in.jsonl");
    const created = await api.create({
      inputFileId: uploaded.id,
      model: "mistral-small-latest",
      metadata: { generator: "test" },
    });
    expect(created).toMatchObject({ status: "validating", inputFileId: uploaded.id });
    expect(server.batches()[0]).toMatchObject({
      shape: "mistral",
      model: "mistral-small-latest",
      metadata: { generator: "test" },
    });
    let job = created;
    while (job.status !== "completed") job = await api.retrieve(created.id);
    expect(job.requestCounts).toEqual({ total: 2, completed: 2, failed: 0 });
    const read: string[] = [];
    for await (const line of api.lines(job.outputFileId ?? "")) if (line) read.push(line);
    expect(
      read.map((line) => (JSON.parse(line) as { custom_id: string }).custom_id).sort(),
    ).toEqual(["a", "b"]);

    // An OpenAI line (method, url) is refused as Mistral refuses it.
    const openaiLine = BATCH_FORMATS.openai.requestLine("c", body);
    const other = await api.upload(
      { lines: [openaiLine], customIds: ["c"], bytes: openaiLine.length },
      "bad.jsonl",
    );
    const refused = await api
      .create({ inputFileId: other.id, model: "m", metadata: {} })
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 422 });
    expect(String((refused as Error).message)).not.toContain(key);
    expect(api.secrets).toContain(key);
  });
});
