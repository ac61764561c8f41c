import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ROOT, runBin } from "../run-cli.js";

/** `seo-rewrite prompts` and `--prompt NAME`, as a user runs them from any folder. */
const SEED = join(ROOT, "seeds/reuters-microsoft-mistral-scraped.txt");
let work: string;

beforeEach(() => {
  // Not the repository: a user's folder has no prompts/ of its own.
  work = mkdtempSync(join(tmpdir(), "seo-rewrite-prompts-"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

interface DryRun {
  messages: { role: string; content: string }[];
}

describe("seo-rewrite prompts", () => {
  it("lists the bundled templates with their use and where they live", async () => {
    const run = await runBin(["prompts"], { cwd: work });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^seo-article +article brief, the default$/mu);
    expect(run.stdout).toMatch(/^seo-article-faq +article brief, --prompt seo-article-faq$/mu);
    expect(run.stdout).toMatch(/^repair +repair message/mu);
    expect(run.stdout).toContain(join(ROOT, "prompts"));
    expect(run.stderr).toBe("");
  });

  it("--json gives one object per template", async () => {
    const run = await runBin(["prompts", "--json"], { cwd: work });
    expect(run.code).toBe(0);
    const entries = JSON.parse(run.stdout) as {
      name: string;
      kind: string;
      default: boolean;
      file: string;
      variables: string[];
    }[];
    expect(entries.map((entry) => entry.name)).toEqual([
      "seo-article",
      "seo-article-faq",
      "patch",
      "repair",
    ]);
    expect(entries[0]?.default).toBe(true);
    expect(entries[2]?.kind).toBe("repair");
    expect(entries[3]?.kind).toBe("repair");
    expect(entries[2]?.variables).toEqual(["attempt", "maxAttempts", "parts", "count"]);
    expect(entries[1]?.variables).toContain("article");
  });
});

describe("--prompt NAME", () => {
  it("takes a bundled brief by name from any folder", async () => {
    const run = await runBin([SEED, "--dry-run", "--prompt", "seo-article-faq"], {
      cwd: work,
      env: {},
    });
    expect(run.code).toBe(0);
    const [, user] = (JSON.parse(run.stdout) as DryRun).messages;
    expect(user?.content).toContain("## Questions fréquentes");
    expect(user?.content).toContain("Arthur Mensch");
  });

  it("refuses the repair message as a brief, and says where the briefs are listed", async () => {
    const run = await runBin([SEED, "--dry-run", "--prompt", "repair"], { cwd: work, env: {} });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain('"repair" is a repair template, not an article brief');
    expect(run.stderr).toContain("seo-rewrite prompts");
  });

  it("a mistyped command is caught rather than rewritten as an input", async () => {
    const run = await runBin(["promts"], { cwd: work, env: {} });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("did you mean 'seo-rewrite prompts'");
  });
});
