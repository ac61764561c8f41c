import { setMaxListeners } from "node:events";
/**
 * A fake OpenAI-compatible server for tests and benchmarks: node:http on 127.0.0.1, a random
 * port, answers scripted step by step. Tests point the real `openai` SDK at `server.url`
 * (`baseURL`), so every byte that crosses the wire has the shape the API gives: chat
 * completions streamed as SSE or not, OpenAI-shaped error bodies, resets and hangs.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the fake model does for one chat request. */
export type Step =
  | {
      kind?: "answer";
      content: string;
      /** Default: `"stop"`. */
      finishReason?: "stop" | "length" | "content_filter";
      /** Default: estimated at four characters a token. */
      usage?: { prompt_tokens: number; completion_tokens: number };
      /** Added to `latencyMs` before answering. */
      delayMs?: number;
      /** Sent as `message.refusal` / `delta.refusal`; `content` then may be `""` (sent as `null`). */
      refusal?: string;
    }
  | {
      kind: "error";
      status: number;
      /** A JSON value, or a string sent as is (a proxy's HTML page). Default: an OpenAI-shaped body for `status`. */
      body?: unknown;
      /** E.g. `{ "retry-after": "1" }`. */
      headers?: Record<string, string>;
      delayMs?: number;
    }
  /** Destroy the socket without answering (connection reset). */
  | { kind: "reset" }
  /** Accept and never answer, until the client gives up or the server closes. */
  | { kind: "hang" }
  /** Start a streamed answer (headers and a first piece of text), then go silent. */
  | { kind: "stall"; content?: string };

export interface RecordedRequest<Body = unknown> {
  method: string;
  /** The path without the query string, e.g. `/v1/chat/completions`. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body; the raw text when it is not JSON; `undefined` when empty. */
  body: Body;
  /** `Date.now()` when the request arrived. */
  receivedAt: number;
}

export interface ChatRequestMessage {
  role: string;
  content?: unknown;
  [key: string]: unknown;
}

/** The body of a chat completion request, as far as the fake server reads it. */
export interface ChatRequestBody {
  model: string;
  messages: ChatRequestMessage[];
  stream?: boolean | null;
  stream_options?: { include_usage?: boolean | null } | null;
  [key: string]: unknown;
}

export type ChatRecordedRequest = RecordedRequest<ChatRequestBody>;

export interface FakeServerOptions {
  /**
   * The answers, in order: the n-th chat request served gets `script[n]`, or the function's
   * result. Requests refused before the script (bad body, wrong key) do not count.
   */
  script?: readonly Step[] | ((request: ChatRecordedRequest, index: number) => Step);
  /** Past the end of a script array. Default: the canned valid article (`valid-article.md`). */
  fallback?: Step;
  /** Milliseconds to wait before every chat answer, errors included (benchmarks). Default: `0`. */
  latencyMs?: number;
  /** When set, any other `Authorization: Bearer` key gets a 401 that echoes the key received. */
  requireKey?: string;
  /** Default: `0`, a free port. */
  port?: number;
}

export interface FakeServer {
  /** `http://127.0.0.1:PORT/v1`, to pass as `baseURL`. */
  url: string;
  /** Every request received, in order, whatever its route or fate. */
  requests: RecordedRequest[];
  /** The `POST /v1/chat/completions` requests with a valid chat body, those refused for a wrong key included. */
  chatRequests(): ChatRecordedRequest[];
  /** Stops the server and destroys every open socket, hanging ones included. */
  close(): Promise<void>;
}

const ANSWERS_DIRECTORY = new URL("./fixtures/answers/", import.meta.url);
const answerCache = new Map<string, string>();

/**
 * A canned model answer from `test/fixtures/answers/`: `valid-article`, `valid-article-fenced`,
 * `short-article`, `no-subheadings`, `english-article`, `invented-figure` (`.md` optional).
 */
export function answerFixture(name: string): string {
  const file = name.endsWith(".md") ? name : `${name}.md`;
  let text = answerCache.get(file);
  if (text === undefined) {
    text = readFileSync(new URL(file, ANSWERS_DIRECTORY), "utf8");
    answerCache.set(file, text);
  }
  return text;
}

/** Models listed by `GET /v1/models`. */
export const FAKE_MODELS = ["gpt-4o-mini", "mistral-small-latest"] as const;

