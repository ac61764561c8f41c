// @ts-nocheck
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { estimateCost, formatCost, PRICES, priceOf } from "../../src/core/prices.js";
import {
  CHARS_PER_TOKEN,
  estimateCompletionTokens,
  estimatePromptTokens,
  estimateTokens,
  FRENCH_CHARS_PER_WORD,
  type Tokenizer,
  tokenFamily,
} from "../../src/core/tokens.js";
import { countWords } from "../../src/core/words.js";
import { PROVIDERS } from "../../src/model/providers.js";

const ARTICLE = readFileSync(
  new URL("../fixtures/answers/valid-article.md", import.meta.url),
  "utf8",
);

describe("tokenFamily", () => {
  it.each(["gpt-4o-mini", "gpt-4.1-mini", "gpt-5-mini", "o3-mini", "o1", "openai/gpt-4.1-mini"])(
    "%s uses o200k_base",
    (model) => expect(tokenFamily(model)).toBe("o200k"),
  );

  it.each([
    "gpt-4",
    "gpt-3.5-turbo",
    "mistral-small-latest",
    "llama3.1",
    "ollama-o1x",
    "local-model",
  ])("%s is estimated with the other ratio", (model) => expect(tokenFamily(model)).toBe("other"));
});

describe("estimateTokens", () => {
  it("divides characters by the family's ratio, rounding up, and says it is an estimate", () => {
    const text = "é".repeat(401);
    expect(estimateTokens(text, "gpt-4.1-mini")).toEqual({
      tokens: 101,
      method: "estimate",
      basis: "~4 chars/token (o200k)",
    });
    expect(estimateTokens(text, "mistral-small-latest")).toMatchObject({
      tokens: Math.ceil(401 / 3.5),
      method: "estimate",
    });
  });

  it("counts with a plugged-in tokenizer instead", () => {
    const words: Tokenizer = { name: "whitespace", count: (text) => text.split(/\s+/u).length };
    expect(estimateTokens("un deux trois", "gpt-4.1-mini", words)).toEqual({
      tokens: 3,
      method: "tokenizer",
      basis: "whitespace",
    });
  });

  it("lands on a French article within the published tokens-per-word band", () => {
    // Literature: ~1.3 tokens a word in English, French 1.1–1.2× that on o200k and up to
    // ~1.9 on older tokenizers. An estimate outside 1.3–2.2 would mean a broken ratio.
    const words = countWords(ARTICLE);
    for (const model of ["gpt-4.1-mini", "mistral-small-latest"]) {
      const perWord = estimateTokens(ARTICLE, model).tokens / words;
      expect(perWord).toBeGreaterThan(1.3);
      expect(perWord).toBeLessThan(2.2);
    }
  });

  it("keeps the documented French characters-per-word figure true of the fixtures", () => {
    const measured = ARTICLE.length / countWords(ARTICLE);
    expect(Math.abs(measured - FRENCH_CHARS_PER_WORD)).toBeLessThan(0.3);
  });
});

describe("estimatePromptTokens", () => {
  const messages = [
    { role: "system", content: "x".repeat(40) },
    { role: "user", content: "y".repeat(40) },
  ];

  it("adds 3 tokens a message and 3 for the reply", () => {
    expect(estimatePromptTokens(messages, "gpt-4.1")).toEqual({
      tokens: 20 + 2 * 3 + 3,
      method: "estimate",
      basis: `~${CHARS_PER_TOKEN.o200k} chars/token (o200k)`,
    });
  });

  it("adds the same overhead to a tokenizer's count", () => {
    const perChar: Tokenizer = { name: "chars", count: (text) => text.length };
    expect(estimatePromptTokens(messages, "gpt-4.1", perChar)).toEqual({
      tokens: 80 + 9,
      method: "tokenizer",
      basis: "chars",
    });
  });
});

describe("estimateCompletionTokens", () => {
  it("turns French words into tokens", () => {
    expect(estimateCompletionTokens(700, "gpt-4.1-mini").tokens).toBe(Math.ceil((700 * 6.8) / 4));
    expect(estimateCompletionTokens(700, "mistral-small-latest").tokens).toBe(
      Math.ceil((700 * 6.8) / 3.5),
    );
  });
});

describe("estimateCost", () => {
  it("prices prompt and completion tokens per million", () => {
    expect(estimateCost("gpt-4.1-mini", 1_000_000, 1_000_000)).toBeCloseTo(2.0, 10);
    expect(estimateCost("gpt-4.1-mini", 10_000, 2_000)).toBeCloseTo(0.004 + 0.0032, 10);
    expect(estimateCost("mistral-small-2506", 3_000, 1_500)).toBeCloseTo(0.0003 + 0.00045, 10);
  });

  it("halves with a batch discount where the host has one, not elsewhere", () => {
    expect(estimateCost("gpt-4.1-mini", 10_000, 2_000, { batchDiscount: true })).toBeCloseTo(
      0.0036,
      10,
    );
    const openrouter = "mistralai/mistral-small-3.2-24b-instruct";
    expect(estimateCost(openrouter, 10_000, 2_000, { batchDiscount: true })).toBe(
      estimateCost(openrouter, 10_000, 2_000),
    );
  });

  it("knows a dated snapshot by its model", () => {
    expect(estimateCost("gpt-4.1-mini-2025-04-14", 1_000_000, 0)).toBeCloseTo(0.4, 10);
  });

  it("has no cost for an unknown model", () => {
    expect(estimateCost("mistral-small3.2", 1000, 1000)).toBeUndefined();
    expect(estimateCost("my-finetune-2025-01-01", 1000, 1000)).toBeUndefined();
  });

  it("keeps the currency a host bills in", () => {
    expect(priceOf("mistral-small-3.2-24b-instruct-2506")?.currency).toBe("EUR");
    expect(priceOf("gpt-4o-mini")?.currency).toBe("USD");
  });

  it("prices the default model of openai, mistral, openrouter and scaleway", () => {
    for (const name of ["openai", "mistral", "openrouter", "scaleway"]) {
      const model = PROVIDERS[name]?.defaultModel ?? "";
      expect(priceOf(model), `${name}: ${model}`).toBeDefined();
    }
  });

  it("holds only sane prices", () => {
    for (const [model, price] of Object.entries(PRICES)) {
      expect(price.input, model).toBeGreaterThan(0);
      expect(price.output, model).toBeGreaterThanOrEqual(price.input);
    }
  });
});

describe("formatCost", () => {
  it("shows cents of a cent under a unit, cents above", () => {
    expect(formatCost(0.0072)).toBe("$0.0072");
    expect(formatCost(1.2, "EUR")).toBe("€1.20");
    expect(formatCost(12.345)).toBe("$12.35");
  });
});
