import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runBin } from "../run-cli.js";

/**
 * Issue 14 through the built CLI: each Yoast assessment's id appears in `check --json` on
 * an article that breaks it, and not on the good article, which keeps them all.
 */
const GOOD = readFileSync(join(ROOT, "test/fixtures/checks/good-article.md"), "utf8");
const FIRST_PARAGRAPH = GOOD.split("\n").find((line) => line.startsWith("Le gouvernement")) ?? "";

const PASSIVES = [
  "Le partenariat a été signé par les deux groupes.",
  "Les modèles seront hébergés par Microsoft.",
  "Les élus ont été informés après coup.",
  "Les questions des députés sont transmises à Bercy.",
  "La décision est prise à Paris.",
].join(" ");
const PLAIN = "Le maire inaugure le pont de la ville ce matin. ".repeat(30).trim();

const VARIANTS: Record<string, { text: string; rule: string }> = {
  "passive.md": {
    text: GOOD.replace(FIRST_PARAGRAPH, `${FIRST_PARAGRAPH} ${PASSIVES}`),
    rule: "passive-voice",
  },
  "few-transitions.md": { text: `${GOOD}\n${PLAIN}\n`, rule: "transition-words" },
  "title-elsewhere.md": {
    text: GOOD.replace(
      'title: "Partenariat Microsoft Mistral : Paris dit ne rien avoir su"',
      'title: "Paris dit ne rien savoir du partenariat Microsoft Mistral"',
    ),
    rule: "keyphrase-title",
  },
  "introduction.md": {
    text: GOOD.replace(
      FIRST_PARAGRAPH,
      "Le gouvernement français dément avoir été informé à l'avance.",
    ),
    rule: "keyphrase-introduction",
  },
  "short-description.md": {
    text: GOOD.replace(
      /^description: .*$/mu,
      'description: "Bercy découvre le partenariat Microsoft Mistral."',
    ),
    rule: "description-length",
  },
  "description-without.md": {
    text: GOOD.replace(
      /^description: .*$/mu,
      "description: \"Bercy assure avoir découvert l'accord entre les deux groupes à son annonce, quand des élus européens soupçonnent un lobbying autour de l'AI Act.\"",
    ),
    rule: "keyphrase-description",
  },
  "subheadings.md": {
    text: GOOD.replace(/^## .*$/gmu, "## Partenariat Microsoft Mistral"),
    rule: "keyphrase-subheadings",
  },
};

interface JsonEntry {
  file: string;
  findings: { rule: string; severity: string }[];
}

let work: string;
let entries: JsonEntry[];
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "seo-rewrite-yoast-"));
  writeFileSync(join(work, "good.md"), GOOD);
  for (const [name, { text }] of Object.entries(VARIANTS)) writeFileSync(join(work, name), text);
  const run = await runBin(["check", work, "--json"]);
  entries = JSON.parse(run.stdout) as JsonEntry[];
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const rulesOf = (name: string) =>
  new Set(
    entries.find((entry) => entry.file.endsWith(name))?.findings.map((finding) => finding.rule),
  );

describe("the Yoast warnings through `seo-rewrite check --json`", () => {
  it.each(Object.entries(VARIANTS))("%s breaks %s, as a warning", (name, { rule }) => {
    expect(rulesOf(name)).toContain(rule);
    const finding = entries
      .find((entry) => entry.file.endsWith(name))
      ?.findings.find((each) => each.rule === rule);
    expect(finding?.severity).toBe("warning");
  });

  it("the good article keeps every one of them", () => {
    const found = rulesOf("good.md");
    for (const { rule } of Object.values(VARIANTS)) expect(found).not.toContain(rule);
  });
});

describe("`seo-rewrite check --help`", () => {
  it("lists every Yoast warning with its threshold", async () => {
    const run = await runBin(["check", "--help"]);
    for (const id of [
      "passive-voice",
      "transition-words",
      "sentence-length",
      "paragraph-length",
      "section-length",
      "sentence-openings",
      "keyphrase-density",
      "keyphrase-subheadings",
      "keyphrase-title",
      "keyphrase-introduction",
      "keyphrase-description",
      "description-length",
    ]) {
      expect(run.stdout).toMatch(new RegExp(`^  ${id} +\\S`, "mu"));
    }
    expect(run.stdout).toContain("over 10 % of sentences in the passive");
  });
});
