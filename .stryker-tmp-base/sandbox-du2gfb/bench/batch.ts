/**
 * Batch throughput and memory (issue 5), against the fake server on 127.0.0.1.
 *
 * 1. Wall time of a batch of N articles with a fixed model latency, at several
 *    concurrencies, as a ratio to the ideal (N × latency ÷ concurrency). Aim: ≤ 1.25×.
 * 2. Peak memory (RSS) of the CLI over 200 and 2,000 small inputs, no latency: a ratio
 *    near 1 means memory does not grow with the number of inputs.
 *
 *   npx tsx bench/batch.ts [articles=32] [latencyMs=1000]
 */
// @ts-nocheck

import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startFakeServer } from "../test/fake-server.js";

const articles = Number(process.argv[2] ?? 32);
const latencyMs = Number(process.argv[3] ?? 1000);
const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "bin/seo-rewrite.js");
const seed = join(root, "seeds/reuters-microsoft-mistral-scraped.txt");
const work = mkdtempSync(join(tmpdir(), "seo-rewrite-bench-"));

function makeInputs(name: string, count: number): string {
  const folder = join(work, name);
  for (let index = 0; index < count; index += 1) {
    const sub = join(folder, String(index % 10));
    mkdirSync(sub, { recursive: true });
    copyFileSync(seed, join(sub, `article-${index}.txt`));
  }
  return folder;
}

function runCli(
  args: string[],
  baseURL: string,
  rssFile: string,
): Promise<{ ms: number; code: number; rssKiB: number; heapBytes: number }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--expose-gc", "--import", join(root, "bench/maxrss.mjs"), bin, ...args],
      {
        env: {
          PATH: process.env.PATH ?? "",
          OPENAI_API_KEY: "bench",
          OPENAI_BASE_URL: baseURL,
          BENCH_MAXRSS_FILE: rssFile,
        },
        stdio: ["ignore", "ignore", "ignore"],
      },
    );
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const [rssKiB, heapBytes] = readFileSync(rssFile, "utf8").split(" ").map(Number);
      resolve({ ms, code: code ?? -1, rssKiB: rssKiB ?? 0, heapBytes: heapBytes ?? 0 });
    });
  });
}

try {
  const slow = await startFakeServer({ latencyMs });
  const input = makeInputs("throughput", articles);
  console.log(`throughput: ${articles} articles, model latency ${latencyMs} ms`);
  for (const concurrency of [1, 4, 8, 16]) {
    if (concurrency === 1 && articles * latencyMs > 40_000) continue;
    const out = join(work, `out-${concurrency}`);
    const run = await runCli(
      [input, "--out", out, "--concurrency", String(concurrency), "--quiet"],
      slow.url,
      join(work, "rss"),
    );
    const ideal = (articles * latencyMs) / concurrency;
    console.log(
      `  concurrency ${String(concurrency).padStart(2)}: ${(run.ms / 1000).toFixed(2).padStart(6)} s, ideal ${(ideal / 1000).toFixed(2).padStart(6)} s, ratio ${(run.ms / ideal).toFixed(2)}× (exit ${run.code})`,
    );
  }
  await slow.close();

  const fast = await startFakeServer();
  console.log(
    "memory of the CLI, concurrency 8, no latency (heap held = in use after a full GC at exit)",
  );
  const peaks: number[] = [];
  const heaps: number[] = [];
  for (const count of [200, 2000]) {
    const folder = makeInputs(`memory-${count}`, count);
    const run = await runCli(
      [folder, "--out", join(work, `memory-out-${count}`), "--concurrency", "8", "--quiet"],
      fast.url,
      join(work, "rss"),
    );
    peaks.push(run.rssKiB);
    heaps.push(run.heapBytes);
    console.log(
      `  ${String(count).padStart(5)} inputs: peak RSS ${(run.rssKiB / 1024).toFixed(0)} MiB, heap held at exit ${(run.heapBytes / 2 ** 20).toFixed(1)} MiB, ${(run.ms / 1000).toFixed(1)} s (exit ${run.code})`,
    );
  }
  const ratio = (values: number[]) => ((values[1] ?? 0) / (values[0] ?? 1)).toFixed(2);
  console.log(`  ratio 2000 ÷ 200 inputs: peak RSS ${ratio(peaks)}×, heap held ${ratio(heaps)}×`);
  await fast.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
