import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LOCK_FILE, lockOutput, OutputLockedError } from "../../src/output/lock.js";
import { isStaleTemporary, STALE_TEMP_AGE_MS } from "../../src/output/write.js";

let out: string;
const now = () => new Date("2026-12-06T00:10:00.000Z");

beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), "seo-rewrite-lock-"));
});
afterEach(() => {
  rmSync(out, { recursive: true, force: true });
});

const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid ?? 0;

describe("lockOutput", () => {
  it("writes the PID, host and start, refuses a second lock, and releases only its own", async () => {
    const lock = await lockOutput(out, { outFlag: "out", wait: false, now });
    expect(JSON.parse(readFileSync(join(out, LOCK_FILE), "utf8"))).toEqual({
      pid: process.pid,
      host: hostname(),
      startedAt: "2026-12-06T00:10:00.000Z",
    });
    const second = lockOutput(out, { outFlag: "out", wait: false, now });
    await expect(second).rejects.toBeInstanceOf(OutputLockedError);
    await lock.release();
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
  });

  it("takes over a dead run's lock; never another host's, whose PID it cannot check", async () => {
    const stale = { pid: deadPid(), host: hostname(), startedAt: "2026-12-05T00:00:00.000Z" };
    writeFileSync(join(out, LOCK_FILE), JSON.stringify(stale));
    const lock = await lockOutput(out, { outFlag: "out", wait: false, now });
    await lock.release();
    writeFileSync(join(out, LOCK_FILE), JSON.stringify({ ...stale, host: "autre-machine" }));
    await expect(lockOutput(out, { outFlag: "out", wait: false, now })).rejects.toThrow(
      `(PID ${stale.pid} on autre-machine, since 2026-12-05T00:00:00.000Z;`,
    );
  });

  it("waits for a live lock to go (--wait-lock), and stops waiting when aborted", async () => {
    const first = await lockOutput(out, { outFlag: "out", wait: false, now });
    let waited = 0;
    const second = lockOutput(out, {
      outFlag: "out",
      wait: true,
      now,
      pollMs: 10,
      onWait: () => {
        waited += 1;
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await first.release();
    await (await second).release();
    expect(waited).toBe(1);
    const held = await lockOutput(out, { outFlag: "out", wait: false, now });
    const controller = new AbortController();
    const waiting = lockOutput(out, {
      outFlag: "out",
      wait: true,
      now,
      pollMs: 10,
      signal: controller.signal,
    });
    controller.abort();
    await expect(waiting).rejects.toBe(controller.signal.reason);
    await held.release();
  });
});

describe("isStaleTemporary", () => {
  const name = (pid: number) => `.seo-rewrite-a.md.${pid}-0123456789ab.tmp`;

  it("is stale when its run is dead or it is over an hour old; a live run's fresh file is not", () => {
    expect(isStaleTemporary(name(1234), 1000, () => false)).toBe(true);
    expect(isStaleTemporary(name(1234), 1000, () => true)).toBe(false);
    expect(isStaleTemporary(name(1234), STALE_TEMP_AGE_MS + 1, () => true)).toBe(true);
    expect(isStaleTemporary(name(process.pid), 1000, () => false)).toBe(false);
    // The older names, without a PID: by age only.
    expect(isStaleTemporary(".seo-rewrite-a.md.0123456789ab.tmp", 1000)).toBe(false);
    expect(isStaleTemporary(".seo-rewrite-a.md.0123456789ab.tmp", STALE_TEMP_AGE_MS + 1)).toBe(
      true,
    );
    expect(isStaleTemporary("notes.tmp", STALE_TEMP_AGE_MS + 1)).toBe(false);
  });
});
