// `stageguard scan files <paths…>`: working-tree files for lint-staged and ad-hoc use.

import { afterEach, expect, test } from "@jest/globals";
import { execa } from "execa";
import { join } from "node:path";
import { BUILT_CLI, parseJsonReport, runCli } from "../helpers/cli.js";
import { fakeSecrets } from "../helpers/fake-secrets.js";
import { gitEnv } from "../helpers/git-env.js";
import { PROJECT_ROOT, TempRepo } from "../helpers/temp-repo.js";

let repo: TempRepo;
afterEach(() => repo?.cleanup());

test("files and folders are scanned whole; paths are relative to the repository root", async () => {
  repo = await TempRepo.create();
  repo.write("src/a.ts", `const k = "${fakeSecrets.githubPat()}";\n`).write("src/ok.ts", "export {};\n").write("deploy/.env", "A=1\n");
  repo.write("node_modules/dep/index.js", `const k = "${fakeSecrets.githubPat()}";\n`);
  // From a subfolder: "." is that folder, an absolute path works too; node_modules is skipped.
  const result = await runCli(["scan", "files", "--format", "json", ".", join(repo.dir, "deploy/.env")], join(repo.dir, "src"));
  expect(result.code).toBe(1);
  expect(parseJsonReport(result).findings.map((finding) => [finding.ruleId, finding.file, finding.line])).toEqual([
    ["env-file", "deploy/.env", null],
    ["github-pat", "src/a.ts", 1],
  ]);
  const whole = parseJsonReport(await runCli(["scan", "files", "--format", "json", "."], repo.dir));
  expect(whole.summary.filesScanned).toBe(3);
});

test("works outside a repository, with paths relative to the current folder", async () => {
  repo = await TempRepo.create({ init: false });
  repo.write("run.sh", "chmod -R 777 /opt/app\n");
  const result = await runCli(["scan", "files", "--format", "json", "."], repo.dir);
  expect(result.code).toBe(1);
  expect(parseJsonReport(result).findings.map((finding) => finding.file)).toEqual(["run.sh"]);
});

test("a missing path is a usage problem (exit 2), a file named like an option is read after --", async () => {
  repo = await TempRepo.create({ init: false });
  const missing = await runCli(["scan", "files", "nope.txt"], repo.dir);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toBe("stageguard: cannot read nope.txt: no such file or folder\n");
  repo.write("--format", "A=1\n");
  const dashed = await runCli(["scan", "files", "--format", "json", "--", "--format"], repo.dir);
  expect(dashed.code).toBe(0);
  expect(parseJsonReport(dashed).summary.filesScanned).toBe(1);
});

test("lint-staged runs it on the staged files and stops the commit", async () => {
  repo = await TempRepo.create();
  repo.write("package.json", JSON.stringify({ name: "demo", private: true, "lint-staged": { "*": `node ${BUILT_CLI} scan files` } }));
  repo.write("README.md", "# demo\n");
  await repo.add();
  await repo.commit();
  repo.write("src/settings.py", `API_KEY = "${fakeSecrets.googleApiKey()}"\n`).write("src/clean.py", "x = 1\n");
  await repo.add();
  const lintStaged = join(PROJECT_ROOT, "node_modules", "lint-staged", "bin", "lint-staged.js");
  const result = await execa(process.execPath, [lintStaged], { cwd: repo.dir, env: gitEnv(), extendEnv: false, reject: false, stdin: "ignore" });
  expect(result.exitCode).toBe(1);
  expect(`${result.stdout}${result.stderr}`).toContain("google-api-key");
  // lint-staged restores the index after a failed task: the file is still staged.
  expect(await repo.git("diff", "--cached", "--name-only")).toContain("src/settings.py");
});

test("lint-staged with `scan staged`: only the staged changes of the paths it passes, like the plain hook", async () => {
  repo = await TempRepo.create();
  repo.write("package.json", JSON.stringify({ name: "demo", private: true, "lint-staged": { "*.py": `node ${BUILT_CLI} scan staged` } }));
  // A line already committed (say, before stageguard was installed) is history, not this commit.
  const legacy = `LEGACY_KEY = "${fakeSecrets.googleApiKey()}"\n`;
  repo.write("src/settings.py", legacy);
  repo.write("notes.md", "notes\n");
  await repo.add();
  await repo.commit();
  const lintStaged = join(PROJECT_ROOT, "node_modules", "lint-staged", "bin", "lint-staged.js");
  const runLintStaged = () => execa(process.execPath, [lintStaged], { cwd: repo.dir, env: gitEnv(), extendEnv: false, reject: false, stdin: "ignore" });

  repo.write("src/settings.py", `${legacy}DEBUG = False\n`);
  await repo.add();
  expect((await runLintStaged()).exitCode).toBe(0);

  repo.write("src/settings.py", `${legacy}DEBUG = False\nTOKEN = "${fakeSecrets.githubPat()}"\n`);
  repo.write("notes.md", `notes\n${fakeSecrets.githubPat()}\n`); // staged too, but not a *.py path
  await repo.add();
  const blocked = await runLintStaged();
  expect(blocked.exitCode).toBe(1);
  const output = `${blocked.stdout}${blocked.stderr}`;
  expect(output).toContain("src/settings.py");
  expect(output).toContain("github-pat");
  expect(output).not.toContain("google-api-key");
  expect(output).not.toContain("notes.md");
});

test("scan staged with paths: relative to the current folder, outside the repository is a usage error", async () => {
  repo = await TempRepo.create();
  repo.write("a/x.ts", `const k = "${fakeSecrets.githubPat()}";\n`).write("b/y.ts", `const k = "${fakeSecrets.githubPat()}";\n`);
  await repo.add();
  const one = parseJsonReport(await runCli(["scan", "staged", "--format", "json", "x.ts"], join(repo.dir, "a")));
  expect(one.findings.map((f) => f.file)).toEqual(["a/x.ts"]);
  const outside = await runCli(["scan", "staged", "../../elsewhere.ts"], join(repo.dir, "a"));
  expect(outside.code).toBe(2);
  expect(outside.stderr).toContain("is outside the repository");
});
