/**
 * Bytes of one input → the article the model will get, or one clear reason to refuse it.
 * decode → (HTML: extract) → (Markdown: front-matter) → clean → size and language checks.
 * Pure: bytes in, a value out; HTML tooling is imported only for HTML input.
 */

import { splitFrontMatter } from "../core/article.js";
import {
  detectLanguage,
  type LanguageVerdict,
  languageName,
  MIN_TEXT_WORDS,
  writersParagraphs,
} from "../core/language.js";
import { countWords } from "../core/words.js";
import {
  type CleanHints,
  type CleanResult,
  cleanArticleText,
  type DroppedLine,
  describeDrop,
} from "./clean.js";
import { type DecodedText, decodeText, type TextEncodingName } from "./decode.js";
import { isBlockQuoteLine, plainOf, withoutQuotations } from "./furniture.js";
import { extractHtmlArticle, looksLikeHtml, type SourceMeta, webUrl } from "./html.js";

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
  const url = webUrl(text(data.source_url) ?? text(data.url));
  if (url) meta.url = url;
  return meta;
}

/** A Markdown draft: the body is the article; its front-matter gives hints. */
function splitDraft(text: string): {
  body: string;
  meta: SourceMeta;
  lineOffset: number;
  warning?: string;
} {
  const split = splitFrontMatter(text);
  if (!split.hasFrontMatter) return { body: text, meta: {}, lineOffset: 0 };
  if (split.frontMatterError !== undefined) {
    // A draft's broken YAML is the writer's text: kept whole, not dropped as an article's is.
    return {
      body: text,
      meta: {},
      lineOffset: 0,
      warning: "the front-matter is not valid YAML: it was read as article text",
    };
  }
  return {
    body: split.body,
    meta: frontMatterMeta(split.frontMatter),
    lineOffset: split.bodyLineOffset,
  };
}

type Refusal = Extract<PrepareResult, { ok: false }>;

function failure(code: SourceFailureCode, reason: string): Refusal {
  return { ok: false, code, reason };
}

/** The input's text, or `empty` (no bytes, white space only) or `binary`. */
function decodeInput(bytes: Uint8Array): DecodedText | Refusal {
  if (bytes.length === 0) return failure("empty", "is empty: give a file that holds the article");
  const decoded = decodeText(bytes);
  if ("error" in decoded) return failure("binary", decoded.error);
  if (decoded.text.trim().length === 0) {
    return failure("empty", "holds only white space: give a file that holds the article");
  }
  return decoded;
}

/** The article's body before cleaning, and what the page or draft says about it. */
interface ArticleBody {
  body: string;
  meta: SourceMeta;
  /** Lines before the body in the input (a draft's front-matter). */
  lineOffset: number;
  warnings: string[];
}

/** An input decoded, extracted and cleaned, not yet judged. */
interface CleanedInput {
  format: SourceFormat;
  encoding: TextEncodingName;
  /** The body before cleaning (for HTML, the extracted article). */
  body: string;
  meta: SourceMeta;
  cleaned: CleanResult;
  /** Lines of page furniture and credits the cleaning took out. */
  furniture: number;
  warnings: string[];
}

/** HTML: the extracted article; Markdown: the draft without its front-matter; text as it is. */
async function bodyOf(text: string, format: SourceFormat): Promise<ArticleBody> {
  if (format === "html") {
    const page = await extractHtmlArticle(text);
    return { body: page.markdown, meta: page.meta, lineOffset: 0, warnings: page.warnings };
  }
  if (format === "markdown") {
    const draft = splitDraft(text);
    const warnings = draft.warning ? [draft.warning] : [];
    return { body: draft.body, meta: draft.meta, lineOffset: draft.lineOffset, warnings };
  }
  return { body: text, meta: {}, lineOffset: 0, warnings: [] };
}

/** Title, author and date the text gave, where the page or front-matter gave none. */
function completeMeta(meta: SourceMeta, hints: CleanHints): void {
  if (meta.title === undefined && hints.title !== undefined) meta.title = hints.title;
  if (meta.author === undefined && hints.author !== undefined) meta.author = hints.author;
  if (meta.date === undefined && hints.date !== undefined) meta.date = hints.date;
  const url = webUrl(hints.url);
  if (meta.url === undefined && url !== undefined) meta.url = url;
}

/** Page furniture in one line (--verbose lists it); instructions and foreign text one each. */
function droppedWarnings(dropped: readonly DroppedLine[], furniture: number): string[] {
  const warnings: string[] = [];
  if (furniture > 0) {
    warnings.push(
      `removed ${furniture} line${furniture > 1 ? "s" : ""} of page furniture (menus, buttons, credits); --verbose lists them`,
    );
  }
  for (const line of dropped) {
    if (line.kind === "instruction" || line.kind === "language") warnings.push(describeDrop(line));
  }
  return warnings;
}

