import type { Nodes, Root } from "mdast";
import type { ParsedArticle } from "../core/article.js";

/**
 * The links of an article and of its source, for fidelity: a link the source does not have
 * (a casino, a competitor, a tracker) is an invention like a made-up figure (DESIGN.md).
 */
export interface ArticleLink {
  /** As written in the article. */
  url: string;
  /** 1-based line and column in the file. */
  line: number;
  column: number;
}

/** `href`/`src` of a raw HTML tag: a link too, whatever the Markdown around it. */
const HTML_URL = /\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/giu;
/** A bare URL in text: Hugo, Eleventy (linkify) and GitHub all turn it into a link. */
const BARE_URL = /\bhttps?:\/\/[^\s<>"'`«»]+/giu;
/** A URL in the source, with a scheme or from `www.`, or a bare domain ("mistral.ai/news"). */
const SOURCE_URL =
  /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)[^\s<>"'`«»()[\]]+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[^\s<>"'`«»()[\]]*)?/giu;

/** Every node of the tree, depth first. */
export function* nodesOf(node: Nodes): Generator<Nodes> {
  yield node;
  if ("children" in node) for (const child of node.children) yield* nodesOf(child);
}

function placeOf(article: ParsedArticle, node: Nodes): { line: number; column: number } {
  return {
    line: (node.position?.start.line ?? 1) + article.bodyLineOffset,
    column: node.position?.start.column ?? 1,
  };
}

/**
 * Every URL the article links to: Markdown links and autolinks, link definitions, images,
 * `href`/`src` of raw HTML, and bare `http(s)://` URLs in the text. Code is not a link.
 */
export function linksOf(article: ParsedArticle, tree: Root = article.tree): ArticleLink[] {
  const links: ArticleLink[] = [];
  for (const node of nodesOf(tree)) {
    const place = placeOf(article, node);
    if (node.type === "link" || node.type === "image" || node.type === "definition") {
      links.push({ url: node.url, ...place });
    } else if (node.type === "html") {
      for (const match of node.value.matchAll(HTML_URL)) {
        links.push({ url: match[1] ?? match[2] ?? match[3] ?? "", ...place });
      }
    } else if (node.type === "text") {
      for (const match of node.value.matchAll(BARE_URL)) {
        links.push({ url: trimTrailingPunctuation(match[0]), ...place });
      }
    }
  }
  // A `[text](url)` whose text is the URL reads twice (the link, and the bare URL inside).
  const seen = new Set<string>();
  return links.filter((link) => {
    const key = `${link.line}:${link.column}:${link.url}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A sentence's full stop or a closing bracket after a URL is not part of it. */
function trimTrailingPunctuation(url: string): string {
  return url.replace(/[.,;:!?)\]}]+$/u, "");
}

/**
 * What a link is, for fidelity: `internal` (a path, an anchor: the future `internal-links`
 * rule's business), `web` (http(s), `//host`, `www.`), or `other` (mailto:, tel:, ftp:…).
 * `javascript:` and friends are the artifacts rule's (see unsafe-html.ts).
 */
export function linkKind(url: string): "internal" | "web" | "other" {
  const trimmed = url.trim();
  if (/^(?:https?:)?\/\//iu.test(trimmed) || /^www\./iu.test(trimmed)) return "web";
  if (/^[a-z][a-z0-9+.-]*:/iu.test(trimmed)) return "other";
  // No scheme: "/path", "#anchor", "./page", "../page", "page.md" are the site's own.
  return "internal";
}

/**
 * A URL as compared: no scheme, no `www.`, the host in lower case, no fragment, no trailing
 * slash, percent-escapes decoded. `HTTPS://WWW.Example.com/a/#x` = `example.com/a`.
 */
export function normaliseUrl(url: string): string {
  let text = trimTrailingPunctuation(url.trim()).replace(/^[a-z][a-z0-9+.-]*:\/\//iu, "");
  text = text.replace(/^\/\//u, "").replace(/#.*$/u, "");
  try {
    text = decodeURI(text);
  } catch {
    // A malformed escape: compare it as written.
  }
  const slash = text.search(/[/?]/u);
  const host = (slash === -1 ? text : text.slice(0, slash)).toLowerCase().replace(/^www\./u, "");
  const rest = slash === -1 ? "" : text.slice(slash);
  return `${host}${rest}`.replace(/\/+$/u, "").replace(/\/(?=\?)/u, "");
}

/** The normalised URLs a text holds (the source), with or without a scheme. */
export function urlsIn(text: string): Set<string> {
  const urls = new Set<string>();
  for (const match of text.matchAll(SOURCE_URL)) urls.add(normaliseUrl(match[0]));
  return urls;
}

/**
 * Is this link the source's, or one the tool supplied? A link to a page of a site the
 * source names only by its home ("mistral.ai") is not: the page is the invention.
 */
export function isKnownUrl(url: string, known: ReadonlySet<string>): boolean {
  return known.has(normaliseUrl(url));
}
