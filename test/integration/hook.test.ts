// The hook entrypoints driven by real `git commit` and `git merge`: through core.hooksPath and
// through husky. Every way git runs a hook must scan what the commit records (a clean merge runs
// pre-merge-commit, not pre-commit), and any failure stops the commit.

import { afterEach, describe, expect, test } from "@jest/globals";
import { execa } from "execa";
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fakeSecrets, revealsSecret } from "../helpers/fake-secrets.js";
import { gitEnv } from "../helpers/git-env.js";
import { PROJECT_ROOT, TempRepo } from "../helpers/temp-repo.js";

let repo: TempRepo;
const extra: TempRepo[] = [];
afterEach(() => {
  repo?.cleanup();
  while (extra.length > 0) extra.pop()!.cleanup();
});

/** A real `git commit` (hooks on); never throws, returns what git returned. */
async function commit(dir: string, ...args: string[]) {
  const result = await execa("git", ["commit", "-m", "change", ...args], { cwd: dir, env: gitEnv(), extendEnv: false, reject: false, stdin: "ignore" });
  return { code: result.exitCode, output: `${result.stdout}\n${result.stderr}` };
}

/** Runs a hook script as git would (sh, from the repository root). */
async function runHook(script: string, dir: string) {
  const result = await execa("sh", [script], { cwd: dir, env: gitEnv(), extendEnv: false, reject: false, stdin: "ignore" });
  return { code: result.exitCode, output: `${result.stdout}\n${result.stderr}` };
}

async function commitCount(target: TempRepo): Promise<number> {
  const out = await target.git("rev-list", "--count", "--all");
  return Number(out.trim());
}

async function hookedRepo(): Promise<TempRepo> {
  const created = await TempRepo.create();
  await created.git("config", "core.hooksPath", join(PROJECT_ROOT, "hooks"));
  created.write("README.md", "# project\n");
  await created.add();
  await created.commit("base");
  return created;
}

