// @ts-nocheck
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parsePromptTemplate, type TemplateKind } from "../core/prompt.js";

/**
 * The templates that ship with seo-rewrite, for `seo-rewrite prompts` and `--prompt NAME`.
 * Each is read from its file, so the listing can never disagree with what a run would send.
 */
export interface CatalogEntry {
  name: string;
  kind: TemplateKind;
  description: string;
  /** Absolute path: the file to copy when writing one's own template. */
  file: string;
  /** True for the brief a run uses without `--prompt`. */
  default: boolean;
  variables: string[];
  temperature?: number;
}

export const DEFAULT_ARTICLE_TEMPLATE = "seo-article.fr.md";

export async function listBundledTemplates(folder: string): Promise<CatalogEntry[]> {
  const files = (await readdir(folder)).filter((file) => file.endsWith(".md")).sort();
  const entries = await Promise.all(
    files.map(async (file): Promise<CatalogEntry> => {
      const path = join(folder, file);
      const template = parsePromptTemplate(await readFile(path, "utf8"), path);
      const entry: CatalogEntry = {
        name: template.name,
        kind: template.kind,
        description: template.description,
        file: path,
        default: file === DEFAULT_ARTICLE_TEMPLATE,
        variables: template.variables,
      };
      if (template.temperature !== undefined) entry.temperature = template.temperature;
      return entry;
    }),
  );
  // Briefs first (what --prompt takes), the default at their head; the repair message last.
  const rank = (entry: CatalogEntry) => (entry.default ? 0 : entry.kind === "article" ? 1 : 2);
  return entries.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** The human listing: one block per template, then how to use and write one. */
export function formatCatalog(entries: readonly CatalogEntry[], folder: string): string {
  const width = Math.max(...entries.map((entry) => entry.name.length));
  const lines: string[] = [];
  for (const entry of entries) {
    const use =
      entry.kind === "repair"
        ? "repair message, sent after failed checks"
        : entry.default
          ? "article brief, the default"
          : `article brief, --prompt ${entry.name}`;
    lines.push(`${entry.name.padEnd(width)}  ${use}`);
    if (entry.description) lines.push(`${" ".repeat(width)}  ${entry.description}`);
  }
  lines.push(
    "",
    `Templates live in ${folder}`,
    "Use one with --prompt NAME; to write your own, copy one and run with --prompt ./mine.md.",
  );
  return `${lines.join("\n")}\n`;
}
