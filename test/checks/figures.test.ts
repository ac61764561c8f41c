import { describe, expect, it } from "vitest";
import {
  extractFigures,
  figureKeysOf,
  isFigureIn,
  numberWordValues,
} from "../../src/checks/figures.js";

/**
 * Whether the one figure of `article` is found in `source`. The article must hold exactly
 * one figure: "every figure is in the source" is true of an article where none is read.
 */
function figureIn(article: string, source: string): boolean {
  const figures = extractFigures(article);
  expect(figures, `the figures read in ${JSON.stringify(article)}`).toHaveLength(1);
  const [figure] = figures;
  return figure !== undefined && isFigureIn(figure, figureKeysOf(source));
}

describe("extractFigures", () => {
  it.each([
    ["Plus de 40 000 produits", ["40 000"]],
    ["15 M€ et 1,5 milliard", ["15 M€", "1,5 milliard"]],
    ["le 28/02/2024 à 15:18", ["28/02/2024", "15:18"]],
    ["lundi 26 février, en avril 2023", ["26 février", "avril 2023"]],
    ["NASDAQ +2.22%, soit 3,5 pour cent", ["2.22%", "3,5 pour cent"]],
    ["les 10e et 11e parties", ["10e", "11e"]],
    ["l'A320 et la 5G", ["A320", "5G"]],
    ["deux, trois, le XXIe siècle et le 21e siècle, en février", []],
  ])("reads %j", (text, expected) => {
    expect(extractFigures(text).map((figure) => figure.text)).toEqual(expected);
  });
});

describe("a figure is in the source whatever its spelling", () => {
  it.each([
    ["40 000", "40000"],
    ["40\u00A0000", "40 000"],
    ["40\u202F000", "40 000"],
    ["1,5", "1.5"],
    ["2,22 %", "+2.22%"],
    ["15 M€", "15 millions d'euros"],
    ["15 millions", "15 M€"],
    ["15 000 000 €", "15 millions d'euros"],
    ["1,5 milliard", "1 500 millions"],
    ["28 février 2024", "28/02/2024"],
    ["le 1er mars 2024", "2024-03-01"],
    ["28 février", "28/02/2024"],
    ["février 2024", "28/02/2024"],
    ["en 2024", "le 28/02/2024"],
    ["15 h 18", "15:18"],
    ["10e", "10"],
    ["15km", "15 km"],
  ])("%j in a source saying %j", (article, source) => {
    expect(figureIn(article, source)).toBe(true);
  });

  it.each([
    ["25 millions", "15 millions"],
    ["15 %", "15 millions"],
    ["15 milliards", "15 millions"],
    ["29 février 2024", "28/02/2024"],
    ["28 mars", "28/02/2024"],
    ["15 h 19", "15:18"],
    ["A321", "A320"],
    ["2,23 %", "2,22 %"],
  ])("%j not in a source saying %j", (article, source) => {
    expect(figureIn(article, source)).toBe(false);
  });
});

describe("dates that are not French", () => {
  it("reads 02/28/2024 as the English spelling of 28 February 2024", () => {
    expect(figureIn("le 28 février 2024", "02/28/2024")).toBe(true);
  });

  it("keeps an impossible date as written", () => {
    expect(figureIn("le 45/45/2024", "le 45/45/2024")).toBe(true);
    expect(figureIn("le 45/45/2024", "le 45/44/2024")).toBe(false);
  });

  it("reads 1ER MARS 2024 like 1er mars 2024", () => {
    expect(figureIn("1ER MARS 2024", "01/03/2024")).toBe(true);
  });
});

