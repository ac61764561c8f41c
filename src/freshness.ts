import { createHash } from "node:crypto";
import matter from "gray-matter";

/**
 * An output is up to date when its front-matter records the same source, prompt
 * template, model and options as the run about to produce it: rerunning a batch then
 * costs nothing, and a batch that died halfway resumes where it stopped.
 */
export interface Fingerprint {
  sourceHash: string;
  promptHash: string;
  model: string;
  optionsHash: string;
}

export function hashText(text: string | Uint8Array): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/** Hash of the options that change what is asked of the model, or how the article is written. */
export function hashOptions(options: {
  minWords: number;
  lang: string;
  keyword?: string | undefined;
  temperature?: number | undefined;
  format?: string | undefined;
}): string {
  return hashText(
    JSON.stringify([
      options.minWords,
      options.lang,
      options.keyword ?? null,
      options.temperature ?? null,
      // "plain" hashes as before formats existed, so earlier outputs stay up to date.
      ...(options.format && options.format !== "plain" ? [options.format] : []),
    ]),
  );
}

export function isUpToDate(existing: string, expected: Fingerprint): boolean {
  let data: Record<string, unknown>;
  try {
    data = matter(existing, {}).data as Record<string, unknown>;
  } catch {
    return false;
  }
  return (
    data.source_hash === expected.sourceHash &&
    data.prompt_hash === expected.promptHash &&
    data.model === expected.model &&
    data.options_hash === expected.optionsHash
  );
}
