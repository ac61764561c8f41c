// @ts-nocheck
import { z } from "zod";
import { FORMATS } from "../core/formats.js";
import { isSupportedLanguage, LANGUAGES } from "../core/language.js";
import { PROVIDERS, providerNames } from "../model/providers.js";

/**
 * One schema for every option and its default (STYLE.md, after knip): commander hands
 * raw strings here, and a bad value becomes one line naming the flag and the problem.
 */
const positiveInt = (flag: string) =>
  z.coerce
    .number({ error: `${flag}: expected a number` })
    .int(`${flag}: expected a whole number`)
    .min(1, `${flag}: expected a number ≥ 1`);

const share = (flag: string) =>
  z.coerce
    .number({ error: `${flag}: expected a number` })
    .min(0, `${flag}: expected a share between 0 and 1`)
    .max(1, `${flag}: expected a share between 0 and 1`);

export const rewriteOptionsSchema = z.object({
  model: z.string().min(1).optional(),
  baseUrl: z
    .url({ error: "--base-url: expected a URL such as http://localhost:11434/v1" })
    .optional(),
  provider: z
    .string()
    .refine((name) => name in PROVIDERS, {
      error: `--provider: expected one of ${providerNames().join(", ")}`,
    })
    .default("openai"),
  minWords: positiveInt("--min-words").default(700),
  lang: z
    .string()
    .refine(isSupportedLanguage, {
      error: `--lang: expected one of ${Object.keys(LANGUAGES).join(", ")}`,
    })
    .default("fr"),
  keyword: z.string().trim().min(1, "--keyword: expected a non-empty phrase").optional(),
  prompt: z.string().min(1).optional(),
  maxAttempts: positiveInt("--max-attempts").max(10, "--max-attempts: at most 10").default(3),
  timeout: z.coerce
    .number({ error: "--timeout: expected seconds" })
    .positive("--timeout: expected seconds > 0")
    // Node's timers overflow past ~24.8 days and then fire at once; an hour is plenty.
    .max(3600, "--timeout: at most 3600 seconds (one hour) per request")
    .default(120),
  concurrency: positiveInt("--concurrency").max(64, "--concurrency: at most 64").default(4),
  out: z.string().min(1).optional(),
  report: z.string().min(1).optional(),
  ext: z
    .string()
    .default(".txt,.md,.markdown,.html,.htm")
    .transform((list) =>
      list
        .split(",")
        .map((ext) => ext.trim().toLowerCase())
        .filter((ext) => ext !== "")
        .map((ext) => (ext.startsWith(".") ? ext : `.${ext}`)),
    ),
  maxInputWords: positiveInt("--max-input-words").default(20_000),
  format: z
    .enum(FORMATS, { error: `--format: expected one of ${FORMATS.join(", ")}` })
    .default("plain"),
  force: z.boolean().default(false),
  dryRun: z.boolean().default(false),
  keepRejected: z.boolean().default(false),
  failFast: z.boolean().default(false),
  verbose: z.boolean().default(false),
  quiet: z.boolean().default(false),
  originalityError: share("--originality-error").default(0.4),
  originalityWarning: share("--originality-warning").default(0.2),
});

export type RewriteOptions = z.output<typeof rewriteOptionsSchema>;

export const checkOptionsSchema = z.object({
  source: z.string().min(1).optional(),
  minWords: positiveInt("--min-words").default(700),
  lang: rewriteOptionsSchema.shape.lang,
  keyword: rewriteOptionsSchema.shape.keyword,
  json: z.boolean().default(false),
  quiet: z.boolean().default(false),
  originalityError: share("--originality-error").default(0.4),
  originalityWarning: share("--originality-warning").default(0.2),
});

export type CheckOptions = z.output<typeof checkOptionsSchema>;

/** Thrown for a wrong command line: exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export function parseOptions<Schema extends z.ZodType>(
  schema: Schema,
  raw: unknown,
): z.output<Schema> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new UsageError(issue?.message ?? "invalid options");
}