describe("numberWordValues", () => {
  it.each([
    ["dureront trois ans", [3]],
    ["vingt et un, soixante et onze, quatre-vingt-dix-neuf", [21, 71, 99]],
    ["entre deux et trois ans, sept et huit", [2, 3, 7, 8]],
    ["deux millions, un million, neuf millions", [2e6, 1e6, 9e6]],
    ["un homme, un quartier neuf", []],
    ["cinquante pour cent", [50]],
    ["deux cents, trois mille", [200, 3000]],
    ["quatre-vingts, quatre-vingt-dix, quatre vingt", [80, 90, 80]],
    ["cent, mille, zéro, vingts", [100, 1000, 0, 20]],
    ["neuf cents, sept-cents, deux mille vingt-quatre", [900, 700, 2024]],
    ["trente et une, dix-sept", [31, 17]],
    ["cinq, six, onze, douze, treize, quatorze, quinze, seize", [5, 6, 11, 12, 13, 14, 15, 16]],
    ["quarante, cinquante, soixante, trente", [40, 50, 60, 30]],
    ["Trois Millions, deux\u00A0milliards", [3e6, 2e9]],
    ["cent pour cent", [100]],
    ["une, neuf, ex-deux, cinq et un", [5]],
  ] as const)("%s", (text, values) => {
    expect(numberWordValues(text)).toEqual(values);
  });
});

describe("extractFigures: what each figure is, and what a source holding it offers", () => {
  const DATE_2024_02_28 = {
    alternatives: [["d:2024-02-28"], ["d:--02-28", "v:2024"]],
    provides: ["d:--02-28", "v:28", "n:28", "d:2024-02", "v:2024", "n:2024", "d:2024-02-28"],
  };
  it.each([
    ["le 28/02/2024", [{ text: "28/02/2024", index: 3, ...DATE_2024_02_28 }]],
    ["le 28.02.24", [{ text: "28.02.24", index: 3, ...DATE_2024_02_28 }]],
    ["le 02/28/2024", [{ text: "02/28/2024", index: 3, ...DATE_2024_02_28 }]],
    ["le 2024-02-28", [{ text: "2024-02-28", index: 3, ...DATE_2024_02_28 }]],
    [
      "le 45/45/2024",
      [
        {
          text: "45/45/2024",
          index: 3,
          alternatives: [["x:45/45/2024"]],
          provides: ["x:45/45/2024"],
        },
      ],
    ],
    [
      "le 1er mars 2024",
      [
        {
          text: "1er mars 2024",
          index: 3,
          alternatives: [["d:2024-03-01"], ["d:--03-01", "v:2024"]],
          provides: ["d:--03-01", "v:1", "n:1", "d:2024-03", "v:2024", "n:2024", "d:2024-03-01"],
        },
      ],
    ],
    [
      "le 28 février",
      [
        {
          text: "28 février",
          index: 3,
          alternatives: [["d:--02-28"]],
          provides: ["d:--02-28", "v:28", "n:28"],
        },
      ],
    ],
    [
      "en avril 2023",
      [
        {
          text: "avril 2023",
          index: 3,
          alternatives: [["d:2023-04"]],
          provides: ["d:2023-04", "v:2023", "n:2023"],
        },
      ],
    ],
    [
      "à 15 h 18",
      [
        {
          text: "15 h 18",
          index: 2,
          alternatives: [["t:15:18"]],
          provides: ["t:15:18", "v:15", "n:15"],
        },
      ],
    ],
    [
      "à 9h05",
      [{ text: "9h05", index: 2, alternatives: [["t:9:05"]], provides: ["t:9:05", "v:9", "n:9"] }],
    ],
    [
      "à 25 h 99",
      [
        { text: "25", index: 2, alternatives: [["v:25"], ["n:25"]], provides: ["v:25", "n:25"] },
        { text: "99", index: 7, alternatives: [["v:99"], ["n:99"]], provides: ["v:99", "n:99"] },
      ],
    ],
    [
      "1.500 et 1,500",
      [
        {
          text: "1.500",
          index: 0,
          alternatives: [["v:1500"], ["n:1500"], ["v:1.5"], ["n:1.5"]],
          provides: ["v:1500", "n:1500", "v:1.5", "n:1.5"],
        },
        {
          text: "1,500",
          index: 9,
          alternatives: [["v:1.5"], ["n:1.5"], ["v:1500"], ["n:1500"]],
          provides: ["v:1.5", "n:1.5", "v:1500", "n:1500"],
        },
      ],
    ],
    [
      "soit 2,22 %",
      [{ text: "2,22 %", index: 5, alternatives: [["p:2.22"]], provides: ["p:2.22", "v:2.22"] }],
    ],
    [
      "3 pour cent",
      [{ text: "3 pour cent", index: 0, alternatives: [["p:3"]], provides: ["p:3", "v:3"] }],
    ],
    [
      "15 M€",
      [
        {
          text: "15 M€",
          index: 0,
          alternatives: [["n:15000000"]],
          provides: ["n:15000000", "v:15"],
        },
      ],
    ],
    [
      "3 Mrds $",
      [
        {
          text: "3 Mrds $",
          index: 0,
          alternatives: [["n:3000000000"]],
          provides: ["n:3000000000", "v:3"],
        },
      ],
    ],
    [
      "l'A320",
      [{ text: "A320", index: 2, alternatives: [["i:a320"]], provides: ["i:a320", "v:320"] }],
    ],
    [
      "15km",
      [
        {
          text: "15km",
          index: 0,
          alternatives: [["i:15km"], ["v:15"]],
          provides: ["i:15km", "v:15"],
        },
      ],
    ],
    ["les 10e", [{ text: "10e", index: 4, alternatives: [["v:10"]], provides: ["v:10", "n:10"] }]],
    [
      "40 000 à 0 €",
      [
        {
          text: "40 000",
          index: 0,
          alternatives: [["v:40000"], ["n:40000"]],
          provides: ["v:40000", "n:40000"],
        },
        { text: "0 €", index: 9, alternatives: [["v:0"], ["n:0"]], provides: ["v:0", "n:0"] },
      ],
    ],
    // Nothing but digits: still a figure.
    [
      "2024",
      [
        {
          text: "2024",
          index: 0,
          alternatives: [["v:2024"], ["n:2024"]],
          provides: ["v:2024", "n:2024"],
        },
      ],
    ],
    ["le 21e siècle", []],
    ["en mai", []],
    ["le 2024-13-28", []],
  ])("%j", (text, expected) => {
    expect(extractFigures(text)).toEqual(expected);
  });
});

