import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { normaliseUrl } from "../checks/internal-links.js";
import type { SiteContext } from "../checks/rule.js";
import { listInputs, MARKDOWN_EXTENSIONS } from "../input/list.js";
import { readSiteText } from "../input/site-text.js";
import { type MentionSite, relatedCount } from "../links/link-body.js";
import {
  phraseIndex,
  phraseKey,
  type SiteArticle,
  siteArticles,
  type UrlScheme,
} from "../links/site.js";

/**
 * The folders `check` judges internal links against, kept small: per article its URL, its
 * keyphrase's key and its path, and the site's phrases in one flat map (links/phrases.ts).
 * Each file is read as its own check reads it, and only its front-matter kept, one file at
 * a time: a site of 20,000 articles weighs a few megabytes, sent as such to each worker.
 */

/** What the `internal-links` rule needs to know of a folder. */
export interface SiteIndex extends MentionSite {
  /** The articles' URLs, normalised by `normaliseUrl`: where an internal link may lead. */
  published: ReadonlySet<string>;
  /** Absolute path → the article's place in the site's list. */
  byPath: ReadonlyMap<string, number>;
}

/** A folder's Markdown files, listed: the size of the check is known before they are read. */
export interface ListedSite {
  files: { path: string; relative: string }[];
}

async function listSite(folder: string, cwd: string): Promise<ListedSite> {
  const files: ListedSite["files"] = [];
  for await (const item of listInputs([folder], { extensions: MARKDOWN_EXTENSIONS, cwd })) {
    if (!("problem" in item)) files.push({ path: item.path, relative: item.relative });
  }
  return { files };
}

/**
 * A listed folder read as a site, for `check`: each file's article made as soon as its
 * front-matter is read, so only its few strings are held; read in turn, synchronously
 * (nothing waits on this thread meanwhile, and a promise per file cost more than reading).
 */
export function readSiteIndex(listed: ListedSite, scheme: UrlScheme): SiteIndex {
  const files: { path: string; article: SiteArticle }[] = [];
  for (const { path, relative } of listed.files) {
    try {
      const text = readSiteText(path);
      if (text === undefined) continue;
      const [article] = siteArticles([{ relative, text }], scheme);
      if (article !== undefined) files.push({ path, article });
    } catch {
      // Not part of the site: its own check says why it cannot be read.
    }
  }
  files.sort((a, b) => (a.article.relative < b.article.relative ? -1 : 1));
  const articles = files.map((file) => file.article);
  const byPath = new Map(files.map((file, position) => [file.path, position]));
  const urls = articles.map((article) => article.url);
  return {
    index: phraseIndex(articles),
    urls,
    keys: articles.map((article) => phraseKey(article.keyphrase)),
    published: new Set(urls.map(normaliseUrl)),
    byPath,
  };
}

/**
 * What `internal-links` is told of the site for the article at `path`, if it is one of its
 * articles. The related articles are counted when the rule asks (only an article without
 * an internal link is warned about them): counting reads the whole body (`body()`, the text
 * after the front-matter) against the site.
 */
export function siteContextFor(
  site: SiteIndex,
  path: string,
  body: () => string,
): SiteContext | undefined {
  const self = site.byPath.get(path);
  const url = self === undefined ? undefined : site.urls[self];
  if (self === undefined || url === undefined) return undefined;
  let related: number | undefined;
  return {
    urls: site.published,
    url,
    get related() {
      related ??= relatedCount(body(), self, site);
      return related;
    },
  };
}

/**
 * The folders `check` judges internal links against, listed: each folder given, and the
 * folder of each file given (an article is published with its neighbours).
 */
export async function listSitesFor(paths: readonly string[], cwd: string): Promise<ListedSite[]> {
  const roots = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const found = await stat(absolute).catch(() => undefined);
    if (found?.isDirectory()) roots.add(absolute);
    else if (found?.isFile()) roots.add(dirname(absolute));
  }
  return Promise.all([...roots].map((root) => listSite(root, cwd)));
}

/** The sites of {@link listSitesFor}, read. */
export async function readSitesFor(
  paths: readonly string[],
  scheme: UrlScheme,
  cwd: string,
): Promise<SiteIndex[]> {
  return (await listSitesFor(paths, cwd)).map((listed) => readSiteIndex(listed, scheme));
}
