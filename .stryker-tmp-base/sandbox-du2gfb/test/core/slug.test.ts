// @ts-nocheck
import { describe, expect, it } from "vitest";
import { SLUG_PATTERN, slugify } from "../../src/core/slug.js";

describe("slugify", () => {
  it.each([
    [
      "Mistral AI et Microsoft : un partenariat qui inquiète",
      "mistral-ai-et-microsoft-un-partenariat-qui-inquiete",
    ],
    ["Économie, œuvre et cœur à Paris !", "economie-oeuvre-et-coeur-a-paris"],
    ["L’IA générative en 2024", "l-ia-generative-en-2024"],
    ["", "article"],
  ])("%j → %j", (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(slugify(title)).toMatch(SLUG_PATTERN);
  });

  it("cuts long titles between words", () => {
    const slug = slugify("mot ".repeat(60));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
  });
});
