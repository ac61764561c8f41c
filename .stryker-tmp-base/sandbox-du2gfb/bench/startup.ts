/**
 * Start-up cost of the CLI: `seo-rewrite --version` against bare `node -e 0`, measured in
 * the same run, interleaved so machine noise hits both alike. Prints medians and the ratio
 * (issue 2 aims for ≤ 2×: heavy modules load only when a command needs them).
 *
 *   npx tsx bench/startup.ts [runs]
 */
// @ts-nocheck

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const runs = Number(process.argv[2] ?? 30);
const bin = fileURLToPath(new URL("../bin/seo-rewrite.js", import.meta.url));

function timeOnce(args: string[]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: "ignore" });
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const cases: Record<string, string[]> = {
  "node -e 0": ["-e", "0"],
  "seo-rewrite --version": [bin, "--version"],
  "seo-rewrite --help": [bin, "--help"],
};
const times: Record<string, number[]> = Object.fromEntries(
  Object.keys(cases).map((name) => [name, []]),
);
for (let run = 0; run < runs; run += 1) {
  for (const [name, args] of Object.entries(cases)) times[name]?.push(timeOnce(args));
}
const baseline = median(times["node -e 0"] ?? []);
console.log(`start-up, median of ${runs} runs (interleaved):`);
for (const [name, values] of Object.entries(times)) {
  const value = median(values);
  console.log(
    `  ${name.padEnd(24)} ${value.toFixed(1).padStart(7)} ms  ${(value / baseline).toFixed(2)}× node -e 0`,
  );
}
