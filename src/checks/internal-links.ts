import type { Definition, Link, Nodes } from "mdast";
import type { Finding } from "../core/finding.js";
import type { Rule } from "./rule.js";

/**
 * Links between the articles of a folder ("maillage interne"): a link to a page the folder
 * does not publish is a broken link, an error; an article that links to none of the
 * articles it mentions is a warning (Yoast's "no internal links"). Runs when the folder is
 * known (`seo-rewrite check`), not on a lone answer of the rewrite loop.
 */

/** The comparable form of an internal URL: no query or fragment, a trailing `/` on a page. */
export function normaliseUrl(url: string): string {
  const path = url.replace(/[?#].*$/su, "");
  if (path === "" || path.endsWith("/") || /\.[a-z0-9]+$/iu.test(path)) return path;
  return `${path}/`;
}

/** A link inside the site: a path (`/posts/x/`) or relative (`./x/`, `../x/`); not `//host`. */
export function isInternalUrl(url: string): boolean {
  return (url.startsWith("/") && !url.startsWith("//")) || /^\.\.?\//u.test(url);
}

/** Where an internal URL leads, resolved against the page that holds it. */
function resolveUrl(url: string, base: string): string {
  if (url.startsWith("/")) return normaliseUrl(url);
  return normaliseUrl(new URL(url, `https://site.invalid${base}`).pathname);
}

/** Inline links and the definitions of reference links, with their lines in the body. */
function linksOf(tree: Nodes): (Link | Definition)[] {
  const found: (Link | Definition)[] = [];
  const walk = (node: Nodes) => {
    if (node.type === "link" || node.type === "definition") found.push(node);
    if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}

export const internalLinks: Rule = {
  id: "internal-links",
  description:
    "Internal links reach an article of the folder; an article links to the ones it mentions.",
  check(article, { site }) {
    if (site === undefined) return [];
    const findings: Finding[] = [];
    let internal = 0;
    for (const link of linksOf(article.tree)) {
      if (!isInternalUrl(link.url)) continue;
      internal += 1;
      if (site.urls.has(resolveUrl(link.url, site.url))) continue;
      findings.push({
        rule: "internal-links",
        severity: "error",
        message: `the internal link ${link.url} reaches no article of the folder: fix or remove it (seo-rewrite link drops the links it added)`,
        line: (link.position?.start.line ?? 1) + article.bodyLineOffset,
        actual: link.url,
        repair: `Le lien interne ${link.url} ne mène à aucun article du site : corrige-le ou retire-le.`,
      });
    }
    if (internal === 0 && site.related > 0) {
      findings.push({
        rule: "internal-links",
        severity: "warning",
        message: `no internal link, while the article mentions ${site.related} other article(s) of the folder: run seo-rewrite link on the folder`,
        actual: 0,
      });
    }
    return findings;
  },
};
