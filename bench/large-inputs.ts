/**
 * Large inputs (issue 15): six 31 MB text files and one ordinary article in a folder, the
 * built CLI against the fake model. Before the size cap, each large file was read and decoded
 * whole before being refused on its word count; now each is refused on its size (stat)
 * before being read. Prints the wall time, the exit code, the peak RSS and what each large
 * file got on stderr.
 *
 *   npx tsx bench/large-inputs.ts [path/to/bin/seo-rewrite.js] [large files, default 6]
 *
 * (default bin: this build; 0 large files gives the baseline of the one article.)
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startFakeServer } from "../test/fake-server.js";

const bin = process.argv[2] || fileURLToPath(new URL("../bin/seo-rewrite.js", import.meta.url));
const seed = fileURLToPath(
  new URL("../seeds/reuters-microsoft-mistral-scraped.txt", import.meta.url),
);
const maxrss = fileURLToPath(new URL("./maxrss.mjs", import.meta.url));
const LARGE = Number(process.argv[3] ?? 6);
const SIZE = 31 * 1024 * 1024;

const work = mkdtempSync(join(tmpdir(), "seo-rewrite-large-"));
const input = join(work, "in");
mkdirSync(input);
const article = readFileSync(seed, "utf8");
// Real French text, repeated: what a mistaken export or a concatenation gives.
const block = `${article}\n\n`.repeat(Math.ceil(SIZE / Buffer.byteLength(article)));
const large = Buffer.from(block).subarray(0, SIZE);
for (let index = 1; index <= LARGE; index += 1)
  writeFileSync(join(input, `gros-${index}.txt`), large);
writeFileSync(join(input, "article.txt"), article);

const server = await startFakeServer();
const rssFile = join(work, "maxrss");
const started = process.hrtime.bigint();
const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
  const child = spawn(
    process.execPath,
    ["--expose-gc", "--import", maxrss, bin, input, "--out", join(work, "out")],
    {
      env: {
        PATH: process.env.PATH ?? "",
        OPENAI_API_KEY: "sk-bench-0123456789abcdefghij",
        OPENAI_BASE_URL: server.url,
        BENCH_MAXRSS_FILE: rssFile,
      },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let text = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    text += chunk;
  });
  child.on("close", (exit) => resolve({ code: exit, stderr: text }));
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
await server.close();
const [rssKiB] = readFileSync(rssFile, "utf8").split(" ");
console.log(`bin: ${bin}`);
console.log(
  `${LARGE} × ${SIZE / 1024 / 1024} MB + 1 article: exit ${code}, ${seconds.toFixed(1)} s, peak RSS ${(Number(rssKiB) / 1024).toFixed(0)} MB`,
);
for (const line of stderr.split("\n").filter((text) => text.includes("gros-1.txt"))) {
  console.log(`  ${line.replace(work, "…")}`);
}
rmSync(work, { recursive: true, force: true });
