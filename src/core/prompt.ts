import { createHash } from "node:crypto";
import matter from "gray-matter";
import { z } from "zod";

/**
 * Prompts are data (STYLE.md): a Markdown file with its own front-matter, split into
 * chat messages by `<!-- role: system -->` / `<!-- role: user -->` markers, rendered with
 * named variables. `{{name}}` inserts a value; `{{#name}}…{{/name}}` keeps its text only
 * when the value is non-empty, `{{^name}}…{{/name}}` only when it is empty.
 */
export type Role = "system" | "user" | "assistant";

export interface ChatMessage {
  role: Role;
  content: string;
}

/** An article brief (what `--prompt` takes) or the repair message sent after failed checks. */
export type TemplateKind = "article" | "repair";

export interface PromptTemplate {
  name: string;
  kind: TemplateKind;
  description: string;
  /** The variables its front-matter declares (empty: any known variable may be used). */
  variables: string[];
  /** Default sampling temperature the template was written for; undefined leaves the host's. */
  temperature?: number;
  messages: { role: Role; template: string }[];
  /** Hash of the template text, recorded in outputs so a changed prompt makes them stale. */
  hash: string;
}

export type PromptVariables = Readonly<Record<string, string | number | undefined>>;

export class PromptTemplateError extends Error {
  override name = "PromptTemplateError";
}

const templateMeta = z.object({
  name: z.string().min(1),
  kind: z.enum(["article", "repair"]).default("article"),
  description: z.string().default(""),
  temperature: z.number().min(0).max(2).optional(),
  variables: z.array(z.string()).default([]),
});

const ROLE_MARKER = /^<!--\s*role:\s*(system|user|assistant)\s*-->\s*$/gmu;
const VARIABLE = /\{\{\s*([#^/]?)\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/gu;

/** Parse a template file's text; `label` names the file in errors. */
export function parsePromptTemplate(text: string, label: string): PromptTemplate {
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, {});
  } catch (error) {
    throw new PromptTemplateError(`${label}: front-matter is not valid YAML (${String(error)})`);
  }
  const meta = templateMeta.safeParse(parsed.data);
  if (!meta.success) {
    const issue = meta.error.issues[0];
    throw new PromptTemplateError(
      `${label}: front-matter ${issue?.path.join(".") || "block"}: ${issue?.message ?? "invalid"}`,
    );
  }
  const messages: PromptTemplate["messages"] = [];
  const markers = [...parsed.content.matchAll(ROLE_MARKER)];
  if (markers.length === 0) {
    messages.push({ role: "user", template: parsed.content.trim() });
  }
  markers.forEach((marker, index) => {
    const start = (marker.index ?? 0) + marker[0].length;
    const end = markers[index + 1]?.index ?? parsed.content.length;
    messages.push({
      role: marker[1] as Role,
      template: parsed.content.slice(start, end).trim(),
    });
  });
  const declared = new Set(meta.data.variables);
  for (const message of messages) {
    for (const [, , variable] of message.template.matchAll(VARIABLE)) {
      if (variable && declared.size > 0 && !declared.has(variable)) {
        throw new PromptTemplateError(
          `${label}: uses {{${variable}}}, which its front-matter "variables" does not list`,
        );
      }
    }
  }
  const template: PromptTemplate = {
    name: meta.data.name,
    kind: meta.data.kind,
    description: meta.data.description,
    variables: meta.data.variables,
    messages,
    hash: createHash("sha256").update(text).digest("hex").slice(0, 16),
  };
  if (meta.data.temperature !== undefined) template.temperature = meta.data.temperature;
  return template;
}

function isEmpty(value: string | number | undefined): boolean {
  return value === undefined || value === "";
}

/** Render one template string; a variable the caller does not know is an error, not "". */
export function renderTemplate(
  template: string,
  variables: PromptVariables,
  label = "template",
): string {
  const sections = template.replace(
    /\{\{\s*([#^])\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}([\s\S]*?)\{\{\s*\/\s*\2\s*\}\}/gu,
    (_match, kind: string, name: string, inner: string) =>
      (kind === "#") !== isEmpty(variables[name]) ? inner : "",
  );
  return sections.replace(VARIABLE, (_match, kind: string, name: string) => {
    if (kind !== "") {
      throw new PromptTemplateError(`${label}: unbalanced section {{${kind}${name}}}`);
    }
    if (!(name in variables)) {
      throw new PromptTemplateError(`${label}: no value for {{${name}}}`);
    }
    return String(variables[name] ?? "");
  });
}

export function renderPrompt(template: PromptTemplate, variables: PromptVariables): ChatMessage[] {
  return template.messages.map(({ role, template: text }) => ({
    role,
    content: renderTemplate(text, variables, template.name),
  }));
}

/** Characters that show nothing and could hide a delimiter from a plain search. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/gu;

/**
 * `<article-source>` or `</article-source>` in any disguise a model would still read as
 * one: any case, spaces inside the brackets, full-width or small brackets and slash, a
 * hyphen of another kind or none.
 */
const DELIMITER =
  /[<\uFF1C\uFE64]\s*[/\uFF0F]?\s*article[\s\-\u2010-\u2015_]*source\s*[>\uFF1E\uFE65]/giu;

/**
 * The article goes to the model as data between delimiters; a source that contains the
 * closing delimiter could end the data early and smuggle in instructions, so it is defused
 * (its brackets become ‹ ›), after removing the invisible characters that could hide it.
 */
export function fenceArticle(text: string): string {
  return text
    .replace(INVISIBLE, "")
    .replace(DELIMITER, (tag) =>
      tag.replace(/^[<\uFF1C\uFE64]/u, "‹").replace(/[>\uFF1E\uFE65]$/u, "›"),
    );
}

/**
 * A value of the input's metadata (its title, author, keywords) as the prompt shows it:
 * data, never instructions — one line, at most `max` characters, delimiters defused.
 */
export function metadataLine(value: string | undefined, max: number): string {
  if (value === undefined) return "";
  const line = fenceArticle(value).replace(/\s+/gu, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}
