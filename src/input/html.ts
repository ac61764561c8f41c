/**
 * A saved web page → the article as Markdown, plus the page's title, author, date and site
 * as metadata. Mozilla Readability (Firefox's reader view) finds the article in a linkedom
 * DOM, then rehype → remark turns it into Markdown so headings, lists and quotations
 * survive. All of that weighs ~270 ms to import, so it is loaded only for HTML input.
 */
import type { Element as HastElement, Root as HastRoot } from "hast";
import type { Root as MdastRoot, RootContent, Text } from "mdast";

/** Metadata found in the page or the draft: hints for the prompt and `source_*` front-matter. */
export interface SourceMeta {
  title?: string;
  author?: string;
  /** As the page gives it, usually ISO 8601 (`2024-09-18T07:45:00+02:00`). */
  date?: string;
  siteName?: string;
  description?: string;
  keywords?: string[];
  /** The page's own address (canonical link, `og:url`, a draft's `source_url`/`url`): http(s) only. */
  url?: string;
  /** The page's image (`og:image`), never downloaded: http(s) only. */
  image?: string;
  /** Its alternative text (`og:image:alt`, `twitter:image:alt`). */
  imageAlt?: string;
}

/** `value` when it is an absolute http(s) URL (what a reader can follow), else undefined. */
export function webUrl(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  if (!text || !/^https?:\/\/[^\s"<>]+$/iu.test(text)) return undefined;
  try {
    return new URL(text).href;
  } catch {
    return undefined;
  }
}

export interface HtmlArticle {
  /** The article as Markdown: headings, lists, quotations; links reduced to their text, images dropped. */
  markdown: string;
  meta: SourceMeta;
  warnings: string[];
}

/**
 * Does this text look like HTML? True when it opens (after white space and comments) with a
 * doctype, `<html>`, `<head>` or `<body>`, or when it opens with a tag and holds at least 10
 * block tags. A Markdown draft with a stray `<br>` or `<div>` stays Markdown.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/u, "");
  const opening = head.replace(/^(?:\s|<!--[\s\S]*?-->)*/u, "");
  if (/^<(?:!doctype\s+html|html|head|body)[\s>]/iu.test(opening)) return true;
  if (!opening.startsWith("<")) return false;
  const blockTags = text.match(/<(?:p|div|h[1-6]|ul|ol|li|article|section|table|br)\b[^>]*>/giu);
  return (blockTags?.length ?? 0) >= 10;
}

/** A `<meta>` tag in the page, by `name`, `property` or `itemprop`. */
interface MetaReader {
  content(...keys: string[]): string | undefined;
}

interface DomElement {
  getAttribute(name: string): string | null;
}

interface DomDocument {
  querySelectorAll(selector: string): Iterable<DomElement>;
  querySelector(selector: string): DomElement | null;
}

function metaReader(document: DomDocument): MetaReader {
  const values = new Map<string, string>();
  for (const element of document.querySelectorAll("meta")) {
    const content = element.getAttribute("content")?.trim();
    if (!content) continue;
    for (const attribute of ["name", "property", "itemprop"]) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  return {
    content: (...keys) => keys.map((key) => values.get(key)).find((value) => value !== undefined),
  };
}

function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/gu, " ").trim();
  return text ? text : undefined;
}

/** Links become their text (the model must not copy URLs), images and their alt text go. */
function keepProse() {
  return (tree: MdastRoot) => {
    const walk = (node: { children?: RootContent[] }) => {
      if (!node.children) return;
      const next: RootContent[] = [];
      for (const child of node.children) {
        if (child.type === "image" || child.type === "imageReference") continue;
        walk(child as { children?: RootContent[] });
        if (child.type === "link" || child.type === "linkReference") {
          next.push(...(child.children as RootContent[]));
        } else {
          next.push(child);
        }
      }
      node.children = next;
    };
    walk(tree as { children?: RootContent[] });
  };
}

const ENTITY_NAMES: Readonly<Record<string, string>> = {
  amp: "&",
  nbsp: "\u00A0",
  quot: '"',
  apos: "'",
  lt: "<",
  gt: ">",
};
/** An entity left in the text once the HTML is parsed: the page encoded it twice. */
const LEFTOVER_ENTITY = /&(?:(amp|nbsp|quot|apos|lt|gt)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));/gu;

