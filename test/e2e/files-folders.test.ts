import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeServer, startFakeServer } from "../fake-server.js";
import { ROOT, runBin } from "../run-cli.js";

/** Issue 15, files and folders: what a user sees from the built CLI. */
const KEY = "sk-test-files-folders-0123456789abcdefghijkl";
const SEED = join(ROOT, "seeds/reuters-microsoft-mistral-scraped.txt");

let server: FakeServer | undefined;
let work: string;

function env(extra: Record<string, string> = {}): Record<string, string> {
  return { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: server?.url ?? "http://127.0.0.1:9", ...extra };
}

interface Report {
  articles: { input: string; status: string; reasons: string[] }[];
}

function readReport(path: string): Report {
  return JSON.parse(readFileSync(path, "utf8")) as Report;
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "seo-rewrite-files-"));
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  chmodSync(work, 0o700);
  for (const name of readdirSync(work, { recursive: true, encoding: "utf8" })) {
    try {
      chmodSync(join(work, name), 0o755);
    } catch {
      // A folder chmod 000 hides its own entries until it is opened again: the next pass does.
    }
  }
  rmSync(work, { recursive: true, force: true });
});

/**
 * chmod 000 stops no read by root, and CI runs as root: there, the CLI runs without the
 * capabilities that let root ignore permissions (util-linux's setpriv), so the permission
 * holds, while the checkout stays readable wherever it was cloned. Run as anyone else, the
 * CLI runs as is.
 */
