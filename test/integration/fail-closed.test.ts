// Fails closed: whatever breaks inside the hooks' commands (`scan staged` through hooks/pre-commit,
// `hook pre-push` through hooks/pre-push), the hook exits 2 with a one-line reason, the --debug
// hint and the knowing bypass, never 0 and never a stack trace; --debug adds the stack, never a
// secret. Every failure is a real one (a damaged repository, package, config or stdout), no mocks.

import { afterEach, describe, expect, test } from "@jest/globals";
import { execa } from "execa";
import { spawn } from "node:child_process";
import { closeSync, cpSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fakeSecrets, revealsSecret } from "../helpers/fake-secrets.js";
import { gitEnv } from "../helpers/git-env.js";
import { PROJECT_ROOT, TempRepo } from "../helpers/temp-repo.js";

const made: TempRepo[] = [];
afterEach(() => {
  while (made.length > 0) made.pop()!.cleanup();
});
async function tempRepo(options: { init?: boolean; prefix?: string } = {}): Promise<TempRepo> {
  const created = await TempRepo.create(options);
  made.push(created);
  return created;
}

interface Outcome {
  code: number | undefined;
  stdout: string;
  stderr: string;
}

/**
 * Runs a hook script as git would: sh, from the repository root, `args` and `stdin` as git gives
 * them. node's spawn, not execa: the test hands the hook a real file descriptor as stdout.
 */
function runHook(hook: string, dir: string, options: { args?: string[]; stdin?: string; env?: NodeJS.ProcessEnv; stdout?: number } = {}): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn("/bin/sh", [hook, ...(options.args ?? [])], { cwd: dir, env: gitEnv(options.env), stdio: ["pipe", options.stdout ?? "pipe", "pipe"], timeout: 20_000 });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? undefined, stdout, stderr }));
    child.stdin!.end(options.stdin ?? "");
  });
}

const PRE_COMMIT = join(PROJECT_ROOT, "hooks", "pre-commit");
const PRE_PUSH = join(PROJECT_ROOT, "hooks", "pre-push");

/**
 * The fail-closed contract: exit 2; the first line is `stageguard: <reason>`; a line with the
 * --debug hint and the bypass; no stack without --debug; the secret nowhere.
 */
function expectFailedClosed(outcome: Outcome, reason: RegExp, bypass: "git commit --no-verify" | "git push --no-verify", secret: string): void {
  const lines = outcome.stderr.split("\n").filter((line) => line.length > 0);
  expect({ code: outcome.code, first: lines[0] }).toEqual({ code: 2, first: expect.stringMatching(/^stageguard: \S/) });
  expect(lines[0]).toMatch(reason);
  expect(lines.some((line) => line.includes("--debug") && line.includes(bypass) && line.includes("fails closed"))).toBe(true);
  expect(lines.filter((line) => /^\s+at /.test(line))).toEqual([]);
  expect(revealsSecret(`${outcome.stdout}\n${outcome.stderr}`, secret)).toBe(false);
}

/** The same failure with --debug: a stack for the maintainer, still no secret. */
function expectDebugDetail(outcome: Outcome, secret: string): void {
  expect(outcome.code).toBe(2);
  expect(outcome.stderr).toMatch(/^\s+at /m);
  expect(revealsSecret(`${outcome.stdout}\n${outcome.stderr}`, secret)).toBe(false);
}

/** A repository with one commit and a secret staged on top (what the hook would block). */
async function repoWithStagedSecret(): Promise<{ repo: TempRepo; secret: string }> {
  const repo = await tempRepo();
  repo.write("README.md", "# project\n");
  await repo.add();
  await repo.commit("base");
  const secret = fakeSecrets.githubPat();
  repo.write("config.js", `module.exports = { token: "${secret}" };\n`);
  await repo.add();
  return { repo, secret };
}

/** Deletes the object file of a staged blob and changes the working copy, so git cannot read it from anywhere. */
async function loseStagedBlob(repo: TempRepo, path: string): Promise<void> {
  const id = (await repo.git("rev-parse", `:${path}`)).trim();
  rmSync(join(repo.dir, ".git", "objects", id.slice(0, 2), id.slice(2)));
  // Otherwise git diff may read the (stat-clean) working-tree file in place of the blob.
  repo.write(path, "changed in the working tree\n");
}

/** A folder whose PATH holds node and what the hook script needs, but no git. */
function pathWithoutGit(parent: string): string {
  const bin = join(parent, "bin-without-git");
  mkdirSync(bin);
  symlinkSync(process.execPath, join(bin, "node"));
  for (const tool of ["dirname"]) symlinkSync(`/usr/bin/${tool}`, join(bin, tool));
  return bin;
}

