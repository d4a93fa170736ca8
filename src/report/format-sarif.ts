// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, one rule descriptor per
// rule with a result, suppressed findings as results carrying `suppressions`. Pure, and like every
// report it only ever sees masked matches. Loaded with import() only for --format sarif.
// Spec: https://docs.oasis-open.org/sarif/sarif/v2.1.0/ (valid against the schema: test/integration/sarif.test.ts).

import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import { falseAlarmHint, renderFix, shellQuote } from "../detect/render-fix.js";
import type { Rule } from "../rules/compile.js";
import { BASELINE_FILE } from "../suppress/baseline.js";
import type { Category, Finding, Notice, Report, Severity } from "../types.js";

export interface SarifFormatOptions {
  /** The rules the scan used. A finding whose rule is not among them is described from the finding. */
  rules?: readonly Rule[];
  /** The tool's web address; omitted from the output when unknown. */
  informationUri?: string | undefined;
}

/**
 * GitHub code scanning reads `security-severity` as: over 9.0 critical, 7.0–8.9 high, 4.0–6.9
 * medium, lower low. Per category, reasons in docs/DECISIONS.md.
 */
const SECURITY_SEVERITY: Readonly<Record<Category, string>> = {
  secret: "9.5",
  "forbidden-file": "8.0",
  "risky-command": "7.0",
  "insecure-code": "5.0",
  config: "4.0",
};

/** Versioned, so a change in how stageguard fingerprints can start a new key instead of breaking matches. */
const FINGERPRINT_KEY = "stageguard/v1";
const SRCROOT = "%SRCROOT%";
/** Rule help is per rule, not per file: the fix's file placeholders read as this. */
const ANY_FILE = "<file>";

/** The report as a SARIF 2.1.0 log (JSON text, 2-space indent, newline-terminated). */
export function formatSarif(report: Report, options: SarifFormatOptions = {}): string {
  const known = new Map((options.rules ?? []).map((rule) => [rule.id, rule]));
  const all = [...report.findings, ...report.suppressed];
  const ids = [...new Set(all.map((finding) => finding.ruleId))].sort();
  const ruleIndex = new Map(ids.map((id, index) => [id, index]));
  const descriptors = ids.map((id) => toDescriptor(describeRule(known.get(id), all.find((finding) => finding.ruleId === id)!)));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "stageguard",
            version: report.version,
            semanticVersion: report.version,
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules: descriptors,
          },
        },
        invocations: [{ executionSuccessful: true, ...(report.notices.length === 0 ? {} : { toolExecutionNotifications: report.notices.map(toNotification) }) }],
        // No absolute uri: the output stays the same on every machine and names no local folder;
        // consumers (GitHub: the checkout) supply the root.
        originalUriBaseIds: { [SRCROOT]: { description: { text: "The repository root (for scan files outside a repository: the current folder)." } } },
        // Columns count UTF-16 code units (JavaScript string indices), not SARIF's default code points.
        columnKind: "utf16CodeUnits",
        results: all.map((finding) => toResult(finding, ruleIndex.get(finding.ruleId)!)),
        properties: { summary: report.summary },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

interface RuleFacts {
  id: string;
  title: string;
  message: string;
  fix: string;
  falseAlarm: string;
  category: Category;
  severity: Severity;
}

/** A rule as a whole (its message and fix template), not as one finding in one file. */
function describeRule(rule: Rule | undefined, example: Finding): RuleFacts {
  if (rule === undefined) return { id: example.ruleId, title: example.title, message: example.message, fix: example.fix, falseAlarm: example.falseAlarm, category: example.category, severity: example.severity };
  const fix = renderFix(rule, ANY_FILE).replaceAll(shellQuote(ANY_FILE), ANY_FILE);
  return { id: rule.id, title: rule.title, message: rule.message, fix, falseAlarm: falseAlarmHint(rule), category: rule.category, severity: rule.severity };
}

function toDescriptor(rule: RuleFacts): Record<string, unknown> {
  return {
    id: rule.id,
    name: rule.id.split("-").map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(""),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.message },
    help: {
      text: `${rule.message}\n\nFix: ${rule.fix}\n\nFalse alarm? ${rule.falseAlarm}`,
      markdown: [`**${rule.title}**`, rule.message, `**Fix:** ${rule.fix}`, `**False alarm?** ${rule.falseAlarm}`].map(escapeHtmlOutsideCode).join("\n\n"),
    },
    defaultConfiguration: { level: levelOf(rule.severity) },
    properties: { tags: [rule.category, "security"], precision: "high", "security-severity": SECURITY_SEVERITY[rule.category] },
  };
}

function toResult(finding: Finding, ruleIndex: number): Record<string, unknown> {
  const region = finding.line === null ? undefined : { startLine: finding.line, ...(finding.column === null ? {} : { startColumn: finding.column }), ...(finding.endColumn === null ? {} : { endColumn: finding.endColumn }) };
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: levelOf(finding.severity),
    message: { text: finding.match === null ? `${finding.title}. ${finding.message}` : `${finding.title}: ${finding.match}. ${finding.message}` },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(finding.file), ...(region === undefined ? {} : { region }) } }],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    ...(finding.suppression === undefined ? {} : { suppressions: [toSuppression(finding)] }),
    ...(finding.commit === undefined ? {} : { properties: { commit: finding.commit } }),
  };
}

/** A notice (a file only partly scanned, a stale marker) is about the run, not a rule. */
function toNotification(notice: Notice): Record<string, unknown> {
  return {
    level: "warning",
    message: { text: notice.message },
    ...(notice.file === null ? {} : { locations: [{ physicalLocation: { artifactLocation: artifactLocation(notice.file) } }] }),
  };
}

/** Inline marker → inSource (located at the marker's line); baseline → external (the baseline file). */
function toSuppression(finding: Finding): Record<string, unknown> {
  const suppression = finding.suppression!;
  if (suppression.kind === "baseline") {
    return { kind: "external", justification: `accepted in ${BASELINE_FILE}`, location: { physicalLocation: { artifactLocation: artifactLocation(BASELINE_FILE) } } };
  }
  return {
    kind: "inSource",
    ...(suppression.reason === null ? {} : { justification: suppression.reason }),
    ...(suppression.line === null ? {} : { location: { physicalLocation: { artifactLocation: artifactLocation(finding.file), region: { startLine: suppression.line } } } }),
  };
}

/** `<file>` or `<reason>` outside a code span would be read as an HTML tag and vanish from rendered Markdown. */
function escapeHtmlOutsideCode(markdown: string): string {
  return markdown
    .split("`")
    .map((part, index) => (index % 2 === 1 ? part : part.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;")))
    .join("`");
}

function levelOf(severity: Severity): "error" | "warning" {
  return severity === "block" ? "error" : "warning";
}

/**
 * A repository path as a relative URI: each segment percent-encoded (UTF-8), so spaces, unicode,
 * `#`, `?`, `%` and a `:` that would read as a scheme survive; `/` stays the separator. A file
 * outside the root (`scan files /elsewhere/x`) keeps its absolute path: a file: URI, no base.
 */
export function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}
