// Preloaded with `node --expose-gc --import ./bench/maxrss.mjs`: when the process exits,
// writes "<peak RSS KiB> <heap still in use after a full GC, bytes> <CPU time, ms>" to
// $BENCH_MAXRSS_FILE, so a benchmark can tell memory the CLI holds from garbage the GC had
// not yet collected, and its own work from the wait on a machine shared with others.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  const file = process.env.BENCH_MAXRSS_FILE;
  if (!file) return;
  const usage = process.resourceUsage();
  const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
  globalThis.gc?.();
  writeFileSync(file, `${usage.maxRSS} ${process.memoryUsage().heapUsed} ${cpuMs}`);
});
