import type { OpenAI } from "openai";
import type { ChatMessage } from "../core/prompt.js";
import { displayUrl, redactSecrets, secretsForAnswer } from "../core/redact.js";
import { type ClientPlan, type ProviderPreset, requestParamsFor } from "./providers.js";
import { createSdkClient } from "./sdk-client.js";

/**
 * The one edge that talks to a model: the official `openai` SDK (Chat Completions, the
 * protocol every host speaks), its errors mapped at this boundary into `LlmError`.
 * Retries: the SDK's own (429 honouring Retry-After, 408/409/5xx, resets, timeouts),
 * set on purpose; what it lacks — one pause shared by every request of a batch when the
 * host says "slow down", and a watchdog on a stalled stream — is added here.
 */

export interface ChatParams {
  model: string;
  temperature?: number;
}

export interface TokenUsage {
  prompt: number;
  completion: number;
}

export interface ChatResult {
  content: string;
  /** `stop`, `length` (cut by the token limit), `content_filter`… */
  finishReason: string;
  usage?: TokenUsage;
  refusal?: string;
}

export interface ChatHooks {
  /** Called as text streams in, with the text so far. */
  onText?(text: string): void;
  signal?: AbortSignal;
}

/** What the rewrite loop needs of a model; tests may inject their own. */
export interface ChatClient {
  complete(
    messages: readonly ChatMessage[],
    params: ChatParams,
    hooks?: ChatHooks,
  ): Promise<ChatResult>;
}

export type LlmErrorKind =
  | "auth"
  | "permission"
  | "not-found"
  | "bad-request"
  | "rate-limit"
  | "server"
  | "timeout"
  | "connection"
  | "aborted";

/** Internal: the watchdog cut a stream that went silent. */
class StalledStream extends Error {}

/** A model call that failed, said in one line with what to do. */
export class LlmError extends Error {
  override name = "LlmError";
  constructor(
    readonly kind: LlmErrorKind,
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface ClientOptions {
  /** Which SDK client, where, with which key (providers.ts `clientPlan`). */
  plan: ClientPlan;
  /** The host's preset: which optional parameters it accepts. */
  preset: ProviderPreset;
  /** Per request, in milliseconds. Default: `120000`. */
  timeoutMs: number;
  /** Retries on top of the first try (SDK). Default: `2`. */
  maxRetries: number;
  /** Shared by every client of a run so a 429 slows the whole batch. */
  gate?: RateGate;
}

/**
 * A pause shared by all requests of a run: when a host answers 429 with Retry-After,
 * every request waits, instead of each one hammering the API in turn.
 */
export class RateGate {
  #openAt = 0;
  constructor(private readonly now: () => number = Date.now) {}
  pause(milliseconds: number): void {
    this.#openAt = Math.max(this.#openAt, this.now() + milliseconds);
  }
  async wait(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const delay = this.#openAt - this.now();
      if (delay <= 0) return;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          signal?.removeEventListener("abort", done);
          resolve();
        };
        const timer = setTimeout(done, delay);
        signal?.addEventListener("abort", done, { once: true });
      });
      if (signal?.aborted) return;
    }
  }
}

function retryAfterMs(headers: Headers): number {
  const ms = Number.parseFloat(headers.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms)) return ms;
  const raw = headers.get("retry-after");
  if (raw === null) return 1000;
  const seconds = Number.parseFloat(raw);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : 1000;
}

/**
 * Records a host's 429 in the shared gate. Requests wait on the gate before they start
 * (in `complete`), not here: the SDK's timeout clock is already running inside fetch.
 */
function gatedFetch(gate: RateGate): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    if (response.status === 429) gate.pause(Math.min(retryAfterMs(response.headers), 60_000));
    if (response.status >= 400) {
      errorBodies.set(
        response.headers,
        await response
          .clone()
          .text()
          .catch(() => ""),
      );
    }
    return response;
  };
}

/**
 * Error bodies by the response's headers, which the SDK's error keeps. The SDK reads only
 * `{"error": …}`; Mistral's 422 says which field it refused in `{"message": {"detail": […]}}`
 * and a proxy may answer plain text, which the user must see to fix the request.
 */
const errorBodies = new WeakMap<Headers, string>();

/** What an error body says, in one line: its message, or FastAPI-style details, or the text. */
export function errorBodyText(body: string): string {
  const details = (items: unknown): string | undefined =>
    Array.isArray(items)
      ? items
          .map((item: { loc?: unknown[]; msg?: string; type?: string }) =>
            [item.loc?.filter((part) => part !== "body").join("."), item.msg ?? item.type]
              .filter(Boolean)
              .join(": "),
          )
          .join("; ")
      : undefined;
  try {
    const json = JSON.parse(body) as { message?: unknown; detail?: unknown; error?: unknown };
    const message = json.message as { detail?: unknown } | string | undefined;
    const text =
      typeof message === "string"
        ? message
        : typeof json.detail === "string"
          ? json.detail
          : (details(message?.detail) ?? details(json.detail) ?? JSON.stringify(json));
    return text.replace(/\s+/gu, " ").trim().slice(0, 300);
  } catch {
    return body
      .replace(/<[^>]*>/gu, " ")
      .replace(/\s+/gu, " ")
      .trim()
      .slice(0, 300);
  }
}

