/**
 * The French passive: a form of « être » (« a été » included) followed, at most two
 * adverbs apart, by a past participle that agrees in number with it — « a été décidée »,
 * « sont financés par », « seront construites », « n'ont pas encore été votées ».
 *
 * Not passive:
 * - the compound tenses of the verbs conjugated with « être » (movement and state):
 *   « est arrivé », « sont partis », « est devenue », « est mort » (`ETRE_VERBS`);
 * - pronominal verbs: « s'est engagé », « se sont réunies », « nous nous sommes vus »;
 * - a word that ends like a participle but is a noun or an adjective (« est une société »
 *   stops at « une »; « est ici », « est prêt »: only listed or regular participles count).
 *
 * « est fermé le lundi » reads as a state or as an action; a sentence alone cannot tell,
 * and we count it as passive: « fermé » is the participle of a transitive verb, whatever
 * follows. Yoast reads it so too, which keeps our share next to the one a writer sees in
 * WordPress. Adjectives that are only adjectives are left out by the participle test.
 */

/** Forms of « être » that make a passive with the number of their subject. */
const SINGULAR_ETRE = new Set([
  "est",
  "était",
  "sera",
  "serait",
  "fut",
  "fût",
  "soit",
  "es",
  "suis",
  "étais",
  "serai",
  "seras",
  "serais",
  "fus",
  "sois",
]);
const PLURAL_ETRE = new Set([
  "sont",
  "étaient",
  "seront",
  "seraient",
  "furent",
  "soient",
  "sommes",
  "êtes",
  "étions",
  "étiez",
  "serons",
  "serez",
  "serions",
  "seriez",
  "fûmes",
  "fûtes",
  "soyons",
  "soyez",
]);
/** Forms that say nothing of number: the infinitive and the present participle. */
const ANY_ETRE = new Set(["être", "étant"]);
/** « avoir » before « été »: « a été » singular, « ont été » plural. */
const SINGULAR_AVOIR = new Set(["a", "avait", "aura", "aurait", "ait", "eut", "eût", "ai", "as"]);
const PLURAL_AVOIR = new Set([
  "ont",
  "avaient",
  "auront",
  "auraient",
  "aient",
  "eurent",
  "avons",
  "avez",
]);

/** Reflexive pronouns before « être »: a pronominal verb, active. */
const REFLEXIVE = new Set(["se", "s", "me", "m", "te"]);

/** Adverbs that may stand between « être » and the participle: « ne sont pas encore financés ». */
const INSERTED_ADVERBS = new Set([
  "pas",
  "plus",
  "jamais",
  "guère",
  "point",
  "déjà",
  "toujours",
  "encore",
  "souvent",
  "bien",
  "mal",
  "également",
  "aussi",
  "parfois",
  "désormais",
  "peu",
  "beaucoup",
  "ainsi",
  "alors",
  "donc",
  "enfin",
  "ensuite",
  "tous",
  "toutes",
  "tout",
  "vite",
  "trop",
  "même",
]);

/**
 * Masculine singular participles of the verbs whose active compound tenses take « être »
 * (movement and change of state), written for this project: « est arrivé » is active.
 */
const ETRE_VERBS = new Set([
  "allé",
  "venu",
  "devenu",
  "revenu",
  "redevenu",
  "parvenu",
  "intervenu",
  "survenu",
  "provenu",
  "advenu",
  "arrivé",
  "parti",
  "reparti",
  "entré",
  "rentré",
  "sorti",
  "ressorti",
  "monté",
  "remonté",
  "descendu",
  "redescendu",
  "né",
  "mort",
  "décédé",
  "tombé",
  "retombé",
  "resté",
  "retourné",
  "passé",
  "repassé",
  "apparu",
  "disparu",
  "paru",
  "demeuré",
  "accouru",
  "éclos",
]);

