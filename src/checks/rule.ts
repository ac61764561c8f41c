import type { ParsedArticle } from "../core/article.js";
import type { Finding } from "../core/finding.js";

/** What every rule may read besides the article. */
export interface CheckContext {
  /** Smallest acceptable body, in words. Default: `700`. */
  minWords: number;
  /** ISO 639-1 code of the expected language. Default: `fr`. */
  lang: string;
  /** The focus keyphrase; when absent, rules take the first front-matter keyword. */
  keyword?: string;
  /** The source text the article was written from, when known (fidelity, originality). */
  source?: string;
  /**
   * URLs the tool itself adds to the article (the cited source, links between the folder's
   * articles): fidelity accepts a link to them as it accepts the source's. Default: none.
   */
  suppliedUrls?: Iterable<string>;
  /** Share of copied 8-grams above which originality is an error. Default: `0.4`. */
  originalityError: number;
  /** Share of copied 8-grams above which originality is a warning. Default: `0.2`. */
  originalityWarning: number;
  /** The folder the article is published with (`check`): what its internal links may reach. */
  site?: SiteContext;
}

/** What the `internal-links` rule knows of the article's folder. */
export interface SiteContext {
  /** URLs of the folder's articles, normalised by `normaliseUrl` (internal-links.ts). */
  urls: ReadonlySet<string>;
  /** This article's URL: a relative link (`./`, `../`) is resolved against it. */
  url: string;
  /** Other articles of the folder that this one mentions (their keyphrase or a keyword). */
  related: number;
}

export const DEFAULT_CHECK_CONTEXT: CheckContext = {
  minWords: 700,
  lang: "fr",
  originalityError: 0.4,
  originalityWarning: 0.2,
};

/**
 * A rule, after markdownlint's rule objects: a stable id, what it checks, and a pure
 * function from the parsed article to findings. Adding a rule = one file + one line in
 * `rules.ts` + its valid/invalid tests.
 */
export interface Rule {
  id: string;
  description: string;
  check(article: ParsedArticle, context: CheckContext): Finding[];
}

/** The context from a command's options (rewrite or check), with the source when known. */
export function checkContextFor(
  options: Pick<CheckContext, "minWords" | "lang" | "originalityError" | "originalityWarning"> & {
    keyword?: string | undefined;
  },
  source?: string,
): CheckContext {
  const context: CheckContext = {
    minWords: options.minWords,
    lang: options.lang,
    originalityError: options.originalityError,
    originalityWarning: options.originalityWarning,
  };
  if (options.keyword !== undefined) context.keyword = options.keyword;
  if (source !== undefined) context.source = source;
  return context;
}
