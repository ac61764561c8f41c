import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parsePromptTemplate } from "../../src/core/prompt.js";
import { buildMessages, type RewriteSettings } from "../../src/pipeline/rewrite.js";
import { formatCatalog, listBundledTemplates } from "../../src/settings/prompt-catalog.js";

const FOLDER = fileURLToPath(new URL("../../prompts/", import.meta.url));

describe("the bundled templates", () => {
  it("lists every template file, the default brief first, the repair messages last", async () => {
    const entries = await listBundledTemplates(FOLDER);
    expect(entries.map((entry) => [entry.name, entry.kind, entry.default])).toEqual([
      ["seo-article", "article", true],
      ["seo-article-faq", "article", false],
      ["patch", "repair", false],
      ["repair", "repair", false],
    ]);
    for (const entry of entries) {
      expect(entry.description.length).toBeGreaterThan(20);
      expect(entry.file.startsWith(FOLDER)).toBe(true);
    }
  });

  it("says how to use each one", async () => {
    const text = formatCatalog(await listBundledTemplates(FOLDER), FOLDER);
    expect(text).toMatch(/^seo-article {6}article brief, the default$/mu);
    expect(text).toMatch(/^seo-article-faq {2}article brief, --prompt seo-article-faq$/mu);
    expect(text).toMatch(/^repair {11}repair message, sent after failed checks$/mu);
    expect(text).toContain(`Templates live in ${FOLDER}`);
  });

  // A brief that needs a variable the rewrite does not give would fail only at run time.
  it("renders every article brief with exactly the variables a rewrite gives", async () => {
    const briefs = (await listBundledTemplates(FOLDER)).filter((e) => e.kind === "article");
    const repair = parsePromptTemplate(readFileSync(`${FOLDER}repair.fr.md`, "utf8"), "repair");
    for (const brief of briefs) {
      const template = parsePromptTemplate(readFileSync(brief.file, "utf8"), brief.file);
      const settings: RewriteSettings = {
        model: "m",
        minWords: 700,
        lang: "fr",
        maxAttempts: 3,
        template,
        repairTemplate: repair,
        optionsHash: "0",
        generator: "test",
        date: "2026-01-02",
        originalityError: 0.4,
        originalityWarning: 0.2,
        keyword: "souveraineté numérique",
      };
      const messages = buildMessages({ name: "a.txt", text: "Le texte.", hash: "0" }, settings);
      const user = messages.at(-1)?.content ?? "";
      expect(user).toContain("au moins 700 mots");
      expect(user).toContain("« souveraineté numérique »");
      expect(user).toContain("<article-source>\nLe texte.\n</article-source>");
      expect(user).not.toContain("{{");
    }
  });

  it("asks the FAQ brief for questions answered from the source only", () => {
    const faq = readFileSync(`${FOLDER}seo-article-faq.fr.md`, "utf8");
    expect(faq).toContain("## Questions fréquentes");
    expect(faq).toContain("tirée uniquement de la source");
  });
});
