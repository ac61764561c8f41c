// @ts-nocheck
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { Command, CommanderError } from "commander";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { registerBatchCommands } from "../../../src/cli/batch-commands.js";
import type { MainIO } from "../../../src/cli/main.js";
import { type FakeServer, startFakeServer } from "../../fake-server.js";
import { articlesFolder, KEY, setupFor, tree } from "./harness.js";

/**
 * The commands as cli.ts registers them: one call, rewrite options from its helper, the
 * batch commands' own options kept out of the rewrite's settings.
 */

let server: FakeServer;
let work: string;

beforeEach(async () => {
  work = mkdtempSync(join(tmpdir(), "seo-rewrite-batch-cli-"));
  server = await startFakeServer({ requireKey: KEY });
});
afterEach(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

async function cli(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const io: MainIO = {
    argv,
    env: {},
    cwd: work,
    stdin: Readable.from([]),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
  };
  const result = { code: -1 };
  const setups: Record<string, unknown>[] = [];
  const program = new Command("seo-rewrite")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout.write, writeErr: io.stderr.write });
  registerBatchCommands(program, io, result, {
    addRewriteOptions: (command) =>
      command
        .option("--out <dir>")
        .option("--report <file>")
        .option("--max-attempts <n>")
        .option("--dry-run", "", false),
    setup: async (raw, command) => {
      const typed = Object.fromEntries(
        Object.entries(raw).filter(([key]) => command.getOptionValueSource(key) === "cli"),
      );
      setups.push(typed);
      return setupFor(server, typed);
    },
  });
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    result.code = error.exitCode === 0 ? 0 : 2;
  }
  return { code: result.code, stdout, stderr, setups };
}

describe("registerBatchCommands", () => {
  it("lists submit, status, collect and cancel", async () => {
    const help = await cli(["batch", "--help"]);
    expect(help.code).toBe(0);
    for (const name of ["submit", "status", "collect", "cancel"])
      expect(help.stdout).toContain(name);
    const collect = await cli(["batch", "collect", "--help"]);
    expect(collect.stdout).toMatch(/--online-repairs/u);
    expect(collect.stdout).toMatch(/--wait/u);
  });

  it("runs submit, status and collect from argv; batch-only options stay out of the settings", async () => {
    articlesFolder(work, 2);
    const submit = await cli(["batch", "submit", "in", "--out", "out"]);
    expect(submit.code).toBe(0);
    expect(server.batchRequests()).toHaveLength(2);

    for (let poll = 0; poll < 3; poll += 1) {
      expect((await cli(["batch", "status", "out"])).code).toBe(0);
    }
    const collect = await cli([
      "batch",
      "collect",
      "out",
      "--online-repairs",
      "--max-attempts",
      "2",
    ]);
    expect(collect.code).toBe(0);
    expect(collect.setups[0]).toEqual({ maxAttempts: "2" });
    expect(tree(join(work, "out")).filter((file) => file.endsWith(".md"))).toEqual([
      "article-000.md",
      "article-001.md",
    ]);
  });

  it("a wrong option is a usage error", async () => {
    expect((await cli(["batch", "status", "--no-such-option"])).code).toBe(2);
  });
});
