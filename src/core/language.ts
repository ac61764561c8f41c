import { francAll } from "franc";
import { countWords } from "./words.js";

/**
 * Language detection that holds on real articles. franc alone reads only the first
 * 2,048 characters and confuses French with Catalan or Italian on short text, so we
 * classify paragraph by paragraph among a few candidate languages, weigh each by its
 * words, and leave short paragraphs undecided instead of trusting a guess.
 */

/** ISO 639-1 codes we accept for `--lang`, with franc's ISO 639-3 codes. */
export const LANGUAGES: Readonly<
  Record<
    string,
    { iso3: string; name: string /** The name in French, for prompts. */; french: string }
  >
> = {
  fr: { iso3: "fra", name: "French", french: "français" },
  en: { iso3: "eng", name: "English", french: "anglais" },
  es: { iso3: "spa", name: "Spanish", french: "espagnol" },
  it: { iso3: "ita", name: "Italian", french: "italien" },
  pt: { iso3: "por", name: "Portuguese", french: "portugais" },
  ca: { iso3: "cat", name: "Catalan", french: "catalan" },
  ro: { iso3: "ron", name: "Romanian", french: "roumain" },
  de: { iso3: "deu", name: "German", french: "allemand" },
  nl: { iso3: "nld", name: "Dutch", french: "néerlandais" },
};

/** The language's name in French ("anglais"), for the prompts, which are written in French. */
export function languageNameInFrench(code: string): string {
  return LANGUAGES[code]?.french ?? displayName("fr", code);
}

/** A language outside {@link LANGUAGES} (franc's ISO 639-3 code), named by Intl: "fin" → "Finnish". */
function displayName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

const CANDIDATES = Object.values(LANGUAGES).map((language) => language.iso3);
const ISO1_BY_ISO3 = new Map(Object.entries(LANGUAGES).map(([iso1, { iso3 }]) => [iso3, iso1]));

/** Paragraphs shorter than this are too short for franc to judge; they count for nobody. */
export const MIN_PARAGRAPH_WORDS = 8;
/** Below this many words in all, no verdict is given. */
export const MIN_TEXT_WORDS = 20;
/** The expected language must hold this share of the judged words. */
export const MIN_EXPECTED_SHARE = 0.7;
/**
 * Languages scoring at least this share of the winner's score are a near tie. On a short
 * paragraph franc's trigram scores for French, Catalan, Italian, Spanish, Portuguese and
 * Romanian often sit within a few points; the tie is then broken by function words.
 */
const NEAR_TIE = 0.92;
/**
 * Within this share of the winner's score, with no function word to tell them apart, the
 * expected language keeps the paragraph: franc cannot tell at all.
 */
const DEAD_HEAT = 0.97;
/** franc reads only the first 2,048 characters of a text: longer paragraphs are judged in chunks. */
const CHUNK_CHARACTERS = 1500;

/**
 * Frequent function words per language. Only the words listed for one language alone
 * count (see {@link EXCLUSIVE_WORDS}): "les", "del", "una" say nothing between French,
 * Catalan and Italian; "une", "dans", "avec" do. Words that are also common French
 * ("la", "de", "en", "il", "non", "on", "mai", "lui") are left out of every list, so a
 * French paragraph never scores for another language with them.
 */
const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  fr: "le les des du est et dans pour pas sur avec au aux ce cette ces cet elle ils elles qui ont été mais leur leurs sont une nous vous où très aussi être selon après depuis chez donc lors dont ne fait plus",
  ca: "el els les amb és del dels als al aquest aquesta aquests però també més seva seu seus hi han i per són una com molt fins perquè pel pels tot",
  it: "lo gli di che è e per con del della dei delle degli sono anche più nel nella nei alla alle al dal dalla ha hanno una questo questa come tra stato essere già",
  es: "el los las y por con para es del al lo más pero sus ha han fue está una como este esta muy también según sin desde hasta no",
  pt: "o os as e em um uma para por com não do da dos das no na nos nas é ao foi são mais pela pelo também como seu sua já até",
  ro: "și în cu pe care este sunt al ale din pentru că nu fost ei acest această unui unei o să fi după potrivit privind iar",
  en: "the and of to is that for it with as was are be this by have has from will would which their they its been",
  de: "der die das und ist nicht mit den dem zu für auf sich ein eine auch es im wird sind",
  nl: "het een is dat op met zijn voor niet aan ook er wordt door",
};

/** Each function word that belongs to a single language, with that language. */
const EXCLUSIVE_WORDS: ReadonlyMap<string, string> = (() => {
  const owners = new Map<string, Set<string>>();
  for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
    for (const word of words.split(" ")) {
      owners.set(word, (owners.get(word) ?? new Set()).add(lang));
    }
  }
  return new Map(
    [...owners].flatMap(([word, langs]) => (langs.size === 1 ? [[word, [...langs][0] ?? ""]] : [])),
  );
})();

