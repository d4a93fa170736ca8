// The command line itself: help, version, usage errors, exit codes, colour, the built binary.

import { afterEach, expect, test } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runBuiltCli, runCli } from "../helpers/cli.js";
import { fakeSecrets } from "../helpers/fake-secrets.js";
import { PROJECT_ROOT, TempRepo } from "../helpers/temp-repo.js";

const VERSION = (JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { version: string }).version;

let repo: TempRepo;
afterEach(() => repo?.cleanup());

test("--version and --help", async () => {
  expect(await runCli(["--version"], PROJECT_ROOT)).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
  const help = await runCli(["--help"], PROJECT_ROOT);
  expect(help.code).toBe(0);
  expect(help.stdout).toContain("stageguard scan staged");
  expect(help.stdout).toContain("stageguard scan files");
  for (const option of ["--format <human|json|sarif>", "--output <file>", "--show-suppressed"]) expect(help.stdout).toContain(option);
  expect((await runCli([], PROJECT_ROOT)).stdout).toBe(help.stdout);
});

test.each([
  [["frobnicate"], 'unknown command "frobnicate"'],
  [["scan"], '"scan" needs a target: staged, files or range'],
  [["scan", "everything"], 'unknown scan target "everything"'],
  [["scan", "files"], '"scan files" needs at least one path'],
  [["scan", "staged", "--format", "xml"], "--format must be one of human, json, sarif"],
  [["scan", "staged", "--bogus"], "Unknown option '--bogus'"],
  [["scan", "staged", "--output", ""], "--output needs a file name"],
  [["rules", "--format", "sarif"], '--format sarif applies to scan and hook pre-push only (not "rules")'],
  [["audit", "--output", "audit.txt"], '--output applies to scan and hook pre-push only (not "audit")'],
  [["baseline", "--show-suppressed"], '--show-suppressed applies to scan and hook pre-push only (not "baseline")'],
])("usage error %j exits 2 with a one-line reason", async (argv, reason) => {
  const result = await runCli(argv, PROJECT_ROOT);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr.split("\n")[0]).toContain(reason);
  // A usage error is not a failed scan: no fail-closed speech.
  expect(result.stderr).not.toContain("fails closed");
});

test("the built binary: exit 1 on a finding, colour only when asked or on a terminal", async () => {
  repo = await TempRepo.create();
  repo.write("a.js", `const t = "${fakeSecrets.githubPat()}";\n`);
  await repo.add();
  const plain = await runBuiltCli(["scan", "staged"], repo.dir);
  expect(plain.code).toBe(1);
  expect(plain.stdout).not.toContain("\u001b[");
  expect(plain.stdout).toContain("a.js");
  expect(plain.stdout).toContain("1:12  block  GitHub personal access token (classic) [github-pat]");
  expect(plain.stdout).toContain("✖ stageguard: commit blocked: 1 blocking");
  const forced = await runBuiltCli(["scan", "staged"], repo.dir, { NO_COLOR: undefined, FORCE_COLOR: "1" });
  expect(forced.stdout).toContain("\u001b[");
  const noColor = await runBuiltCli(["scan", "staged", "--color"], repo.dir, { NO_COLOR: "1" });
  expect(noColor.stdout).toContain("\u001b[");
});

test("the built binary honours an alternate GIT_INDEX_FILE (what git gives a hook for commit -a)", async () => {
  repo = await TempRepo.create();
  repo.write("README.md", "x\n");
  await repo.add();
  await repo.commit();
  repo.write("creds.txt", `token ${fakeSecrets.githubPat()}\n`);
  const altIndex = join(repo.dir, ".git", "alt-index");
  const { execa } = await import("execa");
  const { gitEnv } = await import("../helpers/git-env.js");
  await execa("git", ["read-tree", "HEAD"], { cwd: repo.dir, env: gitEnv({ GIT_INDEX_FILE: altIndex }), extendEnv: false });
  await execa("git", ["add", "creds.txt"], { cwd: repo.dir, env: gitEnv({ GIT_INDEX_FILE: altIndex }), extendEnv: false });
  expect((await runBuiltCli(["scan", "staged"], repo.dir)).code).toBe(0);
  const withAlt = await runBuiltCli(["scan", "staged"], repo.dir, { GIT_INDEX_FILE: altIndex });
  expect(withAlt.code).toBe(1);
  expect(withAlt.stdout).toContain("github-pat");
});
