/**
 * What tokens cost: one editable table, per 1M tokens, for the presets' default models and
 * a few common ones. Prices move: the table is dated, every row names its source, and a
 * model that is not here has no cost (undefined) rather than a guess. Local models
 * (Ollama, LM Studio) cost nothing per token and are not listed.
 *
 * Table checked on 2026-11-23. Sources: openai.com/api/pricing (as reported March 2026 by
 * deploybase.ai/articles/openai-pricing); mistral.ai/pricing (Small 4 `mistral-small-2603`
 * $0.15/$0.60 since 2026-03, Small 3.2 $0.10/$0.30, Medium 3.1 $0.40/$2, Large 3 $0.50/$1.50);
 * openrouter.ai model pages; scaleway.com/en/pricing/model-as-a-service (in euros).
 */

export type Currency = "USD" | "EUR";

export interface ModelPrice {
  /** Per 1M prompt tokens. */
  input: number;
  /** Per 1M completion tokens. */
  output: number;
  /** The currency the host bills in: Scaleway and OVHcloud bill in euros. */
  currency: Currency;
  /** Share taken off by the host's batch API, e.g. `0.5` (OpenAI, Mistral). */
  batchDiscount?: number;
}

const openai = (input: number, output: number): ModelPrice => ({
  input,
  output,
  currency: "USD",
  // OpenAI's Batch API: 50 % off both input and output.
  batchDiscount: 0.5,
});
const mistral = (input: number, output: number): ModelPrice => ({
  input,
  output,
  currency: "USD",
  // Mistral's batch jobs: "We offer a 50% discount on batch API" (FAQ of
  // docs.mistral.ai/studio-api/batch-processing, "a 50% discount" in its introduction).
  batchDiscount: 0.5,
});

/** Model id → price. Edit here when a bill disagrees. */
export const PRICES: Readonly<Record<string, ModelPrice>> = {
  // OpenAI
  "gpt-4.1": openai(2.0, 8.0),
  "gpt-4.1-mini": openai(0.4, 1.6),
  "gpt-4.1-nano": openai(0.1, 0.4),
  "gpt-4o": openai(2.5, 10.0),
  "gpt-4o-mini": openai(0.15, 0.6),
  "gpt-5": openai(1.25, 10.0),
  "gpt-5-mini": openai(0.25, 2.0),
  "gpt-5-nano": openai(0.05, 0.4),
  // Mistral AI. `-latest` aliases move to each new release: small-latest is taken to be
  // Small 4 (2603) and large-latest Large 3 (2512); medium-latest (Medium 3.5, 2026-04) has
  // no price we could confirm, so it is left out.
  "mistral-small-latest": mistral(0.15, 0.6),
  "mistral-small-2603": mistral(0.15, 0.6),
  "mistral-small-2506": mistral(0.1, 0.3),
  "mistral-medium-2508": mistral(0.4, 2.0),
  "mistral-large-latest": mistral(0.5, 1.5),
  "mistral-large-2512": mistral(0.5, 1.5),
  // OpenRouter: the routed provider's price, which varies; no batch API.
  "mistralai/mistral-small-3.2-24b-instruct": { input: 0.075, output: 0.2, currency: "USD" },
  "openai/gpt-4.1-mini": { input: 0.4, output: 1.6, currency: "USD" },
  "openai/gpt-4o-mini": { input: 0.15, output: 0.6, currency: "USD" },
  // Scaleway Generative APIs, billed in euros.
  "mistral-small-3.2-24b-instruct-2506": { input: 0.15, output: 0.35, currency: "EUR" },
};

/**
 * The price of `model`: its exact id, else the id without a dated snapshot suffix
 * (`gpt-4.1-mini-2025-04-14` → `gpt-4.1-mini`); undefined when unknown.
 */
export function priceOf(model: string): ModelPrice | undefined {
  const exact = PRICES[model];
  if (exact !== undefined) return exact;
  const undated = model.replace(/-\d{4}-\d{2}-\d{2}$/u, "");
  return undated !== model ? PRICES[undated] : undefined;
}

/**
 * The cost of one request (or a sum of them) in the currency of the model's price
 * ({@link priceOf}`(model).currency`, USD unless the host bills in euros); undefined when
 * the model has no price. `batchDiscount` applies the host's batch-API discount where it
 * has one (default `false`: this tool calls the regular streaming API).
 */
export function estimateCost(
  model: string,
  promptTokens: number,
  completionTokens: number,
  options: { batchDiscount?: boolean } = {},
): number | undefined {
  const price = priceOf(model);
  if (price === undefined) return undefined;
  const full = (promptTokens * price.input + completionTokens * price.output) / 1_000_000;
  const discount = options.batchDiscount ? (price.batchDiscount ?? 0) : 0;
  return full * (1 - discount);
}

/**
 * A cost for people: `$0.0123`, `€1.20`. Four decimals under a unit (one article is
 * often a fraction of a cent), two above.
 */
export function formatCost(amount: number, currency: Currency = "USD"): string {
  const symbol = currency === "EUR" ? "€" : "$";
  const digits = Math.abs(amount) < 1 ? 4 : 2;
  return `${symbol}${amount.toFixed(digits)}`;
}
