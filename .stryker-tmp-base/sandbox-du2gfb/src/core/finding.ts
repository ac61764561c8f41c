/**
 * The one message type every stage and rule speaks, after vfile-message:
 * a rule id, a severity, a short English message for the terminal, a position,
 * and the French sentence that the repair prompt sends back to the model.
 */
// @ts-nocheck

export type Severity = "error" | "warning";

export interface Finding {
  /** Stable rule id, e.g. `word-count`: scripts and reports rely on it. */
  rule: string;
  severity: Severity;
  /** Short English message for the terminal: what is wrong and what to do. */
  message: string;
  /** 1-based line in the checked file (front-matter included), when the finding has a place. */
  line?: number;
  column?: number;
  actual?: number | string;
  expected?: number | string;
  /** The same failure said to the model, in French, for the repair message. */
  repair?: string;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === "error");
}

export function errorsOf(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity === "error");
}
