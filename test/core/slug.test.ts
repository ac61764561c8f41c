import { describe, expect, it } from "vitest";
import { MAX_SLUG_LENGTH, SLUG_PATTERN, slugify, uniqueSlug } from "../../src/core/slug.js";

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

describe("slugify: folding", () => {
  it.each([
    ["Œuvres, cæcum et Straße", "oeuvres-caecum-et-strasse"],
    ["La ﬁnance à Noël", "la-finance-a-noel"],
    ["« Mistral » !", "mistral"],
    ["!!! ???", "article"],
    ["Mistral_AI 2024", "mistral-ai-2024"],
  ])("%j → %j", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

describe("slugify: the 80-character limit", () => {
  /** Nine words of 7 letters and one of 8, joined by '-': exactly 80 characters. */
  const EIGHTY = `${"mistral ".repeat(9)}bercyaaa`;
  const EIGHTY_SLUG = EIGHTY.replace(/ /gu, "-");

  it("keeps a slug of exactly 80 characters whole", () => {
    expect(EIGHTY_SLUG).toHaveLength(80);
    expect(slugify(EIGHTY)).toBe(EIGHTY_SLUG);
  });

  it("drops the word that would make it 81 characters", () => {
    const slug = slugify(`${"mistral ".repeat(9)}bercyaaab`);
    expect(slug).toBe("mistral-".repeat(8).concat("mistral"));
    expect(slug).toHaveLength(71);
  });

  it("stops at the first word that does not fit, even when a later one would", () => {
    expect(slugify(`${EIGHTY} a`)).toBe(EIGHTY_SLUG);
    const cut = slugify(`${"mistral ".repeat(9)}microsoftsoft a`);
    expect(cut).toBe("mistral-".repeat(8).concat("mistral"));
  });

  it("keeps one word of 80 characters, and falls back on 'article' for a longer one", () => {
    expect(slugify("a".repeat(80))).toBe("a".repeat(80));
    expect(slugify("a".repeat(81))).toBe("article");
  });
});

describe("SLUG_PATTERN", () => {
  it.each(["mistral", "mistral-ai-2024", "a"])("accepts %j", (slug) => {
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it.each(["mistral_ai", "mistral-", "-mistral", "Mistral", "mistral--ai", "mistral ai", ""])(
    "rejects %j",
    (slug) => {
      expect(slug).not.toMatch(SLUG_PATTERN);
    },
  );
});

describe("uniqueSlug", () => {
  it("keeps a free slug, else takes the first free -2, -3…", () => {
    expect(uniqueSlug("ia-europe", () => true)).toBe("ia-europe");
    const taken = new Set(["ia-europe", "ia-europe-2"]);
    expect(uniqueSlug("ia-europe", (slug) => !taken.has(slug))).toBe("ia-europe-3");
  });

  it("cuts the base between words so a suffixed slug stays within the limit", () => {
    const long = slugify("ab ".repeat(27));
    expect(long.length).toBeGreaterThan(MAX_SLUG_LENGTH - 3);
    const unique = uniqueSlug(long, (slug) => slug !== long);
    expect(unique.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(unique).toMatch(/-2$/u);
    expect(unique).toMatch(SLUG_PATTERN);
    expect(long.startsWith(unique.slice(0, -2))).toBe(true);
  });
});
