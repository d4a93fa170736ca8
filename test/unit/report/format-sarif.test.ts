// The SARIF formatter as a pure function: path encoding, file-level results, rules it was not
// given, and where informationUri comes from. Schema validity is checked on real output in
// test/integration/sarif.test.ts.

import { expect, test } from "@jest/globals";
import { informationUriOf } from "../../../src/cli/version.js";
import { artifactLocation, formatSarif } from "../../../src/report/format-sarif.js";
import type { Finding, Report } from "../../../src/types.js";

const finding: Finding = {
  ruleId: "custom-thing",
  title: "Custom thing",
  category: "insecure-code",
  severity: "warn",
  file: "app/db.ts",
  line: null,
  column: null,
  endColumn: null,
  message: "Something unsafe.",
  fix: "Do it safely in app/db.ts.",
  falseAlarm: "Add `stageguard-allow custom-thing: <reason>`.",
  match: null,
  fingerprint: "0123456789abcdef0123456789abcdef",
};

const report: Report = {
  tool: "stageguard",
  version: "9.9.9",
  findings: [finding],
  suppressed: [],
  notices: [],
  summary: { filesScanned: 1, bytesScanned: 10, blocking: 0, warnings: 1, suppressed: 0, durationMs: 1 },
};

test("repository paths become relative URIs, each segment percent-encoded", () => {
  expect(artifactLocation("src/a.ts")).toEqual({ uri: "src/a.ts", uriBaseId: "%SRCROOT%" });
  expect(artifactLocation("my dir/#1?.ts")).toEqual({ uri: "my%20dir/%231%3F.ts", uriBaseId: "%SRCROOT%" });
  expect(artifactLocation("ü/100%.ts").uri).toBe("%C3%BC/100%25.ts");
  // A first segment with a colon would otherwise read as a URI scheme.
  expect(artifactLocation("c:notes.txt").uri).toBe("c%3Anotes.txt");
  expect(artifactLocation(".env").uri).toBe(".env");
});

test("a file outside the scan root (scan files /elsewhere/…) keeps its absolute path as a file: URI", () => {
  expect(artifactLocation("/tmp/other dir/x#.ts")).toEqual({ uri: "file:///tmp/other%20dir/x%23.ts" });
});

test("without the rule set, a rule is described from its finding; a file finding has no region", () => {
  const log = JSON.parse(formatSarif(report));
  const run = log.runs[0];
  expect(run.tool.driver).toEqual(expect.objectContaining({ name: "stageguard", version: "9.9.9", semanticVersion: "9.9.9" }));
  expect(run.tool.driver).not.toHaveProperty("informationUri");
  expect(run.tool.driver.rules).toEqual([
    {
      id: "custom-thing",
      name: "CustomThing",
      shortDescription: { text: "Custom thing" },
      fullDescription: { text: "Something unsafe." },
      help: {
        text: "Something unsafe.\n\nFix: Do it safely in app/db.ts.\n\nFalse alarm? Add `stageguard-allow custom-thing: <reason>`.",
        markdown: "**Custom thing**\n\nSomething unsafe.\n\n**Fix:** Do it safely in app/db.ts.\n\n**False alarm?** Add `stageguard-allow custom-thing: <reason>`.",
      },
      defaultConfiguration: { level: "warning" },
      properties: { tags: ["insecure-code", "security"], precision: "high", "security-severity": "5.0" },
    },
  ]);
  expect(run.results).toEqual([
    {
      ruleId: "custom-thing",
      ruleIndex: 0,
      level: "warning",
      message: { text: "Custom thing. Something unsafe." },
      locations: [{ physicalLocation: { artifactLocation: { uri: "app/db.ts", uriBaseId: "%SRCROOT%" } } }],
      partialFingerprints: { "stageguard/v1": "0123456789abcdef0123456789abcdef" },
    },
  ]);
  expect(run.invocations).toEqual([{ executionSuccessful: true }]);
  expect(JSON.parse(formatSarif(report, { informationUri: "https://example.invalid/stageguard" })).runs[0].tool.driver.informationUri).toBe("https://example.invalid/stageguard");
});

test("informationUri: the homepage, else the repository as a web address, else none", () => {
  expect(informationUriOf({ homepage: "https://example.invalid/docs", repository: "https://example.invalid/repo" })).toBe("https://example.invalid/docs");
  expect(informationUriOf({ repository: { url: "git+https://example.invalid/owner/name.git" } })).toBe("https://example.invalid/owner/name");
  expect(informationUriOf({ repository: "github:owner/name" })).toBeUndefined();
  expect(informationUriOf({})).toBeUndefined();
});
