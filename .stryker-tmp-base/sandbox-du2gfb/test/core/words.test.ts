// @ts-nocheck
import { describe, expect, it } from "vitest";
import { countWords, readingTimeMinutes, sentencesOf } from "../../src/core/words.js";

describe("countWords", () => {
  it.each([
    ["l'intelligence artificielle", 2],
    ["c'est-à-dire", 1],
    ["Plus de 40 000 produits", 5],
    ["« Bonjour » — dit-il", 2],
    ["   ", 0],
    ["15 M€ et 2,5 %", 4],
  ])("%j has %i words", (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe("sentencesOf", () => {
  it("cuts after end punctuation before a capital, a digit or a quote", () => {
    expect(sentencesOf("Une phrase. Une autre ! « Citée » ici ? 2024 fut long.")).toEqual([
      "Une phrase.",
      "Une autre !",
      "« Citée » ici ?",
      "2024 fut long.",
    ]);
  });
});

describe("readingTimeMinutes", () => {
  it("is at least one minute and grows with words", () => {
    expect(readingTimeMinutes(10)).toBe(1);
    expect(readingTimeMinutes(920)).toBe(4);
  });
});
