import {
  ConfigError
} from "./chunk-VFHTMC3F.js";

// dist/suppress/baseline.js
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
var BASELINE_FILE = ".stageguard-baseline.json";
function readBaseline(root) {
  const path = join(root, BASELINE_FILE);
  if (!existsSync(path))
    return void 0;
  let data;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ConfigError([`${BASELINE_FILE}: not valid JSON (${error.message})`]);
  }
  const findings = data.findings;
  if (!Array.isArray(findings) || !findings.every((entry) => typeof entry?.fingerprint === "string" && typeof entry?.ruleId === "string" && typeof entry?.file === "string")) {
    throw new ConfigError([`${BASELINE_FILE}: expected { "findings": [{ "fingerprint", "ruleId", "file" }, \u2026] } (write it with \`stageguard baseline\`)`]);
  }
  const entries = findings;
  return { entries, fingerprints: new Set(entries.map((entry) => entry.fingerprint)) };
}
function baselineText(entries) {
  const unique = new Map(entries.map((entry) => [entry.fingerprint, { fingerprint: entry.fingerprint, ruleId: entry.ruleId, file: entry.file }]));
  const sorted = [...unique.values()].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.fingerprint < b.fingerprint ? -1 : 1);
  return `${JSON.stringify({ version: 1, findings: sorted }, null, 2)}
`;
}
function applyBaseline(findings, baseline) {
  if (!baseline)
    return findings;
  return findings.map((finding) => finding.suppression || !baseline.fingerprints.has(finding.fingerprint) ? finding : { ...finding, suppression: { kind: "baseline", reason: null, line: null } });
}

export {
  BASELINE_FILE,
  readBaseline,
  baselineText,
  applyBaseline
};