/** Participles that keep their "-s" in the masculine singular: « il est pris », « ils sont pris ». */
const S_FINAL = new Set([
  "pris",
  "appris",
  "compris",
  "repris",
  "surpris",
  "entrepris",
  "mis",
  "admis",
  "commis",
  "permis",
  "promis",
  "soumis",
  "transmis",
  "remis",
  "omis",
  "émis",
  "compromis",
  "acquis",
  "conquis",
  "requis",
  "assis",
  "clos",
  "inclus",
  "exclus",
  "dissous",
  "absous",
]);

/** Irregular participles, masculine singular. */
const IRREGULAR = new Set([
  ...S_FINAL,
  "fait",
  "refait",
  "défait",
  "satisfait",
  "dit",
  "interdit",
  "prédit",
  "contredit",
  "maudit",
  "écrit",
  "décrit",
  "inscrit",
  "prescrit",
  "proscrit",
  "souscrit",
  "transcrit",
  "construit",
  "reconstruit",
  "détruit",
  "produit",
  "reproduit",
  "réduit",
  "conduit",
  "reconduit",
  "introduit",
  "traduit",
  "instruit",
  "séduit",
  "induit",
  "cuit",
  "ouvert",
  "rouvert",
  "couvert",
  "recouvert",
  "découvert",
  "offert",
  "souffert",
  "atteint",
  "peint",
  "craint",
  "contraint",
  "joint",
  "rejoint",
  "éteint",
  "plaint",
  "restreint",
  "astreint",
  "feint",
  "teint",
  "exclu",
  "inclu",
  "vu",
  "revu",
  "prévu",
  "entrevu",
  "pourvu",
  "lu",
  "relu",
  "élu",
  "réélu",
  "bu",
  "cru",
  "su",
  "dû",
  "voulu",
  "résolu",
  "battu",
  "abattu",
  "combattu",
  "débattu",
  "rompu",
  "interrompu",
  "corrompu",
  "vaincu",
  "convaincu",
  "cousu",
  "moulu",
  "reçu",
  "conçu",
  "perçu",
  "déçu",
  "aperçu",
  "tenu",
  "obtenu",
  "retenu",
  "maintenu",
  "soutenu",
  "détenu",
  "contenu",
  "entretenu",
  "prévenu",
  "convenu",
  "appartenu",
  "connu",
  "reconnu",
  "méconnu",
  // Second group and a few third-group "-i" participles; other "-i" words (« ici »,
  // « joli », « aussi ») are no participles.
  "fini",
  "choisi",
  "établi",
  "rétabli",
  "réuni",
  "uni",
  "investi",
  "saisi",
  "bâti",
  "garanti",
  "réparti",
  "enrichi",
  "fourni",
  "puni",
  "trahi",
  "défini",
  "élargi",
  "accompli",
  "affaibli",
  "agrandi",
  "aboli",
  "accueilli",
  "cueilli",
  "recueilli",
  "assailli",
  "servi",
  "desservi",
  "suivi",
  "poursuivi",
  "rempli",
  "franchi",
  "démoli",
  "nourri",
  "guéri",
  "subi",
  "ralenti",
  "ressenti",
  "senti",
  "démenti",
  "converti",
  "averti",
  "approfondi",
  "applaudi",
  "éclairci",
  "anéanti",
  "envahi",
  "réussi",
  "enfoui",
  "muni",
  "pourri",
  "durci",
  "assoupli",
  "consenti",
  "haï",
]);

/** Regular "-é" words that are nouns or adjectives, not participles, after « être ». */
const NOT_PARTICIPLES = new Set([
  "été",
  "côté",
  "santé",
  "café",
  "clé",
  "thé",
  "bébé",
  "comité",
  "marché",
  "degré",
  "gré",
  "pré",
  "blé",
  "résumé",
  "fossé",
  "canapé",
  "musé",
  "lycé",
  "trophé",
]);

/**
 * "-ité" words are nearly all nouns (« société », « priorité », « réalité »): only these
 * are participles.
 */
const ITE_PARTICIPLES = new Set([
  "cité",
  "invité",
  "limité",
  "visité",
  "habité",
  "évité",
  "édité",
  "hérité",
  "imité",
  "mérité",
  "excité",
  "sollicité",
  "suscité",
  "précipité",
  "facilité",
  "débité",
  "crédité",
  "récité",
  "agité",
  "médité",
]);

