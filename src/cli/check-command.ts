import { checkContextFor } from "../checks/rule.js";
import { RULES, runChecks } from "../checks/rules.js";
import { parseArticle } from "../core/article.js";
import {
  type FileReport,
  formatFindingLine,
  summariseChecks,
  toFileReport,
  unreadableReport,
} from "../core/reporters.js";
import { decodeText } from "../input/decode.js";
import { type InputFile, type InputProblem, type ListedInput, listInputs } from "../input/list.js";
import { readInputBytes } from "../input/read.js";
import { prepareSource } from "../input/source.js";
import { readSitesFor, siteContextFor } from "../pipeline/link-folder.js";
import { referenceText } from "../pipeline/rewrite.js";
import type { CheckOptions } from "../settings/options.js";
import type { MainIO } from "./io.js";

/**
 * `seo-rewrite check`: the rewrite's own rules over existing Markdown articles, so a
 * hand-written article and a generated one are judged alike. Exit 0 when no file has an
 * error, 1 otherwise (2, usage, is decided by the caller).
 */
const MARKDOWN_EXTENSIONS = [".md", ".markdown"];

async function sourceText(path: string, lang: string): Promise<{ text: string; url?: string }> {
  const bytes = await readInputBytes(path).catch((error: unknown) => {
    // --source names the one article these files were rewritten from, never a folder.
    const message =
      (error as { code?: string }).code === "is-folder"
        ? "is a folder: give the source file of the article being checked"
        : error instanceof Error
          ? error.message
          : String(error);
    throw new Error(`--source ${path}: ${message}`);
  });
  // The source is judged as the rewrite judged it: decoded, extracted, cleaned.
  const prepared = await prepareSource(bytes, {
    name: path,
    lang,
    force: true,
    minWords: 1,
    extension: path,
  });
  if (!prepared.ok) throw new Error(`--source ${path}: ${prepared.reason}`);
  const { text, meta } = prepared.source;
  const reference = referenceText({ name: path, text, hash: "", meta });
  return meta.url === undefined ? { text: reference } : { text: reference, url: meta.url };
}

/** Files read ahead of the one being checked, so the disk is never waited on. */
const READ_AHEAD = 16;

type ReadResult = { text: string } | { error: string };

/** An article's text, decoded as inputs are (UTF-8, UTF-16, Windows-1252); never rejects. */
async function readArticle(path: string): Promise<ReadResult> {
  try {
    const decoded = decodeText(await readInputBytes(path));
    return "error" in decoded ? decoded : { text: decoded.text };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** The listed files with their reads started up to {@link READ_AHEAD} files early, in order. */
async function* readAhead(
  listed: AsyncIterable<ListedInput>,
): AsyncGenerator<InputProblem | { file: InputFile; read: ReadResult }> {
  const queue: (InputProblem | { file: InputFile; read: Promise<ReadResult> })[] = [];
  const next = async () => {
    const head = queue.shift();
    if (head === undefined || "problem" in head) return head;
    return { file: head.file, read: await head.read };
  };
  for await (const item of listed) {
    queue.push("problem" in item ? item : { file: item, read: readArticle(item.path) });
    if (queue.length > READ_AHEAD) {
      const head = await next();
      if (head) yield head;
    }
  }
  while (queue.length > 0) {
    const head = await next();
    if (head) yield head;
  }
}

export async function runCheck(
  paths: readonly string[],
  options: CheckOptions,
  io: MainIO & { now: () => Date },
): Promise<number> {
  const context = checkContextFor(options);
  if (options.source !== undefined) {
    try {
      const source = await sourceText(options.source, options.lang);
      context.source = source.text;
      // `--cite-source` links the source's own address: fidelity accepts it.
      if (source.url !== undefined) context.suppliedUrls = new Set([source.url]);
    } catch (error) {
      io.stderr.write(`seo-rewrite: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
  }
  const sites = await readSitesFor(paths, options, io.cwd);
  const reports: FileReport[] = [];
  let unreadable = 0;
  const listed = listInputs(paths, { extensions: MARKDOWN_EXTENSIONS, cwd: io.cwd });
  for await (const item of readAhead(listed)) {
    // Ctrl-C stops the check at once: what was checked is not a verdict on the folder.
    if (io.signal?.aborted) {
      io.stderr.write(`seo-rewrite: interrupted after ${reports.length} file(s)\n`);
      return io.interruptedBy?.() === "SIGTERM" ? 143 : 130;
    }
    if ("problem" in item) {
      // `check` reads Markdown only: the listing's advice about --ext is not for it.
      const problem = item.problem.replace(/ \(change --ext[^)]*\)/u, "");
      io.stderr.write(`${problem}\n`);
      reports.push(unreadableReport(item.input, problem));
      unreadable += 1;
      continue;
    }
    const { file, read } = item;
    if ("error" in read) {
      io.stderr.write(`${file.display}: ${read.error}\n`);
      reports.push(unreadableReport(file.display, `${file.display}: ${read.error}`));
      unreadable += 1;
      continue;
    }
    const article = parseArticle(read.text);
    const site = sites
      .map((candidate) => siteContextFor(candidate, file.path, read.text))
      .find((found) => found !== undefined);
    const findings = runChecks(article, site ? { ...context, site } : context, RULES).filter(
      (finding) => !options.quiet || finding.severity === "error",
    );
    const report = toFileReport(file.display, article.words, findings);
    reports.push(report);
    if (!options.json && findings.length > 0) {
      io.stdout.write(
        `${findings.map((finding) => formatFindingLine(file.display, finding)).join("\n")}\n\n`,
      );
    }
  }
  if (options.json) io.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  else io.stdout.write(`${summariseChecks(reports, unreadable)}\n`);
  return unreadable > 0 || reports.some((report) => !report.ok) ? 1 : 0;
}
