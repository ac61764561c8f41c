import type { CheckContext } from "../checks/rule.js";
import { RULES, runChecks } from "../checks/rules.js";
import { bodyOf, parseArticle } from "../core/article.js";
import type { Finding } from "../core/finding.js";
import { decodeText } from "../input/decode.js";
import { readInputBytes } from "../input/read.js";
import { type SiteIndex, siteContextFor } from "../pipeline/check-site.js";

/**
 * One file of `seo-rewrite check`: read, decoded as inputs are, parsed, judged by every
 * rule. The same function runs in the main thread and in the worker threads
 * (check-worker.ts), so a file's verdict never depends on where it was checked.
 */

/** What the checks of every file share: sent once to each worker. */
export interface FileCheckSetup {
  context: CheckContext;
  /** Errors only: warnings are dropped where they are found, not carried to the printer. */
  quiet: boolean;
  /** The folders checked, as sites: what each article's internal links may reach. */
  sites?: readonly SiteIndex[];
}

export type CheckedFile =
  | { words: number; findings: Finding[] }
  /** The file could not be read or decoded: it was not checked. */
  | { error: string };

export async function checkFile(path: string, setup: FileCheckSetup): Promise<CheckedFile> {
  let text: string;
  try {
    const decoded = decodeText(await readInputBytes(path));
    if ("error" in decoded) return { error: decoded.error };
    text = decoded.text;
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const article = parseArticle(text);
  // The body as `link` finds it: the parsed one, unless the front-matter did not read.
  const body = () => (article.frontMatterError === undefined ? article.body : bodyOf(text).body);
  const site = setup.sites
    ?.map((candidate) => siteContextFor(candidate, path, body))
    .find((found) => found !== undefined);
  const context = site === undefined ? setup.context : { ...setup.context, site };
  const findings = runChecks(article, context, RULES).filter(
    (finding) => !setup.quiet || finding.severity === "error",
  );
  return { words: article.words, findings };
}
