import { describe, expect, it } from "vitest";
import { checkContextFor, DEFAULT_CHECK_CONTEXT, type Rule } from "../../src/checks/rule.js";
import { RULES, runChecks } from "../../src/checks/rules.js";
import { subheadings } from "../../src/checks/subheadings.js";
import { YOAST_WARNINGS } from "../../src/checks/thresholds.js";
import { wordCount } from "../../src/checks/word-count.js";
import { parseArticle } from "../../src/core/article.js";
import { articleOf, prose } from "./rule-tester.js";

const OPTIONS = { minWords: 300, lang: "fr", originalityError: 0.5, originalityWarning: 0.25 };

describe("checkContextFor", () => {
  it("copies the options, and leaves out a keyword and a source not given", () => {
    const context = checkContextFor({ ...OPTIONS, keyword: undefined });
    expect(context).toEqual(OPTIONS);
    expect("keyword" in context).toBe(false);
    expect("source" in context).toBe(false);
  });

  it("keeps the keyword and the source when given, and nothing else of the options", () => {
    const options = { ...OPTIONS, keyword: "Mistral AI", model: "gpt" };
    expect(checkContextFor(options, "La source.")).toEqual({
      ...OPTIONS,
      keyword: "Mistral AI",
      source: "La source.",
    });
  });

  it("defaults to 700 words, French, 40 % and 20 % of copied 8-grams", () => {
    expect(DEFAULT_CHECK_CONTEXT).toEqual({
      minWords: 700,
      lang: "fr",
      originalityError: 0.4,
      originalityWarning: 0.2,
    });
  });
});

describe("runChecks", () => {
  // 11 words, one "##": word-count and subheadings both fail.
  const article = parseArticle(articleOf(`## Seule\n\n${prose(10)}`));
  const context = { ...DEFAULT_CHECK_CONTEXT, minWords: 20 };

  it("runs the given rules in their order and concatenates their findings", () => {
    expect(runChecks(article, context, [subheadings, wordCount]).map((f) => f.rule)).toEqual([
      "subheadings",
      "word-count",
    ]);
    expect(runChecks(article, context, [])).toEqual([]);
  });

  it("passes the context on to each rule", () => {
    const seen: number[] = [];
    const spy: Rule = {
      id: "spy",
      description: "records the context",
      check: (_article, given) => {
        seen.push(given.minWords);
        return [];
      },
    };
    runChecks(article, context, [spy, spy]);
    expect(seen).toEqual([20, 20]);
  });

  it("runs every rule of RULES by default", () => {
    const rules = new Set(runChecks(article, context).map((finding) => finding.rule));
    expect(rules).toContain("word-count");
    expect(rules).toContain("subheadings");
    expect(RULES).toHaveLength(22);
  });
});

describe("the Yoast warnings", () => {
  it("are each a rule of RULES, in its order, and every warning of RULES but internal-links is one", () => {
    const ids = RULES.map((rule) => rule.id);
    const listed = YOAST_WARNINGS.map((entry) => entry.id);
    expect(listed.filter((id) => ids.includes(id))).toEqual(listed);
    expect(ids.slice(ids.indexOf("section-length"))).toEqual(listed);
  });

  it("each give a Yoast page as their source", () => {
    for (const entry of YOAST_WARNINGS) expect(entry.source).toMatch(/^https:\/\/yoast\.com\//);
  });
});
