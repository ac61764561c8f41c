/**
 * Names in French prose without a named-entity model, for fidelity: an invented person
 * (« Son patron, Satya Nadella, avait salué l'accord ») is the worst error a news rewrite
 * can make, an invented publication or place a lesser one.
 *
 * How a name is found: a run of capitalised words (« Bruno Le Maire », « Banque de France »,
 * « Jean-Noël Barrot »), joined by the particles de, du, des, d', von, van, der, after an
 * elision (« d'Emmanuel Macron » reads « Emmanuel Macron »). A capital at a sentence start
 * proves nothing in French (« Pourtant », « Selon »): a run that opens a sentence loses its
 * first word unless that word is a known first name. All-capital acronyms (IA, UE, PDG) and
 * the world knowledge of WORLD below are never names to look up.
 *
 * How a person is told from the rest: a title or role just before the run (« M. », « Mme »,
 * « le ministre », « son patron, », « la présidente »), or a run of two words or more that
 * opens with a common first name. Anything else (« Financial Times », « Redmond ») is an
 * organisation, a publication or a place.
 */
export interface FoundName {
  /** The name as written, elision removed. */
  text: string;
  /** Offset of the name in the text. */
  index: number;
  kind: "person" | "other";
}

/** A capitalised word: an upper-case letter, then letters, hyphens and apostrophes inside. */
const WORD = "\\p{Lu}[\\p{L}\\p{M}]*(?:[-'’]\\p{Lu}?[\\p{L}\\p{M}]+)*";
const PARTICLE = "(?:de|du|des|d['’]|von|van|der|den|di|da|del|bin|ben|al-)";
const NAME_RUN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:[dlnsjmtcDLNSJMTC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’])?(${WORD}(?:\\s+(?:${PARTICLE}\\s*)?${WORD})*)`,
  "gu",
);

/** Where a sentence (or a quotation, a list item, a clause after a colon) starts. */
const OPENING = /(?:^|[.!?…:;]\s*[»"”)]?\s*|[«"“(\-–—]\s*|\n\s*)$/u;

/** Titles written before a name: « M. Mensch », « Mme Lagarde ». */
const TITLES = new Set(["M.", "MM.", "Mme", "Mmes", "Mlle", "Me", "Dr", "Dr.", "Pr", "Pr.", "Mgr"]);

/** Roles that name the person after them: « la ministre X », « son patron, X ». Folded. */
const ROLES = new Set(
  (
    "monsieur madame ministre president presidente patron patronne pdg ceo directeur " +
    "directrice dirigeant dirigeante fondateur fondatrice cofondateur cofondatrice " +
    "porte-parole depute deputee eurodepute eurodeputee senateur senatrice commissaire maire " +
    "secretaire economiste analyste chercheur chercheuse professeur professeure avocat " +
    "avocate juge ambassadeur ambassadrice journaliste chef cheffe responsable conseiller " +
    "conseillere elu elue entraineur entraineuse joueur joueuse capitaine auteur autrice " +
    "ecrivain ecrivaine homologue successeur predecesseur epouse epoux fils fille frere soeur"
  ).split(" "),
);

/** Words that may stand between a role and the name: « le directeur général de Mistral, ». */
const ROLE_QUALIFIERS = new Set(
  (
    "de du des la le les l' d' general generale adjoint adjointe delegue deleguee executif " +
    "executive financier financiere technique francais francaise americain americaine " +
    "europeen europeenne actuel actuelle ancien ancienne nouveau nouvelle"
  ).split(" "),
);

/**
 * Is the text just before a name a title or a role? Read backwards over at most six words:
 * a title right before it, or a role followed only by qualifiers, particles and capitalised
 * words (« le patron de Microsoft, Brad Smith »). A verb in between breaks it: in « le maire
 * a visité Carcassonne », Carcassonne is no person.
 */
function hasPersonCue(before: string): boolean {
  const words = before.trimEnd().split(/\s+/u).slice(-6);
  const last = (words.at(-1) ?? "").replace(/,$/u, "");
  if (TITLES.has(last)) return true;
  // « …a dit le porte-parole. Autrement dit » : a sentence ended in between.
  if (/[.!?;:»]$/u.test(words.at(-1) ?? "")) return false;
  for (let at = words.length - 1; at >= 0; at -= 1) {
    const word = words[at] ?? "";
    if (/[.!?;:»]$/u.test(word)) return false;
    const folded = foldName(word.replace(/[,()]/gu, ""));
    if (ROLES.has(folded)) return true;
    const elided = /^[ld]'\p{Lu}/u.test(word.replace(/’/gu, "'"));
    if (!ROLE_QUALIFIERS.has(folded) && !/^\p{Lu}/u.test(word) && !elided) return false;
  }
  return false;
}

/**
 * Common first names, folded (no accent, lower case): a run that opens with one is a
 * person's name, also at a sentence start. French names first, then the names news about
 * politics and technology cites most.
 */
const FIRST_NAMES = new Set(
  (
    "alain alexandre alexandra alexis alice amelie anne antoine arnaud arthur aurelie axel " +
    "benoit benjamin bernard bertrand brigitte bruno camille caroline catherine cecile cedric " +
    "celine charles charlotte chloe christian christine christophe claire clara claude clement " +
    "damien daniel david denis didier dominique edouard elisabeth elise elodie emilie emma " +
    "emmanuel eric erwan fabien fabrice florence florian francois francoise frederic gabriel " +
    "gael gerald gerard gilles guillaume helene henri herve hugo isabelle jacques jean jeanne " +
    "jerome jordan jose julie julien justine karim laura laurence laurent lea leo louis luc " +
    "lucas lucie manon marc marie marine martine mathieu matthieu maxime michel michele monique " +
    "nadia nathalie nicolas olivier pascal patrick paul philippe pierre rachid rachida raphael " +
    "regis remi romain sandrine sarah sebastien segolene simon sophie stephane sylvie thierry " +
    "thomas timothee valerie vincent virginie xavier yann yannick yves " +
    "andrew angela bill brad dario demis donald elon emmanuelle giorgia greg ilya james jeff " +
    "jensen joe john kamala keir kim larry leigh margrethe mark martin masayoshi michael mustafa " +
    "narendra olaf peter reid rishi robert sam satya sergey steve sundar tim ursula vladimir " +
    "volodymyr xi"
  ).split(" "),
);

/**
 * World knowledge a rewrite may name without the source: institutions, places and words a
 * French newsroom capitalises (« Bercy » for the ministry of Finance, « l'Élysée »), months
 * and days. Folded, as whole runs.
 */
const WORLD = new Set(
  (
    "bercy|matignon|elysee|l'elysee|quai d'orsay|beauvau|union europeenne|union|ue|europe|" +
    "commission europeenne|commission|parlement europeen|parlement|conseil europeen|conseil|" +
    "bruxelles|strasbourg|france|paris|etat|etats|l'etat|etats-unis|amerique|washington|" +
    "allemagne|berlin|royaume-uni|londres|chine|pekin|japon|inde|russie|italie|espagne|" +
    "alsace|bretagne|normandie|provence|corse|occitanie|aquitaine|bourgogne|auvergne|" +
    "ile-de-france|hauts-de-france|grand est|lorraine|savoie|outre-mer|marseille|lyon|" +
    "toulouse|nice|nantes|montpellier|bordeaux|lille|rennes|grenoble|toulon|dijon|" +
    "silicon valley|wall street|redmond|ai act|talon d'achille|achille|assemblee nationale|assemblee|senat|gouvernement|" +
    "republique|president de la republique|premier ministre|constitution|internet|web|" +
    "francais|francaise|europeens|europeennes|americains|allemands|chinois|occident|" +
    "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|" +
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|dieu|nord|sud|est|ouest"
  ).split("|"),
);

/**
 * Words and names already folded: findNames folds the same few hundred words (first names,
 * roles, the words before each capital) over and over, and NFD normalisation is its costliest
 * step. Short texts only, and emptied when full, so memory stays bounded on any site.
 */
const FOLDED_NAMES = new Map<string, string>();
const FOLDED_NAME_MAX_LENGTH = 80;
const FOLDED_NAMES_MAX = 20_000;

/** Case, accents, apostrophes and spaces folded, for comparing a name with the source. */
export function foldName(text: string): string {
  if (text.length > FOLDED_NAME_MAX_LENGTH) return foldNameNow(text);
  let folded = FOLDED_NAMES.get(text);
  if (folded === undefined) {
    folded = foldNameNow(text);
    // Stryker disable next-line all: a memory bound; emptying early only costs a recomputation
    if (FOLDED_NAMES.size >= FOLDED_NAMES_MAX) FOLDED_NAMES.clear();
    FOLDED_NAMES.set(text, folded);
  }
  return folded;
}

function foldNameNow(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’`´]/gu, "'")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'-]+/gu, " ")
    .trim();
}

