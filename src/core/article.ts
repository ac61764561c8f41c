import matter from "gray-matter";
import type { Heading, Root, RootContent } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parse as parseYaml } from "yaml";
import { plainProseTree } from "./plain-prose.js";
import { countWords, sentencesOf } from "./words.js";

/**
 * An article parsed once, for every rule to read: front-matter, the mdast tree, and the
 * prose as blocks with their file lines and word counts (STYLE.md: parse once, walk once).
 */
export interface ArticleBlock {
  kind: "heading" | "paragraph" | "quote" | "list-item" | "table-cell";
  /** Heading depth (1–6) for headings; 0 otherwise. */
  depth: number;
  text: string;
  /** 1-based line in the whole file (front-matter included). */
  line: number;
  words: number;
  sentences: string[];
}

export interface ArticleSection {
  /** The `##`/`###` heading that opens the section; undefined for the introduction. */
  heading?: ArticleBlock;
  line: number;
  words: number;
  blocks: ArticleBlock[];
}

export interface ParsedArticle {
  /** The whole file as given. */
  raw: string;
  frontMatter: Record<string, unknown>;
  /** Set when the front-matter block exists but is not valid YAML. */
  frontMatterError?: string;
  hasFrontMatter: boolean;
  body: string;
  /** Lines before the body (the front-matter block), to turn body lines into file lines. */
  bodyLineOffset: number;
  tree: Root;
  blocks: ArticleBlock[];
  headings: ArticleBlock[];
  paragraphs: ArticleBlock[];
  sections: ArticleSection[];
  /** The prose without Markdown syntax, one block a line. */
  plainText: string;
  words: number;
}

const commonMarkParser = unified().use(remarkParse);
const gfmParser = unified().use(remarkParse).use(remarkGfm);

/**
 * GFM constructs that change the tree: a table's delimiter row, ~~strikethrough~~, a
 * footnote, a task item. A bare URL (GFM's autolink literal) reads the same as text.
 */
const GFM_CONSTRUCT = /^\s*\|?\s*:?-+:?\s*\||~~|\[\^|^\s*[-*+] \[[ xX]\]/mu;

/**
 * GFM's extensions more than double micromark's time (3.4 against 1.5 ms on a 980-word
 * article), and news articles seldom use them: parse with plain CommonMark unless the
 * text holds a construct only GFM reads differently; and a body of headings and plain
 * prose, whose tree is known without parsing, is not parsed at all.
 */
export function parseMarkdown(markdown: string): Root {
  if (GFM_CONSTRUCT.test(markdown)) return gfmParser.parse(markdown);
  return plainProseTree(markdown) ?? commonMarkParser.parse(markdown);
}

/**
 * Largest front-matter read, in characters. A model's is under 1 KB, a writer's draft a few;
 * past this the text is not a front-matter, and YAML is not parsed at any size.
 */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;

/**
 * A front-matter's YAML, bounded: no alias at all (a "billion laughs" answer of a few lines
 * expands to gigabytes once its keywords are read as strings), and a size cap. Dates stay
 * dates, as gray-matter's own YAML reader gave them.
 */
export function readFrontMatterYaml(yaml: string): object {
  if (yaml.length > MAX_FRONT_MATTER_CHARS) {
    throw new Error(
      `the front-matter is ${Math.ceil(yaml.length / 1024)} KB, over the ${MAX_FRONT_MATTER_CHARS / 1024} KB cap`,
    );
  }
  try {
    const data: unknown = parseYaml(yaml.replace(/\r\n?/gu, "\n"), {
      maxAliasCount: 0,
      customTags: ["timestamp"],
    });
    return data !== null && typeof data === "object" ? data : {};
  } catch (error) {
    if (error instanceof Error && /alias/iu.test(error.message)) {
      throw new Error("it uses a YAML alias (*name): write each value out in full");
    }
    throw error;
  }
}

/**
 * The body of a Markdown text and the lines before it, found by the same gray-matter call as
 * {@link splitFrontMatter} but with the YAML left unread: for a text whose front-matter reads
 * (every article of a site), the same body, at a fraction of the cost.
 */
export function bodyOf(raw: string): { body: string; bodyLineOffset: number } {
  const text = raw.replace(/^\uFEFF/u, "");
  if (!/^---[ \t]*\r?\n/u.test(text)) return { body: text, bodyLineOffset: 0 };
  const parsed = matter(text, { language: "yaml", engines: { yaml: () => ({}) } });
  const bodyLineOffset = text.slice(0, text.length - parsed.content.length).split("\n").length - 1;
  return { body: parsed.content, bodyLineOffset };
}

/** The YAML front-matter and the body of a Markdown text (an article, or a writer's draft). */
export function splitFrontMatter(raw: string): Pick<
  ParsedArticle,
  "frontMatter" | "hasFrontMatter" | "body" | "bodyLineOffset"
> & {
  frontMatterError?: string;
} {
  const text = raw.replace(/^\uFEFF/u, "");
  if (!/^---[ \t]*\r?\n/u.test(text)) {
    return { frontMatter: {}, hasFrontMatter: false, body: text, bodyLineOffset: 0 };
  }
  try {
    // An options object turns off gray-matter's cache, which would keep every article in memory.
    const parsed = matter(text, { language: "yaml", engines: { yaml: readFrontMatterYaml } });
    const offset = text.length - parsed.content.length;
    const bodyLineOffset = text.slice(0, offset).split("\n").length - 1;
    const data = parsed.data as unknown;
    const frontMatter =
      data && typeof data === "object" && !Array.isArray(data)
        ? (data as Record<string, unknown>)
        : {};
    return { frontMatter, hasFrontMatter: true, body: parsed.content, bodyLineOffset };
  } catch (error) {
    const end = text.indexOf("\n---", 3);
    const body = end === -1 ? text : text.slice(text.indexOf("\n", end + 1) + 1);
    return {
      frontMatter: {},
      hasFrontMatter: true,
      frontMatterError:
        error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error),
      body,
      bodyLineOffset: text.slice(0, text.length - body.length).split("\n").length - 1,
    };
  }
}

