// The human report: findings grouped by file, each with where, what, the redacted match, the fix
// and the way out for a false alarm; on request the suppressed findings and why; then one
// summary line. Quiet when clean: a single line.

import type { Finding, Report } from "../types.js";
import type { Style } from "./style.js";

export interface HumanFormatOptions {
  style: Style;
  /** "staged" speaks of the commit; "files" of the files given. */
  mode: "staged" | "files" | "range" | "push";
  /** Also list the suppressed findings (inline markers, baseline) and why each is suppressed. */
  showSuppressed?: boolean;
}

export function formatHuman(report: Report, options: HumanFormatOptions): string {
  const { style } = options;
  const out: string[] = [];
  const byFile = groupByFile(report.findings);
  for (const [file, findings] of byFile) {
    out.push("", style.bold(style.cyan(file)));
    for (const finding of findings) out.push(...formatFinding(finding, style));
  }
  const listSuppressed = options.showSuppressed === true && report.suppressed.length > 0;
  if (listSuppressed) {
    out.push("", style.bold(`Suppressed (${report.suppressed.length}, not counted):`));
    for (const [file, findings] of groupByFile(report.suppressed)) {
      out.push(style.cyan(file));
      for (const finding of findings) out.push(...formatSuppressed(finding, style));
    }
  }
  if (report.notices.length > 0) {
    out.push("");
    for (const notice of report.notices) out.push(style.yellow(`note: ${notice.file ? `${notice.file}: ` : ""}${notice.message}`));
  }
  if (byFile.size > 0 || listSuppressed || report.notices.length > 0) out.push("");
  out.push(summaryLine(report, options));
  if (report.summary.blocking > 0 && options.mode === "staged") {
    out.push(style.dim("Fix the findings above and stage again. To commit anyway, knowingly: git commit --no-verify"));
  }
  if (report.summary.blocking > 0 && options.mode === "push") {
    out.push(
      style.dim(
        "These commits are not pushed. Remove the secret from history (git rebase -i, or git commit --amend for the last commit), rotate anything exposed, and push again. To push anyway, knowingly: git push --no-verify",
      ),
    );
  }
  return `${out.join("\n")}\n`;
}

/** Findings by file (and commit, in ranges), in report order. */
function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = finding.commit === undefined ? finding.file : `${finding.file}  (commit ${finding.commit.slice(0, 12)})`;
    byFile.set(key, [...(byFile.get(key) ?? []), finding]);
  }
  return byFile;
}

function where(finding: Finding): string {
  return finding.line === null ? "file" : `${finding.line}:${finding.column ?? 1}`;
}

function formatFinding(finding: Finding, style: Style): string[] {
  const severity = finding.severity === "block" ? style.red("block") : style.yellow("warn ");
  const match = finding.match === null ? "" : `  ${style.bold(finding.match)}`;
  const indent = "        ";
  return [
    `  ${where(finding).padEnd(6)}${severity}  ${finding.title} ${style.dim(`[${finding.ruleId}]`)}${match}`,
    `${indent}${finding.message}`,
    `${indent}${style.green("fix:")} ${finding.fix}`,
    `${indent}${style.dim(`false alarm? ${finding.falseAlarm}`)}`,
  ];
}

/** A suppressed finding: where and what (masked, as always), then why it does not count. */
function formatSuppressed(finding: Finding, style: Style): string[] {
  const match = finding.match === null ? "" : `  ${finding.match}`;
  return [`  ${where(finding).padEnd(6)}${finding.title} ${style.dim(`[${finding.ruleId}]`)}${match}`, `        ${style.dim("why:")} ${suppressionReason(finding)}`];
}

function suppressionReason(finding: Finding): string {
  const suppression = finding.suppression;
  if (suppression?.kind === "baseline") return "baseline (.stageguard-baseline.json)";
  const marker = `stageguard-allow on line ${suppression?.line ?? finding.line ?? "?"}`;
  return suppression?.reason ? `${marker}: ${suppression.reason}` : `${marker} (no reason given)`;
}

function summaryLine(report: Report, options: HumanFormatOptions): string {
  const { summary } = report;
  const { style } = options;
  const scanned = `${summary.filesScanned} file${summary.filesScanned === 1 ? "" : "s"}, ${formatBytes(summary.bytesScanned)} scanned in ${summary.durationMs} ms`;
  const extras = [
    summary.warnings > 0 ? `${summary.warnings} warning${summary.warnings === 1 ? "" : "s"}` : "",
    summary.suppressed > 0 ? `${summary.suppressed} suppressed` : "",
  ].filter(Boolean);
  const tail = extras.length > 0 ? ` (${extras.join(", ")})` : "";
  // Outside the coloured span: a dim span inside a bold one would switch the bold off (both end with SGR 22).
  const hint = summary.suppressed > 0 && options.showSuppressed !== true ? ` ${style.dim("(--show-suppressed to list them)")}` : "";
  if (summary.blocking > 0) {
    const what = options.mode === "staged" ? "commit blocked" : options.mode === "push" ? "push blocked" : "blocking problems found";
    return style.red(style.bold(`✖ stageguard: ${what}: ${summary.blocking} blocking${tail} · ${scanned}`)) + hint;
  }
  return style.green(`✔ stageguard: nothing blocking${tail} · ${scanned}`) + hint;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
