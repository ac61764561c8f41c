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
  /** The query string, `?` included; `""` when none. */
  query: string;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body; the raw text when it is not JSON; `undefined` when empty. */
  body: Body;
  /** `Date.now()` when the request arrived. */
  receivedAt: number;
  /** `Date.now()` when a chat answer's last byte was sent (benchmarks time the generation). */
  answeredAt?: number;
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
  /**
   * Streamed answers come at this many completion tokens a second, as a real model
   * generates them (benchmarks: a long answer takes longer). Default: all at once.
   */
  tokensPerSecond?: number;
  /** When set, any other `Authorization: Bearer` key gets a 401 that echoes the key received. */
  requireKey?: string;
  /** Default: `0`, a free port. */
  port?: number;
  /**
   * The Batch API: `/v1/files`, OpenAI's `/v1/batches` and Mistral's `/v1/batch/jobs`
   * (see {@link FakeBatchOptions}).
   */
  batch?: FakeBatchOptions;
}

/** One line of a batch input file, as the fake server read it. */
export interface BatchRequestLine {
  custom_id: string;
  method: string;
  url: string;
  /** For a Mistral job, the job's model is filled in when the line has none. */
  body: ChatRequestBody;
  /** The line exactly as uploaded (Mistral's carries no `method`, `url` or `body.model`). */
  sent: Record<string, unknown>;
}

/** How a batch ends. `answered`: the first N requests (input order) get their answer; the rest an error line. */
export type FakeBatchEnd =
  | { status: "completed" }
  | { status: "expired" | "cancelled"; answered: number }
  | { status: "failed"; message: string };

export interface FakeBatchOptions {
  /**
   * The answer to one request of a batch; `index` counts every batch request served. An
   * `error` step becomes a line of the error file with its status and body; `reset`,
   * `hang` and `stall` a 500 line. Default: the chat `script`/`fallback`, sharing its count.
   */
  answer?: (request: BatchRequestLine, index: number) => Step;
  /** Polls (`GET /v1/batches/{id}`) a batch spends in validating, in_progress and finalizing. Default: `1`. */
  pollsPerStatus?: number;
  /** How batch number `index` (0-based, creation order) ends. Default: `completed`. */
  end?: (batch: { id: string; index: number; requests: number }) => FakeBatchEnd;
  /** Requests per input file; more fails validation. Default: `50000`. */
  maxRequests?: number;
  /** Bytes per input file; more fails validation. Default: `200000000`. */
  maxBytes?: number;
}

/** A batch as the fake server holds it. */
export interface FakeBatchView {
  id: string;
  /** Which API created it: OpenAI's `/v1/batches` or Mistral's `/v1/batch/jobs`. */
  shape: "openai" | "mistral";
  /** Mistral: the job's `model`. */
  model?: string;
  metadata: unknown;
  /** Our status names (OpenAI's); a Mistral job reports its own (QUEUED, RUNNING…). */
  status: string;
  inputFileId: string;
  requests: BatchRequestLine[];
  /** Times it was polled. */
  polls: number;
}

export interface FakeServer {
  /** `http://127.0.0.1:PORT/v1`, to pass as `baseURL`. */
  url: string;
  /** Every request received, in order, whatever its route or fate. */
  requests: RecordedRequest[];
  /** The `POST /v1/chat/completions` requests with a valid chat body, those refused for a wrong key included. */
  chatRequests(): ChatRecordedRequest[];
  /** Every request line of every batch created, in order (validated batches only). */
  batchRequests(): BatchRequestLine[];
  /** The batches created, in order. */
  batches(): FakeBatchView[];
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

  const batchApi = createBatchApi(options.batch ?? {}, (line) =>
    nextStep({
      method: "POST",
      path: "/v1/chat/completions",
      query: "",
      headers: {},
      body: line.body,
      receivedAt: Date.now(),
    }),
  );

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const receivedAt = Date.now();
    const text = await readBody(req);
    const { pathname: path, search: query } = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = req.method ?? "GET";
    const recorded: RecordedRequest = {
      method,
      path,
      query,
      headers: { ...req.headers },
      body: parseBody(text),
      receivedAt,
    };
    requests.push(recorded);

