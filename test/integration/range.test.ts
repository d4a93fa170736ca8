// `scan range` and the pre-push hook on real commits and a real (local, bare) remote: findings
// belong to the commit that added them, merges are not double-counted, a push sends exactly the
// commits the remote does not have, and a secret committed with --no-verify cannot be pushed.

import { afterEach, expect, test } from "@jest/globals";
import { execa } from "execa";
import { join } from "node:path";
import { parseJsonReport, runCli } from "../helpers/cli.js";
import { fakeSecrets } from "../helpers/fake-secrets.js";
import { gitEnv } from "../helpers/git-env.js";
import { PROJECT_ROOT, TempRepo } from "../helpers/temp-repo.js";

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

async function newRepo(options: { init?: boolean } = {}): Promise<TempRepo> {
  const repo = await TempRepo.create(options);
  repos.push(repo);
  return repo;
}

async function sha(repo: TempRepo, rev: string): Promise<string> {
  return (await repo.git("rev-parse", rev)).trim();
}

test("scan range reports what each commit added, tagged with that commit; merges count once", async () => {
  const repo = await newRepo();
  repo.write("README.md", "# app\n");
  await repo.add();
  await repo.commit("base");
  const base = await sha(repo, "HEAD");
  repo.write("src/a.ts", `export const token = "${fakeSecrets.githubPat()}";\n`);
  await repo.add();
  await repo.commit("add a");
  const addA = await sha(repo, "HEAD");
  await repo.git("checkout", "-q", "-b", "feature");
  repo.write(".env", "API=1\n");
  await repo.add();
  await repo.commit("add env");
  const addEnv = await sha(repo, "HEAD");
  await repo.git("checkout", "-q", "main");
  repo.write("docs/notes.md", "notes\n");
  await repo.add();
  await repo.commit("notes");
  await repo.git("merge", "-q", "--no-ff", "-m", "merge feature", "feature");

  const result = await runCli(["scan", "range", "--format", "json", `${base}..HEAD`], repo.dir);
  expect(result.code).toBe(1);
  const findings = parseJsonReport(result).findings.map((f) => `${f.ruleId} ${f.file} ${String(f.commit).slice(0, 12)}`);
  expect(findings.sort()).toEqual([`env-file .env ${addEnv.slice(0, 12)}`, `github-pat src/a.ts ${addA.slice(0, 12)}`].sort());
  const human = await runCli(["scan", "range", `${base}..HEAD`], repo.dir);
  expect(human.stdout).toContain(`src/a.ts  (commit ${addA.slice(0, 12)})`);
  expect(human.stdout).toContain("blocking problems found: 2 blocking");
});

test("the root commit is compared with the empty tree; an empty or clean range passes; a bad range is an error", async () => {
  const repo = await newRepo();
  repo.write("id_rsa", "key\n");
  await repo.add();
  await repo.commit("root");
  const whole = parseJsonReport(await runCli(["scan", "range", "--format", "json", "HEAD"], repo.dir));
  expect(whole.findings.map((f) => f.ruleId)).toEqual(["ssh-private-key-file"]);
  const empty = await runCli(["scan", "range", "HEAD..HEAD"], repo.dir);
  expect(empty.code).toBe(0);
  expect(empty.stdout).toBe("stageguard: no new commits to scan\n");
  const bad = await runCli(["scan", "range", "nope..HEAD"], repo.dir);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain("stageguard: cannot list the commits of nope..HEAD");
  const missing = await runCli(["scan", "range"], repo.dir);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('"scan range" needs a range');
});

async function pushSetup(): Promise<{ repo: TempRepo; remote: TempRepo }> {
  const remote = await newRepo({ init: false });
  await remote.git("init", "-q", "--bare", "-b", "main");
  const repo = await newRepo();
  await repo.git("remote", "add", "origin", remote.dir);
  // The shipped hook folder, as `stageguard init --hooks-path` wires it.
  await repo.git("config", "core.hooksPath", join(PROJECT_ROOT, "hooks"));
  repo.write("README.md", "# app\n");
  await repo.add();
  await repo.commit("base");
  return { repo, remote };
}

async function push(repo: TempRepo, ...args: string[]): Promise<{ code: number; output: string }> {
  const result = await execa("git", ["push", ...args], { cwd: repo.dir, env: gitEnv(), extendEnv: false, reject: false, stdin: "ignore" });
  return { code: result.exitCode ?? -1, output: `${result.stdout}${result.stderr}` };
}

test("pre-push: a clean push passes; a secret committed with --no-verify cannot be pushed", async () => {
  const { repo } = await pushSetup();
  expect((await push(repo, "-u", "origin", "main")).code).toBe(0);
  const secret = fakeSecrets.githubPat();
  repo.write("config.js", `module.exports = { token: "${secret}" };\n`);
  await repo.add();
  await repo.commit("oops, --no-verify");
  repo.write("more.txt", "later work\n");
  await repo.add();
  await repo.commit("later");
  const blocked = await push(repo, "origin", "main");
  expect(blocked.code).not.toBe(0);
  expect(blocked.output).toContain("github-pat");
  expect(blocked.output).toContain("push blocked");
  expect(blocked.output).toContain("git push --no-verify");
  expect(blocked.output).not.toContain(secret);
  expect(await repo.git("ls-remote", "origin", "main")).not.toContain(await sha(repo, "HEAD"));
});

test("pre-push: a new branch sends only the commits the remote lacks; a deletion is not scanned; a force push scans what is new", async () => {
  const { repo } = await pushSetup();
  // History already on the remote holds a finding: pushing a new branch on top must not re-report it.
  repo.write(".env", "A=1\n");
  await repo.add();
  await repo.commit("old env, already public");
  expect((await push(repo, "--no-verify", "-u", "origin", "main")).code).toBe(0);
  await repo.git("checkout", "-q", "-b", "feature");
  repo.write("src/clean.ts", "export const x = 1;\n");
  await repo.add();
  await repo.commit("clean work");
  const clean = await push(repo, "-u", "origin", "feature");
  expect(clean.output).not.toContain("env-file");
  expect(clean.code).toBe(0);

  repo.write("src/key.ts", `const k = "${fakeSecrets.githubPat()}";\n`);
  await repo.add();
  await repo.git("commit", "-q", "--no-verify", "--amend", "-m", "rewritten");
  const forced = await push(repo, "--force", "origin", "feature");
  expect(forced.code).not.toBe(0);
  expect(forced.output).toContain("github-pat");

  const deletion = await push(repo, "origin", ":feature");
  expect(deletion.code).toBe(0);
});
