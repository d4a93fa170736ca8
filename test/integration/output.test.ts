// --output <file>: every format, written atomically, stdout quiet, exit code unchanged, a clear
// error when the path cannot be written.

import { afterEach, expect, test } from "@jest/globals";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseJsonReport, runBuiltCli, runCli } from "../helpers/cli.js";
import { fakeSecrets } from "../helpers/fake-secrets.js";
import { parseSarif, sarifSchemaErrors } from "../helpers/sarif.js";
import { TempRepo } from "../helpers/temp-repo.js";

let repo: TempRepo;
afterEach(() => repo?.cleanup());

/** A repository with one staged secret, and a sub-folder to run from. */
async function repoWithSecret(): Promise<string> {
  repo = await TempRepo.create();
  repo.write("sub/readme.txt", "hello\n").write("src/a.ts", `export const t = "${fakeSecrets.githubPat()}";\n`);
  await repo.add();
  return join(repo.dir, "sub");
}

test("--output writes the report to a file relative to the cwd, in every format; stdout stays quiet; the exit code is the scan's", async () => {
  const sub = await repoWithSecret();
  // Colour asked for every way there is: a file still gets none.
  const human = await runBuiltCli(["scan", "staged", "--color", "--output", "report.txt"], sub, { NO_COLOR: undefined, FORCE_COLOR: "1" });
  expect(human).toEqual({ code: 1, stdout: "", stderr: "" });
  const text = readFileSync(join(sub, "report.txt"), "utf8");
  expect(text).toContain("1:19  block  GitHub personal access token (classic) [github-pat]");
  expect(text).toContain("✖ stageguard: commit blocked: 1 blocking");
  expect(text).not.toContain("\u001b[");

  writeFileSync(join(sub, "report.json"), "old content that must be replaced\n");
  const json = await runBuiltCli(["scan", "staged", "--format", "json", "--output", "report.json"], sub);
  expect(json).toEqual({ code: 1, stdout: "", stderr: "" });
  expect(parseJsonReport({ ...json, stdout: readFileSync(join(sub, "report.json"), "utf8") }).findings.map((f) => f.ruleId)).toEqual(["github-pat"]);

  const sarif = await runBuiltCli(["scan", "staged", "--format", "sarif", "--output", join("..", "report.sarif")], sub);
  expect(sarif).toEqual({ code: 1, stdout: "", stderr: "" });
  expect(sarifSchemaErrors(parseSarif(readFileSync(join(repo.dir, "report.sarif"), "utf8")))).toEqual([]);

  // Atomic writes leave no temporary files behind.
  expect(readdirSync(sub).sort()).toEqual(["readme.txt", "report.json", "report.txt"]);

  // A clean scan writes its one line to the file too, and still exits 0.
  await repo.git("rm", "-q", "--cached", "src/a.ts");
  const clean = await runCli(["scan", "staged", "--output", "clean.txt"], sub);
  expect(clean).toEqual({ code: 0, stdout: "", stderr: "" });
  expect(readFileSync(join(sub, "clean.txt"), "utf8")).toMatch(/^✔ stageguard: nothing blocking · 1 file/);
});

test("--output to a path that cannot be written: exit 2 with one clear line, nothing left behind", async () => {
  await repoWithSecret();
  const missing = await runCli(["scan", "staged", "--format", "sarif", "--output", "no/such/folder/r.sarif"], repo.dir);
  expect(missing.code).toBe(2);
  expect(missing.stdout).toBe("");
  const [reason, failClosed] = missing.stderr.split("\n");
  expect(reason).toBe("stageguard: cannot write the report to no/such/folder/r.sarif: no such folder");
  // scan staged is what the hook runs: the usual fail-closed line follows.
  expect(failClosed).toContain("The commit was stopped because the scan could not finish");

  mkdirSync(join(repo.dir, "reports"));
  const folder = await runCli(["scan", "files", "--output", "reports", "src"], repo.dir);
  expect(folder.code).toBe(2);
  expect(folder.stderr).toBe("stageguard: cannot write the report to reports: it is a folder\n");
  expect(readdirSync(join(repo.dir, "reports"))).toEqual([]);
  expect(readdirSync(repo.dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);

  const notAFolder = await runCli(["scan", "files", "--output", "src/a.ts/r.txt", "src"], repo.dir);
  expect(notAFolder.code).toBe(2);
  expect(notAFolder.stderr).toBe("stageguard: cannot write the report to src/a.ts/r.txt: a part of the path is not a folder\n");
});
