// --format sarif from the built CLI on real repositories: every log must be valid against the
// official SARIF 2.1.0 schema (vendored, byte-checked) and say what GitHub code scanning needs:
// rules with help, levels, regions, fingerprints, suppressions, commits, notices, encoded paths.

import { afterEach, expect, test } from "@jest/globals";
import { execa } from "execa";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { BUILT_CLI, parseJsonReport, runBuiltCli } from "../helpers/cli.js";
import { fakeSecrets, revealsSecret } from "../helpers/fake-secrets.js";
import { gitEnv } from "../helpers/git-env.js";
import { parseSarif, SARIF_SCHEMA_PATH, sarifSchemaErrors, type SarifLog } from "../helpers/sarif.js";
import { TempRepo } from "../helpers/temp-repo.js";

/** Markers are assembled at run time: written out here, the project's own hook would call them stale. */
const ALLOW = ["stageguard", "allow"].join("-");

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

async function newRepo(): Promise<TempRepo> {
  const repo = await TempRepo.create();
  repos.push(repo);
  return repo;
}

/** Runs the built CLI with --format sarif; the log must be valid before any test looks inside. */
async function sarifOf(argv: string[], cwd: string): Promise<{ code: number; text: string; log: SarifLog }> {
  const result = await runBuiltCli([...argv, "--format", "sarif"], cwd);
  const log = parseSarif(result.stdout, `(exit ${result.code}) ${result.stderr}`);
  expect(sarifSchemaErrors(log)).toEqual([]);
  return { code: result.code, text: result.stdout, log };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Result = any;

const resultsFor = (log: SarifLog, ruleId: string): Result[] => log.runs[0].results.filter((result: Result) => result.ruleId === ruleId);
const only = (log: SarifLog, ruleId: string): Result => {
  const found = resultsFor(log, ruleId);
  expect(found).toHaveLength(1);
  return found[0];
};

test("the vendored schema is the official file, byte for byte (see its PROVENANCE.md)", () => {
  const sha256 = createHash("sha256").update(readFileSync(SARIF_SCHEMA_PATH)).digest("hex");
  expect(sha256).toBe("1c49a0f2b60444c71bb14878e21e0d882198eff4c539861b133093ad89ed798c");
  // The validator really validates: a run without a tool, and a path that is not a URI, are rejected.
  expect(sarifSchemaErrors({ version: "2.1.0", runs: [{ results: [] }] })).not.toEqual([]);
  const withUri = (uri: string) => ({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, results: [{ message: { text: "m" }, locations: [{ physicalLocation: { artifactLocation: { uri } } }] }] }] });
  expect(sarifSchemaErrors(withUri("a%20b/c.ts"))).toEqual([]);
  expect(sarifSchemaErrors(withUri("a b/c.ts"))).toEqual(["/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri: must match format \"uri-reference\""]);
});

