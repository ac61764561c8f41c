/**
 * French month names, with and without accents (scraped text often loses them), and
 * their numbers: one table for the figures rule, the dateline parser and the prompt.
 */
export const FRENCH_MONTHS: Readonly<Record<string, number>> = {
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
};

/**
 * Every name of {@link FRENCH_MONTHS} as a regular-expression alternation
 * (`janvier|février|fevrier|…`), for patterns that read dates in text; no name is a
 * prefix of another, so their order does not matter.
 */
export const FRENCH_MONTH_PATTERN = Object.keys(FRENCH_MONTHS).join("|");

/** The accented name of each month, January first. */
const MONTH_NAMES = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

/** "2024-02-28T15:18" → "28 février 2024"; anything else as it is. */
export function frenchDate(value: string | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(value ?? "");
  if (!match) return value ?? "";
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTH_NAMES[Number(month) - 1] ?? month} ${year}`;
}
