// @ts-nocheck
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ROOT, runBin } from "../run-cli.js";

/** `seo-rewrite check` from the command line (issue 3): linter-style lines, JSON, exit codes. */
const GOOD = readFileSync(join(ROOT, "test/fixtures/checks/good-article.md"), "utf8");
const SOURCE = join(ROOT, "seeds/reuters-microsoft-mistral-scraped.txt");

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "seo-rewrite-check-"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function article(name: string, text: string): string {
  const path = join(work, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
  return path;
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split("\n").length;
}

interface JsonEntry {
  file: string;
  ok: boolean;
  words: number;
  findings: { rule: string; severity: string; message: string; line: number | null }[];
}

describe("seo-rewrite check", () => {
  it("passes a faithful, well-formed article against its source", async () => {
    const path = article("good.md", GOOD);
    const run = await runBin(["check", path, "--source", SOURCE]);
    expect(run.stdout).not.toMatch(/ error /u);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1 file checked, all pass/u);
  });

  it("fails each flawed variant with the right rule id and line", async () => {
    const sentence = GOOD.split("\n").find((line) => /^[A-ZÀ-Ý].{80,}/u.test(line)) ?? "";
    const variants: Record<string, { text: string; rule: string; line?: number }> = {
      "invented-figure.md": {
        text: GOOD.replace(sentence, `${sentence} Le contrat porterait sur 25 millions d'euros.`),
        rule: "fidelity",
        line: lineOf(GOOD, sentence),
      },
      "level-one.md": {
        text: GOOD.replace(/^## /mu, "# "),
        rule: "subheadings",
        line: lineOf(GOOD, "\n## ") + 1,
      },
      "no-description.md": {
        text: GOOD.replace(/^description: .*\n/mu, ""),
        rule: "front-matter",
        line: 1,
      },
      "chatty.md": {
        text: `${GOOD}\nN'hésitez pas à me demander une autre version !\n`,
        rule: "artifacts",
      },
    };
    for (const [name, variant] of Object.entries(variants)) article(`flawed/${name}`, variant.text);
    const run = await runBin(["check", join(work, "flawed"), "--source", SOURCE, "--json"]);
    expect(run.code).toBe(1);
    const entries = JSON.parse(run.stdout) as JsonEntry[];
    expect(entries).toHaveLength(4);
    for (const [name, variant] of Object.entries(variants)) {
      const entry = entries.find((candidate) => candidate.file.endsWith(name));
      expect(entry?.ok, name).toBe(false);
      const finding = entry?.findings.find(
        (candidate) => candidate.rule === variant.rule && candidate.severity === "error",
      );
      expect(finding, `${name}: ${variant.rule}`).toBeDefined();
      if (variant.line !== undefined) expect(finding?.line, name).toBe(variant.line);
    }
  });

  it("prints file:line:col  severity  rule  message lines and a summary", async () => {
    const path = article("short.md", GOOD.split("## ").slice(0, 2).join("## "));
    const run = await runBin(["check", path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `^${path.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}:\\d+:\\d+  error    word-count  `,
        "mu",
      ),
    );
    expect(run.stdout).toMatch(/1 file checked, 1 failing/u);
  });

  it("gives the JSON shape of the contract", async () => {
    const path = article("good.md", GOOD);
    const run = await runBin(["check", path, "--json"]);
    const [entry] = JSON.parse(run.stdout) as JsonEntry[];
    expect(Object.keys(entry ?? {})).toEqual(["file", "ok", "words", "findings"]);
    expect(entry?.words).toBeGreaterThan(700);
    for (const finding of entry?.findings ?? []) {
      expect(Object.keys(finding)).toEqual(["rule", "severity", "message", "line"]);
    }
  });

  it("exits 2 on a bad option and 1 on a missing file", async () => {
    expect((await runBin(["check", "x.md", "--min-words", "-3"])).code).toBe(2);
    expect((await runBin(["check"])).code).toBe(2);
    const missing = await runBin(["check", join(work, "nope.md")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("nope.md");
  });

  it("gives an unreadable file its own --json entry, so there is one per file", async () => {
    const path = article("good.md", GOOD);
    const run = await runBin(["check", join(work, "nope.md"), path, "--json"]);
    expect(run.code).toBe(1);
    const entries = JSON.parse(run.stdout) as (JsonEntry & { error?: string })[];
    expect(entries.map((entry) => [entry.ok, entry.error !== undefined])).toEqual([
      [false, true],
      [true, false],
    ]);
    expect(entries[0]?.error).toContain("nope.md");
  });

  it("points a front-matter finding at its field's line, in the terminal and in --json", async () => {
    const path = article("bad-lang.md", GOOD.replace(/^lang: .*$/mu, 'lang: "en"'));
    const langLine = GOOD.split("\n").findIndex((line) => line.startsWith("lang:")) + 1;
    const human = await runBin(["check", path]);
    expect(human.stdout).toContain(
      `bad-lang.md:${langLine}:1  error    front-matter  lang "en" must be "fr"`,
    );
    const json = JSON.parse((await runBin(["check", path, "--json"])).stdout) as JsonEntry[];
    expect(json[0]?.findings.find((finding) => finding.rule === "front-matter")?.line).toBe(
      langLine,
    );
  });
});

describe("check and the configuration", () => {
  it("reads minWords from seo-rewrite.config.json, as the rewrite does", async () => {
    writeFileSync(join(work, "seo-rewrite.config.json"), JSON.stringify({ minWords: 2000 }));
    const path = article("good.md", GOOD);
    const run = await runBin(["check", path, "--json"], { cwd: work });
    expect(run.code).toBe(1);
    const [entry] = JSON.parse(run.stdout) as JsonEntry[];
    expect(entry?.findings.some((finding) => finding.rule === "word-count")).toBe(true);
    const flag = await runBin(["check", path, "--min-words", "700"], { cwd: work });
    expect(flag.code).toBe(0);
  });
});
