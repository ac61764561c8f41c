/**
 * Small pieces of French text handling the readability and keyphrase rules share:
 * accent folding, a syllable counter, a light stemmer and function words. Each is a plain
 * loop or one regex over a whole text, never a regex per word: rules run on every answer.
 */
import type { ArticleBlock } from "../core/article.js";

/** Accented lowercase letters of French and their neighbours, folded without Unicode normalisation. */
const FOLDED_LETTER: Readonly<Record<string, string>> = {
  à: "a",
  á: "a",
  â: "a",
  ã: "a",
  ä: "a",
  å: "a",
  æ: "ae",
  ç: "c",
  è: "e",
  é: "e",
  ê: "e",
  ë: "e",
  ì: "i",
  í: "i",
  î: "i",
  ï: "i",
  ñ: "n",
  ò: "o",
  ó: "o",
  ô: "o",
  õ: "o",
  ö: "o",
  ù: "u",
  ú: "u",
  û: "u",
  ü: "u",
  ý: "y",
  ÿ: "y",
  œ: "oe",
};
const LATIN_ACCENTED = /[à-åæçè-ïñò-öù-üýÿœ]/gu;
/** Latin letters beyond Latin-1, or combining marks: rare, folded the slow, general way. */
const OTHER_ACCENTED = /[\u0100-\u024f]|\p{M}/u;
const MARKS = /\p{M}/gu;

/** Lowercase, accents removed, œ → oe: "Économie" and "economie" compare equal. */
export function foldAccents(text: string): string {
  const folded = text
    .toLowerCase()
    .replace(LATIN_ACCENTED, (letter) => FOLDED_LETTER[letter] ?? letter);
  return OTHER_ACCENTED.test(folded) ? folded.normalize("NFD").replace(MARKS, "") : folded;
}

const FOLDED_WORD = /[a-z0-9]+/gu;

/** Folded words of a text: "L'Intelligence Artificielle" → ["l", "intelligence", "artificielle"]. */
export function foldedWordsOf(text: string): string[] {
  return foldAccents(text).match(FOLDED_WORD) ?? [];
}

// The keyphrase and transition rules read the same sentences: fold each block once.
const FOLDED_SENTENCES = new WeakMap<ArticleBlock, string[][]>();

/** The folded words of each of a block's sentences, computed once per parsed block. */
export function foldedSentencesOf(block: ArticleBlock): string[][] {
  let folded = FOLDED_SENTENCES.get(block);
  if (!folded) {
    folded = block.sentences.map(foldedWordsOf);
    FOLDED_SENTENCES.set(block, folded);
  }
  return folded;
}

/** French function words (articles, prepositions, conjunctions), folded; a keyphrase ignores them. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "a",
  "au",
  "aux",
  "avec",
  "ce",
  "ces",
  "cet",
  "cette",
  // Elided forms ("l'accord", "d'accord", "qu'il", "jusqu'à"): the apostrophe splits them off.
  "c",
  "d",
  "j",
  "jusqu",
  "lorsqu",
  "m",
  "n",
  "puisqu",
  "quoiqu",
  "s",
  "t",
  "dans",
  "de",
  "des",
  "du",
  "en",
  "entre",
  "et",
  "l",
  "la",
  "le",
  "les",
  "leur",
  "leurs",
  "ou",
  "par",
  "pour",
  "qu",
  "que",
  "qui",
  "sa",
  "ses",
  "son",
  "sur",
  "un",
  "une",
]);

/**
 * A light French stem so that word forms meet: plural and feminine endings go
 * ("artificielles" → "artificiel", "européennes" → "europeen", "nationaux" → "national").
 * Expects a folded word. Good enough for matching a keyphrase, not for linguistics.
 */
