import { frenchDate } from "../core/french-dates.js";

/**
 * The text an article is held to, in a module of its own: `check --source` needs it, and
 * importing it from rewrite.ts loaded the whole rewrite loop (prompts, compose, the model
 * client) at every `check` start.
 */

/** What {@link referenceText} reads of a source: its clean text and the page's metadata. */
export interface ReferenceSource {
  text: string;
  meta?: { title?: string; author?: string; date?: string } | undefined;
}

/**
 * What the article is held to: the clean text plus the page's title, author and date,
 * which cleaning took out of the body but which the model is given and may cite.
 */
export function referenceText(source: ReferenceSource): string {
  const meta = source.meta ?? {};
  const lines = [meta.title, meta.author, meta.date, meta.date ? frenchDate(meta.date) : undefined];
  return [source.text, ...lines.filter((line): line is string => Boolean(line))].join("\n");
}
