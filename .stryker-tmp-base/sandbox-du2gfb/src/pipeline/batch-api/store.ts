// @ts-nocheck
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "../../output/write.js";
import { type BatchState, parseState, STATE_FILE, serializeState } from "./state.js";

/**
 * The state file on disk: read once per command, written atomically (temporary file, then
 * rename) after every step that changes it, so an interruption leaves the last good state.
 */

export function statePath(dir: string): string {
  return join(dir, STATE_FILE);
}

/** The state in `dir`, or undefined when there is none. Throws a StateError for a bad file. */
export async function readState(dir: string): Promise<BatchState | undefined> {
  const path = statePath(dir);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw error;
  }
  return parseState(text, path);
}

export async function writeState(dir: string, state: BatchState, now: Date): Promise<void> {
  state.updatedAt = now.toISOString();
  await writeFileAtomic(statePath(dir), serializeState(state));
}