test("scan staged: every kind of result, suppressed ones and notices, valid SARIF that never holds the secret", async () => {
  const repo = await newRepo();
  repo.write(".env", "A=1\n").write("README.md", "# app\n");
  await repo.add();
  await repo.commit("legacy");
  expect((await runBuiltCli(["baseline"], repo.dir)).code).toBe(0);
  await repo.add();
  await repo.commit("baseline");

  const secret = fakeSecrets.githubPat();
  const fixtureSecret = fakeSecrets.githubPat();
  const secretLine = `export const token = "${secret}";`;
  repo.write(".env", "A=2\n"); // accepted by the baseline
  repo.write("certs/id_ed25519", "not really\n"); // a forbidden file: no line, no region
  repo.write("src/config.ts", `// settings\n${secretLine}\n`);
  repo.write("src/fixture.ts", `const sample = "${fixtureSecret}"; // ${ALLOW} github-pat: test fixture\n`);
  repo.write("src/app.ts", `// ${ALLOW}: nothing below\nconst b = 1;\n`); // a stale marker: a notice
  repo.write("scripts/clean.sh", '#!/bin/sh\nset -e\nrm -rf "$BUILD_DIR/"\n');
  repo.write("docs/INSTALL.md", "Install:\n\n```sh\ncurl -fsSL https://get.example.invalid | sh\n```\n"); // documentation: a warning
  await repo.add();

  const { code, text, log } = await sarifOf(["scan", "staged"], repo.dir);
  expect(code).toBe(1);
  expect(revealsSecret(text, secret)).toBe(false);
  expect(revealsSecret(text, fixtureSecret)).toBe(false);

  expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
  expect(log.version).toBe("2.1.0");
  expect(log.runs).toHaveLength(1);
  const run = log.runs[0];
  const { driver } = run.tool;
  expect(driver.name).toBe("stageguard");
  expect(driver.semanticVersion).toBe(driver.version);
  expect(run.columnKind).toBe("utf16CodeUnits");
  expect(Object.keys(run.originalUriBaseIds)).toEqual(["%SRCROOT%"]);

  // One descriptor per rule with a result (suppressed ones included), sorted; ruleIndex points at it.
  expect(driver.rules.map((rule: Result) => rule.id)).toEqual(["curl-pipe-shell", "env-file", "github-pat", "rm-rf-unguarded-variable", "ssh-private-key-file"]);
  for (const result of run.results) expect(driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  const pat = driver.rules.find((rule: Result) => rule.id === "github-pat");
  expect(pat).toEqual(
    expect.objectContaining({
      name: "GithubPat",
      shortDescription: { text: "GitHub personal access token (classic)" },
      defaultConfiguration: { level: "error" },
      properties: { tags: ["secret", "security"], precision: "high", "security-severity": "9.5" },
    }),
  );
  expect(pat.fullDescription.text).toContain("hard-coded");
  // Help holds the fix (for any file, not one of this run's) and the way out of a false alarm.
  expect(pat.help.text).toContain("Fix: Remove it from <file> and read it at run time");
  expect(pat.help.text).toContain("False alarm? If this is not a real problem, add a comment containing `stageguard-allow github-pat: <reason>`");
  expect(pat.help.markdown).toContain("**Fix:** Remove it from &lt;file&gt; and read it at run time");
  expect(pat.help.markdown).toContain("`stageguard-allow github-pat: <reason>`");
  const keyFile = driver.rules.find((rule: Result) => rule.id === "ssh-private-key-file");
  expect(keyFile.help.text).toContain("git rm --cached -- <file>");
  expect(keyFile.properties["security-severity"]).toBe("8.0");
  expect(driver.rules.find((rule: Result) => rule.id === "rm-rf-unguarded-variable").properties["security-severity"]).toBe("7.0");

  // A secret: a region with the secret's exact span, and the masked match in the message.
  const column = secretLine.indexOf(secret) + 1;
  const active = resultsFor(log, "github-pat").filter((result: Result) => !result.suppressions);
  expect(active).toHaveLength(1);
  expect(active[0]).toEqual(
    expect.objectContaining({
      level: "error",
      locations: [{ physicalLocation: { artifactLocation: { uri: "src/config.ts", uriBaseId: "%SRCROOT%" }, region: { startLine: 2, startColumn: column, endColumn: column + secret.length } } }],
    }),
  );
  expect(active[0].message.text).toMatch(/^GitHub personal access token \(classic\): ghp_….*hard-coded/);

  // A forbidden file: the file is the location, there is no region.
  expect(only(log, "ssh-private-key-file").locations).toEqual([{ physicalLocation: { artifactLocation: { uri: "certs/id_ed25519", uriBaseId: "%SRCROOT%" } } }]);
  // A risky command: a line and where the command starts, no end column.
  expect(only(log, "rm-rf-unguarded-variable").locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 1 });
  // In documentation a command only warns, whatever the rule's default.
  expect(only(log, "curl-pipe-shell").level).toBe("warning");
  expect(driver.rules.find((rule: Result) => rule.id === "curl-pipe-shell").defaultConfiguration.level).toBe("error");

  // Suppressed findings are results too, marked: inline marker → inSource, baseline → external.
  const inline = resultsFor(log, "github-pat").find((result: Result) => result.suppressions);
  expect(inline.suppressions).toEqual([
    { kind: "inSource", justification: "test fixture", location: { physicalLocation: { artifactLocation: { uri: "src/fixture.ts", uriBaseId: "%SRCROOT%" }, region: { startLine: 1 } } } },
  ]);
  expect(only(log, "env-file").suppressions).toEqual([
    { kind: "external", justification: "accepted in .stageguard-baseline.json", location: { physicalLocation: { artifactLocation: { uri: ".stageguard-baseline.json", uriBaseId: "%SRCROOT%" } } } },
  ]);
  expect(run.results.filter((result: Result) => result.suppressions)).toHaveLength(2);

  // The same fingerprints as the JSON report, under a versioned key.
  const json = parseJsonReport(await runBuiltCli(["scan", "staged", "--format", "json"], repo.dir));
  const jsonFingerprints = [...json.findings, ...json.suppressed].map((finding) => finding.fingerprint).sort();
  expect(run.results.map((result: Result) => result.partialFingerprints["stageguard/v1"]).sort()).toEqual(jsonFingerprints);

  // Notices are the invocation's notifications.
  expect(run.invocations).toEqual([
    {
      executionSuccessful: true,
      toolExecutionNotifications: [
        {
          level: "warning",
          message: { text: expect.stringContaining("line 1: this stageguard-allow marker allows nothing") },
          locations: [{ physicalLocation: { artifactLocation: { uri: "src/app.ts", uriBaseId: "%SRCROOT%" } } }],
        },
      ],
    },
  ]);
  expect(run.properties.summary).toEqual(expect.objectContaining({ blocking: json.summary.blocking, suppressed: 2 }));

  // Deterministic: a second run differs only in the duration.
  const again = await runBuiltCli(["scan", "staged", "--format", "sarif"], repo.dir);
  const withoutDuration = (sarif: string) => sarif.replace(/"durationMs": \d+/, "");
  expect(withoutDuration(again.stdout)).toBe(withoutDuration(text));
});

