import { describe, expect, it } from "vitest";
import {
  hasKeyphrase,
  type Keyphrase,
  keyphraseCount,
  keyphraseOf,
  keyphrasePlaceIn,
  keyphraseWordsIn,
} from "../../src/checks/keyphrase-match.js";
import { DEFAULT_CHECK_CONTEXT } from "../../src/checks/rule.js";
import { parseArticle } from "../../src/core/article.js";
import { articleOf } from "./rule-tester.js";

/** The keyphrase of an article whose front-matter `keywords:` line is `keywordsLine`. */
function keyphraseFromFrontMatter(keywordsLine: string, keyword?: string): Keyphrase | undefined {
  const article = parseArticle(
    `---\ntitle: "Un titre"\n${keywordsLine}\nlang: fr\n---\n\nTexte.\n`,
  );
  return keyphraseOf(
    article,
    keyword === undefined ? DEFAULT_CHECK_CONTEXT : { ...DEFAULT_CHECK_CONTEXT, keyword },
  );
}

function keyphrase(text: string): Keyphrase {
  const phrase = keyphraseOf(parseArticle(articleOf("Texte.")), {
    ...DEFAULT_CHECK_CONTEXT,
    keyword: text,
  });
  if (!phrase) throw new Error(`no keyphrase in ${text}`);
  return phrase;
}

describe("keyphraseOf", () => {
  it("takes --keyword before the front-matter keywords", () => {
    expect(keyphraseFromFrontMatter('keywords: ["Mistral AI", "Microsoft"]', "AI Act")).toEqual({
      text: "AI Act",
      words: 2,
      stems: ["ai", "act"],
    });
  });

  it("takes the first front-matter keyword, trimmed", () => {
    expect(keyphraseFromFrontMatter('keywords: ["  Mistral AI ", "Microsoft"]')).toEqual({
      text: "Mistral AI",
      words: 2,
      stems: ["mistral", "ai"],
    });
  });

  it("takes the first of comma-separated keywords given as one string", () => {
    expect(keyphraseFromFrontMatter('keywords: "Mistral AI, Microsoft, AI Act"')).toEqual({
      text: "Mistral AI",
      words: 2,
      stems: ["mistral", "ai"],
    });
  });

  it.each([
    ["no keywords field", "tags: [Mistral]"],
    ["an empty list", "keywords: []"],
    ["a first keyword that is no string", "keywords: [42, Mistral]"],
    ["an empty string", 'keywords: ""'],
    ["a blank first keyword", 'keywords: "  , Mistral"'],
    ["a first keyword without a letter", 'keywords: ["—", "Mistral"]'],
  ])("is undefined with %s", (_name, keywordsLine) => {
    expect(keyphraseFromFrontMatter(keywordsLine)).toBeUndefined();
  });

  it("is undefined with a blank --keyword, even when the front-matter has keywords", () => {
    expect(keyphraseFromFrontMatter('keywords: ["Mistral AI"]', "   ")).toBeUndefined();
  });

  // Every French function word of the list, in the keyphrases a writer would give.
  it.each([
    ["la souveraineté de l'Europe", 4, ["souverainet", "europ"]],
    ["l'accord entre Microsoft et Mistral", 5, ["accord", "microsoft", "mistral"]],
    ["un prêt à taux zéro pour les ménages", 8, ["pret", "tau", "zero", "menag"]],
    ["ce que cette loi change au quotidien", 7, ["loi", "chang", "quotidien"]],
    ["ces aides qui vont aux familles", 6, ["aid", "vont", "famil"]],
    ["cet impôt dans le budget d'une commune", 7, ["impot", "budget", "commun"]],
    ["des aides du département en ville", 6, ["aid", "departement", "vill"]],
    ["leur salaire ou leurs primes", 5, ["salair", "prim"]],
    ["la loi votée par le Parlement sur son budget", 9, ["loi", "vote", "parlement", "budget"]],
    ["sa réforme et ses effets avec le temps", 8, ["reform", "effet", "temp"]],
    ["qu'il pleuve", 2, ["il", "pleuv"]],
  ])("leaves the function words out of « %s », but counts them as words", (text, words, stems) => {
    expect(keyphrase(text)).toEqual({ text, words, stems });
  });

  it("keeps the function words of a keyphrase made of nothing else", () => {
    expect(keyphrase("de la").stems).toEqual(["de", "la"]);
  });

  it("keeps each stem once", () => {
    expect(keyphrase("Mistral et MISTRAL").stems).toEqual(["mistral"]);
  });
});

