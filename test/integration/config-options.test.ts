// The settings beyond levels: the project's own rules (inline and in pack files, checked by
// `stageguard rules --check`), allow regexes and stop-words, extra forbidden files and
// exceptions, the per-file size limit, generated/vendored files, and the JSON Schema that ships
// for editors. Each through the built CLI on a real repository.

import { afterEach, describe, expect, test } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { KNOWN_KEYS } from "../../src/config/load-config.js";
import { parseJsonReport, runCli } from "../helpers/cli.js";
import { fake, fakeSecrets } from "../helpers/fake-secrets.js";
import { PROJECT_ROOT, TempRepo } from "../helpers/temp-repo.js";

let repo: TempRepo;
afterEach(() => repo?.cleanup());

const writeConfig = (settings: Record<string, unknown>) => repo.write("stageguard.config.json", JSON.stringify(settings, null, 2));
const stagedIds = async (): Promise<string[]> => {
  await repo.add();
  const result = await runCli(["scan", "staged", "--format", "json"], repo.dir);
  expect(result.stderr).toBe("");
  return parseJsonReport(result).findings.map((finding) => `${finding.ruleId} ${finding.file}`);
};

/** A project rule for a made-up internal token `acme_` + 24 lower-case letters and digits. */
const acmeRule = (overrides: Record<string, unknown> = {}) => ({
  id: "acme-internal-token",
  title: "ACME internal token",
  target: "content",
  message: "An ACME internal API token.",
  fix: "Revoke it in the ACME console and read it from the environment.",
  pattern: "\\b(acme_[a-z0-9]{24})\\b",
  keywords: ["acme_"],
  examples: { match: ['token = "acme_{{lowernum:24}}"', "ACME=acme_{{lowernum:24}}"], noMatch: ["acme_short", "acme_{{upper:24}}"] },
  ...overrides,
});

