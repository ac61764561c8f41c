/**
 * Small pieces of French text handling the readability and keyphrase rules share:
 * accent folding, a syllable counter, a light stemmer and function words. Each is a plain
 * loop or one regex over a whole text, never a regex per word: rules run on every answer.
 */
// @ts-nocheck


/** Accented lowercase letters of French and their neighbours, folded without Unicode normalisation. */function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
const FOLDED_LETTER: Readonly<Record<string, string>> = stryMutAct_9fa48("728") ? {} : (stryCov_9fa48("728"), {
  à: stryMutAct_9fa48("729") ? "" : (stryCov_9fa48("729"), "a"),
  á: stryMutAct_9fa48("730") ? "" : (stryCov_9fa48("730"), "a"),
  â: stryMutAct_9fa48("731") ? "" : (stryCov_9fa48("731"), "a"),
  ã: stryMutAct_9fa48("732") ? "" : (stryCov_9fa48("732"), "a"),
  ä: stryMutAct_9fa48("733") ? "" : (stryCov_9fa48("733"), "a"),
  å: stryMutAct_9fa48("734") ? "" : (stryCov_9fa48("734"), "a"),
  æ: stryMutAct_9fa48("735") ? "" : (stryCov_9fa48("735"), "ae"),
  ç: stryMutAct_9fa48("736") ? "" : (stryCov_9fa48("736"), "c"),
  è: stryMutAct_9fa48("737") ? "" : (stryCov_9fa48("737"), "e"),
  é: stryMutAct_9fa48("738") ? "" : (stryCov_9fa48("738"), "e"),
  ê: stryMutAct_9fa48("739") ? "" : (stryCov_9fa48("739"), "e"),
  ë: stryMutAct_9fa48("740") ? "" : (stryCov_9fa48("740"), "e"),
  ì: stryMutAct_9fa48("741") ? "" : (stryCov_9fa48("741"), "i"),
  í: stryMutAct_9fa48("742") ? "" : (stryCov_9fa48("742"), "i"),
  î: stryMutAct_9fa48("743") ? "" : (stryCov_9fa48("743"), "i"),
  ï: stryMutAct_9fa48("744") ? "" : (stryCov_9fa48("744"), "i"),
  ñ: stryMutAct_9fa48("745") ? "" : (stryCov_9fa48("745"), "n"),
  ò: stryMutAct_9fa48("746") ? "" : (stryCov_9fa48("746"), "o"),
  ó: stryMutAct_9fa48("747") ? "" : (stryCov_9fa48("747"), "o"),
  ô: stryMutAct_9fa48("748") ? "" : (stryCov_9fa48("748"), "o"),
  õ: stryMutAct_9fa48("749") ? "" : (stryCov_9fa48("749"), "o"),
  ö: stryMutAct_9fa48("750") ? "" : (stryCov_9fa48("750"), "o"),
  ù: stryMutAct_9fa48("751") ? "" : (stryCov_9fa48("751"), "u"),
  ú: stryMutAct_9fa48("752") ? "" : (stryCov_9fa48("752"), "u"),
  û: stryMutAct_9fa48("753") ? "" : (stryCov_9fa48("753"), "u"),
  ü: stryMutAct_9fa48("754") ? "" : (stryCov_9fa48("754"), "u"),
  ý: stryMutAct_9fa48("755") ? "" : (stryCov_9fa48("755"), "y"),
  ÿ: stryMutAct_9fa48("756") ? "" : (stryCov_9fa48("756"), "y"),
  œ: stryMutAct_9fa48("757") ? "" : (stryCov_9fa48("757"), "oe")
});
const LATIN_ACCENTED = stryMutAct_9fa48("758") ? /[^à-åæçè-ïñò-öù-üýÿœ]/gu : (stryCov_9fa48("758"), /[à-åæçè-ïñò-öù-üýÿœ]/gu);
/** Latin letters beyond Latin-1, or combining marks: rare, folded the slow, general way. */
const OTHER_ACCENTED = stryMutAct_9fa48("760") ? /[\u0100-\u024f]|\P{M}/u : stryMutAct_9fa48("759") ? /[^\u0100-\u024f]|\p{M}/u : (stryCov_9fa48("759", "760"), /[\u0100-\u024f]|\p{M}/u);
const MARKS = stryMutAct_9fa48("761") ? /\P{M}/gu : (stryCov_9fa48("761"), /\p{M}/gu);