describe("matching a keyphrase in a text", () => {
  const phrase = keyphrase("intelligence artificielle européenne");

  it("counts the content words a text holds, each once, in any form and order", () => {
    expect(keyphraseWordsIn("Les Européennes et l'INTELLIGENCE", phrase)).toBe(2);
    expect(keyphraseWordsIn("intelligences, intelligence, intelligent", phrase)).toBe(1);
    expect(keyphraseWordsIn("Artificielles européens intelligences", phrase)).toBe(3);
    expect(keyphraseWordsIn("Rien de tout cela", phrase)).toBe(0);
    expect(keyphraseWordsIn("", phrase)).toBe(0);
  });

  it("holds the keyphrase only with every content word", () => {
    expect(hasKeyphrase("L'intelligence artificielle européenne", phrase)).toBe(true);
    expect(hasKeyphrase("Une IA européenne, artificielle, mais l'intelligence ?", phrase)).toBe(
      true,
    );
    expect(hasKeyphrase("L'intelligence artificielle américaine", phrase)).toBe(false);
  });

  it("finds a keyphrase whose words open with different letters, whatever comes first", () => {
    const mixed = keyphrase("partenariat Microsoft Mistral");
    expect(hasKeyphrase("Mistral : le partenariat avec Microsoft", mixed)).toBe(true);
    expect(keyphraseWordsIn("Microsoft investit", mixed)).toBe(1);
  });

  it("counts occurrences in a sentence as the times its rarest content word appears", () => {
    expect(
      keyphraseCount(
        "L'intelligence artificielle européenne, les intelligences artificielles européennes.",
        phrase,
      ),
    ).toBe(2);
    expect(
      keyphraseCount(
        "L'intelligence artificielle européenne et l'intelligence artificielle américaine.",
        phrase,
      ),
    ).toBe(1);
    expect(keyphraseCount("L'intelligence artificielle américaine.", phrase)).toBe(0);
  });
});

describe("French folding of the keyphrase (issue 14)", () => {
  it.each([
    // case and accents
    ["économie numérique", "L'ECONOMIE NUMERIQUE progresse."],
    // elision: « l' », « d' », « qu' », « jusqu' » are function words once split off
    ["l'accord", "Les élus sont tombés d'accord."],
    ["l'accord de Paris", "Ils respectent l'Accord de Paris."],
    ["l'intelligence artificielle", "Jusqu'à l'intelligence artificielle."],
    // plural and feminine forms
    ["intelligence artificielle", "Les intelligences artificielles avancent."],
    ["politique publique", "Les politiques publiques coûtent cher."],
    ["directeur sportif", "La directrice sportive démissionne."],
    ["vendeur heureux", "Les vendeuses heureuses sourient."],
  ])("finds « %s » in « %s »", (text, sentence) => {
    expect(hasKeyphrase(sentence, keyphrase(text))).toBe(true);
    expect(keyphraseCount(sentence, keyphrase(text))).toBe(1);
  });

  it("does not take one word for another that merely opens alike", () => {
    expect(hasKeyphrase("Les accordéons jouent.", keyphrase("l'accord"))).toBe(false);
  });
});

describe("keyphrasePlaceIn", () => {
  it.each([
    ["Le projet de la ville avance", "start"],
    ["Projets de la ville : le bilan", "start"],
    ["Grand projet de la ville", "elsewhere"],
    ["La ville et son projet", "elsewhere"],
    ["La région investit", "absent"],
  ] as const)("places « projet de la ville » in « %s »: %s", (title, place) => {
    expect(keyphrasePlaceIn(title, keyphrase("projet de la ville"))).toBe(place);
  });
});
