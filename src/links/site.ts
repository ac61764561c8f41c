import { splitFrontMatter } from "../core/article.js";
import type { PublishFormat } from "../core/formats.js";
import { slugify } from "../core/slug.js";
import { type PhraseTable, phraseStems, phraseTable } from "./phrases.js";

/**
 * The folder as a site: which of its Markdown files are articles, each one's URL, and an
 * index from phrases (keyphrase, then keywords) to the article they name. Pure: the folder
 * is read and written by pipeline/link-folder.ts.
 */

/** How an article's URL is made when its front-matter does not set one. */
export interface UrlScheme {
  /** The publishing format (default: `plain`): Hugo puts an article's folder in its URL. */
  format: PublishFormat;
  /** The folder of every URL (`--permalink-base`); default: `"/"`. */
  permalinkBase?: string | undefined;
  /** `--url-pattern '/posts/{slug}/'`: `{slug}` and `{dir}` (the file's folder) replaced. */
  urlPattern?: string | undefined;
}

/** A Markdown file of the folder, as read. */
export interface SiteFile {
  /** Path under the folder, with `/`. */
  relative: string;
  text: string;
}

export interface SiteArticle {
  relative: string;
  url: string;
  /** The label of the links to it (`seo-link:<label>`), unique in the site. */
  label: string;
  title: string;
  /** The first keyword: the focus keyphrase, as the keyphrase rules take it. */
  keyphrase: string;
  keywords: string[];
  /** `draft: true` or `published: false`: built by no generator, so linked to by none. */
  unpublished: boolean;
}

function keywordList(value: unknown): string[] {
  const items = Array.isArray(value)
    ? value.map(String)
    : typeof value === "string"
      ? value.split(/[,;]/u)
      : [];
  return items.map((item) => item.trim()).filter((item) => item !== "");
}

/** `"blog"`, `"/blog/"` → `"/blog/"`; nothing → `"/"`. */
function folderOf(base: string | undefined): string {
  const trimmed = (base ?? "/").replace(/^\/+|\/+$/gu, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/**
 * An article's URL: its front-matter `permalink` (Jekyll, Eleventy: we write it) or `url`
 * (Hugo's override), else the scheme's pattern. Hugo's default URL is the content path
 * (gohugo.io/content-management/urls/): the file's folder, then its `slug`.
 */
export function articleUrl(
  relative: string,
  frontMatter: Readonly<Record<string, unknown>>,
  scheme: UrlScheme,
): string {
  for (const key of ["permalink", "url"]) {
    const value = frontMatter[key];
    if (typeof value === "string" && value.startsWith("/")) return value;
  }
  const parts = relative.split("/");
  const name = (parts.pop() ?? "").replace(/\.(md|markdown)$/iu, "");
  const slug =
    typeof frontMatter.slug === "string" && frontMatter.slug.trim() !== ""
      ? frontMatter.slug.trim()
      : slugify(name);
  const dir = parts.length > 0 ? `${parts.join("/")}/` : "";
  if (scheme.urlPattern !== undefined) {
    return scheme.urlPattern
      .replaceAll("{slug}", slug)
      .replaceAll("{dir}/", dir)
      .replaceAll("{dir}", dir.replace(/\/$/u, ""));
  }
  return `${folderOf(scheme.permalinkBase)}${scheme.format === "hugo" ? dir : ""}${slug}/`;
}

/**
 * The articles among the files: ours (their front-matter has title and keywords) and any
 * other Markdown with a title and keywords. The rest is left alone and linked to by none.
 */
export function siteArticles(files: readonly SiteFile[], scheme: UrlScheme): SiteArticle[] {
  const articles: SiteArticle[] = [];
  const labels = new Set<string>();
  for (const file of [...files].sort((a, b) => (a.relative < b.relative ? -1 : 1))) {
    if (/\.rejected\.md$/u.test(file.relative)) continue;
    const { frontMatter } = splitFrontMatter(file.text);
    const title = typeof frontMatter.title === "string" ? frontMatter.title.trim() : "";
    const keywords = keywordList(frontMatter.keywords);
    const [keyphrase] = keywords;
    if (title === "" || keyphrase === undefined) continue;
    const url = articleUrl(file.relative, frontMatter, scheme);
    const base = slugify(url.replace(/\/$/u, "").split("/").pop() ?? title);
    let label = base;
    for (let n = 2; labels.has(label); n += 1) label = `${base}-${n}`;
    labels.add(label);
    articles.push({
      relative: file.relative,
      url,
      label,
      title,
      keyphrase,
      keywords,
      unpublished: frontMatter.draft === true || frontMatter.published === false,
    });
  }
  return articles;
}

/** A phrase that links to an article, as {@link phraseIndex} finds it. */
export interface IndexedPhrase {
  /** Its stems, space-separated (see {@link phraseKey}). */
  key: string;
  /** How many stems. */
  words: number;
  /** Index of the article in the site's list. */
  target: number;
  /** 0 for a keyphrase, 1 for a keyword: keyphrases are linked first. */
  rank: 0 | 1;
}

/** The site's phrases (see phrases.ts): each key to its target and rank, `target * 2 + rank`. */
export type PhraseIndex = PhraseTable;

/** The phrase a key of the {@link PhraseIndex} stands for. */
export function indexedPhrase(key: string, value: number): IndexedPhrase {
  return { key, words: key.split(" ").length, target: value >> 1, rank: (value & 1) as 0 | 1 };
}

/**
 * Every article's phrases in one table: a text is scanned once, and at each word only the
 * phrases that go on with the words after it are followed (never every article's every
 * phrase). A keyphrase names its article; a keyword shared by articles that are not its
 * keyphrase's names none (a link must say where it goes). Two articles with one keyphrase:
 * the first by path.
 */
export function phraseIndex(articles: readonly SiteArticle[]): PhraseIndex {
  const owners = new Map<string, { stems: string[]; target: number; rank: 0 | 1 }[]>();
  articles.forEach((article, target) => {
    if (article.unpublished) return;
    const seen = new Set<string>();
    article.keywords.forEach((keyword, position) => {
      const stems = phraseStems(keyword);
      const key = stems.join(" ");
      if (stems.length === 0 || seen.has(key)) return;
      seen.add(key);
      const list = owners.get(key) ?? [];
      list.push({ stems, target, rank: position === 0 ? 0 : 1 });
      owners.set(key, list);
    });
  });
  const chosen: [string[], number][] = [];
  for (const list of owners.values()) {
    const keyphrase = list.find((phrase) => phrase.rank === 0);
    const phrase = keyphrase ?? (list.length === 1 ? list[0] : undefined);
    if (phrase !== undefined) chosen.push([phrase.stems, phrase.target * 2 + phrase.rank]);
  }
  return phraseTable(chosen);
}

/** The key {@link phraseIndex} gives a phrase: its stems, space-separated. */
export function phraseKey(text: string): string {
  return phraseStems(text).join(" ");
}