describe("scales", () => {
  it.each([
    ["2 milliers", 2e3],
    ["2 millier", 2e3],
    ["2 mille", 2e3],
    ["2 k€", 2e3],
    ["2 K€", 2e3],
    ["2 million", 2e6],
    ["2 millions", 2e6],
    ["2 M€", 2e6],
    ["2 Mio", 2e6],
    ["2 milliard", 2e9],
    ["2 milliards", 2e9],
    ["2 Md€", 2e9],
    ["2 Mds", 2e9],
    ["2 Mrd", 2e9],
    ["2 Mrds", 2e9],
    ["2bn", 2e9],
    // The French billion is 10^12.
    ["2 billion", 2e12],
    ["2 billions", 2e12],
    ["2\u00A0millions", 2e6],
    ["2,5\u202Fmilliards", 2.5e9],
  ])("%j is %d", (text, value) => {
    const [figure] = extractFigures(text);
    expect(figure?.text).toBe(text);
    expect(figure?.alternatives).toEqual([[`n:${value}`]]);
  });

  it("reads letters after a number as a unit or a code, not a scale: 2 m, 2 Md5", () => {
    expect(extractFigures("2 m").map((figure) => figure.text)).toEqual(["2"]);
    expect(extractFigures("2 kilos").map((figure) => figure.text)).toEqual(["2"]);
    expect(extractFigures("2millionnaires").map((figure) => figure.text)).toEqual([
      "2millionnaires",
    ]);
  });
});

describe("ordinals", () => {
  it.each(["1er", "1re", "1ère", "2ème", "2eme", "2e", "2è", "2nd", "2nde", "2ndes"])(
    "%j is an ordinal",
    (text) => {
      const [figure] = extractFigures(`le ${text} rang`);
      expect(figure?.text).toBe(text);
      expect(figure?.alternatives).toEqual([[`v:${text.startsWith("1") ? 1 : 2}`]]);
    },
  );

  it("skips centuries, in the singular or the plural, but not an ordinal before another noun", () => {
    expect(extractFigures("les 19e et 20e siècles, le 21e\u00A0siècle")).toEqual([
      expect.objectContaining({ text: "19e" }),
    ]);
    expect(extractFigures("le 21e sièclement").map((figure) => figure.text)).toEqual(["21e"]);
  });
});

