/**
 * Page furniture: what a copy of a news page carries besides the article (menus, buttons,
 * share and cookie text, tickers, comment widgets, credits). Each pattern is matched on a
 * whole line, never inside one, so an article sentence that merely mentions "cookies" or
 * "newsletter" is never cut. Pure data and small functions, used by `clean.ts`.
 */
import { FRENCH_MONTH_PATTERN, FRENCH_MONTHS } from "../core/french-dates.js";
import { countWords } from "../core/words.js";

export type DropKind = "furniture" | "credit" | "instruction" | "language";

export interface LineVerdict {
  kind: DropKind;
  /** Short English reason, shown with `--verbose` and in `--dry-run`. */
  reason: string;
  /** Metadata the line carried (a byline's author, a dateline's date). */
  author?: string;
  date?: string;
  /** The article's own address, from a line that gives only it. */
  url?: string;
}

/** A line that is the article's address: a bare URL, or « Source : », « URL : », « Lien : » and one. */
const ADDRESS_LINE =
  /^(?:(?:source|url|lien|adresse|article original)\s*:\s*)?<?(https?:\/\/[^\s<>]+?)>?$/iu;

/**
 * The line's prose: Markdown markers, link targets and emphasis removed, quotes and
 * spaces normalised. Used for matching and word counts, never written out.
 */
