/**
 * How often `check` gives Yoast's verdict (issue 14): for each French article of a
 * held-out set and each of the twelve assessments, does our rule warn exactly where
 * Yoast SEO's French analysis is not green (orange or red)?
 *
 * Yoast is the measuring instrument only: its `yoastseo` package (GPL) is installed into
 * a folder of the system's temporary directory on first use (`npm install yoastseo`), run
 * from there, and never imported by the product nor listed in package.json. Nothing of
 * its code or lists is copied; this script only compares verdicts.
 *
 *     npx tsx bench/yoast-agreement.ts [--set held-out|fixtures|all] [--verbose] [--extra FILE_OR_FOLDER ...]
 *
 * The held-out set (the default, `--set held-out`): the real French articles of
 * bench/yoast-corpus/ (Vikidia and Wikipédia, CC BY-SA; sources in its README), written by
 * nobody on this project, each judged once as stored: its own subheadings, a description
 * and keyphrase set by hand in the front-matter.
 *
 * The fixtures set (`--set fixtures`, the figure reported before the corpus existed): the
 * Markdown articles of the test fixtures (front-matter and subheadings as a model writes
 * them), and raw French texts (the seeds, the language fixtures, and any `--extra`
 * .txt/.md) made into articles the same way for both tools: paragraphs kept, a `##`
 * subheading before every third one, the title and description taken from the text, the
 * keyphrase its most frequent content word or pair of words. `--set all` judges both.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { extname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { isPassiveSentence } from "../src/checks/french-passive.js";
import { FUNCTION_WORDS, foldedWordsOf } from "../src/checks/french-text.js";
import { sentenceHasTransition } from "../src/checks/french-transitions.js";
import { proseStatsOf } from "../src/checks/prose-stats.js";
import { DEFAULT_CHECK_CONTEXT } from "../src/checks/rule.js";
import { RULES, runChecks } from "../src/checks/rules.js";
import { type ParsedArticle, parseArticle } from "../src/core/article.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const YOAST_VERSION = "3.6.0";
/** Articles made from each raw text: other keyphrases, other subheading spacing. */
const VARIANTS = 3;
const INSTRUMENT = join(tmpdir(), `seo-rewrite-yoastseo-${YOAST_VERSION}`);

/** Yoast's assessment identifier → our rule id. */
const ASSESSMENTS: Readonly<Record<string, string>> = {
  passiveVoice: "passive-voice",
  textTransitionWords: "transition-words",
  textSentenceLength: "sentence-length",
  textParagraphTooLong: "paragraph-length",
  subheadingsTooLong: "section-length",
  sentenceBeginnings: "sentence-openings",
  keyphraseDensity: "keyphrase-density",
  subheadingsKeyword: "keyphrase-subheadings",
  keyphraseInSEOTitle: "keyphrase-title",
  introductionKeyword: "keyphrase-introduction",
  metaDescriptionKeyword: "keyphrase-description",
  metaDescriptionLength: "description-length",
};

const { values: options } = parseArgs({
  options: {
    verbose: { type: "boolean", default: false },
    set: { type: "string", default: "held-out" },
    extra: { type: "string", multiple: true, default: [] },
  },
});

interface YoastResult {
  getIdentifier(): string;
  getScore(): number;
}
interface Yoast {
  Paper: new (text: string, attributes: Record<string, unknown>) => unknown;
  ContentAssessor: new (
    researcher: unknown,
  ) => {
    assess(paper: unknown): void;
    getValidResults(): YoastResult[];
  };
  SeoAssessor: new (
    researcher: unknown,
  ) => {
    assess(paper: unknown): void;
    getValidResults(): YoastResult[];
  };
  Researcher: new (paper: unknown) => { getResearch(name: string): unknown };
}