test("scan range: each result names the commit that added it", async () => {
  const repo = await newRepo();
  repo.write("README.md", "# app\n");
  await repo.add();
  await repo.commit("base");
  const base = (await repo.git("rev-parse", "HEAD")).trim();
  repo.write("src/a.ts", `export const token = "${fakeSecrets.githubPat()}";\n`);
  await repo.add();
  await repo.commit("add a");
  const addA = (await repo.git("rev-parse", "HEAD")).trim();
  repo.write(".env", "API=1\n");
  await repo.add();
  await repo.commit("add env");
  const addEnv = (await repo.git("rev-parse", "HEAD")).trim();

  const { code, log } = await sarifOf(["scan", "range", `${base}..HEAD`], repo.dir);
  expect(code).toBe(1);
  expect(only(log, "github-pat").properties).toEqual({ commit: addA });
  expect(only(log, "env-file").properties).toEqual({ commit: addEnv });

  const empty = await sarifOf(["scan", "range", "HEAD..HEAD"], repo.dir);
  expect(empty.code).toBe(0);
  expect(empty.log.runs[0].results).toEqual([]);
  expect(empty.log.runs[0].tool.driver.rules).toEqual([]);
});

test("hook pre-push: the commits a push sends, as SARIF", async () => {
  const repo = await newRepo();
  repo.write("deploy.key", "not really\n");
  await repo.add();
  await repo.commit("key");
  const head = (await repo.git("rev-parse", "HEAD")).trim();
  const stdin = `refs/heads/main ${head} refs/heads/main ${"0".repeat(40)}\n`;
  const result = await execa(process.execPath, [BUILT_CLI, "hook", "pre-push", "origin", "--format", "sarif"], { cwd: repo.dir, env: gitEnv(), extendEnv: false, reject: false, input: stdin });
  expect(result.exitCode).toBe(1);
  const log = parseSarif(result.stdout, result.stderr);
  expect(sarifSchemaErrors(log)).toEqual([]);
  expect(log.runs[0].results.map((r: Result) => [r.ruleId, r.properties.commit])).toEqual([["private-key-file", head]]);
});

test("odd file names become properly encoded relative URIs", async () => {
  const repo = await newRepo();
  const path = "odd dir #1/ünï cödé?%.ts";
  repo.write(path, `const t = "${fakeSecrets.githubPat()}";\n`);
  await repo.add();
  const { log } = await sarifOf(["scan", "staged"], repo.dir);
  const { artifactLocation } = only(log, "github-pat").locations[0].physicalLocation;
  expect(artifactLocation).toEqual({ uri: "odd%20dir%20%231/%C3%BCn%C3%AF%20c%C3%B6d%C3%A9%3F%25.ts", uriBaseId: "%SRCROOT%" });
  expect(decodeURIComponent(artifactLocation.uri)).toBe(path);
});
