/**
 * How fast `seo-rewrite check` goes, start-up included (issue 3 aims at ≥ 150 articles/s on
 * ~900-word articles, on 2 cores). Generates a few hundred variants of the good-article
 * fixture into a temporary folder, then measures:
 *
 * - `cli`: wall time of `node bin/seo-rewrite.js check <folder> --json --source <seed>`,
 *   when `dist/bundle/main.js` exists (run `npm run build` first; the bench never builds);
 * - `in-process`: `parseArticle` + every rule of `RULES` in this process, with the time to
 *   load the modules, and the cost of each rule per article.
 *
 *     npx tsx bench/check-speed.ts [--articles 300] [--runs 3] [--keep] [--bin bin/seo-rewrite.js]
 *
 * Prints figures, asserts nothing: timings belong to the machine that ran them.
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { variantOf } from "./articles.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FIXTURE = join(ROOT, "test/fixtures/checks/good-article.md");
const SEED = join(ROOT, "seeds/reuters-microsoft-mistral-scraped.txt");

const { values: options } = parseArgs({
  options: {
    articles: { type: "string", default: "300" },
    runs: { type: "string", default: "3" },
    keep: { type: "boolean", default: false },
    // Another build of the command, e.g. one compiled to a temporary folder.
    bin: { type: "string", default: join(ROOT, "bin/seo-rewrite.js") },
  },
});
const BIN = options.bin;
/** The bin imports `../dist/bundle/main.js` (builds before the bundle: `../dist/cli/main.js`). */
const CLI =
  ["bundle", "cli"]
    .map((folder) => join(BIN, `../../dist/${folder}/main.js`))
    .find((path) => existsSync(path)) ?? join(BIN, "../../dist/bundle/main.js");
const ARTICLES = Number(options.articles);
const RUNS = Number(options.runs);
if (!Number.isInteger(ARTICLES) || ARTICLES < 1 || !Number.isInteger(RUNS) || RUNS < 1) {
  process.stderr.write("usage: npx tsx bench/check-speed.ts [--articles N] [--runs N] [--keep]\n");
  process.exit(2);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

// 1. The articles.
const fixture = readFileSync(FIXTURE, "utf8");
const folder = mkdtempSync(join(tmpdir(), "seo-rewrite-check-speed-"));
mkdirSync(join(folder, "articles"));
const articlesFolder = join(folder, "articles");
for (let index = 0; index < ARTICLES; index += 1) {
  const text = variantOf(fixture, index);
  writeFileSync(join(articlesFolder, `article-${String(index).padStart(4, "0")}.md`), text);
}
console.log(`articles: ${ARTICLES} in ${articlesFolder}`);
console.log(`source: ${SEED}`);

// 2. The command, start-up included.
if (existsSync(CLI) && existsSync(BIN)) {
  const newestRule = Math.max(
    ...readdirSync(join(ROOT, "src/checks")).map(
      (name) => statSync(join(ROOT, "src/checks", name)).mtimeMs,
    ),
  );
  if (statSync(CLI).mtimeMs < newestRule) {
    console.log(
      "note: dist/ is older than src/checks/: run `npm run build` to measure the current rules",
    );
  }
  const args = [BIN, "check", articlesFolder, "--json", "--source", SEED];
  const seconds: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const result = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 28 });
    seconds.push((performance.now() - started) / 1000);
    if (result.status !== 0 && result.status !== 1) {
      console.log(`cli: exit code ${result.status}: ${result.stderr.trim().split("\n")[0] ?? ""}`);
      break;
    }
    const reports = JSON.parse(result.stdout) as { ok: boolean }[];
    if (run === 0) {
      const failed = reports.filter((report) => !report.ok).length;
      console.log(
        `cli: ${reports.length} files reported, ${failed} with an error (exit ${result.status})`,
      );
    }
  }
  if (seconds.length === RUNS) {
    const best = median(seconds);
    console.log(`cli: node ${BIN} check <folder> --json --source <seed>`);
    console.log(`cli: runs (s): ${seconds.map((value) => round(value, 3)).join(", ")}`);
    console.log(
      `cli: articles per second (median run, start-up included): ${round(ARTICLES / best)}`,
    );
  }
} else {
  console.log(
    "cli: not measured: dist/bundle/main.js or bin/seo-rewrite.js missing (run `npm run build`)",
  );
}

// 3. In this process: module loading, then parse + every rule, rule by rule.
const loadStarted = performance.now();
const { parseArticle } = await import("../src/core/article.js");
const { RULES } = await import("../src/checks/rules.js");
const { DEFAULT_CHECK_CONTEXT } = await import("../src/checks/rule.js");
const loadMs = performance.now() - loadStarted;
const context = { ...DEFAULT_CHECK_CONTEXT, source: readFileSync(SEED, "utf8") };
const files = readdirSync(articlesFolder).map((name) => join(articlesFolder, name));
const ruleMs = new Map<string, number>(RULES.map((rule) => [rule.id, 0]));
let parseMs = 0;
let words = 0;
const started = performance.now();
for (const file of files) {
  const raw = readFileSync(file, "utf8");
  let mark = performance.now();
  const article = parseArticle(raw);
  parseMs += performance.now() - mark;
  words += article.words;
  for (const rule of RULES) {
    mark = performance.now();
    rule.check(article, context);
    ruleMs.set(rule.id, (ruleMs.get(rule.id) ?? 0) + performance.now() - mark);
  }
}
const checkMs = performance.now() - started;
console.log(
  "in-process: parseArticle + every rule of RULES (raw seed as source; tsx-loaded modules)",
);
console.log(`in-process: words per article (body): ${Math.round(words / ARTICLES)}`);
console.log(`in-process: module load (ms): ${round(loadMs)}`);
console.log(`in-process: articles per second, checks only: ${round((ARTICLES * 1000) / checkMs)}`);
console.log(
  `in-process: articles per second, module load included: ${round((ARTICLES * 1000) / (checkMs + loadMs))}`,
);
console.log(`in-process: ms per article: parse ${round(parseMs / ARTICLES, 3)}`);
for (const [id, ms] of ruleMs)
  console.log(`in-process: ms per article: ${id} ${round(ms / ARTICLES, 3)}`);

if (options.keep) console.log(`kept: ${folder}`);
else rmSync(folder, { recursive: true, force: true });
