import { describe, expect, it } from "vitest";
import {
  closeJsonArray,
  emptyTally,
  type FileReport,
  formatJsonEntry,
  formatSummaryLine,
  summariseChecks,
  tallyReport,
  unreadableReport,
} from "../../src/core/reporters.js";

/** `check`'s reporters written file by file (issue 14): the same text as the whole at once. */
const reports: FileReport[] = [
  {
    file: "site/a.md",
    ok: false,
    words: 412,
    findings: [
      { rule: "word-count", severity: "error", message: "412 words; at least 700", line: 1 },
      { rule: "sentence-length", severity: "warning", message: "trop long\n« cité »", line: 9 },
    ],
  },
  { file: "site/b.md", ok: true, words: 980, findings: [] },
  unreadableReport("site/c.md", "site/c.md: permission denied"),
];

function streamed(entries: readonly FileReport[]): string {
  return (
    entries.map((report, index) => formatJsonEntry(report, index)).join("") +
    closeJsonArray(entries.length)
  );
}

describe("check --json written entry by entry", () => {
  it("is byte for byte JSON.stringify(reports, null, 2), for none, one and several files", () => {
    for (const count of [0, 1, 2, 3]) {
      const entries = reports.slice(0, count);
      expect(streamed(entries)).toBe(`${JSON.stringify(entries, null, 2)}\n`);
    }
  });
});

describe("the check tally", () => {
  it("counts files, failures, unread inputs, errors and warnings as they come", () => {
    const tally = reports.reduce(tallyReport, emptyTally());
    expect(tally).toEqual({ checked: 2, failing: 1, unreadable: 1, errors: 1, warnings: 1 });
    expect(summariseChecks(tally)).toBe("2 files checked, 1 failing: 1 error, 1 warning");
    expect(summariseChecks(tallyReport(emptyTally(), unreadableReport("x.md", "x")))).toBe(
      "0 files checked, 1 not read (see above): 0 errors, 0 warnings",
    );
  });

  it("ends --jsonl with one summary line, saying whether every input was reached", () => {
    const line = formatSummaryLine(reports.reduce(tallyReport, emptyTally()), false);
    expect(line.endsWith("}\n")).toBe(true);
    expect(line.split("\n")).toHaveLength(2);
    expect(JSON.parse(line)).toEqual({
      summary: {
        files: 3,
        checked: 2,
        failing: 1,
        unreadable: 1,
        errors: 1,
        warnings: 1,
        ok: false,
        complete: false,
      },
    });
    expect(JSON.parse(formatSummaryLine(emptyTally(), true)).summary.ok).toBe(true);
  });
});
