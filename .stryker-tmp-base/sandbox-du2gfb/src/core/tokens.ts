/**
 * Token counts for `--dry-run` and cost forecasts. Without a tokenizer installed this is
 * an honest estimate from characters, and says so (`method: "estimate"`); pass a
 * {@link Tokenizer} (e.g. gpt-tokenizer's `countTokens` for OpenAI models) and the same
 * functions return exact counts (`method: "tokenizer"`). After a real run, the API's
 * `usage` gives the true figures: compare them with these to recalibrate the ratios.
 */
// @ts-nocheck


/** Characters per token assumed for French prose, by tokenizer family. */
export const CHARS_PER_TOKEN = {
  /**
   * o200k_base (gpt-4o, gpt-4.1, gpt-5, o-series). French needs about 1.1–1.15× the tokens
   * of English for the same content, and English runs ~1.3 tokens a word (C. Wittmann,
   * chrwittm.github.io/posts/2025-05-23-estimating-tokens-per-word), so ~1.5 tokens a French
   * word; at the 6.8 characters a word measured on this repo's French seeds and fixtures
   * that is ~4.5 characters a token. We take 4.0 (OpenAI's own English rule of thumb) to err
   * on the side of more tokens: a forecast that is a little high is the safer one.
   */
  o200k: 4.0,
  /**
   * Other tokenizers (cl100k_base of gpt-4/gpt-3.5, Mistral's Tekken, Llama, Qwen): less is
   * known or they are less efficient on French (cl100k needs ~1.9 tokens a French word, per
   * the 66k French words in 128k tokens reported by bolddata.org); 3.5 keeps the estimate high.
   */
  other: 3.5,
} as const;

/** Characters per word of French news prose, spaces and Markdown included: 6.7–6.9 on seeds/ and test/fixtures/answers/. */
export const FRENCH_CHARS_PER_WORD = 6.8;

/**
 * Tokens a chat message costs beyond its content, and tokens priming the reply: 3 and 3
 * for OpenAI's current chat models (OpenAI cookbook, "How to count tokens with tiktoken").
 */
export const TOKENS_PER_MESSAGE = 3;
export const TOKENS_PER_REPLY = 3;

export type TokenFamily = keyof typeof CHARS_PER_TOKEN;

/** A real tokenizer, plugged in by the caller (loaded lazily: its tables weigh megabytes). */
export interface Tokenizer {
  /** The encoding, e.g. `o200k_base`. */
  readonly name: string;
  count(text: string): number;
}

export interface TokenCount {
  tokens: number;
  /** `estimate`: from characters; `tokenizer`: counted by a real tokenizer. */
  method: "estimate" | "tokenizer";
  /** How: `~4 chars/token (o200k)`, or the tokenizer's name. */
  basis: string;
}

/** The tokenizer family of a model id; an OpenRouter-style `openai/` prefix is ignored. */
export function tokenFamily(model: string): TokenFamily {
  const id = model.toLowerCase().replace(/^openai\//u, "");
  return /^(?:gpt-4o|gpt-4\.1|gpt-4\.5|gpt-5|chatgpt-4o|o[134](?:-|$)|gpt-oss)/u.test(id)
    ? "o200k"
    : "other";
}

function estimateFromLength(characters: number, model: string): TokenCount {
  const family = tokenFamily(model);
  const ratio = CHARS_PER_TOKEN[family];
  return {
    tokens: Math.ceil(characters / ratio),
    method: "estimate",
    basis: `~${ratio} chars/token (${family})`,
  };
}

/**
 * Tokens in `text` for `model`: counted by `tokenizer` when given, else estimated from
 * its length at {@link CHARS_PER_TOKEN} (rounded up).
 */
export function estimateTokens(text: string, model: string, tokenizer?: Tokenizer): TokenCount {
  if (tokenizer) {
    return { tokens: tokenizer.count(text), method: "tokenizer", basis: tokenizer.name };
  }
  return estimateFromLength(text.length, model);
}

/**
 * Tokens of a whole chat request: every message's content plus
 * {@link TOKENS_PER_MESSAGE} each, plus {@link TOKENS_PER_REPLY}.
 */
export function estimatePromptTokens(
  messages: readonly { role: string; content: string }[],
  model: string,
  tokenizer?: Tokenizer,
): TokenCount {
  const overhead = messages.length * TOKENS_PER_MESSAGE + TOKENS_PER_REPLY;
  if (tokenizer) {
    const content = messages.reduce((sum, message) => sum + tokenizer.count(message.content), 0);
    return { tokens: content + overhead, method: "tokenizer", basis: tokenizer.name };
  }
  const characters = messages.reduce((sum, message) => sum + message.content.length, 0);
  const estimate = estimateFromLength(characters, model);
  return { ...estimate, tokens: estimate.tokens + overhead };
}

/**
 * Tokens the model will likely write for an article of `words` French words (front-matter
 * included in the ratio): always an estimate, since the answer does not exist yet.
 */
export function estimateCompletionTokens(words: number, model: string): TokenCount {
  return estimateFromLength(words * FRENCH_CHARS_PER_WORD, model);
}