/** Lowercase, accents removed, œ → oe: "Économie" and "economie" compare equal. */
export function foldAccents(text: string): string {
  if (stryMutAct_9fa48("762")) {
    {}
  } else {
    stryCov_9fa48("762");
    const folded = stryMutAct_9fa48("763") ? text.toUpperCase().replace(LATIN_ACCENTED, letter => FOLDED_LETTER[letter] ?? letter) : (stryCov_9fa48("763"), text.toLowerCase().replace(LATIN_ACCENTED, stryMutAct_9fa48("764") ? () => undefined : (stryCov_9fa48("764"), letter => stryMutAct_9fa48("765") ? FOLDED_LETTER[letter] && letter : (stryCov_9fa48("765"), FOLDED_LETTER[letter] ?? letter))));
    return OTHER_ACCENTED.test(folded) ? folded.normalize(stryMutAct_9fa48("766") ? "" : (stryCov_9fa48("766"), "NFD")).replace(MARKS, stryMutAct_9fa48("767") ? "Stryker was here!" : (stryCov_9fa48("767"), "")) : folded;
  }
}
const FOLDED_WORD = stryMutAct_9fa48("769") ? /[^a-z0-9]+/gu : stryMutAct_9fa48("768") ? /[a-z0-9]/gu : (stryCov_9fa48("768", "769"), /[a-z0-9]+/gu);

/** Folded words of a text: "L'Intelligence Artificielle" → ["l", "intelligence", "artificielle"]. */
export function foldedWordsOf(text: string): string[] {
  if (stryMutAct_9fa48("770")) {
    {}
  } else {
    stryCov_9fa48("770");
    return stryMutAct_9fa48("771") ? foldAccents(text).match(FOLDED_WORD) && [] : (stryCov_9fa48("771"), foldAccents(text).match(FOLDED_WORD) ?? (stryMutAct_9fa48("772") ? ["Stryker was here"] : (stryCov_9fa48("772"), [])));
  }
}

