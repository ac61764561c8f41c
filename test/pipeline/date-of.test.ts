import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dateOf } from "../../src/pipeline/setup.js";

/** Node reads `process.env.TZ` at each date operation: the writer's zone, set per test. */
let zone: string | undefined;

beforeEach(() => {
  zone = process.env.TZ;
});

afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe("dateOf", () => {
  it("just after midnight in Paris: the Paris day, at an instant already past in UTC", () => {
    process.env.TZ = "Europe/Paris";
    const now = new Date("2026-11-30T23:30:00Z");
    const date = dateOf(now);
    expect(date).toBe("2026-12-01T00:30:00+01:00");
    // A CI building in UTC right after: not in the future, so Hugo and Jekyll publish it.
    expect(Date.parse(date)).toBe(now.getTime());
    expect(Date.parse(date)).toBeLessThanOrEqual(Date.parse("2026-11-30T23:31:00Z"));
  });

  it("writes the offset of every zone, summer time, west of UTC and half hours", () => {
    const now = new Date("2026-07-14T22:05:09Z");
    process.env.TZ = "Europe/Paris";
    expect(dateOf(now)).toBe("2026-07-15T00:05:09+02:00");
    process.env.TZ = "America/New_York";
    expect(dateOf(now)).toBe("2026-07-14T18:05:09-04:00");
    process.env.TZ = "Asia/Kolkata";
    expect(dateOf(now)).toBe("2026-07-15T03:35:09+05:30");
    process.env.TZ = "UTC";
    expect(dateOf(now)).toBe("2026-07-14T22:05:09+00:00");
  });

  it("starts with the day, so YAML and generators read a date", () => {
    process.env.TZ = "Europe/Paris";
    expect(dateOf(new Date("2026-03-01T08:00:00Z"))).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/u,
    );
  });
});