export function stemFrench(word: string): string {
  let stem = word;
  if (stem.length > 4 && stem.endsWith("aux")) return `${stem.slice(0, -3)}al`;
  if (stem.length > 3 && (stem.endsWith("s") || stem.endsWith("x"))) stem = stem.slice(0, -1);
  if (stem.length > 3 && stem.endsWith("e")) stem = stem.slice(0, -1);
  // "artificiell" (from "artificielle") → "artificiel", "europeenn" → "europeen".
  const last = stem.charCodeAt(stem.length - 1);
  if (
    stem.length > 4 &&
    last === stem.charCodeAt(stem.length - 2) &&
    "lnt".includes(stem.at(-1) ?? "")
  ) {
    stem = stem.slice(0, -1);
  }
  return stem.length > 4 ? feminineToMasculine(stem) : stem;
}

/**
 * Feminine endings whose masculine is no plain "-e" away, on a stem already without its
 * "-s" and "-e": "sportiv" (sportive) → "sportif", "heureus" (heureuse) and "heureu"
 * (heureux) → "heureu", "vendeur"/"vendeus" → "vendeu", "directric" → "directeu",
 * "publiqu" → "public", "longu" → "long".
 */
function feminineToMasculine(stem: string): string {
  if (stem.endsWith("iv")) return `${stem.slice(0, -1)}f`;
  if (stem.endsWith("eus") || stem.endsWith("eur")) return stem.slice(0, -1);
  if (stem.endsWith("tric")) return `${stem.slice(0, -3)}eu`;
  if (stem.endsWith("iqu")) return `${stem.slice(0, -2)}c`;
  if (stem.endsWith("ngu")) return stem.slice(0, -1);
  return stem;
}

/** Vowels by char code (ASCII, Latin-1 accents, œ, æ): a table lookup, no string per letter. */
const VOWEL_CODES = new Uint8Array(0x154);
for (const vowel of "aeiouyàâäéèêëîïôöùûüÿœæ") VOWEL_CODES[vowel.charCodeAt(0)] = 1;

function isVowelCode(code: number): boolean {
  return code < 0x154 && VOWEL_CODES[code] === 1;
}

/** Lowercase letters of French words (ASCII and Latin-1 accents, œ, æ); the rest is punctuation. */
function isLetterCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 0xe0 && code <= 0xff && code !== 0xf7) || code === 0x153
  );
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/**
 * Syllables of a lowercase French word, as spoken: groups of vowels, less a mute final
 * `-e` or `-es` after a consonant ("France" 1, "grandes" 1, "le" 1), and a mute verb
 * ending `-ent` after two consonants ("restent" 1; "moment", "souvent" keep theirs).
 * Punctuation around the word is ignored; an apostrophe joins ("qu'il" 1). A token
 * without a vowel ("2024", "X") counts as one.
 */
export function countSyllables(word: string): number {
  let end = word.length;
  while (end > 0 && !isLetterCode(word.charCodeAt(end - 1))) end -= 1;
  let groups = 0;
  let inGroup = false;
  for (let index = 0; index < end; index += 1) {
    const code = word.charCodeAt(index);
    if (code === APOSTROPHE || code === RIGHT_QUOTE) continue;
    const vowel = isVowelCode(code);
    if (vowel && !inGroup) groups += 1;
    inGroup = vowel;
  }
  if (groups <= 1) return 1;
  const last = word.charCodeAt(end - 1);
  const beforeLast = word.charCodeAt(end - 2);
  const e = 0x65;
  // Mute final -e / -es after a consonant.
  if (last === e) return isVowelCode(beforeLast) ? groups : groups - 1;
  if (last === 0x73) {
    return beforeLast === e && !isVowelCode(word.charCodeAt(end - 3)) ? groups - 1 : groups;
  }
  // Mute verb ending -ent after two consonants, but not the -ment of nouns and adverbs.
  if (
    end > 5 &&
    last === 0x74 &&
    beforeLast === 0x6e &&
    word.charCodeAt(end - 3) === e &&
    word.charCodeAt(end - 4) !== 0x6d &&
    !isVowelCode(word.charCodeAt(end - 4)) &&
    !isVowelCode(word.charCodeAt(end - 5))
  ) {
    return groups - 1;
  }
  return groups;
}
