import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { parse as fromYaml, stringify as toYaml } from "yaml";
import type { ParsedArticle } from "./article.js";
import {
  type FormatOptions,
  mapFrontMatter,
  mapImage,
  type PublishFormat,
  rejectedFrontMatter,
  templateSafeBody,
} from "./formats.js";
import { slugify } from "./slug.js";
import { readingTimeMinutes } from "./words.js";

/**
 * The article as written: the model's title, description and keywords; everything else
 * computed in code (slug, counts, provenance), never trusted from the model.
 */
export interface Provenance {
  /** The input as the user named it (`stdin` for piped text). */
  source: string;
  sourceHash: string;
  promptHash: string;
  /** Hash of the options that shape the article (min words, lang, keyword…). */
  optionsHash: string;
  model: string;
  /** `seo-rewrite <version>`. */
  generator: string;
  /** Time of writing, an ISO 8601 timestamp with the writer's offset (see `dateOf`). */
  date: string;
  sourceMeta?: {
    title?: string;
    author?: string;
    date?: string;
    siteName?: string;
    /** A draft's own keywords: hints for the model, not written as ours. */
    keywords?: string[];
    /** The source's address (canonical link, `og:url`, a `source_url`): written as `source_url`. */
    url?: string;
    /** The source's image (`og:image`) and its alt text: linked, never downloaded. */
    image?: string;
    imageAlt?: string;
  };
}

const markdownWriter = unified().use(remarkGfm).use(remarkStringify, {
  bullet: "-",
  emphasis: "*",
  strong: "*",
  rule: "-",
  listItemIndent: "one",
});

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** Keywords as a clean list, whether the model gave a YAML list or "a, b, c". */
export function normaliseKeywords(value: unknown): string[] | undefined {
  const items = Array.isArray(value)
    ? value.map((item) => String(item))
    : typeof value === "string"
      ? value.split(/[,;]/u)
      : undefined;
  if (!items) return undefined;
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const item of items) {
    const keyword = item.trim();
    if (keyword === "" || seen.has(keyword.toLowerCase())) continue;
    seen.add(keyword.toLowerCase());
    keywords.push(keyword);
  }
  return keywords;
}

/**
 * The article as it will be written: our front-matter (mapped to `format`'s conventions,
 * default `plain`) and the body normalised by remark-stringify.
 */
export function composeArticle(
  answer: ParsedArticle,
  provenance: Provenance,
  lang: string,
  format: PublishFormat = "plain",
  formatOptions: FormatOptions = {},
): string {
  const title = text(answer.frontMatter.title);
  const data: Record<string, unknown> = {};
  if (title !== undefined) data.title = title;
  const description = text(answer.frontMatter.description);
  if (description !== undefined) data.description = description;
  data.slug = slugify(title ?? "");
  const keywords = normaliseKeywords(answer.frontMatter.keywords);
  if (keywords !== undefined) data.keywords = keywords;
  data.lang = lang;
  data.date = provenance.date;
  data.words = answer.words;
  data.reading_time = readingTimeMinutes(answer.words);
  data.source = provenance.source;
  data.source_hash = provenance.sourceHash;
  const meta = provenance.sourceMeta;
  if (meta?.title) data.source_title = meta.title;
  if (meta?.author) data.source_author = meta.author;
  if (meta?.date) data.source_date = meta.date;
  if (meta?.siteName) data.source_site = meta.siteName;
  if (meta?.url) data.source_url = meta.url;
  if (meta?.image) data.image = meta.image;
  if (meta?.image && meta.imageAlt) data.image_alt = meta.imageAlt;
  data.prompt_hash = provenance.promptHash;
  data.options_hash = provenance.optionsHash;
  data.model = provenance.model;
  data.generator = provenance.generator;
  const body = templateSafeBody(String(markdownWriter.stringify(answer.tree)), format);
  const mapped = mapFrontMatter(mapImage(data, format), format, formatOptions);
  return `---\n${frontMatterYaml(mapped)}---\n\n${body}`;
}

/**
 * Double-quoted strings on one line each: what static-site generators and CMS importers
 * parse most reliably (no folded `>-` blocks, no doubled apostrophes).
 */
function frontMatterYaml(data: Readonly<Record<string, unknown>>): string {
  return toYaml(data, { lineWidth: 0, defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN" });
}

/**
 * A composed article marked as rejected, so that no generator publishes it (see
 * `rejectedFrontMatter`); the body is kept. Text without our front-matter is returned as is.
 */
export function markRejected(markdown: string): string {
  const found = frontMatterOf(markdown);
  if (found === undefined) return markdown;
  const marked = rejectedFrontMatter(found.data);
  return `---\n${frontMatterYaml(marked)}---\n${markdown.slice(found.length)}`;
}

/** The `slug` of a composed article's front-matter, if it has one. */
export function slugOf(markdown: string): string | undefined {
  const data = frontMatterOf(markdown)?.data;
  return typeof data?.slug === "string" ? data.slug : undefined;
}

/**
 * A composed article given another slug: `slug`, and the last segment of the `permalink` the
 * jekyll and eleventy formats derive from it, so the URL follows. The body is kept.
 */
export function withSlug(markdown: string, slug: string): string {
  const found = frontMatterOf(markdown);
  if (found === undefined || typeof found.data.slug !== "string") return markdown;
  const previous = found.data.slug;
  const data: Record<string, unknown> = { ...found.data, slug };
  if (typeof data.permalink === "string" && data.permalink.endsWith(`/${previous}/`)) {
    data.permalink = `${data.permalink.slice(0, -previous.length - 1)}${slug}/`;
  }
  return `---\n${frontMatterYaml(data)}---\n${markdown.slice(found.length)}`;
}

/** Our front-matter block (as composeArticle writes it) parsed, and its length in characters. */
function frontMatterOf(
  markdown: string,
): { data: Record<string, unknown>; length: number } | undefined {
  const match = /^---\n([\s\S]*?\n)?---\n/u.exec(markdown);
  if (!match) return undefined;
  const data: unknown = fromYaml(match[1] ?? "");
  if (data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
  return { data: data as Record<string, unknown>, length: match[0].length };
}

/**
 * `--cite-source`: the article with a last line « Source : [Site](url) », an outbound link to
 * the page it was written from (the site's name, else the address's host). Unchanged when the
 * source's address is unknown.
 */
export function withSourceCited(
  markdown: string,
  meta: Provenance["sourceMeta"] | undefined,
): string {
  if (meta?.url === undefined) return markdown;
  const site = (meta.siteName ?? new URL(meta.url).hostname.replace(/^www\./u, "")).replace(
    /[[\]\\]/gu,
    (mark) => `\\${mark}`,
  );
  // A patched or repaired answer comes back holding the line already: it is written once.
  const url = meta.url.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const previous = new RegExp(`\\n*Source : \\[[^\\n]*\\]\\(<?${url}>?\\)\\s*$`, "u");
  return `${markdown.replace(previous, "").trimEnd()}\n\nSource : [${site}](<${meta.url}>)\n`;
}
