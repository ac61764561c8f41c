import { readFileSync, statSync } from "node:fs";
import { decodeText } from "./decode.js";
import { DEFAULT_MAX_INPUT_BYTES } from "./read.js";

/**
 * A Markdown file of a site as `check` reads it for its own checks: whole, under the same size
 * cap, decoded alike (byte-order marks, UTF-16, Windows-1252, mojibake, NFC), so the site's
 * index and the file's own check never read its front-matter differently. Undefined when
 * `check` would refuse the file (too large, binary): its own check says why.
 *
 * Synchronous: a site's files are read before any check starts, so nothing waits on this
 * thread, and a promise per file costs more than reading it. Only regular files are given
 * here (input/list.ts).
 */
export function readSiteText(path: string): string | undefined {
  if (statSync(path).size > DEFAULT_MAX_INPUT_BYTES) return undefined;
  const decoded = decodeText(readFileSync(path));
  return "error" in decoded ? undefined : decoded.text;
}
