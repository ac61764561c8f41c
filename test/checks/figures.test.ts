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
  ] as const)("%s", (text, values) => {
    expect(numberWordValues(text)).toEqual(values);
  });
});
