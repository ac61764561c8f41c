import type { ArticleBlock, ParsedArticle } from "../core/article.js";
import { isWordToken } from "../core/words.js";
import { countSyllables } from "./french-text.js";

/** A sentence of running prose, with what the readability rules ask of it. */
export interface SentenceStats {
  text: string;
  block: ArticleBlock;
  words: number;
  syllables: number;
  /** Its first word, lowercase and without punctuation ("" when it opens with a figure). */
  firstWord: string;
  /** Its second word, same shape; for openings such as "Le gouvernement" / "Le ministre". */
  secondWord: string;
}

export interface ProseStats {
  sentences: SentenceStats[];
  words: number;
  syllables: number;
}

/** Running prose: headings are labels and table cells are data, neither is read as sentences. */
export const PROSE_KINDS: ReadonlySet<ArticleBlock["kind"]> = new Set([
  "paragraph",
  "quote",
  "list-item",
]);
const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

function bareWord(token: string | undefined): string {
  return token === undefined ? "" : token.toLowerCase().replace(EDGE, "");
}

// Several rules read the same statistics: compute them once per parsed article.
const CACHE = new WeakMap<ParsedArticle, ProseStats>();

/**
 * Sentences, words and syllables of the article's running prose, computed once and shared
 * by the sentence-length, reading-ease and sentence-openings rules. Words are counted as
 * `countWords` does (tokens between white space that hold a letter or a digit).
 */
export function proseStatsOf(article: ParsedArticle): ProseStats {
  const cached = CACHE.get(article);
  if (cached) return cached;
  const sentences: SentenceStats[] = [];
  let words = 0;
  let syllables = 0;
  for (const block of article.blocks) {
    if (!PROSE_KINDS.has(block.kind)) continue;
    for (const text of block.sentences) {
      const tokens = text.toLowerCase().split(/\s+/u);
      let sentenceWords = 0;
      let sentenceSyllables = 0;
      const wordTokens: string[] = [];
      for (const token of tokens) {
        if (!isWordToken(token)) continue;
        sentenceWords += 1;
        sentenceSyllables += countSyllables(token);
        if (wordTokens.length < 2) wordTokens.push(token);
      }
      if (sentenceWords === 0) continue;
      sentences.push({
        text,
        block,
        words: sentenceWords,
        syllables: sentenceSyllables,
        firstWord: bareWord(wordTokens[0]),
        secondWord: bareWord(wordTokens[1]),
      });
      words += sentenceWords;
      syllables += sentenceSyllables;
    }
  }
  const stats = { sentences, words, syllables };
  CACHE.set(article, stats);
  return stats;
}
