import type { Nodes, Root } from "mdast";
import { parseMarkdown } from "../core/article.js";

/**
 * Where in a body a link may go: its runs of linkable text, and the end of the first
 * sentence (nothing before it is linked). Read from remark's tree (built without parsing
 * for a body of plain prose: core/plain-prose.ts).
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
  const tree = parseMarkdown(body);
  return { runs: linkableRuns(tree, body), introEnd: firstSentenceEnd(tree, body) };
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
