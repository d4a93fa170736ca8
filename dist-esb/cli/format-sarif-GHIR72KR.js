import {
  BASELINE_FILE
} from "./chunk-Z3XDZXF6.js";
import {
  falseAlarmHint,
  renderFix,
  shellQuote
} from "./chunk-RJDUTWBM.js";
import "./chunk-VFHTMC3F.js";

// dist/report/format-sarif.js
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
var SECURITY_SEVERITY = {
  secret: "9.5",
  "forbidden-file": "8.0",
  "risky-command": "7.0",
  "insecure-code": "5.0",
  config: "4.0"
};
var FINGERPRINT_KEY = "stageguard/v1";
var SRCROOT = "%SRCROOT%";
var ANY_FILE = "<file>";
function formatSarif(report, options = {}) {
  const known = new Map((options.rules ?? []).map((rule) => [rule.id, rule]));
  const all = [...report.findings, ...report.suppressed];
  const ids = [...new Set(all.map((finding) => finding.ruleId))].sort();
  const ruleIndex = new Map(ids.map((id, index) => [id, index]));
  const descriptors = ids.map((id) => toDescriptor(describeRule(known.get(id), all.find((finding) => finding.ruleId === id))));
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
            ...options.informationUri ? { informationUri: options.informationUri } : {},
            rules: descriptors
          }
        },
        invocations: [{ executionSuccessful: true, ...report.notices.length === 0 ? {} : { toolExecutionNotifications: report.notices.map(toNotification) } }],
        // No absolute uri: the output stays the same on every machine and names no local folder;
        // consumers (GitHub: the checkout) supply the root.
        originalUriBaseIds: { [SRCROOT]: { description: { text: "The repository root (for scan files outside a repository: the current folder)." } } },
        // Columns count UTF-16 code units (JavaScript string indices), not SARIF's default code points.
        columnKind: "utf16CodeUnits",
        results: all.map((finding) => toResult(finding, ruleIndex.get(finding.ruleId))),
        properties: { summary: report.summary }
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function describeRule(rule, example) {
  if (rule === void 0)
    return { id: example.ruleId, title: example.title, message: example.message, fix: example.fix, falseAlarm: example.falseAlarm, category: example.category, severity: example.severity };
  const fix = renderFix(rule, ANY_FILE).replaceAll(shellQuote(ANY_FILE), ANY_FILE);
  return { id: rule.id, title: rule.title, message: rule.message, fix, falseAlarm: falseAlarmHint(rule), category: rule.category, severity: rule.severity };
}
function toDescriptor(rule) {
  return {
    id: rule.id,
    name: rule.id.split("-").map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(""),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.message },
    help: {
      text: `${rule.message}

Fix: ${rule.fix}

False alarm? ${rule.falseAlarm}`,
      markdown: [`**${rule.title}**`, rule.message, `**Fix:** ${rule.fix}`, `**False alarm?** ${rule.falseAlarm}`].map(escapeHtmlOutsideCode).join("\n\n")
    },
    defaultConfiguration: { level: levelOf(rule.severity) },
    properties: { tags: [rule.category, "security"], precision: "high", "security-severity": SECURITY_SEVERITY[rule.category] }
  };
}
function toResult(finding, ruleIndex) {
  const region = finding.line === null ? void 0 : { startLine: finding.line, ...finding.column === null ? {} : { startColumn: finding.column }, ...finding.endColumn === null ? {} : { endColumn: finding.endColumn } };
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: levelOf(finding.severity),
    message: { text: finding.match === null ? `${finding.title}. ${finding.message}` : `${finding.title}: ${finding.match}. ${finding.message}` },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(finding.file), ...region === void 0 ? {} : { region } } }],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    ...finding.suppression === void 0 ? {} : { suppressions: [toSuppression(finding)] },
    ...finding.commit === void 0 ? {} : { properties: { commit: finding.commit } }
  };
}
function toNotification(notice) {
  return {
    level: "warning",
    message: { text: notice.message },
    ...notice.file === null ? {} : { locations: [{ physicalLocation: { artifactLocation: artifactLocation(notice.file) } }] }
  };
}
function toSuppression(finding) {
  const suppression = finding.suppression;
  if (suppression.kind === "baseline") {
    return { kind: "external", justification: `accepted in ${BASELINE_FILE}`, location: { physicalLocation: { artifactLocation: artifactLocation(BASELINE_FILE) } } };
  }
  return {
    kind: "inSource",
    ...suppression.reason === null ? {} : { justification: suppression.reason },
    ...suppression.line === null ? {} : { location: { physicalLocation: { artifactLocation: artifactLocation(finding.file), region: { startLine: suppression.line } } } }
  };
}
function escapeHtmlOutsideCode(markdown) {
  return markdown.split("`").map((part, index) => index % 2 === 1 ? part : part.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;")).join("`");
}
function levelOf(severity) {
  return severity === "block" ? "error" : "warning";
}
function artifactLocation(path) {
  if (isAbsolute(path))
    return { uri: pathToFileURL(path).href };
  return { uri: path.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}
export {
  artifactLocation,
  formatSarif
};
