/**
 * How often fidelity's names check (issue 15) flags a faithful article: each faithful
 * article against its source, counting the articles with a person error and those with any
 * name finding (error or warning). The aim is at most 1 in 20 flagged.
 *
 * Faithful articles: the test answers and the good-article fixture against the Reuters seed,
 * and the hand-written faithful rewrites of bench/faithful/ (front-matter `source:` names
 * the file they rewrite, from the repository's root).
 *
 *     npx tsx bench/names-fidelity.ts [--verbose]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { fidelity } from "../src/checks/fidelity.js";
import { DEFAULT_CHECK_CONTEXT } from "../src/checks/rule.js";
import { parseArticle } from "../src/core/article.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const REUTERS = "seeds/reuters-microsoft-mistral-scraped.txt";
const verbose = process.argv.includes("--verbose");

const cases: { name: string; article: string; source: string }[] = [];
for (const name of [
  "valid-article.md",
  "valid-article-fenced.md",
  "short-article.md",
  "no-subheadings.md",
]) {
  cases.push({
    name: `test/fixtures/answers/${name}`,
    article: join("test/fixtures/answers", name),
    source: REUTERS,
  });
}
cases.push({
  name: "test/fixtures/checks/good-article.md",
  article: "test/fixtures/checks/good-article.md",
  source: REUTERS,
});
for (const file of readdirSync(join(ROOT, "bench/faithful")).sort()) {
  if (!file.endsWith(".md")) continue;
  const path = join("bench/faithful", file);
  const source = String(
    parseArticle(readFileSync(join(ROOT, path), "utf8")).frontMatter.source ?? "",
  );
  cases.push({ name: path, article: path, source });
}

let withError = 0;
let withAny = 0;
for (const each of cases) {
  const article = parseArticle(readFileSync(join(ROOT, each.article), "utf8"));
  const source = readFileSync(join(ROOT, each.source), "utf8");
  const findings = fidelity
    .check(article, { ...DEFAULT_CHECK_CONTEXT, source })
    .filter((finding) => /^the person|is not in the source: check that/u.test(finding.message));
  if (findings.some((finding) => finding.severity === "error")) withError += 1;
  if (findings.length > 0) withAny += 1;
  if (verbose || findings.length > 0) {
    for (const finding of findings) {
      console.log(`${each.name}:${finding.line}  ${finding.severity}  ${finding.actual}`);
    }
  }
}
console.log(
  `faithful articles: ${cases.length}; with a person error: ${withError} (${Math.round((100 * withError) / cases.length)} %); with any name finding: ${withAny} (${Math.round((100 * withAny) / cases.length)} %)`,
);