/** French function words (articles, prepositions, conjunctions), folded; a keyphrase ignores them. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(stryMutAct_9fa48("773") ? [] : (stryCov_9fa48("773"), [stryMutAct_9fa48("774") ? "" : (stryCov_9fa48("774"), "a"), stryMutAct_9fa48("775") ? "" : (stryCov_9fa48("775"), "au"), stryMutAct_9fa48("776") ? "" : (stryCov_9fa48("776"), "aux"), stryMutAct_9fa48("777") ? "" : (stryCov_9fa48("777"), "avec"), stryMutAct_9fa48("778") ? "" : (stryCov_9fa48("778"), "ce"), stryMutAct_9fa48("779") ? "" : (stryCov_9fa48("779"), "ces"), stryMutAct_9fa48("780") ? "" : (stryCov_9fa48("780"), "cet"), stryMutAct_9fa48("781") ? "" : (stryCov_9fa48("781"), "cette"), stryMutAct_9fa48("782") ? "" : (stryCov_9fa48("782"), "d"), stryMutAct_9fa48("783") ? "" : (stryCov_9fa48("783"), "dans"), stryMutAct_9fa48("784") ? "" : (stryCov_9fa48("784"), "de"), stryMutAct_9fa48("785") ? "" : (stryCov_9fa48("785"), "des"), stryMutAct_9fa48("786") ? "" : (stryCov_9fa48("786"), "du"), stryMutAct_9fa48("787") ? "" : (stryCov_9fa48("787"), "en"), stryMutAct_9fa48("788") ? "" : (stryCov_9fa48("788"), "entre"), stryMutAct_9fa48("789") ? "" : (stryCov_9fa48("789"), "et"), stryMutAct_9fa48("790") ? "" : (stryCov_9fa48("790"), "l"), stryMutAct_9fa48("791") ? "" : (stryCov_9fa48("791"), "la"), stryMutAct_9fa48("792") ? "" : (stryCov_9fa48("792"), "le"), stryMutAct_9fa48("793") ? "" : (stryCov_9fa48("793"), "les"), stryMutAct_9fa48("794") ? "" : (stryCov_9fa48("794"), "leur"), stryMutAct_9fa48("795") ? "" : (stryCov_9fa48("795"), "leurs"), stryMutAct_9fa48("796") ? "" : (stryCov_9fa48("796"), "ou"), stryMutAct_9fa48("797") ? "" : (stryCov_9fa48("797"), "par"), stryMutAct_9fa48("798") ? "" : (stryCov_9fa48("798"), "pour"), stryMutAct_9fa48("799") ? "" : (stryCov_9fa48("799"), "qu"), stryMutAct_9fa48("800") ? "" : (stryCov_9fa48("800"), "que"), stryMutAct_9fa48("801") ? "" : (stryCov_9fa48("801"), "qui"), stryMutAct_9fa48("802") ? "" : (stryCov_9fa48("802"), "sa"), stryMutAct_9fa48("803") ? "" : (stryCov_9fa48("803"), "ses"), stryMutAct_9fa48("804") ? "" : (stryCov_9fa48("804"), "son"), stryMutAct_9fa48("805") ? "" : (stryCov_9fa48("805"), "sur"), stryMutAct_9fa48("806") ? "" : (stryCov_9fa48("806"), "un"), stryMutAct_9fa48("807") ? "" : (stryCov_9fa48("807"), "une")]));

/**
 * A light French stem so that word forms meet: plural and feminine endings go
 * ("artificielles" → "artificiel", "européennes" → "europeen", "nationaux" → "national").
 * Expects a folded word. Good enough for matching a keyphrase, not for linguistics.
 */
