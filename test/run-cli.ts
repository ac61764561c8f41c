import { spawn } from "node:child_process";
import { appendFileSync, mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { main } from "../src/cli/main.js";

/**
 * Two ways to run the CLI (markdownlint-cli2's scenario shape): in-process through
 * `main()`, and as a real subprocess of the built `bin/seo-rewrite.js` — what a user sees.
 * Subprocesses get a minimal environment (knip's habit) so a developer's variables
 * (a real OPENAI_API_KEY…) never leak into a test.
 */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  durationMs: number;
}

export interface CliCall {
  env?: Record<string, string>;
  stdin?: string | Buffer;
  cwd?: string;
  /** Send this signal after the given delay (subprocess only). */
  signal?: { name: NodeJS.Signals; afterMs: number };
  /** Run through this command (subprocess only), e.g. `setpriv …` to drop capabilities. */
  wrapper?: readonly string[];
}

export const BIN = fileURLToPath(new URL("../bin/seo-rewrite.js", import.meta.url));
export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * With SEO_REWRITE_RECORD=<dir>, every run is appended to <dir>/<test file>.jsonl, so the
 * outputs of the whole suite can be diffed across a refactoring that must not change them.
 */
function record(args: readonly string[], run: CliRun): CliRun {
  const dir = process.env.SEO_REWRITE_RECORD;
  if (dir === undefined) return run;
  const state = expect.getState();
  mkdirSync(dir, { recursive: true });
  const line = {
    test: state.currentTestName,
    args,
    code: run.code,
    stdout: run.stdout,
    stderr: run.stderr,
  };
  appendFileSync(
    join(dir, `${basename(state.testPath ?? "unknown")}.jsonl`),
    `${JSON.stringify(line)}\n`,
  );
  return run;
}

export async function runBin(args: readonly string[], call: CliCall = {}): Promise<CliRun> {
  return record(args, await spawnBin(args, call));
}

function spawnBin(args: readonly string[], call: CliCall): Promise<CliRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const [command = process.execPath, ...wrapperArgs] = call.wrapper ?? [];
    const node = call.wrapper ? [process.execPath] : [];
    const child = spawn(command, [...wrapperArgs, ...node, BIN, ...args], {
      cwd: call.cwd ?? ROOT,
      env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...call.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    if (call.signal) {
      const { name, afterMs } = call.signal;
      setTimeout(() => child.kill(name), afterMs);
    }
    child.on("close", (code, signal) => {
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout,
        stderr,
        durationMs: Date.now() - started,
      });
    });
    // A CLI that stops reading stdin (past the size cap) closes the pipe: EPIPE is expected.
    child.stdin.on("error", () => {});
    if (call.stdin !== undefined) child.stdin.end(call.stdin);
    else child.stdin.end();
  });
}

export async function runMain(args: readonly string[], call: CliCall = {}): Promise<CliRun> {
  const started = Date.now();
  let stdout = "";
  let stderr = "";
  const stdin = Readable.from(
    call.stdin === undefined ? [] : [Buffer.from(call.stdin)],
  ) as Readable & {
    isTTY?: boolean;
  };
  const code = await main({
    argv: args,
    env: { ...call.env },
    cwd: call.cwd ?? ROOT,
    stdin,
    stdout: {
      write: (text: string) => {
        stdout += text;
      },
    },
    stderr: {
      write: (text: string) => {
        stderr += text;
      },
      isTTY: false,
    },
  });
  return record(args, { code, stdout, stderr, durationMs: Date.now() - started });
}
