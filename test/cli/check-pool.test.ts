import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CHECK_CONTEXT } from "../../src/checks/rule.js";
import { checkFile, type FileCheckSetup } from "../../src/cli/check-file.js";
import { CheckPool, workersAvailable } from "../../src/cli/check-pool.js";
import { ROOT } from "../run-cli.js";

/**
 * `check`'s worker threads (issue 14) run the bundled worker that bin/seo-rewrite.js starts
 * (dist/bundle/: `npm run build` first, as for the e2e tests): a file's verdict is the same
 * in a worker as in this thread.
 */
const BUILT_WORKER = new URL("../../dist/bundle/check-worker.js", import.meta.url);
const GOOD = readFileSync(join(ROOT, "test/fixtures/checks/good-article.md"), "utf8");
const setup: FileCheckSetup = { context: { ...DEFAULT_CHECK_CONTEXT }, quiet: false };

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "seo-rewrite-check-pool-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("CheckPool", () => {
  it("is not used from the TypeScript sources, which have no built worker beside them", () => {
    expect(workersAvailable()).toBe(false);
  });

  it("gives each file the verdict this thread gives it, whichever worker checks it", async () => {
    const files = {
      "good.md": GOOD,
      "short.md": GOOD.split("## ").slice(0, 2).join("## "),
      "chatty.md": `Voici l'article réécrit :\n\n${GOOD}`,
      "latin1.md": Buffer.from(GOOD.replace("## ", "## Été "), "latin1"),
    };
    const paths = Object.entries(files).map(([name, text]) => {
      writeFileSync(join(work, name), text);
      return join(work, name);
    });
    paths.push(join(work, "missing.md"));
    const pool = new CheckPool(2, setup, BUILT_WORKER);
    try {
      const inWorkers = await Promise.all(paths.map((path) => pool.check(path)));
      const here = await Promise.all(paths.map((path) => checkFile(path, setup)));
      expect(inWorkers).toEqual(here);
      expect(here.filter((checked) => "error" in checked)).toHaveLength(1);
      expect(here.some((checked) => "findings" in checked && checked.findings.length > 0)).toBe(
        true,
      );
    } finally {
      pool.close();
    }
  });

  it("offers no file to a worker still loading its modules, so the caller checks it meanwhile", async () => {
    const pool = new CheckPool(1, setup, BUILT_WORKER);
    try {
      expect(pool.lightest()).toBe(Number.POSITIVE_INFINITY);
      // Sent anyway, a file waits for the start-up and is checked.
      const checked = await pool.check(join(work, "missing.md"));
      expect(checked).toHaveProperty("error");
      expect(pool.lightest()).toBe(0);
    } finally {
      pool.close();
    }
  });

  it("refuses work once closed, rather than waiting forever", async () => {
    const pool = new CheckPool(1, setup, BUILT_WORKER);
    pool.close();
    await expect(pool.check(join(work, "good.md"))).rejects.toThrow(/closed/u);
  });
});
