import { copyFileSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import OpenAI from "openai";
import type { BatchIO, BatchSetup } from "../../../src/cli/batch-commands.js";
import { parsePromptTemplate } from "../../../src/core/prompt.js";
import { createChatClient } from "../../../src/model/llm.js";
import { PROVIDERS, type ProviderPreset } from "../../../src/model/providers.js";
import { batchApiOf } from "../../../src/pipeline/batch-api/client.js";
import { SETTING_KEYS } from "../../../src/settings/config.js";
import { rewriteOptionsSchema } from "../../../src/settings/options.js";
import { resolveOptions } from "../../../src/settings/resolve.js";
import type { FakeServer } from "../../fake-server.js";
import { ROOT } from "../../run-cli.js";

/** A Batch API run in-process: the real SDK against the fake server, a clock that sleeps instantly. */

export const KEY = "sk-test-batchapi-0123456789abcdefghijklmnopqrstu";
export const MODEL = "gpt-4.1-mini";

export const SEEDS = [
  join(ROOT, "seeds/reuters-microsoft-mistral-scraped.txt"),
  join(ROOT, "seeds/euractiv-mistral-azure-with-instruction.txt"),
];

const prompt = (name: string) =>
  parsePromptTemplate(readFileSync(join(ROOT, "prompts", name), "utf8"), name);

/** `count` copies of the seeds under `root/in`, every third one in `sub/`. */
export function articlesFolder(root: string, count: number): string {
  const input = join(root, "in");
  for (let index = 0; index < count; index += 1) {
    const folder = index % 3 === 2 ? join(input, "sub") : input;
    mkdirSync(folder, { recursive: true });
    const seed = SEEDS[index % 2] ?? "";
    copyFileSync(seed, join(folder, `article-${String(index).padStart(3, "0")}.txt`));
  }
  return input;
}

export function tree(folder: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(folder, path).split("\\").join("/"));
    }
  };
  walk(folder);
  return files.sort();
}

export function setupFor(server: FakeServer, flags: Record<string, unknown> = {}): BatchSetup {
  const preset = PROVIDERS.openai as ProviderPreset;
  // The way the CLI resolves them: flags arrive as commander's strings.
  const { force, dryRun, ...typed } = flags;
  const { options } = resolveOptions({
    schema: rewriteOptionsSchema,
    keys: SETTING_KEYS,
    typed,
    env: {},
    cwd: tmpdir(),
    perRun: { force: force === true, dryRun: dryRun === true },
  });
  return {
    options,
    model: MODEL,
    baseURL: server.url,
    preset,
    template: prompt("seo-article.fr.md"),
    repairTemplate: prompt("repair.fr.md"),
    version: "0.0.0-test",
    chat: () =>
      createChatClient({
        plan: { kind: "openai", apiKey: KEY, baseURL: server.url },
        preset,
        timeoutMs: 10_000,
        maxRetries: 0,
      }),
    batchApiShape: "openai",
    batchApi: async () =>
      batchApiOf(new OpenAI({ apiKey: KEY, baseURL: server.url, maxRetries: 0 }), {
        timeoutMs: 10_000,
        baseURL: server.url,
      }),
  };
}

export interface MemoryIO extends BatchIO {
  out: string;
  err: string;
  /** Every wait asked for, in milliseconds. */
  sleeps: number[];
  reset(): void;
  controller: AbortController;
}

/** Streams in memory; a clock that starts at a fixed date and moves only when the run sleeps. */
export function memoryIO(cwd: string, options: { isTTY?: boolean } = {}): MemoryIO {
  let clock = Date.parse("2026-03-02T09:00:00Z");
  const controller = new AbortController();
  const io: MemoryIO = {
    out: "",
    err: "",
    sleeps: [],
    controller,
    cwd,
    stdout: {
      write: (text: string) => {
        io.out += text;
      },
    },
    stderr: {
      write: (text: string) => {
        io.err += text;
      },
      isTTY: options.isTTY ?? false,
      columns: 120,
    },
    now: () => new Date(clock),
    signal: controller.signal,
    interruptedBy: () => (controller.signal.aborted ? "SIGINT" : undefined),
    sleep: async (milliseconds: number) => {
      io.sleeps.push(milliseconds);
      clock += milliseconds;
    },
    reset() {
      io.out = "";
      io.err = "";
      io.sleeps = [];
    },
  };
  return io;
}

/** A request of a repair round carries the rejected answer as an assistant turn. */
export function isRepairRequest(body: { messages: { role: string }[] }): boolean {
  return body.messages.some((message) => message.role === "assistant");
}
