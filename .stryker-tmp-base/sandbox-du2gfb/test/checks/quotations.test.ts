// @ts-nocheck
import { describe, expect, it } from "vitest";
import { extractQuotations, foldQuotation, isQuotationIn } from "../../src/checks/quotations.js";

describe("extractQuotations", () => {
  it("reads « », “ ”, „ “ and paired straight quotes, without their marks", () => {
    const text =
      'Il dit « oui », puis “non”, puis „vielleicht“ et "peut-être" ; un " seul ne compte pas.';
    expect(extractQuotations(text).map((quotation) => quotation.text)).toEqual([
      "oui",
      "non",
      "vielleicht",
      "peut-être",
    ]);
  });

  it("keeps nested quotes inside the outer quotation", () => {
    expect(
      extractQuotations("« le mot “souveraineté” ici »").map((quotation) => quotation.text),
    ).toEqual(["le mot “souveraineté” ici"]);
  });
});

describe("isQuotationIn", () => {
  const source = foldQuotation(
    '«La France ne devrait pas se vanter et brandir le mot ‘souveraineté’ à gauche et à droite.» L\'accord : "Nous avons conclu un accord".',
  );

  it("folds quote marks, apostrophes and every kind of white space", () => {
    expect(
      isQuotationIn("La France ne devrait pas se vanter et brandir le mot “souveraineté”", source),
    ).toBe(true);
    expect(isQuotationIn("L’accord\u00A0:\u202F« Nous avons conclu un accord »", source)).toBe(
      true,
    );
  });

  it("ignores the punctuation at the edges of the quotation", () => {
    expect(isQuotationIn("à gauche et à droite", source)).toBe(true);
    expect(isQuotationIn("Nous avons conclu un accord.", source)).toBe(true);
  });

  it("keeps case, accents and words", () => {
    expect(isQuotationIn("la France ne devrait pas", source)).toBe(false);
    expect(isQuotationIn("La France ne devrait pas se venter", source)).toBe(false);
    expect(isQuotationIn("La France ne doit pas se vanter", source)).toBe(false);
  });

  it("accepts an elision […] when both sides are in the source, in order", () => {
    expect(
      isQuotationIn("La France ne devrait pas se vanter […] à gauche et à droite", source),
    ).toBe(true);
    expect(isQuotationIn("à gauche et à droite […] La France ne devrait pas", source)).toBe(false);
  });
});