const HINTS: Readonly<Record<LlmErrorKind, string>> = {
  auth: "the API key was refused: check the key variable (OPENAI_API_KEY or your provider's)",
  permission: "the key may not use this model or endpoint: check the key's project and permissions",
  "not-found": "check --model (the model id) and --base-url (it usually ends in /v1)",
  "bad-request": "the host refused the request: check --model and the provider's parameters",
  "rate-limit": "rate limited even after retries: lower --concurrency or try later",
  server: "the host failed even after retries: try again later",
  timeout: "raise --timeout, or check that the host is up",
  connection: "could not reach the host: check --base-url and your network",
  aborted: "the request was cancelled",
};

/** What an error message may show, and what it must hide. */
interface ErrorContext {
  timeoutMs: number;
  baseURL?: string;
  secrets: readonly string[];
}

export async function mapError(error: unknown, context: ErrorContext): Promise<LlmError> {
  const openai = await import("openai");
  const clean = (text: string) => redactSecrets(text, context.secrets);
  // The SDK's message starts with the status ("401 Incorrect API key…"); we print it once.
  const serverText = (error: { message: string }) =>
    clean(
      error.message
        .replace(/\s+/gu, " ")
        .trim()
        .replace(/^\d{3}\s+/u, ""),
    );
  if (error instanceof LlmError) return error;
  if (error instanceof openai.APIUserAbortError) return new LlmError("aborted", HINTS.aborted);
  if (error instanceof openai.APIConnectionTimeoutError) {
    return new LlmError(
      "timeout",
      `no answer within the ${context.timeoutMs / 1000} s timeout (after retries): ${HINTS.timeout}`,
    );
  }
  if (error instanceof openai.APIConnectionError) {
    return new LlmError(
      "connection",
      `${HINTS.connection} (${context.baseURL ? displayUrl(context.baseURL) : "default endpoint"})`,
    );
  }
  if (error instanceof openai.APIError) {
    const status = error.status;
    const kind: LlmErrorKind =
      status === 401
        ? "auth"
        : status === 403
          ? "permission"
          : status === 404
            ? "not-found"
            : status === 429
              ? "rate-limit"
              : status !== undefined && status >= 500
                ? "server"
                : "bad-request";
    // The SDK says "(no body)" when the body has no "error" key: say what the host said.
    const body = error.headers ? errorBodies.get(error.headers) : undefined;
    const said = error.error === undefined && body ? clean(errorBodyText(body)) : serverText(error);
    return new LlmError(kind, `HTTP ${status ?? "?"} ${said}: ${HINTS[kind]}`, status);
  }
  if (error instanceof Error && error.name === "AbortError")
    return new LlmError("aborted", HINTS.aborted);
  const message = error instanceof Error ? error.message : String(error);
  return new LlmError("connection", clean(message));
}

/**
 * Settles at once when `signal` aborts. The SDK's sleep before a retry (a 429's
 * Retry-After: 30) does not listen to the signal; Ctrl-C must not wait it out.
 */
function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new LlmError("aborted", HINTS.aborted));
    if (signal.aborted) onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * The SDK's timeout ends at the response headers; a stream that stalls after them is cut
 * by this watchdog, which restarts at every chunk. The caller's signal aborts it too.
 */
class StreamWatchdog {
  readonly #controller = new AbortController();
  #timer: NodeJS.Timeout | undefined;
  #stalled = false;
  readonly #onOuterAbort = () => this.#controller.abort();

  constructor(
    private readonly timeoutMs: number,
    private readonly outer: AbortSignal | undefined,
  ) {
    outer?.addEventListener("abort", this.#onOuterAbort);
  }

  /** Aborts the request when the stream stalls or the caller aborts. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** The watchdog, not the caller, cut the stream. */
  get stalled(): boolean {
    return this.#stalled;
  }

  /** (Re)starts the countdown: at the headers, then at every chunk. */
  arm(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#stalled = true;
      this.#controller.abort();
    }, this.timeoutMs);
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.outer?.removeEventListener("abort", this.#onOuterAbort);
  }
}

/** What every call of one chat client shares. */
interface ChatContext {
  client: OpenAI;
  options: ClientOptions;
  secrets: readonly string[];
  errorContext: ErrorContext;
}

type ChatChunk = OpenAI.Chat.Completions.ChatCompletionChunk;

/** The answer as it streamed in, before redaction. */
interface StreamedAnswer {
  content: string;
  refusal: string;
  finishReason: string;
  usage?: TokenUsage;
}