/** A run of letters longer than this is no function word: it is never sliced out. */
const LONGEST_FUNCTION_WORD = Math.max(...[...EXCLUSIVE_WORDS.keys()].map((word) => word.length));
const LETTER = /\p{L}/u;
/** Whether each BMP code unit is a letter, learnt from {@link LETTER} on first sight: 1 yes, 2 no. */
const LETTER_KIND = new Uint8Array(0x10000);

function isLetterUnit(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  let kind = LETTER_KIND[code] ?? 0;
  if (kind === 0) {
    kind = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER_KIND[code] = kind;
  }
  return kind === 1;
}

/**
 * How many of the text's words are exclusive function words of each language. A word is a
 * run of letters (`\p{L}`) of the lowercased text, as `split(/[^\p{L}]+/u)` cuts it; one
 * pass over the characters, slicing only runs short enough to be a function word, costs a
 * third of that split on an article.
 */
export function functionWordHits(text: string): Map<string, number> {
  const hits = new Map<string, number>();
  const lower = text.toLowerCase();
  const count = (start: number, end: number) => {
    if (end - start > LONGEST_FUNCTION_WORD) return;
    const lang = EXCLUSIVE_WORDS.get(lower.slice(start, end));
    if (lang) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  };
  let runStart = -1;
  for (let at = 0; at < lower.length; ) {
    const code = lower.charCodeAt(at);
    const low = lower.charCodeAt(at + 1);
    // A letter beyond the BMP (a surrogate pair) is a letter like any other, two units wide.
    const pair = code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
    const letter = pair ? LETTER.test(lower.slice(at, at + 2)) : isLetterUnit(code);
    if (letter && runStart === -1) runStart = at;
    else if (!letter && runStart !== -1) {
      count(runStart, at);
      runStart = -1;
    }
    at += pair ? 2 : 1;
  }
  if (runStart !== -1) count(runStart, lower.length);
  return hits;
}

/**
 * A paragraph whose words are thick with the expected language's own function words and
 * nearly free of any other's ("dans", "avec", "une" in French; none of "the", "amb", "della")
 * needs no trigram model: it is that language. This settles most paragraphs of a real
 * article for the cost of a split, and leaves franc for the ones that are in doubt.
 */
const PLAIN_SHARE = 0.12;
const PLAIN_MIN_HITS = 4;

function plainlyIn(expected: string, hits: ReadonlyMap<string, number>, words: number): boolean {
  const own = hits.get(expected) ?? 0;
  if (own < Math.max(PLAIN_MIN_HITS, words * PLAIN_SHARE)) return false;
  for (const [lang, count] of hits) if (lang !== expected && count * 4 > own) return false;
  return true;
}

/** Pieces of at most {@link CHUNK_CHARACTERS}, cut after a sentence or a space. */
function chunksOf(text: string): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > CHUNK_CHARACTERS) {
    const window = rest.slice(0, CHUNK_CHARACTERS);
    const sentenceEnd = Math.max(
      window.lastIndexOf(". "),
      window.lastIndexOf("? "),
      window.lastIndexOf("! "),
    );
    const cut = sentenceEnd > CHUNK_CHARACTERS / 2 ? sentenceEnd + 1 : window.lastIndexOf(" ");
    const at = cut > 0 ? cut : CHUNK_CHARACTERS;
    chunks.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks;
}

/** franc's scores over the candidates (best first, best = 1), long text weighed chunk by chunk. */
function scoresOf(text: string): [string, number][] {
  const chunks = chunksOf(text);
  if (chunks.length === 1) return francAll(text, { only: CANDIDATES, minLength: 1 });
  const sums = new Map<string, number>();
  for (const chunk of chunks) {
    const weight = countWords(chunk);
    for (const [code, score] of francAll(chunk, { only: CANDIDATES, minLength: 1 })) {
      sums.set(code, (sums.get(code) ?? 0) + score * weight);
    }
  }
  const ranked = [...sums].sort((a, b) => b[1] - a[1]);
  const top = ranked[0]?.[1] ?? 0;
  return ranked.map(([code, sum]) => [code, top === 0 ? 0 : sum / top]);
}

