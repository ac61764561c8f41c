import { describe, expect, it } from "vitest";
import { functionWordHits } from "../../src/core/language.js";

/** The split this pass replaced: the reference its counts must equal. */
function bySplit(text: string): Map<string, number> {
  const counted = functionWordHits("");
  for (const token of text.toLowerCase().split(/[^\p{L}]+/u)) {
    const single = functionWordHits(token);
    if (/^\p{L}+$/u.test(token)) {
      for (const [lang, hits] of single) counted.set(lang, (counted.get(lang) ?? 0) + hits);
    }
  }
  return counted;
}

describe("functionWordHits", () => {
  it.each([
    "Le ministre est dans une salle avec les élus, selon Reuters.",
    "The minister and the deputies: this is what they have said.",
    "L’accord (dans les faits) n’est pas signé : µdans ªavec dansé avecs DANS Avec",
    "El gobierno y los diputados, según la prensa, han dicho que no.",
    "Und der Minister ist nicht mit den Abgeordneten im Saal.",
    "dans𝐀 avec 𝐀dans une\uD800dans \uDC00avec İle le\u0301s",
    "",
    "   ",
    "dans",
  ])("counts what a split on non-letters counts: %s", (text) => {
    expect(functionWordHits(text)).toEqual(bySplit(text));
  });

  it("counts each exclusive function word once per occurrence", () => {
    expect(functionWordHits("dans dans avec, the")).toEqual(
      new Map([
        ["fr", 3],
        ["en", 1],
      ]),
    );
  });
});
