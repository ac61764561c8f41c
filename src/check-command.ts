import { readFile } from "node:fs/promises";
import { parseArticle } from "./article.js";
import type { CheckContext } from "./checks/rule.js";
import { RULES, runChecks } from "./checks/rules.js";
import type { MainIO } from "./cli.js";
import { listInputs } from "./input/list.js";
import { readInputBytes } from "./input/read.js";
import { prepareSource } from "./input/source.js";
import type { CheckOptions } from "./options.js";
import { type FileReport, formatFindingLine, summariseChecks, toFileReport } from "./reporters.js";
import { referenceText } from "./rewrite.js";

/**
 * `seo-rewrite check`: the rewrite's own rules over existing Markdown articles, so a
 * hand-written article and a generated one are judged alike. Exit 0 when no file has an
 * error, 1 otherwise (2, usage, is decided by the caller).
 */
const MARKDOWN_EXTENSIONS = [".md", ".markdown"];

async function sourceText(path: string, lang: string): Promise<string> {
  const bytes = await readInputBytes(path);
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
  return referenceText({ name: path, text, hash: "", meta });
}

export async function runCheck(
  paths: readonly string[],
  options: CheckOptions,
  io: MainIO & { now: () => Date },
): Promise<number> {
  const context: CheckContext = {
    minWords: options.minWords,
    lang: options.lang,
    originalityError: options.originalityError,
    originalityWarning: options.originalityWarning,
  };
  if (options.keyword !== undefined) context.keyword = options.keyword;
  if (options.source !== undefined) {
    try {
      context.source = await sourceText(options.source, options.lang);
    } catch (error) {
      io.stderr.write(`seo-rewrite: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
  }
  const reports: FileReport[] = [];
  let unreadable = 0;
  for await (const item of listInputs(paths, { extensions: MARKDOWN_EXTENSIONS, cwd: io.cwd })) {
    if ("problem" in item) {
      io.stderr.write(`${item.problem}\n`);
      unreadable += 1;
      continue;
    }
    let text: string;
    try {
      text = await readFile(item.path, "utf8");
    } catch (error) {
      io.stderr.write(
        `${item.display}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`,
      );
      unreadable += 1;
      continue;
    }
    const article = parseArticle(text);
    const findings = runChecks(article, context, RULES).filter(
      (finding) => !options.quiet || finding.severity === "error",
    );
    const report = toFileReport(item.display, article.words, findings);
    reports.push(report);
    if (!options.json && findings.length > 0) {
      io.stdout.write(
        `${findings.map((finding) => formatFindingLine(item.display, finding)).join("\n")}\n\n`,
      );
    }
  }
  if (options.json) io.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  else io.stdout.write(`${summariseChecks(reports)}\n`);
  return unreadable > 0 || reports.some((report) => !report.ok) ? 1 : 0;
}