function collectBlocks(tree: Root, lineOffset: number): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  const add = (kind: ArticleBlock["kind"], node: RootContent, depth = 0) => {
    const text = mdastToString(node, { includeImageAlt: false }).replace(/\s+/gu, " ").trim();
    if (text.length === 0) return;
    blocks.push({
      kind,
      depth,
      text,
      line: (node.position?.start.line ?? 1) + lineOffset,
      words: countWords(text),
      sentences: kind === "heading" ? [text] : sentencesOf(text),
    });
  };
  const walk = (nodes: readonly RootContent[], inside: ArticleBlock["kind"] | undefined) => {
    for (const node of nodes) {
      switch (node.type) {
        case "heading":
          add("heading", node, (node as Heading).depth);
          break;
        case "paragraph":
          add(inside ?? "paragraph", node);
          break;
        case "blockquote":
          walk(node.children, "quote");
          break;
        case "list":
          walk(node.children, "list-item");
          break;
        case "listItem":
          walk(node.children, inside ?? "list-item");
          break;
        case "table":
          for (const row of node.children) {
            for (const cell of row.children) add("table-cell", cell as unknown as RootContent);
          }
          break;
        default:
          // code, html, thematic breaks, definitions: not prose.
          break;
      }
    }
  };
  walk(tree.children, undefined);
  return blocks;
}

function sectionsOf(blocks: readonly ArticleBlock[]): ArticleSection[] {
  const sections: ArticleSection[] = [{ line: blocks[0]?.line ?? 1, words: 0, blocks: [] }];
  for (const block of blocks) {
    if (block.kind === "heading" && block.depth >= 2) {
      sections.push({ heading: block, line: block.line, words: 0, blocks: [] });
      continue;
    }
    const current = sections[sections.length - 1];
    if (!current) continue;
    current.blocks.push(block);
    current.words += block.words;
  }
  return sections[0]?.blocks.length === 0 && sections.length > 1 ? sections.slice(1) : sections;
}

export function parseArticle(raw: string): ParsedArticle {
  const split = splitFrontMatter(raw);
  const tree = parseMarkdown(split.body);
  const blocks = collectBlocks(tree, split.bodyLineOffset);
  const article: ParsedArticle = {
    raw,
    frontMatter: split.frontMatter,
    hasFrontMatter: split.hasFrontMatter,
    body: split.body,
    bodyLineOffset: split.bodyLineOffset,
    tree,
    blocks,
    headings: blocks.filter((block) => block.kind === "heading"),
    paragraphs: blocks.filter((block) => block.kind !== "heading"),
    sections: sectionsOf(blocks),
    plainText: blocks.map((block) => block.text).join("\n"),
    words: blocks.reduce((sum, block) => sum + block.words, 0),
  };
  if (split.frontMatterError !== undefined) article.frontMatterError = split.frontMatterError;
  return article;
}
