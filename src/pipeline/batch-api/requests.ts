import { hashText } from "../../core/freshness.js";
import type { ChatMessage } from "../../core/prompt.js";
import { readInputBytes } from "../../input/read.js";
import { type ProviderPreset, requestParamsFor } from "../../model/providers.js";
import { buildMessages, type RewriteSettings, type SourceForRewrite } from "../rewrite.js";
import { type PreparedSource, prepareArticle } from "../stages.js";
import { type BatchFormat, customIdFor } from "./jsonl.js";
import type { ArticleRecord, StoredSettings } from "./state.js";

/**
 * An article's request, built the same way at submit and for every repair round: the
 * prompt of the online mode (`buildMessages`), then the turns of its earlier attempts.
 */

export type { PreparedSource } from "../stages.js";

/**
 * Read an article's input again, as submit read it: the same bytes (else the answer is
 * for a text that no longer exists), prepared with the same options, so the answer is
 * judged against exactly the source the model was given.
 */
export async function readArticleSource(
  article: ArticleRecord,
  stored: StoredSettings,
): Promise<PreparedSource> {
  let bytes: Uint8Array;
  try {
    bytes = await readInputBytes(article.path);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `cannot read the input again (${message})` };
  }
  const hash = hashText(bytes);
  if (article.sourceHash !== undefined && hash !== article.sourceHash) {
    return {
      ok: false,
      reason: "the input changed after it was submitted: run batch submit again to rewrite it",
    };
  }
  return prepareArticle(bytes, hash, {
    label: article.input,
    lang: stored.lang,
    force: article.forced ?? false,
    maxWords: stored.maxInputWords,
    path: article.path,
  });
}

/** The whole conversation to send: the prompt, then each rejected answer and its repair. */
export function conversationOf(
  article: Pick<ArticleRecord, "turns">,
  source: SourceForRewrite,
  settings: RewriteSettings,
): ChatMessage[] {
  return [...buildMessages(source, settings), ...article.turns];
}

/** A chat completion body: model, messages and the parameters the host accepts; no streaming. */
export function requestBody(
  messages: readonly ChatMessage[],
  settings: RewriteSettings,
  preset: ProviderPreset,
): Record<string, unknown> {
  return {
    model: settings.model,
    messages: messages.map((message) => ({ role: message.role, content: message.content })),
    ...requestParamsFor(preset, {
      includeUsage: false,
      ...(settings.temperature !== undefined ? { temperature: settings.temperature } : {}),
    }),
  };
}

/** The host a request goes to: its preset (the parameters it accepts) and its batch file format. */
export interface RequestHost {
  preset: ProviderPreset;
  format: BatchFormat;
}

/** The article's next request line, in the host's format; sets its `customId`. */
export function requestFor(
  article: ArticleRecord,
  source: SourceForRewrite,
  settings: RewriteSettings,
  host: RequestHost,
): { customId: string; line: string; messages: ChatMessage[] } {
  const customId = customIdFor(article.key, article.runHash ?? "", article.attempt);
  article.customId = customId;
  const messages = conversationOf(article, source, settings);
  return {
    customId,
    line: host.format.requestLine(customId, requestBody(messages, settings, host.preset)),
    messages,
  };
}
