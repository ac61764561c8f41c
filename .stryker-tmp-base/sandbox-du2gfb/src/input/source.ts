/**
 * Bytes of one input → the article the model will get, or one clear reason to refuse it.
 * decode → (HTML: extract) → (Markdown: front-matter) → clean → size and language checks.
 * Pure: bytes in, a value out; HTML tooling is imported only for HTML input.
 */
// @ts-nocheck

import matter from "gray-matter";
import {
  detectLanguage,
  type LanguageVerdict,
  languageName,
  MIN_TEXT_WORDS,
} from "../core/language.js";
import { countWords } from "../core/words.js";
import { cleanArticleText, type DroppedLine, describeDrop } from "./clean.js";
import { decodeText, type TextEncodingName } from "./decode.js";
import { plainOf, withoutQuotations } from "./furniture.js";
import { extractHtmlArticle, looksLikeHtml, type SourceMeta } from "./html.js";

export type { DroppedLine } from "./clean.js";
export type { TextEncodingName } from "./decode.js";
export type { SourceMeta } from "./html.js";

export type SourceFormat = "text" | "markdown" | "html";

/** An input ready for the prompt. */
export interface SourceDocument {
  /** The clean article, Markdown-ish, paragraphs separated by one blank line. */
  text: string;
  format: SourceFormat;
  encoding: TextEncodingName;
  /** Title, author, date, site, description, keywords found in the page, the draft's front-matter or the text. */
  meta: SourceMeta;
  /** Lines taken out, with line numbers and reasons. */
  dropped: DroppedLine[];
  /** One line each, without the input's name. */
  warnings: string[];
  language: LanguageVerdict;
  /** Words of `text`, counted as DESIGN.md says. */
  words: number;
}

export type SourceFailureCode =
  | "empty"
  | "binary"
  | "too-short"
  | "too-long"
  | "language"
  | "undecided"
  | "placeholder";

export type PrepareResult =
  | { ok: true; source: SourceDocument }
  | {
      ok: false;
      code: SourceFailureCode;
      /** One line: what is wrong and what to do, without the input's name (the caller adds it). */
      reason: string;
    };

/** Fewest words an input must have to be an article (default). */
export const DEFAULT_MIN_SOURCE_WORDS = 80;
/**
 * Most words accepted (default, as `--max-input-words`): 20,000 French words are about
 * 30,000 tokens, what a 64k-context model can take with the prompt, answer and repairs.
 */
export const DEFAULT_MAX_SOURCE_WORDS = 20_000;

export interface PrepareOptions {
  /** The input's name (path or `stdin`): its extension decides the format when `extension` is not given. */
  name: string;
  /** Expected language, ISO 639-1 (e.g. `fr`). */
  lang: string;
  /** Accept a text not in `lang` (and keep its other-language paragraphs); default: `false`. */
  force?: boolean | undefined;
  /** default: {@link DEFAULT_MIN_SOURCE_WORDS} */
  minWords?: number | undefined;
  /** default: {@link DEFAULT_MAX_SOURCE_WORDS} */
  maxWords?: number | undefined;
  /** `.html`, `html` or a file name; default: taken from `name`. Content sniffing still applies. */
  extension?: string | undefined;
}

function extensionOf(value: string | undefined): string {
  if (!value) return "";
  const match = /\.([A-Za-z0-9]+)$/u.exec(value) ?? /^([A-Za-z0-9]+)$/u.exec(value);
  return match?.[1]?.toLowerCase() ?? "";
}

/**
 * The input's format: `.html`/`.htm` are HTML; otherwise HTML is sniffed on content
 * ({@link looksLikeHtml}), so stdin and mislabelled files work; `.md`/`.markdown`, a
 * front-matter block or two `#` headings make Markdown; the rest is text.
 */
