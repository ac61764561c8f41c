import { open, readdir } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { slugOf, withSlug } from "../core/compose.js";
import { uniqueSlug } from "../core/slug.js";
import { TEMP_PREFIX } from "./write.js";

/**
 * The slugs of the articles under `--out`, each with the file that holds it. Two pages with
 * one slug share one URL: Hugo and Astro silently keep one, Jekyll warns, Eleventy fails the
 * build. So an article whose slug another file already holds is written as `<slug>-2`.
 */

/** Our front-matter sits in the first kilobytes; a foreign article's slug line usually too. */
const HEAD_BYTES = 8192;
const SLUG_LINE = /^slug:[ \t]*(["']?)([^"'\n]+?)\1[ \t]*$/mu;
const ARTICLE_NAME = /\.(?:md|markdown)$/u;
const REJECTED_NAME = /\.rejected\.md$/u;

/** The slug a Markdown file's front-matter gives, read from its head only. */
async function slugInFile(path: string): Promise<string | undefined> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    const head = buffer
      .subarray(0, bytesRead)
      .toString("utf8")
      .replace(/^\uFEFF/u, "");
    if (!head.startsWith("---")) return undefined;
    const end = head.indexOf("\n---", 3);
    const block = end === -1 ? head : head.slice(0, end);
    return SLUG_LINE.exec(block)?.[2]?.trim();
  } finally {
    await handle.close();
  }
}

/** Every article file under `dir` (rejected drafts and our temporary files left out). */
async function articleFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir, { recursive: true });
  } catch {
    return []; // No --out yet: nothing is taken.
  }
  return names
    .filter((name) => ARTICLE_NAME.test(name) && !REJECTED_NAME.test(name))
    .filter((name) => !name.split(/[\\/]/u).some((part) => part.startsWith(TEMP_PREFIX)))
    .map((name) => join(dir, name));
}

export interface SlugClaim {
  markdown: string;
  /** Set when the article's own slug was taken: what it was, who holds it, what it became. */
  renamed?: { from: string; to: string; holder: string };
}

export class SlugBook {
  readonly #holders = new Map<string, string>();
  readonly #root: string;

  private constructor(root: string) {
    this.#root = root;
  }

  /** A book of no slug: output to stdout, or a dry run, writes no file. */
  static empty(): SlugBook {
    return new SlugBook(resolve("."));
  }

  /** The slugs the articles already under `outDir` hold. */
  static async read(outDir: string): Promise<SlugBook> {
    const book = new SlugBook(resolve(outDir));
    for (const path of await articleFiles(book.#root)) {
      const slug = await slugInFile(path).catch(() => undefined);
      // Two files already sharing a slug: the first listed keeps it in our book.
      if (slug !== undefined && !book.#holders.has(slug)) book.#holders.set(slug, path);
    }
    return book;
  }

  /**
   * `markdown` as it may be written to `path`: with its slug if no other file holds it (its
   * own earlier version may), else with the first free `<slug>-N`. The slug is then held.
   */
  claim(markdown: string, path: string): SlugClaim {
    const target = resolve(path);
    const wanted = slugOf(markdown);
    if (wanted === undefined) return { markdown };
    const slug = uniqueSlug(wanted, (candidate) => {
      const holder = this.#holders.get(candidate);
      return holder === undefined || holder === target;
    });
    // The file's earlier slugs are free again: it now holds this one only.
    for (const [held, holder] of this.#holders) {
      if (holder === target && held !== slug) this.#holders.delete(held);
    }
    this.#holders.set(slug, target);
    if (slug === wanted) return { markdown };
    const holder = relative(this.#root, this.#holders.get(wanted) ?? "") || wanted;
    return { markdown: withSlug(markdown, slug), renamed: { from: wanted, to: slug, holder } };
  }
}