    const route = `${method} ${path.replace(/\/+$/u, "")}`;
    if (/^\/v1\/(?:files|batches|batch\/jobs)(?:\/|$)/u.test(path)) {
      if (options.requireKey !== undefined && !hasKey(req, options.requireKey)) {
        sendJson(res, 401, unauthorizedBody(req));
        return;
      }
      await batchApi.handle(route, req, text, res);
      return;
    }
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
      await streamAnswer(res, step, answer, {
        includeUsage: chatRequest.body.stream_options?.include_usage === true,
        ...(options.tokensPerSecond !== undefined
          ? { tokensPerSecond: options.tokensPerSecond }
          : {}),
        closing: closing.signal,
      });
    } else {
      sendJson(res, 200, completionBody(step, answer));
    }
    chatRequest.answeredAt = Date.now();
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
    batchRequests: () => batchApi.requests(),
    batches: () => batchApi.views(),
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
async function streamAnswer(
  res: ServerResponse,
  step: AnswerStep,
  answer: AnswerContext,
  pace: { includeUsage: boolean; tokensPerSecond?: number; closing: AbortSignal },
): Promise<void> {
  const { includeUsage, tokensPerSecond } = pace;
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
  for (const piece of pieces(step.content)) {
    if (tokensPerSecond !== undefined) {
      const ms = (estimateTokens(piece) / tokensPerSecond) * 1000;
      if (!(await sleep(ms, res, pace.closing))) return;
    }
    delta({ content: piece });
  }
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

interface StoredFile {
  id: string;
  filename: string;
  purpose: string;
  content: string;
  createdAt: number;
}

interface BatchProblem {
  code: string;
  message: string;
  param: string | null;
  line: number | null;
}

interface FakeBatch {
  id: string;
  shape: "openai" | "mistral";
  model?: string;
  index: number;
  inputFileId: string;
  endpoint: string;
  metadata: unknown;
  createdAt: number;
  status: string;
  polls: number;
  /** Polls since it entered its current status. */
  statusPolls: number;
  requests: BatchRequestLine[];
  problems: BatchProblem[];
  end: FakeBatchEnd;
  results?: { ok: string[]; errors: string[] };
  outputFileId?: string;
  errorFileId?: string;
  times: Record<string, number>;
}

const BATCH_ENDPOINTS = ["/v1/chat/completions"];
const FINAL_STATUSES = new Set(["completed", "failed", "expired", "cancelled"]);

/**
 * The fields of Mistral's `ChatCompletionRequest` (its OpenAPI, `additionalProperties:
 * false`): any other is a 422 `extra_forbidden`, online as in a batch.
 */
const MISTRAL_CHAT_FIELDS = new Set([
  "model",
  "temperature",
  "top_p",
  "max_tokens",
  "stream",
  "stop",
  "random_seed",
  "metadata",
  "messages",
  "response_format",
  "tools",
  "tool_choice",
  "presence_penalty",
  "frequency_penalty",
  "n",
  "prediction",
  "parallel_tool_calls",
  "prompt_mode",
  "reasoning_effort",
  "guardrails",
  "prompt_cache_key",
  "safe_prompt",
]);
/** Mistral's `BatchJobIn`. */
const MISTRAL_JOB_FIELDS = new Set([
  "input_files",
  "requests",
  "endpoint",
  "model",
  "agent_id",
  "metadata",
  "timeout_hours",
]);
/** Our statuses as Mistral's `BatchJobStatus`. */
const MISTRAL_STATUS: Record<string, string> = {
  validating: "QUEUED",
  in_progress: "RUNNING",
  finalizing: "RUNNING",
  completed: "SUCCESS",
  failed: "FAILED",
  expired: "TIMEOUT_EXCEEDED",
  cancelling: "CANCELLATION_REQUESTED",
  cancelled: "CANCELLED",
};

/** Mistral's 422: a validation error per field it does not know. */
function extraForbidden(loc: (string | number)[]): unknown {
  return {
    object: "error",
    message: {
      detail: [{ type: "extra_forbidden", loc, msg: "Extra inputs are not permitted" }],
    },
    type: "invalid_request_message_error",
    param: null,
    code: null,
  };
}

/** The first field of `record` not in `known`, if any. */
function unknownField(record: Record<string, unknown>, known: ReadonlySet<string>) {
  return Object.keys(record).find((key) => !known.has(key));
}

/**
 * The Files and Batches APIs, in memory: an uploaded JSONL file becomes a batch whose status
 * moves on each poll (validating → in_progress → finalizing → completed), whose answers come
 * from `options.answer` (or the chat script), with an output file, an error file for the
 * requests that failed, and the ends `options.end` asks for (expired, cancelled, failed).
 */
function createBatchApi(options: FakeBatchOptions, fallback: (line: BatchRequestLine) => Step) {
  const files = new Map<string, StoredFile>();
  const batches: FakeBatch[] = [];
  const allRequests: BatchRequestLine[] = [];
  const pollsPerStatus = Math.max(1, options.pollsPerStatus ?? 1);
  let fileSequence = 0;
  let batchSequence = 0;
  let requestSequence = 0;
  let answers = 0;
  const now = () => Math.floor(Date.now() / 1000);

  const addFile = (content: string, filename: string, purpose: string): StoredFile => {
    fileSequence += 1;
    const file: StoredFile = {
      id: `file-fake${String(fileSequence).padStart(6, "0")}`,
      filename,
      purpose,
      content,
      createdAt: now(),
    };
    files.set(file.id, file);
    return file;
  };

  const fileObject = (file: StoredFile) => ({
    id: file.id,
    object: "file",
    bytes: Buffer.byteLength(file.content),
    created_at: file.createdAt,
    filename: file.filename,
    purpose: file.purpose,
    status: "processed",
    expires_at: null,
    status_details: null,
  });

  const counts = (batch: FakeBatch) => {
    const total = batch.problems.length > 0 ? 0 : batch.requests.length;
    if (!batch.results) return { total, completed: 0, failed: 0 };
    const answered = (list: string[]) => list.filter((line) => !line.includes('"response":null'));
    const completed = batch.results.ok.length;
    const failed = answered(batch.results.errors).length;
    // Halfway through while in progress, as a real batch reports it.
    return batch.status === "in_progress"
      ? { total, completed: Math.floor(completed / 2), failed: Math.floor(failed / 2) }
      : { total, completed, failed };
  };

  const batchObject = (batch: FakeBatch) => ({
    id: batch.id,
    object: "batch",
    endpoint: batch.endpoint,
    model: batch.requests[0]?.body.model ?? null,
    errors: batch.problems.length > 0 ? { object: "list", data: batch.problems } : null,
    input_file_id: batch.inputFileId,
    completion_window: "24h",
    status: batch.status,
    output_file_id: batch.outputFileId ?? null,
    error_file_id: batch.errorFileId ?? null,
    created_at: batch.createdAt,
    in_progress_at: batch.times.in_progress ?? null,
    expires_at: batch.createdAt + 86_400,
    finalizing_at: batch.times.finalizing ?? null,
    completed_at: batch.times.completed ?? null,
    failed_at: batch.times.failed ?? null,
    expired_at: batch.times.expired ?? null,
    cancelling_at: batch.times.cancelling ?? null,
    cancelled_at: batch.times.cancelled ?? null,
    request_counts: counts(batch),
    metadata: batch.metadata ?? null,
  });

  /** Mistral's `BatchJobOut`. */
  const jobObject = (batch: FakeBatch) => {
    const { total, completed, failed } = counts(batch);
    return {
      id: batch.id,
      object: "batch",
      input_files: [batch.inputFileId],
      metadata: batch.metadata ?? null,
      endpoint: batch.endpoint,
      model: batch.model ?? null,
      agent_id: null,
      output_file: batch.outputFileId ?? null,
      error_file: batch.errorFileId ?? null,
      errors: batch.problems.map((problem) => ({
        message:
          problem.line !== null ? `line ${problem.line}: ${problem.message}` : problem.message,
        count: 1,
      })),
      outputs: null,
      status: MISTRAL_STATUS[batch.status] ?? "RUNNING",
      created_at: batch.createdAt,
      total_requests: total,
      completed_requests: completed + failed,
      succeeded_requests: completed,
      failed_requests: failed,
      started_at: batch.times.in_progress ?? null,
      completed_at:
        batch.times.completed ??
        batch.times.failed ??
        batch.times.expired ??
        batch.times.cancelled ??
        null,
    };
  };

  const resultLine = (line: BatchRequestLine, step: Step): { ok: boolean; text: string } => {
    requestSequence += 1;
    const id = `batch_req_fake${String(requestSequence).padStart(6, "0")}`;
    const requestId = `req_fake${requestSequence}`;
    if (
      step.kind === "error" ||
      step.kind === "reset" ||
      step.kind === "hang" ||
      step.kind === "stall"
    ) {
      const status = step.kind === "error" ? step.status : 500;
      const body =
        step.kind === "error" && step.body !== undefined ? step.body : defaultErrorBody(status);
      return {
        ok: false,
        text: JSON.stringify({
          id,
          custom_id: line.custom_id,
          response: { status_code: status, request_id: requestId, body },
          error: null,
        }),
      };
    }
    const answer: AnswerContext = {
      id: `chatcmpl-batch${String(requestSequence).padStart(6, "0")}`,
      created: now(),
      model: line.body.model,
      promptTokens: estimateTokens(JSON.stringify(line.body.messages)),
    };
    return {
      ok: true,
      text: JSON.stringify({
        id,
        custom_id: line.custom_id,
        response: { status_code: 200, request_id: requestId, body: completionBody(step, answer) },
        error: null,
      }),
    };
  };

  /** Answer the requests the batch's end lets run; the others get an expired/cancelled line. */
  const run = (batch: FakeBatch): void => {
    const { end } = batch;
    const answered =
      end.status === "completed"
        ? batch.requests.length
        : end.status === "failed"
          ? 0
          : Math.min(end.answered, batch.requests.length);
    const ok: string[] = [];
    const errors: string[] = [];
    batch.requests.forEach((line, index) => {
      if (index < answered) {
        const index = answers;
        answers += 1;
        const step = options.answer ? options.answer(line, index) : fallback(line);
        const result = resultLine(line, step);
        (result.ok ? ok : errors).push(result.text);
        return;
      }
      // Mistral's files hold what ran; OpenAI's also a line for each request that did not.
      if (batch.shape === "mistral") return;
      requestSequence += 1;
      const cancelled = end.status === "cancelled";
      errors.push(
        JSON.stringify({
          id: `batch_req_fake${String(requestSequence).padStart(6, "0")}`,
          custom_id: line.custom_id,
          response: null,
          error: {
            code: cancelled ? "batch_cancelled" : "batch_expired",
            message: cancelled
              ? "This request was not executed because the batch was cancelled."
              : "This request could not be executed before the completion window expired.",
          },
        }),
      );
    });
    // Results come out of input order, as the API warns they may.
    batch.results = { ok: ok.reverse(), errors: errors.reverse() };
  };

  const enter = (batch: FakeBatch, status: string): void => {
    batch.status = status;
    batch.statusPolls = 0;
    batch.times[status] = now();
  };

  const finish = (batch: FakeBatch, status: string): void => {
    if (!batch.results) run(batch);
    const results = batch.results ?? { ok: [], errors: [] };
    if (results.ok.length > 0) {
      batch.outputFileId = addFile(
        `${results.ok.join("\n")}\n`,
        `${batch.id}_output.jsonl`,
        "batch_output",
      ).id;
    }
    if (results.errors.length > 0) {
      batch.errorFileId = addFile(
        `${results.errors.join("\n")}\n`,
        `${batch.id}_error.jsonl`,
        "batch_output",
      ).id;
    }
    enter(batch, status);
  };

  const advance = (batch: FakeBatch): void => {
    if (FINAL_STATUSES.has(batch.status)) return;
    batch.statusPolls += 1;
    if (batch.statusPolls < pollsPerStatus) return;
    switch (batch.status) {
      case "validating":
        if (batch.problems.length > 0) enter(batch, "failed");
        else if (batch.end.status === "failed") {
          batch.problems.push({
            code: "batch_failed",
            message: batch.end.message,
            param: null,
            line: null,
          });
          enter(batch, "failed");
        } else {
          run(batch);
          enter(batch, "in_progress");
        }
        return;
      case "in_progress":
        if (batch.end.status === "expired") finish(batch, "expired");
        else if (batch.end.status === "cancelled") enter(batch, "cancelling");
        else enter(batch, "finalizing");
        return;
      case "finalizing":
        finish(batch, "completed");
        return;
      case "cancelling":
        finish(batch, "cancelled");
        return;
      default:
        return;
    }
  };

  /** Read an input file as the API validates it; problems fail the batch at validation. */
  const validate = (file: StoredFile, endpoint: string) => {
    const requests: BatchRequestLine[] = [];
    const problems: BatchProblem[] = [];
    const problem = (line: number | null, message: string, param: string | null = null) => {
      if (problems.length < 10) problems.push({ code: "invalid_request", message, param, line });
    };
    if (Buffer.byteLength(file.content) > (options.maxBytes ?? 200_000_000)) {
      problem(null, "The input file is larger than the maximum size allowed.");
    }
    const seen = new Set<string>();
    file.content.split("\n").forEach((text, index) => {
      if (text.trim() === "") return;
      const number = index + 1;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        problem(number, "Invalid JSON.");
        return;
      }
      if (!isRecord(json) || typeof json.custom_id !== "string") {
        problem(number, "Missing custom_id.", "custom_id");
        return;
      }
      if (seen.has(json.custom_id)) {
        problem(number, `Duplicate custom_id ${json.custom_id}.`, "custom_id");
        return;
      }
      seen.add(json.custom_id);
      if (json.method !== "POST") problem(number, "Only POST is supported.", "method");
      if (json.url !== endpoint) problem(number, `The url must be ${endpoint}.`, "url");
      if (!isChatRequestBody(json.body)) {
        problem(number, "The body must hold a model and messages.", "body");
        return;
      }
      if (json.body.stream === true)
        problem(number, "Streaming is not supported in a batch.", "body.stream");
      requests.push({
        custom_id: json.custom_id,
        method: String(json.method),
        url: String(json.url),
        body: json.body,
        sent: json,
      });
    });
    if (requests.length === 0 && problems.length === 0) problem(null, "The input file is empty.");
    if (requests.length > (options.maxRequests ?? 50_000)) {
      problem(null, `The input file holds ${requests.length} requests, more than allowed.`);
    }
    return { requests, problems };
  };

  const invalid = (res: ServerResponse, status: number, message: string) =>
    sendJson(res, status, errorBody(message, "invalid_request_error"));

  const handle = async (
    route: string,
    req: IncomingMessage,
    text: string,
    res: ServerResponse,
  ): Promise<void> => {
    const [method, path = ""] = route.split(" ");
    if (method === "POST" && path === "/v1/files") {
      let form: FormData;
      try {
        form = await new Response(text, {
          headers: { "content-type": req.headers["content-type"] ?? "" },
        }).formData();
      } catch {
        invalid(res, 400, "The request must be multipart/form-data with a file and a purpose.");
        return;
      }
      const purpose = form.get("purpose");
      const upload = form.get("file");
      if (typeof purpose !== "string" || upload === null || typeof upload === "string") {
        invalid(res, 400, "The request must hold a file and a purpose.");
        return;
      }
      sendJson(res, 200, fileObject(addFile(await upload.text(), upload.name, purpose)));
      return;
    }
    const fileMatch = /^\/v1\/files\/([^/]+)(\/content)?$/u.exec(path);
    if (method === "GET" && fileMatch) {
      const file = files.get(fileMatch[1] ?? "");
      if (!file) {
        sendJson(
          res,
          404,
          errorBody(`No such File object: ${fileMatch[1]}`, "invalid_request_error"),
        );
        return;
      }
      if (fileMatch[2]) {
        res.writeHead(200, {
          "content-type": "application/octet-stream",
          "content-length": Buffer.byteLength(file.content),
        });
        res.end(file.content);
      } else sendJson(res, 200, fileObject(file));
      return;
    }
    if (method === "POST" && path === "/v1/batches") {
      const body = parseBody(text);
      if (!isRecord(body) || typeof body.input_file_id !== "string") {
        invalid(res, 400, "input_file_id is required.");
        return;
      }
      if (body.completion_window !== "24h") {
        invalid(res, 400, "completion_window must be 24h.");
        return;
      }
      if (typeof body.endpoint !== "string" || !BATCH_ENDPOINTS.includes(body.endpoint)) {
        invalid(res, 400, `endpoint must be one of ${BATCH_ENDPOINTS.join(", ")}.`);
        return;
      }
      const found = files.get(body.input_file_id);
      const file = found?.purpose === "batch" ? found : undefined;
      if (file === undefined) {
        invalid(
          res,
          400,
          `Invalid input file ${body.input_file_id}: upload it with purpose batch.`,
        );
        return;
      }
      const { requests, problems } = validate(file, body.endpoint);
      batchSequence += 1;
      const id = `batch_fake${String(batchSequence).padStart(6, "0")}`;
      const index = batches.length;
      const batch: FakeBatch = {
        id,
        shape: "openai",
        index,
        inputFileId: file.id,
        endpoint: body.endpoint,
        metadata: body.metadata,
        createdAt: now(),
        status: "validating",
        polls: 0,
        statusPolls: 0,
        requests: problems.length > 0 ? [] : requests,
        problems,
        end: options.end?.({ id, index, requests: requests.length }) ?? { status: "completed" },
        times: {},
      };
      batches.push(batch);
      if (problems.length === 0) allRequests.push(...requests);
      sendJson(res, 200, batchObject(batch));
      return;
    }
    if (method === "GET" && path === "/v1/batches") {
      const data = [...batches].reverse().map(batchObject);
      sendJson(res, 200, {
        object: "list",
        data,
        first_id: data[0]?.id ?? null,
        last_id: data[data.length - 1]?.id ?? null,
        has_more: false,
      });
      return;
    }
    const batchMatch = /^\/v1\/batches\/([^/]+)(\/cancel)?$/u.exec(path);
    const batch = batchMatch
      ? batches.find((candidate) => candidate.id === batchMatch[1])
      : undefined;
    if (batchMatch && !batch) {
      sendJson(
        res,
        404,
        errorBody(`No batch found with id '${batchMatch[1]}'.`, "invalid_request_error"),
      );
      return;
    }
    if (batch && method === "GET" && !batchMatch?.[2]) {
      batch.polls += 1;
      advance(batch);
      sendJson(res, 200, batchObject(batch));
      return;
    }
    if (batch && method === "POST" && batchMatch?.[2]) {
      if (FINAL_STATUSES.has(batch.status) || batch.status === "cancelling") {
        invalid(res, 409, `Cannot cancel a batch with status ${batch.status}.`);
        return;
      }
      cancel(batch);
      sendJson(res, 200, batchObject(batch));
      return;
    }
    if (path.startsWith("/v1/batch/jobs")) {
      handleJobs(method ?? "", path, text, res);
      return;
    }
    sendJson(res, 404, errorBody(`Invalid URL (${method} ${path})`, "invalid_request_error"));
  };

  /** What already ran stays answered; what did not is cancelled. */
  const cancel = (batch: FakeBatch): void => {
    batch.end = { status: "cancelled", answered: batch.results ? batch.requests.length : 0 };
    enter(batch, "cancelling");
  };

  /**
   * A Mistral input file: lines of `{ custom_id, body }`. A field Mistral does not know, in
   * the line or its body, is the 422 it answers (`loc` names it); other problems fail the
   * job at its first poll, as OpenAI's validation does.
   */
  const validateMistral = (file: StoredFile, model: string) => {
    const requests: BatchRequestLine[] = [];
    const problems: BatchProblem[] = [];
    let extra: (string | number)[] | undefined;
    const seen = new Set<string>();
    file.content.split("\n").forEach((text, index) => {
      if (text.trim() === "" || extra) return;
      const problem = (message: string) =>
        problems.push({ code: "invalid_request", message, param: null, line: index + 1 });
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        problem("Invalid JSON.");
        return;
      }
      if (!isRecord(json) || !isRecord(json.body)) {
        problem("Each line must hold a body.");
        return;
      }
      const lineExtra = unknownField(json, new Set(["custom_id", "body"]));
      const bodyExtra = unknownField(json.body, MISTRAL_CHAT_FIELDS);
      if (lineExtra !== undefined || bodyExtra !== undefined) {
        extra =
          lineExtra !== undefined ? [index + 1, lineExtra] : [index + 1, "body", bodyExtra ?? ""];
        return;
      }
      const customId = typeof json.custom_id === "string" ? json.custom_id : String(index);
      if (seen.has(customId)) {
        problem(`Duplicate custom_id ${customId}.`);
        return;
      }
      seen.add(customId);
      const body = { model, ...json.body };
      if (!isChatRequestBody(body)) {
        problem("The body must hold messages.");
        return;
      }
      requests.push({
        custom_id: customId,
        method: "POST",
        url: "/v1/chat/completions",
        body,
        sent: json,
      });
    });
    if (requests.length === 0 && problems.length === 0 && !extra) {
      problems.push({
        code: "invalid_request",
        message: "The input file is empty.",
        param: null,
        line: null,
      });
    }
    return { requests, problems, extra };
  };

  /** `POST /v1/batch/jobs`, `GET /v1/batch/jobs/{id}`, `POST /v1/batch/jobs/{id}/cancel`. */
  const handleJobs = (method: string, path: string, text: string, res: ServerResponse): void => {
    const body = parseBody(text);
    if (method === "POST" && path === "/v1/batch/jobs") {
      if (!isRecord(body)) {
        invalid(res, 400, "The body must be a JSON object.");
        return;
      }
      const extra = unknownField(body, MISTRAL_JOB_FIELDS);
      if (extra !== undefined) {
        sendJson(res, 422, extraForbidden(["body", extra]));
        return;
      }
      const inputFiles = Array.isArray(body.input_files) ? body.input_files : [];
      const found = files.get(String(inputFiles[0] ?? ""));
      const file = found?.purpose === "batch" ? found : undefined;
      if (inputFiles.length !== 1 || file === undefined || typeof body.model !== "string") {
        invalid(
          res,
          400,
          "input_files (one file uploaded with purpose batch) and model are required.",
        );
        return;
      }
      if (typeof body.endpoint !== "string" || !BATCH_ENDPOINTS.includes(body.endpoint)) {
        sendJson(res, 422, extraForbidden(["body", "endpoint"]));
        return;
      }
      const { requests, problems, extra: lineExtra } = validateMistral(file, body.model);
      if (lineExtra) {
        sendJson(res, 422, extraForbidden(["input_files", file.id, "line", ...lineExtra]));
        return;
      }
      batchSequence += 1;
      const id = `job-fake-${String(batchSequence).padStart(6, "0")}`;
      const index = batches.length;
      const batch: FakeBatch = {
        id,
        shape: "mistral",
        model: body.model,
        index,
        inputFileId: file.id,
        endpoint: body.endpoint,
        metadata: body.metadata,
        createdAt: now(),
        status: "validating",
        polls: 0,
        statusPolls: 0,
        requests: problems.length > 0 ? [] : requests,
        problems,
        end: options.end?.({ id, index, requests: requests.length }) ?? { status: "completed" },
        times: {},
      };
      batches.push(batch);
      if (problems.length === 0) allRequests.push(...requests);
      sendJson(res, 200, jobObject(batch));
      return;
    }
    const match = /^\/v1\/batch\/jobs\/([^/]+)(\/cancel)?$/u.exec(path);
    const batch = batches.find(
      (candidate) => candidate.shape === "mistral" && candidate.id === match?.[1],
    );
    if (!match || !batch) {
      sendJson(res, 404, {
        object: "error",
        message: `Batch job ${match?.[1] ?? path} not found`,
        type: "not_found",
        code: null,
      });
      return;
    }
    if (method === "GET" && !match[2]) {
      batch.polls += 1;
      advance(batch);
      sendJson(res, 200, jobObject(batch));
      return;
    }
    if (method === "POST" && match[2]) {
      if (!FINAL_STATUSES.has(batch.status) && batch.status !== "cancelling") cancel(batch);
      sendJson(res, 200, jobObject(batch));
      return;
    }
    sendJson(res, 405, {
      object: "error",
      message: "Method Not Allowed",
      type: "invalid_request",
      code: null,
    });
  };

  return {
    handle,
    requests: () => [...allRequests],
    views: (): FakeBatchView[] =>
      batches.map((batch) => ({
        id: batch.id,
        shape: batch.shape,
        ...(batch.model !== undefined ? { model: batch.model } : {}),
        metadata: batch.metadata,
        status: batch.status,
        inputFileId: batch.inputFileId,
        requests: [...batch.requests],
        polls: batch.polls,
      })),
  };
}
