/**
 * The input edge's only disk and stream reads. Everything after the bytes (decoding,
 * extraction, cleaning, checks) is pure and lives in `source.ts`.
 */
import { close, fstat, open, read } from "node:fs";

/**
 * Largest input read, in bytes (default: 32 MiB). A saved news page with inline scripts is
 * 1–3 MB; anything far larger is a video or an archive given by mistake, and is refused
 * before it fills memory.
 */
export const DEFAULT_MAX_INPUT_BYTES = 32 * 1024 * 1024;

export type InputReadErrorCode =
  | "not-found"
  | "is-folder"
  | "permission"
  | "too-large"
  | "unreadable";

/** A path that cannot be read. `message` is one line (what is wrong, what to do), without the path. */
export class InputReadError extends Error {
  readonly code: InputReadErrorCode;

  constructor(code: InputReadErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "InputReadError";
    this.code = code;
  }
}

export interface ReadOptions {
  /** default: {@link DEFAULT_MAX_INPUT_BYTES} */
  maxBytes?: number;
  /** The setting `maxBytes` comes from, named in the refusal (`--max-input-words`). */
  limitFrom?: string;
}

/**
 * Bytes one word may take, generously: a French word is 5 letters on average (an accented
 * letter is 2 bytes in UTF-8), plus its space and punctuation, about 7 bytes; 12 leaves
 * room for Markdown syntax, long URLs and figures, so a text at the word limit is never
 * refused on bytes first.
 */
export const BYTES_PER_WORD = 12;
/** What a text or Markdown file carries besides its words: front-matter, link targets. */
const TEXT_ALLOWANCE = 64 * 1024;
/**
 * What an HTML page carries whatever its article's length: markup, inline scripts and
 * styles, the data a framework embeds (a saved news page is 1–3 MB; Next.js pages embed
 * their data twice): 8 MiB.
 */
const MARKUP_ALLOWANCE = 8 * 1024 * 1024;

/**
 * The largest input worth reading for `--max-input-words` words: anything larger could
 * only be refused after being read and decoded whole (issue 15: a 20 MB file took 12 s and
 * 426 MB to be refused on its word count), so it is refused on its size, before a byte is read.
 * A text or Markdown file gets the text allowance; HTML, a file of another extension and
 * stdin (whose format is sniffed) the markup allowance.
 */
export function maxInputBytesFor(maxInputWords: number, path?: string): number {
  const isText = path !== undefined && /\.(?:txt|text|md|markdown)$/iu.test(path);
  return maxInputWords * BYTES_PER_WORD + (isText ? TEXT_ALLOWANCE : MARKUP_ALLOWANCE);
}

function sizeOf(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

function tooLarge(size: number, options: ReadOptions, atLeast = false): InputReadError {
  const limit = sizeOf(options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES);
  const { limitFrom } = options;
  const from = limitFrom === undefined ? "" : `, from ${limitFrom}`;
  const raise = limitFrom === undefined ? "" : `, or raise ${limitFrom}`;
  return new InputReadError(
    "too-large",
    `is ${atLeast ? "over " : ""}${sizeOf(size)}: too large to be an article (limit ${limit}${from}); give the article's text${raise}`,
  );
}

/** Map a Node error (ENOENT, EISDIR, EACCES…) to an {@link InputReadError} with one clear line. */
export function inputReadErrorOf(error: unknown): InputReadError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return new InputReadError("not-found", "no such file: check the path", { cause: error });
    case "ENOTDIR":
      return new InputReadError("not-found", "no such file (part of the path is not a folder)", {
        cause: error,
      });
    case "EISDIR":
      return new InputReadError(
        "is-folder",
        "is a folder: give a file, or use --out to rewrite a folder",
        {
          cause: error,
        },
      );
    case "EACCES":
    case "EPERM":
      return new InputReadError("permission", "permission denied: make the file readable", {
        cause: error,
      });
    default:
      return new InputReadError(
        "unreadable",
        `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`,
        { cause: error },
      );
  }
}

/** Bytes read at a time from a file whose size is not known (a named pipe). */
const CHUNK = 64 * 1024;

/**
 * Read a file's bytes. Throws {@link InputReadError} for a missing path, a folder, a
 * permission problem or a file over `maxBytes`.
 *
 * On fs's callbacks rather than a promise-based FileHandle: `check` reads thousands of small
 * files, and a FileHandle's promises cost ~0.3 ms of CPU a file against ~0.06 here.
 */
export function readInputBytes(path: string, options: ReadOptions = {}): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) =>
      reject(error instanceof InputReadError ? error : inputReadErrorOf(error));
    open(path, "r", (openError, fd) => {
      if (openError) return fail(openError);
      const finish = (error: unknown, bytes?: Buffer) =>
        close(fd, () =>
          bytes === undefined
            ? fail(error)
            : resolve(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length)),
        );
      fstat(fd, (statError, stats) => {
        if (statError) return finish(statError);
        if (stats.isDirectory()) {
          return finish(Object.assign(new Error("EISDIR"), { code: "EISDIR" }));
        }
        if (stats.size > maxBytes) return finish(tooLarge(stats.size, options));
        // A file of known size is read in one call; one that says 0 (a pipe, /proc), to its end.
        const sized = stats.isFile() && stats.size > 0;
        let buffer = Buffer.allocUnsafe(sized ? stats.size : CHUNK);
        let length = 0;
        const next = () => {
          if (length === buffer.length) {
            if (sized) return finish(null, buffer);
            buffer = Buffer.concat([buffer], buffer.length * 2);
          }
          read(fd, buffer, length, buffer.length - length, null, (readError, count) => {
            if (readError) return finish(readError);
            length += count;
            if (length > maxBytes) return finish(tooLarge(length, options, true));
            if (count === 0) return finish(null, buffer.subarray(0, length));
            next();
          });
        };
        next();
      });
    });
  });
}

/**
 * Read a whole stream (stdin) into bytes. Throws {@link InputReadError} past `maxBytes`.
 * Strings (a stream with an encoding set) are taken as UTF-8.
 */
export async function readStdin(
  stream: AsyncIterable<Uint8Array | string>,
  options: ReadOptions = {},
): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const encoder = new TextEncoder();
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? encoder.encode(chunk) : chunk;
    size += bytes.length;
    // Reading stops here: leaving the loop destroys the stream.
    if (size > maxBytes) throw tooLarge(size, options, true);
    chunks.push(bytes);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.length;
  }
  return all;
}