function openStream(
  context: ChatContext,
  messages: readonly ChatMessage[],
  params: ChatParams,
  signal: AbortSignal,
) {
  return context.client.chat.completions.create(
    {
      model: params.model,
      messages: messages.map((message) => ({ role: message.role, content: message.content })),
      stream: true,
      // Only what the host accepts: Mistral answers 422 to an unknown field.
      ...requestParamsFor(context.options.preset, {
        includeUsage: true,
        ...(params.temperature !== undefined ? { temperature: params.temperature } : {}),
      }),
    },
    { signal },
  );
}

/** Gathers the chunks, rearming the watchdog at each and showing the text so far. */
async function readStream(
  stream: AsyncIterable<ChatChunk>,
  watchdog: StreamWatchdog,
  hooks: ChatHooks,
): Promise<StreamedAnswer> {
  const answer: StreamedAnswer = { content: "", refusal: "", finishReason: "" };
  for await (const chunk of stream) {
    watchdog.arm();
    const choice = chunk.choices[0];
    if (choice?.delta?.content) {
      answer.content += choice.delta.content;
      hooks.onText?.(answer.content);
    }
    if (choice?.delta?.refusal) answer.refusal += choice.delta.refusal;
    if (choice?.finish_reason) answer.finishReason = choice.finish_reason;
    if (chunk.usage) {
      answer.usage = {
        prompt: chunk.usage.prompt_tokens,
        completion: chunk.usage.completion_tokens,
      };
    }
  }
  return answer;
}

/** A model that echoes the key (from a prompt-injected source…) must not get it written. */
function resultOf(answer: StreamedAnswer, secrets: readonly string[]): ChatResult {
  const result: ChatResult = {
    content: redactSecrets(answer.content, secrets),
    finishReason: answer.finishReason || "stop",
  };
  if (answer.usage) result.usage = answer.usage;
  if (answer.refusal) result.refusal = redactSecrets(answer.refusal, secrets);
  return result;
}

/** One streamed request; a stall is thrown as {@link StalledStream}, anything else mapped. */
async function streamOnce(
  context: ChatContext,
  messages: readonly ChatMessage[],
  params: ChatParams,
  hooks: ChatHooks,
): Promise<ChatResult> {
  const watchdog = new StreamWatchdog(context.options.timeoutMs, hooks.signal);
  try {
    // Wait out a shared 429 pause here, before the SDK starts the request's timeout clock.
    await context.options.gate?.wait(hooks.signal);
    const stream = await openStream(context, messages, params, watchdog.signal);
    watchdog.arm();
    const answer = await readStream(stream, watchdog, hooks);
    // The SDK ends a stream quietly when it is aborted: a cut answer must not pass as whole.
    if (watchdog.stalled) throw new StalledStream();
    if (watchdog.signal.aborted) throw new LlmError("aborted", HINTS.aborted);
    const sent = messages.map((message) => message.content);
    return resultOf(answer, secretsForAnswer(context.secrets, sent));
  } catch (error) {
    if (watchdog.stalled) throw new StalledStream();
    throw await mapError(error, context.errorContext);
  } finally {
    watchdog.dispose();
  }
}

/**
 * A stream that stalls after its headers is cut by the watchdog and tried again, as the
 * SDK tries again a request that times out before them.
 */
async function completeWithRetries(
  context: ChatContext,
  messages: readonly ChatMessage[],
  params: ChatParams,
  hooks: ChatHooks,
): Promise<ChatResult> {
  if (hooks.signal?.aborted) throw new LlmError("aborted", HINTS.aborted);
  const { timeoutMs, maxRetries } = context.options;
  for (let stalls = 0; ; stalls += 1) {
    try {
      return await abortable(streamOnce(context, messages, params, hooks), hooks.signal);
    } catch (error) {
      if (!(error instanceof StalledStream)) throw error;
      if (stalls >= maxRetries) {
        throw new LlmError(
          "timeout",
          `the answer stalled for ${timeoutMs / 1000} s (the --timeout), ${stalls + 1} time(s): ${HINTS.timeout}`,
        );
      }
    }
  }
}

/** Build a client over the SDK; the SDK itself is loaded only now (fast --help/--version). */
export async function createChatClient(options: ClientOptions): Promise<ChatClient> {
  const { plan } = options;
  const client = await createSdkClient(plan, {
    timeoutMs: options.timeoutMs,
    maxRetries: options.maxRetries,
    useDeployment: true,
    ...(options.gate ? { fetch: gatedFetch(options.gate) } : {}),
  });
  // A gateway's key may ride in the base URL's query: hidden like the key itself.
  const secrets = [plan.apiKey, ...Object.values(plan.query ?? {})];
  const context: ChatContext = {
    client,
    options,
    secrets,
    errorContext: {
      timeoutMs: options.timeoutMs,
      secrets,
      ...(plan.baseURL ? { baseURL: plan.baseURL } : {}),
    },
  };
  return {
    complete: (messages, params, hooks = {}) =>
      completeWithRetries(context, messages, params, hooks),
  };
}
