import { foldedWordsOf } from "./french-text.js";

/**
 * French transition words and phrases (connecteurs logiques), written for this project
 * from French grammar: addition, opposition, cause, consequence, illustration, time,
 * conclusion. Phrases are matched as whole folded words in a row, so « en effet » and
 * « c'est pourquoi » count, and « en » or « effet » alone do not. "et", "ou" and "or"
 * are left out: too common, or too often something else ("l'or").
 */
const TRANSITIONS = [
  // Addition, enumeration
  "aussi",
  "de plus",
  "en outre",
  "également",
  "de surcroît",
  "qui plus est",
  "par ailleurs",
  "d'ailleurs",
  "non seulement",
  "mais aussi",
  "mais encore",
  "ensuite",
  "puis",
  "enfin",
  "d'abord",
  "tout d'abord",
  "premièrement",
  "deuxièmement",
  "troisièmement",
  "en premier lieu",
  "en second lieu",
  "en dernier lieu",
  "d'une part",
  "d'autre part",
  "d'un côté",
  "de l'autre côté",
  "sans compter que",
  // Opposition, concession
  "mais",
  "cependant",
  "toutefois",
  "pourtant",
  "néanmoins",
  "en revanche",
  "par contre",
  "au contraire",
  "à l'inverse",
  "à l'opposé",
  "alors que",
  "tandis que",
  "bien que",
  "quoique",
  "même si",
  "malgré",
  "en dépit de",
  "certes",
  "quand même",
  "tout de même",
  "il n'empêche",
  // Cause
  "car",
  "parce que",
  "puisque",
  "étant donné",
  "vu que",
  "du fait que",
  "en raison de",
  "à cause de",
  "grâce à",
  "faute de",
  "en effet",
  // Consequence
  "donc",
  "ainsi",
  "alors",
  "par conséquent",
  "en conséquence",
  "c'est pourquoi",
  "c'est la raison pour laquelle",
  "de ce fait",
  "dès lors",
  "si bien que",
  "de sorte que",
  "de manière que",
  "de façon que",
  "d'où",
  "du coup",
  "afin de",
  "afin que",
  "pour que",
  "dans ce but",
  // Illustration, precision
  "par exemple",
  "notamment",
  "en particulier",
  "ainsi que",
  "c'est-à-dire",
  "autrement dit",
  "en d'autres termes",
  "à savoir",
  "de même",
  "de la même façon",
  "de la même manière",
  "en fait",
  "en réalité",
  "quant à",
  "en ce qui concerne",
  "surtout",
  // Time
  "lorsque",
  "quand",
  "dès que",
  "depuis que",
  "avant que",
  "après que",
  "jusqu'à ce que",
  "pendant que",
  "en attendant",
  "entre-temps",
  "désormais",
  "auparavant",
  "aussitôt",
  "à présent",
  "finalement",
  "plus tard",
  "par la suite",
  "au début",
  "au départ",
  "jusqu'ici",
  "jusqu'à présent",
  "à mesure que",
  "au fur et à mesure",
  "à la suite de",
  "suite à",
  "précédemment",
  "soudain",
  // Point of view, hypothesis
  "selon",
  "d'après",
  "face à",
  "sans doute",
  "peut-être",
  "probablement",
  "plutôt",
  "dans le cadre de",
  // Conclusion
  "en somme",
  "en bref",
  "bref",
  "en résumé",
  "en conclusion",
  "pour conclure",
  "en définitive",
  "somme toute",
  "au final",
  "en fin de compte",
  "en tout cas",
  "de toute façon",
];

/**
 * Two-part connectors: the sentence counts when it holds both parts, in order
 * (« soit … soit », « ni … ni », « tantôt … tantôt »).
 */
const TWO_PART_TRANSITIONS: readonly (readonly [string, string])[] = [
  ["soit", "soit"],
  ["ni", "ni"],
  ["tantôt", "tantôt"],
];

/** Each phrase as folded words, grouped by its first word: most words are skipped with one lookup. */
const BY_FIRST_WORD = new Map<string, string[][]>();
for (const phrase of TRANSITIONS) {
  const words = foldedWordsOf(phrase);
  const first = words[0];
  if (first === undefined) continue;
  const list = BY_FIRST_WORD.get(first) ?? [];
  list.push(words);
  BY_FIRST_WORD.set(first, list);
}
const TWO_PART = TWO_PART_TRANSITIONS.map(
  ([first, second]) => [foldedWordsOf(first)[0] ?? "", foldedWordsOf(second)[0] ?? ""] as const,
);

function phraseAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  for (let offset = 1; offset < phrase.length; offset += 1) {
    if (words[at + offset] !== phrase[offset]) return false;
  }
  return true;
}

/** Whether a sentence's folded words hold a transition word or phrase. */
export function hasTransition(words: readonly string[]): boolean {
  for (let at = 0; at < words.length; at += 1) {
    const phrases = BY_FIRST_WORD.get(words[at] ?? "");
    if (phrases?.some((phrase) => phraseAt(words, at, phrase))) return true;
  }
  for (const [first, second] of TWO_PART) {
    const start = words.indexOf(first);
    if (start !== -1 && words.indexOf(second, start + 1) !== -1) return true;
  }
  return false;
}

/** Whether a sentence holds a transition word or phrase: « En effet, … », « … c'est pourquoi … ». */
export function sentenceHasTransition(sentence: string): boolean {
  return hasTransition(foldedWordsOf(sentence));
}
