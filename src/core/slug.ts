/**
 * A URL slug derived in code from the title, never trusted from the model: lowercase
 * ASCII words joined by `-`, accents folded ("Économie" → "economie", "œ" → "oe").
 */
const LIGATURES: Readonly<Record<string, string>> = { œ: "oe", æ: "ae", ß: "ss" };

/** Longest slug we produce; a cut falls between words. */
export const MAX_SLUG_LENGTH = 80;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

export function slugify(title: string): string {
  const ascii = title
    .toLowerCase()
    .replace(/[œæß]/gu, (letter) => LIGATURES[letter] ?? letter)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "");
  const words = ascii.split(/[^a-z0-9]+/u).filter((word) => word.length > 0);
  let slug = "";
  for (const word of words) {
    const next = slug === "" ? word : `${slug}-${word}`;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug || "article";
}

/**
 * `slug` when `isFree` says so, else the first free `slug-2`, `slug-3`…, the base cut between
 * words so the whole stays within {@link MAX_SLUG_LENGTH}.
 */
export function uniqueSlug(slug: string, isFree: (candidate: string) => boolean): string {
  if (isFree(slug)) return slug;
  for (let number = 2; ; number += 1) {
    const suffix = `-${number}`;
    let base = slug;
    while (base.length + suffix.length > MAX_SLUG_LENGTH && base.includes("-")) {
      base = base.slice(0, base.lastIndexOf("-"));
    }
    const candidate = `${base.slice(0, MAX_SLUG_LENGTH - suffix.length)}${suffix}`;
    if (isFree(candidate)) return candidate;
  }
}
