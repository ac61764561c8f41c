import type { Heading, Paragraph, Root, RootContent, Text } from "mdast";

/**
 * Characters with a meaning in CommonMark's inlines (escapes, entities, code, emphasis,
 * links, images, HTML, autolinks), and those the parser rewrites or treats as spaces: a
 * carriage return, tab, NUL, form feed, vertical tab, byte-order mark.
 */
const INLINE_MARKUP = /[\\&`*_[\]<\r\t\0\f\v\uFEFF]/u;
/**
 * An ATX heading with no closing sequence: its content neither starts nor ends with a space
 * nor ends with `#`; or an empty heading.
 */
const HEADING = /^(#{1,6})(?: ([^\s#]|\S.*[^\s#]))?$/u;
/**
 * A line that can only be paragraph text: it opens on a letter, a digit, a quotation mark,
 * a parenthesis or any non-ASCII sign (no block starts with one), and ends on a non-space.
 */
const PROSE = /^[\p{L}\p{N}"'(\P{ASCII}](?:.*\S)?$/u;
/** What opens an ordered list item: up to nine digits, `.` or `)`, then a space or nothing. */
const ORDERED_ITEM = /^\d{1,9}[.)](?: |$)/u;

type Point = NonNullable<Text["position"]>["start"];

/** The place of `offset` on line `line`, which starts at `lineStart`. */
function point(line: number, lineStart: number, offset: number): Point {
  return { line, column: offset - lineStart + 1, offset };
}

function textNode(value: string, start: Point, end: Point): Text {
  return { type: "text", value, position: { start, end } };
}

/**
 * The tree remark-parse (CommonMark) gives a body made only of ATX headings and paragraphs
 * of plain prose, built line by line without parsing: most articles are just that, and
 * micromark spends ~1.5 ms on 1,000 words to find it out. Undefined as soon as a line could
 * be anything else (a list, a quotation, code, a setext underline, a table, leading or
 * trailing spaces) or a character could open an inline construct: remark reads those.
 * test/core/plain-prose.test.ts holds the two trees equal over fixtures, real articles and
 * thousands of generated bodies.
 */
export function plainProseTree(body: string): Root | undefined {
  if (INLINE_MARKUP.test(body)) return undefined;
  const children: RootContent[] = [];
  let paragraph: { start: Point; end: Point } | undefined;
  const close = () => {
    if (paragraph === undefined) return;
    const { start, end } = paragraph;
    const text = textNode(body.slice(start.offset, end.offset), start, end);
    const node: Paragraph = { type: "paragraph", children: [text], position: { start, end } };
    children.push(node);
    paragraph = undefined;
  };
  let line = 1;
  let start = 0;
  for (;;) {
    const newline = body.indexOf("\n", start);
    const end = newline === -1 ? body.length : newline;
    const text = body.slice(start, end);
    if (text === "") close();
    else if (text.startsWith("#")) {
      const heading = HEADING.exec(text);
      if (heading === null) return undefined;
      close();
      const depth = (heading[1] ?? "").length as Heading["depth"];
      const content = heading[2];
      const node: Heading = {
        type: "heading",
        depth,
        children:
          content === undefined
            ? []
            : [textNode(content, point(line, start, start + depth + 1), point(line, start, end))],
        position: { start: point(line, start, start), end: point(line, start, end) },
      };
      children.push(node);
    } else if (PROSE.test(text) && !ORDERED_ITEM.test(text)) {
      if (paragraph === undefined)
        paragraph = { start: point(line, start, start), end: point(line, start, end) };
      else paragraph.end = point(line, start, end);
    } else return undefined;
    if (newline === -1) {
      close();
      return {
        type: "root",
        children,
        position: { start: { line: 1, column: 1, offset: 0 }, end: point(line, start, end) },
      };
    }
    line += 1;
    start = newline + 1;
  }
}