describe("through core.hooksPath", () => {
  test("a staged secret blocks the commit, the output never shows it, and nothing is recorded", async () => {
    repo = await hookedRepo();
    const token = fakeSecrets.githubPat();
    repo.write("config.js", `module.exports = { token: "${token}" };\n`);
    await repo.add();
    const result = await commit(repo.dir);
    expect(result.code).toBe(1);
    expect(result.output).toContain("github-pat");
    expect(result.output).toContain("git commit --no-verify");
    expect(revealsSecret(result.output, token)).toBe(false);
    expect(await commitCount(repo)).toBe(1);
  });

  test("a clean commit goes through", async () => {
    repo = await hookedRepo();
    repo.write("src/index.ts", "export {};\n");
    await repo.add();
    const result = await commit(repo.dir);
    expect(result.code).toBe(0);
    expect(await commitCount(repo)).toBe(2);
  });

  test("the first commit of a new repository is guarded too", async () => {
    repo = await TempRepo.create();
    await repo.git("config", "core.hooksPath", join(PROJECT_ROOT, "hooks"));
    repo.write("id_rsa", "not a key\n");
    await repo.add();
    expect((await commit(repo.dir)).code).toBe(1);
    await expect(repo.git("rev-parse", "--verify", "-q", "HEAD")).rejects.toThrow();
  });

  test("git commit -a scans the temporary index git builds (GIT_INDEX_FILE)", async () => {
    repo = await hookedRepo();
    repo.write("app.txt", "ok\n");
    await repo.add();
    await repo.commit();
    // Modified in the working tree only: `commit -a` stages it into index.lock for the hook.
    repo.write("app.txt", `ok\nkey=${fakeSecrets.stripeLiveKey()}\n`);
    const result = await commit(repo.dir, "-a");
    expect(result.code).toBe(1);
    expect(result.output).toContain("stripe-live-secret-key");
    expect(await commitCount(repo)).toBe(2);
  });

  test("git commit <path> scans the path's new content, not the old index", async () => {
    repo = await hookedRepo();
    repo.write("app.txt", "ok\n");
    await repo.add();
    await repo.commit();
    repo.write("app.txt", `ok\nAWS_ACCESS_KEY_ID=${fakeSecrets.awsAccessKeyId()}\n`);
    const result = await commit(repo.dir, "--", "app.txt");
    expect(result.code).toBe(1);
    expect(result.output).toContain("aws-access-key-id");
  });

  test("without -a, a secret that is only in the working tree does not block", async () => {
    repo = await hookedRepo();
    repo.write("app.txt", "ok\n");
    await repo.add();
    await repo.commit();
    repo.write("app.txt", `ok\nkey=${fakeSecrets.stripeLiveKey()}\n`);
    repo.write("other.txt", "fine\n");
    await repo.add("other.txt");
    expect((await commit(repo.dir)).code).toBe(0);
  });

  test("git commit --amend scans what the amend adds", async () => {
    repo = await hookedRepo();
    repo.write("src/app.ts", "export const a = 1;\n");
    await repo.add();
    expect((await commit(repo.dir)).code).toBe(0);
    repo.write("src/app.ts", `export const a = 1;\nexport const token = "${fakeSecrets.githubPat()}";\n`);
    await repo.add();
    const amended = await commit(repo.dir, "--amend");
    expect(amended.code).not.toBe(0);
    expect(amended.output).toContain("github-pat");
  });

  test("a commit from a linked worktree is guarded, and scans that worktree's index", async () => {
    repo = await hookedRepo();
    const elsewhere = await TempRepo.create({ init: false });
    extra.push(elsewhere);
    const worktree = join(elsewhere.dir, "wt");
    await repo.git("worktree", "add", "-q", "-b", "side", worktree);
    writeFileSync(join(worktree, ".env"), "API_KEY=1\n");
    await execa("git", ["add", ".env"], { cwd: worktree, env: gitEnv(), extendEnv: false, stdin: "ignore" });
    const blocked = await commit(worktree);
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toContain("env-file");
    // The main worktree's index is untouched and clean.
    expect((await commit(repo.dir, "--allow-empty")).code).toBe(0);
  });

  test("a cherry-pick that stops on a conflict is guarded when the resolution is committed", async () => {
    repo = await hookedRepo();
    repo.write("config.txt", "value = 1\n");
    await repo.add();
    await repo.commit("base config");
    await repo.git("checkout", "-q", "-b", "other");
    repo.write("config.txt", `value = 2\ntoken = "${fakeSecrets.githubPat()}"\n`);
    await repo.add();
    await repo.commit("other change (made with --no-verify)");
    const picked = (await repo.git("rev-parse", "HEAD")).trim();
    await repo.git("checkout", "-q", "main");
    repo.write("config.txt", "value = 3\n");
    await repo.add();
    await repo.commit("main change");
    await execa("git", ["cherry-pick", picked], { cwd: repo.dir, env: gitEnv(), extendEnv: false, reject: false, stdin: "ignore" });
    repo.write("config.txt", `value = 3\ntoken = "${fakeSecrets.githubPat()}"\n`);
    await repo.add();
    const resolved = await commit(repo.dir, "--no-edit");
    expect(resolved.code).not.toBe(0);
    expect(resolved.output).toContain("github-pat");
  });

  test("--no-verify is the knowing bypass", async () => {
    repo = await hookedRepo();
    repo.write(".env", "A=1\n");
    await repo.add();
    expect((await commit(repo.dir, "--no-verify")).code).toBe(0);
  });
});

