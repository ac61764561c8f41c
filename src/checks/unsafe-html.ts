import type { Nodes } from "mdast";
import type { ParsedArticle } from "../core/article.js";
import type { Finding } from "../core/finding.js";
import { nodesOf } from "./links.js";

/**
 * Raw HTML that runs, embeds or restyles: every site generator passes raw HTML through
 * (Hugo with `unsafe`, Jekyll, Eleventy, Astro), so a model's `<script>` would run on the
 * reader's page. Harmless inline HTML (`<br>`, `<sup>`) is left alone; code blocks are not
 * HTML. `javascript:`-like URLs count in a Markdown link too.
 */
const UNSAFE_TAG =
  /<\s*\/?\s*(script|iframe|object|embed|style|frame|frameset|applet|base|meta|link|form|svg|math)\b/iu;
/** `onclick=`, `onerror =`… inside a tag. */
const EVENT_HANDLER = /<[^>]*\s(on[a-z]+)\s*=/iu;
/** A URL that runs code or carries a page of its own. */
export const SCRIPT_URL =
  /^\s*(?:javascript|vbscript|data\s*:\s*text\/html|data\s*:\s*image\/svg)/iu;
const SCRIPT_URL_IN_HTML =
  /\b(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(javascript|vbscript|data)\s*:/iu;

/** What is wrong with a raw HTML fragment, as the words to quote; undefined when harmless. */
function unsafePart(html: string): string | undefined {
  const tag = UNSAFE_TAG.exec(html);
  if (tag) return `<${(tag[1] ?? "").toLowerCase()}>`;
  const handler = EVENT_HANDLER.exec(html);
  if (handler) return `${(handler[1] ?? "").toLowerCase()}=`;
  const url = SCRIPT_URL_IN_HTML.exec(html);
  if (url) return `${(url[1] ?? "").toLowerCase()}:`;
  return undefined;
}

function finding(article: ParsedArticle, node: Nodes, what: string): Finding {
  return {
    rule: "artifacts",
    severity: "error",
    message: `raw HTML "${what}" in the article: remove it; the article is Markdown text only`,
    line: (node.position?.start.line ?? 1) + article.bodyLineOffset,
    column: node.position?.start.column ?? 1,
    actual: what,
    repair: `Retire le code HTML « ${what} » : l'article est du texte Markdown, sans balise de script, de cadre ni de style, ni lien « javascript: ».`,
  };
}

/** Each raw HTML tag or link of the body that would run or embed something, once a line. */
export function unsafeHtmlFindings(article: ParsedArticle): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const node of nodesOf(article.tree)) {
    let what: string | undefined;
    if (node.type === "html") what = unsafePart(node.value);
    else if (
      (node.type === "link" || node.type === "image" || node.type === "definition") &&
      SCRIPT_URL.test(node.url)
    ) {
      what = `${node.url.trim().split(":")[0]?.toLowerCase() ?? ""}:`;
    }
    if (what === undefined) continue;
    const result = finding(article, node, what);
    const key = `${result.line} ${what}`;
    if (reported.has(key)) continue;
    reported.add(key);
    findings.push(result);
  }
  return findings;
}