export function detectFormat(text: string, extension?: string): SourceFormat {
  const ext = extensionOf(extension);
  if (isHtmlExtension(ext) && hasMarkup(text)) return "html";
  if (looksLikeHtml(text)) return "html";
  if (ext === "md" || ext === "markdown") return "markdown";
  if (/^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/u.test(text)) return "markdown";
  return (text.match(/^#{1,6} \S/gmu)?.length ?? 0) >= 2 ? "markdown" : "text";
}

function isHtmlExtension(ext: string): boolean {
  return ext === "html" || ext === "htm" || ext === "xhtml";
}

/** A file named .html that holds no tag at all is text saved under the wrong name. */
function hasMarkup(text: string): boolean {
  return /<(?:[a-z][a-z0-9]*|!doctype|!--)[\s>/]/iu.test(text.slice(0, 65536));
}

const LOREM_WORDS = new Set(
  "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat".split(
    " ",
  ),
);

/** A fifth of the words from lorem ipsum: a template's filler, whatever franc says. */
function isPlaceholderText(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const lorem = words.filter((word) => LOREM_WORDS.has(word)).length;
  return words.length > 0 && lorem / words.length >= 0.2 && /lorem ipsum/iu.test(text);
}

function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

function frontMatterMeta(data: Record<string, unknown>): SourceMeta {
  const meta: SourceMeta = {};
  const text = (value: unknown) =>
    typeof value === "string" && value.trim() ? value.trim() : undefined;
  const title = text(data.title);
  if (title) meta.title = title;
  const description = text(data.description);
  if (description) meta.description = description;
  const author = text(data.author);
  if (author) meta.author = author;
  const date =
    data.date instanceof Date && !Number.isNaN(data.date.getTime())
      ? data.date.toISOString().slice(0, 10)
      : text(data.date);
  if (date) meta.date = date;
  const keywords = Array.isArray(data.keywords)
    ? data.keywords.filter((keyword): keyword is string => typeof keyword === "string")
    : text(data.keywords)?.split(/\s*,\s*/u);
  const cleanKeywords = keywords?.map((keyword) => keyword.trim()).filter(Boolean);
  if (cleanKeywords && cleanKeywords.length > 0) meta.keywords = cleanKeywords;
  return meta;
}

/** A Markdown draft: the body is the article; its front-matter gives hints. */
function splitDraft(text: string): {
  body: string;
  meta: SourceMeta;
  lineOffset: number;
  warning?: string;
} {
  if (!/^---[ \t]*\r?\n/u.test(text)) return { body: text, meta: {}, lineOffset: 0 };
  try {
    // An options object turns off gray-matter's cache, which would keep every input in memory.
    const parsed = matter(text, {});
    const data = parsed.data as unknown;
    const meta =
      data && typeof data === "object" && !Array.isArray(data)
        ? frontMatterMeta(data as Record<string, unknown>)
        : {};
    const lineOffset = text.slice(0, text.length - parsed.content.length).split("\n").length - 1;
    return { body: parsed.content, meta, lineOffset };
  } catch {
    return {
      body: text,
      meta: {},
      lineOffset: 0,
      warning: "the front-matter is not valid YAML: it was read as article text",
    };
  }
}

function failure(code: SourceFailureCode, reason: string): PrepareResult {
  return { ok: false, code, reason };
}

/**
 * Turn an input's bytes into the article for the prompt. Refuses, with one line saying
 * what to do: `empty` (no bytes, white space only, or a page without text), `binary` (PDF, image, archive…),
 * `too-short` (under `minWords` once cleaned), `too-long` (over `maxWords`), `language`
 * (the expected language holds under 70 % of the judged words; not with `force`) and
 * `undecided` (too little prose to judge the language; not with `force`).
 */
export async function prepareSource(
  bytes: Uint8Array,
  options: PrepareOptions,
): Promise<PrepareResult> {
  const minWords = options.minWords ?? DEFAULT_MIN_SOURCE_WORDS;
  const maxWords = options.maxWords ?? DEFAULT_MAX_SOURCE_WORDS;
  const force = options.force ?? false;
  if (bytes.length === 0) return failure("empty", "is empty: give a file that holds the article");
  const decoded = decodeText(bytes);
  if ("error" in decoded) return failure("binary", decoded.error);
  if (decoded.text.trim().length === 0) {
    return failure("empty", "holds only white space: give a file that holds the article");
  }
  const warnings = [...decoded.warnings];
  const format = detectFormat(decoded.text, options.extension ?? options.name);
  if (isHtmlExtension(extensionOf(options.extension ?? options.name)) && format !== "html") {
    warnings.push("is named .html but holds no HTML markup: read as plain text");
  }
  let meta: SourceMeta = {};
  let body = decoded.text;
  let lineOffset = 0;
  if (format === "html") {
    const page = await extractHtmlArticle(decoded.text);
    warnings.push(...page.warnings);
    meta = page.meta;
    body = page.markdown;
  } else if (format === "markdown") {
    const draft = splitDraft(decoded.text);
    if (draft.warning) warnings.push(draft.warning);
    meta = draft.meta;
    body = draft.body;
    lineOffset = draft.lineOffset;
  }
  const cleaned = cleanArticleText(body, {
    lang: options.lang,
    format: format === "text" ? "text" : "markdown",
    lineOffset,
    keepForeign: force,
  });
  if (meta.title === undefined && cleaned.hints.title !== undefined)
    meta.title = cleaned.hints.title;
  if (meta.author === undefined && cleaned.hints.author !== undefined)
    meta.author = cleaned.hints.author;
  if (meta.date === undefined && cleaned.hints.date !== undefined) meta.date = cleaned.hints.date;

  const furniture = cleaned.dropped.filter(
    (line) => line.kind === "furniture" || line.kind === "credit",
  );
  if (furniture.length > 0) {
    warnings.push(
      `removed ${furniture.length} line${furniture.length > 1 ? "s" : ""} of page furniture (menus, buttons, credits); --verbose lists them`,
    );
  }
  for (const line of cleaned.dropped) {
    if (line.kind === "instruction" || line.kind === "language") warnings.push(describeDrop(line));
  }

  const text = cleaned.text;
  const words = countWords(text);
  if (format === "html" && countWords(body) === 0) {
    return failure(
      "empty",
      "holds no text once its markup is removed: save the article's own page, or copy its text",
    );
  }
  if (words < minWords) {
    const removed =
      furniture.length > 0 ? ` once ${furniture.length} lines of page furniture are removed` : "";
    return failure(
      "too-short",
      `only ${words} word${words === 1 ? "" : "s"}${removed}: an article needs at least ${minWords}; give the whole article`,
    );
  }
  if (words > maxWords) {
    return failure(
      "too-long",
      `${words} words: over the ${maxWords} a model request can hold; split the text, or raise --max-input-words`,
    );
  }

  // Lorem ipsum reads to franc as Catalan or French: it is a page template, not an article.
  if (isPlaceholderText(text)) {
    return failure(
      "placeholder",
      "is placeholder text (lorem ipsum), not an article: give the article's own text",
    );
  }

  // Quotations left out, as the cleaning leaves them out when it drops foreign paragraphs:
  // a text the check accepts never reaches the model with its foreign prose still in it,
  // and a French article is not refused for quoting an English speaker.
  const paragraphs = text
    .split(/\n\s*\n/u)
    .map((paragraph) => withoutQuotations(paragraph.split("\n").map(plainOf).join(" ")))
    .filter((paragraph) => paragraph.length > 0);
  const language = detectLanguage(paragraphs, options.lang);
  const expectedName = languageName(options.lang);
  if (language.undecided) {
    if (!force) {
      return failure(
        "undecided",
        `too little prose to tell its language (${language.judgedWords} judged words, ${MIN_TEXT_WORDS} needed): give more text, or pass --force`,
      );
    }
    warnings.push(`too little prose to tell its language: taken as ${expectedName} (--force)`);
  } else if (!language.ok) {
    const problem =
      language.detected !== options.lang
        ? `the text is in ${languageName(language.detected)} (${percent(language.detectedShare)} of judged words), not ${expectedName}`
        : `only ${percent(language.expectedShare)} of the text is in ${expectedName} (${language.others
            .map((other) => `${languageName(other.lang)} ${percent(other.share)}`)
            .join(", ")})`;
    if (!force) return failure("language", `${problem}: pass --force to rewrite it anyway`);
    warnings.push(`${problem}: rewriting it anyway (--force)`);
  }

  return {
    ok: true,
    source: {
      text,
      format,
      encoding: decoded.encoding,
      meta,
      dropped: cleaned.dropped,
      warnings,
      language,
      words,
    },
  };
}
