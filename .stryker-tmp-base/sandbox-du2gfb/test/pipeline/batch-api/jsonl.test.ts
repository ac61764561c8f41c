// @ts-nocheck
import { describe, expect, it } from "vitest";
import {
  API_LIMITS,
  articleKey,
  BATCH_ENDPOINT,
  customIdFor,
  JsonlPacker,
  LineTooLargeError,
  packJsonl,
  parseResultLine,
  requestLine,
} from "../../../src/pipeline/batch-api/jsonl.js";

const line = (id: string, size: number) => ({
  customId: id,
  // A line of exactly `size` bytes, newline included.
  line: `${"x".repeat(size - 1)}\n`,
});

describe("request lines", () => {
  it("are one JSON object per line: custom_id, POST, the chat endpoint, the body — no streaming", () => {
    const text = requestLine("sr-abc-1", {
      model: "gpt-4.1-mini",
      messages: [{ role: "user", content: "Réécris « ceci »\nen deux lignes" }],
      temperature: 0.5,
    });
    expect(text.endsWith("\n")).toBe(true);
    expect(text.slice(0, -1)).not.toContain("\n");
    expect(JSON.parse(text)).toEqual({
      custom_id: "sr-abc-1",
      method: "POST",
      url: BATCH_ENDPOINT,
      body: {
        model: "gpt-4.1-mini",
        messages: [{ role: "user", content: "Réécris « ceci »\nen deux lignes" }],
        temperature: 0.5,
      },
    });
    expect(BATCH_ENDPOINT).toBe("/v1/chat/completions");
  });

  it("name an article stably: the same path and attempt give the same custom_id on every run", () => {
    const key = articleKey("sub/article-1.md");
    expect(articleKey("sub/article-1.md")).toBe(key);
    expect(articleKey("sub\\article-1.md")).toBe(key);
    expect(articleKey("sub/article-2.md")).not.toBe(key);
    const id = customIdFor(key, "0123456789abcdef", 1);
    expect(customIdFor(key, "0123456789abcdef", 1)).toBe(id);
    expect(customIdFor(key, "0123456789abcdef", 2)).not.toBe(id);
    expect(customIdFor(key, "fedcba9876543210", 1)).not.toBe(id);
    expect(id.length).toBeLessThanOrEqual(64);
  });
});

describe("packing past the API's limits", () => {
  it("knows OpenAI's limits: 50,000 requests and 200 MB a file", () => {
    expect(API_LIMITS).toEqual({ maxRequests: 50_000, maxBytes: 200_000_000 });
  });

  it("splits by request count", () => {
    const files = packJsonl(
      ["a", "b", "c", "d", "e"].map((id) => line(id, 10)),
      { maxRequests: 2, maxBytes: 1000 },
    );
    expect(files.map((file) => file.customIds)).toEqual([["a", "b"], ["c", "d"], ["e"]]);
    expect(files.map((file) => file.bytes)).toEqual([20, 20, 10]);
  });

  it("splits by bytes, a file filled exactly to the limit included", () => {
    const files = packJsonl([line("a", 100), line("b", 150), line("c", 100), line("d", 1)], {
      maxRequests: 100,
      maxBytes: 250,
    });
    expect(files.map((file) => file.customIds)).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(files[0]?.bytes).toBe(250);
  });

  it("counts bytes, not characters (French accents take two)", () => {
    const accented = { customId: "é", line: "é\n" };
    expect(packJsonl([accented, accented], { maxRequests: 10, maxBytes: 5 })).toHaveLength(2);
  });

  it("refuses a single request larger than a whole file", () => {
    const packer = new JsonlPacker({ maxRequests: 10, maxBytes: 50 });
    expect(() => packer.add("huge", `${"x".repeat(60)}\n`)).toThrow(LineTooLargeError);
  });

  it("loses nothing and keeps the order over thousands of lines of any size", () => {
    const entries = Array.from({ length: 3000 }, (_, index) =>
      line(`id-${index}`, 1 + ((index * 7919) % 400)),
    );
    const files = packJsonl(entries, { maxRequests: 700, maxBytes: 60_000 });
    expect(files.length).toBeGreaterThan(4);
    expect(files.flatMap((file) => file.customIds)).toEqual(entries.map((entry) => entry.customId));
    for (const file of files) {
      expect(file.customIds.length).toBeLessThanOrEqual(700);
      expect(file.bytes).toBeLessThanOrEqual(60_000);
      expect(file.bytes).toBe(Buffer.byteLength(file.lines.join("")));
    }
  });

  it("holds only the file being filled: add() hands back each full file", () => {
    const packer = new JsonlPacker({ maxRequests: 2, maxBytes: 1000 });
    expect(packer.add("a", "a\n")).toBeUndefined();
    expect(packer.add("b", "b\n")).toBeUndefined();
    expect(packer.add("c", "c\n")?.customIds).toEqual(["a", "b"]);
    expect(packer.flush()?.customIds).toEqual(["c"]);
    expect(packer.flush()).toBeUndefined();
  });
});

