// @ts-nocheck
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

export function summariseChecks(reports: readonly FileReport[], unreadable = 0): string {
  let errors = 0;
  let warnings = 0;
  for (const report of reports) {
    for (const finding of report.findings) {
      if (finding.severity === "error") errors += 1;
      else warnings += 1;
    }
  }
  const failed = reports.filter((report) => !report.ok && report.error === undefined).length;
  const verdict =
    failed > 0
      ? `${failed} failing`
      : unreadable > 0
        ? `${unreadable} not read (see above)`
        : "all pass";
  const checked = reports.filter((report) => report.error === undefined).length;
  return `${plural(checked, "file")} checked, ${verdict}: ${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}
