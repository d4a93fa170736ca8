// Inline suppressions: a `stageguard-allow` marker in a comment on the finding's line or the line
// above, in any comment syntax. Optionally names rule ids and a reason:
//   // stageguard-allow github-pat, aws-access-key-id: test fixture, revoked
// Without ids it silences every rule on that line. Pure; findings are marked, never dropped.

import { joinedText } from "../text/joined.js";
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

const PROSE = /\.(?:md|markdown|mdx|rst|adoc|txt)$/i;
const COMMENTED_MARKER = /(?:\/\/|#|\/\*|<!--|--|;|%|^\s*\*|\bREM\b|')\s*stageguard-allow(?![\w-])/;

/**
 * Markers on added lines that allow nothing: no finding (of a named rule, when ids are given) on
 * their line or the next. Reported so stale markers do not pile up; prose files are left alone,
 * since documentation quotes the marker to explain it.
 */
export function staleMarkers(file: FileChange, findings: readonly Finding[]): number[] {
  if (PROSE.test(file.path)) return [];
  // One search of the file's text (joined once for the keyword pass) rules out most files.
  if (file.addedLines.length === 0 || !joinedText(file.addedLines).includes("stageguard-allow")) return [];
  const stale: number[] = [];
  for (const line of file.addedLines) {
    // Only markers written as comments: code and messages that merely mention the marker are not.
    if (!line.text.includes("stageguard-allow") || !COMMENTED_MARKER.test(line.text)) continue;
    const marker = parseAllowMarker(line.text);
    if (!marker) continue;
    const used = findings.some(
      (finding) =>
        finding.suppression?.kind === "inline" &&
        finding.suppression.line === line.line &&
        (marker.ruleIds.length === 0 || marker.ruleIds.includes(finding.ruleId)),
    );
    if (!used) stale.push(line.line);
  }
  return stale;
}
