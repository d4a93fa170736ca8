// Never leak what we guard: a planted secret for each secret rule in one commit, and no output
// of any format (nor a debug run) may contain it or any 10-character piece of it.

import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { compileRulePacks } from "../../src/rules/compile.js";
import { expandTemplate, seededRandom } from "../../src/rules/example-template.js";
import { readRulePacks } from "../../src/rules/load.js";
import { parseJsonReport, runBuiltCli } from "../helpers/cli.js";
import { fake, revealsSecret } from "../helpers/fake-secrets.js";
import { TempRepo } from "../helpers/temp-repo.js";

let repo: TempRepo;
const planted: Array<{ ruleId: string; line: string; secret: string; path: string }> = [];
let publicText = "";

// Fixed seeds: a time-based seed made about 1 run in 200 plant a value the rule itself rejects
// (a random password that happens to spell sample words, say), a flaky failure that hid nothing.
beforeAll(async () => {
  repo = await TempRepo.create();
  const ruleSet = compileRulePacks(readRulePacks());
  publicText = ruleSet.rules.map((rule) => `${rule.title}\n${rule.message}\n${rule.fix}`).join("\n");
  for (const rule of ruleSet.contentRules.filter((candidate) => candidate.category === "secret")) {
    const line = expandTemplate(rule.spec.examples.match[0]!, seededRandom(`redaction-${rule.id}`));
    const match = new RegExp(rule.regex!.source, rule.regex!.flags.replace("g", "")).exec(line);
    // A rule scoped to some files (.pgpass, *.yaml) gets its own file of such a name.
    const glob = rule.spec.paths?.[0];
    const path = glob === undefined ? "leaks.txt" : `planted-${rule.id}/${glob.replace("*", "planted")}`;
    planted.push({ ruleId: rule.id, line, path, secret: rule.secretGroups.map((group) => match![group]).find((value) => value !== undefined)! });
  }
  for (const path of new Set(planted.map((entry) => entry.path))) {
    repo.write(path, `${planted.filter((entry) => entry.path === path).map((entry) => entry.line).join("\n")}\n`);
  }
  await repo.add();
});
afterAll(() => repo.cleanup());

test("every planted secret is found", async () => {
  const report = parseJsonReport(await runBuiltCli(["scan", "staged", "--format", "json"], repo.dir));
  expect(new Set(report.findings.filter((finding) => finding.category === "secret").map((finding) => finding.ruleId))).toEqual(new Set(planted.map((entry) => entry.ruleId)));
});

test.each([
  ["human", ["scan", "staged"]],
  ["human with colour", ["scan", "staged", "--color"]],
  ["json", ["scan", "staged", "--format", "json"]],
  ["human --debug", ["scan", "staged", "--debug"]],
  ["scan files json", ["scan", "files", "leaks.txt", "--format", "json"]],
])("no output of %s reveals a secret", async (_name, argv) => {
  const result = await runBuiltCli(argv, repo.dir);
  expect(result.code).toBe(1);
  const output = `${result.stdout}\n${result.stderr}`;
  const leaked = planted.filter((entry) => entry.secret.length >= 10 && revealsSecret(output, entry.secret, publicText)).map((entry) => entry.ruleId);
  expect(leaked).toEqual([]);
});

test("short secrets are masked entirely", async () => {
  const short = await TempRepo.create();
  try {
    const password = fake("{{lower:8}}");
    short.write("db.env.txt", `url = postgres://app:${password}@db/app\n`);
    await short.add();
    const result = await runBuiltCli(["scan", "staged", "--format", "json"], short.dir);
    const [finding] = parseJsonReport(result).findings;
    expect(finding!.match).toBe("postgres://app:********@db");
    expect(result.stdout).not.toContain(password);
  } finally {
    short.cleanup();
  }
});
