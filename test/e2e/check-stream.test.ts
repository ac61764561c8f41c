import { execFileSync, spawn } from "node:child_process";
import {
  closeSync,
  constants,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BIN, ROOT, runBin } from "../run-cli.js";

/**
 * `check` over a whole site (issue 14): each file printed as it is done, in input order,
 * whichever thread checked it; `--json` written as it goes; `--jsonl` one line per file.
 */
const GOOD = readFileSync(join(ROOT, "test/fixtures/checks/good-article.md"), "utf8");
const SHORT = GOOD.split("## ").slice(0, 2).join("## ");
const LONG_SENTENCES = GOOD.replaceAll(". ", ", et ");

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "seo-rewrite-check-stream-"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function folderOf(count: number, textOf: (index: number) => string): string {
  const folder = join(work, "site");
  for (let index = 0; index < count; index += 1) {
    const sub = join(folder, `part-${index % 3}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `article-${String(index).padStart(3, "0")}.md`), textOf(index));
  }
  return folder;
}

const MIXED = [GOOD, SHORT, LONG_SENTENCES, `Voici l'article :\n\n${GOOD}`];

describe("check in worker threads", () => {
  it("prints what one thread prints, byte for byte, in input order, in every format", async () => {
    const folder = folderOf(8, (index) => MIXED[index % MIXED.length] ?? GOOD);
    const missing = join(work, "missing.md");
    for (const format of [[], ["--json"], ["--jsonl"]]) {
      const args = ["check", folder, missing, ...format];
      const [one, two] = await Promise.all([
        runBin([...args, "--threads", "1"]),
        runBin([...args, "--threads", "2"]),
      ]);
      expect(two.stdout, format.join()).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
      expect([one.code, two.code]).toEqual([1, 1]);
    }
    const json = await runBin(["check", folder, "--json", "--threads", "2"]);
    const files = (JSON.parse(json.stdout) as { file: string }[]).map((entry) => entry.file);
    expect(files).toHaveLength(8);
    expect(files).toEqual([...files].sort());
  }, 120_000);

  it("gives a large folder (past 200 files) the verdicts of one thread", async () => {
    // Past 200 files; short articles keep the test quick (each fails word-count).
    const folder = folderOf(230, (index) => `${SHORT}\n\nParagraphe ${index}.\n`);
    const [auto, one] = await Promise.all([
      runBin(["check", folder, "--jsonl"]),
      runBin(["check", folder, "--jsonl", "--threads", "1"]),
    ]);
    expect(auto.stdout).toBe(one.stdout);
    expect(auto.stdout.trim().split("\n")).toHaveLength(231);
    expect(auto.code).toBe(1);
  }, 120_000);
});

describe("check --jsonl", () => {
  it("writes one --json entry per line, then a summary line", async () => {
    const folder = folderOf(3, (index) => [GOOD, SHORT, LONG_SENTENCES][index] ?? GOOD);
    const missing = join(work, "missing.md");
    const [lines, json] = await Promise.all([
      runBin(["check", folder, missing, "--jsonl"]),
      runBin(["check", folder, missing, "--json"]),
    ]);
    expect(lines.code).toBe(1);
    const objects = lines.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(objects.slice(0, -1)).toEqual(JSON.parse(json.stdout));
    expect(objects.at(-1)).toEqual({
      summary: {
        files: 4,
        checked: 3,
        failing: 1,
        unreadable: 1,
        errors: expect.any(Number),
        warnings: expect.any(Number),
        ok: false,
        complete: true,
      },
    });
  });

  it("is refused with --json, and --threads must be a whole number from 1", async () => {
    const path = join(
      folderOf(1, () => GOOD),
      "part-0/article-000.md",
    );
    const both = await runBin(["check", path, "--json", "--jsonl"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--jsonl.*--json/u);
    for (const threads of ["0", "1.5", "many"]) {
      const run = await runBin(["check", path, "--threads", threads]);
      expect(run.code, threads).toBe(2);
      expect(run.stderr).toContain("--threads");
    }
  });
});

/** The CLI checking `a.md`, `b.md`, then a named pipe it cannot read until we write it. */
function checkWithSlowFile(format: string[], threads: string) {
  writeFileSync(join(work, "a.md"), GOOD);
  writeFileSync(join(work, "b.md"), SHORT);
  const pipe = join(work, "slow.md");
  execFileSync("mkfifo", [pipe]);
  const child = spawn(
    process.execPath,
    [BIN, "check", "a.md", "b.md", "slow.md", ...format, "--threads", threads],
    { cwd: work, env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" } },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const closed = new Promise<number | null>((resolve) => child.on("close", resolve));
  const until = async (done: () => boolean) => {
    while (!done()) await new Promise((resolve) => setTimeout(resolve, 20));
  };
  return { child, pipe, closed, until, out: () => stdout, err: () => stderr };
}

describe("check streams", () => {
  for (const threads of ["1", "2"]) {
    it(`prints each file as soon as it is done (--threads ${threads})`, async () => {
      const run = checkWithSlowFile(["--jsonl"], threads);
      // a.md and b.md are printed while slow.md cannot be read yet.
      await run.until(() => run.out().split("\n").length > 2);
      expect(run.out()).toMatch(/^\{"file":"a\.md".*\n\{"file":"b\.md".*\n$/u);
      writeFileSync(run.pipe, SHORT);
      expect(await run.closed).toBe(1);
      expect(run.out()).toMatch(/\{"file":"slow\.md".*\n\{"summary":.*"complete":true/u);
    }, 120_000);
  }

  it("interrupted, leaves a valid --json document of the files done and exits 130", async () => {
    const run = checkWithSlowFile(["--json"], "2");
    await run.until(() => run.out().includes('"b.md"'));
    run.child.kill("SIGINT");
    // A read still blocked on the pipe holds the process at exit (libuv joins its threads):
    // open the pipe's other end, if the CLI still waits on it, so that read can end.
    await new Promise((resolve) => setTimeout(resolve, 500));
    try {
      closeSync(openSync(run.pipe, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // ENXIO: nobody reads the pipe any more.
    }
    expect(await run.closed).toBe(130);
    const entries = JSON.parse(run.out()) as { file: string }[];
    expect(entries.map((entry) => entry.file)).toEqual(["a.md", "b.md"]);
    expect(run.err()).toContain("interrupted after 2 file(s)");
  }, 120_000);

  it("stops quietly with exit 141 when stdout's reader leaves (check … | head)", async () => {
    const folder = folderOf(40, () => GOOD);
    const child = spawn(process.execPath, [BIN, "check", folder, "--jsonl", "--threads", "1"], {
      cwd: work,
      env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    // Read one chunk, then close the pipe as `head -1` does.
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    // Silent, as `yes | head` is: the reader left on purpose.
    expect(stderr).toBe("");
    expect(code).toBe(141);
  }, 120_000);

  it("fails with exit 1 and one line when stdout cannot be written (a full disk)", async () => {
    const full = openSync("/dev/full", "w");
    try {
      const child = spawn(
        process.execPath,
        [BIN, "check", join(ROOT, "test/fixtures/checks/good-article.md"), "--json"],
        {
          cwd: work,
          env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
          stdio: ["ignore", full, "pipe"],
        },
      );
      let stderr = "";
      child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
        stderr += chunk;
      });
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      expect(stderr).toMatch(/^seo-rewrite: cannot write to stdout \(ENOSPC\)/u);
      expect(stderr).not.toMatch(/ at /u);
      expect(code).toBe(1);
    } finally {
      closeSync(full);
    }
  }, 120_000);
});