describe("the project's own rules", () => {
  test("an inline custom rule blocks, is listed, and its examples pass rules --check", async () => {
    repo = await TempRepo.create();
    writeConfig({ customRules: [acmeRule()] });
    repo.write("src/client.ts", `const token = "${fake("acme_{{lowernum:24}}")}";\n`);
    expect(await stagedIds()).toEqual(["acme-internal-token src/client.ts"]);
    const listed = await runCli(["rules", "--json"], repo.dir);
    const rules = (JSON.parse(listed.stdout) as { rules: Array<{ id: string; category: string; severity: string; pack: string }> }).rules;
    expect(rules.find((rule) => rule.id === "acme-internal-token")).toEqual({ id: "acme-internal-token", category: "secret", severity: "block", title: "ACME internal token", pack: "customRules" });
    const check = await runCli(["rules", "--check"], repo.dir);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^\d+ rules, \d+ examples checked: all behave as written\n$/);
  });

  test("rules --check names each example that does not behave as written, by position, and exits 1", async () => {
    repo = await TempRepo.create();
    writeConfig({ customRules: [acmeRule({ examples: { match: ["acme_{{lowernum:24}}", "acme_{{upper:24}}"], noMatch: ["none", "acme_{{lowernum:24}}"] } })] });
    const check = await runCli(["rules", "--check"], repo.dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("✖ acme-internal-token: examples.match[1] is not flagged by the rule\n");
    expect(check.stdout).toContain("✖ acme-internal-token: examples.noMatch[1] is flagged by the rule\n");
    expect(check.stdout).toMatch(/2 do not behave as written\n$/);
    const json = JSON.parse((await runCli(["rules", "--check", "--json"], repo.dir)).stdout) as { failures: unknown[] };
    expect(json.failures).toHaveLength(2);
  });

  test("a malformed custom rule is a settings error listing every problem, and the hook fails closed", async () => {
    repo = await TempRepo.create();
    writeConfig({
      customRules: [
        acmeRule({ pattern: "acme_(", fix: "" }),
        acmeRule({ id: "github-pat" }),
        acmeRule({ id: "acme-two", keyword: ["acme_"] }),
      ],
    });
    repo.write("a.txt", "hello\n");
    await repo.add();
    const result = await runCli(["scan", "staged"], repo.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("invalid configuration: 4 problems");
    expect(result.stderr).toContain('stageguard.config.json: customRules/acme-internal-token: "fix" is required');
    expect(result.stderr).toContain('stageguard.config.json: customRules/acme-internal-token: "pattern" is not a valid regex: Invalid regular expression: /acme_(/dgm: Unterminated group');
    expect(result.stderr).toContain("stageguard.config.json: customRules/github-pat: duplicate rule id");
    expect(result.stderr).toContain('stageguard.config.json: customRules/acme-two: unknown field "keyword"');
    expect(result.stderr).toContain("git commit --no-verify");
  });

  test("rulePacks loads pack files in the patterns/ format; a missing one is an error", async () => {
    repo = await TempRepo.create();
    repo.write("security/acme.json", JSON.stringify({ pack: "acme", category: "secret", rules: [acmeRule({ severity: "warn" })] }));
    writeConfig({ rulePacks: ["security/acme.json"] });
    repo.write("src/client.ts", `const token = "${fake("acme_{{lowernum:24}}")}";\n`);
    await repo.add();
    const report = parseJsonReport(await runCli(["scan", "staged", "--format", "json"], repo.dir));
    expect(report.findings.map((finding) => `${finding.ruleId} ${finding.severity}`)).toEqual(["acme-internal-token warn"]);
    writeConfig({ rulePacks: ["security/nope.json"] });
    const missing = await runCli(["scan", "staged"], repo.dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("stageguard.config.json: rulePacks[0] (security/nope.json): no such file (paths are from the repository root)");
  });
});

describe("exceptions and extras", () => {
  test("allowRegexes and stopWords drop the secrets they match, and only those", async () => {
    repo = await TempRepo.create();
    const sandbox = fake("ghp_sandboxkey{{alnum:26}}");
    const testOnly = fake("AKIA{{base32:8}}TESTONLY");
    const real = fakeSecrets.githubPat();
    repo.write("src/keys.ts", `export const a = "${sandbox}";\nexport const b = "${testOnly}";\nexport const c = "${real}";\n`);
    expect(await stagedIds()).toEqual(["github-pat src/keys.ts", "aws-access-key-id src/keys.ts", "github-pat src/keys.ts"]);
    writeConfig({ stopWords: ["SandboxKey"], allowRegexes: ["TESTONLY$"] });
    const report = parseJsonReport(await runCli(["scan", "staged", "--format", "json"], repo.dir));
    expect(report.findings.map((finding) => `${finding.ruleId}:${finding.line}`)).toEqual(["github-pat:3"]);
  });

  test("an allow regex that does not compile is reported", async () => {
    repo = await TempRepo.create();
    writeConfig({ allowRegexes: ["ok", "(unclosed"], stopWords: [""] });
    const result = await runCli(["rules"], repo.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("stageguard.config.json: allowRegexes[1]: not a valid regular expression");
    expect(result.stderr).toContain('stageguard.config.json: stopWords[0]: expected a non-empty word string, got ""');
  });

  test("forbiddenFiles.add forbids more names; forbiddenFiles.allow exempts files from every forbidden-file rule", async () => {
    repo = await TempRepo.create();
    writeConfig({ forbiddenFiles: { add: ["*.acmevault", "exports/**"], allow: ["test/fixtures/**"] } });
    repo.write("data/team.acmevault", "x\n").write("exports/users.csv", "id\n");
    repo.write("test/fixtures/server.key", "fixture\n").write("deploy/server.key", "real\n");
    expect((await stagedIds()).sort()).toEqual([
      "private-key-file deploy/server.key",
      "project-forbidden-file data/team.acmevault",
      "project-forbidden-file exports/users.csv",
    ]);
    writeConfig({ forbiddenFiles: { add: "*.acmevault", blocked: [] } });
    const bad = await runCli(["rules"], repo.dir);
    expect(bad.stderr).toContain("stageguard.config.json: forbiddenFiles.blocked: unknown key (known: add, allow)");
    expect(bad.stderr).toContain('stageguard.config.json: forbiddenFiles.add: expected an array of glob strings, got "*.acmevault"');
  });

  test("maxFileSize sets how much of each file is searched, with a notice for the rest", async () => {
    repo = await TempRepo.create();
    writeConfig({ maxFileSize: "64 KiB" });
    const filler = `${"a".repeat(99)}\n`.repeat(1000);
    repo.write("big.log", `t ${fakeSecrets.githubPat()}\n${filler}t ${fakeSecrets.githubPat()}\n`);
    await repo.add();
    const report = parseJsonReport(await runCli(["scan", "staged", "--format", "json"], repo.dir));
    expect(report.findings.map((finding) => finding.line)).toEqual([1]);
    expect(report.notices).toEqual([{ file: "big.log", message: expect.stringContaining("over the per-file limit (maxFileSize") }]);
    for (const bad of [12, "lots", -5, "1.5 KiB"]) {
      writeConfig({ maxFileSize: bad });
      const result = await runCli(["scan", "staged"], repo.dir);
      expect({ bad, code: result.code, fine: /maxFileSize: expected a size/.test(result.stderr) }).toEqual({ bad, code: bad === "1.5 KiB" ? 1 : 2, fine: bad !== "1.5 KiB" });
    }
  });

  test("generatedPaths: the generic detector and code rules skip them, provider rules still read them", async () => {
    repo = await TempRepo.create();
    const lines = [`const password = "${fake("{{alnum:10}}9{{alnum:10}}")}";`, `const gh = "${fakeSecrets.githubPat()}";`, "const out = eval(req.query.expr);"].join("\n");
    repo.write("gen/client.ts", `${lines}\n`).write("src/client.ts", `${lines}\n`);
    const before = await stagedIds();
    expect(before.filter((id) => id.endsWith("gen/client.ts")).sort()).toEqual(["generic-password gen/client.ts", "github-pat gen/client.ts", "js-eval-non-literal gen/client.ts"]);
    writeConfig({ generatedPaths: ["gen/**"] });
    const after = await stagedIds();
    expect(after.filter((id) => id.endsWith("gen/client.ts"))).toEqual(["github-pat gen/client.ts"]);
    expect(after.filter((id) => id.endsWith("src/client.ts")).sort()).toEqual(before.filter((id) => id.endsWith("src/client.ts")).sort());
  });
});

test("the shipped JSON Schema knows every settings key and agrees with the loader", () => {
  const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, "schema", "stageguard.config.schema.json"), "utf8")) as { properties: Record<string, unknown> };
  expect(Object.keys(schema.properties).sort()).toEqual([...KNOWN_KEYS].sort());
  const rulePack = JSON.parse(readFileSync(join(PROJECT_ROOT, "patterns", "schema.json"), "utf8")) as Record<string, unknown>;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  ajv.addSchema({ ...rulePack, $id: "file:///package/patterns/schema.json" });
  const validate = ajv.compile({ ...schema, $id: "file:///package/schema/config.json" });
  const good = {
    ignorePaths: ["fixtures/**"],
    categories: { "insecure-code": "block" },
    rules: { "github-pat": "warn" },
    customRules: [acmeRule()],
    rulePacks: ["security/acme.json"],
    allowRegexes: ["TESTONLY$"],
    stopWords: ["sandbox"],
    forbiddenFiles: { add: ["*.acmevault"], allow: ["test/**"] },
    maxFileSize: "5 MiB",
    generatedPaths: ["gen/**"],
  };
  expect(validate(good)).toBe(true);
  expect(validate({ ...good, ignorePath: [] })).toBe(false);
  expect(validate({ ...good, rules: { x: "loud" } })).toBe(false);
  expect(validate({ ...good, customRules: [{ ...acmeRule(), keyword: [] }] })).toBe(false);
});
