// Inline suppressions: a `stageguard-allow` marker in a comment on the finding's line or the line
// above, in any comment syntax. Optionally names rule ids and a reason:
//   // stageguard-allow github-pat, aws-access-key-id: test fixture, revoked
// Without ids it silences every rule on that line. Pure; findings are marked, never dropped.

import type { FileChange, Finding, NumberedLine } from "../types.js";

const MARKER = /stageguard-allow(?![\w-])(?:[ \t]+([a-z0-9][a-z0-9-]*(?:[ \t]*,[ \t]*[a-z0-9][a-z0-9-]*)*))?(?:[ \t]*:[ \t]*(.*))?/;

/** A parsed marker: which rules it names (empty: all) and why. */
export interface AllowMarker {
  ruleIds: string[];
  reason: string | null;
}

/** Parses a marker out of a line of text, if there is one. */
export function parseAllowMarker(text: string): AllowMarker | undefined {
  const match = MARKER.exec(text);
  if (!match) return undefined;
  const ruleIds = match[1] ? match[1].split(",").map((id) => id.trim()) : [];
  // Drop a comment's closing token from the reason: `*/`, `-->`, `#}`.
  const reason = match[2]?.replace(/\s*(?:\*\/|-->|#\}|%\}|\*\))\s*$/, "").trim();
  return { ruleIds, reason: reason ? reason : null };
}

/** Marks the findings of `file` that a marker on their line or the line above allows. */
export function applyInlineSuppressions(file: FileChange, findings: Finding[]): Finding[] {
  if (!findings.some((finding) => finding.line !== null)) return findings;
  const textByLine = new Map<number, string>();
  const remember = (line: NumberedLine): void => {
    if (line.text.includes("stageguard-allow")) textByLine.set(line.line, line.text);
  };
  file.contextLines.forEach(remember);
  file.addedLines.forEach(remember);
  if (textByLine.size === 0) return findings;

  return findings.map((finding) => {
    if (finding.line === null) return finding;
    for (const line of [finding.line, finding.line - 1]) {
      const text = textByLine.get(line);
      const marker = text === undefined ? undefined : parseAllowMarker(text);
      if (marker && (marker.ruleIds.length === 0 || marker.ruleIds.includes(finding.ruleId))) {
        return { ...finding, suppression: { kind: "inline", reason: marker.reason, line } };
      }
    }
    return finding;
  });
}