function decodeEntity(entity: string, name?: string, decimal?: string, hex?: string): string {
  if (name !== undefined) return ENTITY_NAMES[name] ?? entity;
  const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? "", 16);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
}

/**
 * "AT&amp;amp;T" in a CMS's HTML reads "AT&amp;T" once parsed, and "&amp;nbsp;" reads
 * "&nbsp;": decoded here, up to three levels deep, so the model reads "AT&T" and a space.
 */
function decodeLeftoverEntities(text: string): string {
  let decoded = text;
  for (let level = 0; level < 3 && decoded.includes("&"); level += 1) {
    decoded = decoded.replace(LEFTOVER_ENTITY, decodeEntity);
  }
  return decoded;
}

type Inline = RootContent & { children?: RootContent[] };
const EMPHASIS = new Set(["emphasis", "strong", "delete"]);

function textOf(node: Inline): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  return (node.children ?? []).map((child) => textOf(child as Inline)).join("");
}

const whiteSpace = (value: string): Text => ({ type: "text", value });

/**
 * Emphasis as pages wrap it: around nothing (`<strong>&nbsp;</strong>`), or around a word
 * and its space (`<b>Marseille </b>a signé`). Markdown has no empty emphasis, and a space
 * just inside a marker is written `&#x20;` with the next letter encoded too
 * (`**Marseille&#x20;**&#x61; signé`): empty emphasis becomes its space, the spaces at its
 * edges move outside it. Entities left in the text by a page that encoded them twice go.
 */
function tidyInline() {
  return (tree: MdastRoot) => {
    const walk = (node: { children?: RootContent[] }) => {
      if (!node.children) return;
      const next: RootContent[] = [];
      const children = node.children as Inline[];
      children.forEach((child, position) => {
        walk(child);
        if (child.type === "text") {
          next.push({ ...child, value: decodeLeftoverEntities(child.value) });
          return;
        }
        if (!EMPHASIS.has(child.type)) {
          next.push(child);
          return;
        }
        const text = textOf(child);
        if (text.trim().length === 0) {
          // Its space, where it parts two words: "créera<b> </b>environ", not "Nord<b> </b>."
          const following = children[position + 1];
          const after = following ? textOf(following) : "";
          if (text.length > 0 && /^[^\s.,;)…]/u.test(after)) next.push(whiteSpace(" "));
          return;
        }
        const inner = child.children ?? [];
        const first = inner[0];
        const last = inner[inner.length - 1];
        const before = first?.type === "text" ? (/^\s+/u.exec(first.value)?.[0] ?? "") : "";
        const after = last?.type === "text" ? (/\s+$/u.exec(last.value)?.[0] ?? "") : "";
        if (first?.type === "text") first.value = first.value.slice(before.length);
        if (last?.type === "text")
          last.value = last.value.slice(0, last.value.length - after.length);
        if (before) next.push(whiteSpace(before));
        next.push(child);
        if (after) next.push(whiteSpace(after));
      });
      node.children = next;
      if (BLOCKS.has((node as Inline).type)) trimEdges(next);
    };
    walk(tree as { children?: RootContent[] });
  };
}

const BLOCKS = new Set(["paragraph", "heading", "tableCell"]);

/** A block's text starts and ends on a word: a leading space is written `&#x20;`. */
function trimEdges(children: RootContent[]): void {
  const first = children[0];
  if (first?.type === "text") first.value = first.value.replace(/^\s+/u, "");
  const last = children[children.length - 1];
  if (last?.type === "text") last.value = last.value.replace(/\s+$/u, "");
}

/**
 * What the Markdown writer still encodes to be safe, though the model reads the text and
 * never renders it: a character reference where a marker meets a letter (`_mot_&#x73;`),
 * a backslash before an `&` that starts no entity (`AT\&T`).
 */