/** `empty` (a page without text), `too-short`, `too-long` or `placeholder`; undefined if fine. */
function sizeRefusal(
  input: CleanedInput,
  words: number,
  limits: { minWords: number; maxWords: number },
): Refusal | undefined {
  const { furniture } = input;
  if (input.format === "html" && countWords(input.body) === 0) {
    return failure(
      "empty",
      "holds no text once its markup is removed: save the article's own page, or copy its text",
    );
  }
  if (words < limits.minWords) {
    const removed = furniture > 0 ? ` once ${furniture} lines of page furniture are removed` : "";
    return failure(
      "too-short",
      `only ${words} word${words === 1 ? "" : "s"}${removed}: an article needs at least ${limits.minWords}; give the whole article`,
    );
  }
  if (words > limits.maxWords) {
    return failure(
      "too-long",
      `${words} words: over the ${limits.maxWords} a model request can hold; split the text, or raise --max-input-words`,
    );
  }
  // Lorem ipsum reads to franc as Catalan or French: it is a page template, not an article.
  if (isPlaceholderText(input.cleaned.text)) {
    return failure(
      "placeholder",
      "is placeholder text (lorem ipsum), not an article: give the article's own text",
    );
  }
  return undefined;
}

/**
 * Quotations left out, as the cleaning leaves them out when it drops foreign paragraphs:
 * a text the check accepts never reaches the model with its foreign prose still in it,
 * and a French article is not refused for quoting an English speaker (a `> ` block, a
 * tweet, words in quote marks), unless quotations make most of the page.
 */
function judgedParagraphs(text: string): string[] {
  return writersParagraphs(
    text.split(/\n\s*\n/u).map((paragraph) => {
      const lines = paragraph.split("\n").filter((line) => line.trim().length > 0);
      const whole = lines.map(plainOf).join(" ");
      return { whole, own: lines.every(isBlockQuoteLine) ? "" : withoutQuotations(whole) };
    }),
  );
}

/** What is wrong with the language, in one clause; `language` must be decided and not ok. */
function languageProblem(language: LanguageVerdict, lang: string): string {
  const expectedName = languageName(lang);
  return language.detected !== lang
    ? `the text is in ${languageName(language.detected)} (${percent(language.detectedShare)} of judged words), not ${expectedName}`
    : `only ${percent(language.expectedShare)} of the text is in ${expectedName} (${language.others
        .map((other) => `${languageName(other.lang)} ${percent(other.share)}`)
        .join(", ")})`;
}

/**
 * The `undecided` or `language` refusal; with `force`, the warning said instead;
 * undefined when the text is in the expected language.
 */
function languageRefusal(
  language: LanguageVerdict,
  options: { lang: string; force: boolean },
): Refusal | string | undefined {
  if (language.undecided) {
    if (options.force) {
      return `too little prose to tell its language: taken as ${languageName(options.lang)} (--force)`;
    }
    return failure(
      "undecided",
      `too little prose to tell its language (${language.judgedWords} judged words, ${MIN_TEXT_WORDS} needed): give more text, or pass --force`,
    );
  }
  if (language.ok) return undefined;
  const problem = languageProblem(language, options.lang);
  if (options.force) return `${problem}: rewriting it anyway (--force)`;
  return failure("language", `${problem}: pass --force to rewrite it anyway`);
}

/** decode → (HTML: extract) → (Markdown: front-matter) → clean; refuses only empty or binary input. */
async function readInput(
  bytes: Uint8Array,
  options: PrepareOptions,
): Promise<CleanedInput | Refusal> {
  const decoded = decodeInput(bytes);
  if ("ok" in decoded) return decoded;
  const warnings = [...decoded.warnings];
  const named = options.extension ?? options.name;
  const format = detectFormat(decoded.text, named);
  if (isHtmlExtension(extensionOf(named)) && format !== "html") {
    warnings.push("is named .html but holds no HTML markup: read as plain text");
  }
  const page = await bodyOf(decoded.text, format);
  warnings.push(...page.warnings);
  const cleaned = cleanArticleText(page.body, {
    lang: options.lang,
    format: format === "text" ? "text" : "markdown",
    lineOffset: page.lineOffset,
    keepForeign: options.force ?? false,
  });
  completeMeta(page.meta, cleaned.hints);
  const furniture = cleaned.dropped.filter(
    (line) => line.kind === "furniture" || line.kind === "credit",
  ).length;
  warnings.push(...droppedWarnings(cleaned.dropped, furniture));
  const { encoding } = decoded;
  return { format, encoding, body: page.body, meta: page.meta, cleaned, furniture, warnings };
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
  const input = await readInput(bytes, options);
  if ("ok" in input) return input;
  const { format, cleaned, warnings } = input;
  const text = cleaned.text;
  const words = countWords(text);
  const refusal = sizeRefusal(input, words, {
    minWords: options.minWords ?? DEFAULT_MIN_SOURCE_WORDS,
    maxWords: options.maxWords ?? DEFAULT_MAX_SOURCE_WORDS,
  });
  if (refusal) return refusal;
  const language = detectLanguage(judgedParagraphs(text), options.lang);
  const force = options.force ?? false;
  const languageSaid = languageRefusal(language, { lang: options.lang, force });
  if (typeof languageSaid === "object") return languageSaid;
  if (languageSaid !== undefined) warnings.push(languageSaid);
  return {
    ok: true,
    source: {
      text,
      format,
      encoding: input.encoding,
      meta: input.meta,
      dropped: cleaned.dropped,
      warnings,
      language,
      words,
    },
  };
}
