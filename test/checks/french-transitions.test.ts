import { describe, expect, it } from "vitest";
import { sentenceHasTransition } from "../../src/checks/french-transitions.js";

describe("sentenceHasTransition", () => {
  it.each([
    "En effet, la loi change tout.",
    "Par ailleurs, le ministre a démissionné.",
    "C'est pourquoi la ville renonce au projet.",
    "D'une part, les coûts montent.",
    "D'autre part, les recettes baissent.",
    "Cependant, rien n'est joué.",
    "Le maire refuse, mais il écoute.",
    "Les élus hésitent, car le budget est serré.",
    "Il faut donc attendre.",
    "Tout d'abord, rappelons les faits.",
    "Les prix montent, c'est-à-dire que le pouvoir d'achat baisse.",
    "Il faut soit réduire les dépenses, soit lever l'impôt.",
    "Ni le maire ni le préfet ne répondent.",
    "EN EFFET, la hausse est nette.",
  ])("finds a transition in « %s »", (sentence) => {
    expect(sentenceHasTransition(sentence)).toBe(true);
  });

  it.each([
    // A phrase's words apart, or one of them alone, are no transition.
    "L'effet de la loi est en cours d'évaluation.",
    "Cette part du budget augmente.",
    "Le maire inaugure le pont.",
    "C'est le pourcentage le plus bas.",
    // A two-part connector needs both parts.
    "Le choix soit fait en juin.",
    "Le ministre et le préfet ou le maire.",
  ])("finds none in « %s »", (sentence) => {
    expect(sentenceHasTransition(sentence)).toBe(false);
  });
});
