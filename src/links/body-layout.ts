import type { Nodes, Root } from "mdast";
import { parseMarkdown } from "../core/article.js";

/**
 * Where in a body a link may go: its runs of linkable text, and the end of the first
 * sentence (nothing before it is linked). Read from remark's tree; a body of plain prose,
 * whose tree is known without parsing, is read line by line at a fraction of the cost.
 */

export interface TextRun {
  start: number;
  end: number;
  /** Offset of the paragraph holding it: one link per paragraph. */
  paragraph: number;
}

export interface BodyLayout {
  runs: TextRun[];
  introEnd: number;
}

export function bodyLayout(body: string): BodyLayout {
  return plainProseLayout(body) ?? parsedLayout(body);
}

/** Nodes whose text is never linked: headings, quotations, code, links, tables, HTML. */
const CLOSED = new Set([
  "heading",
  "blockquote",
  "code",
  "inlineCode",
  "html",
  "link",
  "linkReference",
  "image",
  "imageReference",
  "table",
  "definition",
  "footnoteDefinition",
]);

/** The text nodes a link may wrap, read straight from the source (no escape inside). */
function linkableRuns(tree: Root, body: string): TextRun[] {
  const runs: TextRun[] = [];
  const walk = (node: Nodes, paragraph: number) => {
    if (CLOSED.has(node.type)) return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === "text") {
      if (start !== undefined && end !== undefined && body.slice(start, end) === node.value) {
        runs.push({ start, end, paragraph });
      }
      return;
    }
    const inside = node.type === "paragraph" ? (start ?? -1) : paragraph;
    if ("children" in node) for (const child of node.children) walk(child, inside);
  };
  walk(tree, -1);
  return runs.filter((run) => run.paragraph !== -1);
}

const SENTENCE_STOP = /[.!?…](?=\s|$)/u;

/** The end of the first sentence of the paragraph at [start, end). */
function sentenceEnd(body: string, start: number, end: number): number {
  const stop = SENTENCE_STOP.exec(body.slice(start, end));
  return stop ? start + stop.index : end;
}

/** The end of the introduction's first sentence: 0 when the body opens on a heading. */
function firstSentenceEnd(tree: Root, body: string): number {
  for (const node of tree.children) {
    if (node.type === "heading") return 0;
    if (node.type !== "paragraph") continue;
    const start = node.position?.start.offset ?? 0;
    return sentenceEnd(body, start, node.position?.end.offset ?? start);
  }
  return 0;
}

export function parsedLayout(body: string): BodyLayout {
  const tree = parseMarkdown(body);
  return { runs: linkableRuns(tree, body), introEnd: firstSentenceEnd(tree, body) };
}

/**
 * Characters with a meaning in CommonMark's inlines (escapes, entities, code, emphasis,
 * links, images, HTML, autolinks) or GFM's (tables, strikethrough), a carriage return
 * (line endings made plain), a tab and NUL (both rewritten by the parser).
 */
const MARKUP = /[\\&`*_[\]!<>|~\r\t\0]/u;
/** An ATX heading: one line, never part of a paragraph. */
const HEADING = /^#{1,6}(?: |$)/u;
/** A prose line: it opens no block (a letter or an opening quote first), ends on no space. */
const PROSE = /^[\p{L}«“"'(].*\S$|^[\p{L}«“"'(]$/u;

/**
 * The layout remark would give a body made only of ATX headings and paragraphs of plain
 * prose, without parsing it: each paragraph is one text node whose value is its source.
 * Undefined as soon as a line could be anything else (a list, a quotation, code, a
 * setext underline, indented or trailing spaces, any inline markup): remark reads those.
 */
export function plainProseLayout(body: string): BodyLayout | undefined {
  if (MARKUP.test(body)) return undefined;
  const runs: TextRun[] = [];
  let introEnd: number | undefined;
  let paragraph: TextRun | undefined;
  const close = () => {
    if (paragraph === undefined) return;
    runs.push(paragraph);
    introEnd ??= sentenceEnd(body, paragraph.start, paragraph.end);
    paragraph = undefined;
  };
  let start = 0;
  while (start <= body.length) {
    const newline = body.indexOf("\n", start);
    const end = newline === -1 ? body.length : newline;
    const line = body.slice(start, end);
    if (line === "") close();
    else if (HEADING.test(line)) {
      close();
      introEnd ??= 0;
    } else if (PROSE.test(line)) {
      if (paragraph === undefined) paragraph = { start, end, paragraph: start };
      else paragraph.end = end;
    } else return undefined;
    start = end + 1;
  }
  close();
  return { runs, introEnd: introEnd ?? 0 };
}
