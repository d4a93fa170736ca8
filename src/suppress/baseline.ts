// The baseline: findings a team has accepted for now (adopting stageguard on an old repository),
// stored by fingerprint in `.stageguard-baseline.json` at the root. Hashes, rule ids and paths
// only: never a secret, never a line number or a date, sorted, so the file changes only when the
// accepted findings change and never causes a merge conflict by itself. Fingerprints do not
// depend on line numbers, so an accepted finding stays accepted when lines move.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ConfigError } from "../errors.js";
import type { Finding } from "../types.js";

export const BASELINE_FILE = ".stageguard-baseline.json";

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
}

export interface Baseline {
  entries: BaselineEntry[];
  fingerprints: Set<string>;
}

export function readBaseline(root: string): Baseline | undefined {
  const path = join(root, BASELINE_FILE);
  if (!existsSync(path)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ConfigError([`${BASELINE_FILE}: not valid JSON (${(error as Error).message})`]);
  }
  const findings = (data as { findings?: unknown }).findings;
  if (!Array.isArray(findings) || !findings.every((entry) => typeof entry?.fingerprint === "string" && typeof entry?.ruleId === "string" && typeof entry?.file === "string")) {
    throw new ConfigError([`${BASELINE_FILE}: expected { "findings": [{ "fingerprint", "ruleId", "file" }, …] } (write it with \`stageguard baseline\`)`]);
  }
  const entries = findings as BaselineEntry[];
  return { entries, fingerprints: new Set(entries.map((entry) => entry.fingerprint)) };
}

/** The file's text for these entries: sorted, deduplicated, stable. */
export function baselineText(entries: readonly BaselineEntry[]): string {
  const unique = new Map(entries.map((entry) => [entry.fingerprint, { fingerprint: entry.fingerprint, ruleId: entry.ruleId, file: entry.file }]));
  const sorted = [...unique.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.fingerprint < b.fingerprint ? -1 : 1));
  return `${JSON.stringify({ version: 1, findings: sorted }, null, 2)}\n`;
}

/** Marks findings the baseline accepts (unless an inline marker already did). */
export function applyBaseline(findings: Finding[], baseline: Baseline | undefined): Finding[] {
  if (!baseline) return findings;
  return findings.map((finding) =>
    finding.suppression || !baseline.fingerprints.has(finding.fingerprint) ? finding : { ...finding, suppression: { kind: "baseline", reason: null, line: null } },
  );
}
