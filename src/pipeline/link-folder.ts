import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import pLimit from "p-limit";
import { listInputs, MARKDOWN_EXTENSIONS } from "../input/list.js";
import { type AddedLink, type LinkSettings, linkArticle } from "../links/link-body.js";
import { phraseIndex, type SiteFile, siteArticles, type UrlScheme } from "../links/site.js";
import { writeFileAtomic } from "../output/write.js";

/**
 * `seo-rewrite link <folder>` at the edge: read every Markdown file of the folder once,
 * index the articles' phrases once, link each article against the index, write back only
 * what changed (atomically). The linking itself is links/, pure.
 */

export interface LinkFolderOptions extends UrlScheme, LinkSettings {
  /** List the links, write nothing. */
  dryRun: boolean;
}

export interface LinkedFile {
  /** Path under the folder, with `/`. */
  file: string;
  added: AddedLink[];
  removed: number;
  changed: boolean;
}

export interface LinkFolderResult {
  /** Articles found (files with a title and keywords). */
  articles: number;
  /** One entry per article, in path order. */
  files: LinkedFile[];
  /** One line per file that could not be read or written. */
  problems: string[];
}

/** Files read at once: enough to keep the disk busy, few enough for the descriptors. */
const READS_IN_FLIGHT = 32;

interface ReadFile extends SiteFile {
  path: string;
}

/** The folder's Markdown files, read as UTF-8 (what we write); problems as lines. */
export async function readSiteFiles(
  folder: string,
  cwd: string,
): Promise<{ files: ReadFile[]; problems: string[] }> {
  const files: ReadFile[] = [];
  const problems: string[] = [];
  const limit = pLimit(READS_IN_FLIGHT);
  const reads: Promise<void>[] = [];
  for await (const item of listInputs([folder], { extensions: MARKDOWN_EXTENSIONS, cwd })) {
    if ("problem" in item) {
      // An empty folder is a folder with nothing to link, not a failure.
      if (!/: no \S+ file in this folder/u.test(item.problem)) problems.push(item.problem);
      continue;
    }
    reads.push(
      limit(async () => {
        try {
          const text = await readFile(item.path, "utf8");
          files.push({ relative: item.relative, path: item.path, text });
        } catch (error) {
          problems.push(`${item.display}: cannot be read (${(error as { code?: string }).code})`);
        }
      }),
    );
  }
  await Promise.all(reads);
  files.sort((a, b) => (a.relative < b.relative ? -1 : 1));
  return { files, problems };
}

/** Why `folder` cannot be linked (missing, a file), or undefined. */
export async function linkFolderProblem(folder: string, cwd: string): Promise<string | undefined> {
  const found = await stat(resolve(cwd, folder)).catch(() => undefined);
  if (found === undefined) return `${folder}: no such folder: give the folder of the articles`;
  if (!found.isDirectory()) return `${folder}: is a file: give the folder of the articles`;
  return undefined;
}

/** The folder's articles linked; files written unless `dryRun`. */
export async function linkFolder(
  folder: string,
  options: LinkFolderOptions,
  cwd: string,
): Promise<LinkFolderResult> {
  const { files, problems } = await readSiteFiles(folder, cwd);
  const articles = siteArticles(files, options);
  const index = phraseIndex(articles);
  const byPath = new Map(files.map((file) => [file.relative, file]));
  const result: LinkFolderResult = { articles: articles.length, files: [], problems };
  const writes = pLimit(READS_IN_FLIGHT);
  const pending: Promise<void>[] = [];
  articles.forEach((article, self) => {
    const file = byPath.get(article.relative);
    if (file === undefined) return;
    const linked = linkArticle(file.text, self, articles, index, options);
    result.files.push({
      file: article.relative,
      added: linked.added,
      removed: linked.removed,
      changed: linked.changed,
    });
    if (!linked.changed || options.dryRun) return;
    pending.push(
      writes(() =>
        writeFileAtomic(file.path, linked.text).catch((error: unknown) => {
          problems.push(
            `${article.relative}: cannot be written (${(error as { code?: string }).code}): nothing else was lost`,
          );
        }),
      ),
    );
  });
  await Promise.all(pending);
  return result;
}