/** What a participle says of its number: "s" plural, "1" singular, "?" either (« pris »). */
type NumberMark = "s" | "1" | "?";

/**
 * The masculine singular of a word that may be an agreeing past participle, and the
 * number its ending shows: « décidées » → ["décidé", "s"], « prise » → ["pris", "1"].
 */
function participleBase(word: string): [string, NumberMark] | undefined {
  if (S_FINAL.has(word)) return [word, "?"];
  let base = word;
  let mark: NumberMark = "1";
  if (base.endsWith("s") || base.endsWith("x")) {
    base = base.slice(0, -1);
    mark = "s";
  }
  if (base.length > 2 && base.endsWith("e") && !base.endsWith("ée")) base = base.slice(0, -1);
  else if (base.endsWith("ée")) base = base.slice(0, -1);
  return base.length >= 2 ? [base, mark] : undefined;
}

function isParticiple(base: string): boolean {
  if (ETRE_VERBS.has(base)) return false;
  if (IRREGULAR.has(base)) return true;
  // « vendu », « rendu », « perdu », « attendu », « répandu »: the "-re" verbs in "-dre".
  if (base.length >= 5 && (base.endsWith("ndu") || base.endsWith("rdu"))) return true;
  if (base.length < 3 || !base.endsWith("é") || NOT_PARTICIPLES.has(base)) return false;
  return !base.endsWith("ité") || ITE_PARTICIPLES.has(base);
}

/** The number « être » gives its participle at `at`, or undefined when the word is no « être ». */
function etreNumber(words: readonly string[], at: number): NumberMark | undefined {
  const word = words[at] ?? "";
  if (SINGULAR_ETRE.has(word)) return "1";
  if (PLURAL_ETRE.has(word)) return "s";
  if (ANY_ETRE.has(word)) return "?";
  if (word !== "été") return undefined;
  // « a été », « n'ont pas été », « a-t-il été »: the « avoir » a few words before.
  for (let back = at - 1; back >= Math.max(0, at - 4); back -= 1) {
    const before = words[back] ?? "";
    if (SINGULAR_AVOIR.has(before)) return "1";
    if (PLURAL_AVOIR.has(before)) return "s";
  }
  return "?";
}

function isPronominal(words: readonly string[], at: number): boolean {
  const before = words[at - 1] ?? "";
  if (REFLEXIVE.has(before)) return true;
  // « nous nous sommes », « vous vous êtes »; « ne se sont pas » is caught above.
  return (before === "nous" || before === "vous") && words[at - 2] === before;
}

/** Lowercase words of a sentence, accents kept (they tell « décidé » from « decide »). */
const WORD = /\p{L}+/gu;

/**
 * A form of « être » as a whole word: a sentence without one (most of them) is settled
 * by this one test, before it is split into words.
 */
const ETRE_FORM = new RegExp(
  `(?<!\\p{L})(?:${[...SINGULAR_ETRE, ...PLURAL_ETRE, ...ANY_ETRE, "été"].join("|")})(?!\\p{L})`,
  "iu",
);

/** Whether a French sentence holds a passive (see the module comment for what counts). */
export function isPassiveSentence(sentence: string): boolean {
  if (!ETRE_FORM.test(sentence)) return false;
  const words = sentence.toLowerCase().match(WORD);
  if (!words) return false;
  for (let at = 0; at < words.length; at += 1) {
    const number = etreNumber(words, at);
    if (number === undefined || isPronominal(words, at)) continue;
    for (let next = at + 1; next <= at + 3 && next < words.length; next += 1) {
      const word = words[next] ?? "";
      if (word === "été") break;
      const parsed = participleBase(word);
      if (parsed && isParticiple(parsed[0])) {
        const [, mark] = parsed;
        if (number === "?" || mark === "?" || mark === number) return true;
        break;
      }
      if (!INSERTED_ADVERBS.has(word) && !word.endsWith("ment")) break;
    }
  }
  return false;
}