describe("scan staged, through hooks/pre-commit", () => {
  const BYPASS = "git commit --no-verify";

  test("a corrupt .git/index", async () => {
    const { repo, secret } = await repoWithStagedSecret();
    writeFileSync(join(repo.dir, ".git", "index"), "DIRC damaged");
    expectFailedClosed(await runHook(PRE_COMMIT, repo.dir), /git diff failed: .*index/, BYPASS, secret);
    expectDebugDetail(await runHook(PRE_COMMIT, repo.dir, { args: ["--debug"] }), secret);
  });

  test("a staged blob that cannot be read (object file deleted)", async () => {
    const { repo, secret } = await repoWithStagedSecret();
    repo.write("notes.txt", "some notes\n");
    await repo.add("notes.txt");
    await loseStagedBlob(repo, "notes.txt");
    expectFailedClosed(await runHook(PRE_COMMIT, repo.dir), /unable to read [0-9a-f]{40}/, BYPASS, secret);
    expectDebugDetail(await runHook(PRE_COMMIT, repo.dir, { args: ["--debug"] }), secret);
  });

  test("git missing from PATH", async () => {
    const { repo, secret } = await repoWithStagedSecret();
    const bin = pathWithoutGit(join(repo.dir, ".git"));
    expectFailedClosed(await runHook(PRE_COMMIT, repo.dir, { env: { PATH: bin } }), /git is not installed or not on PATH/, BYPASS, secret);
    expectDebugDetail(await runHook(PRE_COMMIT, repo.dir, { env: { PATH: bin }, args: ["--debug"] }), secret);
  });

  test.each([
    ["not JSON", "{ \"rules\": ", /invalid configuration/],
    ["an unknown rule", JSON.stringify({ rules: { "no-such-rule": "off" } }), /invalid configuration/],
    ["a wrong type", JSON.stringify({ maxFileSize: "big" }), /invalid configuration/],
    ["a custom rule with a broken regex", JSON.stringify({ customRules: [{ id: "my-rule", title: "t", category: "secret", severity: "block", pattern: "(unclosed", message: "m", fix: "f", examples: { match: ["x"], noMatch: ["y"] } }] }), /invalid/],
  ])("a config file with %s", async (_name, text, reason) => {
    const { repo, secret } = await repoWithStagedSecret();
    repo.write("stageguard.config.json", text);
    expectFailedClosed(await runHook(PRE_COMMIT, repo.dir), reason, BYPASS, secret);
  });

  test("a damaged baseline file", async () => {
    const { repo, secret } = await repoWithStagedSecret();
    repo.write(".stageguard-baseline.json", '{"findings": [{"fingerprint": 1}]}');
    expectFailedClosed(await runHook(PRE_COMMIT, repo.dir), /invalid configuration/, BYPASS, secret);
  });

  test("a standard output that cannot be written (a full disk): exit 2, not node's stack trace and exit 1", async () => {
    const { repo, secret } = await repoWithStagedSecret();
    const full = openSync("/dev/full", "w");
    try {
      expectFailedClosed(await runHook(PRE_COMMIT, repo.dir, { stdout: full }), /cannot write to standard output: .*ENOSPC/, BYPASS, secret);
      // Also when the scan is clean: the report did not reach anyone, so nothing was checked.
      await repo.git("rm", "-q", "--cached", "config.js");
      expectFailedClosed(await runHook(PRE_COMMIT, repo.dir, { stdout: full }), /cannot write to standard output/, BYPASS, secret);
    } finally {
      closeSync(full);
    }
  });

  describe("a damaged copy of the package (the hook run from it)", () => {
    /** dist, hooks, patterns and package.json copied; `damage` then breaks patterns/. */
    async function brokenPackage(damage: (patterns: string) => void): Promise<string> {
      const pkg = await tempRepo({ init: false, prefix: "stageguard-pkg-" });
      for (const part of ["dist", "hooks", "patterns", "package.json"]) cpSync(join(PROJECT_ROOT, part), join(pkg.dir, part), { recursive: true });
      symlinkSync(join(PROJECT_ROOT, "node_modules"), join(pkg.dir, "node_modules"));
      damage(join(pkg.dir, "patterns"));
      return pkg.dir;
    }

    test.each([
      ["a pack that cannot be read (a dangling link)", (dir: string) => { rmSync(join(dir, "secrets.json")); symlinkSync(join(dir, "gone.json"), join(dir, "secrets.json")); }, /invalid rules/],
      ["a pack that is a folder", (dir: string) => mkdirSync(join(dir, "zz-folder.json")), /invalid rules/],
      ["a truncated pack", (dir: string) => writeFileSync(join(dir, "commands.json"), '{"pack": "commands", "rules": ['), /invalid rules/],
      ["a rule with a broken regex", (dir: string) => writeFileSync(join(dir, "zz-bad.json"), JSON.stringify({ pack: "zz-bad", category: "secret", rules: [{ id: "bad-regex", title: "t", severity: "block", pattern: "([a-z", message: "m", fix: "f", examples: { match: ["x"], noMatch: ["y"] } }] })), /invalid rules/],
    ])("%s: a real git commit is stopped", async (_name, damage, reason) => {
      const pkg = await brokenPackage(damage);
      const { repo, secret } = await repoWithStagedSecret();
      await repo.git("config", "core.hooksPath", join(pkg, "hooks"));
      const before = (await repo.git("rev-parse", "HEAD")).trim();
      const commit = await execa("git", ["commit", "-m", "change"], { cwd: repo.dir, env: gitEnv(), extendEnv: false, reject: false, stdin: "ignore" });
      expect(commit.exitCode).not.toBe(0);
      expect((await repo.git("rev-parse", "HEAD")).trim()).toBe(before);
      expectFailedClosed(await runHook(join(pkg, "hooks", "pre-commit"), repo.dir), reason, BYPASS, secret);
      expectDebugDetail(await runHook(join(pkg, "hooks", "pre-commit"), repo.dir, { args: ["--debug"] }), secret);
    });

    test.each([
      ["zeroed after its header", (bytes: Buffer) => bytes.fill(0, 64)],
      ["one byte changed", (bytes: Buffer) => bytes.writeUInt8(bytes.readUInt8(bytes.length >> 1) ^ 0x10, bytes.length >> 1)],
    ])("damaged keyword tables (dist/keywords.bin %s) are rebuilt, never trusted: the secret still blocks", async (_name, damage) => {
      const pkg = await brokenPackage(() => undefined);
      const tables = join(pkg, "dist", "keywords.bin");
      const bytes = readFileSync(tables);
      damage(bytes);
      writeFileSync(tables, bytes);
      const { repo } = await repoWithStagedSecret();
      const outcome = await runHook(join(pkg, "hooks", "pre-commit"), repo.dir);
      expect(outcome.code).toBe(1);
      expect(outcome.stdout + outcome.stderr).toContain("github-pat");
    });
  });
});

