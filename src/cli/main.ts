import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Command, CommanderError, Option } from "commander";
import { YOAST_WARNINGS } from "../checks/thresholds.js";
import { redactSecrets } from "../core/redact.js";
import { registerBatchCommands } from "./batch-commands.js";
import type { MainIO } from "./io.js";

/**
 * The only module that sees argv, commander, the environment and the process. `main`
 * returns the exit code (markdownlint-cli2's shape); `bin/seo-rewrite.js` sets it.
 * Heavy modules (openai, remark, franc, zod) load inside the actions, so `--help` and
 * `--version` start fast.
 */

const PACKAGE = JSON.parse(
  readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
) as {
  version: string;
};
export const VERSION = PACKAGE.version;

const BUNDLED_PROMPTS = new URL("../../prompts/", import.meta.url);

/** `check --help`'s list of the warnings that copy Yoast's verdicts, with their thresholds. */
function yoastWarningsHelp(): string {
  const width = Math.max(...YOAST_WARNINGS.map((entry) => entry.id.length));
  const lines = YOAST_WARNINGS.map((entry) => `  ${entry.id.padEnd(width)}  ${entry.threshold}`);
  return `\nWarnings (Yoast SEO's thresholds for French; sources in the README):\n${lines.join("\n")}\n`;
}

interface ActionResult {
  code: number;
}

function createProgram(io: MainIO, result: ActionResult): Command {
  const program = new Command("seo-rewrite")
    .description(
      "Rewrite raw French articles into checked, SEO-ready Markdown with any OpenAI-compatible model.",
    )
    .version(VERSION, "-V, --version")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // One line, named like every other error of ours, with where to look.
      outputError: (text, write) =>
        write(`seo-rewrite: ${text.replace(/^error: /u, "").trimEnd()} (see seo-rewrite --help)\n`),
    })
    .showSuggestionAfterError(true);

  addRewriteOptions(
    program
      .command("rewrite", { isDefault: true })
      .description(
        "rewrite articles (the default command); inputs: files, folders, globs, or - / piped stdin",
      )
      .argument("[inputs...]", "files, folders (recursive), globs, or - for stdin"),
  )
    .option("--link", "then link the articles of --out to each other (seo-rewrite link)", false)
    .action(async (inputs: string[], raw: Record<string, unknown>, command: Command) => {
      result.code = await rewriteAction(inputs, raw, command, io);
    });

  addRewriteOptions(
    program
      .command("config")
      .description(
        "print the effective configuration and where each value comes from (flags > environment > config file > defaults)",
      ),
  ).action(async (raw: Record<string, unknown>, command: Command) => {
    const { describeSettings } = await import("../settings/config.js");
    const { resolved } = await resolveRun(raw, command, io);
    io.stdout.write(describeSettings(resolved, io.env));
    result.code = 0;
  });

  program
    .command("prompts")
    .description("list the bundled prompt templates (--prompt takes a name or a path)")
    .option("--json", "an array of templates on stdout", false)
    .action(async (raw: { json: boolean }) => {
      const { listBundledTemplates, formatCatalog } = await import("../settings/prompt-catalog.js");
      const folder = fileURLToPath(BUNDLED_PROMPTS);
      const entries = await listBundledTemplates(folder);
      io.stdout.write(
        raw.json ? `${JSON.stringify(entries, null, 2)}\n` : formatCatalog(entries, folder),
      );
      result.code = 0;
    });

  program
    .command("check")
    .description("run the checks on existing Markdown articles")
    .argument("<paths...>", "Markdown files or folders")
    .option("--source <file>", "the source the articles were written from (fidelity, originality)")
    .option("--min-words <n>", "smallest acceptable article, in words", "700")
    .option("--lang <code>", "expected language", "fr")
    .option("--keyword <text>", "the focus keyphrase (otherwise each article's first keyword)")
    .option(
      "--json",
      "machine-readable results on stdout (one array, written as files are checked)",
      false,
    )
    .addOption(
      new Option("--jsonl", "JSON Lines on stdout: one object per file, then a summary line")
        .default(false)
        .conflicts("json"),
    )
    .option("--quiet", "errors only, no warnings", false)
    .option(
      "--threads <n>",
      "threads checking files (1: this one only; default: the machine's cores past 200 files)",
    )
    .option("--format <name>", "the publishing format, for internal link URLs", "plain")
    .option(
      "--permalink-base <path>",
      "the folder of the articles' URLs, such as /blog/ (default /)",
    )
    .option("--url-pattern <pattern>", "an article's URL, such as /posts/{slug}/")
    .addOption(
      new Option(
        "--originality-error <share>",
        "share of word 8-grams copied from --source that fails a file",
      ).default("0.4"),
    )
    .addOption(
      new Option(
        "--originality-warning <share>",
        "share of word 8-grams copied from --source that warns",
      ).default("0.2"),
    )
    .addHelpText("after", yoastWarningsHelp())
    .action(async (paths: string[], raw: Record<string, unknown>, command: Command) => {
      const [{ checkOptionsSchema }, { resolveOptions }, { runCheck }] = await Promise.all([
        import("../settings/options.js"),
        import("../settings/resolve.js"),
        import("./check-command.js"),
      ]);
      // The same precedence as the rewrite (flags > environment > config file > defaults),
      // so a config file's minWords judges hand-written articles as it judges ours.
      const { options } = resolveOptions({
        schema: checkOptionsSchema,
        keys: [
          "minWords",
          "lang",
          "keyword",
          "originalityError",
          "originalityWarning",
          "format",
          "permalinkBase",
        ],
        typed: typedFlags(raw, command),
        env: io.env,
        cwd: io.cwd,
        perRun: {
          source: raw.source,
          json: raw.json,
          jsonl: raw.jsonl,
          quiet: raw.quiet,
          threads: raw.threads,
          urlPattern: raw.urlPattern,
        },
        warn: warnTo(io),
      });
      result.code = await runCheck(paths, options, { ...io, now: io.now ?? (() => new Date()) });
    });
  registerLinkCommand(program, io, result);
  registerBatchCommands(program, io, result, {
    addRewriteOptions,
    setup: (raw, command) => batchSetup(raw, command, io),
  });
  return program;
}

