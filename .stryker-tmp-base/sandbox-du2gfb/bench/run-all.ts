/**
 * `npm run bench`: every benchmark, one after the other (build first: they run
 * bin/seo-rewrite.js). Each prints its own figures as ratios to a baseline measured in
 * the same run; nothing here asserts a time.
 */
// @ts-nocheck

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const benches = [["startup.ts", "20"], ["check-speed.ts"], ["batch.ts", "32", "1000"]];
for (const [script, ...args] of benches) {
  console.log(`\n== bench/${script} ${args.join(" ")}`);
  const path = fileURLToPath(new URL(script ?? "", import.meta.url));
  const result = spawnSync(process.execPath, ["--import", "tsx", path, ...args], {
    stdio: "inherit",
  });
  if (result.status !== 0) process.exitCode = 1;
}
