import { closeSync, openSync, readSync } from "node:fs";

/**
 * The start of a Markdown file up to the end of its front-matter (the first `\n---` after the
 * opening one, where gray-matter closes it), read a few kilobytes at a time: a site's index
 * needs each article's front-matter, not its body. A file with no front-matter gives its
 * first block; one whose front-matter never closes, the whole file (gray-matter reads it all).
 *
 * Synchronous: a site's files are read before any check starts, so nothing waits on this
 * thread, and a promise-based file handle costs more than reading a front-matter (0.4 ms a
 * file, most of a site's reading). Only regular files are given here (input/list.ts).
 */

const BLOCK = 4096;
const CLOSE = Buffer.from("\n---");
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const OPEN = Buffer.from("---");

export function readFrontMatterText(path: string): string {
  const file = openSync(path, "r");
  try {
    let buffer = Buffer.alloc(0);
    for (;;) {
      // Doubling: a front-matter that never closes is read in a few steps, not 4 KB at a time.
      const size = Math.max(BLOCK, buffer.length);
      const block = Buffer.alloc(size);
      const bytesRead = readSync(file, block, 0, size, buffer.length);
      // Searched from just before the new block: a `\n---` may straddle two blocks.
      const from = Math.max(OPEN.length, buffer.length - CLOSE.length);
      buffer = Buffer.concat([buffer, block.subarray(0, bytesRead)]);
      const start = buffer.subarray(0, UTF8_BOM.length).equals(UTF8_BOM) ? UTF8_BOM.length : 0;
      if (!buffer.subarray(start, start + OPEN.length).equals(OPEN) && buffer.length >= 8) {
        return buffer.toString("utf8");
      }
      const close = buffer.indexOf(CLOSE, from);
      if (close !== -1) return buffer.toString("utf8", 0, close + CLOSE.length);
      if (bytesRead === 0) return buffer.toString("utf8");
    }
  } finally {
    closeSync(file);
  }
}