describe("hook pre-push, through hooks/pre-push", () => {
  const BYPASS = "git push --no-verify";

  /** A pushed commit holding a secret, and git's stdin line for pushing it as a new branch. */
  async function pushable(): Promise<{ repo: TempRepo; secret: string; stdin: string }> {
    const { repo, secret } = await repoWithStagedSecret();
    await repo.commit("leak (made with --no-verify)");
    const sha = (await repo.git("rev-parse", "HEAD")).trim();
    return { repo, secret, stdin: `refs/heads/main ${sha} refs/heads/main ${"0".repeat(40)}\n` };
  }
  const args = ["origin", "https://example.invalid/repo.git"];

  test("a pushed blob that cannot be read", async () => {
    const { repo, secret, stdin } = await pushable();
    const id = (await repo.git("rev-parse", "HEAD:config.js")).trim();
    rmSync(join(repo.dir, ".git", "objects", id.slice(0, 2), id.slice(2)));
    repo.remove("config.js");
    expectFailedClosed(await runHook(PRE_PUSH, repo.dir, { args, stdin }), /git diff failed: .*unable to read/, BYPASS, secret);
    expectDebugDetail(await runHook(PRE_PUSH, repo.dir, { args: [...args, "--debug"], stdin }), secret);
  });

  test("a pushed commit that does not exist", async () => {
    const { repo, secret } = await pushable();
    const stdin = `refs/heads/main ${"1".repeat(40)} refs/heads/main ${"0".repeat(40)}\n`;
    expectFailedClosed(await runHook(PRE_PUSH, repo.dir, { args, stdin }), /git rev-list failed/, BYPASS, secret);
  });

  test("git missing from PATH", async () => {
    const { repo, secret, stdin } = await pushable();
    const bin = pathWithoutGit(join(repo.dir, ".git"));
    expectFailedClosed(await runHook(PRE_PUSH, repo.dir, { args, stdin, env: { PATH: bin } }), /git is not installed or not on PATH/, BYPASS, secret);
  });

  test("a broken config file", async () => {
    const { repo, secret, stdin } = await pushable();
    repo.write("stageguard.config.json", "{ nope");
    expectFailedClosed(await runHook(PRE_PUSH, repo.dir, { args, stdin }), /invalid configuration/, BYPASS, secret);
  });

  test("a standard output that cannot be written", async () => {
    const { repo, secret, stdin } = await pushable();
    const full = openSync("/dev/full", "w");
    try {
      expectFailedClosed(await runHook(PRE_PUSH, repo.dir, { args, stdin, stdout: full }), /cannot write to standard output/, BYPASS, secret);
    } finally {
      closeSync(full);
    }
  });
});
