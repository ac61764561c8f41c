// @ts-nocheck
import { describe, expect, it } from "vitest";
import { countSyllables, foldAccents, stemFrench } from "../../src/checks/french-text.js";

describe("countSyllables", () => {
  it.each([
    ["le", 1],
    ["les", 1],
    ["france", 1],
    ["grandes", 1],
    ["entreprise", 3],
    ["moment", 2],
    ["restent", 1],
    ["président", 3],
    ["européens", 3],
    ["l'intelligence,", 4],
    ["qu'il", 1],
    ["aujourd'hui", 3],
    ["2024", 1],
  ])("%s has %i", (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });
});

describe("foldAccents and stemFrench", () => {
  it("fold case, accents and ligatures", () => {
    expect(foldAccents("Économie, ŒUVRE, déçu")).toBe("economie, oeuvre, decu");
  });

  it.each([
    ["artificielles", "artificiel"],
    ["européennes", "europeen"],
    ["nationaux", "national"],
    ["intelligences", "intelligenc"],
  ])("bring %s to the stem of its singular masculine form", (word, stem) => {
    expect(stemFrench(foldAccents(word))).toBe(stem);
  });
});