function loadYoast(): Yoast {
  if (!existsSync(join(INSTRUMENT, "node_modules/yoastseo/package.json"))) {
    process.stderr.write(`installing yoastseo@${YOAST_VERSION} into ${INSTRUMENT} (once)…\n`);
    execFileSync(
      "npm",
      ["install", "--prefix", INSTRUMENT, "--no-audit", "--no-fund", `yoastseo@${YOAST_VERSION}`],
      { stdio: ["ignore", "ignore", "inherit"] },
    );
  }
  const require = createRequire(join(INSTRUMENT, "package.json"));
  const yoast = require("yoastseo") as Omit<Yoast, "Researcher">;
  const researcher = require("yoastseo/build/languageProcessing/languages/fr/Researcher.js") as {
    default: Yoast["Researcher"];
  };
  return { ...yoast, Researcher: researcher.default };
}

const escapeHtml = (text: string) =>
  text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");

/** The article's body as the HTML a WordPress editor would hand Yoast. */
function htmlOf(article: ParsedArticle): string {
  const parts: string[] = [];
  let list = false;
  for (const block of article.blocks) {
    if (block.kind !== "list-item" && list) {
      parts.push("</ul>");
      list = false;
    }
    const text = escapeHtml(block.text);
    if (block.kind === "heading") parts.push(`<h${block.depth}>${text}</h${block.depth}>`);
    else if (block.kind === "paragraph") parts.push(`<p>${text}</p>`);
    else if (block.kind === "quote") parts.push(`<blockquote><p>${text}</p></blockquote>`);
    else if (block.kind === "list-item") {
      if (!list) parts.push("<ul>");
      list = true;
      parts.push(`<li>${text}</li>`);
    } else parts.push(`<p>${text}</p>`);
  }
  if (list) parts.push("</ul>");
  return parts.join("\n");
}

/**
 * The `rank`-th most frequent content word (0: the first), or the most frequent pair of
 * content words when `rank` is 0 and a pair recurs.
 */
