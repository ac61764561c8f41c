import { z } from "zod";
import { hashText } from "../../core/freshness.js";
import type { ChatResult } from "../../model/llm.js";
import type { BatchApiShape } from "../../model/providers.js";

/**
 * The Batch API's two JSONL formats, both ways, pure: the request lines we upload (one
 * chat completion each, named by a `custom_id` that stays the same across reruns), packed
 * into files within the API's limits; and the result lines of its output and error files.
 */

/** The endpoint every request line targets (the batch's `endpoint` too). */
export const BATCH_ENDPOINT = "/v1/chat/completions";

export interface JsonlLimits {
  /** Requests per file. */
  maxRequests: number;
  /** Bytes per file, newlines included. */
  maxBytes: number;
}

/**
 * OpenAI's limits for one batch input file: 50,000 requests and 200 MB. "MB" is read as
 * 10^6 bytes, the smaller reading, so a file is never refused for a rounding of units.
 */
export const API_LIMITS: Readonly<JsonlLimits> = { maxRequests: 50_000, maxBytes: 200_000_000 };

/**
 * Mistral's limits for one batch job's input file: "Maximum batch file size: 512 MB",
 * "Maximum requests per batch: 100,000" (docs.mistral.ai/resources/known-limitations).
 * docs.mistral.ai/studio-api/batch-processing allows up to 1 million (pending, per
 * workspace): the smaller figure is kept, so no job is ever refused for its size.
 */
export const MISTRAL_LIMITS: Readonly<JsonlLimits> = {
  maxRequests: 100_000,
  maxBytes: 512_000_000,
};

/** One packed file, ready to upload. */
export interface JsonlFile {
  /** Each line ends with `\n`. */
  lines: string[];
  customIds: string[];
  bytes: number;
}

/**
 * An article's stable name in the batch: a hash of its output path relative to `--out`,
 * which is unique per article and the same on every rerun.
 */
export function articleKey(outputRelative: string): string {
  return hashText(outputRelative.split("\\").join("/"));
}

/**
 * The request's `custom_id`: the article, the run it belongs to (source, prompt, model and
 * options hashed: `runHash`) and the attempt. Rerunning `submit` on the same inputs gives the
 * same ids; an answer for an older source or other settings never matches a newer request.
 */
export function customIdFor(key: string, runHash: string, attempt: number): string {
  return `sr-${key}-${runHash.slice(0, 8)}-a${attempt}`;
}

/** One line of the input file (with its newline): a chat completion request, never streamed. */
export function requestLine(customId: string, body: Readonly<Record<string, unknown>>): string {
  return `${JSON.stringify({ custom_id: customId, method: "POST", url: BATCH_ENDPOINT, body })}\n`;
}

/**
 * Mistral's input line: `{"custom_id", "body"}` and nothing else (its API answers 422 to a
 * field it does not know). The model is the job's, "provided only during the job creation"
 * (docs.mistral.ai/studio-api/batch-processing), so the body goes without it.
 */
export function mistralRequestLine(
  customId: string,
  body: Readonly<Record<string, unknown>>,
): string {
  const { model: _model, ...rest } = body;
  return `${JSON.stringify({ custom_id: customId, body: rest })}\n`;
}

/** What a Batch API shape asks of its input files: their limits and the form of a line. */
export interface BatchFormat {
  limits: Readonly<JsonlLimits>;
  requestLine(customId: string, body: Readonly<Record<string, unknown>>): string;
}

/** Each shape's input file. Result lines have one form for both (see {@link parseResultLine}). */
export const BATCH_FORMATS: Readonly<Record<BatchApiShape, BatchFormat>> = {
  openai: { limits: API_LIMITS, requestLine },
  mistral: { limits: MISTRAL_LIMITS, requestLine: mistralRequestLine },
};

export class LineTooLargeError extends Error {
  override name = "LineTooLargeError";
}

/**
 * Packs request lines into files, each within `limits`. `add` returns the file that was
 * full before this line (upload it now), so only one file is ever held in memory.
 */
export class JsonlPacker {
  #lines: string[] = [];
  #customIds: string[] = [];
  #bytes = 0;

  constructor(private readonly limits: Readonly<JsonlLimits> = API_LIMITS) {}

  add(customId: string, line: string): JsonlFile | undefined {
    const size = Buffer.byteLength(line, "utf8");
    if (size > this.limits.maxBytes) {
      throw new LineTooLargeError(
        `${customId}: the request is ${size} bytes, over the ${this.limits.maxBytes} bytes a batch file may hold`,
      );
    }
    const full =
      this.#lines.length >= this.limits.maxRequests || this.#bytes + size > this.limits.maxBytes
        ? this.flush()
        : undefined;
    this.#lines.push(line);
    this.#customIds.push(customId);
    this.#bytes += size;
    return full;
  }