async function loadTemplate(
  pathOrName: string | undefined,
  fallback: string,
  kind: import("../core/prompt.js").TemplateKind,
  io: MainIO,
) {
  const { parsePromptTemplate } = await import("../core/prompt.js");
  const { UsageError } = await import("../settings/options.js");
  let path: string;
  // fileURLToPath, not .pathname: an install under "jérôme/My Tools" has %C3%A9 and %20 in it.
  if (pathOrName === undefined) path = fileURLToPath(new URL(fallback, BUNDLED_PROMPTS));
  else if (existsSync(resolve(io.cwd, pathOrName))) path = resolve(io.cwd, pathOrName);
  else {
    // A bundled template may be named without its path: `--prompt seo-article`.
    const bundled = [`${pathOrName}.md`, `${pathOrName}.fr.md`]
      .map((name) => fileURLToPath(new URL(name, BUNDLED_PROMPTS)))
      .find((candidate) => existsSync(candidate));
    path = bundled ?? resolve(io.cwd, pathOrName);
  }
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    if (pathOrName === undefined) {
      throw new UsageError(
        `the bundled template ${path} cannot be read (${code}): reinstall seo-rewrite`,
      );
    }
    throw new UsageError(
      `--prompt ${pathOrName ?? path}: cannot read the prompt template (${code}): give a readable Markdown file`,
    );
  }
  let template: import("../core/prompt.js").PromptTemplate;
  try {
    template = parsePromptTemplate(text, pathOrName ?? path);
  } catch (error) {
    throw new UsageError(
      `prompt template ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  // `--prompt repair` would send the repair message as the brief: a run without an article.
  if (template.kind !== kind) {
    throw new UsageError(
      `--prompt ${pathOrName ?? path}: "${template.name}" is a ${template.kind} template, not an article brief: seo-rewrite prompts lists the briefs`,
    );
  }
  return template;
}

/** The rewrite's options, shared by `rewrite` and `config` (defaults shown in --help). */
function addRewriteOptions(command: Command): Command {
  return command
    .option("--model <name>", "model id (env SEO_REWRITE_MODEL, else the provider's default)")
    .option(
      "--base-url <url>",
      "an OpenAI-compatible endpoint (env OPENAI_BASE_URL, else the provider's)",
    )
    .option(
      "--provider <name>",
      "preset: openai, azure, mistral, ollama, lmstudio, openrouter, scaleway, ovhcloud, custom",
      "openai",
    )
    .option("--min-words <n>", "smallest acceptable article, in words", "700")
    .option("--lang <code>", "language of input and output", "fr")
    .option("--keyword <text>", "the focus keyphrase (otherwise the model proposes one)")
    .option("--prompt <file>", "a prompt template file, or a bundled template's name")
    .option("--max-attempts <n>", "model calls per article, repairs included", "3")
    .option("--timeout <seconds>", "per model request", "120")
    .option("--concurrency <n>", "model requests in flight", "4")
    .option(
      "--out <dir>",
      "write DIR/<relative path>.md, mirroring the inputs (stdout for one input)",
    )
    .option("--report <file>", "write a JSON report of the run, one entry per input")
    .option("--format <name>", "front-matter for plain, hugo, jekyll, astro or eleventy", "plain")
    .option(
      "--draft",
      "write the articles unpublished (draft: true, Jekyll published: false)",
      false,
    )
    .option("--categories <list>", "categories written in the front-matter, comma-separated")
    .option(
      "--permalink-base <path>",
      "URL folder of jekyll and eleventy permalinks: /blog/ gives /blog/<slug>/",
    )
    .option("--ext <list>", "extensions taken from folders", ".txt,.md,.markdown,.html,.htm")
    .option("--max-input-words <n>", "longest input accepted, in words", "20000")
    .option("--force", "redo up-to-date articles; accept an input not in --lang", false)
    .option("--dry-run", "do everything up to the model call and print the request as JSON", false)
    .option(
      "--keep-rejected",
      "write the best failed attempt as <name>.rejected.md beside the output",
      false,
    )
    .option("--fail-fast", "stop starting articles after the first failure", false)
    .option(
      "--wait-lock",
      "when another run writes to --out, wait for it instead of exiting",
      false,
    )
    .option(
      "--polish",
      "send a passing article's mendable warnings back once; keep it only if better (online only)",
      false,
    )
    .option(
      "--cite-source",
      "end the article with « Source : [Site](url) » when the source gives its address",
      false,
    )
    .addOption(
      new Option(
        "--originality-error <share>",
        "share of word 8-grams copied from the source that fails an article",
      ).default("0.4"),
    )
    .addOption(
      new Option(
        "--originality-warning <share>",
        "share of word 8-grams copied from the source that warns",
      ).default("0.2"),
    )
    .option("--verbose", "more on stderr: dropped input lines, every finding", false)
    .option("--quiet", "only errors on stderr", false);
}

/** The options the user typed, not commander's defaults: those come from the settings. */
function typedFlags(raw: Record<string, unknown>, command: Command): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(raw).filter(([key]) => command.getOptionValueSource(key) === "cli"),
  );
}

/** `seo-rewrite link <folder>`: internal links between the folder's articles. */
function registerLinkCommand(program: Command, io: MainIO, result: ActionResult): void {
  program
    .command("link")
    .description("link each article of a folder to the others it mentions (no model call)")
    .argument(
      "<folder>",
      "the folder of Markdown articles (rewritten ones, or any with title and keywords)",
    )
    .option(
      "--format <name>",
      "the publishing format, for the URLs: plain, hugo, jekyll, astro, eleventy",
      "plain",
    )
    .option("--permalink-base <path>", "the folder of the URLs, such as /blog/ (default /)")
    .option(
      "--url-pattern <pattern>",
      "the URL of an article, such as /posts/{slug}/ ({dir}: its folder)",
    )
    .option("--max-links <n>", "distinct articles linked from one article", "3")
    .option("--dry-run", "list the links, change no file", false)
    .option("--json", "the links as JSON on stdout", false)
    .option("--quiet", "no summary on stderr", false)
    .action(async (folder: string, raw: Record<string, unknown>, command: Command) => {
      const [{ linkOptionsSchema }, { resolveOptions }, { runLink }] = await Promise.all([
        import("../settings/options.js"),
        import("../settings/resolve.js"),
        import("./link-command.js"),
      ]);
      const { options } = resolveOptions({
        schema: linkOptionsSchema,
        keys: ["format", "permalinkBase"],
        typed: typedFlags(raw, command),
        env: io.env,
        cwd: io.cwd,
        perRun: linkFlags(raw),
        warn: warnTo(io),
      });
      result.code = await runLink(folder, options, io);
    });
}

/** The `link` flags that are not settings (`--format` and `--permalink-base` are). */
function linkFlags(raw: Record<string, unknown>): Record<string, unknown> {
  const { urlPattern, maxLinks, dryRun, json, quiet } = raw;
  return { urlPattern, maxLinks, dryRun, json, quiet };
}

/** A warning line on stderr, as every command prints them. */
function warnTo(io: MainIO): (line: string) => void {
  return (line) => io.stderr.write(`seo-rewrite: warning: ${line}\n`);
}

/**
 * Every setting once, with one precedence: flags the user typed > environment > config
 * file (seo-rewrite.config.json or package.json "seo-rewrite", found upward) > defaults —
 * the defaults being rewriteOptionsSchema's own, so there is one table of them.
 */
async function resolveRun(raw: Record<string, unknown>, command: Command, io: MainIO) {
  const [{ rewriteOptionsSchema, UsageError }, { resolveOptions }, config, { providerFor }] =
    await Promise.all([
      import("../settings/options.js"),
      import("../settings/resolve.js"),
      import("../settings/config.js"),
      import("../model/providers.js"),
    ]);
  const { resolved, options } = resolveOptions({
    schema: rewriteOptionsSchema,
    keys: config.SETTING_KEYS,
    typed: typedFlags(raw, command),
    env: io.env,
    cwd: io.cwd,
    perRun: {
      force: raw.force === true,
      dryRun: raw.dryRun === true,
      citeSource: raw.citeSource === true,
    },
    warn: warnTo(io),
  });
  const preset = providerFor(options.provider);
  if (!preset) throw new UsageError(`--provider: unknown provider ${options.provider}`);
  // A config-file typo is an error; an environment typo would otherwise pass unseen.
  const known = new Set(config.SETTING_KEYS.map((key) => config.envName(key)));
  for (const name of Object.keys(io.env)) {
    if (name.startsWith(config.ENV_PREFIX) && !known.has(name)) {
      io.stderr.write(
        `seo-rewrite: warning: ${name} is not a setting and is ignored (seo-rewrite config lists them)\n`,
      );
    }
  }
  return { resolved, options, preset };
}

/**
 * Everything a run needs, from the command line, environment and config file: options,
 * the provider's client plan, the templates, and a model client created on first use.
 * Shared by the online rewrite and the provider Batch API commands.
 */
async function runSetup(raw: Record<string, unknown>, command: Command, io: MainIO) {
  const { resolved, options, preset } = await resolveRun(raw, command, io);
  const [{ UsageError }, { clientPlan, ProviderSetupError, shortKeyWarning }, llm] =
    await Promise.all([
      import("../settings/options.js"),
      import("../model/providers.js"),
      import("../model/llm.js"),
    ]);
  if (preset.name === "custom" && resolved.model?.origin === "default") {
    throw new UsageError("--provider custom needs --model: the id of a model your host serves");
  }
  const model = resolved.model?.value ?? preset.defaultModel;
  let plan: import("../model/providers.js").ClientPlan;
  try {
    plan = clientPlan(preset, {
      env: io.env,
      model,
      dryRun: options.dryRun,
      ...(resolved.baseUrl !== undefined ? { baseUrl: resolved.baseUrl.value } : {}),
    });
  } catch (error) {
    if (error instanceof ProviderSetupError) throw new UsageError(error.message);
    throw error;
  }
  if (options.quiet && options.verbose) throw new UsageError("--quiet and --verbose: choose one");
  const shortKey = shortKeyWarning(preset, io.env);
  if (shortKey !== undefined && !options.quiet) warnTo(io)(shortKey);
  const [template, repairTemplate, patchTemplate] = await Promise.all([
    loadTemplate(options.prompt, "seo-article.fr.md", "article", io),
    loadTemplate(undefined, "repair.fr.md", "repair", io),
    loadTemplate(undefined, "patch.fr.md", "repair", io),
  ]);
  const gate = new llm.RateGate();
  let client: Promise<import("../model/llm.js").ChatClient> | undefined;
  const setup: import("../pipeline/setup.js").RunSetup = {
    options,
    model,
    preset,
    ...(plan.baseURL !== undefined ? { baseURL: plan.baseURL } : {}),
    template,
    repairTemplate,
    patchTemplate,
    version: VERSION,
    chat: () => {
      client ??= llm.createChatClient({
        plan,
        preset,
        timeoutMs: options.timeout * 1000,
        // The SDK's retries, on purpose: 2 retries (3 tries) with its exponential backoff,
        // honouring Retry-After on 429 and retrying 408/409/5xx, resets and timeouts.
        maxRetries: 2,
        gate,
      });
      return client;
    },
  };
  return { setup, plan };
}

function runIO(io: MainIO) {
  return {
    stdout: io.stdout,
    stderr: io.stderr,
    stdin: io.stdin,
    cwd: io.cwd,
    now: io.now ?? (() => new Date()),
    signal: io.signal ?? new AbortController().signal,
    interruptedBy: io.interruptedBy ?? (() => undefined),
  };
}

async function rewriteAction(
  inputs: string[],
  raw: Record<string, unknown>,
  command: Command,
  io: MainIO,
): Promise<number> {
  const [{ UsageError }, { runRewrite }] = await Promise.all([
    import("../settings/options.js"),
    import("../pipeline/online.js"),
  ]);
  // Before the setup: a typo is the error to report, not the key it would have needed.
  guardAgainstMistypedCommand(inputs, io, UsageError);
  const { link, ...rewriteRaw } = raw;
  const { setup } = await runSetup(rewriteRaw, command, io);
  const { out, format, quiet, dryRun, permalinkBase } = setup.options;
  if (link === true && out === undefined) {
    throw new UsageError("--link needs --out DIR: it links the articles written there");
  }
  const code = await runRewrite(inputs, setup, runIO(io));
  if (link !== true || out === undefined || dryRun) return code;
  // Linked after the run, over the whole folder: articles written earlier link to the new ones too.
  const { runLink } = await import("./link-command.js");
  const linked = await runLink(
    out,
    { format, permalinkBase, maxLinks: 3, dryRun: false, json: false, quiet },
    { ...io, stdout: { write: () => undefined } },
  );
  return Math.max(code, linked);
}

/**
 * The Batch API commands' setup: the online setup plus the host's Batch API, in the shape
 * its preset speaks (OpenAI's /v1/batches for OpenAI and Azure, Mistral's /v1/batch/jobs),
 * or, for a custom host, the one `--batch-api` names. Local servers and OpenRouter have none.
 */
async function batchSetup(
  raw: Record<string, unknown>,
  command: Command,
  io: MainIO,
): Promise<import("./batch-commands.js").BatchSetup> {
  // A batch command's own flag, not a setting: kept away from the rewrite's resolution.
  const { batchApi: shapeFlag, ...rewriteRaw } = raw;
  const { setup, plan } = await runSetup(rewriteRaw, command, io);
  const { preset } = setup;
  const { UsageError } = await import("../settings/options.js");
  if (preset.batchApi === undefined) {
    throw new UsageError(
      `--provider ${preset.name}: its host has no Batch API: use the online mode, seo-rewrite <inputs> --out DIR`,
    );
  }
  // A polish is one more call after an article passed: the Batch API answers once per batch.
  if (setup.options.polish) {
    throw new UsageError(
      "--polish works online only (seo-rewrite <inputs> --polish): drop it, or polish: false in the config file, for batch",
    );
  }
  const given = typeof shapeFlag === "string" ? shapeFlag : undefined;
  if (given !== undefined && given !== preset.batchApi && preset.name !== "custom") {
    throw new UsageError(
      `--batch-api ${given}: ${preset.label} speaks the ${preset.batchApi} one; --batch-api is for --provider custom`,
    );
  }
  const shape = given === "mistral" || given === "openai" ? given : preset.batchApi;
  const { createBatchApi } = await import("../pipeline/batch-api/host.js");
  let api: ReturnType<typeof createBatchApi> | undefined;
  return {
    ...setup,
    batchApiShape: shape,
    batchApi: () => {
      api ??= createBatchApi(shape, plan, {
        timeoutMs: setup.options.timeout * 1000,
        maxRetries: 2,
      });
      return api;
    },
  };
}

const COMMANDS = ["rewrite", "check", "link", "config", "prompts", "batch"];

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * `seo-rewrite chek drafts/` would rewrite drafts/ — a paid run — while the user meant
 * `check`: a first input that is no file and one typo away from a command is refused.
 */
function guardAgainstMistypedCommand(
  inputs: readonly string[],
  io: MainIO,
  UsageError: new (message: string) => Error,
): void {
  const [first] = inputs;
  if (first === undefined || /[*?[\]{}/\\.]/u.test(first) || existsSync(resolve(io.cwd, first)))
    return;
  const near = COMMANDS.find((command) => editDistance(first.toLowerCase(), command) <= 2);
  if (near !== undefined) {
    throw new UsageError(`unknown command '${first}': did you mean 'seo-rewrite ${near}'?`);
  }
}

/** Run the CLI; returns the exit code (0 ok, 1 an article or file failed, 2 usage). */
export async function main(unsafe: MainIO): Promise<number> {
  // The key may hide where no message expects it (a base URL's ?api-key=…): whatever a
  // command prints goes through one redaction, on top of the model edge's own.
  const secrets = Object.entries(unsafe.env)
    .filter(([name, value]) => /(KEY|TOKEN|SECRET)$/u.test(name) && (value?.length ?? 0) >= 8)
    .map(([, value]) => value);
  const io: MainIO = {
    ...unsafe,
    stdout: { write: (text) => unsafe.stdout.write(redactSecrets(text, secrets)) },
    stderr: {
      write: (text) => unsafe.stderr.write(redactSecrets(text, secrets)),
      ...(unsafe.stderr.isTTY !== undefined ? { isTTY: unsafe.stderr.isTTY } : {}),
      ...(unsafe.stderr.columns !== undefined ? { columns: unsafe.stderr.columns } : {}),
    },
  };
  const result: ActionResult = { code: 0 };
  const program = createProgram(io, result);
  try {
    await program.parseAsync([...io.argv], { from: "user" });
    return result.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; everything commander rejects is a usage error.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof Error && error.name === "UsageError") {
      io.stderr.write(`seo-rewrite: ${error.message}\n`);
      return 2;
    }
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`seo-rewrite: unexpected error — this is a bug, please report it:\n${text}\n`);
    return 1;
  }
}

export { type MainIO, nodeIO, STDOUT_FAILED } from "./io.js";
