import { describe, expect, it } from "vitest";
import {
  countSyllables,
  foldAccents,
  foldedWordsOf,
  stemFrench,
} from "../../src/checks/french-text.js";

describe("countSyllables", () => {
  it.each([
    ["le", 1],
    ["les", 1],
    ["ils", 1],
    ["france", 1],
    ["grandes", 1],
    ["entreprise", 3],
    ["cinéma", 3],
    ["voilà", 2],
    ["rosé", 2],
    ["rodez", 2],
    ["bateau", 2],
    ["amis", 2],
    ["président", 3],
    ["européens", 3],
    ["2024", 1],
    ["", 1],
  ])("%s has %i", (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it.each([
    ["année", 2],
    ["journée", 2],
    ["journées", 2],
    ["idée", 2],
  ])("keeps a final -e or -es after a vowel: %s has %i", (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it.each([
    ["restent", 1],
    ["parlent", 1],
    ["prennent", 1],
    ["mangent", 1],
    ["moment", 2],
    ["serment", 2],
    ["tourment", 2],
    ["souvent", 2],
    ["restant", 2],
    ["agréent", 2],
    ["essaient", 2],
  ])("mutes a verb's -ent after two consonants only: %s has %i", (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it.each([
    ["l'intelligence,", 4],
    ["qu'il", 1],
    ["qu’il", 1],
    ["aujourd'hui", 3],
    ["france.", 1],
    ["france»", 1],
    ["france…", 1],
    ["france÷", 1],
    ["...", 1],
  ])("ignores punctuation and joins apostrophes: %s has %i", (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });
});

describe("foldAccents", () => {
  it("folds case, accents and ligatures", () => {
    expect(foldAccents("Économie, ŒUVRE, déçu")).toBe("economie, oeuvre, decu");
  });

  it("folds every accented Latin-1 letter, upper or lower case", () => {
    expect(foldAccents("àáâãäåæçèéêëìíîïñòóôõöùúûüýÿœ")).toBe("aaaaaaaeceeeeiiiinooooouuuuyyoe");
    expect(foldAccents("ÀÉÎÕÜŸŒÆÇ")).toBe("aeiouyoeaec");
  });

  it("folds letters beyond Latin-1 and combining accents the general way", () => {
    expect(foldAccents("Ştefan, Łódź")).toBe("stefan, łodz");
    expect(foldAccents("e\u0301te\u0301")).toBe("ete");
  });

  it("leaves plain text as it is, in lower case", () => {
    expect(foldAccents("Mistral AI, 2024 !")).toBe("mistral ai, 2024 !");
  });
});

describe("foldedWordsOf", () => {
  it("gives the folded words, apostrophes and punctuation aside", () => {
    expect(foldedWordsOf("L'Intelligence Artificielle, AI Act 2024 — Œuvre")).toEqual([
      "l",
      "intelligence",
      "artificielle",
      "ai",
      "act",
      "2024",
      "oeuvre",
    ]);
  });

  it("gives no word for a text without one", () => {
    expect(foldedWordsOf("")).toEqual([]);
    expect(foldedWordsOf(" — ! ")).toEqual([]);
  });
});

describe("stemFrench", () => {
  it.each([
    ["artificielles", "artificiel"],
    ["européennes", "europeen"],
    ["anciennes", "ancien"],
    ["nouvelle", "nouvel"],
    ["cassette", "casset"],
    ["nationaux", "national"],
    ["chevaux", "cheval"],
    ["intelligences", "intelligenc"],
    ["grammes", "gramm"],
    ["prix", "pri"],
    ["date", "dat"],
    // Feminine forms whose masculine is more than an "-e" away meet it.
    ["sportive", "sportif"],
    ["sportifs", "sportif"],
    ["heureuse", "heureu"],
    ["heureux", "heureu"],
    ["vendeuse", "vendeu"],
    ["vendeurs", "vendeu"],
    ["directrice", "directeu"],
    ["directeur", "directeu"],
    ["publique", "public"],
    ["publics", "public"],
    ["longue", "long"],
  ])("brings %s to the stem of its singular masculine form", (word, stem) => {
    expect(stemFrench(foldAccents(word))).toBe(stem);
  });

  it.each([
    // Four letters or fewer: an -aux is no plural of -al, a double letter stays.
    ["taux", "tau"],
    ["maux", "mau"],
    ["belle", "bell"],
    ["patte", "patt"],
    ["nette", "nett"],
    // Three letters or fewer: no ending comes off.
    ["les", "les"],
    ["ans", "ans"],
    ["une", "une"],
    // Four: the plural -s goes.
    ["mais", "mai"],
    // Only l, n and t are doubled in feminine endings.
    ["pomme", "pomm"],
  ])("leaves short words and other endings alone: %s → %s", (word, stem) => {
    expect(stemFrench(word)).toBe(stem);
  });
});