  /** The file being filled, if it holds anything; the packer starts a new one. */
  flush(): JsonlFile | undefined {
    if (this.#lines.length === 0) return undefined;
    const file = { lines: this.#lines, customIds: this.#customIds, bytes: this.#bytes };
    this.#lines = [];
    this.#customIds = [];
    this.#bytes = 0;
    return file;
  }
}

/** Every line packed at once: for dry runs and tests. */
export function packJsonl(
  entries: Iterable<{ customId: string; line: string }>,
  limits: Readonly<JsonlLimits> = API_LIMITS,
): JsonlFile[] {
  const packer = new JsonlPacker(limits);
  const files: JsonlFile[] = [];
  for (const { customId, line } of entries) {
    const full = packer.add(customId, line);
    if (full) files.push(full);
  }
  const last = packer.flush();
  if (last) files.push(last);
  return files;
}

/** What one line of an output or error file says about one request. */
export type BatchResult =
  | { customId: string; kind: "answer"; answer: ChatResult }
  | {
      customId: string;
      kind: "error";
      /** The HTTP status the request got, when it ran. */
      status?: number;
      /** `batch_expired`, `batch_cancelled`, or the API error's code. */
      code?: string;
      message: string;
    };

const errorObject = z
  .object({ code: z.string().nullish(), message: z.string().nullish() })
  .loose()
  .nullish();

const resultLineSchema = z.object({
  custom_id: z.string(),
  response: z.object({ status_code: z.number().int(), body: z.unknown() }).loose().nullish(),
  error: errorObject,
});

const completionSchema = z
  .object({
    choices: z.array(
      z
        .object({
          finish_reason: z.string().nullish(),
          message: z
            .object({ content: z.string().nullish(), refusal: z.string().nullish() })
            .loose(),
        })
        .loose(),
    ),
    usage: z.object({ prompt_tokens: z.number(), completion_tokens: z.number() }).loose().nullish(),
  })
  .loose();

const errorBodySchema = z
  .object({
    error: z
      .object({ message: z.string().nullish(), code: z.string().nullish() })
      .loose()
      .nullish(),
    // Mistral's errors are flat, `{ object: "error", message, type, code }`, and a 422's
    // message is the validation's `{ detail: [...] }`.
    message: z.unknown().optional(),
    code: z.union([z.string(), z.number()]).nullish(),
  })
  .loose();

/** The flat (Mistral) error body's message, as one string. */
function flatMessage(message: unknown): string | undefined {
  if (message === undefined || message === null) return undefined;
  return typeof message === "string" ? message : JSON.stringify(message);
}

/** The first line of a text, at most 300 characters: error texts stay one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, " ").trim().slice(0, 300);
}

/**
 * Read one line of an output or error file: `{ custom_id, response: { status_code, body },
 * error }`. A 200 becomes the answer (content, finish reason, refusal, usage); anything
 * else an error with its status, code and message. A line that is not such an object is a
 * `problem` (a truncated download, a host that speaks another format).
 */
export function parseResultLine(text: string): BatchResult | { problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: `not JSON: ${oneLine(text).slice(0, 80)}` };
  }
  const line = resultLineSchema.safeParse(json);
  if (!line.success) return { problem: "not a batch result line (no custom_id)" };
  const { custom_id: customId, response, error } = line.data;
  if (response && response.status_code >= 200 && response.status_code < 300) {
    const completion = completionSchema.safeParse(response.body);
    const choice = completion.success ? completion.data.choices[0] : undefined;
    if (!completion.success || choice === undefined) {
      return {
        customId,
        kind: "error",
        status: response.status_code,
        message: "the answer holds no choice",
      };
    }
    const answer: ChatResult = {
      content: choice.message.content ?? "",
      finishReason: choice.finish_reason ?? "stop",
    };
    if (choice.message.refusal) answer.refusal = choice.message.refusal;
    const usage = completion.data.usage;
    if (usage) answer.usage = { prompt: usage.prompt_tokens, completion: usage.completion_tokens };
    return { customId, kind: "answer", answer };
  }
  const body = response ? errorBodySchema.safeParse(response.body) : undefined;
  const apiError = body?.success ? body.data.error : undefined;
  const flat = body?.success ? body.data : undefined;
  const message =
    apiError?.message ??
    flatMessage(flat?.message) ??
    error?.message ??
    (response ? `HTTP ${response.status_code}` : "no answer");
  const flatCode = flat?.code != null ? String(flat.code) : undefined;
  const code = apiError?.code ?? flatCode ?? error?.code ?? undefined;
  return {
    customId,
    kind: "error",
    ...(response ? { status: response.status_code } : {}),
    ...(code ? { code } : {}),
    message: oneLine(message),
  };
}