function keyphraseFor(text: string, rank: number): string {
  const words = foldedWordsOf(text);
  const originals = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const counts = new Map<string, number>();
  const pairs = new Map<string, number>();
  const spelled = new Map<string, string>();
  words.forEach((word, at) => {
    if (FUNCTION_WORDS.has(word) || word.length < 4 || /\d/u.test(word)) return;
    counts.set(word, (counts.get(word) ?? 0) + 1);
    if (!spelled.has(word) && originals[at] !== undefined) spelled.set(word, originals[at]);
    const next = words[at + 1];
    if (next && !FUNCTION_WORDS.has(next) && next.length >= 4) {
      const pair = `${word} ${next}`;
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
      if (!spelled.has(pair)) spelled.set(pair, `${originals[at]} ${originals[at + 1]}`);
    }
  });
  const best = (map: Map<string, number>) =>
    [...map.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  const pair = best(pairs);
  const word = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[rank];
  const chosen = rank === 0 && pair && pair[1] >= 3 ? pair[0] : (word?.[0] ?? "article");
  return spelled.get(chosen) ?? chosen;
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const at = text.lastIndexOf(" ", max);
  return text.slice(0, at > 0 ? at : max);
}

/**
 * A raw French text made into an article, as described at the top; variant `variant`
 * takes the next keyphrase and puts a subheading before every 2nd, 3rd or 4th paragraph.
 */
function articleFromRaw(raw: string, variant: number): string | undefined {
  const paragraphs = raw
    .split(/\n\s*\n|\r\n\s*\r\n/u)
    .map((paragraph) => paragraph.replace(/\s+/gu, " ").trim())
    .filter((paragraph) => paragraph.split(" ").length >= 12 && /[.!?»"]$/u.test(paragraph));
  if (paragraphs.length < 3) return undefined;
  const text = paragraphs.join("\n\n");
  const keyword = keyphraseFor(text, variant);
  const every = 2 + (variant % 3);
  const [first = "", ...rest] = paragraphs;
  const title = cut(first.split(/(?<=[.!?])\s/u)[0] ?? first, 70);
  const description = cut(rest[0] ?? first, 150);
  const body = [first];
  rest.forEach((paragraph, index) => {
    if (index % every === every - 1)
      body.push(`## ${cut(paragraph.replace(/[.!?»"]+$/u, ""), 50)}`);
    body.push(paragraph);
  });
  return [
    "---",
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(description)}`,
    `keywords: [${JSON.stringify(keyword)}]`,
    "lang: fr",
    "---",
    "",
    body.join("\n\n"),
    "",
  ].join("\n");
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

if (!["held-out", "fixtures", "all"].includes(options.set ?? "")) {
  process.stderr.write(`--set takes held-out, fixtures or all, not ${options.set}\n`);
  process.exit(2);
}

/** The real articles of bench/yoast-corpus/, each as stored: [name, article text]. */
function collectCorpus(): [string, string][] {
  return filesUnder(join(ROOT, "bench/yoast-corpus"))
    .filter((path) => extname(path) === ".md" && !path.endsWith("README.md"))
    .map((path) => [relative(ROOT, path), readFileSync(path, "utf8")]);
}

/** The fixtures set: [name, article text], duplicates (same text) once. */
function collectFixtures(): [string, string][] {
  const markdown = [
    "test/fixtures/checks/good-article.md",
    "test/fixtures/answers/valid-article.md",
    "test/fixtures/answers/invented-figure.md",
    "test/fixtures/answers/no-subheadings.md",
    "test/fixtures/answers/short-article.md",
  ].map((path) => join(ROOT, path));
  const raw = [
    ...filesUnder(join(ROOT, "seeds")),
    ...filesUnder("/work/shared/seeds"),
    ...filesUnder(join(ROOT, "test/fixtures/language")).filter((path) =>
      /\/fr-[^/]+\.txt$/u.test(path),
    ),
    ...(options.extra ?? []).flatMap(filesUnder),
  ];
  const seen = new Set<string>();
  const articles: [string, string][] = [];
  const add = (name: string, text: string | undefined) => {
    if (text === undefined) return;
    const hash = createHash("sha256").update(text).digest("hex");
    if (seen.has(hash)) return;
    seen.add(hash);
    articles.push([name, text]);
  };
  for (const path of markdown) {
    const text = readFileSync(path, "utf8");
    add(relative(ROOT, path), text);
    // The same article judged for its second and third keywords.
    const keywords = parseArticle(text).frontMatter.keywords;
    for (const [rank, keyword] of (Array.isArray(keywords) ? keywords : []).entries()) {
      if (rank === 0 || rank > 2) continue;
      const moved = text.replace(
        /^keywords:/mu,
        `keywords: [${JSON.stringify(keyword)}]\nold_keywords:`,
      );
      add(`${relative(ROOT, path)} #${rank}`, moved);
    }
  }
  for (const path of raw) {
    const text = readFileSync(path, "utf8");
    const name = path.startsWith(ROOT) ? relative(ROOT, path) : path;
    if (extname(path) === ".md" && text.startsWith("---")) add(name, text);
    else
      for (let variant = 0; variant < VARIANTS; variant += 1) {
        add(`${name} #${variant}`, articleFromRaw(text, variant));
      }
  }
  return articles;
}

const yoast = loadYoast();
const articles = [
  ...(options.set === "fixtures" ? [] : collectCorpus()),
  ...(options.set === "held-out" ? [] : collectFixtures()),
];
const tally = new Map<
  string,
  { agree: number; total: number; yoastWarns: number; misses: string[] }
>();
/** Sentence by sentence, for the two French detectors: [agree, total, differing sentences]. */
const sentences = {
  passive: { agree: 0, total: 0, yoast: 0, ours: 0, misses: [] as string[] },
  transition: { agree: 0, total: 0, yoast: 0, ours: 0, misses: [] as string[] },
};
const normal = (text: string) => text.replace(/\s+/gu, " ").trim();
for (const rule of Object.values(ASSESSMENTS))
  tally.set(rule, { agree: 0, total: 0, yoastWarns: 0, misses: [] });

for (const [name, text] of articles) {
  const article = parseArticle(text);
  const ours = new Set(runChecks(article, DEFAULT_CHECK_CONTEXT, RULES).map((f) => f.rule));
  const { title, description, keywords } = article.frontMatter;
  const keyword = Array.isArray(keywords) ? String(keywords[0] ?? "") : "";
  const paper = new yoast.Paper(htmlOf(article), {
    keyword,
    title: typeof title === "string" ? title : "",
    description: typeof description === "string" ? description : "",
    locale: "fr_FR",
  });
  const researcher = new yoast.Researcher(paper);
  const results: YoastResult[] = [];
  for (const Assessor of [yoast.ContentAssessor, yoast.SeoAssessor]) {
    const assessor = new Assessor(researcher);
    assessor.assess(paper);
    results.push(...assessor.getValidResults());
  }
  const passives = new Set(
    (researcher.getResearch("getPassiveVoiceResult") as { passives: string[] }).passives.map(
      normal,
    ),
  );
  const transitions = new Set(
    (
      researcher.getResearch("findTransitionWords") as {
        sentenceResults: { sentence: { text: string } }[];
      }
    ).sentenceResults.map((result) => normal(result.sentence.text)),
  );
  for (const sentence of proseStatsOf(article).sentences) {
    const text = normal(sentence.text);
    for (const [kind, yoastSays, oursSays] of [
      ["passive", passives.has(text), isPassiveSentence(text)],
      ["transition", transitions.has(text), sentenceHasTransition(text)],
    ] as const) {
      const entry = sentences[kind];
      entry.total += 1;
      if (yoastSays) entry.yoast += 1;
      if (oursSays) entry.ours += 1;
      if (yoastSays === oursSays) entry.agree += 1;
      else entry.misses.push(`${yoastSays ? "Yoast only" : "ours only"}: ${text}`);
    }
  }
  for (const result of results) {
    const rule = ASSESSMENTS[result.getIdentifier()];
    const entry = rule === undefined ? undefined : tally.get(rule);
    if (rule === undefined || entry === undefined) continue;
    // Yoast's green is a score of 8 or 9; orange 5–7, red below.
    const yoastWarns = result.getScore() < 8;
    entry.total += 1;
    if (yoastWarns) entry.yoastWarns += 1;
    if (yoastWarns === ours.has(rule)) entry.agree += 1;
    else entry.misses.push(`${name} (Yoast ${yoastWarns ? "warns" : "green"})`);
  }
}

const percent = (part: number, whole: number) =>
  whole === 0 ? "—" : `${((100 * part) / whole).toFixed(1)} %`;
console.log(`yoastseo ${YOAST_VERSION} (French researcher) against seo-rewrite check`);
console.log(`set: ${options.set}; articles: ${articles.length}`);
console.log("");
console.log("assessment               agree / pairs   share");
let agree = 0;
let total = 0;
for (const [rule, entry] of tally) {
  agree += entry.agree;
  total += entry.total;
  console.log(
    `${rule.padEnd(24)} ${String(entry.agree).padStart(5)} / ${String(entry.total).padEnd(5)}   ${percent(entry.agree, entry.total)}   (Yoast warns on ${entry.yoastWarns})`,
  );
  if (options.verbose) for (const miss of entry.misses) console.log(`    differs: ${miss}`);
}
console.log(
  `${"all".padEnd(24)} ${String(agree).padStart(5)} / ${String(total).padEnd(5)}   ${percent(agree, total)}`,
);
console.log("");
console.log("sentence by sentence (our sentences; Yoast splits a few differently)");
for (const [kind, entry] of Object.entries(sentences)) {
  console.log(
    `${kind.padEnd(24)} ${String(entry.agree).padStart(5)} / ${String(entry.total).padEnd(5)}   ${percent(entry.agree, entry.total)}   (Yoast finds ${entry.yoast}, we find ${entry.ours})`,
  );
  if (options.verbose) for (const miss of [...new Set(entry.misses)]) console.log(`    ${miss}`);
}
