// The JSON output: a public contract (see README "JSON output"). Fields are only ever added.

import type { Finding, Report } from "../types.js";

export function formatJson(report: Report): string {
  return `${JSON.stringify(
    {
      tool: report.tool,
      version: report.version,
      findings: report.findings.map(toJsonFinding),
      summary: {
        filesScanned: report.summary.filesScanned,
        bytesScanned: report.summary.bytesScanned,
        blocking: report.summary.blocking,
        warnings: report.summary.warnings,
        durationMs: report.summary.durationMs,
        suppressed: report.summary.suppressed,
      },
      suppressed: report.suppressed.map((finding) => ({ ...toJsonFinding(finding), suppression: finding.suppression })),
      notices: report.notices,
    },
    null,
    2,
  )}\n`;
}

/** Contract fields first, in contract order, then the additions. */
function toJsonFinding(finding: Finding): Record<string, unknown> {
  return {
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    message: finding.message,
    fix: finding.fix,
    match: finding.match,
    fingerprint: finding.fingerprint,
    title: finding.title,
    endColumn: finding.endColumn,
    ...(finding.commit === undefined ? {} : { commit: finding.commit }),
    falseAlarm: finding.falseAlarm,
  };
}
