import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  InputReadError,
  inputReadErrorOf,
  maxInputBytesFor,
  readInputBytes,
  readStdin,
} from "../../src/input/read.js";

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "seo-rewrite-read-"));
  await writeFile(join(folder, "article.txt"), "Le marché rouvre.");
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function readError(promise: Promise<unknown>): Promise<InputReadError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InputReadError);
  return error as InputReadError;
}

describe("readInputBytes", () => {
  it("reads a file's bytes", async () => {
    const bytes = await readInputBytes(join(folder, "article.txt"));
    expect(new TextDecoder().decode(bytes)).toBe("Le marché rouvre.");
  });

  it("reads an empty file as no bytes, and a file that says 0 bytes (/proc) to its end", async () => {
    await writeFile(join(folder, "empty.md"), "");
    expect((await readInputBytes(join(folder, "empty.md"))).length).toBe(0);
    const status = new TextDecoder().decode(await readInputBytes("/proc/self/status"));
    expect(status).toMatch(/^Name:/u);
  });

  it("reads a named pipe, whose size is unknown, to its end, and refuses one past the limit", async () => {
    const text = "Le marché rouvre. ".repeat(10_000);
    const through = async (maxBytes?: number) => {
      const pipe = join(folder, `pipe-${maxBytes ?? "all"}.md`);
      execFileSync("mkfifo", [pipe]);
      // The writer blocks until the reader opens the pipe: both run at once.
      const written = writeFile(pipe, text).catch(() => undefined);
      const bytes = readInputBytes(pipe, maxBytes === undefined ? {} : { maxBytes });
      await Promise.allSettled([bytes]);
      await written;
      return bytes;
    };
    expect(new TextDecoder().decode(await through())).toBe(text);
    const error = await readError(through(100_000));
    expect(error.code).toBe("too-large");
  });

  it("says 'no such file' for a missing path", async () => {
    const error = await readError(readInputBytes(join(folder, "absent.txt")));
    expect(error.code).toBe("not-found");
    expect(error.message).toBe("no such file: check the path");
  });

  it("says a folder is a folder, and what to do", async () => {
    const error = await readError(readInputBytes(folder));
    expect(error.code).toBe("is-folder");
    expect(error.message).toBe("is a folder: give a file, or use --out to rewrite a folder");
  });

  it("refuses a file over the size limit before reading it", async () => {
    const error = await readError(readInputBytes(join(folder, "article.txt"), { maxBytes: 4 }));
    expect(error.code).toBe("too-large");
    expect(error.message).toBe(
      "is 1 KB: too large to be an article (limit 1 KB); give the article's text",
    );
  });

  it("maps permission and other errors to one line, keeping the cause", () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open 'x'"), {
      code: "EACCES",
    });
    expect(inputReadErrorOf(denied)).toMatchObject({
      code: "permission",
      message: "permission denied: make the file readable",
      cause: denied,
    });
    const odd = Object.assign(new Error("ELOOP"), { code: "ELOOP" });
    expect(inputReadErrorOf(odd).message).toBe("cannot be read (ELOOP)");
    expect(inputReadErrorOf(Object.assign(new Error(), { code: "ENOTDIR" })).code).toBe(
      "not-found",
    );
  });
});

describe("readStdin", () => {
  it("joins chunks, bytes and strings alike", async () => {
    const stream = Readable.from([Buffer.from("Le marché "), "de Noël", new Uint8Array([0x21])]);
    expect(new TextDecoder().decode(await readStdin(stream))).toBe("Le marché de Noël!");
  });

  it("stops past the size limit", async () => {
    const stream = Readable.from([Buffer.alloc(3000, 0x61), Buffer.alloc(3000, 0x62)]);
    const error = await readError(readStdin(stream, { maxBytes: 4096 }));
    expect(error.code).toBe("too-large");
  });

  it("reads an empty stream as no bytes", async () => {
    expect((await readStdin(Readable.from([]))).length).toBe(0);
  });
});

describe("maxInputBytesFor", () => {
  it("allows 12 bytes a word, plus 64 KiB for text and 8 MiB for HTML, other files and stdin", () => {
    expect(maxInputBytesFor(20_000, "a.txt")).toBe(20_000 * 12 + 64 * 1024);
    expect(maxInputBytesFor(20_000, "a.MD")).toBe(20_000 * 12 + 64 * 1024);
    expect(maxInputBytesFor(20_000, "a.html")).toBe(20_000 * 12 + 8 * 1024 * 1024);
    expect(maxInputBytesFor(20_000, "a.rst")).toBe(20_000 * 12 + 8 * 1024 * 1024);
    expect(maxInputBytesFor(20_000)).toBe(20_000 * 12 + 8 * 1024 * 1024);
  });

  it("names the setting the limit comes from in the refusal", async () => {
    const error = await readError(
      readStdin(Readable.from([Buffer.alloc(3000)]), {
        maxBytes: 2048,
        limitFrom: "--max-input-words",
      }),
    );
    expect(error.message).toBe(
      "is over 3 KB: too large to be an article (limit 2 KB, from --max-input-words); give the article's text, or raise --max-input-words",
    );
  });
});