const asRoot = process.getuid?.() === 0;
const withoutPermissionOverride = asRoot
  ? { wrapper: ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"] }
  : {};

describe("an unreadable subfolder", () => {
  it("fails alone, with its line and report entry; its readable siblings are rewritten", async () => {
    server = await startFakeServer();
    const input = join(work, "in");
    mkdirSync(join(input, "locked"), { recursive: true });
    mkdirSync(join(input, "z"), { recursive: true });
    copyFileSync(SEED, join(input, "a.txt"));
    copyFileSync(SEED, join(input, "locked", "b.txt"));
    copyFileSync(SEED, join(input, "z", "c.txt"));
    const out = join(work, "out");
    mkdirSync(out);
    chmodSync(join(input, "locked"), 0o000);
    const report = join(out, "run.json");
    const run = await runBin([input, "--out", out, "--report", report], {
      env: env(),
      ...withoutPermissionOverride,
    });
    expect(run.code).toBe(1);
    const failures = run.stderr.split("\n").filter((line) => line.includes("permission denied"));
    expect(failures).toEqual([`${join(input, "locked")}: permission denied: make it readable`]);
    expect(existsSync(join(out, "a.md"))).toBe(true);
    expect(existsSync(join(out, "z", "c.md"))).toBe(true);
    const entries = readReport(report).articles.map((entry) => [entry.input, entry.status]);
    expect(entries).toEqual(
      expect.arrayContaining([
        [join(input, "locked"), "failed"],
        [join(input, "a.txt"), "written"],
        [join(input, "z/c.txt"), "written"],
      ]),
    );
  });
});

describe("hidden files in a folder", () => {
  it("lists each skipped dot-file (..txt, ...txt, .brouillon.md) on stderr and in the report, with why", async () => {
    server = await startFakeServer();
    const input = join(work, "in");
    mkdirSync(input);
    copyFileSync(SEED, join(input, "a.txt"));
    for (const name of ["..txt", "...txt", ".brouillon.md"]) {
      copyFileSync(SEED, join(input, name));
    }
    writeFileSync(join(input, ".DS_Store"), "binaire");
    const report = join(work, "run.json");
    const run = await runBin([input, "--out", join(work, "out"), "--report", report], {
      env: env(),
    });
    expect(run.code).toBe(0);
    const skipped = readReport(report).articles.filter((entry) => entry.status === "skipped");
    // Sorted by code unit, as every folder is walked.
    expect(skipped.map((entry) => entry.input)).toEqual([
      join(input, "...txt"),
      join(input, "..txt"),
      join(input, ".brouillon.md"),
    ]);
    for (const entry of skipped) {
      expect(entry.reasons).toEqual([
        "hidden file (its name starts with a dot): name it on the command line to rewrite it",
      ]);
      expect(run.stderr).toContain(`${entry.input}: skipped (hidden file`);
    }
    expect(run.stderr).not.toContain(".DS_Store");
    expect(server.chatRequests()).toHaveLength(1);
  });

  it("rewrites a dot-file named on the command line", async () => {
    server = await startFakeServer();
    copyFileSync(SEED, join(work, "..txt"));
    const run = await runBin([join(work, "..txt"), "--out", join(work, "out")], { env: env() });
    expect(run.code).toBe(0);
    expect(existsSync(join(work, "out", "..md"))).toBe(true);
  });
});

describe("names in messages", () => {
  it("escapes a newline in a file name: each message stays one line", async () => {
    server = await startFakeServer({ fallback: { kind: "error", status: 400 } });
    const input = join(work, "in");
    mkdirSync(input);
    copyFileSync(SEED, join(input, "a\nb.txt"));
    const run = await runBin([input, "--out", join(work, "out")], { env: env() });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain("a\nb");
    const line = run.stderr.split("\n").find((text) => text.includes("a\\nb.txt: failed"));
    expect(line).toBeDefined();
  });
});

describe("inputs of tens of MB", () => {
  it("refuses each on its size, from --max-input-words, before reading it; the others run", async () => {
    server = await startFakeServer();
    const input = join(work, "in");
    mkdirSync(input);
    copyFileSync(SEED, join(input, "a.txt"));
    for (const name of ["gros.txt", "page.html"]) {
      writeFileSync(join(input, name), "");
      truncateSync(join(input, name), 31 * 1024 * 1024);
    }
    const run = await runBin([input, "--out", join(work, "out")], { env: env() });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${join(input, "gros.txt")}: failed: is 31.0 MB: too large to be an article (limit 299 KB, from --max-input-words); give the article's text, or raise --max-input-words`,
    );
    // HTML carries its markup besides its words: 8 MiB more.
    expect(run.stderr).toContain(
      `${join(input, "page.html")}: failed: is 31.0 MB: too large to be an article (limit 8.2 MB, from --max-input-words)`,
    );
    expect(existsSync(join(work, "out", "a.md"))).toBe(true);
  });

  it("stops reading stdin past the cap", async () => {
    server = await startFakeServer();
    const run = await runBin(["--max-input-words", "1000"], {
      env: env(),
      stdin: Buffer.alloc(9 * 1024 * 1024, "mot "),
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^stdin: failed: is over 8\.\d MB: too large to be an article \(limit 8\.0 MB, from --max-input-words\)/mu,
    );
    expect(server.chatRequests()).toHaveLength(0);
  });
});

describe("a subfolder of --out that is a symbolic link", () => {
  it("writes nothing through it (exit 1, one line) and goes on with the other inputs", async () => {
    server = await startFakeServer();
    const input = join(work, "in");
    mkdirSync(join(input, "news"), { recursive: true });
    copyFileSync(SEED, join(input, "b.txt"));
    copyFileSync(SEED, join(input, "news", "a.txt"));
    const out = join(work, "out");
    const elsewhere = join(work, "elsewhere");
    mkdirSync(out);
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(out, "news"));
    const run = await runBin([input, "--out", out], { env: env() });
    expect(run.code).toBe(1);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(existsSync(join(out, "b.md"))).toBe(true);
    const lines = run.stderr.split("\n").filter((line) => line.includes("symbolic link"));
    expect(lines).toEqual([
      `${join(input, "news/a.txt")}: failed: ${join(out, "news")} leads to ${elsewhere} through a symbolic link, outside --out ${out}: nothing is written through it; replace the link with a folder`,
    ]);
    // Refused before the model was asked.
    expect(server.chatRequests()).toHaveLength(1);
  });
});

/** A PID that belonged to a process now dead (as a run killed with kill -9 leaves). */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ["-e", ""]).pid;
  if (pid === undefined) throw new Error("no child process");
  return pid;
}

const lockOf = (out: string) => join(out, ".seo-rewrite.lock");

