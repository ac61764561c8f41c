import { closeSync, openSync, readSync } from "node:fs";
import { MAX_FRONT_MATTER_CHARS } from "../core/article.js";
import { decodeText } from "./decode.js";

/**
 * The start of a Markdown file up to the end of its front-matter (the first `\n---` after the
 * opening one, where gray-matter closes it), read a few kilobytes at a time and decoded as
 * `check` decodes the whole file (byte-order marks, UTF-16, Windows-1252): a site's index
 * needs each article's front-matter, not its body. A file with no front-matter gives its
 * first block; one whose front-matter has not closed within what the cap allows
 * ({@link MAX_FRONT_MATTER_CHARS} characters, 4 bytes each at most), what was read: its
 * front-matter is refused as over the cap either way. A file in UTF-16 is read whole, up to
 * that bound; a binary file gives "".
 *
 * Synchronous: a site's files are read before any check starts, so nothing waits on this
 * thread, and a promise-based file handle costs more than reading a front-matter (0.4 ms a
 * file, most of a site's reading). Only regular files are given here (input/list.ts).
 */

const BLOCK = 4096;
const CLOSE = Buffer.from("\n---");
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const OPEN = Buffer.from("---");
/** Past this many bytes, a front-matter still open is over the cap whatever follows. */
const MAX_BYTES = 4 * MAX_FRONT_MATTER_CHARS + UTF8_BOM.length + 2 * OPEN.length + 2;

function decoded(bytes: Buffer): string {
  const text = decodeText(bytes);
  return "error" in text ? "" : text.text;
}

export function readFrontMatterText(path: string): string {
  const file = openSync(path, "r");
  try {
    let buffer = Buffer.alloc(0);
    for (;;) {
      // Doubling: a front-matter that never closes is read in a few steps, not 4 KB at a time.
      const size = Math.max(BLOCK, Math.min(buffer.length, MAX_BYTES - buffer.length));
      const block = Buffer.alloc(size);
      const bytesRead = readSync(file, block, 0, size, buffer.length);
      // Searched from just before the new block: a `\n---` may straddle two blocks.
      const from = Math.max(OPEN.length, buffer.length - CLOSE.length);
      buffer = Buffer.concat([buffer, block.subarray(0, bytesRead)]);
      // UTF-16 (a NUL beside each ASCII letter): its `---` are not these bytes; read it all.
      if (!buffer.includes(0)) {
        const start = buffer.subarray(0, UTF8_BOM.length).equals(UTF8_BOM) ? UTF8_BOM.length : 0;
        if (!buffer.subarray(start, start + OPEN.length).equals(OPEN) && buffer.length >= 8) {
          return decoded(buffer);
        }
        const close = buffer.indexOf(CLOSE, from);
        if (close !== -1) return decoded(buffer.subarray(0, close + CLOSE.length));
      }
      if (bytesRead === 0 || buffer.length >= MAX_BYTES) return decoded(buffer);
    }
  } finally {
    closeSync(file);
  }
}