describe("start-up", () => {
  // node reads NODE_EXTRA_CA_CERTS before running any script (~85 ms for a distribution's CA
  // bundle); stageguard never opens a connection, so the hooks start it without one. A file that
  // does not exist makes node warn at start-up, which shows whether it was read.
  const missingCerts = { NODE_EXTRA_CA_CERTS: "/nonexistent/stageguard-test-ca.pem" };

  test("node itself reads NODE_EXTRA_CA_CERTS (what the hooks avoid)", async () => {
    const result = await execa(process.execPath, ["-e", "0"], { env: gitEnv(missingCerts), extendEnv: false, reject: false });
    expect(result.stderr).toContain("extra certs");
  });

  test.each(["pre-commit", "pre-merge-commit", "pre-push"])("%s starts node without the extra TLS certificates", async (hook) => {
    repo = await hookedRepo();
    repo.write("src/index.ts", "export {};\n");
    await repo.add();
    const result = await execa("sh", [join(PROJECT_ROOT, "hooks", hook)], { cwd: repo.dir, env: gitEnv(missingCerts), extendEnv: false, reject: false, stdin: "ignore" });
    expect(result.exitCode).toBe(0);
    expect(`${result.stdout}\n${result.stderr}`).not.toContain("extra certs");
  });

  test("a real commit through the hook goes through with NODE_EXTRA_CA_CERTS set", async () => {
    repo = await hookedRepo();
    repo.write("src/index.ts", "export {};\n");
    await repo.add();
    const result = await execa("git", ["commit", "-m", "change"], { cwd: repo.dir, env: gitEnv(missingCerts), extendEnv: false, reject: false, stdin: "ignore" });
    expect(result.exitCode).toBe(0);
    expect(`${result.stdout}\n${result.stderr}`).not.toContain("extra certs");
  });
});

describe("merges that complete without a conflict (pre-merge-commit)", () => {
  /** A real `git merge` (hooks on); never throws. */
  async function merge(dir: string, ...args: string[]) {
    const result = await execa("git", ["merge", "--no-ff", "-m", "merge feature", ...args], { cwd: dir, env: gitEnv(), extendEnv: false, reject: false, stdin: "ignore" });
    return { code: result.exitCode, output: `${result.stdout}\n${result.stderr}` };
  }

  /** main and feature diverge without conflict; `feature.js` is what the branch adds. */
  async function divergedRepo(featureText: string): Promise<string> {
    repo = await hookedRepo();
    await repo.git("checkout", "-q", "-b", "feature");
    repo.write("feature.js", featureText);
    await repo.add();
    await repo.commit("feature (made with --no-verify)");
    await repo.git("checkout", "-q", "main");
    repo.write("notes.md", "main moved on\n");
    await repo.add();
    await repo.commit("main");
    return (await repo.git("rev-parse", "HEAD")).trim();
  }

  test("a branch carrying a secret is stopped: nothing recorded, the output never shows it; git merge --no-verify is the bypass", async () => {
    const token = fakeSecrets.githubPat();
    const head = await divergedRepo(`module.exports = { token: "${token}" };\n`);
    const blocked = await merge(repo.dir, "feature");
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toContain("github-pat");
    expect(blocked.output).toContain("git merge --no-verify");
    expect(revealsSecret(blocked.output, token)).toBe(false);
    expect((await repo.git("rev-parse", "HEAD")).trim()).toBe(head);
    // git keeps the merge in progress; concluding it with a plain commit runs pre-commit, which
    // scans the same merged index.
    const concluded = await commit(repo.dir, "--no-edit");
    expect(concluded.code).toBe(1);
    expect(concluded.output).toContain("github-pat");
    expect((await repo.git("rev-parse", "HEAD")).trim()).toBe(head);

    await repo.git("merge", "--abort");
    const bypassed = await merge(repo.dir, "--no-verify", "feature");
    expect(bypassed.code).toBe(0);
    expect((await repo.git("rev-list", "--parents", "-n", "1", "HEAD")).trim().split(" ")).toHaveLength(3);
  });

  test("a clean branch merges", async () => {
    await divergedRepo("module.exports = { answer: 42 };\n");
    const result = await merge(repo.dir, "feature");
    expect(result.code).toBe(0);
    expect((await repo.git("rev-list", "--parents", "-n", "1", "HEAD")).trim().split(" ")).toHaveLength(3);
  });
});

