import { francAll } from "franc";
import { countWords } from "./words.js";

/**
 * Language detection that holds on real articles. franc alone reads only the first
 * 2,048 characters and confuses French with Catalan or Italian on short text, so we
 * classify paragraph by paragraph among a few candidate languages, weigh each by its
 * words, and leave short paragraphs undecided instead of trusting a guess.
 */

/** ISO 639-1 codes we accept for `--lang`, with franc's ISO 639-3 codes. */
export const LANGUAGES: Readonly<Record<string, { iso3: string; name: string }>> = {
  fr: { iso3: "fra", name: "French" },
  en: { iso3: "eng", name: "English" },
  es: { iso3: "spa", name: "Spanish" },
  it: { iso3: "ita", name: "Italian" },
  pt: { iso3: "por", name: "Portuguese" },
  ca: { iso3: "cat", name: "Catalan" },
  ro: { iso3: "ron", name: "Romanian" },
  de: { iso3: "deu", name: "German" },
  nl: { iso3: "nld", name: "Dutch" },
};

const CANDIDATES = Object.values(LANGUAGES).map((language) => language.iso3);
const ISO1_BY_ISO3 = new Map(Object.entries(LANGUAGES).map(([iso1, { iso3 }]) => [iso3, iso1]));

/** Paragraphs shorter than this are too short for franc to judge; they count for nobody. */
export const MIN_PARAGRAPH_WORDS = 8;
/** Below this many words in all, no verdict is given. */
export const MIN_TEXT_WORDS = 20;
/** The expected language must hold this share of the judged words. */
export const MIN_EXPECTED_SHARE = 0.7;
/**
 * When the expected language scores this close to the winner, the paragraph is taken as
 * the expected language: on short text Catalan or Italian often edge French out.
 */
const NEAR_TIE = 0.92;

export function languageName(code: string): string {
  return LANGUAGES[code]?.name ?? code;
}

export function isSupportedLanguage(code: string): boolean {
  return code in LANGUAGES;
}

export interface ParagraphLanguage {
  text: string;
  words: number;
  /** ISO 639-1 code, or `und` when the paragraph is too short to tell. */
  lang: string;
  /** 0..1: how far the winner stands above the runner-up. */
  confidence: number;
}

export interface LanguageVerdict {
  expected: string;
  /** The language with the most judged words (`und` when nothing could be judged). */
  detected: string;
  /** Share of judged words in the expected language, 0..1. */
  expectedShare: number;
  /** Share of judged words in the detected language, 0..1. */
  detectedShare: number;
  judgedWords: number;
  totalWords: number;
  /** Too little text to decide. */
  undecided: boolean;
  /** The expected language is the clear majority. */
  ok: boolean;
  /** Languages other than the expected one, most words first. */
  others: { lang: string; words: number; share: number }[];
  paragraphs: ParagraphLanguage[];
}

export function classifyParagraph(text: string, expected: string): ParagraphLanguage {
  const words = countWords(text);
  if (words < MIN_PARAGRAPH_WORDS) return { text, words, lang: "und", confidence: 0 };
  const scores = francAll(text, { only: CANDIDATES, minLength: 1 });
  const [best, second] = scores;
  if (!best || best[0] === "und") return { text, words, lang: "und", confidence: 0 };
  const expectedIso3 = LANGUAGES[expected]?.iso3;
  const expectedScore = scores.find(([code]) => code === expectedIso3)?.[1] ?? 0;
  if (best[0] !== expectedIso3 && expectedScore >= NEAR_TIE) {
    return { text, words, lang: expected, confidence: 0 };
  }
  const lang = ISO1_BY_ISO3.get(best[0]) ?? best[0];
  return { text, words, lang, confidence: 1 - (second?.[1] ?? 0) };
}

/** Judge a text given as paragraphs (blank-line separated blocks, or the article's blocks). */
export function detectLanguage(paragraphs: readonly string[], expected: string): LanguageVerdict {
  const judged = paragraphs.map((text) => classifyParagraph(text, expected));
  let totalWords = judged.reduce((sum, paragraph) => sum + paragraph.words, 0);
  // A text made only of short lines (a list, a poem) is judged as one block.
  if (judged.every((paragraph) => paragraph.lang === "und") && totalWords >= MIN_TEXT_WORDS) {
    const whole = classifyParagraph(paragraphs.join("\n"), expected);
    judged.splice(0, judged.length, whole);
    totalWords = whole.words;
  }
  const wordsByLang = new Map<string, number>();
  for (const paragraph of judged) {
    if (paragraph.lang === "und") continue;
    wordsByLang.set(paragraph.lang, (wordsByLang.get(paragraph.lang) ?? 0) + paragraph.words);
  }
  const judgedWords = [...wordsByLang.values()].reduce((sum, words) => sum + words, 0);
  const ranked = [...wordsByLang.entries()].sort((a, b) => b[1] - a[1]);
  const share = (words: number) => (judgedWords === 0 ? 0 : words / judgedWords);
  const detected = ranked[0]?.[0] ?? "und";
  const expectedShare = share(wordsByLang.get(expected) ?? 0);
  const undecided = judgedWords < MIN_TEXT_WORDS;
  return {
    expected,
    detected,
    expectedShare,
    detectedShare: share(ranked[0]?.[1] ?? 0),
    judgedWords,
    totalWords,
    undecided,
    ok: !undecided && expectedShare >= MIN_EXPECTED_SHARE,
    others: ranked
      .filter(([lang]) => lang !== expected)
      .map(([lang, words]) => ({ lang, words, share: share(words) })),
    paragraphs: judged,
  };
}

/** Split plain text into paragraphs: blank lines, or single lines when the text has no blank line. */
export function paragraphsOf(text: string): string[] {
  const blocks = text.split(/\n\s*\n/u);
  const parts = blocks.length > 1 ? blocks : text.split(/\n/u);
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}
