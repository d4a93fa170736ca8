// Baselines: accept an old repository's findings, keep blocking new ones. The file holds hashes,
// rule ids and paths only, is sorted and stable, and survives lines moving.

import { afterEach, expect, test } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseJsonReport, runCli } from "../helpers/cli.js";
import { fakeSecrets } from "../helpers/fake-secrets.js";
import { TempRepo } from "../helpers/temp-repo.js";

let repo: TempRepo;
afterEach(() => repo?.cleanup());

test("baseline accepts today's findings; moved lines stay accepted; new findings still block; --prune drops what is gone", async () => {
  repo = await TempRepo.create();
  const legacy = fakeSecrets.githubPat();
  repo.write("src/old.ts", `export const a = 1;\nexport const token = "${legacy}";\n`).write(".env", "A=1\n").write("README.md", "# x\n");
  await repo.add();
  await repo.commit("legacy");

  const made = await runCli(["baseline"], repo.dir);
  expect(made.code).toBe(0);
  expect(made.stdout).toContain("2 accepted finding(s) in .stageguard-baseline.json (2 new, 0 no longer found)");
  const text = readFileSync(join(repo.dir, ".stageguard-baseline.json"), "utf8");
  expect(text).not.toContain(legacy);
  expect(text).not.toMatch(/"line"|20\d\d-/);
  const entries = JSON.parse(text).findings as Array<{ file: string; ruleId: string }>;
  expect(entries.map((entry) => `${entry.file} ${entry.ruleId}`)).toEqual([".env env-file", "src/old.ts github-pat"]);
  await runCli(["baseline"], repo.dir);
  expect(readFileSync(join(repo.dir, ".stageguard-baseline.json"), "utf8")).toBe(text);

  // Lines move above the accepted secret, .env changes, and a new secret arrives elsewhere.
  repo.write("src/old.ts", `// header\n\nexport const a = 1;\nexport const token = "${legacy}";\n`).write(".env", "A=2\n");
  repo.write("src/new.ts", `export const t = "${fakeSecrets.githubPat()}";\n`);
  await repo.git("add", "-A");
  const scan = await runCli(["scan", "staged", "--format", "json"], repo.dir);
  const report = parseJsonReport(scan);
  expect(scan.code).toBe(1);
  expect(report.findings.map((f) => f.file)).toEqual(["src/new.ts"]);
  // The moved secret line is not an added line; the modified .env is accepted by the baseline.
  expect(report.summary.suppressed).toBe(1);
  const files = parseJsonReport(await runCli(["scan", "files", "--format", "json", "src/old.ts", ".env"], repo.dir));
  expect(files.findings).toEqual([]);
  expect(files.summary.suppressed).toBe(2);

  repo.write("src/old.ts", "export const a = 1;\n").remove("src/new.ts");
  await repo.git("add", "-A");
  await repo.commit("cleaned");
  const pruned = await runCli(["baseline", "--prune"], repo.dir);
  expect(pruned.stdout).toContain("1 accepted finding(s)");
  expect(pruned.stdout).toContain("no longer found: src/old.ts [github-pat]");
});

test("a broken baseline file is an error, not a silent pass", async () => {
  repo = await TempRepo.create();
  repo.write(".stageguard-baseline.json", "{ nope").write("a.txt", "x\n");
  await repo.add();
  const result = await runCli(["scan", "staged"], repo.dir);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(".stageguard-baseline.json: not valid JSON");
});
