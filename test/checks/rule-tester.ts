import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type CheckContext, DEFAULT_CHECK_CONTEXT, type Rule } from "../../src/checks/rule.js";
import { parseArticle } from "../../src/core/article.js";
import type { Finding, Severity } from "../../src/core/finding.js";

/**
 * textlint-tester's shape for our rules: articles that must pass (no finding from the
 * rule) and articles that must fail with the expected findings, in order. No disk beyond
 * reading fixtures, no model.
 */
export interface ValidCase {
  name: string;
  article: string;
  context?: Partial<CheckContext>;
}

export interface ExpectedFinding {
  severity: Severity;
  line?: number;
  message?: RegExp | string;
  /** The French repair sentence; `null` when the finding must carry none. */
  repair?: RegExp | string | null;
  /** The finding's `actual` and `expected` values, when given. */
  actual?: number | string;
  expected?: number | string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export function findingsOf(
  rule: Rule,
  article: string,
  context: Partial<CheckContext> = {},
): Finding[] {
  return rule.check(parseArticle(article), { ...DEFAULT_CHECK_CONTEXT, ...context });
}

export function testRule(
  rule: Rule,
  cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] },
): void {
  describe(rule.id, () => {
    for (const valid of cases.valid) {
      it(`passes: ${valid.name}`, () => {
        expect(findingsOf(rule, valid.article, valid.context)).toEqual([]);
      });
    }
    for (const invalid of cases.invalid) {
      it(`fails: ${invalid.name}`, () => {
        const findings = findingsOf(rule, invalid.article, invalid.context);
        expect(
          findings.map((finding) => ({
            rule: finding.rule,
            severity: finding.severity,
            line: finding.line,
          })),
        ).toEqual(
          invalid.errors.map((error) => ({
            rule: rule.id,
            severity: error.severity,
            line: error.line,
          })),
        );
        invalid.errors.forEach((error, index) => {
          const finding = findings[index];
          if (error.message !== undefined) expect(finding?.message).toMatch(error.message);
          if (error.actual !== undefined) expect(finding?.actual).toBe(error.actual);
          if (error.expected !== undefined) expect(finding?.expected).toBe(error.expected);
          if (error.repair === null) {
            expect(finding?.repair).toBeUndefined();
            return;
          }
          if (error.repair !== undefined) expect(finding?.repair).toMatch(error.repair);
          expect(finding?.repair ?? "").not.toBe("");
        });
      });
    }
  });
}

export interface Fields {
  title: string;
  description: string;
  slug: string;
  keywords: string[];
  lang: string;
}

const DEFAULT_FIELDS: Fields = {
  title: "Partenariat Microsoft Mistral : la France n'était pas informée",
  description:
    "Bercy assure avoir découvert le partenariat Microsoft Mistral lors de son annonce, alors que des élus européens soupçonnent un lobbying sur l'AI Act.",
  slug: "partenariat-microsoft-mistral",
  keywords: ["partenariat Microsoft Mistral", "Mistral AI", "Microsoft"],
  lang: "fr",
};

/** The file line of the body's first line in an article built by {@link articleOf}. */
export const BODY_LINE = 9;

/**
 * An article file: 7 lines of front-matter (title on line 2, description on line 3), a
 * blank line, then the body from line {@link BODY_LINE}.
 */
export function articleOf(body: string, fields: Partial<Fields> = {}): string {
  const { title, description, slug, keywords, lang } = { ...DEFAULT_FIELDS, ...fields };
  return [
    "---",
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(description)}`,
    `slug: ${slug}`,
    `keywords: [${keywords.map((keyword) => JSON.stringify(keyword)).join(", ")}]`,
    `lang: ${lang}`,
    "---",
    "",
    body,
    "",
  ].join("\n");
}

const ROOT = new URL("../../", import.meta.url);

export function readRepoFile(path: string): string {
  return readFileSync(new URL(path, ROOT), "utf8");
}

export const REUTERS = readRepoFile("seeds/reuters-microsoft-mistral-scraped.txt");
export const EURACTIV = readRepoFile("seeds/euractiv-mistral-azure-with-instruction.txt");
export const GOOD_ARTICLE = readRepoFile("test/fixtures/checks/good-article.md");

const FILLER = [
  "les",
  "élus",
  "européens",
  "suivent",
  "ce",
  "dossier",
  "avec",
  "une",
  "attention",
  "particulière",
  "depuis",
  "des",
  "mois",
];

/**
 * Prose of exactly `words` words, in sentences of `perSentence` words that open with
 * different words (so that only the rule under test has something to say).
 */
export function prose(words: number, perSentence = 10): string {
  const openings = ["Ainsi", "Ensuite", "Puis", "Enfin", "Certes", "Pourtant", "Donc", "Aussi"];
  const sentences: string[] = [];
  for (let left = words, index = 0; left > 0; index += 1) {
    const size = Math.min(perSentence, left);
    const rest = Array.from({ length: size - 1 }, (_, at) => FILLER[at % FILLER.length]);
    sentences.push(`${[openings[index % openings.length], ...rest].join(" ")}.`);
    left -= size;
  }
  return sentences.join(" ");
}
