// Preloaded with `node --expose-gc --import ./bench/maxrss.mjs`: when the process exits,
// writes "<peak RSS KiB> <heap still in use after a full GC, bytes> <CPU time, µs> <peak of
// the heap in use after a full GC, sampled every second, bytes>" to $BENCH_MAXRSS_FILE, so a
// benchmark can tell memory the CLI holds from garbage the GC had not yet collected, and the
// work done (every thread's CPU) from the wall time on a busy machine.
import { writeFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

// Worker threads inherit the preload: only the main thread measures and writes.
const file = isMainThread ? process.env.BENCH_MAXRSS_FILE : undefined;

let peakLive = 0;
if (file && globalThis.gc) {
  setInterval(() => {
    globalThis.gc?.();
    peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
  }, 1000).unref();
}

process.on("exit", () => {
  if (!file) return;
  globalThis.gc?.();
  const usage = process.resourceUsage();
  const cpu = usage.userCPUTime + usage.systemCPUTime;
  const live = process.memoryUsage().heapUsed;
  writeFileSync(file, `${usage.maxRSS} ${live} ${cpu} ${Math.max(peakLive, live)}`);
});
