/**
 * Publishing formats: the front-matter `composeArticle` builds, mapped to the conventions
 * of the static-site generator that will publish it. Pure: a record in, a record out.
 *
 * Two rules hold for every format:
 * - the fields the `check` command validates (title, description, slug, keywords, lang)
 *   stay, so `seo-rewrite check` passes on a formatted article as on a plain one;
 * - the provenance fields stay at the top level, so a rerun still finds an output up to
 *   date (freshness.ts reads `source_hash`, `prompt_hash`, `options_hash`, `model`).
 * Generators ignore, or pass to templates, the fields they do not know.
 */

export const FORMATS = ["plain", "hugo", "jekyll", "astro", "eleventy"] as const;

export type PublishFormat = (typeof FORMATS)[number];

export function isPublishFormat(value: string): value is PublishFormat {
  return (FORMATS as readonly string[]).includes(value);
}

/** Fields that let a rerun tell an up-to-date output from a stale one; kept in every format. */
export const PROVENANCE_FIELDS = [
  "source",
  "source_hash",
  "prompt_hash",
  "options_hash",
  "model",
  "generator",
] as const;

export interface FormatOptions {
  /**
   * Publish as a draft: `draft: true` (Hugo, Astro, Eleventy), `published: false` (Jekyll,
   * which has no draft field outside `_drafts/`). Default: `false`.
   */
  draft?: boolean;
  /**
   * Folder of the URL written as `permalink` for Jekyll and Eleventy, the generators whose
   * URL we set: `"/blog/"` gives `/blog/<slug>/`. Default: `"/"`.
   */
  permalinkBase?: string;
  /**
   * `categories`, a list in every format: Jekyll's (part of its default permalink), Hugo's
   * default taxonomy, a field Astro and Eleventy templates read. Default: none.
   */
  categories?: readonly string[];
}

