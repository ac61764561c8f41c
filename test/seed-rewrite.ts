import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach } from "vitest";
import { type FakeServer, type Step, startFakeServer } from "./fake-server.js";
import { runBin } from "./run-cli.js";

/**
 * The rewrite of the scraped seed by the built CLI, against the fake server, into a fresh
 * folder per test, with its report: what the end-to-end tests of repairs and polish share.
 */
export const SEED = "seeds/reuters-microsoft-mistral-scraped.txt";
/** The article the rewrite of {@link SEED} writes in the output folder. */
export const OUT = "reuters-microsoft-mistral-scraped.md";
export const KEY = "sk-test-0123456789abcdefghijklmnopqrstuvwxyz";

export interface SeedRewrites {
  /** The server of the last rewrite (or the one a test started itself). */
  server: FakeServer;
  /** This test's output folder. */
  work: string;
  /** Rewrites the seed with the model answering `script`, then reads the article and report. */
  rewrite(
    script: Step[],
    extra?: string[],
  ): Promise<{
    run: Awaited<ReturnType<typeof runBin>>;
    written: string;
    /** The report's entry of the seed, as read from JSON (a `ReportEntry`, unchecked). */
    entry: ReturnType<typeof JSON.parse>;
  }>;
}

/** Registers the folder and the server of each test of the calling file, closed after it. */
export function seedRewrites(prefix: string): SeedRewrites {
  let server: FakeServer | undefined;
  const rewrites: SeedRewrites = {
    get server() {
      if (server === undefined) throw new Error("no fake server started in this test");
      return server;
    },
    set server(started: FakeServer) {
      server = started;
    },
    work: "",
    async rewrite(script, extra = []) {
      await server?.close();
      server = await startFakeServer({ script });
      const report = join(rewrites.work, "report.json");
      const run = await runBin(
        [SEED, "--out", rewrites.work, "--report", report, "--verbose", ...extra],
        { env: { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: server.url } },
      );
      const written = run.code === 0 ? readFileSync(join(rewrites.work, OUT), "utf8") : "";
      const [entry] = JSON.parse(readFileSync(report, "utf8")).articles ?? [];
      return { run, written, entry };
    },
  };
  beforeEach(() => {
    rewrites.work = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
    rmSync(rewrites.work, { recursive: true, force: true });
  });
  return rewrites;
}
