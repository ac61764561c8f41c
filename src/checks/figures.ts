/**
 * Figures of a French text, reduced to keys that do not depend on how they are written,
 * so that `40 000`, `40000` and `40 000` (non-breaking or thin space) are one figure,
 * `15 M€` is `15 millions d'euros`, `2,22 %` is `+2.22%`, and `28 février 2024` is
 * `28/02/2024`. The fidelity rule builds the keys a source offers once, then asks of
 * each figure of the article whether one of its ways of being in the source is there.
 *
 * Keys: `v:15` a written number (mantissa), `n:15000000` an absolute quantity, `p:2.22` a
 * percentage, `d:2024-02-28` / `d:--02-28` / `d:2024-02` a date, full or partial,
 * `t:15:18` a time of day, `i:a320` a code made of letters and digits.
 */
import { FRENCH_MONTHS } from "../core/french-dates.js";
export interface Figure {
  /** The figure as written, e.g. `15 M€` or `28 février 2024`. */
  text: string;
  /** Offset of the figure in the scanned text. */
  index: number;
  /** The figure is in a source holding every key of one of these alternatives. */
  alternatives: string[][];
  /** The keys a source that contains this figure offers. */
  provides: string[];
}

/** Scale words and symbols; case matters for letters (`15 M€` is millions, `15 m` is metres). */
const SCALES: Readonly<Record<string, number>> = {
  millier: 1e3,
  milliers: 1e3,
  mille: 1e3,
  k: 1e3,
  K: 1e3,
  million: 1e6,
  millions: 1e6,
  M: 1e6,
  Mio: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  Md: 1e9,
  Mds: 1e9,
  Mrd: 1e9,
  Mrds: 1e9,
  bn: 1e9,
  // French "billion" is 10^12, not the English 10^9.
  billion: 1e12,
  billions: 1e12,
};

const SPACE = "[ \\u00A0\\u202F\\u2009]";
const MONTH_NAMES = Object.keys(FRENCH_MONTHS).join("|");

/**
 * One pass over the text; the first alternative that matches at a place wins, so dates
 * and times are read before the numbers they contain.
 */
const FIGURE = new RegExp(
  [
    // 28/02/2024, 28.02.24
    `(?<dmy>(?<![\\p{N}])(?<d1>\\d{1,2})[/.](?<m1>\\d{1,2})[/.](?<y1>\\d{4}|\\d{2})(?![\\p{N}]))`,
    // 2024-02-28
    `(?<iso>(?<![\\p{N}])(?<y2>\\d{4})-(?<m2>\\d{2})-(?<d2>\\d{2})(?![\\p{N}]))`,
    // 28 février 2024, 1er mars, avril 2023 (a bare month name is no figure: see below)
    `(?<text>(?:(?<![\\p{L}\\p{N}])(?<d3>1er|\\d{1,2})${SPACE}+)?(?<![\\p{L}])(?<month>${MONTH_NAMES})(?![\\p{L}])(?:${SPACE}+(?<y3>\\d{4})(?![\\p{N}]))?)`,
    // 15:18, 15 h 18, 15h18
    `(?<time>(?<![\\p{N}])(?<h>\\d{1,2})(?::|${SPACE}?h${SPACE}?)(?<min>\\d{2})(?![\\p{N}]))`,
    // 40 000, 40.000, 40000, 1,5, 2.22
    `(?<number>(?<![\\p{N}])(?<int>\\d{1,3}(?:(?<sep>${SPACE}|\\.)\\d{3}(?![\\p{N}]))+|\\d+)(?:[,.](?<dec>\\d+)(?![\\p{N}]))?)`,
  ].join("|"),
  "giu",
);

const SCALE_AFTER = new RegExp(
  `^${SPACE}?(?<scale>milliers?|mille|millions?|milliards?|billions?|Mrds?|Mds?|Mio|M|k|K|bn)(?![\\p{L}])`,
  "u",
);
const PERCENT_AFTER = new RegExp(`^${SPACE}?(?:%|pour${SPACE}?cents?(?![\\p{L}]))`, "u");
/** Ordinals glued to their number: 1er, 1re, 10e, 2ème, 2nd. */
const ORDINAL_AFTER = /^(?:er|re|ère|ème|eme|e|è|nde?s?)(?![\p{L}])/u;
/** A currency sign after a figure belongs to how it reads in a message: "15 M€", "0 €". */
const CURRENCY_AFTER = new RegExp(`^${SPACE}?[€$£]`, "u");
const CENTURY_AFTER = new RegExp(`^${SPACE}+siècles?(?![\\p{L}])`, "u");
const LETTERS_AFTER = /^\p{L}+/u;
const HAS_DIGIT = /\d/u;
const LETTERS_BEFORE = /\p{L}+$/u;

