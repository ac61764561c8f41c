/**
 * `seo-rewrite check` over a whole site (issue 14): time per file, CPU per file and peak
 * memory (RSS, and the heap still in use after a GC, sampled each second) of the built CLI
 * at 500, 5,000 and 20,000 files of ~980 words (variants of the good-article fixture, every
 * other one with warnings, checked against their source), `--json` to a file, as a CI gate
 * runs it.
 *
 *     npm run build && npx tsx bench/check-scale.ts [--sizes 500,5000,20000]
 *       [--format json|jsonl|text] [--threads N] [--keep]
 *       [--bin [label=]bin/seo-rewrite.js[+--flag+value],…]
 *
 * Several `--bin`s (e.g. the code before a change, compiled to a temporary folder beside a
 * bin/ and a node_modules link) are run in turn on the same folder, size by size, so a busy
 * machine weighs on each alike. CPU time counts every thread; on a shared machine it is the
 * steadier measure of the work, wall time the one a CI job waits. Asserts nothing.
 */
import { spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { variantOf, withWarnings } from "./articles.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FIXTURE = join(ROOT, "test/fixtures/checks/good-article.md");
const SEED = join(ROOT, "seeds/reuters-microsoft-mistral-scraped.txt");
const MAXRSS = join(ROOT, "bench/maxrss.mjs");

const { values: options } = parseArgs({
  options: {
    sizes: { type: "string", default: "500,5000,20000" },
    format: { type: "string", default: "json" },
    threads: { type: "string" },
    bin: { type: "string", default: `this=${join(ROOT, "bin/seo-rewrite.js")}` },
    keep: { type: "boolean", default: false },
  },
});
const sizes = options.sizes.split(",").map(Number);
// `label=path+--flag+value`: a label for the table, and flags for this bin alone.
const bins = options.bin.split(",").map((entry, index) => {
  const [label, rest] = entry.includes("=") ? entry.split("=", 2) : [`bin${index + 1}`, entry];
  const [path = "", ...extra] = (rest ?? "").split("+");
  return { label: label ?? "", path, extra };
});
if (
  sizes.some((size) => !Number.isInteger(size) || size < 1) ||
  bins.some((bin) => !existsSync(bin.path))
) {
  process.stderr.write("usage: npx tsx bench/check-scale.ts [--sizes 500,5000] (build first)\n");
  process.exit(2);
}

const fixture = readFileSync(FIXTURE, "utf8");
const work = mkdtempSync(join(tmpdir(), "seo-rewrite-check-scale-"));
const formatFlag = options.format === "text" ? [] : [`--${options.format}`];
const threadsFlag = options.threads === undefined ? [] : ["--threads", options.threads];
const flags = [...formatFlag, ...threadsFlag];
console.log(
  `command: node --expose-gc --import bench/maxrss.mjs <bin> check <folder> ${flags.join(" ")} --source <seed> > <file>`,
);
for (const bin of bins) console.log(`${bin.label}: ${[bin.path, ...bin.extra].join(" ")}`);
console.log(
  "bin | files | seconds | ms per file | CPU ms per file | files per second | peak RSS (MB) | peak live heap (MB) | exit",
);
const fixed = (value: number, digits: number) => value.toFixed(digits);

function measure(bin: (typeof bins)[number], folder: string, size: number): void {
  const rssFile = join(work, "rss");
  const outFile = join(work, "out");
  const out = openSync(outFile, "w");
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [
      "--expose-gc",
      "--import",
      MAXRSS,
      bin.path,
      "check",
      folder,
      ...flags,
      ...bin.extra,
      "--source",
      SEED,
    ],
    { stdio: ["ignore", out, "pipe"], env: { ...process.env, BENCH_MAXRSS_FILE: rssFile } },
  );
  const seconds = (performance.now() - started) / 1000;
  closeSync(out);
  const [rssKiB = Number.NaN, , cpuMicros = Number.NaN, peakLive = Number.NaN] = readFileSync(
    rssFile,
    "utf8",
  )
    .split(" ")
    .map(Number);
  console.log(
    [
      bin.label,
      size,
      fixed(seconds, 2),
      fixed((seconds * 1000) / size, 2),
      fixed(cpuMicros / 1000 / size, 2),
      fixed(size / seconds, 0),
      fixed(rssKiB / 1024, 0),
      fixed(peakLive / 2 ** 20, 1),
      result.status,
    ].join(" | "),
  );
  if (result.status !== 0 && result.status !== 1) console.log(result.stderr.toString().trim());
  if (statSync(outFile).size === 0) console.log(`${bin.label}: no output`);
}

for (const size of sizes) {
  const folder = join(work, String(size));
  // Sub-folders of 1,000, as a site's content tree has them.
  for (let index = 0; index < size; index += 1) {
    const sub = join(folder, `part-${String(Math.floor(index / 1000)).padStart(2, "0")}`);
    if (index % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(
      join(sub, `article-${String(index).padStart(5, "0")}.md`),
      // Every other article with warnings, as a real site's are: findings to print and hold.
      index % 2 === 0 ? variantOf(fixture, index) : withWarnings(variantOf(fixture, index)),
    );
  }
  for (const bin of bins) measure(bin, folder, size);
  rmSync(folder, { recursive: true, force: true });
}
if (options.keep) console.log(`kept: ${work}`);
else rmSync(work, { recursive: true, force: true });
