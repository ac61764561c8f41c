import { describe, expect, it } from "vitest";
import { fidelity } from "../../src/checks/fidelity.js";
import { language } from "../../src/checks/language.js";
import { originality } from "../../src/checks/originality.js";
import type { Rule } from "../../src/checks/rule.js";
import { articleOf, findingsOf, readRepoFile } from "./rule-tester.js";

/**
 * Issue 15: a French source quoting English (a tweet, a statement as a block quote) reaches
 * the model with its quotations; the answer may quote them word for word, in quote marks
 * or as a quote block, or report them in French without quote marks. Neither is invented
 * nor copied, and neither makes the article English.
 */
const SOURCE = readRepoFile("test/fixtures/input/quoted-english.md").replace(
  /^---\n[\s\S]*?\n---\n/u,
  "",
);

const OPENING =
  "Marseille va enfin brancher ses navires à quai. Le grand port a conclu mardi avec l'armateur danois Maersk un accord qui doit électrifier les postes d'amarrage d'ici à 2028. Les quartiers nord, exposés aux fumées des moteurs, attendent ce changement depuis longtemps.";
const MONEY =
  "Le chantier est chiffré à 180 millions d'euros, dont un tiers à la charge de l'État. Les ferries pour la Corse et le Maghreb seront raccordés en premier, les porte-conteneurs de Fos ensuite. La direction espère diviser par deux les particules fines relevées sur les quais.";
const DOUBTS =
  "Sur place, les riverains ne crient pas victoire. Ils se souviennent des annonces de 2019, restées sans suite. Le collectif Air Nord réclame un calendrier détaillé et des relevés publics de la pollution, quartier par quartier.";
/** The tweet, quoted word for word across the two lines of its block quote. */
const TWEET_QUOTED =
  "Sur les réseaux sociaux, l'armateur s'est félicité de l'accord : « Proud to partner with the Port of Marseille to bring shore power to every berth by 2028. Cleaner air for the city, lower emissions for our fleet. » Le message a été publié dans la foulée de la signature.";
/** The tweet reported in French, its English date in French. */
const TWEET_REPORTED =
  "Le 3 mars 2026, Maersk s'est dit fier de ce partenariat, qui doit apporter le courant à chaque poste d'amarrage d'ici à 2028, pour un air plus propre en ville et une flotte moins polluante.";
const STATEMENT_BLOCK =
  "> We have been waiting for this for years, and we will not let the port slip behind schedule again. The people of the northern districts deserve clean air now, not in another decade.";
const STATEMENT_REPORTED =
  "Tom Baker, qui dirige l'ONG Clean Ports, dit attendre ce projet depuis des années et promet de surveiller le calendrier de près : pour lui, les habitants des quartiers nord ont droit à un air sain tout de suite.";

const context = { source: SOURCE };
const findings = (rule: Rule, ...paragraphs: string[]) =>
  findingsOf(rule, articleOf(paragraphs.join("\n\n")), context).map((finding) => finding.message);

describe("an article quoting its source's English", () => {
  const quoting = [
    OPENING,
    TWEET_QUOTED,
    MONEY,
    "## Les riverains prudents",
    DOUBTS,
    STATEMENT_BLOCK,
  ];
  const reporting = [OPENING, TWEET_REPORTED, MONEY, DOUBTS, STATEMENT_REPORTED];

  it.each([fidelity, language, originality])(
    "$id: accepts the quotations word for word, in quote marks or as a quote block",
    (rule) => {
      expect(findings(rule, ...quoting)).toEqual([]);
    },
  );

  it.each([fidelity, language, originality])(
    "$id: accepts them reported in French without quote marks",
    (rule) => {
      expect(findings(rule, ...reporting)).toEqual([]);
    },
  );

  it("fidelity still refuses a quotation the source does not hold, in English too", () => {
    const invented = TWEET_QUOTED.replace("every berth", "all our berths");
    expect(findings(fidelity, OPENING, invented)).toEqual([
      expect.stringMatching(
        /^the quotation "Proud to partner.*" is not word for word in the source/u,
      ),
    ]);
  });

  it("language still reports an English paragraph, and a quote block the source does not hold", () => {
    const english =
      "Shares in the shipping group rose sharply on Wednesday after the deal was announced in the French port city.";
    expect(findings(language, ...quoting, english)).toEqual([
      expect.stringMatching(/^a paragraph reads as English, not French: "Shares in/u),
    ]);
    expect(findings(language, ...quoting.slice(0, 5), `> ${english}`)).toEqual([
      expect.stringMatching(/^a paragraph reads as English, not French: "Shares in/u),
    ]);
  });

  it("language still refuses an article made mostly of quotations", () => {
    expect(
      findings(language, "Voici le message.", TWEET_QUOTED.slice(66, 200), STATEMENT_BLOCK),
    ).toEqual([expect.stringMatching(/^the body reads as English/u)]);
  });

  it("originality counts a quote block of the source's statement as a quotation, not a copy", () => {
    expect(findings(originality, OPENING, STATEMENT_BLOCK)).toEqual([]);
  });

  it("originality still counts the source's narration set as a quote block", () => {
    const narration = SOURCE.split("\n\n").find((paragraph) => paragraph.startsWith("Le chantier"));
    const copied = findings(originality, OPENING, `> ${narration}`, DOUBTS);
    expect(copied).toEqual([expect.stringMatching(/copied from the source/u)]);
  });
});
