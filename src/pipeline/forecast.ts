import { estimateCost, formatCost, priceOf } from "../core/prices.js";
import type { ChatMessage } from "../core/prompt.js";
import { displayUrl } from "../core/redact.js";
import { plural } from "../core/reporters.js";
import {
  estimateCompletionTokens,
  estimatePromptTokens,
  type TokenCount,
  type Tokenizer,
  tokenFamily,
} from "../core/tokens.js";
import type { SourceDocument } from "../input/source.js";
import { requestParamsFor } from "../model/providers.js";
import { type RewriteSettings, targetWords } from "./rewrite.js";
import type { RunSetup } from "./setup.js";

/** What a run will cost before it runs (dry runs, small contexts), and what it cost after. */

export interface Forecast {
  prompt: TokenCount;
  completion: TokenCount;
}

/**
 * A dry run counts OpenAI models' prompts exactly (gpt-tokenizer, o200k_base, ~135 ms to
 * load); other hosts' tokenizers have no JavaScript port, so they stay an estimate.
 */
export async function tokenizerFor(model: string, dryRun: boolean): Promise<Tokenizer | undefined> {
  if (!dryRun || tokenFamily(model) !== "o200k") return undefined;
  const { countTokens } = await import("gpt-tokenizer/encoding/o200k_base");
  return { name: "o200k_base", count: countTokens };
}

/** Tokens one first attempt will take: the prompt as it will be sent, the answer at its target length. */
export function forecastOf(
  messages: readonly ChatMessage[],
  settings: RewriteSettings,
  tokenizer?: Tokenizer,
): Forecast {
  return {
    prompt: estimatePromptTokens(messages, settings.model, tokenizer),
    completion: estimateCompletionTokens(targetWords(settings.minWords), settings.model),
  };
}

export function costOf(
  setup: Pick<RunSetup, "preset" | "model">,
  prompt: number,
  completion: number,
): { amount: number; currency: string; text: string } | undefined {
  if (setup.preset.free) return undefined;
  const amount = estimateCost(setup.model, prompt, completion);
  const price = priceOf(setup.model);
  if (amount === undefined || price === undefined) return undefined;
  return { amount, currency: price.currency, text: formatCost(amount, price.currency) };
}

export function forecastLine(
  articles: number,
  total: { prompt: number; completion: number },
  setup: Pick<RunSetup, "preset" | "model">,
): string {
  const tokens = `~${total.prompt} prompt + ~${total.completion} completion tokens`;
  const estimate = costOf(setup, total.prompt, total.completion);
  const cost = estimate
    ? `estimated ${estimate.text} for ${setup.model} (first attempts; each repair costs about as much again)`
    : setup.preset.free
      ? "a local model: no per-token cost"
      : `no known price for ${setup.model} (src/core/prices.ts)`;
  return `dry run: ${plural(articles, "article")}, ${tokens}; ${cost}`;
}

/** The request body exactly as it would be sent, at the top level, then what we know of it. */
export function dryRunRecord(
  label: string,
  document: SourceDocument,
  messages: ChatMessage[],
  settings: RewriteSettings,
  setup: Pick<RunSetup, "preset" | "model" | "baseURL">,
  forecast: Forecast,
) {
  const cost = costOf(setup, forecast.prompt.tokens, forecast.completion.tokens);
  return {
    input: label,
    model: settings.model,
    messages,
    stream: true,
    ...requestParamsFor(setup.preset, {
      includeUsage: true,
      ...(settings.temperature !== undefined ? { temperature: settings.temperature } : {}),
    }),
    endpoint: `${displayUrl(setup.baseURL ?? "https://api.openai.com/v1").replace(/\/+$/u, "")}/chat/completions`,
    tokens: {
      prompt: forecast.prompt.tokens,
      completion: forecast.completion.tokens,
      method: forecast.prompt.method,
      basis: forecast.prompt.basis,
    },
    cost: cost
      ? { amount: Number(cost.amount.toFixed(6)), currency: cost.currency, per: "first attempt" }
      : null,
    source: {
      format: document.format,
      encoding: document.encoding,
      words: document.words,
      language: {
        detected: document.language.detected,
        share: Number(document.language.expectedShare.toFixed(3)),
      },
      meta: document.meta,
      warnings: document.warnings,
      dropped: document.dropped,
    },
  };
}