function unencode(markdown: string): string {
  return markdown
    .replace(/(?<!\\)&#x([0-9A-F]{1,6});/giu, (_reference, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16)),
    )
    .replace(/\\&(?![#A-Za-z][A-Za-z0-9]*;)/gu, "&");
}

/** Elements that are never article text (Readability drops them too; this is for its fallback). */
const NOT_ARTICLE = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "button",
  "svg",
  "iframe",
]);

function dropNonArticle() {
  return (tree: HastRoot) => {
    const walk = (node: { children?: HastRoot["children"] }) => {
      if (!node.children) return;
      node.children = node.children.filter(
        (child) => child.type !== "element" || !NOT_ARTICLE.has((child as HastElement).tagName),
      );
      for (const child of node.children) walk(child as { children?: HastRoot["children"] });
    };
    walk(tree);
  };
}

async function htmlToMarkdown(html: string, wholePage: boolean): Promise<string> {
  const [{ unified }, rehypeParse, rehypeRemark, remarkGfm, remarkStringify] = await Promise.all([
    import("unified"),
    import("rehype-parse"),
    import("rehype-remark"),
    import("remark-gfm"),
    import("remark-stringify"),
  ]);
  const file = await unified()
    .use(rehypeParse.default, { fragment: !wholePage })
    .use(dropNonArticle)
    .use(rehypeRemark.default)
    .use(keepProse)
    .use(tidyInline)
    .use(remarkGfm.default)
    .use(remarkStringify.default, { bullet: "-", emphasis: "_", strong: "*", rule: "-" })
    .process(html);
  return unencode(String(file)).trim();
}

/**
 * Extract the main article of an HTML page as Markdown, with the page's metadata.
 * Readability reads title, byline, site name and published time from JSON-LD and `<meta>`;
 * `article:published_time`, `author`, `keywords` and `description` are read here as
 * fallbacks. When Readability finds no article (it skips hidden elements, and some pages
 * hide the article until their scripts run), the whole `<body>` without navigation,
 * header, footer, sidebars and forms is converted, with a warning.
 */
export async function extractHtmlArticle(html: string): Promise<HtmlArticle> {
  const [{ parseHTML }, { Readability }] = await Promise.all([
    import("linkedom"),
    // A CommonJS module: its `module.exports` is the import's default, in Node as in the
    // bundle (esbuild gives a split CommonJS chunk no named exports).
    import("@mozilla/readability").then((module) => module.default),
  ]);
  const warnings: string[] = [];
  const { document } = parseHTML(html);
  const dom = document as unknown as DomDocument;
  const metas = metaReader(dom);
  // Readability edits the DOM it reads: take what we need first.
  const fallback: SourceMeta = {};
  const date = clean(
    metas.content(
      "article:published_time",
      "datepublished",
      "date",
      "dc.date",
      "dcterms.created",
    ) ?? dom.querySelector("time[datetime]")?.getAttribute("datetime"),
  );
  if (date) fallback.date = date;
  const author = clean(metas.content("author", "article:author", "dc.creator"));
  if (author && !/^https?:/u.test(author)) fallback.author = author;
  const description = clean(metas.content("description", "og:description", "twitter:description"));
  if (description) fallback.description = description;
  const keywords = clean(metas.content("keywords", "news_keywords"))
    ?.split(/\s*[,;]\s*/u)
    .filter((keyword) => keyword.length > 0);
  if (keywords && keywords.length > 0) fallback.keywords = keywords;
  const pageTitle = clean(metas.content("og:title", "twitter:title"));
  const url =
    webUrl(dom.querySelector('link[rel="canonical"]')?.getAttribute("href")) ??
    webUrl(metas.content("og:url"));
  if (url) fallback.url = url;
  const image = webUrl(metas.content("og:image", "og:image:url", "og:image:secure_url"));
  const imageAlt = clean(metas.content("og:image:alt", "twitter:image:alt"));
  if (image) fallback.image = image;
  if (image && imageAlt) fallback.imageAlt = imageAlt;

  const article = new Readability(document).parse();
  let markdown = "";
  if (article?.content) markdown = await htmlToMarkdown(article.content, false);
  if (markdown.length === 0) {
    // Readability skips hidden elements: some pages hide the article until their scripts run.
    markdown = await htmlToMarkdown(html, true);
    warnings.push(
      markdown.length > 0
        ? "no article found by Readability in the page: its whole text was kept"
        : "no text found in the page: save the article's own page, or copy its text",
    );
  }
  const meta: SourceMeta = { ...fallback };
  const title = clean(article?.title) ?? pageTitle;
  if (title) meta.title = title;
  const byline = clean(article?.byline)?.replace(/^par\s+/iu, "");
  if (byline) meta.author = byline;
  const published = clean(article?.publishedTime);
  if (published) meta.date = published;
  const siteName = clean(article?.siteName);
  if (siteName) meta.siteName = siteName;
  return { markdown, meta, warnings };
}