describe("result lines", () => {
  const completion = (message: Record<string, unknown>, finish = "stop") => ({
    id: "chatcmpl-1",
    object: "chat.completion",
    choices: [{ index: 0, message: { role: "assistant", ...message }, finish_reason: finish }],
    usage: { prompt_tokens: 1200, completion_tokens: 900, total_tokens: 2100 },
  });

  it("reads an answer: content, finish reason and usage", () => {
    const text = JSON.stringify({
      id: "batch_req_1",
      custom_id: "sr-a-1",
      response: {
        status_code: 200,
        request_id: "r",
        body: completion({ content: "---\ntitle: x" }),
      },
      error: null,
    });
    expect(parseResultLine(text)).toEqual({
      customId: "sr-a-1",
      kind: "answer",
      answer: {
        content: "---\ntitle: x",
        finishReason: "stop",
        usage: { prompt: 1200, completion: 900 },
      },
    });
  });

  it("keeps a refusal and a cut answer for the judge", () => {
    const refused = parseResultLine(
      JSON.stringify({
        custom_id: "r",
        response: { status_code: 200, body: completion({ content: null, refusal: "Non." }) },
        error: null,
      }),
    );
    expect(refused).toMatchObject({ kind: "answer", answer: { content: "", refusal: "Non." } });
    const cut = parseResultLine(
      JSON.stringify({
        custom_id: "c",
        response: { status_code: 200, body: completion({ content: "abc" }, "length") },
      }),
    );
    expect(cut).toMatchObject({ kind: "answer", answer: { finishReason: "length" } });
  });

  it("reads a request error from the error file: status, code and message", () => {
    const text = JSON.stringify({
      custom_id: "sr-b-1",
      response: {
        status_code: 400,
        body: { error: { message: "Invalid  value\nfor temperature", code: "invalid_value" } },
      },
      error: null,
    });
    expect(parseResultLine(text)).toEqual({
      customId: "sr-b-1",
      kind: "error",
      status: 400,
      code: "invalid_value",
      message: "Invalid value for temperature",
    });
  });

  it("reads a request an expired batch never ran", () => {
    const text = JSON.stringify({
      custom_id: "sr-c-1",
      response: null,
      error: { code: "batch_expired", message: "This request could not be executed." },
    });
    expect(parseResultLine(text)).toEqual({
      customId: "sr-c-1",
      kind: "error",
      code: "batch_expired",
      message: "This request could not be executed.",
    });
  });

  it("says what is wrong with a line it cannot read", () => {
    expect(parseResultLine("{not json")).toHaveProperty("problem");
    expect(parseResultLine(JSON.stringify({ response: null }))).toHaveProperty("problem");
    expect(
      parseResultLine(
        JSON.stringify({ custom_id: "x", response: { status_code: 200, body: { choices: [] } } }),
      ),
    ).toMatchObject({ kind: "error", message: "the answer holds no choice" });
  });
});