/** `"/blog"`, `"blog/"`, `"/blog/"` → `"/blog/"`; `""` or `"/"` → `"/"`. */
function folderOf(base: string | undefined): string {
  const trimmed = (base ?? "/").replace(/^\/+|\/+$/gu, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

function keywordsOf(data: Readonly<Record<string, unknown>>): string[] | undefined {
  const value = data.keywords;
  return Array.isArray(value) ? value.map((item) => String(item)) : undefined;
}

/** Copy `data` with `key` renamed to `renamed`, at the same place in the key order. */
function renameKey(
  data: Readonly<Record<string, unknown>>,
  key: string,
  renamed: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) out[name === key ? renamed : name] = value;
  return out;
}

/**
 * Insert `fields` right after `anchor` (or at the end when `anchor` is absent), so the
 * fields a writer looks for first stay together near the top of the front-matter.
 */
function insertAfter(
  data: Readonly<Record<string, unknown>>,
  anchor: string,
  fields: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let placed = false;
  for (const [name, value] of Object.entries(data)) {
    if (name in fields) continue;
    out[name] = value;
    if (name === anchor) {
      Object.assign(out, fields);
      placed = true;
    }
  }
  if (!placed) Object.assign(out, fields);
  return out;
}

/**
 * The source's image (`image`, `image_alt`: an address, never a download) in the terms of the
 * format's usual themes: Hugo's embedded Open Graph and Twitter templates read an `images`
 * list; Jekyll's jekyll-seo-tag an `image` with `path` and `alt`; Astro's blog starter a
 * `heroImage` (and `heroImageAlt` for templates that show one); Eleventy and plain keep ours.
 */
export function mapImage(
  data: Readonly<Record<string, unknown>>,
  format: PublishFormat,
): Record<string, unknown> {
  const image = data.image;
  if (typeof image !== "string" || format === "plain" || format === "eleventy") return { ...data };
  const alt = typeof data.image_alt === "string" ? data.image_alt : undefined;
  const { image_alt: _alt, ...rest } = data;
  if (format === "hugo") return renameKey({ ...rest, image: [image] }, "image", "images");
  if (format === "astro") {
    const renamed = renameKey(rest, "image", "heroImage");
    return alt === undefined ? renamed : insertAfter(renamed, "heroImage", { heroImageAlt: alt });
  }
  return { ...rest, image: alt === undefined ? { path: image } : { path: image, alt } };
}

/**
 * Our front-matter (title, description, slug, keywords, lang, date, words, reading_time,
 * source fields, provenance) mapped to `format`'s conventions. `plain` returns a copy.
 */
export function mapFrontMatter(
  data: Readonly<Record<string, unknown>>,
  format: PublishFormat,
  options: FormatOptions = {},
): Record<string, unknown> {
  const draft = options.draft ?? false;
  const keywords = keywordsOf(data);
  const slug = typeof data.slug === "string" ? data.slug : undefined;
  const categories =
    options.categories !== undefined && options.categories.length > 0
      ? { categories: [...options.categories] }
      : {};
  const tags = { ...(keywords !== undefined ? { tags: keywords } : {}), ...categories };

  switch (format) {
    case "plain":
      // Our own fields: `categories` and `draft` only when asked for, so a default run
      // writes what it always wrote.
      return insertAfter(data, "keywords", { ...categories, ...(draft ? { draft } : {}) });

    case "hugo":
      // gohugo.io/content-management/front-matter/: `date`, `draft`, `slug` (last URL
      // segment, gohugo.io/content-management/urls/), `description` and `keywords` are
      // reserved fields; `tags` is a default taxonomy. Other top-level fields still reach
      // templates as .Params (gohugoio/hugo#11055 kept them for compatibility).
      return insertAfter(data, "keywords", { ...tags, draft });

    case "jekyll": {
      // jekyllrb.com/docs/front-matter/: `permalink` overrides the URL, `published: false`
      // hides a post, `categories` and `tags` are lists, `date` overrides the file name's.
      // We write a literal path (jekyllrb.com/docs/permalinks/: front-matter permalinks take
      // paths or template variables, never the built-in styles like `pretty`).
      const fields: Record<string, unknown> = { ...tags };
      if (slug !== undefined) fields.permalink = `${folderOf(options.permalinkBase)}${slug}/`;
      if (draft) fields.published = false;
      // Jekyll ≥ 4.0 (jekyllrb.com/docs/front-matter/): the body is not run through Liquid,
      // so a `{% … %}` or `{{ … }}` the article quotes is shown, not executed (or fatal).
      fields.render_with_liquid = false;
      return insertAfter(data, "keywords", fields);
    }

    case "astro": {
      // Astro's blog starter collection schema (docs.astro.build, content collections):
      // `pubDate: z.coerce.date()` takes our YYYY-MM-DD; the docs filter drafts with
      // `data.draft !== true`. Astro 5's glob() loader uses a `slug` field as the entry id
      // (astro/dist/content/loaders/glob.js, generateIdDefault). A default z.object() schema
      // strips the fields it does not declare, so the extras cost nothing.
      const renamed = "date" in data ? renameKey(data, "date", "pubDate") : { ...data };
      return insertAfter(renamed, "keywords", { ...tags, draft });
    }

    case "eleventy": {
      // 11ty.dev/docs/data-configuration/: `permalink` sets the output URL (a trailing `/`
      // writes <slug>/index.html), `tags` builds collections (11ty.dev/docs/collections/),
      // `date` takes YYYY-MM-DD. `draft` follows the addPreprocessor recipe that replaced
      // the draft-posts quick tip (11ty.dev/docs/quicktips/draft-posts/). Front-matter tags
      // are merged with a folder's data-file tags (deep data merge, default since 1.0), so a
      // `tags: posts` in blog.11tydata.js still puts the article in the posts collection.
      const fields: Record<string, unknown> = { ...tags };
      if (slug !== undefined) fields.permalink = `${folderOf(options.permalinkBase)}${slug}/`;
      fields.draft = draft;
      // 11ty.dev/docs/data-configuration/: Markdown only, without the Liquid pass Eleventy
      // runs on .md files by default (markdownTemplateEngine), for the same reason as Jekyll.
      fields.templateEngineOverride = "md";
      return insertAfter(data, "keywords", fields);
    }
  }
}

/**
 * The body as `format`'s generator must read it to show it as written. Jekyll and Eleventy
 * are told in the front-matter not to run Liquid (see mapFrontMatter); Hugo has no such
 * field and expands `{{< … >}}` and `{{% … %}}` shortcodes anywhere in the content, code
 * included, failing the build on an unknown one. A whole shortcode is escaped the way
 * gohugo.io/content-management/shortcodes/ documents, a comment opened after `{{<` and
 * closed before `>}}`, which Hugo prints as `{{< … >}}` in text and code alike (tested with
 * Hugo 0.111); an opening left without its closing gets a
 * Markdown backslash (`{{\<`, shown as `{{<`). Astro's .md and plain have no template pass.
 */
export function templateSafeBody(body: string, format: PublishFormat): string {
  if (format !== "hugo") return body;
  return body
    .replace(/\{\{([<%])(?!\/\*)((?:(?!\{\{)[\s\S])*?)([>%])\}\}/gu, "{{$1/*$2*/$3}}")
    .replace(/\{\{([<%])(?!\/\*)/gu, "{{\\$1");
}

/**
 * The front-matter of a rejected article (`--keep-rejected`), unpublished in the terms of
 * every generator, whatever the format (a `plain` article may be read by any of them):
 * - `draft: true`: Hugo builds drafts only with `--buildDrafts` (gohugo.io/methods/page/draft);
 *   Astro's docs and Eleventy's draft recipe filter on it;
 * - `build: { render: never, list: never }`: Hugo ≥ 0.123 (gohugo.io/content-management/
 *   build-options/) neither renders nor lists it, even with `--buildDrafts`;
 * - `published: false`: Jekyll (jekyllrb.com/docs/front-matter/) leaves it out (Hugo, where
 *   `published` names the publish date, leaves it out too);
 * - `permalink: false` and `eleventyExcludeFromCollections: true`: Eleventy writes no page
 *   and lists it in no collection (11ty.dev/docs/data-configuration/). Not for Astro
 *   entries (`pubDate`): a schema may type `permalink` as a string and fail the build;
 * - the slug gets `-rejected`: Astro's glob() loader takes `slug` as the entry id, and a
 *   rejected entry must never replace a published one of the same title.
 */
export function rejectedFrontMatter(
  data: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  if (typeof data.slug === "string") out.slug = `${data.slug}-rejected`;
  out.draft = true;
  out.published = false;
  if (!("pubDate" in data)) out.permalink = false;
  out.eleventyExcludeFromCollections = true;
  out.build = { render: "never", list: "never", publishResources: false };
  return out;
}

/**
 * A `--permalink-base` the format ignores: Hugo takes its URLs from the content folder and
 * its config's `[permalinks]`, Astro from its routes, `plain` writes no URL.
 */
export function permalinkBaseWarning(
  format: PublishFormat,
  permalinkBase: string | undefined,
): string | undefined {
  if (permalinkBase === undefined || format === "jekyll" || format === "eleventy") return undefined;
  const where: Record<"plain" | "hugo" | "astro", string> = {
    plain: "plain front-matter has no URL field",
    hugo: "Hugo's URLs come from the content folder and [permalinks] in its config",
    astro: "Astro's URLs come from its routes (src/pages)",
  };
  return `--permalink-base sets the permalink of jekyll and eleventy articles only; ${where[format]}`;
}

/**
 * Jekyll publishes a file of `_posts` only when its name starts with a date
 * (jekyllrb.com/docs/posts/: `YEAR-MONTH-DAY-title.md`); our names are the inputs'. A
 * collection publishes any name, with the `permalink` and `date` we write. Said before a
 * run that would otherwise write posts no site shows.
 */
export function formatPlaceWarning(
  format: PublishFormat,
  out: string | undefined,
): string | undefined {
  if (format !== "jekyll" || out === undefined) return undefined;
  const folder = out
    .replace(/[\\/]+$/u, "")
    .split(/[\\/]/u)
    .pop();
  if (folder !== "_posts") return undefined;
  return "Jekyll publishes from _posts only files named YYYY-MM-DD-title.md, and these are named after their inputs: write to a collection instead (collections: { articles: { output: true } } in _config.yml, then --out _articles); our permalink and date fields apply there";
}

/** Every warning the publishing options deserve before a run (none for a plain default run). */
export function formatWarnings(options: {
  format: PublishFormat;
  out?: string | undefined;
  permalinkBase?: string | undefined;
}): string[] {
  return [
    formatPlaceWarning(options.format, options.out),
    permalinkBaseWarning(options.format, options.permalinkBase),
  ].filter((line): line is string => line !== undefined);
}
