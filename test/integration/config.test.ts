// stageguard.config.json: `ignorePaths` keeps fixtures out of every scan; a broken file stops the
// scan with every problem listed (exit 2) instead of silently guarding less.

import { afterEach, expect, test } from "@jest/globals";
import { parseJsonReport, runCli } from "../helpers/cli.js";
import { fakeSecrets } from "../helpers/fake-secrets.js";
import { TempRepo } from "../helpers/temp-repo.js";

let repo: TempRepo;
afterEach(() => repo?.cleanup());

test("ignorePaths skips matching staged files and files given to scan files, nothing else", async () => {
  repo = await TempRepo.create();
  repo.write("stageguard.config.json", JSON.stringify({ ignorePaths: ["fixtures/**", "*.snap"] }));
  repo.write("fixtures/leak.ts", `const k = "${fakeSecrets.githubPat()}";\n`);
  repo.write("src/__snapshots__/a.snap", `exports[\`x\`] = "${fakeSecrets.githubPat()}";\n`);
  repo.write("src/real.ts", `const k = "${fakeSecrets.githubPat()}";\n`);
  await repo.add();
  const staged = await runCli(["scan", "staged", "--format", "json"], repo.dir);
  expect(staged.code).toBe(1);
  const report = parseJsonReport(staged);
  expect(report.findings.map((finding) => finding.file)).toEqual(["src/real.ts"]);
  expect(report.summary.filesScanned).toBe(2); // the config file and src/real.ts
  const files = await runCli(["scan", "files", "--format", "json", "fixtures", "src"], repo.dir);
  expect(parseJsonReport(files).findings.map((finding) => finding.file)).toEqual(["src/real.ts"]);
});

test("an invalid config lists every problem and exits 2", async () => {
  repo = await TempRepo.create();
  repo.write("stageguard.config.json", JSON.stringify({ ignorePath: ["a"], ignorePaths: ["ok/**", 7, ""] }));
  repo.write("a.txt", "hello\n");
  await repo.add();
  const result = await runCli(["scan", "staged"], repo.dir);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toContain("invalid configuration: 3 problems");
  expect(result.stderr).toContain('stageguard.config.json: unknown key "ignorePath" (known: ignorePaths, categories, rules, redact)');
  expect(result.stderr).toContain("stageguard.config.json: ignorePaths[1]: expected a non-empty glob string, got number 7");
  expect(result.stderr).toContain('stageguard.config.json: ignorePaths[2]: expected a non-empty glob string, got ""');
});

test("a config that is not JSON, or not an object, is an error too", async () => {
  repo = await TempRepo.create();
  repo.write("stageguard.config.json", "{ ignorePaths: [");
  const broken = await runCli(["scan", "files", "."], repo.dir);
  expect(broken.code).toBe(2);
  expect(broken.stderr).toContain("stageguard.config.json: not valid JSON");
  repo.write("stageguard.config.json", "[]");
  const array = await runCli(["scan", "files", "."], repo.dir);
  expect(array.code).toBe(2);
  expect(array.stderr).toContain("stageguard.config.json: expected an object at the top level, got an array");
});

