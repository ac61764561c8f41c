// @ts-nocheck
import { readFileSync } from "node:fs";
import { franc } from "franc";
import { describe, expect, it } from "vitest";
import {
  classifyParagraph,
  detectLanguage,
  isSupportedLanguage,
  languageName,
  languageNameInFrench,
  paragraphsOf,
} from "../../src/core/language.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/language/${name}`, import.meta.url), "utf8");

interface LabelledText {
  file: string;
  detected: string;
  ok: boolean;
  others?: string[];
}
interface LabelledSentence {
  lang: string;
  text: string;
}

const CASES = JSON.parse(fixture("cases.json")) as LabelledText[];
const SHORT = JSON.parse(fixture("short.json")) as LabelledSentence[];

describe("detectLanguage over the labelled samples (expected: French)", () => {
  it.each(CASES.map((labelled) => [labelled.file, labelled] as const))("%s", (_file, labelled) => {
    const verdict = detectLanguage(paragraphsOf(fixture(labelled.file)), "fr");
    expect(verdict.detected).toBe(labelled.detected);
    expect(verdict.ok).toBe(labelled.ok);
    expect(verdict.undecided).toBe(false);
    expect(verdict.others.map((other) => other.lang)).toEqual(
      labelled.others ?? (labelled.detected === "fr" ? [] : [labelled.detected]),
    );
  });

  it("weighs by words: an English opening does not make a French text English, nor the reverse", () => {
    const opening = detectLanguage(paragraphsOf(fixture("mixed-en-opening-fr-body.txt")), "fr");
    expect(opening.paragraphs[0]?.lang).toBe("en");
    expect(opening.expectedShare).toBeGreaterThan(0.7);
    expect(opening.expectedShare).toBeLessThan(0.9);
    const half = detectLanguage(paragraphsOf(fixture("mixed-half-en-half-fr.txt")), "fr");
    expect(half.expectedShare).toBeGreaterThan(0.3);
    expect(half.expectedShare).toBeLessThan(0.5);
  });
});

describe("classifyParagraph on short sentences (8–17 words)", () => {
  it.each(SHORT.map((labelled) => [labelled.lang, labelled.text] as const))(
    "%s: %s",
    (lang, text) => {
      expect(classifyParagraph(text, "fr").lang).toBe(lang);
    },
  );

  it("does not bend a near tie toward the expected language when function words tell", () => {
    // franc scores French at 0.95 of Catalan here; no French function word, Catalan has "aquest".
    const catalan =
      "L'ajuntament ha decidit tancar aquest estiu la piscina municipal de la ciutat.";
    expect(classifyParagraph(catalan, "fr").lang).toBe("ca");
    expect(classifyParagraph(catalan, "ca").lang).toBe("ca");
  });

  it("leaves a paragraph under 8 words undecided", () => {
    expect(classifyParagraph("La souveraineté", "fr")).toEqual({
      text: "La souveraineté",
      words: 2,
      lang: "und",
      confidence: 0,
      backed: false,
    });
  });
});

describe("detectLanguage past franc's first 2,048 characters", () => {
  const english = fixture("en-business.txt").replace(/\n+/gu, " ");
  const french = [fixture("fr-economie.txt"), fixture("fr-sport.txt"), fixture("fr-sciences.txt")]
    .join(" ")
    .replace(/\n+/gu, " ");

  it("judges a single long paragraph that opens in English and goes on in French by its words", () => {
    const paragraph = `${english} ${english} ${french}`;
    // franc alone reads the opening only, and would call it English.
    expect(franc(paragraph, { only: ["eng", "fra"] })).toBe("eng");
    const verdict = detectLanguage([paragraph], "fr");
    expect(verdict.detected).toBe("fr");
    expect(verdict.paragraphs).toHaveLength(1);
  });

  it("and the reverse: a long French opening does not make an English text French", () => {
    const paragraph = `${french.slice(0, 2100)} ${english} ${english} ${english}`;
    expect(franc(paragraph, { only: ["eng", "fra"] })).toBe("fra");
    const verdict = detectLanguage([paragraph], "fr");
    expect(verdict.detected).toBe("en");
    expect(verdict.ok).toBe(false);
  });
});

describe("detectLanguage edges", () => {
  it("gives no verdict on too little text", () => {
    const verdict = detectLanguage(["Le marché rouvre samedi matin."], "fr");
    expect(verdict).toMatchObject({ undecided: true, ok: false, detected: "und", judgedWords: 0 });
  });

  it("judges short lines together: their words count, though none gets a verdict alone", () => {
    const words = fixture("fr-sport.txt").split(/\s+/u);
    const lines = Array.from({ length: 12 }, (_, index) =>
      words.slice(index * 5, index * 5 + 5).join(" "),
    );
    const verdict = detectLanguage(lines, "fr");
    expect(verdict.totalWords).toBe(60);
    expect(verdict.judgedWords).toBe(60);
    expect(verdict.paragraphs.map((paragraph) => paragraph.lang)).toEqual(Array(12).fill("und"));
    expect(verdict.ok).toBe(true);
  });

  it("pools short paragraphs with long ones: a brief in one-line paragraphs is French", () => {
    const brief = [
      "Le conseil municipal a voté hier soir le budget annuel de la ville.",
      "La piscine rouvrira en mars.",
      "Les tarifs restent les mêmes.",
      "Le maire promet des travaux rapides.",
      "Les écoles seront rénovées cet été.",
      "Une nouvelle crèche ouvrira en septembre.",
    ];
    const verdict = detectLanguage(brief, "fr");
    expect(verdict.undecided).toBe(false);
    expect(verdict.ok).toBe(true);
  });

  it("names a language outside the candidates instead of the nearest candidate", () => {
    const finnish =
      "Hallitus esitteli eilen lakiesityksen tekoälystä, jonka on määrä tulla voimaan ensi vuonna. Ministerit korostivat, että säännöt suojelevat kansalaisia ja yrityksiä.";
    const polish =
      "Rząd przyjął wczoraj projekt ustawy o sztucznej inteligencji, który ma wejść w życie w przyszłym roku. Ministrowie podkreślali, że przepisy chronią obywateli.";
    expect(classifyParagraph(finnish, "fr")).toMatchObject({ lang: "fin", backed: true });
    expect(classifyParagraph(polish, "fr")).toMatchObject({ lang: "pol", backed: true });
    expect(languageName("fin")).toBe("Finnish");
    expect(languageNameInFrench("pol")).toBe("polonais");
    expect(detectLanguage([finnish, finnish], "fr")).toMatchObject({ ok: false, detected: "fin" });
  });

  it("splits paragraphs on blank lines, or on lines when there is no blank line", () => {
    expect(paragraphsOf("a\nb\n\nc")).toEqual(["a\nb", "c"]);
    expect(paragraphsOf("a\nb\n  \nc\n")).toEqual(["a\nb", "c"]);
    expect(paragraphsOf("a\nb\nc")).toEqual(["a", "b", "c"]);
  });

  it("names languages and knows which are supported", () => {
    expect(languageName("ca")).toBe("Catalan");
    expect(languageName("xx")).toBe("xx");
    expect(isSupportedLanguage("ro")).toBe(true);
    expect(isSupportedLanguage("xx")).toBe(false);
  });
});