describe("fails closed", () => {
  test("when the stageguard CLI cannot be found, the commit stops and says how to bypass", async () => {
    repo = await TempRepo.create();
    const hooks = join(repo.dir, "..", `${repo.dir.split("/").pop()}-hooks`);
    mkdirSync(hooks);
    cpSync(join(PROJECT_ROOT, "hooks", "pre-commit"), join(hooks, "pre-commit"));
    await repo.git("config", "core.hooksPath", hooks);
    repo.write("a.txt", "x\n");
    await repo.add();
    const result = await commit(repo.dir);
    // git reports any failed hook as exit 1; the hook's own code is checked by running it directly.
    expect(result.code).toBe(1);
    expect(await commitCount(repo).catch(() => 0)).toBe(0);
    expect((await runHook(join(hooks, "pre-commit"), repo.dir)).code).toBe(2);
    expect(result.output).toContain("cannot find the stageguard CLI");
    expect(result.output).toContain("git commit --no-verify");
  });

  test("when the stageguard CLI cannot be found, a clean merge stops too and says how to bypass", async () => {
    repo = await TempRepo.create();
    const hooks = join(repo.dir, "..", `${repo.dir.split("/").pop()}-hooks`);
    mkdirSync(hooks);
    cpSync(join(PROJECT_ROOT, "hooks", "pre-merge-commit"), join(hooks, "pre-merge-commit"));
    repo.write("a.txt", "x\n");
    await repo.add();
    await repo.commit("base");
    await repo.git("checkout", "-q", "-b", "feature");
    repo.write("b.txt", "y\n");
    await repo.add();
    await repo.commit("feature");
    await repo.git("checkout", "-q", "main");
    await repo.git("config", "core.hooksPath", hooks);
    const result = await execa("git", ["merge", "--no-ff", "-m", "merge", "feature"], { cwd: repo.dir, env: gitEnv(), extendEnv: false, reject: false, stdin: "ignore" });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.exitCode).not.toBe(0);
    expect(await commitCount(repo)).toBe(2);
    expect((await runHook(join(hooks, "pre-merge-commit"), repo.dir)).code).toBe(2);
    expect(output).toContain("cannot find the stageguard CLI");
    expect(output).toContain("git merge --no-verify");
  });

  test("when a rule pack is broken, the commit stops with exit 2 (never a silent pass)", async () => {
    // A copy of the package whose patterns/ holds a malformed pack.
    const pkg = await TempRepo.create({ init: false, prefix: "stageguard-pkg-" });
    extra.push(pkg);
    for (const part of ["dist", "hooks", "patterns", "package.json"]) cpSync(join(PROJECT_ROOT, part), join(pkg.dir, part), { recursive: true });
    symlinkSync(join(PROJECT_ROOT, "node_modules"), join(pkg.dir, "node_modules"));
    writeFileSync(join(pkg.dir, "patterns", "zz-broken.json"), '{"pack": "broken", "category": "secret", "rules": [{"id": "Bad Id"}]}');
    repo = await TempRepo.create();
    await repo.git("config", "core.hooksPath", join(pkg.dir, "hooks"));
    repo.write("a.txt", "x\n");
    await repo.add();
    const result = await commit(repo.dir);
    expect(result.code).toBe(1);
    expect((await runHook(join(pkg.dir, "hooks", "pre-commit"), repo.dir)).code).toBe(2);
    expect(result.output).toContain("invalid rules");
    expect(result.output).toContain("broken/Bad Id: id must be kebab-case");
    expect(result.output).toContain("git commit --no-verify");
  });
});

test("through husky: .husky/pre-commit calls the entrypoint and a real commit is blocked", async () => {
  repo = await TempRepo.create();
  repo.write("package.json", JSON.stringify({ name: "demo", private: true, scripts: { prepare: "husky" } }, null, 2));
  await execa(process.execPath, [join(PROJECT_ROOT, "node_modules", "husky", "bin.js")], { cwd: repo.dir, env: gitEnv(), extendEnv: false });
  expect((await repo.git("config", "core.hooksPath")).trim()).toBe(".husky/_");
  repo.write(".husky/pre-commit", `sh "${join(PROJECT_ROOT, "hooks", "pre-commit")}"\n`);
  repo.write("server.key", "-\n");
  await repo.add();
  const blocked = await commit(repo.dir);
  expect(blocked.code).not.toBe(0);
  expect(blocked.output).toContain("private-key-file");
  expect(blocked.output).toMatch(/husky - pre-commit script failed/);
  await repo.git("rm", "-q", "--cached", "server.key");
  expect((await commit(repo.dir)).code).toBe(0);
});