export async function startFakeServer(options: FakeServerOptions = {}): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const chatRequests: ChatRecordedRequest[] = [];
  const closing = new AbortController();
  // Every delayed answer listens for the server closing; a benchmark has many at once.
  setMaxListeners(0, closing.signal);
  let served = 0;
  let sequence = 0;

  const nextStep = (request: ChatRecordedRequest): Step => {
    const index = served;
    served += 1;
    const { script } = options;
    if (typeof script === "function") return script(request, index);
    return script?.[index] ?? options.fallback ?? { content: answerFixture("valid-article") };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const receivedAt = Date.now();
    const text = await readBody(req);
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const method = req.method ?? "GET";
    const recorded: RecordedRequest = {
      method,
      path,
      headers: { ...req.headers },
      body: parseBody(text),
      receivedAt,
    };
    requests.push(recorded);

    const route = `${method} ${path.replace(/\/+$/u, "")}`;
    if (route !== "POST /v1/chat/completions" && route !== "GET /v1/models") {
      sendJson(res, 404, errorBody(`Invalid URL (${method} ${path})`, "invalid_request_error"));
      return;
    }
    const chatRequest = route === "POST /v1/chat/completions" ? asChatRequest(recorded) : undefined;
    if (chatRequest) chatRequests.push(chatRequest);

    if (options.requireKey !== undefined && !hasKey(req, options.requireKey)) {
      sendJson(res, 401, unauthorizedBody(req));
      return;
    }
    if (route === "GET /v1/models") {
      const created = Math.floor(receivedAt / 1000);
      sendJson(res, 200, {
        object: "list",
        data: FAKE_MODELS.map((id) => ({ id, object: "model", created, owned_by: "fake-server" })),
      });
      return;
    }
    if (!chatRequest) {
      const message =
        typeof recorded.body === "object" && recorded.body !== null
          ? "you must provide a model parameter and a messages array"
          : "We could not parse the JSON body of your request.";
      sendJson(res, 400, errorBody(message, "invalid_request_error"));
      return;
    }

    let step: Step;
    try {
      step = nextStep(chatRequest);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      sendJson(res, 500, errorBody(`fake server script threw: ${message}`, "server_error"));
      return;
    }
    if (step.kind === "hang") return;
    if (step.kind === "stall") {
      res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8" });
      const first = {
        index: 0,
        delta: { role: "assistant", content: step.content ?? "---\ntitle: " },
        finish_reason: null,
      };
      res.write(
        `data: ${JSON.stringify({ id: "chatcmpl-stall", object: "chat.completion.chunk", created: 0, model: chatRequest.body.model, choices: [first] })}\n\n`,
      );
      return;
    }
    if (step.kind === "reset") {
      req.socket.resetAndDestroy();
      return;
    }

    if (!(await sleep((options.latencyMs ?? 0) + (step.delayMs ?? 0), res, closing.signal))) return;
    if (step.kind === "error") {
      sendError(res, step);
      return;
    }
    sequence += 1;
    const answer: AnswerContext = {
      id: `chatcmpl-fake${String(sequence).padStart(6, "0")}`,
      created: Math.floor(Date.now() / 1000),
      model: chatRequest.body.model,
      promptTokens: estimateTokens(JSON.stringify(chatRequest.body.messages)),
    };
    if (chatRequest.body.stream === true) {
      streamAnswer(res, step, answer, chatRequest.body.stream_options?.include_usage === true);
    } else {
      sendJson(res, 200, completionBody(step, answer));
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) {
        sendJson(res, 500, errorBody(`fake server failed: ${String(error)}`, "server_error"));
      } else {
        res.destroy();
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    chatRequests: () => [...chatRequests],
    close() {
      closed ??= new Promise<void>((resolve) => {
        closing.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

interface AnswerContext {
  id: string;
  created: number;
  model: string;
  promptTokens: number;
}

type AnswerStep = Exclude<Step, { kind: "error" | "reset" | "hang" | "stall" }>;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseBody(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isChatRequestBody(body: unknown): body is ChatRequestBody {
  return (
    isRecord(body) &&
    typeof body.model === "string" &&
    Array.isArray(body.messages) &&
    body.messages.every((message) => isRecord(message) && typeof message.role === "string")
  );
}

function asChatRequest(request: RecordedRequest): ChatRecordedRequest | undefined {
  const { body } = request;
  return isChatRequestBody(body) ? { ...request, body } : undefined;
}

function bearerKey(req: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(.*)$/iu.exec(req.headers.authorization ?? "");
  return match?.[1]?.trim();
}

function hasKey(req: IncomingMessage, key: string): boolean {
  return bearerKey(req) === key;
}

/** Like OpenAI's, but echoing the whole key received, as some hosts do: redaction must hide it. */
function unauthorizedBody(req: IncomingMessage): unknown {
  const received = bearerKey(req);
  if (!received) {
    return errorBody(
      "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
      "invalid_request_error",
    );
  }
  return errorBody(
    `Incorrect API key provided: ${received}. You can find your API key at https://platform.openai.com/account/api-keys.`,
    "invalid_request_error",
    "invalid_api_key",
  );
}

function errorBody(message: string, type: string, code: string | null = null): unknown {
  return { error: { message, type, param: null, code } };
}

/** Default bodies, worded as OpenAI words them. */
function defaultErrorBody(status: number): unknown {
  switch (status) {
    case 400:
      return errorBody("Invalid request.", "invalid_request_error");
    case 401:
      return errorBody("Incorrect API key provided.", "invalid_request_error", "invalid_api_key");
    case 403:
      return errorBody(
        "You are not allowed to use this model.",
        "invalid_request_error",
        "model_not_found",
      );
    case 404:
      return errorBody(
        "The model does not exist or you do not have access to it.",
        "invalid_request_error",
        "model_not_found",
      );
    case 429:
      return errorBody(
        "Rate limit reached for requests. Please try again later.",
        "requests",
        "rate_limit_exceeded",
      );
    default:
      return status >= 500
        ? errorBody(
            "The server had an error while processing your request. Sorry about that!",
            "server_error",
          )
        : errorBody(`Request failed with status ${status}.`, "invalid_request_error");
  }
}

function sendError(res: ServerResponse, step: Extract<Step, { kind: "error" }>): void {
  const body = step.body === undefined ? defaultErrorBody(step.status) : step.body;
  const isText = typeof body === "string";
  const payload = isText ? body : JSON.stringify(body);
  res.writeHead(step.status, {
    "content-type": isText ? "text/plain; charset=utf-8" : "application/json",
    "content-length": Buffer.byteLength(payload),
    ...step.headers,
  });
  res.end(payload);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
  });
  res.end(payload);
}

/** About four characters a token: close enough for English and French prose. */
function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

function usageBody(step: AnswerStep, answer: AnswerContext): unknown {
  const promptTokens = step.usage?.prompt_tokens ?? answer.promptTokens;
  const completionTokens =
    step.usage?.completion_tokens ?? estimateTokens(step.content + (step.refusal ?? ""));
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: 0,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}

function completionBody(step: AnswerStep, answer: AnswerContext): unknown {
  const refused = step.refusal !== undefined;
  return {
    id: answer.id,
    object: "chat.completion",
    created: answer.created,
    model: answer.model,
    choices: [
      {
        index: 0,
        message: {
          role: "assistant",
          content: refused && step.content === "" ? null : step.content,
          refusal: step.refusal ?? null,
          annotations: [],
        },
        logprobs: null,
        finish_reason: step.finishReason ?? "stop",
      },
    ],
    usage: usageBody(step, answer),
    service_tier: "default",
    system_fingerprint: "fp_fake",
  };
}

/** Splits text into at least three pieces (when it has three characters), whole code points. */
function pieces(text: string): string[] {
  const characters = Array.from(text);
  const size = Math.max(1, Math.min(64, Math.ceil(characters.length / 3)));
  const result: string[] = [];
  for (let start = 0; start < characters.length; start += size) {
    result.push(characters.slice(start, start + size).join(""));
  }
  return result;
}

/**
 * The SSE stream as OpenAI sends it: a first chunk with the role, content chunks, a chunk
 * with `finish_reason` and an empty delta, a usage chunk with no choices when
 * `stream_options.include_usage` is set (every other chunk then carries `usage: null`),
 * and `data: [DONE]`.
 */
function streamAnswer(
  res: ServerResponse,
  step: AnswerStep,
  answer: AnswerContext,
  includeUsage: boolean,
): void {
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache",
    connection: "keep-alive",
  });
  const chunk = (choices: unknown[], usage?: unknown) => {
    const body: Record<string, unknown> = {
      id: answer.id,
      object: "chat.completion.chunk",
      created: answer.created,
      model: answer.model,
      service_tier: "default",
      system_fingerprint: "fp_fake",
      choices,
    };
    if (includeUsage) body.usage = usage ?? null;
    res.write(`data: ${JSON.stringify(body)}\n\n`);
  };
  const delta = (value: Record<string, unknown>, finishReason: string | null = null) =>
    chunk([{ index: 0, delta: value, logprobs: null, finish_reason: finishReason }]);

  delta({ role: "assistant", content: "", refusal: null });
  for (const piece of pieces(step.content)) delta({ content: piece });
  if (step.refusal !== undefined) {
    for (const piece of pieces(step.refusal)) delta({ refusal: piece });
  }
  delta({}, step.finishReason ?? "stop");
  if (includeUsage) chunk([], usageBody(step, answer));
  res.end("data: [DONE]\n\n");
}

/**
 * Resolves `true` after `ms`, or `false` as soon as the server closes or the client goes
 * away (its socket closed: an SDK timeout, an abort), so no answer is written to nobody.
 */
function sleep(ms: number, res: ServerResponse, closing: AbortSignal): Promise<boolean> {
  if (closing.aborted || res.destroyed) return Promise.resolve(false);
  if (ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const finish = (completed: boolean) => {
      clearTimeout(timer);
      closing.removeEventListener("abort", onGone);
      res.off("close", onGone);
      resolve(completed);
    };
    const onGone = () => finish(false);
    const timer = setTimeout(() => finish(true), ms);
    closing.addEventListener("abort", onGone, { once: true });
    res.once("close", onGone);
  });
}