export function stemFrench(word: string): string {
  if (stryMutAct_9fa48("808")) {
    {}
  } else {
    stryCov_9fa48("808");
    let stem = word;
    if (stryMutAct_9fa48("811") ? stem.length > 4 || stem.endsWith("aux") : stryMutAct_9fa48("810") ? false : stryMutAct_9fa48("809") ? true : (stryCov_9fa48("809", "810", "811"), (stryMutAct_9fa48("814") ? stem.length <= 4 : stryMutAct_9fa48("813") ? stem.length >= 4 : stryMutAct_9fa48("812") ? true : (stryCov_9fa48("812", "813", "814"), stem.length > 4)) && (stryMutAct_9fa48("815") ? stem.startsWith("aux") : (stryCov_9fa48("815"), stem.endsWith(stryMutAct_9fa48("816") ? "" : (stryCov_9fa48("816"), "aux")))))) return stryMutAct_9fa48("817") ? `` : (stryCov_9fa48("817"), `${stryMutAct_9fa48("818") ? stem : (stryCov_9fa48("818"), stem.slice(0, stryMutAct_9fa48("819") ? +3 : (stryCov_9fa48("819"), -3)))}al`);
    if (stryMutAct_9fa48("822") ? stem.length > 3 || stem.endsWith("s") || stem.endsWith("x") : stryMutAct_9fa48("821") ? false : stryMutAct_9fa48("820") ? true : (stryCov_9fa48("820", "821", "822"), (stryMutAct_9fa48("825") ? stem.length <= 3 : stryMutAct_9fa48("824") ? stem.length >= 3 : stryMutAct_9fa48("823") ? true : (stryCov_9fa48("823", "824", "825"), stem.length > 3)) && (stryMutAct_9fa48("827") ? stem.endsWith("s") && stem.endsWith("x") : stryMutAct_9fa48("826") ? true : (stryCov_9fa48("826", "827"), (stryMutAct_9fa48("828") ? stem.startsWith("s") : (stryCov_9fa48("828"), stem.endsWith(stryMutAct_9fa48("829") ? "" : (stryCov_9fa48("829"), "s")))) || (stryMutAct_9fa48("830") ? stem.startsWith("x") : (stryCov_9fa48("830"), stem.endsWith(stryMutAct_9fa48("831") ? "" : (stryCov_9fa48("831"), "x")))))))) stem = stryMutAct_9fa48("832") ? stem : (stryCov_9fa48("832"), stem.slice(0, stryMutAct_9fa48("833") ? +1 : (stryCov_9fa48("833"), -1)));
    if (stryMutAct_9fa48("836") ? stem.length > 3 || stem.endsWith("e") : stryMutAct_9fa48("835") ? false : stryMutAct_9fa48("834") ? true : (stryCov_9fa48("834", "835", "836"), (stryMutAct_9fa48("839") ? stem.length <= 3 : stryMutAct_9fa48("838") ? stem.length >= 3 : stryMutAct_9fa48("837") ? true : (stryCov_9fa48("837", "838", "839"), stem.length > 3)) && (stryMutAct_9fa48("840") ? stem.startsWith("e") : (stryCov_9fa48("840"), stem.endsWith(stryMutAct_9fa48("841") ? "" : (stryCov_9fa48("841"), "e")))))) stem = stryMutAct_9fa48("842") ? stem : (stryCov_9fa48("842"), stem.slice(0, stryMutAct_9fa48("843") ? +1 : (stryCov_9fa48("843"), -1)));
    // "artificiell" (from "artificielle") → "artificiel", "europeenn" → "europeen".
    const last = stem.charCodeAt(stryMutAct_9fa48("844") ? stem.length + 1 : (stryCov_9fa48("844"), stem.length - 1));
    if (stryMutAct_9fa48("847") ? stem.length > 4 && last === stem.charCodeAt(stem.length - 2) || "lnt".includes(stem.at(-1) ?? "") : stryMutAct_9fa48("846") ? false : stryMutAct_9fa48("845") ? true : (stryCov_9fa48("845", "846", "847"), (stryMutAct_9fa48("849") ? stem.length > 4 || last === stem.charCodeAt(stem.length - 2) : stryMutAct_9fa48("848") ? true : (stryCov_9fa48("848", "849"), (stryMutAct_9fa48("852") ? stem.length <= 4 : stryMutAct_9fa48("851") ? stem.length >= 4 : stryMutAct_9fa48("850") ? true : (stryCov_9fa48("850", "851", "852"), stem.length > 4)) && (stryMutAct_9fa48("854") ? last !== stem.charCodeAt(stem.length - 2) : stryMutAct_9fa48("853") ? true : (stryCov_9fa48("853", "854"), last === stem.charCodeAt(stryMutAct_9fa48("855") ? stem.length + 2 : (stryCov_9fa48("855"), stem.length - 2)))))) && (stryMutAct_9fa48("856") ? "" : (stryCov_9fa48("856"), "lnt")).includes(stryMutAct_9fa48("857") ? stem.at(-1) && "" : (stryCov_9fa48("857"), stem.at(stryMutAct_9fa48("858") ? +1 : (stryCov_9fa48("858"), -1)) ?? (stryMutAct_9fa48("859") ? "Stryker was here!" : (stryCov_9fa48("859"), "")))))) {
      if (stryMutAct_9fa48("860")) {
        {}
      } else {
        stryCov_9fa48("860");
        stem = stryMutAct_9fa48("861") ? stem : (stryCov_9fa48("861"), stem.slice(0, stryMutAct_9fa48("862") ? +1 : (stryCov_9fa48("862"), -1)));
      }
    }
    return stem;
  }
}

/** Vowels by char code (ASCII, Latin-1 accents, œ, æ): a table lookup, no string per letter. */
const VOWEL_CODES = new Uint8Array(0x154);
for (const vowel of stryMutAct_9fa48("863") ? "" : (stryCov_9fa48("863"), "aeiouyàâäéèêëîïôöùûüÿœæ")) VOWEL_CODES[vowel.charCodeAt(0)] = 1;
function isVowelCode(code: number): boolean {
  if (stryMutAct_9fa48("864")) {
    {}
  } else {
    stryCov_9fa48("864");
    return stryMutAct_9fa48("867") ? code < 0x154 || VOWEL_CODES[code] === 1 : stryMutAct_9fa48("866") ? false : stryMutAct_9fa48("865") ? true : (stryCov_9fa48("865", "866", "867"), (stryMutAct_9fa48("870") ? code >= 0x154 : stryMutAct_9fa48("869") ? code <= 0x154 : stryMutAct_9fa48("868") ? true : (stryCov_9fa48("868", "869", "870"), code < 0x154)) && (stryMutAct_9fa48("872") ? VOWEL_CODES[code] !== 1 : stryMutAct_9fa48("871") ? true : (stryCov_9fa48("871", "872"), VOWEL_CODES[code] === 1)));
  }
}

