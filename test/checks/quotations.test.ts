import { describe, expect, it } from "vitest";
import {
  extractQuotations,
  foldQuotation,
  isQuotationIn,
  quotationPieces,
} from "../../src/checks/quotations.js";

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

describe("extractQuotations: marks and offsets", () => {
  it("gives each quotation trimmed, with the offsets of its marks", () => {
    const text = 'A « oui » b ‹ non › c "x" d';
    expect(extractQuotations(text)).toEqual([
      { text: "oui", index: 2, end: 9 },
      { text: "non", index: 12, end: 19 },
      { text: "x", index: 22, end: 25 },
    ]);
  });

  it("closes a German „ with “ or ”", () => {
    expect(extractQuotations("„ja“ und „nein”").map((quotation) => quotation.text)).toEqual([
      "ja",
      "nein",
    ]);
  });

  it("skips empty quote marks and reads none in a text without any", () => {
    expect(extractQuotations("« » puis “ ” puis « vrai »")).toEqual([
      { text: "vrai", index: 18, end: 26 },
    ]);
    expect(extractQuotations("Aucune citation, ni guillemet, ici.")).toEqual([]);
    expect(extractQuotations("Un « seul guillemet ouvrant.")).toEqual([]);
  });
});

describe("foldQuotation", () => {
  it("folds quote marks and apostrophes to ', dashes to -, ... to … and drops white space", () => {
    expect(foldQuotation("« L’accord — dit\u2011il ‘oui’… ... »\u00A0\u202F fin")).toBe(
      "'L'accord-dit-il'oui'……'fin",
    );
    expect(foldQuotation('„a“ ‹b› `c´ ‚d ʼe ‟f" −1 –2')).toBe("'a''b''c''d'e'f'-1-2");
  });
});

describe("quotationPieces", () => {
  it("splits on […], [...], (…) and (...), and trims the punctuation at each edge", () => {
    expect(quotationPieces("« Nous [...] accord ( … ) fin. »")).toEqual(["Nous", "accord", "fin"]);
    expect(quotationPieces("Oui […] non (...) peut-être")).toEqual(["Oui", "non", "peut-être"]);
    expect(quotationPieces("... ; Il a dit : oui !?")).toEqual(["Iladit:oui"]);
    expect(quotationPieces("'-, « Oui » ,-'")).toEqual(["Oui"]);
  });

  it("keeps nothing of a quotation that is only an elision or punctuation", () => {
    expect(quotationPieces("[…]")).toEqual([]);
    expect(quotationPieces(" … ! ; ")).toEqual([]);
    expect(quotationPieces("Oui […] ?")).toEqual(["Oui"]);
  });
});

describe("isQuotationIn: pieces in order", () => {
  const source = foldQuotation("Nous avons signé un accord. Puis un autre accord, plus tard.");

  it("accepts a quotation that is only an elision: nothing to find", () => {
    expect(isQuotationIn("[…]", source)).toBe(true);
  });

  it("finds a piece repeated by the quotation only where the source repeats it", () => {
    expect(isQuotationIn("un accord […] un autre accord", source)).toBe(true);
    expect(isQuotationIn("un accord […] accord […] accord", source)).toBe(false);
    expect(isQuotationIn("un autre accord […] un accord", source)).toBe(false);
  });
});

it("reads an elision with spaces inside its brackets", () => {
  expect(quotationPieces("Oui [ … ] non [ ... ] fin")).toEqual(["Oui", "non", "fin"]);
});
