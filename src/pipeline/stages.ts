import {
  type Fingerprint,
  isSeoRewriteOutput,
  isUpToDate,
  writtenBySeoRewrite,
} from "../core/freshness.js";
import { printable } from "../core/printable.js";
import { prepareSource, type SourceDocument } from "../input/source.js";
import type { SlugBook } from "../output/slugs.js";
import {
  readExistingOutput,
  rejectedPathFor,
  removeStaleRejected,
  writeFileAtomic,
} from "../output/write.js";
import type { RewriteSettings, SourceForRewrite } from "./rewrite.js";

/**
 * The stages one article goes through, whatever the runner: inspect (is it ours to
 * rewrite, is it already done?) → prepare (decode, extract, clean, language gate) →
 * request and judge (`rewrite.ts`) → write. The online run, the dry run, `batch submit`
 * and `batch collect` call these same functions; they differ only in how requests reach
 * the model.
 */

/** inspect: an input that is itself one of our articles is refused unless `--force`. */
export function ownOutputRefusal(bytes: Uint8Array, force: boolean): string | undefined {
  if (force || !isSeoRewriteOutput(bytes)) return undefined;
  return "is already an article written by seo-rewrite: rewrite its source instead, or check it with `seo-rewrite check` (--force rewrites it anyway)";
}

/** What makes a written article up to date: its source, prompt, model and options. */
export function fingerprintOf(
  settings: Pick<RewriteSettings, "model" | "optionsHash"> & { template: { hash: string } },
  sourceHash: string,
): Fingerprint {
  return {
    sourceHash,
    promptHash: settings.template.hash,
    model: settings.model,
    optionsHash: settings.optionsHash,
  };
}

export type ExistingOutput = "none" | "up-to-date" | "stale" | "foreign";

/**
 * inspect: what already stands at the output path — decided from the bytes alone, so a
 * rerun skips up-to-date articles without decoding, extracting or judging them.
 */
export async function existingOutputAt(
  outputPath: string,
  fingerprint: Fingerprint,
): Promise<ExistingOutput> {
  const existing = await readExistingOutput(outputPath);
  if (existing === undefined) return "none";
  if (isUpToDate(existing, fingerprint)) return "up-to-date";
  // A file we did not write (a hand-written page of the site) is never replaced silently.
  return writtenBySeoRewrite(existing) ? "stale" : "foreign";
}

export function foreignOutputReason(outputPath: string): string {
  return `${printable(outputPath)} exists and was not written by seo-rewrite: move it, or pass --force to replace it`;
}

export type PreparedSource =
  | { ok: true; source: SourceForRewrite; document: SourceDocument }
  | { ok: false; reason: string };

export interface PrepareOptions {
  /** How the input is named in messages, reports and the article's `source`. */
  label: string;
  lang: string;
  force: boolean;
  maxWords: number;
  /** The input's path, whose extension says its format; none for stdin. */
  path?: string;
}

/** prepare: the clean text the model is given and the article is held to. */
export async function prepareArticle(
  bytes: Uint8Array,
  sourceHash: string,
  options: PrepareOptions,
): Promise<PreparedSource> {
  const prepared = await prepareSource(bytes, {
    name: options.label,
    lang: options.lang,
    force: options.force,
    maxWords: options.maxWords,
    ...(options.path !== undefined ? { extension: options.path } : {}),
  });
  if (!prepared.ok) return { ok: false, reason: prepared.reason };
  return {
    ok: true,
    source: sourceForRewrite(options.label, prepared.source, sourceHash),
    document: prepared.source,
  };
}

export function sourceForRewrite(
  label: string,
  document: SourceDocument,
  hash: string,
): SourceForRewrite {
  const source: SourceForRewrite = { name: label, text: document.text, hash };
  const meta: NonNullable<SourceForRewrite["meta"]> = {};
  if (document.meta.title) meta.title = document.meta.title;
  if (document.meta.author) meta.author = document.meta.author;
  if (document.meta.date) meta.date = document.meta.date;
  if (document.meta.siteName) meta.siteName = document.meta.siteName;
  if (document.meta.keywords && document.meta.keywords.length > 0)
    meta.keywords = document.meta.keywords;
  if (document.meta.url) meta.url = document.meta.url;
  if (document.meta.image) meta.image = document.meta.image;
  if (document.meta.imageAlt) meta.imageAlt = document.meta.imageAlt;
  if (Object.keys(meta).length > 0) source.meta = meta;
  return source;
}

/** prepare: what cleaning warned about (always shown) and dropped (with `--verbose`). */
export function reportPreparation(
  label: string,
  document: SourceDocument,
  log: { info(text: string): void; detail(text: string): void },
): void {
  for (const warning of document.warnings) log.info(`${label}: warning: ${warning}`);
  for (const dropped of document.dropped)
    log.detail(
      `${label}: dropped${dropped.line ? ` line ${dropped.line}` : ""} (${dropped.reason}): ${dropped.text}`,
    );
}

/**
 * write: the article, atomically, under a slug no other file of `--out` holds; a
 * `.rejected.md` left by an earlier failure goes. Returns the warning a renamed slug deserves.
 */
export async function writeArticle(
  outputPath: string,
  markdown: string,
  slugs: SlugBook,
): Promise<string | undefined> {
  const claim = slugs.claim(markdown, outputPath);
  await writeFileAtomic(outputPath, claim.markdown);
  await removeStaleRejected(outputPath);
  const renamed = claim.renamed;
  if (renamed === undefined) return undefined;
  return `slug "${renamed.from}" is already the URL of ${renamed.holder}: written as "${renamed.to}" (give this article another title to choose its own)`;
}

/** write: the best failed attempt beside the output (`--keep-rejected`); returns its path. */
export async function writeRejected(outputPath: string, markdown: string): Promise<string> {
  const path = rejectedPathFor(outputPath);
  await writeFileAtomic(path, markdown);
  return path;
}
