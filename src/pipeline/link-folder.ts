import { readFile, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import pLimit from "p-limit";
import { normaliseUrl } from "../checks/internal-links.js";
import type { SiteContext } from "../checks/rule.js";
import { listInputs } from "../input/list.js";
import { type AddedLink, type LinkSettings, linkArticle } from "../links/link-body.js";
import {
  type PhraseIndex,
  phraseIndex,
  type SiteArticle,
  type SiteFile,
  siteArticles,
  type UrlScheme,
} from "../links/site.js";
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
const MARKDOWN = [".md", ".markdown"];

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
  for await (const item of listInputs([folder], { extensions: MARKDOWN, cwd })) {
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

/** What the `internal-links` rule needs to know of a folder. */
export interface SiteIndex {
  articles: readonly SiteArticle[];
  index: PhraseIndex;
  urls: ReadonlySet<string>;
  /** Absolute path → the article's place in `articles`. */
  byPath: ReadonlyMap<string, number>;
}

/** A folder read as a site, for `check`. */
export async function readSiteIndex(
  folder: string,
  scheme: UrlScheme,
  cwd: string,
): Promise<SiteIndex> {
  const { files } = await readSiteFiles(folder, cwd);
  const articles = siteArticles(files, scheme);
  const paths = new Map(files.map((file) => [file.relative, file.path]));
  const byPath = new Map<string, number>();
  articles.forEach((article, position) => {
    const path = paths.get(article.relative);
    if (path !== undefined) byPath.set(path, position);
  });
  return {
    articles,
    index: phraseIndex(articles),
    urls: new Set(articles.map((article) => normaliseUrl(article.url))),
    byPath,
  };
}

/** What `internal-links` is told of the site for the article at `path`, if it is one of its articles. */
export function siteContextFor(
  site: SiteIndex,
  path: string,
  text: string,
): SiteContext | undefined {
  const self = site.byPath.get(path);
  const article = self === undefined ? undefined : site.articles[self];
  if (self === undefined || article === undefined) return undefined;
  const { related } = linkArticle(text, self, site.articles, site.index, { maxLinks: 0 });
  return { urls: site.urls, url: article.url, related };
}

/**
 * The sites `check` judges internal links against: each folder given, and the folder of
 * each file given (an article is published with its neighbours).
 */
export async function readSitesFor(
  paths: readonly string[],
  scheme: UrlScheme,
  cwd: string,
): Promise<SiteIndex[]> {
  const roots = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const found = await stat(absolute).catch(() => undefined);
    if (found?.isDirectory()) roots.add(absolute);
    else if (found?.isFile()) roots.add(dirname(absolute));
  }
  return Promise.all([...roots].map((root) => readSiteIndex(root, scheme, cwd)));
}