describe("figureKeysOf", () => {
  it("offers the keys of the figures and of the numbers written in words", () => {
    expect([...figureKeysOf("trois ans et 15 M€")].sort()).toEqual([
      "n:15000000",
      "n:3",
      "v:15",
      "v:3",
    ]);
    expect([...figureKeysOf("Aucun chiffre ici.")]).toEqual([]);
  });
});

describe("limits of dates and times", () => {
  it.each([
    ["1/1/2024", "d:2024-01-01"],
    ["31/12/2024", "d:2024-12-31"],
    ["le 9 mars 2024", "d:2024-03-09"],
    ["le 10 mars 2024", "d:2024-03-10"],
  ])("%j is the date %s", (text, key) => {
    const [figure] = extractFigures(text);
    expect(figure?.alternatives[0]).toEqual([key]);
  });

  it.each(["32/12/2024", "13/13/2024", "0/12/2024", "12/0/2024"])(
    "%j is no date: kept as written",
    (text) => {
      expect(extractFigures(text)).toEqual([
        { text, index: 0, alternatives: [[`x:${text}`]], provides: [`x:${text}`] },
      ]);
    },
  );

  it.each([
    ["24:00", ["24:00"]],
    ["15:59", ["15:59"]],
    ["25:00", ["25", "00"]],
    ["15:60", ["15", "60"]],
  ])("%j reads as %j", (text, figures) => {
    expect(extractFigures(text).map((figure) => figure.text)).toEqual(figures);
  });
});

describe("numbers with dots and commas", () => {
  it.each([
    ["1.500.000", [1500000]],
    ["15.000", [15000, 15]],
    ["15,500", [15.5, 15500]],
    ["1500,250", [1500.25]],
    ["1,50", [1.5]],
    ["2,5e", [2.5]],
  ])("%j stands for %j", (text, values) => {
    const [figure] = extractFigures(text);
    expect(figure?.alternatives).toEqual(
      values.flatMap((value) => [[`v:${value}`], [`n:${value}`]]),
    );
  });

  it("reads a code whole, letters before and after included", () => {
    expect(extractFigures("le MP3 et le 7nanomètre").map((figure) => figure.text)).toEqual([
      "MP3",
      "7nanomètre",
    ]);
  });
});

describe("numberWordValues: et, scales and pour cent", () => {
  it.each([
    ["quarante et un, cinquante et un, soixante et un", [41, 51, 61]],
    ["trente et deux", [30, 2]],
    ["deux et un", [2]],
    ["et deux", [2]],
    ["deux et", [2]],
    ["deux et trois millions", [2, 3e6]],
    ["pour moi, cent euros", [100]],
  ] as const)("%s", (text, values) => {
    expect(numberWordValues(text)).toEqual(values);
  });
});

describe("a source's English dates (a quoted tweet or statement)", () => {
  it.each([
    ["le 3 mars 2026", "— Maersk (@Maersk) March 3, 2026"],
    ["le 3 mars 2026", "On Mar. 3rd, 2026 we signed."],
    ["le 3 mars 2026", "Signed on 3 March 2026."],
    ["le 3 mars", "Signed on March 3."],
    ["le 1er septembre 2025", "Since Sept. 1, 2025 the port runs on shore power."],
  ])("%s is found in %j", (article, source) => {
    expect(figureIn(article, source)).toBe(true);
  });

  it.each([
    ["le 4 mars 2026", "— Maersk (@Maersk) March 3, 2026"],
    ["le 3 avril 2026", "— Maersk (@Maersk) March 3, 2026"],
    ["le 3 mai 2026", "It may 3 times a day, 2026 aside."],
  ])("%s is not found in %j", (article, source) => {
    expect(figureIn(article, source)).toBe(false);
  });
});
