import { describe, expect, it } from "vitest";
import { isPassiveSentence } from "../../src/checks/french-passive.js";

describe("isPassiveSentence", () => {
  it.each([
    // être + participle agreeing with it, any tense, with or without an agent.
    "Le budget a été décidée hier soir par le conseil municipal.",
    "Les travaux sont financés par l'État et la région.",
    "Les nouvelles écoles seront construites en 2026.",
    "La réforme était attendue depuis des années.",
    "Les textes n'ont pas encore été votés par le Sénat.",
    "La décision est prise.",
    "Les mesures sont largement soutenues par les élus.",
    "Le musée est fermé le lundi.",
    "Elles avaient été prévenues la veille.",
    "Le rapport sera remis au ministre en juin.",
    "La loi a été adoptée à une large majorité.",
    "Les données sont conservées trois ans.",
    "Les sinistrés seront indemnisés.",
    "Le projet de loi est défendu par la ministre.",
  ])("finds the passive in « %s »", (sentence) => {
    expect(isPassiveSentence(sentence)).toBe(true);
  });

  it.each([
    // Verbs of movement and of change of state: être makes their active compound tenses.
    "Elle est arrivée hier à Paris.",
    "Les ministres sont partis avant la fin.",
    "Il est devenu le premier employeur de la région.",
    "Le fondateur est mort en 1998.",
    "Les prix sont restés stables.",
    "Elle est née à Lyon.",
    "Les manifestants sont venus nombreux.",
    // Pronominal verbs are active.
    "Il s'est engagé à réduire la dette.",
    "Les ministres se sont réunis mardi.",
    "Nous nous sommes trompés.",
    // Adjectives and nouns after être.
    "Le ministre est content du résultat.",
    "La ville est une société en mouvement.",
    "La priorité est ici.",
    "C'est une question de priorité.",
    "Il a été ministre pendant dix ans.",
    // No agreement in number: « est » with a plural participle is no passive.
    "Le problème est les retards accumulés.",
    // Active voice with avoir.
    "Le conseil a décidé du budget.",
    "Les élus ont voté la loi.",
  ])("finds no passive in « %s »", (sentence) => {
    expect(isPassiveSentence(sentence)).toBe(false);
  });
});