function canonical(value: number): string {
  return String(Number(value.toPrecision(12)));
}

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function fullYear(written: string): number {
  const year = Number(written);
  return written.length === 2 ? 2000 + year : year;
}

/** The values a written number can stand for: `1.500` is 1500 in French, 1.5 in English. */
function valuesOf(int: string, sep: string | undefined, dec: string | undefined): number[] {
  const whole = Number(int.replace(/[^\d]/gu, ""));
  const values: number[] = [];
  if (dec === undefined) {
    values.push(whole);
    // "1.500" with a dot as the only separator may be a decimal number written the English way.
    if (sep === "." && /^\d{1,3}\.\d{3}$/u.test(int)) values.push(Number(int));
    return values;
  }
  values.push(Number(`${whole}.${dec}`));
  // "1,500" may be English thousands.
  if (dec.length === 3 && /^\d{1,3}$/u.test(int)) values.push(Number(`${int}${dec}`));
  return values;
}

function dateFigure(
  text: string,
  index: number,
  day: number | undefined,
  month: number,
  year: number | undefined,
): Figure | undefined {
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return undefined;
  const dayMonth = day === undefined ? undefined : `d:--${pad(month)}-${pad(day)}`;
  const provides: string[] = [];
  const alternatives: string[][] = [];
  if (dayMonth !== undefined) provides.push(dayMonth, `v:${day}`, `n:${day}`);
  if (year !== undefined) provides.push(`d:${year}-${pad(month)}`, `v:${year}`, `n:${year}`);
  if (dayMonth !== undefined && year !== undefined) {
    const full = `d:${year}-${pad(month)}-${pad(day ?? 0)}`;
    provides.push(full);
    // A year added to a day the source gives, when the source names that year elsewhere.
    alternatives.push([full], [dayMonth, `v:${year}`]);
  } else if (dayMonth !== undefined) {
    alternatives.push([dayMonth]);
  } else if (year !== undefined) {
    alternatives.push([`d:${year}-${pad(month)}`]);
  } else {
    return undefined;
  }
  return { text, index, alternatives, provides };
}

function literalFigure(text: string, index: number): Figure {
  const key = `x:${text}`;
  return { text, index, alternatives: [[key]], provides: [key] };
}

/**
 * The figures of a text. Numbers written in words ("deux") are no figures; neither are
 * centuries ("21e siècle", "XXIe siècle"), which frame a story rather than report a fact.
 */
export function extractFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  // Most paragraphs hold no digit: one cheap test spares them the big pattern.
  if (!HAS_DIGIT.test(text)) return figures;
  FIGURE.lastIndex = 0;
  for (let match = FIGURE.exec(text); match !== null; match = FIGURE.exec(text)) {
    const groups = match.groups ?? {};
    const index = match.index;
    const written = match[0];
    if (groups.dmy !== undefined) {
      const first = Number(groups.d1);
      const second = Number(groups.m1);
      const year = fullYear(groups.y1 ?? "");
      // 02/28/2024 is an English date; what is no date at all must be in the source as written.
      const figure =
        dateFigure(written, index, first, second, year) ??
        dateFigure(written, index, second, first, year) ??
        literalFigure(written, index);
      figures.push(figure);
      continue;
    }
    if (groups.iso !== undefined) {
      const figure = dateFigure(
        written,
        index,
        Number(groups.d2),
        Number(groups.m2),
        Number(groups.y2),
      );
      if (figure) figures.push(figure);
      continue;
    }
    if (groups.text !== undefined) {
      const day =
        groups.d3 === undefined ? undefined : Number(groups.d3.toLowerCase().replace("er", ""));
      const month = FRENCH_MONTHS[(groups.month ?? "").toLowerCase()] ?? 0;
      const year = groups.y3 === undefined ? undefined : Number(groups.y3);
      const figure = dateFigure(written.trim(), index, day, month, year);
      if (figure) figures.push(figure);
      continue;
    }
    if (groups.time !== undefined) {
      const hours = Number(groups.h);
      const minutes = Number(groups.min);
      if (hours > 24 || minutes > 59) {
        // "25 h 99" is no time: read the first number now and the rest on the next pass.
        const read = numberFigure(text, index, groups.h ?? "", undefined, undefined);
        if (read.figure) figures.push(read.figure);
        FIGURE.lastIndex = index + (groups.h ?? "").length;
        continue;
      }
      const key = `t:${hours}:${pad(minutes)}`;
      figures.push({
        text: written,
        index,
        alternatives: [[key]],
        provides: [key, `v:${hours}`, `n:${hours}`],
      });
      continue;
    }
    const read = numberFigure(text, index, groups.int ?? "", groups.sep, groups.dec);
    if (read.figure) figures.push(read.figure);
    FIGURE.lastIndex = Math.max(read.end, index + 1);
  }
  return figures;
}