export function plainOf(line: string): string {
  return line
    .trim()
    .replace(/^(?:#{1,6}\s+|>\s*|[-*+•·▪►]\s+|\d{1,2}[.)]\s+)+/u, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, "$1")
    .replace(/(?<![\p{L}\p{N}])[*_]+|[*_]+(?![\p{L}\p{N}])|`+/gu, "")
    .replace(/[\u00a0\u202f\u2009]/gu, " ")
    .replace(/[’ʼ‘]/gu, "'")
    .replace(/\s+/gu, " ")
    .trim();
}

/** Matching key: lower case; with `unglue`, labels glued by copy-paste ("adaptéDésactiver") split apart. */
function keyOf(plain: string, unglue = false): string {
  return (unglue ? plain.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2") : plain)
    .toLowerCase()
    .replace(/[\s:›>»→|…-]+$/u, "")
    .trim();
}

const WORD = /[\p{L}\p{N}]/u;

/** Ends like a sentence: . ! ? … or a closing quote or bracket after one. */
export function endsLikeSentence(plain: string): boolean {
  return /[.!?…](?:["”»)\]]|\s*»)?$|[»”"]$/u.test(plain);
}

/** A real sentence (ends like one and has ≥ 8 words): only known boilerplate may drop it. */
export function isSentence(plain: string): boolean {
  return endsLikeSentence(plain) && countWords(plain) >= 8;
}

/** Known boilerplate, matched on the key of any line, sentence or not. */
const BOILERPLATE: readonly { pattern: RegExp; reason: string }[] = [
  // Cookie banners speak in the first and second person; an article about cookies does not.
  {
    pattern:
      /^(?:nous|ce site|notre site|ce site web|nos partenaires et nous|nous et (?:nos|nos \d+) partenaires)\b.{0,80}\b(?:cookies?|traceurs)\b/u,
    reason: "cookie banner",
  },
  {
    pattern: /\ben (?:poursuivant|continuant) (?:votre|la) navigation\b/u,
    reason: "cookie banner",
  },
  { pattern: /\bvous acceptez (?:l'utilisation|le dépôt|l'usage)\b/u, reason: "cookie banner" },
  {
    pattern:
      /^(?:accepter|refuser|paramétrer|personnaliser|gérer)(?: (?:tous|toutes|les|vos|mes))? (?:cookies|traceurs)\b.{0,30}$/u,
    reason: "cookie banner",
  },
  {
    pattern:
      /^(?:inscrivez-vous|abonnez-vous|recevez|ne manquez rien)\b.{0,120}\b(?:newsletter|lettre d'information|alertes?)\b/u,
    reason: "newsletter invitation",
  },
  {
    pattern:
      /^(?:connectez-vous|identifiez-vous|abonnez-vous|inscrivez-vous|créez un compte) pour\b.{0,80}$/u,
    reason: "login prompt",
  },
  { pattern: /^cette liste ne contient aucune valeur\.?$/u, reason: "empty widget" },
  {
    pattern:
      /^(?:soyez le premier à (?:commenter|réagir)|aucun commentaire(?: pour le moment)?|il n'y a (?:pas encore de|aucun) commentaires?|(?:vous devez être|veuillez vous) (?:connecté|identifié|inscrit)).{0,60}$/u,
    reason: "comment widget",
  },
  { pattern: /^(?:chargement|loading)(?: en cours)?\W*$/u, reason: "loading text" },
  {
    pattern:
      /^(?:votre navigateur ne (?:supporte|prend en charge|permet) pas|(?:veuillez )?activer? (?:le )?javascript)\b.{0,100}$/u,
    reason: "browser notice",
  },
  {
    pattern:
      /^(?:publicité\W*)?(?:la suite (?:de (?:l'article|cet article) )?(?:après|sous) (?:cette|la) (?:publicité|annonce)|continuez (?:la lecture|votre lecture) (?:ci-dessous|après)).{0,20}$/u,
    reason: "advertising notice",
  },
  {
    pattern:
      /^(?:(?:cet |l')?article réservé aux abonnés|ce contenu est réservé aux abonnés|la suite est réservée aux abonnés|il vous reste \d+ ?% de cet article à lire|déjà abonné ?\?).{0,60}$/u,
    reason: "paywall notice",
  },
  {
    pattern:
      /^(?:à )?(?:lire|voir|écouter|regarder) (?:aussi|également|notre (?:article|dossier|enquête))\s*:.{0,200}$/u,
    reason: "related-article link",
  },
  {
    pattern: /^(?:sur le même sujet|dans la même rubrique|nos articles? (?:sur|liés)).{0,80}$/u,
    reason: "related-article link",
  },
  {
    pattern:
      /^\d[\d\s.]*(?:k)? (?:commentaires?|réactions?|partages?|vues?|likes?|j'aime|abonnés?|votes?|avis)$/u,
    reason: "counter",
  },
  {
    pattern: /^(?:temps de )?lecture ?:? ?\d+ ?min(?:utes?)?$|^\d+ ?min(?:utes?)? de lecture$/u,
    reason: "reading time",
  },
  {
    pattern: /^(?:©|\(c\)|copyright\b).{0,100}$|^.{0,80}tous droits réservés\.?$/u,
    reason: "copyright line",
  },
  {
    pattern:
      /^(?:photo|photos|crédits? photo|crédit|illustration|image|vidéo|source) ?: ?[^.]{1,60}$/u,
    reason: "photo credit",
  },
  // Reuters' notes: ((machine translation …)), (Adds comment …), [Edited by …], (Reporting by …).
  { pattern: /^\(\(.*\)\)$/u, reason: "editor's note" },
  {
    pattern:
      /^\[(?:edited by|editing by|reporting by|writing by|édité par|édition|traduit par|translated by|traduction|avec)\b[^\]]*\]$/u,
    reason: "editor credit",
  },
  {
    pattern:
      /^\((?:reporting|writing|editing|additional reporting|reportage|rédigé par|rédaction|version française|édité par|avec|avec la contribution)\b[^)]*\)$/u,
    reason: "editor credit",
  },
];

/**
 * Menu, button and widget labels. A line that is not a sentence and is made only of
 * these (e.g. "Aller au contenu principal Activer le contraste adapté") is dropped.
 * Only unambiguous labels: nouns that could title a section ("Recherche", "Concours",
 * "Inscription") are left out on purpose.
 */
const UI_PHRASES: readonly string[] = [
  "aller au contenu principal",
  "aller au contenu",
  "aller au menu",
  "aller à la recherche",
  "aller au pied de page",
  "passer au contenu principal",
  "passer au contenu",
  "accéder au contenu principal",
  "accéder au contenu",
  "skip to main content",
  "skip to content",
  "activer le contraste adapté",
  "désactiver le contraste adapté",
  "activer le contraste renforcé",
  "désactiver le contraste renforcé",
  "fermer la fenêtre",
  "fermer le menu",
  "ouvrir le menu",
  "fermer",
  "menu",
  "rechercher",
  "se connecter",
  "connexion",
  "déconnexion",
  "s'inscrire",
  "mon compte",
  "mon espace",
  "mes listes",
  "ma liste",
  "mes favoris",
  "s'abonner",
  "je m'abonne",
  "abonnez-vous",
  "newsletter",
  "newsletters",
  "partager cet article",
  "partager l'article",
  "partager sur facebook",
  "partager sur twitter",
  "partager sur x",
  "partager sur linkedin",
  "partager sur whatsapp",
  "partager par e-mail",
  "partager par email",
  "partager par mail",
  "partager",
  "partage",
  "copier le lien",
  "lien copié",
  "imprimer",
  "envoyer par e-mail",
  "envoyer par email",
  "e-mail",
  "email",
  "facebook",
  "twitter",
  "linkedin",
  "whatsapp",
  "messenger",
  "pinterest",
  "instagram",
  "youtube",
  "tiktok",
  "telegram",
  "flipboard",
  "threads",
  "bluesky",
  "suivre",
  "suivez-nous",
  "nous suivre",
  "commenter",
  "réagir",
  "répondre",
  "signaler le commentaire",
  "signaler un abus",
  "signaler un contenu",
  "signaler",
  "voir plus",
  "voir moins",
  "voir tout",
  "tout voir",
  "voir la suite",
  "lire la suite",
  "lire plus tard",
  "lire aussi",
  "à lire aussi",
  "voir aussi",
  "à voir aussi",
  "en savoir plus",
  "plus d'infos",
  "cliquez ici",
  "retour en haut de page",
  "retour en haut",
  "haut de page",
  "retour",
  "page précédente",
  "page suivante",
  "article précédent",
  "article suivant",
  "valeurs associées",
  "publicité",
  "sponsorisé",
  "contenu sponsorisé",
  "contenu partenaire",
  "écouter cet article",
  "écouter l'article",
  "écouter",
  "ajouter à mes listes",
  "ajouter à ma liste",
  "ajouter aux favoris",
  "mettre en favori",
  "sauvegarder",
  "télécharger l'application",
  "tout accepter",
  "tout refuser",
  "accepter et fermer",
  "accepter et continuer",
  "continuer sans accepter",
  "j'accepte",
  "accepter",
  "refuser",
  "paramétrer les cookies",
  "paramètres des cookies",
  "gérer les cookies",
  "gérer mes choix",
  "personnaliser",
  "ok",
  "mentions légales",
  "politique de confidentialité",
  "politique cookies",
  "conditions générales d'utilisation",
  "conditions générales de vente",
  "cgu",
  "cgv",
  "plan du site",
  "nous contacter",
  "contactez-nous",
  "commentaires",
  "commentaire",
  "afficher les commentaires",
  "voir les commentaires",
  "réservé aux abonnés",
  "article réservé aux abonnés",
  "abonné",
  "abonnés",
  "premium",
  "les plus lus",
  "les plus partagés",
  "articles les plus lus",
  "articles similaires",
  "articles liés",
  "à la une",
  "dernières actualités",
  "mots-clés",
  "tags",
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const UI_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}'-])(?:${[...UI_PHRASES]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})(?![\\p{L}\\p{N}'-])`,
  "gu",
);

/** Is the key made only of UI labels (and separators)? */
function onlyUiLabels(key: string): boolean {
  const rest = key.replace(UI_PATTERN, " ");
  return !WORD.test(rest);
}

const DATE_PATTERN = new RegExp(
  String.raw`(?:(\d{1,2})(?:er)? (${FRENCH_MONTH_PATTERN}) (\d{4})|(\d{1,2})\/(\d{1,2})\/(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?:,? (?:à )?(\d{1,2}) ?[h:] ?(\d{2})?)?`,
  "gu",
);

const pad = (value: number) => String(value).padStart(2, "0");

/** The first French date in the text as ISO 8601 (`2024-02-28` or `2024-02-28T15:18`). */
export function parseFrenchDate(text: string): string | undefined {
  DATE_PATTERN.lastIndex = 0;
  const match = DATE_PATTERN.exec(text.toLowerCase());
  if (!match) return undefined;
  const [, day1, monthName, year1, day2, month2, year2, year3, month3, day3, hour, minute] = match;
  const year = Number(year1 ?? year2 ?? year3);
  const month = monthName ? (FRENCH_MONTHS[monthName] ?? 0) : Number(month2 ?? month3);
  const day = Number(day1 ?? day2 ?? day3);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return hour === undefined ? date : `${date}T${pad(Number(hour))}:${minute ?? "00"}`;
}

/** Is the key nothing but dates and the words that introduce them? */
function onlyDates(key: string): boolean {
  DATE_PATTERN.lastIndex = 0;
  const rest = key
    .replace(DATE_PATTERN, " ")
    .replace(
      /(?<![\p{L}])(?:publié|publiée|mis à jour|mise à jour|modifié|actualisé|le|à|et|hier|aujourd'hui)(?![\p{L}])/gu,
      " ",
    );
  return !WORD.test(rest) && parseFrenchDate(key) !== undefined;
}

const NAME = String.raw`\p{Lu}[\p{L}'.-]*(?:[ -](?:\p{Lu}[\p{L}'.-]*|de|du|des|van|von|der|le|la|da|di|el|ben))*`;
/** "Par Martin Coulter et Leigh Thomas", "By Jane Doe, AFP": names only, no verb. */
const BYLINE = new RegExp(
  `^(?:[Pp]ar|[Bb]y)\\s+(${NAME}(?:\\s*(?:,|et|and|&|avec)\\s*${NAME})*)(?:\\s*[,|–—-]\\s*(.*))?$`,
  "u",
);
/** Reuters-style update note before the byline: "(Ajout du commentaire …) par X et Y". */
const UPDATE_NOTE =
  /^\((?:ajout|ajoute|ajouts|mise à jour|mis à jour|actualisation|actualisé|actualise|corrige|correction|rectificatif|nouveau|updates?|adds?|recasts?|corrects?|rewrites?)\b[^)]*\)\s*(.*)$/iu;

function byline(plain: string): LineVerdict | undefined {
  if (countWords(plain) > 14) return undefined;
  const match = BYLINE.exec(plain);
  if (!match?.[1]) return undefined;
  const tail = match[2] ?? "";
  if (tail && !onlyDates(keyOf(tail)) && countWords(tail) > 3) return undefined;
  const verdict: LineVerdict = { kind: "credit", reason: "byline", author: match[1] };
  const date = parseFrenchDate(tail);
  if (date) verdict.date = date;
  return verdict;
}

/** "NASDAQ +2.22%", "CAC 40 -0,53 %", "MSFT.O +1,2 % DAX +0,4 %": names in capitals, signed change. */
const TICKER =
  /^(?:[A-Z0-9][A-Z0-9&.^'-]*(?: [A-Z0-9][A-Z0-9&.'-]*){0,2} [+−–-]\d+(?:[.,]\d+)? ?%\s*)+$/u;

/**
 * Judge one line. Returns why it is page furniture, or undefined to keep it. A real
 * sentence ({@link isSentence}) is dropped only by a known boilerplate pattern.
 */
export function judgeLine(line: string): LineVerdict | undefined {
  const plain = plainOf(line);
  if (!WORD.test(plain)) return undefined;
  const key = keyOf(plain);
  const address = ADDRESS_LINE.exec(line.trim());
  if (address?.[1]) return { kind: "credit", reason: "the article's address", url: address[1] };
  for (const { pattern, reason } of BOILERPLATE) {
    if (pattern.test(key)) return { kind: "furniture", reason };
  }
  const note = UPDATE_NOTE.exec(plain);
  if (note) {
    const verdict: LineVerdict = { kind: "credit", reason: "editor's update note" };
    const author = note[1] ? byline(note[1])?.author : undefined;
    if (author) verdict.author = author;
    if (!note[1] || author) return verdict;
  }
  const credit = /^information fournie par (.{1,40}?)\s+(\d{1,2}\/\d{1,2}\/\d{4}.*)$/u.exec(key);
  if (credit) {
    const verdict: LineVerdict = { kind: "credit", reason: "source credit and date" };
    const date = parseFrenchDate(credit[2] ?? "");
    if (date) verdict.date = date;
    return verdict;
  }
  if (isSentence(plain)) return undefined;
  const bylineVerdict = byline(plain);
  if (bylineVerdict) return bylineVerdict;
  if (
    /^(?:publié|publiée|mis à jour|mise à jour|modifié|actualisé)(?![\p{L}])/u.test(key) &&
    onlyDates(key)
  ) {
    const verdict: LineVerdict = { kind: "credit", reason: "publication date" };
    const date = parseFrenchDate(key);
    if (date) verdict.date = date;
    return verdict;
  }
  if (countWords(plain) > 15) return undefined;
  if (TICKER.test(plain)) return { kind: "furniture", reason: "stock ticker" };
  if (/^(?:mots-clés|tags|thèmes|sujets|rubriques?)\s*:/u.test(key)) {
    return { kind: "furniture", reason: "tag list" };
  }
  // Brand names hold capitals too ("LinkedIn"): try the line as it is, then unglued.
  if (onlyUiLabels(key) || onlyUiLabels(keyOf(plain, true))) {
    return { kind: "furniture", reason: "menu or button text" };
  }
  if (/^accueil\s*[›>»/|]/u.test(key)) return { kind: "furniture", reason: "breadcrumb" };
  if (/^découvr(?:ir|ez)(?: \S+){1,4}$/u.test(key))
    return { kind: "furniture", reason: "promotion link" };
  return undefined;
}

/** An imperative addressed to a chatbot and about the text ("Make this article seo compatible…"). */
const INSTRUCTION_START_EN =
  /^(?:please,? )?(?:make|rewrite|re-write|write|create|generate|turn|transform|optimi[sz]e|convert|paraphrase|summari[sz]e|translate|improve|edit|give me|can you|could you|i want|i need)\b/u;
const INSTRUCTION_START_FR =
  /^(?:s'il (?:te|vous) plaît,? )?(?:réécri[st]|réécrivez|rédige[sz]?|écri[st]|écrivez|fai[st]|faites|transforme[sz]?|optimise[sz]?|génère[sz]?|crée[sz]?|reformule[sz]?|résume[sz]?|tradui[st]|traduisez|améliore[sz]?|peux-tu|pouvez-vous|je veux|je voudrais|voici (?:un|l'|le) (?:article|texte))(?![\p{L}])/u;
const INSTRUCTION_TOPIC =
  /\b(?:article|text|seo|words|post|blog|headings|subheadings|french|texte|référencement|mots|sous-titres|intertitres|titres|h2)\b/u;

/** Is this line an instruction left for a chatbot? Checked on the first and last lines only. */
export function looksLikeInstruction(line: string): boolean {
  const key = keyOf(plainOf(line));
  if (countWords(key) > 60) return false;
  return (
    (INSTRUCTION_START_EN.test(key) || INSTRUCTION_START_FR.test(key)) &&
    INSTRUCTION_TOPIC.test(key)
  );
}

/** A Markdown block-quote line (`> …`, as an HTML `<blockquote>` becomes): a source's words, quoted. */
export function isBlockQuoteLine(raw: string): boolean {
  return /^ {0,3}>/u.test(raw);
}

/**
 * The signature Twitter's embed code puts under a tweet, as a copied page keeps it:
 * "— Maersk (@Maersk) March 3, 2026". The lines just above it are the tweet.
 */
const TWEET_SIGNATURE =
  /^(?:[—–-]\s*)?[^()@]{1,80}\(@\w{1,30}\)\s+(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+\.?\s+\d{4})$/u;

export function isTweetSignature(plain: string): boolean {
  return TWEET_SIGNATURE.test(plain);
}

/** A quotation paragraph: kept even when in another language (a source's words). */
export function isQuotation(plain: string): boolean {
  return /^[«“"„‘]/u.test(plain);
}

/**
 * The text without its quoted passages (« … », “ … ”, "…"): what the writer wrote, for
 * judging the article's language. A quotation is a source's words, in its language; the
 * narration around it ("…, reconnaît la présidente, qui…") is the article's.
 */
export function withoutQuotations(plain: string): string {
  return plain
    .replace(/«[^»]*»/gu, " ")
    .replace(/“[^”]*”/gu, " ")
    .replace(/„[^“”]*[“”]/gu, " ")
    .replace(/"[^"]*"/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}
