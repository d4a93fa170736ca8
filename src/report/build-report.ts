// Assembles the Report: active findings sorted for reading, suppressed ones set apart, counts.

import type { ScanOutcome } from "../scan.js";
import type { Finding, Report } from "../types.js";

export function buildReport(outcome: ScanOutcome, version: string, durationMs: number): Report {
  const ordered = [...outcome.findings].sort(compareFindings);
  const findings = ordered.filter((finding) => !finding.suppression);
  const suppressed = ordered.filter((finding) => finding.suppression);
  return {
    tool: "stageguard",
    version,
    findings,
    suppressed,
    notices: outcome.notices,
    summary: {
      filesScanned: outcome.filesScanned,
      bytesScanned: outcome.bytesScanned,
      blocking: findings.filter((finding) => finding.severity === "block").length,
      warnings: findings.filter((finding) => finding.severity === "warn").length,
      suppressed: suppressed.length,
      durationMs: Math.round(durationMs),
    },
  };
}

/** The exit code a report calls for: 1 when anything blocks, else 0. */
export function exitCodeFor(report: Report): 0 | 1 {
  return report.summary.blocking > 0 ? 1 : 0;
}

function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
