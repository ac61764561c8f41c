import { z } from "zod";
import { flagName, SETTING_SCHEMAS } from "./config.js";

/**
 * The options a command runs with: every setting's schema is config.ts's (one schema per
 * setting, whichever of flag, variable or config file gave it, so a value is validated
 * once, with the name of what gave it), plus the defaults and the per-run flags here.
 */

/** The built-in defaults, in one table: `seo-rewrite config` and `--help` show these. */
export const DEFAULTS = {
  provider: "openai",
  minWords: 700,
  lang: "fr",
  maxAttempts: 3,
  timeout: 120,
  concurrency: 4,
  ext: ".txt,.md,.markdown,.html,.htm",
  maxInputWords: 20_000,
  format: "plain",
  draft: false,
  keepRejected: false,
  failFast: false,
  waitLock: false,
  polish: false,
  verbose: false,
  quiet: false,
  originalityError: 0.4,
  originalityWarning: 0.2,
} as const;

const S = SETTING_SCHEMAS;

export const rewriteOptionsSchema = z.object({
  model: S.model.optional(),
  baseUrl: S.baseUrl.optional(),
  provider: S.provider.default(DEFAULTS.provider),
  minWords: S.minWords.default(DEFAULTS.minWords),
  lang: S.lang.default(DEFAULTS.lang),
  keyword: S.keyword.optional(),
  prompt: S.prompt.optional(),
  maxAttempts: S.maxAttempts.default(DEFAULTS.maxAttempts),
  timeout: S.timeout.default(DEFAULTS.timeout),
  concurrency: S.concurrency.default(DEFAULTS.concurrency),
  out: S.out.optional(),
  report: S.report.optional(),
  ext: S.ext.default(DEFAULTS.ext).transform((list) =>
    list
      .split(",")
      .map((ext) => ext.trim().toLowerCase())
      .filter((ext) => ext !== "")
      .map((ext) => (ext.startsWith(".") ? ext : `.${ext}`)),
  ),
  maxInputWords: S.maxInputWords.default(DEFAULTS.maxInputWords),
  format: S.format.default(DEFAULTS.format),
  draft: S.draft.default(DEFAULTS.draft),
  categories: S.categories.optional().transform((list) => {
    if (list === undefined) return undefined;
    const names = [...new Set(list.split(",").map((name) => name.trim()))].filter(Boolean);
    return names.length > 0 ? names : undefined;
  }),
  permalinkBase: S.permalinkBase.optional(),
  // Per run only: never in a config file or the environment.
  force: z.boolean().default(false),
  dryRun: z.boolean().default(false),
  citeSource: z.boolean().default(false),
  keepRejected: S.keepRejected.default(DEFAULTS.keepRejected),
  failFast: S.failFast.default(DEFAULTS.failFast),
  waitLock: S.waitLock.default(DEFAULTS.waitLock),
  polish: S.polish.default(DEFAULTS.polish),
  verbose: S.verbose.default(DEFAULTS.verbose),
  quiet: S.quiet.default(DEFAULTS.quiet),
  originalityError: S.originalityError.default(DEFAULTS.originalityError),
  originalityWarning: S.originalityWarning.default(DEFAULTS.originalityWarning),
});

export type RewriteOptions = z.output<typeof rewriteOptionsSchema>;

/** How `link` and `check` make an article's URL when its front-matter sets none. */
const urlSchemeShape = {
  format: rewriteOptionsSchema.shape.format,
  permalinkBase: rewriteOptionsSchema.shape.permalinkBase,
  urlPattern: z
    .string()
    .regex(/^\/[^\s?#]*\{slug\}[^\s?#]*$/u, {
      error: "expected a path holding {slug}, such as /posts/{slug}/",
    })
    .optional(),
};

export const checkOptionsSchema = z.object({
  source: z.string().min(1).optional(),
  minWords: rewriteOptionsSchema.shape.minWords,
  lang: rewriteOptionsSchema.shape.lang,
  keyword: rewriteOptionsSchema.shape.keyword,
  json: z.boolean().default(false),
  /** JSON Lines: one object per file as it is checked, then a summary line. */
  jsonl: z.boolean().default(false),
  quiet: z.boolean().default(false),
  /** Threads checking files; absent: this one, then the machine's cores past 200 files. */
  threads: z.coerce.number().int().min(1).max(64).optional(),
  originalityError: rewriteOptionsSchema.shape.originalityError,
  originalityWarning: rewriteOptionsSchema.shape.originalityWarning,
  ...urlSchemeShape,
});

export type CheckOptions = z.output<typeof checkOptionsSchema>;

export const linkOptionsSchema = z.object({
  ...urlSchemeShape,
  maxLinks: z.coerce
    .number()
    .int({ error: "expected a whole number" })
    .min(0, { error: "expected 0 or more" })
    .default(3),
  dryRun: z.boolean().default(false),
  json: z.boolean().default(false),
  quiet: z.boolean().default(false),
});

export type LinkOptions = z.output<typeof linkOptionsSchema>;

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
  const key = issue?.path[0];
  const message = issue?.message ?? "invalid options";
  throw new UsageError(typeof key === "string" ? `${flagName(key)}: ${message}` : message);
}
