import type { z } from "zod";
import {
  ConfigError,
  findConfig,
  type ResolvedSettings,
  resolveSettings,
  type SettingKey,
  settingValues,
  type Warn,
} from "./config.js";
import { parseOptions, UsageError } from "./options.js";

/**
 * Settings resolved once, the same way for every command (`rewrite`, `config`, `batch`,
 * `check`): the flags the user typed > environment > config file > the schema's defaults,
 * then the command's option schema over the result. Returns the typed options and each
 * setting's origin (what `seo-rewrite config` prints).
 */
export function resolveOptions<Schema extends z.ZodObject>(request: {
  schema: Schema;
  /** The settings this command reads from flags, environment and config file. */
  keys: readonly SettingKey[];
  /** Values typed on the command line (not commander's defaults). */
  typed: Readonly<Record<string, unknown>>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Per-run options, taken as they are (`--force`, `--json`, `--source`…). */
  perRun: Readonly<Record<string, unknown>>;
  /** Told of what is ignored on the way (a package.json that is no JSON). */
  warn?: Warn;
}): { resolved: ResolvedSettings; options: z.output<Schema> } {
  const { schema, keys } = request;
  const schemaDefaults = schema.parse({}) as Record<string, unknown>;
  const defaults: Record<string, unknown> = {};
  for (const key of keys) {
    const value = schemaDefaults[key];
    if (value !== undefined) defaults[key] = Array.isArray(value) ? value.join(",") : value;
  }
  let resolved: ResolvedSettings;
  try {
    resolved = resolveSettings({
      flags: request.typed,
      env: request.env,
      config: findConfig(request.cwd, undefined, request.warn),
      defaults,
    });
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  const values = settingValues(resolved) as Record<string, unknown>;
  const read = Object.fromEntries(keys.map((key) => [key, values[key]]));
  return { resolved, options: parseOptions(schema, { ...read, ...request.perRun }) };
}
