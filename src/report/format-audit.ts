// The audit's table (human) and JSON. One row per check; the fix under each failing row.

import type { AuditCheck, AuditResult } from "../audit/run-audit.js";
import type { Style } from "./style.js";

export function formatAuditJson(result: AuditResult, version: string): string {
  return `${JSON.stringify({ tool: "stageguard", version, checks: result.checks, changes: result.changes, summary: auditSummary(result) }, null, 2)}\n`;
}

export function auditSummary(result: AuditResult): { ok: number; missing: number; warnings: number } {
  const count = (status: AuditCheck["status"]) => result.checks.filter((check) => check.status === status).length;
  return { ok: count("ok"), missing: count("missing"), warnings: count("warn") };
}

export function formatAuditHuman(result: AuditResult, style: Style): string {
  const out: string[] = [];
  const width = Math.min(40, Math.max(...result.checks.map((check) => check.subject.length), 8));
  for (const check of result.checks) {
    const mark = check.status === "ok" ? style.green("✔") : check.status === "warn" ? style.yellow("!") : style.red("✖");
    out.push(`${mark} ${check.area.padEnd(9)} ${check.subject.padEnd(width)}  ${check.detail}`);
    if (check.fix) out.push(`  ${" ".repeat(9 + width + 2)}${style.green("fix:")} ${check.fix}`);
  }
  for (const change of result.changes) out.push(style.cyan(`wrote ${change.file}: +${change.added.length} line${change.added.length === 1 ? "" : "s"} (${change.added.join(", ")})`));
  const { ok, missing, warnings } = auditSummary(result);
  const line = `stageguard audit: ${ok} ok, ${missing} missing, ${warnings} warning${warnings === 1 ? "" : "s"}`;
  out.push("", missing > 0 ? style.red(style.bold(`✖ ${line}`)) : style.green(`✔ ${line}`));
  return `${out.join("\n")}\n`;
}
