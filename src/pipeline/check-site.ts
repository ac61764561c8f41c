import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { normaliseUrl } from "../checks/internal-links.js";
import type { SiteContext } from "../checks/rule.js";
import { readFrontMatterText } from "../input/front-matter-text.js";
import { listInputs } from "../input/list.js";
import { type MentionSite, relatedCount } from "../links/link-body.js";
import {
  phraseIndex,
  phraseKey,
  type SiteArticle,
  siteArticles,
  type UrlScheme,
} from "../links/site.js";
import { MARKDOWN } from "./link-folder.js";

/**
 * The folders `check` judges internal links against, kept small: per article its URL, its
 * keyphrase's key and its path, and the site's phrases in one flat map (links/phrases.ts).
 * Only each file's front-matter is read, and no file's text is held: a site of 20,000
 * articles weighs a few megabytes, sent as such to each worker thread.
 */

/** What the `internal-links` rule needs to know of a folder. */
export interface SiteIndex extends MentionSite {
  /** The articles' URLs, normalised by `normaliseUrl`: where an internal link may lead. */
  published: ReadonlySet<string>;
  /** Absolute path → the article's place in the site's list. */
  byPath: ReadonlyMap<string, number>;
}

/** A folder read as a site, for `check`. */
export async function readSiteIndex(
  folder: string,
  scheme: UrlScheme,
  cwd: string,
): Promise<SiteIndex> {
  // Each file's article is made as soon as it is read, so only its few strings are held;
  // read in turn, synchronously: nothing else waits on this thread yet, and a promise per
  // file cost more than the reading.
  const files: { path: string; article: SiteArticle }[] = [];
  for await (const item of listInputs([folder], { extensions: MARKDOWN, cwd })) {
    if ("problem" in item) continue;
    try {
      const text = readFrontMatterText(item.path);
      const [article] = siteArticles([{ relative: item.relative, text }], scheme);
      if (article !== undefined) files.push({ path: item.path, article });
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
 * an internal link is warned about them): counting reads the whole body against the site.
 */
export function siteContextFor(
  site: SiteIndex,
  path: string,
  text: string,
): SiteContext | undefined {
  const self = site.byPath.get(path);
  const url = self === undefined ? undefined : site.urls[self];
  if (self === undefined || url === undefined) return undefined;
  let related: number | undefined;
  return {
    urls: site.published,
    url,
    get related() {
      related ??= relatedCount(text, self, site);
      return related;
    },
  };
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