/** A number and what follows it: a scale (`millions`, `M`), `%`, an ordinal mark, letters. */
function numberFigure(
  text: string,
  index: number,
  int: string,
  sep: string | undefined,
  dec: string | undefined,
): { figure?: Figure; end: number } {
  const numberText =
    dec === undefined ? int : text.slice(index, index + int.length + 1 + dec.length);
  const end = index + numberText.length;
  // Only the next few characters can hold a suffix; slicing them keeps the checks cheap.
  const after = text.slice(end, end + 24);
  const before = text.slice(Math.max(0, index - 12), index);
  const values = valuesOf(int, sep, dec);

  const glued = LETTERS_BEFORE.exec(before);
  const lettersAfter = LETTERS_AFTER.exec(after);
  if (glued || (lettersAfter && !ORDINAL_AFTER.test(after) && !SCALE_AFTER.test(after))) {
    // A code such as A320, H100, 5G or MP3: the source must hold the same code.
    const code = `${glued?.[0] ?? ""}${numberText}${lettersAfter?.[0] ?? ""}`;
    const key = `i:${code.toLowerCase()}`;
    const numbers = values.map((value) => `v:${canonical(value)}`);
    return {
      figure: {
        text: code,
        index: index - (glued?.[0].length ?? 0),
        // A number with a unit glued after it (15km, 5GW) may be spelled apart in the source.
        alternatives: glued ? [[key]] : [[key], ...numbers.map((number) => [number])],
        provides: [key, ...numbers],
      },
      end: end + (lettersAfter?.[0].length ?? 0),
    };
  }

  const percent = PERCENT_AFTER.exec(after);
  if (percent) {
    return {
      figure: {
        text: numberText + percent[0],
        index,
        alternatives: values.map((value) => [`p:${canonical(value)}`]),
        provides: values.flatMap((value) => [`p:${canonical(value)}`, `v:${canonical(value)}`]),
      },
      end: end + percent[0].length,
    };
  }

  const scale = SCALE_AFTER.exec(after);
  const multiplier = scale ? SCALES[scale.groups?.scale ?? ""] : undefined;
  if (scale && multiplier !== undefined) {
    return {
      figure: {
        text:
          numberText + scale[0] + (CURRENCY_AFTER.exec(after.slice(scale[0].length))?.[0] ?? ""),
        index,
        alternatives: values.map((value) => [`n:${canonical(value * multiplier)}`]),
        provides: values.flatMap((value) => [
          `n:${canonical(value * multiplier)}`,
          `v:${canonical(value)}`,
        ]),
      },
      end: end + scale[0].length,
    };
  }

  const ordinal = dec === undefined ? ORDINAL_AFTER.exec(after) : null;
  if (ordinal) {
    const ordinalEnd = end + ordinal[0].length;
    if (CENTURY_AFTER.test(after.slice(ordinal[0].length))) return { end: ordinalEnd };
    return {
      figure: {
        text: numberText + ordinal[0],
        index,
        alternatives: values.map((value) => [`v:${canonical(value)}`]),
        provides: values.flatMap((value) => [`v:${canonical(value)}`, `n:${canonical(value)}`]),
      },
      end: ordinalEnd,
    };
  }

  return {
    figure: {
      text: numberText + (CURRENCY_AFTER.exec(after)?.[0] ?? ""),
      index,
      alternatives: values.flatMap((value) => [
        [`v:${canonical(value)}`],
        [`n:${canonical(value)}`],
      ]),
      provides: values.flatMap((value) => [`v:${canonical(value)}`, `n:${canonical(value)}`]),
    },
    end,
  };
}

