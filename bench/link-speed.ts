/**
 * How `seo-rewrite link` grows with the folder (issue 16): one pass over the articles with an
 * index of phrases, so time and memory should grow with the number of articles, not its
 * square. Generates folders of 1,000 and 10,000 French-looking articles (~450 words, 3
 * sections, each mentioning 8 other articles' keyphrases, some in the plural or elided; plain
 * prose, so links/body-layout.ts reads it without remark), then runs the built command on
 * each, twice (the second run must change nothing), with bench/maxrss.mjs preloaded for the
 * peak memory.
 *
 *     npm run build && npx tsx bench/link-speed.ts [--sizes 1000,10000] [--keep] [--bin PATH]
 *
 * `--bin` runs another build of the command (an older commit's worktree, say) on the same
 * folders, for a before/after measured under the same load. Prints figures, asserts nothing
 * but the second run's "0 file(s) changed".
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { randomFrom } from "./articles.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "bin/seo-rewrite.js");
const MAXRSS = join(ROOT, "bench/maxrss.mjs");

const { values: options } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000" },
    keep: { type: "boolean", default: false },
    bin: { type: "string", default: BIN },
  },
});
const COMMAND = options.bin ?? BIN;
const SIZES = (options.sizes ?? "").split(",").map(Number);

const NOUNS = [
  "marché",
  "réseau",
  "projet",
  "accord",
  "budget",
  "plan",
  "contrat",
  "secteur",
  "programme",
  "système",
  "modèle",
  "fonds",
  "service",
  "centre",
  "parc",
  "pôle",
  "dispositif",
  "label",
  "chantier",
  "festival",
];
const SYLLABLES = ["ba", "ci", "do", "fu", "ga", "li", "mo", "ne", "pa", "ru", "sé", "tor"];

/** Keyphrase `index`: a noun and a made-up adjective, unique up to 20 × 12³ = 34,560. */
function keyphraseOf(index: number): string {
  const noun = NOUNS[index % NOUNS.length];
  let rest = Math.floor(index / NOUNS.length);
  let adjective = "";
  for (let syllable = 0; syllable < 3; syllable += 1) {
    adjective += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  }
  return `${noun} ${adjective}ique`;
}

const FILLER = [
  "Les acteurs du territoire suivent le dossier de près depuis plusieurs mois.",
  "Selon les élus, la décision devrait intervenir avant la fin de l'année.",
  "Plusieurs associations demandent davantage de transparence sur le calendrier.",
  "Le gouvernement assure que les moyens seront au rendez-vous.",
  "Les entreprises concernées attendent des précisions sur les aides.",
  "La presse régionale s'interroge sur le coût réel de l'opération.",
];

function articleOf(index: number, total: number): string {
  const random = randomFrom(index + 1);
  const other = () => keyphraseOf(Math.floor(random() * total));
  const sentence = () => FILLER[Math.floor(random() * FILLER.length)];
  const mention = () => {
    const phrase = other();
    const form = random();
    if (form < 0.3) return `Les ${phrase.replace(/ /u, "s ")}s avancent.`;
    if (form < 0.5 && /^[aeiouyé]/u.test(phrase)) return `L'${phrase} avance.`;
    return `Le ${phrase} avance.`;
  };
  const paragraph = () =>
    [sentence(), mention(), sentence(), sentence(), mention(), sentence(), sentence()].join(" ");
  const keyphrase = keyphraseOf(index);
  const sections = [1, 2, 3].map(
    (n) => `## Partie ${n} sur le ${keyphrase}\n\n${paragraph()}\n\n${paragraph()}\n`,
  );
  return [
    "---",
    `title: "Le ${keyphrase} en question (${index})"`,
    `slug: "article-${index}"`,
    `keywords: ["${keyphrase}", "${other()}"]`,
    'lang: "fr"',
    "---",
    "",
    `Le ${keyphrase} fait parler de lui. ${sentence()}`,
    "",
    ...sections,
  ].join("\n");
}

interface Run {
  seconds: number;
  /** The command's own CPU time: the machine may be shared, the wall time inflated. */
  cpuSeconds: number;
  peakMiB: number;
  stderr: string;
}

function runLink(folder: string): Run {
  const memoryFile = join(folder, "..", "maxrss.txt");
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ["--expose-gc", "--import", MAXRSS, COMMAND, "link", folder, "--url-pattern", "/posts/{slug}/"],
    {
      encoding: "utf8",
      env: { ...process.env, BENCH_MAXRSS_FILE: memoryFile },
      maxBuffer: 1 << 28,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`link failed (${result.status}): ${result.stderr}`);
  const [kib = 0, , cpuMicros = 0] = readFileSync(memoryFile, "utf8").split(" ").map(Number);
  return {
    seconds,
    cpuSeconds: cpuMicros / 1e6,
    peakMiB: kib / 1024,
    stderr: result.stderr.trim(),
  };
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const rows: { size: number; first: Run; second: Run }[] = [];
const work = mkdtempSync(join(tmpdir(), "seo-rewrite-link-speed-"));
for (const size of SIZES) {
  const folder = join(work, `site-${size}`, "articles");
  mkdirSync(folder, { recursive: true });
  for (let index = 0; index < size; index += 1) {
    writeFileSync(join(folder, `article-${index}.md`), articleOf(index, size));
  }
  const first = runLink(folder);
  const second = runLink(folder);
  if (!/ 0 file\(s\) changed/u.test(second.stderr)) {
    throw new Error(`the second run changed files: ${second.stderr}`);
  }
  rows.push({ size, first, second });
  console.log(`${size} articles: ${first.stderr.replace(/^seo-rewrite: /u, "")}`);
}
console.log(
  "\narticles | first run: wall s, CPU s, peak MiB | second run (no change): wall s, CPU s, peak MiB",
);
const figures = (run: Run) =>
  `${round(run.seconds)} | ${round(run.cpuSeconds)} | ${round(run.peakMiB, 0)}`;
for (const { size, first, second } of rows)
  console.log(`${size} | ${figures(first)} | ${figures(second)}`);
const [small, large] = rows;
if (small && large) {
  const factor = large.size / small.size;
  console.log(
    `\n×${factor} articles: wall time ×${round(large.first.seconds / small.first.seconds, 1)}, CPU time ×${round(large.first.cpuSeconds / small.first.cpuSeconds, 1)}, peak memory ×${round(large.first.peakMiB / small.first.peakMiB, 1)}`,
  );
}
if (options.keep) console.log(`kept: ${work}`);
else rmSync(work, { recursive: true, force: true });
