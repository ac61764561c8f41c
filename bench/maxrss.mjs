// Preloaded with `node --import ./bench/maxrss.mjs`: writes the process's peak RSS (KiB)
// to $BENCH_MAXRSS_FILE when it exits, so a benchmark can read a child's peak memory.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  const file = process.env.BENCH_MAXRSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