const ENGLISH_MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
/** Capitalised, as English writes them: "may 3 times" is no date. */
const ENGLISH_MONTH = Object.keys(ENGLISH_MONTHS)
  .map((name) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`)
  .join("|");
/** March 3, 2026 · Mar. 3rd · 3 March 2026: how an English tweet or statement dates. */
const ENGLISH_DATE = new RegExp(
  [
    `(?<![\\p{L}])(?<m1>${ENGLISH_MONTH})\\.?${SPACE}+(?<d1>\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])(?:,?${SPACE}+(?<y1>\\d{4})(?![\\p{N}]))?`,
    `(?<![\\p{L}\\p{N}])(?<d2>\\d{1,2})(?:st|nd|rd|th)?${SPACE}+(?<m2>${ENGLISH_MONTH})\\.?(?![\\p{L}])(?:,?${SPACE}+(?<y2>\\d{4})(?![\\p{N}]))?`,
  ].join("|"),
  "gu",
);

/**
 * The keys of the English dates of a source: a French article quoting or reporting an
 * English tweet ("March 3, 2026") writes its date in French ("3 mars 2026"). Read in the
 * source only: the article is written in French.
 */
function englishDateKeys(text: string): string[] {
  const keys: string[] = [];
  for (const match of text.matchAll(ENGLISH_DATE)) {
    const groups = match.groups ?? {};
    const month = ENGLISH_MONTHS[(groups.m1 ?? groups.m2 ?? "").toLowerCase()] ?? 0;
    const year = groups.y1 ?? groups.y2;
    const figure = dateFigure(
      match[0],
      match.index,
      Number(groups.d1 ?? groups.d2),
      month,
      year === undefined ? undefined : Number(year),
    );
    if (figure) keys.push(...figure.provides);
  }
  return keys;
}

/** Every key the figures of a text offer, for {@link isFigureIn}. */
export function figureKeysOf(text: string): Set<string> {
  const keys = new Set<string>();
  for (const figure of extractFigures(text)) {
    for (const key of figure.provides) keys.add(key);
  }
  for (const key of englishDateKeys(text)) keys.add(key);
  // A source that says "trois ans" or "deux millions" holds the 3 and the 2 000 000 a
  // faithful rewrite may write in digits.
  for (const value of numberWordValues(text)) {
    keys.add(`v:${canonical(value)}`);
    keys.add(`n:${canonical(value)}`);
  }
  return keys;
}

const UNITS: Readonly<Record<string, number>> = {
  zéro: 0,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
};
/** "un"/"une" count only inside a number ("vingt et un", "un million"): alone they are articles. */
const ONE = new Set(["un", "une"]);
const TENS = new Set(["vingt", "trente", "quarante", "cinquante", "soixante"]);
const NUMBER_WORD = `(?:${[...Object.keys(UNITS), "un", "une", "cent", "cents", "mille", "et"].join("|")})`;
const NUMBER_WORDS = new RegExp(
  `(?<![\\p{L}-])${NUMBER_WORD}(?:[- ]${NUMBER_WORD})*(?:[ \\u00A0](millions?|milliards?))?(?![\\p{L}])`,
  "giu",
);

/** Values of the numbers a text writes in French words: "vingt-cinq" → 25, "deux millions" → 2e6. */
export function numberWordValues(text: string): number[] {
  const values: number[] = [];
  for (const match of text.matchAll(NUMBER_WORDS)) {
    const words = match[0].toLowerCase().split(/[- \u00A0]+/u);
    // "cinquante pour cent" is 50 %, not 50 and 100.
    if (words[0] === "cent" && /pour[ \u00A0]$/iu.test(text.slice(0, match.index))) continue;
    const scale = match[1] ? (SCALES[match[1].toLowerCase()] ?? 1) : 1;
    if (scale > 1) words.pop();
    const groups = numberGroups(words);
    groups.forEach((group, index) => {
      const last = index === groups.length - 1;
      // Alone, "un"/"une" are articles and "neuf" often means new ("un quartier neuf").
      if (
        group.length === 1 &&
        (ONE.has(group[0] ?? "") || group[0] === "neuf") &&
        !(last && scale > 1)
      ) {
        return;
      }
      values.push(valueOfWords(group) * (last ? scale : 1));
    });
  }
  return values;
}

/**
 * "et" joins a number only in "vingt et un", "soixante et onze"; elsewhere it separates two
 * ("entre deux et trois ans" is 2 and 3, never 5).
 */
function numberGroups(words: readonly string[]): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  words.forEach((word, index) => {
    if (word !== "et") {
      current.push(word);
      return;
    }
    const next = words[index + 1] ?? "";
    if (TENS.has(current.at(-1) ?? "") && (ONE.has(next) || next === "onze")) return;
    if (current.length > 0) groups.push(current);
    current = [];
  });
  if (current.length > 0) groups.push(current);
  return groups;
}

function valueOfWords(words: readonly string[]): number {
  let total = 0;
  let current = 0;
  let previous = "";
  for (const word of words) {
    if (ONE.has(word)) current += 1;
    else if (word === "cent" || word === "cents") current = (current || 1) * 100;
    else if (word === "mille") {
      total += (current || 1) * 1000;
      current = 0;
    } else if ((word === "vingt" || word === "vingts") && previous === "quatre") current += 76;
    else current += UNITS[word] ?? 0;
    previous = word;
  }
  return total + current;
}

/** Whether the source, given as its figure keys, holds the figure in some spelling. */
export function isFigureIn(figure: Figure, sourceKeys: ReadonlySet<string>): boolean {
  return figure.alternatives.some((keys) => keys.every((key) => sourceKeys.has(key)));
}