/** Lowercase letters of French words (ASCII and Latin-1 accents, œ, æ); the rest is punctuation. */
function isLetterCode(code: number): boolean {
  if (stryMutAct_9fa48("873")) {
    {}
  } else {
    stryCov_9fa48("873");
    return stryMutAct_9fa48("876") ? (code >= 97 && code <= 122 || code >= 0xe0 && code <= 0xff && code !== 0xf7) && code === 0x153 : stryMutAct_9fa48("875") ? false : stryMutAct_9fa48("874") ? true : (stryCov_9fa48("874", "875", "876"), (stryMutAct_9fa48("878") ? code >= 97 && code <= 122 && code >= 0xe0 && code <= 0xff && code !== 0xf7 : stryMutAct_9fa48("877") ? false : (stryCov_9fa48("877", "878"), (stryMutAct_9fa48("880") ? code >= 97 || code <= 122 : stryMutAct_9fa48("879") ? false : (stryCov_9fa48("879", "880"), (stryMutAct_9fa48("883") ? code < 97 : stryMutAct_9fa48("882") ? code > 97 : stryMutAct_9fa48("881") ? true : (stryCov_9fa48("881", "882", "883"), code >= 97)) && (stryMutAct_9fa48("886") ? code > 122 : stryMutAct_9fa48("885") ? code < 122 : stryMutAct_9fa48("884") ? true : (stryCov_9fa48("884", "885", "886"), code <= 122)))) || (stryMutAct_9fa48("888") ? code >= 0xe0 && code <= 0xff || code !== 0xf7 : stryMutAct_9fa48("887") ? false : (stryCov_9fa48("887", "888"), (stryMutAct_9fa48("890") ? code >= 0xe0 || code <= 0xff : stryMutAct_9fa48("889") ? true : (stryCov_9fa48("889", "890"), (stryMutAct_9fa48("893") ? code < 0xe0 : stryMutAct_9fa48("892") ? code > 0xe0 : stryMutAct_9fa48("891") ? true : (stryCov_9fa48("891", "892", "893"), code >= 0xe0)) && (stryMutAct_9fa48("896") ? code > 0xff : stryMutAct_9fa48("895") ? code < 0xff : stryMutAct_9fa48("894") ? true : (stryCov_9fa48("894", "895", "896"), code <= 0xff)))) && (stryMutAct_9fa48("898") ? code === 0xf7 : stryMutAct_9fa48("897") ? true : (stryCov_9fa48("897", "898"), code !== 0xf7)))))) || (stryMutAct_9fa48("900") ? code !== 0x153 : stryMutAct_9fa48("899") ? false : (stryCov_9fa48("899", "900"), code === 0x153)));
  }
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
  if (stryMutAct_9fa48("901")) {
    {}
  } else {
    stryCov_9fa48("901");
    let end = word.length;
    while (stryMutAct_9fa48("903") ? end > 0 || !isLetterCode(word.charCodeAt(end - 1)) : stryMutAct_9fa48("902") ? false : (stryCov_9fa48("902", "903"), (stryMutAct_9fa48("906") ? end <= 0 : stryMutAct_9fa48("905") ? end >= 0 : stryMutAct_9fa48("904") ? true : (stryCov_9fa48("904", "905", "906"), end > 0)) && (stryMutAct_9fa48("907") ? isLetterCode(word.charCodeAt(end - 1)) : (stryCov_9fa48("907"), !isLetterCode(word.charCodeAt(stryMutAct_9fa48("908") ? end + 1 : (stryCov_9fa48("908"), end - 1))))))) stryMutAct_9fa48("909") ? end += 1 : (stryCov_9fa48("909"), end -= 1);
    let groups = 0;
    let inGroup = stryMutAct_9fa48("910") ? true : (stryCov_9fa48("910"), false);
    for (let index = 0; stryMutAct_9fa48("913") ? index >= end : stryMutAct_9fa48("912") ? index <= end : stryMutAct_9fa48("911") ? false : (stryCov_9fa48("911", "912", "913"), index < end); stryMutAct_9fa48("914") ? index -= 1 : (stryCov_9fa48("914"), index += 1)) {
      if (stryMutAct_9fa48("915")) {
        {}
      } else {
        stryCov_9fa48("915");
        const code = word.charCodeAt(index);
        if (stryMutAct_9fa48("918") ? code === APOSTROPHE && code === RIGHT_QUOTE : stryMutAct_9fa48("917") ? false : stryMutAct_9fa48("916") ? true : (stryCov_9fa48("916", "917", "918"), (stryMutAct_9fa48("920") ? code !== APOSTROPHE : stryMutAct_9fa48("919") ? false : (stryCov_9fa48("919", "920"), code === APOSTROPHE)) || (stryMutAct_9fa48("922") ? code !== RIGHT_QUOTE : stryMutAct_9fa48("921") ? false : (stryCov_9fa48("921", "922"), code === RIGHT_QUOTE)))) continue;
        const vowel = isVowelCode(code);
        if (stryMutAct_9fa48("925") ? vowel || !inGroup : stryMutAct_9fa48("924") ? false : stryMutAct_9fa48("923") ? true : (stryCov_9fa48("923", "924", "925"), vowel && (stryMutAct_9fa48("926") ? inGroup : (stryCov_9fa48("926"), !inGroup)))) stryMutAct_9fa48("927") ? groups -= 1 : (stryCov_9fa48("927"), groups += 1);
        inGroup = vowel;
      }
    }
    if (stryMutAct_9fa48("931") ? groups > 1 : stryMutAct_9fa48("930") ? groups < 1 : stryMutAct_9fa48("929") ? false : stryMutAct_9fa48("928") ? true : (stryCov_9fa48("928", "929", "930", "931"), groups <= 1)) return 1;
    const last = word.charCodeAt(stryMutAct_9fa48("932") ? end + 1 : (stryCov_9fa48("932"), end - 1));
    const beforeLast = word.charCodeAt(stryMutAct_9fa48("933") ? end + 2 : (stryCov_9fa48("933"), end - 2));
    const e = 0x65;
    // Mute final -e / -es after a consonant.
    if (stryMutAct_9fa48("936") ? last !== e : stryMutAct_9fa48("935") ? false : stryMutAct_9fa48("934") ? true : (stryCov_9fa48("934", "935", "936"), last === e)) return isVowelCode(beforeLast) ? groups : stryMutAct_9fa48("937") ? groups + 1 : (stryCov_9fa48("937"), groups - 1);
    if (stryMutAct_9fa48("940") ? last !== 0x73 : stryMutAct_9fa48("939") ? false : stryMutAct_9fa48("938") ? true : (stryCov_9fa48("938", "939", "940"), last === 0x73)) {
      if (stryMutAct_9fa48("941")) {
        {}
      } else {
        stryCov_9fa48("941");
        return (stryMutAct_9fa48("944") ? beforeLast === e || !isVowelCode(word.charCodeAt(end - 3)) : stryMutAct_9fa48("943") ? false : stryMutAct_9fa48("942") ? true : (stryCov_9fa48("942", "943", "944"), (stryMutAct_9fa48("946") ? beforeLast !== e : stryMutAct_9fa48("945") ? true : (stryCov_9fa48("945", "946"), beforeLast === e)) && (stryMutAct_9fa48("947") ? isVowelCode(word.charCodeAt(end - 3)) : (stryCov_9fa48("947"), !isVowelCode(word.charCodeAt(stryMutAct_9fa48("948") ? end + 3 : (stryCov_9fa48("948"), end - 3))))))) ? stryMutAct_9fa48("949") ? groups + 1 : (stryCov_9fa48("949"), groups - 1) : groups;
      }
    }
    // Mute verb ending -ent after two consonants, but not the -ment of nouns and adverbs.
    if (stryMutAct_9fa48("952") ? end > 5 && last === 0x74 && beforeLast === 0x6e && word.charCodeAt(end - 3) === e && word.charCodeAt(end - 4) !== 0x6d && !isVowelCode(word.charCodeAt(end - 4)) || !isVowelCode(word.charCodeAt(end - 5)) : stryMutAct_9fa48("951") ? false : stryMutAct_9fa48("950") ? true : (stryCov_9fa48("950", "951", "952"), (stryMutAct_9fa48("954") ? end > 5 && last === 0x74 && beforeLast === 0x6e && word.charCodeAt(end - 3) === e && word.charCodeAt(end - 4) !== 0x6d || !isVowelCode(word.charCodeAt(end - 4)) : stryMutAct_9fa48("953") ? true : (stryCov_9fa48("953", "954"), (stryMutAct_9fa48("956") ? end > 5 && last === 0x74 && beforeLast === 0x6e && word.charCodeAt(end - 3) === e || word.charCodeAt(end - 4) !== 0x6d : stryMutAct_9fa48("955") ? true : (stryCov_9fa48("955", "956"), (stryMutAct_9fa48("958") ? end > 5 && last === 0x74 && beforeLast === 0x6e || word.charCodeAt(end - 3) === e : stryMutAct_9fa48("957") ? true : (stryCov_9fa48("957", "958"), (stryMutAct_9fa48("960") ? end > 5 && last === 0x74 || beforeLast === 0x6e : stryMutAct_9fa48("959") ? true : (stryCov_9fa48("959", "960"), (stryMutAct_9fa48("962") ? end > 5 || last === 0x74 : stryMutAct_9fa48("961") ? true : (stryCov_9fa48("961", "962"), (stryMutAct_9fa48("965") ? end <= 5 : stryMutAct_9fa48("964") ? end >= 5 : stryMutAct_9fa48("963") ? true : (stryCov_9fa48("963", "964", "965"), end > 5)) && (stryMutAct_9fa48("967") ? last !== 0x74 : stryMutAct_9fa48("966") ? true : (stryCov_9fa48("966", "967"), last === 0x74)))) && (stryMutAct_9fa48("969") ? beforeLast !== 0x6e : stryMutAct_9fa48("968") ? true : (stryCov_9fa48("968", "969"), beforeLast === 0x6e)))) && (stryMutAct_9fa48("971") ? word.charCodeAt(end - 3) !== e : stryMutAct_9fa48("970") ? true : (stryCov_9fa48("970", "971"), word.charCodeAt(stryMutAct_9fa48("972") ? end + 3 : (stryCov_9fa48("972"), end - 3)) === e)))) && (stryMutAct_9fa48("974") ? word.charCodeAt(end - 4) === 0x6d : stryMutAct_9fa48("973") ? true : (stryCov_9fa48("973", "974"), word.charCodeAt(stryMutAct_9fa48("975") ? end + 4 : (stryCov_9fa48("975"), end - 4)) !== 0x6d)))) && (stryMutAct_9fa48("976") ? isVowelCode(word.charCodeAt(end - 4)) : (stryCov_9fa48("976"), !isVowelCode(word.charCodeAt(stryMutAct_9fa48("977") ? end + 4 : (stryCov_9fa48("977"), end - 4))))))) && (stryMutAct_9fa48("978") ? isVowelCode(word.charCodeAt(end - 5)) : (stryCov_9fa48("978"), !isVowelCode(word.charCodeAt(stryMutAct_9fa48("979") ? end + 5 : (stryCov_9fa48("979"), end - 5))))))) {
      if (stryMutAct_9fa48("980")) {
        {}
      } else {
        stryCov_9fa48("980");
        return stryMutAct_9fa48("981") ? groups + 1 : (stryCov_9fa48("981"), groups - 1);
      }
    }
    return groups;
  }
}