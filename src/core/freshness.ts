import { createHash } from "node:crypto";
import { splitFrontMatter } from "./article.js";
import type { FormatOptions } from "./formats.js";

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
  formatOptions?: FormatOptions | undefined;
  citeSource?: boolean | undefined;
}): string {
  const { draft, categories, permalinkBase } = options.formatOptions ?? {};
  return hashText(
    JSON.stringify([
      options.minWords,
      options.lang,
      options.keyword ?? null,
      options.temperature ?? null,
      // "plain" hashes as before formats existed, so earlier outputs stay up to date.
      ...(options.format && options.format !== "plain" ? [options.format] : []),
      // Likewise the publishing options, only when given: they change the written article.
      ...(draft === true ? ["draft"] : []),
      ...(categories !== undefined && categories.length > 0 ? [{ categories }] : []),
      ...(permalinkBase !== undefined ? [{ permalinkBase }] : []),
      // Likewise, only a run that cites its source hashes the flag.
      ...(options.citeSource === true ? ["cite-source"] : []),
    ]),
  );
}

const GENERATOR_LINE = /^generator:\s*["']?seo-rewrite\b/mu;

/** Does this Markdown carry our provenance (a `generator: seo-rewrite …` front-matter line)? */
export function writtenBySeoRewrite(markdown: string): boolean {
  const end = markdown.startsWith("---") ? markdown.indexOf("\n---", 3) : -1;
  return end !== -1 && GENERATOR_LINE.test(markdown.slice(0, end));
}

/** An input that is itself one of our articles: rewriting it again would pay to paraphrase a paraphrase. */
export function isSeoRewriteOutput(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/u, "");
  return writtenBySeoRewrite(head);
}

export function isUpToDate(existing: string, expected: Fingerprint): boolean {
  // Our own reader, not gray-matter's: a file left in --out is not trusted to run a
  // `---js` block (gray-matter evaluates it) or to expand YAML aliases.
  const { frontMatter: data, frontMatterError } = splitFrontMatter(existing);
  if (frontMatterError !== undefined) return false;
  return (
    data.source_hash === expected.sourceHash &&
    data.prompt_hash === expected.promptHash &&
    data.model === expected.model &&
    data.options_hash === expected.optionsHash
  );
}
