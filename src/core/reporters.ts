import type { Finding } from "./finding.js";

/**
 * Reporters are functions over findings (STYLE.md): terminal lines like a linter's,
 * and the JSON shape of `check --json`.
 */

export function formatFindingLine(file: string, finding: Finding): string {
  const place = `${file}:${finding.line ?? 1}:${finding.column ?? 1}`;
  return `${place}  ${finding.severity.padEnd(7)}  ${finding.rule}  ${finding.message}`;
}

export interface FileReport {
  file: string;
  ok: boolean;
  words: number;
  findings: { rule: string; severity: string; message: string; line: number }[];
  /** Set when the file could not be read: it was not checked. */
  error?: string;
}

/** A file `check` could not read: an entry of its own, so `--json` has one per file. */
export function unreadableReport(file: string, error: string): FileReport {
  return { file, ok: false, words: 0, findings: [], error };
}

export function toFileReport(
  file: string,
  words: number,
  findings: readonly Finding[],
): FileReport {
  return {
    file,
    ok: !findings.some((finding) => finding.severity === "error"),
    words,
    findings: findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      // As the terminal line says it: a finding about the whole file is at its first line.
      line: finding.line ?? 1,
    })),
  };
}

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/** What `check` has seen so far: counts only, so a folder of any size costs the same. */
export interface CheckTally {
  /** Files checked (read and judged). */
  checked: number;
  /** Checked files with at least one error. */
  failing: number;
  /** Inputs that could not be read or listed. */
  unreadable: number;
  errors: number;
  warnings: number;
}

export function emptyTally(): CheckTally {
  return { checked: 0, failing: 0, unreadable: 0, errors: 0, warnings: 0 };
}

/** The tally with one more file's report counted in. */
export function tallyReport(tally: CheckTally, report: FileReport): CheckTally {
  if (report.error !== undefined) return { ...tally, unreadable: tally.unreadable + 1 };
  const errors = report.findings.filter((finding) => finding.severity === "error").length;
  return {
    checked: tally.checked + 1,
    failing: tally.failing + (report.ok ? 0 : 1),
    unreadable: tally.unreadable,
    errors: tally.errors + errors,
    warnings: tally.warnings + report.findings.length - errors,
  };
}

/** `check`'s exit code, decided once from the tally: 1 for any failing or unread file. */
export function checkExitCode(tally: CheckTally): 0 | 1 {
  return tally.failing > 0 || tally.unreadable > 0 ? 1 : 0;
}

export function summariseChecks(tally: CheckTally): string {
  const verdict =
    tally.failing > 0
      ? `${tally.failing} failing`
      : tally.unreadable > 0
        ? `${tally.unreadable} not read (see above)`
        : "all pass";
  return `${plural(tally.checked, "file")} checked, ${verdict}: ${plural(tally.errors, "error")}, ${plural(tally.warnings, "warning")}`;
}

/**
 * One entry of `check --json`'s array, written as it comes: the text is byte for byte what
 * `JSON.stringify(reports, null, 2)` gives once the array is closed by {@link closeJsonArray}.
 */
export function formatJsonEntry(report: FileReport, index: number): string {
  const entry = JSON.stringify(report, null, 2).replaceAll("\n", "\n  ");
  return `${index === 0 ? "[\n" : ",\n"}  ${entry}`;
}

/** The end of `check --json`'s array after `count` entries (`[]` for none). */
export function closeJsonArray(count: number): string {
  return count === 0 ? "[]\n" : "\n]\n";
}

/** `check --jsonl`'s last line: the tally, and whether every input was reached. */
export function formatSummaryLine(tally: CheckTally, complete: boolean): string {
  const summary = {
    files: tally.checked + tally.unreadable,
    ...tally,
    ok: checkExitCode(tally) === 0,
    complete,
  };
  return `${JSON.stringify({ summary })}\n`;
}
