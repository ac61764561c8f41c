import type { ArticleBlock, ParsedArticle } from "../core/article.js";
import type { Finding, Severity } from "../core/finding.js";
import { excerpt, formatPercent, lineInBlock } from "./locate.js";
import { extractQuotations, quotesTheSource } from "./quotations.js";
import type { Rule } from "./rule.js";

/** Length of the word sequences compared (DESIGN.md): 8 words, as plagiarism checkers use. */
export const NGRAM_LENGTH = 8;
/** Copied passages quoted in a finding. */
const PASSAGES_QUOTED = 2;

const WORD = /[\p{L}\p{N}]+/gu;

interface Token {
  word: string;
  start: number;
  end: number;
}

/** Lowercase words with their offsets; punctuation and apostrophes only separate words. */
function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  // Stryker disable next-line MethodExpression: any one case for both texts folds them alike
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  for (let match = WORD.exec(lower); match !== null; match = WORD.exec(lower)) {
    tokens.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** A 32-bit hash of the 8 word ids from `at`; hits are confirmed word by word. */
// Stryker disable next-line BlockStatement: the hash only picks a bucket; every hit is confirmed word by word
function hashAt(ids: Int32Array | readonly number[], at: number): number {
  let hash = 0x811c9dc5;
  // Stryker disable next-line all: the hash only picks a bucket; every hit is confirmed word by word
  for (let offset = 0; offset < NGRAM_LENGTH; offset += 1) {
    // Stryker disable next-line all: the hash only picks a bucket; every hit is confirmed word by word
    hash = Math.imul(hash ^ (ids[at + offset] ?? 0), 0x01000193);
  }
  return hash >>> 0;
}

/** The source's words as ids, and where each 8-gram starts, by hash. */
interface SourceNgrams {
  idOf: Map<string, number>;
  ids: Int32Array;
  startsByHash: Map<number, number[]>;
}

let lastSource: { text: string; ngrams: SourceNgrams } | undefined;

/** The source's 8-grams, remembered for the next call with the same source. */
function sourceNgramsOf(source: string): SourceNgrams {
  // Stryker disable next-line all: a cache; recomputing the same source gives the same n-grams
  if (lastSource?.text === source) return lastSource.ngrams;
  const idOf = new Map<string, number>();
  const tokens = tokensOf(source);
  const ids = new Int32Array(tokens.length);
  tokens.forEach((token, index) => {
    let id = idOf.get(token.word);
    if (id === undefined) {
      id = idOf.size;
      idOf.set(token.word, id);
    }
    ids[index] = id;
  });
  const startsByHash = new Map<number, number[]>();
  for (let at = 0; at + NGRAM_LENGTH <= ids.length; at += 1) {
    const hash = hashAt(ids, at);
    const starts = startsByHash.get(hash);
    if (starts) starts.push(at);
    else startsByHash.set(hash, [at]);
  }
  const ngrams = { idOf, ids, startsByHash };
  // Stryker disable next-line all: a cache; recomputing the same source gives the same n-grams
  lastSource = { text: source, ngrams };
  return ngrams;
}

/** Whether the article's 8-gram at `at` (word ids, all known to the source) is in the source. */
function isCopied(ids: readonly number[], at: number, source: SourceNgrams): boolean {
  const starts = source.startsByHash.get(hashAt(ids, at));
  if (!starts) return false;
  return starts.some((start) => {
    // Stryker disable next-line all: tells apart only 8-grams whose 32-bit hashes collide, which no test can build
    for (let offset = 0; offset < NGRAM_LENGTH; offset += 1) {
      // Stryker disable next-line all: tells apart only 8-grams whose 32-bit hashes collide, which no test can build
      if (source.ids[start + offset] !== ids[at + offset]) return false;
    }
    return true;
  });
}

/** A stretch of prose between quotations: 8-grams never span a quotation. */
interface Segment {
  block: ArticleBlock;
  text: string;
  tokens: Token[];
}

/** The article's prose between quotations; a quote block quoting the source is a quotation too. */
function segmentsOf(article: ParsedArticle, source: string): Segment[] {
  const segments: Segment[] = [];
  for (const block of article.blocks) {
    if (block.kind === "quote" && quotesTheSource(block.text, source)) continue;
    let from = 0;
    const add = (to: number) => {
      const text = block.text.slice(from, to);
      const tokens = tokensOf(text);
      if (tokens.length >= NGRAM_LENGTH) segments.push({ block, text, tokens });
    };
    for (const quotation of extractQuotations(block.text)) {
      add(quotation.index);
      from = quotation.end;
    }
    add(block.text.length);
  }
  return segments;
}

interface Passage {
  text: string;
  words: number;
  block: ArticleBlock;
}

/**
 * An SEO rewrite that copies its source is duplicate content for search engines and a
 * copyright risk for the publisher: the share of the article's 8-word sequences (lowercase,
 * punctuation aside, quotations excluded: words in quote marks, and a quote block that is one
 * of the source's quotations) that the source also holds. Error above
 * `context.originalityError` (default `0.4`), warning above `context.originalityWarning`
 * (default `0.2`); the finding quotes the longest copied passages.
 */
export const originality: Rule = {
  id: "originality",
  description: "The article does not copy long passages of its source (quotations aside).",
  check(article, { source, originalityError, originalityWarning }) {
    if (source === undefined) return [];
    const sourceNgrams = sourceNgramsOf(source);
    let total = 0;
    let copied = 0;
    const passages: Passage[] = [];
    for (const segment of segmentsOf(article, source)) {
      const { tokens } = segment;
      // A word the source never uses makes every 8-gram around it original: skip them.
      const ids = tokens.map((token) => sourceNgrams.idOf.get(token.word) ?? -1);
      let lastUnknown = -1;
      let runStart = -1;
      const closeRun = (lastGram: number) => {
        const first = tokens[runStart];
        const last = tokens[lastGram + NGRAM_LENGTH - 1];
        // Stryker disable next-line all: a guard for the type checker; both tokens always exist
        if (!first || !last) return;
        const text = segment.text.slice(first.start, last.end);
        passages.push({ text, words: lastGram + NGRAM_LENGTH - runStart, block: segment.block });
      };
      for (let at = 0; at + NGRAM_LENGTH <= tokens.length; at += 1) {
        total += 1;
        // Stryker disable next-line all: skipping n-grams with an unknown word is a speed shortcut; isCopied rejects them too
        for (let next = Math.max(lastUnknown + 1, at); next < at + NGRAM_LENGTH; next += 1) {
          // Stryker disable next-line ConditionalExpression: a speed shortcut; isCopied rejects n-grams with an unknown word too
          if (ids[next] === -1) lastUnknown = next;
        }
        // Stryker disable next-line ConditionalExpression,EqualityOperator: a speed shortcut; isCopied rejects n-grams with an unknown word too
        if (lastUnknown < at && isCopied(ids, at, sourceNgrams)) {
          copied += 1;
          if (runStart === -1) runStart = at;
        } else if (runStart !== -1) {
          closeRun(at - 1);
          runStart = -1;
        }
      }
      if (runStart !== -1) closeRun(tokens.length - NGRAM_LENGTH);
    }
    // Stryker disable next-line ConditionalExpression: with no 8-gram the share is NaN, which passes no limit
    if (total === 0) return [];
    const share = copied / total;
    let severity: Severity;
    let limit: number;
    if (share > originalityError) {
      severity = "error";
      limit = originalityError;
    } else if (share > originalityWarning) {
      severity = "warning";
      limit = originalityWarning;
    } else {
      return [];
    }
    const longest = passages
      .sort((a, b) => b.words - a.words)
      .slice(0, PASSAGES_QUOTED)
      .map((passage) => ({
        ...passage,
        line: lineInBlock(article, passage.block, passage.text.slice(0, 30)),
      }));
    const quoted = longest.map(
      (passage) => `"${excerpt(passage.text, 90)}" (line ${passage.line})`,
    );
    const quotedFr = longest.map((passage) => `« ${excerpt(passage.text, 90)} »`);
    const finding: Finding = {
      rule: "originality",
      severity,
      message: `${formatPercent(share, ".")} of the article's ${NGRAM_LENGTH}-word sequences are copied from the source (${severity} above ${formatPercent(limit, ".")}): reformulate ${quoted.join(" and ")}`,
      actual: Number(share.toFixed(3)),
      expected: limit,
      repair: `${formatPercent(share, ",")} des suites de ${NGRAM_LENGTH} mots de l'article reprennent la source mot pour mot (au plus ${formatPercent(limit, ",")}) : reformule avec tes propres mots les passages copiés, notamment ${quotedFr.join(" et ")}, sans changer les faits.`,
    };
    // Stryker disable next-line OptionalChaining: a share above 0 always has a copied passage
    const line = longest[0]?.line;
    // Stryker disable next-line ConditionalExpression: a share above 0 always has a copied passage
    if (line !== undefined) finding.line = line;
    return [finding];
  },
};
