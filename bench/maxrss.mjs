// Preloaded with `node --expose-gc --import ./bench/maxrss.mjs`: when the process exits,
// writes "<peak RSS KiB> <heap still in use after a full GC, bytes> <CPU time, µs>" to
// $BENCH_MAXRSS_FILE, so a benchmark can tell memory the CLI holds from garbage the GC had
// not yet collected, and the work done (every thread's CPU) from the wall time on a busy machine.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  const file = process.env.BENCH_MAXRSS_FILE;
  if (!file) return;
  globalThis.gc?.();
  const usage = process.resourceUsage();
  const cpu = usage.userCPUTime + usage.systemCPUTime;
  writeFileSync(file, `${usage.maxRSS} ${process.memoryUsage().heapUsed} ${cpu}`);
});