test("categories and rules set levels: off drops, warn reports, block stops the commit", async () => {
  repo = await TempRepo.create();
  repo.write("src/app.js", "const out = eval(req.query.expr);\n");
  repo.write("deploy.sh", "#!/bin/sh\nchmod 777 /srv/app\ncurl -k https://internal.invalid\n");
  await repo.add();
  const byDefault = parseJsonReport(await runCli(["scan", "staged", "--format", "json"], repo.dir));
  expect(byDefault.findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(["chmod-world-writable block", "curl-insecure block", "js-eval-non-literal warn"]);

  repo.write("stageguard.config.json", JSON.stringify({ categories: { "insecure-code": "block" }, rules: { "chmod-world-writable": "off", "curl-insecure": "warn" } }));
  const tuned = await runCli(["scan", "files", "--format", "json", "src", "deploy.sh"], repo.dir);
  expect(tuned.code).toBe(1);
  expect(parseJsonReport(tuned).findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(["curl-insecure warn", "js-eval-non-literal block"]);
});

test("an unknown rule id, category or level is an error, all listed", async () => {
  repo = await TempRepo.create();
  repo.write("a.txt", "hello\n");
  repo.write("stageguard.config.json", JSON.stringify({ categories: { secrets: "off", "risky-command": "loud" } }));
  const bad = await runCli(["scan", "files", "a.txt"], repo.dir);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain("stageguard.config.json: categories.secrets: unknown category (known: secret, forbidden-file, risky-command, insecure-code, config)");
  expect(bad.stderr).toContain('stageguard.config.json: categories.risky-command: expected "off", "warn" or "block", got "loud"');
  repo.write("stageguard.config.json", JSON.stringify({ rules: { "github-pat": "warn", "chmod-777": "off" } }));
  const typo = await runCli(["scan", "files", "a.txt"], repo.dir);
  expect(typo.code).toBe(2);
  expect(typo.stderr).toContain("stageguard.config.json: rules.chmod-777: no such rule");
});

test("the other forms: .stageguardrc.json, .stageguardrc.yaml, package.json's stageguard key, --config", async () => {
  repo = await TempRepo.create();
  repo.write("deploy.sh", "#!/bin/sh\nchmod 777 /srv/app\n");
  const levels = async (args: string[] = []) =>
    parseJsonReport(await runCli(["scan", "files", "--format", "json", ...args, "deploy.sh"], repo.dir)).findings.map((f) => `${f.ruleId} ${f.severity}`);
  expect(await levels()).toEqual(["chmod-world-writable block"]);

  repo.write("package.json", JSON.stringify({ name: "x", stageguard: { rules: { "chmod-world-writable": "warn" } } }));
  expect(await levels()).toEqual(["chmod-world-writable warn"]);
  repo.write(".stageguardrc.yaml", "# team settings\nrules:\n  chmod-world-writable: off\n");
  expect(await levels()).toEqual([]);
  repo.write(".stageguardrc.json", JSON.stringify({ rules: { "chmod-world-writable": "block" } }));
  expect(await levels()).toEqual(["chmod-world-writable block"]);
  repo.write("ci/strict.yml", "categories:\n  risky-command: warn\n");
  expect(await levels(["--config", "ci/strict.yml"])).toEqual(["chmod-world-writable warn"]);

  const missing = await runCli(["scan", "files", "--config", "nope.json", "deploy.sh"], repo.dir);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain("nope.json: no such file (given with --config)");
  repo.write("bad.yaml", "rules: [unclosed\n");
  const bad = await runCli(["scan", "files", "--config", "bad.yaml", "deploy.sh"], repo.dir);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain("bad.yaml: not valid YAML");
  repo.write("typo.yaml", "rule:\n  x: off\n");
  const typo = await runCli(["scan", "files", "--config", "typo.yaml", "deploy.sh"], repo.dir);
  expect(typo.stderr).toContain('typo.yaml: unknown key "rule"');
});

test("stageguard rules lists the active rules after the settings, --json for tools", async () => {
  repo = await TempRepo.create();
  repo.write("stageguard.config.json", JSON.stringify({ categories: { "insecure-code": "off" }, rules: { "github-pat": "warn" } }));
  const text = await runCli(["rules"], repo.dir);
  expect(text.code).toBe(0);
  expect(text.stdout).toMatch(/^github-pat +secret +warn +GitHub/m);
  expect(text.stdout).toMatch(/\d+ rules \(settings: stageguard.config.json\)\n$/);
  const json = JSON.parse((await runCli(["rules", "--json"], repo.dir)).stdout) as { rules: Array<{ id: string; category: string }>; source: string };
  expect(json.source).toBe("stageguard.config.json");
  expect(json.rules.some((rule) => rule.category === "insecure-code")).toBe(false);
  expect(json.rules.length).toBeGreaterThan(250);
});