export function languageName(code: string): string {
  return LANGUAGES[code]?.name ?? displayName("en", code);
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
  /**
   * Another language, and more than close trigram scores say so: its own function words
   * outnumber the expected language's ("el", "los" over "le", "les"), or franc chose it
   * over all its languages (Finnish, Polish…).
   */
  backed: boolean;
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

/**
 * The language of one paragraph among {@link LANGUAGES}: franc's trigram scores, with near
 * ties (within {@link NEAR_TIE} of the winner) broken by exclusive function words, and the
 * expected language preferred only in a dead heat (within {@link DEAD_HEAT}) the function
 * words cannot break: a short French paragraph must not pass for Catalan, nor a short
 * Catalan one for French. Paragraphs under
 * {@link MIN_PARAGRAPH_WORDS} words are `und`. `confidence` is how far the winner stands
 * above the runner-up (0 when a near tie was broken).
 */
export function classifyParagraph(text: string, expected: string): ParagraphLanguage {
  // Counted once: the plain-text shortcut, the outsider gate, the tie-break and the backing.
  const hits = functionWordHits(text);
  const verdict = classify(text, expected, hits);
  if (verdict.lang === "und" || verdict.lang === expected) return { ...verdict, backed: false };
  const theirs = hits.get(verdict.lang) ?? 0;
  const ours = hits.get(expected) ?? 0;
  // Clearly more, or more with franc leaning the same way: "Game of Thrones, House of the
  // Dragon et The Last of Us dominent…" holds three "of" and two "the" in a French sentence
  // that franc calls a tie; a Spanish paragraph holds several "y", "los", "del".
  const backed = !(verdict.lang in LANGUAGES)
    ? true // an outsider: franc chose it, and the text has its letters
    : (theirs >= BACKING_HITS && theirs >= 3 * ours) ||
      (verdict.confidence >= LEANING && theirs > ours);
  return { ...verdict, backed };
}

/**
 * Languages of franc's that read like one of the candidates (Galician like Portuguese, Scots
 * like English, Haitian like French…): a paragraph franc gives to one of them is judged
 * among the candidates instead.
 */
const CANDIDATE_RELATIVES = new Set([
  "glg",
  "vec",
  "src",
  "rup",
  "sco",
  "tpi",
  "nds",
  "afr",
  "hat",
  "epo",
]);

/**
 * The languages an outsider is looked for among, besides the candidates: Europe's others and
 * the world's most written. A third of franc's list, so a third of its cost; a language not
 * here is judged among the candidates, as before.
 */
const OUTSIDERS = [
  ...["fin", "ekk", "hun", "pol", "ces", "slk", "slv", "hrv", "bos", "srp", "lit", "lvs"],
  ...["swe", "dan", "nob", "nno", "tur", "azj", "uzn", "ind", "zlm", "vie", "tgl", "swh"],
  ...["rus", "ukr", "bel", "bul", "mkd", "ell", "heb", "arb", "pes", "hin", "ben", "cmn"],
  ...["jpn", "kor", "tha"],
];
const OUTSIDER_SEARCH = [...CANDIDATES, ...CANDIDATE_RELATIVES, ...OUTSIDERS];

/**
 * A language outside the candidates (Finnish, Polish, Russian…): franc's first choice among
 * {@link OUTSIDER_SEARCH}, when that is neither a candidate nor a near relative of one.
 */
function outsider(text: string): { lang: string; confidence: number } | undefined {
  const ranked = francAll(text.slice(0, CHUNK_CHARACTERS), {
    minLength: 1,
    only: OUTSIDER_SEARCH,
  });
  const top = ranked[0]?.[0];
  if (top === undefined || top === "und" || CANDIDATES.includes(top)) return undefined;
  if (CANDIDATE_RELATIVES.has(top)) return undefined;
  const bestCandidate = ranked.find(([code]) => CANDIDATES.includes(code))?.[1] ?? 0;
  return { lang: top, confidence: 1 - bestCandidate };
}

const OWN_WORDS_NOT_OUTSIDER = 3;
/** A paragraph's own function words that, outnumbering French's threefold, back a verdict. */
const BACKING_HITS = 3;
/** franc's lead (1 − runner-up) that, with more of the language's own words, backs a verdict. */
const LEANING = 0.05;

/**
 * Letters only the outsiders write (ä ø å ą ł ś ż ř š č ı ş ğ ő, Vietnamese tones, other
 * scripts): without one, a text is not searched for an outsider language — a list of names
 * ("Nokia, Ericsson, Spotify, Klarna…") is not Slovak, and a French heading costs nothing.
 */
const OUTSIDER_LETTERS =
  /[äåøæąęłśźżćńřšžčěůığőűđươ\u1E00-\u1EFF\u0370-\u03FF\u0400-\u04FF\u0590-\u06FF\u0900-\u09FF\u0E00-\u0E7F\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF]/iu;

function classify(
  text: string,
  expected: string,
  hits: ReadonlyMap<string, number>,
): Omit<ParagraphLanguage, "backed"> {
  const words = countWords(text);
  if (words < MIN_PARAGRAPH_WORDS) return { text, words, lang: "und", confidence: 0 };
  if (plainlyIn(expected, hits, words)) return { text, words, lang: expected, confidence: 1 };
  // Nor one that holds a few of the expected language's own function words.
  const foreign =
    (hits.get(expected) ?? 0) >= OWN_WORDS_NOT_OUTSIDER || !OUTSIDER_LETTERS.test(text)
      ? undefined
      : outsider(text);
  if (foreign !== undefined) return { text, words, ...foreign };
  const scores = scoresOf(text);
  const [best, second] = scores;
  if (!best || best[0] === "und") return { text, words, lang: "und", confidence: 0 };
  const toIso1 = (iso3: string) => ISO1_BY_ISO3.get(iso3) ?? iso3;
  const tied = scores.filter(([, score]) => score >= NEAR_TIE).map(([code]) => toIso1(code));
  const scoreOf = (lang: string) => scores.find(([code]) => toIso1(code) === lang)?.[1] ?? 0;
  if (tied.length > 1) {
    const ranked = [...tied].sort(
      (a, b) =>
        (hits.get(b) ?? 0) - (hits.get(a) ?? 0) ||
        Number(b === expected && scoreOf(b) >= DEAD_HEAT) -
          Number(a === expected && scoreOf(a) >= DEAD_HEAT) ||
        tied.indexOf(a) - tied.indexOf(b),
    );
    const first = ranked[0] ?? toIso1(best[0]);
    const lead = (hits.get(first) ?? 0) - (hits.get(ranked[1] ?? "") ?? 0);
    return {
      text,
      words,
      lang: first,
      confidence: lead > 0 && first === toIso1(best[0]) ? 1 - (second?.[1] ?? 0) : 0,
    };
  }
  return { text, words, lang: toIso1(best[0]), confidence: 1 - (second?.[1] ?? 0) };
}

/** Judge a text given as paragraphs (blank-line separated blocks, or the article's blocks). */
export function detectLanguage(paragraphs: readonly string[], expected: string): LanguageVerdict {
  const judged = paragraphs.map((text) => classifyParagraph(text, expected));
  const totalWords = judged.reduce((sum, paragraph) => sum + paragraph.words, 0);
  const wordsByLang = new Map<string, number>();
  const count = (lang: string, words: number) =>
    wordsByLang.set(lang, (wordsByLang.get(lang) ?? 0) + words);
  for (const paragraph of judged) {
    if (paragraph.lang !== "und") count(paragraph.lang, paragraph.words);
  }
  // Paragraphs too short to judge alone (a brief in one-line paragraphs, headings, a list)
  // are judged together: their words count, though no one of them gets a verdict.
  const short = judged.filter((paragraph) => paragraph.lang === "und" && paragraph.words > 0);
  const shortWords = short.reduce((sum, paragraph) => sum + paragraph.words, 0);
  // Headings and captions in an article of long paragraphs change nothing: skip their cost.
  if (short.length > 1 && shortWords >= totalWords * 0.2) {
    const pooled = classifyParagraph(short.map((paragraph) => paragraph.text).join("\n"), expected);
    if (pooled.lang !== "und") count(pooled.lang, pooled.words);
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

/**
 * Quoted words count for nothing in a text's language while they are at most this share of
 * its words: past it, the page is made of quotations and is judged whole.
 */
export const MAX_QUOTED_SHARE = 0.5;

/** A paragraph as a whole, and the writer's own words in it (quotations taken out). */
export interface QuotedParagraph {
  whole: string;
  /** `""` for a paragraph that is all quotation (a block quote, an embedded tweet). */
  own: string;
}

/**
 * The paragraphs a text's language is judged on. A quotation (a tweet, a statement quoted in
 * English) is a source's words in its own language, the article's evidence: the writer's
 * own words decide. But a page whose quotations hold more than {@link MAX_QUOTED_SHARE} of
 * its words is judged whole, so a mostly-English page in a French frame is still refused.
 * Index for index with `paragraphs` (an empty text counts for nothing in {@link detectLanguage}).
 */
export function writersParagraphs(paragraphs: readonly QuotedParagraph[]): string[] {
  let whole = 0;
  let own = 0;
  for (const paragraph of paragraphs) {
    whole += countWords(paragraph.whole);
    own += countWords(paragraph.own);
  }
  const quoted = whole - own;
  return quoted > whole * MAX_QUOTED_SHARE
    ? paragraphs.map((paragraph) => paragraph.whole)
    : paragraphs.map((paragraph) => paragraph.own);
}
