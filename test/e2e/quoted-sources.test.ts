import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ROOT, runBin } from "../run-cli.js";

/**
 * Issue 15, "real pages kept whole": a French article's quoted English (an embedded tweet,
 * a statement set as a block quote) is its evidence. From the command line: it reaches the
 * model as quotations, in Markdown, HTML and text inputs; an answer quoting it word for
 * word or reporting it in French passes `check`; a mostly-English page is still refused.
 */
const FIXTURES = join(ROOT, "test/fixtures");
const TWEET =
  "> Proud to partner with the Port of Marseille to bring shore power to every berth by 2028.";
const STATEMENT =
  "> We have been waiting for this for years, and we will not let the port slip behind schedule again.";

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "seo-rewrite-quoted-"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** The article-source part of the user message. */
function sourcePart(content: string): string {
  return content.slice(content.indexOf("<article-source>"), content.indexOf("</article-source>"));
}

describe("quoted English in a French article", () => {
  it.each(["quoted-english.md", "quoted-tweet.html", "quoted-tweet.txt"])(
    "%s: the tweet and the statement are sent as quotations, with no warning",
    async (name) => {
      const run = await runBin([join(FIXTURES, "input", name), "--dry-run"], { env: {} });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).not.toMatch(/English|dropped/u);
      const [system, user] = (JSON.parse(run.stdout) as { messages: { content: string }[] })
        .messages;
      const data = sourcePart(user?.content ?? "");
      expect(data).toContain(TWEET);
      expect(data).toContain("> — Maersk (@Maersk) March 3, 2026");
      expect(data).toContain(STATEMENT);
      // The brief says what the `>` blocks are and how they may be used.
      expect(system?.content).toContain("commencent par `>`");
      expect(system?.content).toContain("rapporte-les en français sans guillemets");
    },
  );

  it("check --source accepts an answer quoting them word for word and reporting them in French", async () => {
    const run = await runBin(
      [
        "check",
        join(FIXTURES, "checks", "quoted-english-article.md"),
        "--source",
        join(FIXTURES, "input", "quoted-english.md"),
        "--json",
      ],
      { env: {} },
    );
    const [entry] = JSON.parse(run.stdout) as { findings: { rule: string; message: string }[] }[];
    const judged = entry?.findings.filter((finding) =>
      ["fidelity", "originality", "language"].includes(finding.rule),
    );
    expect(judged).toEqual([]);
  });

  it("still refuses a mostly-English page in a French frame, before any request", async () => {
    const english = readFileSync(join(FIXTURES, "language", "en-business.txt"), "utf8")
      .trim()
      .split(/\n\s*\n/u)
      .map((paragraph) => `> ${paragraph.replace(/\n/gu, "\n> ")}`)
      .join("\n\n");
    const page = join(work, "revue.md");
    writeFileSync(
      page,
      `# Revue de presse\n\nVoici ce que la presse économique anglaise écrivait ce matin sur le sujet, sans commentaire de notre part.\n\n${english}\n`,
    );
    const run = await runBin([page, "--dry-run"], { env: {} });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("revue.md");
    expect(run.stderr).toMatch(/the text is in English.*--force/u);
  });
});
