import { describe, expect, it } from "vitest";
import {
  countWords,
  isWordToken,
  readingTimeMinutes,
  sentencesOf,
  wordsOf,
} from "../../src/core/words.js";

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

describe("isWordToken and wordsOf", () => {
  it.each([
    "a",
    "z",
    "A",
    "Z",
    "0",
    "9",
    "À",
    "ÿ",
    "é",
    "Ω",
    "Жуков",
    "中文",
    "l'IA",
    "«Oui»",
    "M€",
    "2,5",
  ])("%j is a word", (token) => {
    expect(isWordToken(token)).toBe(true);
  });

  it.each([
    "@",
    "[",
    "`",
    "{",
    "/",
    ":",
    "¿",
    "×",
    "÷",
    "—",
    "«",
    "»",
    "…",
    "%",
    "€",
    "-",
    "\u00a0",
    "",
  ])("%j is not a word", (token) => {
    expect(isWordToken(token)).toBe(false);
  });

  it("splits on any white space and keeps the words only", () => {
    expect(wordsOf("  Le\tprix —\n15\u00a0€ × 2  ")).toEqual(["Le", "prix", "15", "2"]);
    expect(countWords("  Le\tprix —\n15\u00a0€ × 2  ")).toBe(4);
  });
});

describe("readingTimeMinutes, at 230 words a minute", () => {
  it.each([
    [0, 1],
    [344, 1],
    [345, 2],
    [460, 2],
    [2300, 10],
  ])("%i words → %i min", (words, minutes) => {
    expect(readingTimeMinutes(words)).toBe(minutes);
  });
});

describe("sentencesOf: where a sentence ends", () => {
  it.each([
    ["Il part… Elle reste.", ["Il part…", "Elle reste."]],
    ['Il dit. "Non" fut la réponse.', ["Il dit.", '"Non" fut la réponse.']],
    ["Il dit. “Non” fut la réponse.", ["Il dit.", "“Non” fut la réponse."]],
    ["Le prix monte.  Élevé, dit-on.", ["Le prix monte.", "Élevé, dit-on."]],
    ["M. dupont arrive. et repart.", ["M. dupont arrive. et repart."]],
    ["Fin.Début collé.", ["Fin.Début collé."]],
    ["Vraiment ? Oui ! Bon.", ["Vraiment ?", "Oui !", "Bon."]],
    ["Une phrase. — ", ["Une phrase. —"]],
    ["  — ", []],
  ])("%j → %j", (text, sentences) => {
    expect(sentencesOf(text)).toEqual(sentences);
  });
});