/** IA, UE, PDG, CAC — and Roman numerals with their ordinal mark (XXIe, IIIe). */
function isAcronym(word: string): boolean {
  if (/^[IVXLCDM]+(?:e|er|ère|ème|ᵉ)?$/u.test(word)) return true;
  return word.length <= 6 && word === word.toUpperCase() && !/\p{Ll}/u.test(word);
}

function firstNameOf(word: string): string {
  return foldName(word).split("-")[0] ?? "";
}

/** The names of a text: runs of capitalised words, sentence openings and world knowledge aside. */
export function findNames(text: string): FoundName[] {
  const names: FoundName[] = [];
  for (const match of text.matchAll(NAME_RUN)) {
    const run = match[1] ?? "";
    let index = (match.index ?? 0) + match[0].length - run.length;
    let words = run.split(/\s+/u);
    const before = text.slice(Math.max(0, index - 60), index);
    const cued = hasPersonCue(before);
    // A sentence's first word is capitalised whatever it is: keep it only if it is a first
    // name, or follows a title (the full stop of « M. » ends no sentence).
    if (!cued && OPENING.test(before) && !FIRST_NAMES.has(firstNameOf(words[0] ?? ""))) {
      const rest = run.slice((words[0] ?? "").length).replace(/^\s+/u, "");
      index += run.length - rest.length;
      words = rest === "" ? [] : rest.split(/\s+/u);
      // « Selon de nombreux experts »: a particle left at the front is not a name.
      while (words.length > 0 && !/^\p{Lu}/u.test(words[0] ?? "")) {
        index += (words[0] ?? "").length;
        words.shift();
      }
    }
    if (words.length === 0) continue;
    const name = words.join(" ");
    if (words.length === 1 && isAcronym(name)) continue;
    if (WORLD.has(foldName(name))) continue;
    if (words.every((word) => WORLD.has(foldName(word)) || isAcronym(word))) continue;
    const person =
      cued ||
      hasPersonCue(text.slice(Math.max(0, index - 60), index)) ||
      (words.length >= 2 && FIRST_NAMES.has(firstNameOf(words[0] ?? "")));
    names.push({ text: name, index, kind: person ? "person" : "other" });
  }
  return names;
}

/** A folded text with a space at each end, so that a word is found only whole. */
export function foldedForNames(text: string): string {
  return ` ${foldName(text.replace(/(?<![\p{L}])(?:[dlnsjmtc]|qu|jusqu|lorsqu|puisqu)['’]/giu, " "))} `;
}

const PARTICLES = new Set([
  "de",
  "du",
  "des",
  "d'",
  "von",
  "van",
  "der",
  "den",
  "di",
  "da",
  "del",
  "bin",
  "ben",
  "al-",
]);

/**
 * Is the name in the source? The whole name, or (for a person) the surname alone: a rewrite
 * may give the full name where the source says « M. Mensch », or the surname where it gave
 * both. For anything else, every word of the name is in the source somewhere.
 */
export function isNameIn(name: FoundName, foldedSource: string): boolean {
  const folded = foldName(name.text);
  if (foldedSource.includes(` ${folded} `)) return true;
  const words = folded.split(" ").filter((word) => !PARTICLES.has(word));
  if (name.kind === "person") {
    const surname = words.at(-1) ?? "";
    return words.length > 1 && foldedSource.includes(` ${surname} `);
  }
  return words.every((word) => foldedSource.includes(` ${word} `));
}
