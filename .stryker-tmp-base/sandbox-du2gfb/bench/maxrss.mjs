// @ts-nocheck
// Preloaded with `node --expose-gc --import ./bench/maxrss.mjs`: when the process exits,
// writes "<peak RSS KiB> <heap still in use after a full GC, bytes>" to $BENCH_MAXRSS_FILE,
// so a benchmark can tell memory the CLI holds from garbage the GC had not yet collected.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  const file = process.env.BENCH_MAXRSS_FILE;
  if (!file) return;
  globalThis.gc?.();
  writeFileSync(file, `${process.resourceUsage().maxRSS} ${process.memoryUsage().heapUsed}`);
});