/** The PID a lock file names, once it is fully written. */
function lockHolderPid(out: string): number | undefined {
  try {
    return (JSON.parse(readFileSync(lockOf(out), "utf8")) as { pid: number }).pid;
  } catch {
    return undefined;
  }
}

async function waitFor(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("temporary files left by a killed run", () => {
  it("removes the stale ones of the folders it writes, never a live run's", async () => {
    server = await startFakeServer();
    copyFileSync(SEED, join(work, "a.txt"));
    const out = join(work, "out");
    mkdirSync(out);
    const dead = `.seo-rewrite-a.md.${deadPid()}-0123456789ab.tmp`;
    // Written by a run still alive (this test's process), a moment ago.
    const live = `.seo-rewrite-b.md.${process.pid}-0123456789ab.tmp`;
    const unrelated = ".seo-rewrite-notes.tmp";
    for (const name of [dead, live, unrelated]) writeFileSync(join(out, name), "moitié d'arti");
    const run = await runBin([join(work, "a.txt"), "--out", out], { env: env() });
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([live, unrelated, "a.md"].sort());
  });
});

describe("two runs on the same --out", () => {
  it("stops the second at once (exit 2) naming the first's PID, start and lock file", async () => {
    server = await startFakeServer();
    copyFileSync(SEED, join(work, "a.txt"));
    const out = join(work, "out");
    mkdirSync(out);
    const holder = { pid: process.pid, host: hostname(), startedAt: "2026-12-05T23:50:00.000Z" };
    writeFileSync(lockOf(out), JSON.stringify(holder));
    const run = await runBin([join(work, "a.txt"), "--out", out], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `seo-rewrite: --out ${out} is in use by another seo-rewrite run (PID ${process.pid}, since 2026-12-05T23:50:00.000Z; lock file ${lockOf(out)}): wait for it to end, pass --wait-lock to wait, or delete the lock file if that run is gone\n`,
    );
    expect(server.chatRequests()).toHaveLength(0);
    // A dry run writes nothing: it takes no lock and is not stopped by one.
    const dry = await runBin([join(work, "a.txt"), "--out", out, "--dry-run"], { env: env() });
    expect(dry.code).toBe(0);
  });

  it("takes over a lock whose run is dead, and removes it at the end", async () => {
    server = await startFakeServer();
    copyFileSync(SEED, join(work, "a.txt"));
    const out = join(work, "out");
    mkdirSync(out);
    const holder = { pid: deadPid(), host: hostname(), startedAt: "2026-12-05T23:50:00.000Z" };
    writeFileSync(lockOf(out), JSON.stringify(holder));
    const run = await runBin([join(work, "a.txt"), "--out", out], { env: env() });
    expect(run.code).toBe(0);
    expect(existsSync(lockOf(out))).toBe(false);
  });

  it("with --wait-lock, the second waits for the first, then finds its articles up to date", async () => {
    server = await startFakeServer({ latencyMs: 6000 });
    copyFileSync(SEED, join(work, "a.txt"));
    const out = join(work, "out");
    const args = [join(work, "a.txt"), "--out", out];
    const first = runBin(args, { env: env() });
    // Created, then written: wait for the holder, not just the file.
    await waitFor(() => lockHolderPid(out) !== undefined);
    const pid = lockHolderPid(out);
    const [refused, second] = await Promise.all([
      runBin(args, { env: env() }),
      runBin([...args, "--wait-lock"], { env: env() }),
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`(PID ${pid}, since `);
    expect((await first).code).toBe(0);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(`is in use (PID ${pid}, since `);
    expect(second.stderr).toContain("waiting for it to end (--wait-lock)");
    // One call for one input: the second run did not pay again.
    expect(server.chatRequests()).toHaveLength(1);
    expect(existsSync(lockOf(out))).toBe(false);
  });

  it("releases the lock on SIGINT", async () => {
    server = await startFakeServer({ latencyMs: 5000 });
    copyFileSync(SEED, join(work, "a.txt"));
    const out = join(work, "out");
    const run = runBin([join(work, "a.txt"), "--out", out], {
      env: env(),
      signal: { name: "SIGINT", afterMs: 1500 },
    });
    await waitFor(() => existsSync(lockOf(out)));
    expect((await run).code).toBe(130);
    expect(existsSync(lockOf(out))).toBe(false);
  });
});

describe("a base URL that carries the gateway's key", () => {
  const GATEWAY_KEY = "gw-cle-secrete-4242";

  it("sends ?api-key=… as the query of every request, never inside the path, and never prints it", async () => {
    server = await startFakeServer();
    copyFileSync(SEED, join(work, "a.txt"));
    const run = await runBin([join(work, "a.txt"), "--verbose"], {
      env: env({ OPENAI_BASE_URL: `${server.url}?api-key=${GATEWAY_KEY}` }),
    });
    expect(run.code).toBe(0);
    const [request] = server.chatRequests();
    expect(request?.path).toBe("/v1/chat/completions");
    expect(request?.query).toBe(`?api-key=${GATEWAY_KEY}`);
    expect(run.stderr).not.toContain(GATEWAY_KEY);
    const config = await runBin(["config"], {
      env: env({ OPENAI_BASE_URL: `${server.url}?api-key=${GATEWAY_KEY}` }),
    });
    expect(config.stdout).toContain(`${server.url}?api-key=[redacted]`);
    expect(config.stdout).not.toContain(GATEWAY_KEY);
  });

  it("refuses a user:key@ base URL (exit 2), saying where the key goes, without printing it", async () => {
    server = await startFakeServer();
    const url = new URL(server.url);
    url.username = "moi";
    url.password = GATEWAY_KEY;
    const run = await runBin([SEED], { env: env({ OPENAI_BASE_URL: url.toString() }) });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("holds a user name or password, which are never sent");
    expect(run.stderr).toContain("export OPENAI_API_KEY=<your key>");
    expect(run.stderr).not.toContain(GATEWAY_KEY);
    expect(run.stderr).not.toContain("moi");
    expect(server.chatRequests()).toHaveLength(0);
  });
});

describe("a key that is a word", () => {
  it("hides it only where it stands whole, and warns once at start-up without showing it", async () => {
    server = await startFakeServer();
    const run = await runBin([SEED], { env: env({ OPENAI_API_KEY: "technolog" }) });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("technologique");
    expect(run.stdout).toContain("technologies");
    expect(run.stdout).not.toContain("[redacted]");
    const warnings = run.stderr.split("\n").filter((line) => line.includes("OPENAI_API_KEY"));
    expect(warnings).toEqual([
      "seo-rewrite: warning: OPENAI_API_KEY holds a key of 9 characters: so short a key may be a word, and messages (and an article printed on stdout) show that word as [redacted] wherever it stands alone; use a key of at least 16 characters if your host allows it",
    ]);
    // A key of 16 characters or more: no warning.
    const long = await runBin([SEED, "--dry-run"], { env: env() });
    expect(long.stderr).not.toContain("holds a key of");
  });
});

describe("an --out that cannot be created", () => {
  it("is one usage line (exit 2), not a crash", async () => {
    server = await startFakeServer();
    writeFileSync(join(work, "fichier"), "");
    const out = join(work, "fichier", "out");
    const run = await runBin([SEED, "--out", out], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `seo-rewrite: --out ${out} cannot be created or written (ENOTDIR): give a folder you may write to\n`,
    );
  });
});

describe("a short key that is a word of the source", () => {
  it("is kept in the article written to --out: the model never saw the key, only the source's word", async () => {
    const valid = readFileSync(join(ROOT, "test/fixtures/answers/valid-article.md"), "utf8");
    const answer = valid.replace(
      "avec les géants américains du nuage.",
      "avec les géants américains du nuage, comme Microsoft.",
    );
    expect(answer).not.toBe(valid);
    server = await startFakeServer({ fallback: { content: answer } });
    const out = join(work, "out");
    const run = await runBin([SEED, "--out", out], { env: env({ OPENAI_API_KEY: "Microsoft" }) });
    expect(run.code).toBe(0);
    const written = readFileSync(join(out, "reuters-microsoft-mistral-scraped.md"), "utf8");
    expect(written).toContain("comme Microsoft.");
    expect(written).not.toContain("[redacted]");
  });
});
