// The real pre-commit hook (core.hooksPath → hooks/, a real `git commit`) in the repository
// states and layouts git users meet: rebases, detached HEAD, sparse checkouts, a git dir apart
// from its work tree (bare dotfiles repositories included), paths with spaces and unicode,
// merges, `commit --only/--include` and stashes. Where git itself does not run pre-commit
// (rebase, cherry-pick), the tests pin that and show that `scan range` (what pre-push runs)
// catches what those commits recorded; a merge without conflicts runs pre-merge-commit.

import { afterEach, describe, expect, test } from "@jest/globals";
import { execa } from "execa";
import { cpSync, existsSync, mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { parseJsonReport, runCli } from "../helpers/cli.js";
import { fakeSecrets } from "../helpers/fake-secrets.js";
import { gitEnv } from "../helpers/git-env.js";
import { PROJECT_ROOT, TempRepo } from "../helpers/temp-repo.js";

let repo: TempRepo;
const extra: TempRepo[] = [];
afterEach(() => {
  repo?.cleanup();
  while (extra.length > 0) extra.pop()!.cleanup();
});

const HOOKS = join(PROJECT_ROOT, "hooks");

/** Any git command with hooks on, from any folder; never throws. */
async function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = await execa("git", args, { cwd, env: gitEnv(env), extendEnv: false, reject: false, stdin: "ignore" });
  return { code: result.exitCode, output: `${result.stdout}\n${result.stderr}` };
}

const commit = (cwd: string, ...args: string[]) => git(cwd, ["commit", "-m", "change", ...args]);

async function hookedRepo(): Promise<TempRepo> {
  const created = await TempRepo.create();
  await created.git("config", "core.hooksPath", HOOKS);
  created.write("README.md", "# project\n");
  await created.add();
  await created.commit("base");
  return created;
}

async function head(target: TempRepo, rev = "HEAD"): Promise<string> {
  return (await target.git("rev-parse", rev)).trim();
}

/** What `scan range` (the pre-push check) reports for `range`: "rule file@commit". */
async function rangeFindings(range: string): Promise<{ code: number; found: string[] }> {
  const result = await runCli(["scan", "range", "--format", "json", range], repo.dir);
  return { code: result.code, found: parseJsonReport(result).findings.map((f) => `${f.ruleId} ${f.file}@${f.commit}`) };
}

describe("rebase: git runs no pre-commit while replaying, and pre-push catches what it recorded", () => {
  test("a plain rebase replays a commit that adds a secret without calling the hook", async () => {
    repo = await hookedRepo();
    await repo.git("checkout", "-q", "-b", "feature");
    repo.write("feature.ts", `export const token = "${fakeSecrets.githubPat()}";\n`);
    await repo.add();
    await repo.commit("feature (made with --no-verify)");
    await repo.git("checkout", "-q", "main");
    repo.write("main.txt", "main moves on\n");
    await repo.add();
    await repo.commit("main");
    await repo.git("checkout", "-q", "feature");
    // Were pre-commit run, the replayed commit would be stopped and the rebase would stop with it.
    const rebased = await git(repo.dir, ["rebase", "main"]);
    expect(rebased.code).toBe(0);
    expect(await head(repo, "HEAD^")).toBe(await head(repo, "main"));
    expect(await rangeFindings("main..HEAD")).toEqual({ code: 1, found: [`github-pat feature.ts@${await head(repo)}`] });
  });

  test("after a conflict: `git commit` runs the hook, `git rebase --continue` does not", async () => {
    repo = await hookedRepo();
    repo.write("config.txt", "value = 1\n");
    await repo.add();
    await repo.commit("config");
    await repo.git("checkout", "-q", "-b", "feature");
    repo.write("config.txt", "value = 2\n");
    await repo.add();
    await repo.commit("feature config");
    await repo.git("checkout", "-q", "main");
    repo.write("config.txt", "value = 3\n");
    await repo.add();
    await repo.commit("main config");
    await repo.git("checkout", "-q", "feature");
    expect((await git(repo.dir, ["rebase", "main"])).code).not.toBe(0);
    repo.write("config.txt", `value = 3\ntoken = "${fakeSecrets.githubPat()}"\n`);
    await repo.add("config.txt");
    // The user's own commit of the resolution is a commit like any other: the hook stops it.
    const own = await git(repo.dir, ["commit", "--no-edit"]);
    expect(own.code).toBe(1);
    expect(own.output).toContain("github-pat");
    // The sequencer commits the same resolution itself, without pre-commit.
    expect((await git(repo.dir, ["rebase", "--continue"], { GIT_EDITOR: "true" })).code).toBe(0);
    expect(await rangeFindings("main..HEAD")).toEqual({ code: 1, found: [`github-pat config.txt@${await head(repo)}`] });
  });

  test("rebase -i with `edit`: the amend is a real commit and the hook scans exactly what it adds", async () => {
    repo = await hookedRepo();
    repo.write("app.ts", "export const a = 1;\n");
    await repo.add();
    await repo.commit("app");
    repo.write("other.ts", "export const b = 2;\n");
    await repo.add();
    await repo.commit("other");
    const stopped = await git(repo.dir, ["rebase", "-i", "HEAD~2"], { GIT_SEQUENCE_EDITOR: "perl -i -pe 's/^pick/edit/ if $. == 1'" });
    expect(stopped.code).toBe(0);
    expect((await repo.git("log", "-1", "--format=%s")).trim()).toBe("app");
    repo.write("app.ts", `export const a = 1;\nexport const key = "${fakeSecrets.stripeLiveKey()}";\n`);
    await repo.add();
    const amend = await commit(repo.dir, "--amend", "--no-edit");
    expect(amend.code).toBe(1);
    expect(amend.output).toContain("stripe-live-secret-key");
    repo.write("app.ts", "export const a = 1;\nexport const key = process.env.KEY;\n");
    await repo.add();
    expect((await commit(repo.dir, "--amend", "--no-edit")).code).toBe(0);
    expect((await git(repo.dir, ["rebase", "--continue"], { GIT_EDITOR: "true" })).code).toBe(0);
    expect(await rangeFindings("HEAD~2..HEAD")).toEqual({ code: 0, found: [] });
  });

  test("cherry-pick runs no pre-commit and a merge without conflicts runs pre-merge-commit; scan range catches both when bypassed", async () => {
    repo = await hookedRepo();
    await repo.git("checkout", "-q", "-b", "feature");
    repo.write("picked.ts", `export const t = "${fakeSecrets.githubPat()}";\n`);
    await repo.add();
    await repo.commit("to pick");
    const picked = await head(repo);
    repo.write("merged.ts", `export const k = "${fakeSecrets.googleApiKey()}";\n`);
    await repo.add();
    await repo.commit("to merge");
    await repo.git("checkout", "-q", "main");
    await repo.git("checkout", "-q", "-b", "release");
    expect((await git(repo.dir, ["cherry-pick", picked])).code).toBe(0);
    const pickedCopy = await head(repo);
    // git runs pre-merge-commit here, not pre-commit: the shipped hook stops it; bypassed, the merge is recorded.
    const stopped = await git(repo.dir, ["merge", "--no-ff", "-m", "merge feature", "feature"]);
    expect(stopped.code).not.toBe(0);
    expect(stopped.output).toContain("google-api-key");
    await repo.git("merge", "--abort");
    expect((await git(repo.dir, ["merge", "--no-verify", "--no-ff", "-m", "merge feature", "feature"])).code).toBe(0);
    const { code, found } = await rangeFindings("main..release");
    expect(code).toBe(1);
    expect(found).toEqual(expect.arrayContaining([`github-pat picked.ts@${pickedCopy}`, `google-api-key merged.ts@${await head(repo, "feature")}`]));
  });
});

test("a commit on a detached HEAD is guarded", async () => {
  repo = await hookedRepo();
  await repo.git("checkout", "-q", "--detach");
  repo.write("deploy.sh", `#!/bin/sh\nexport AWS_ACCESS_KEY_ID=${fakeSecrets.awsAccessKeyId()}\n`);
  await repo.add();
  const blocked = await commit(repo.dir);
  expect(blocked.code).toBe(1);
  expect(blocked.output).toContain("aws-access-key-id");
  repo.write("deploy.sh", "#!/bin/sh\nexport AWS_PROFILE=deploy\n");
  await repo.add();
  expect((await commit(repo.dir)).code).toBe(0);
  expect((await git(repo.dir, ["symbolic-ref", "-q", "HEAD"])).code).not.toBe(0);
});

describe.each([
  ["full index", []],
  ["sparse index", ["--sparse-index"]],
])("sparse checkout in cone mode (%s)", (_name, flags) => {
  test("files outside the cone are not new; a commit inside it and a file added past it are scanned", async () => {
    repo = await hookedRepo();
    repo.write("infra/.env", "A=1\n").write("infra/notes.txt", `old ${fakeSecrets.githubPat()}\n`).write("app/index.ts", "export {};\n");
    await repo.add();
    await repo.commit("everything (made with --no-verify)");
    await repo.git("sparse-checkout", "set", "--cone", ...flags, "app");
    expect(existsSync(join(repo.dir, "infra", ".env"))).toBe(false);
    repo.write("app/index.ts", "export const ok = true;\n");
    await repo.add();
    expect((await commit(repo.dir)).code).toBe(0);
    repo.write("app/leak.ts", `export const k = "${fakeSecrets.stripeLiveKey()}";\n`);
    await repo.add();
    const inside = await commit(repo.dir);
    expect(inside.code).toBe(1);
    expect(inside.output).toContain("app/leak.ts");
    expect(inside.output).not.toContain("infra/");
    await repo.git("rm", "-q", "--cached", "app/leak.ts");
    // Outside the cone only on purpose (`git add --sparse`): it is committed, so it is scanned.
    repo.write("infra/prod.env", "B=2\n");
    await repo.git("add", "--sparse", "infra/prod.env");
    const outside = await commit(repo.dir);
    expect(outside.code).toBe(1);
    expect(outside.output).toContain("infra/prod.env");
  });
});

describe("a git dir apart from its work tree", () => {
  test("git --git-dir=… --work-tree=… commit from an unrelated folder", async () => {
    repo = await hookedRepo();
    const elsewhere = await TempRepo.create({ init: false });
    extra.push(elsewhere);
    const where = [`--git-dir=${join(repo.dir, ".git")}`, `--work-tree=${repo.dir}`];
    repo.write("app/.env", "A=1\n").write("app/main.ts", "export {};\n");
    expect((await git(elsewhere.dir, [...where, "add", "app"])).code).toBe(0);
    const blocked = await git(elsewhere.dir, [...where, "commit", "-m", "app"]);
    expect(blocked.code).toBe(1);
    expect(blocked.output).toContain("app/.env");
    await git(elsewhere.dir, [...where, "rm", "-q", "--cached", "app/.env"]);
    expect((await git(elsewhere.dir, [...where, "commit", "-m", "app"])).code).toBe(0);
    expect(await repo.git("ls-files")).toBe("README.md\napp/main.ts\n");
  });

  test("a bare repository with GIT_WORK_TREE (the dotfiles set-up), first commit included", async () => {
    const store = await TempRepo.create({ init: false });
    extra.push(store);
    repo = await TempRepo.create({ init: false }); // the "home" folder: the work tree
    const gitDir = join(store.dir, "dotfiles.git");
    await execa("git", ["init", "-q", "--bare", "-b", "main", gitDir], { env: gitEnv(), extendEnv: false });
    const env = { GIT_DIR: gitDir, GIT_WORK_TREE: repo.dir };
    await git(repo.dir, ["config", "core.hooksPath", HOOKS], env);
    repo.write(".bashrc", "export EDITOR=vi\n").write(".ssh/id_ed25519", "not a key\n").write(".aws/credentials", "[default]\n");
    expect((await git(repo.dir, ["add", ".bashrc", ".ssh/id_ed25519", ".aws/credentials"], env)).code).toBe(0);
    const blocked = await git(join(repo.dir, ".ssh"), ["commit", "-m", "dotfiles"], env);
    expect(blocked.code).toBe(1);
    expect(blocked.output).toContain("ssh-private-key-file");
    expect(blocked.output).toContain("aws-credentials-file");
    await git(repo.dir, ["rm", "-q", "--cached", ".ssh/id_ed25519", ".aws/credentials"], env);
    expect((await git(repo.dir, ["commit", "-m", "dotfiles"], env)).code).toBe(0);
  });
});

test("spaces and unicode in the repository path (the hook's cwd) and in the hook's own path", async () => {
  const base = await TempRepo.create({ init: false, prefix: "stageguard test ü 🙂 " });
  extra.push(base);
  // A copy of the package under a spaced, unicode folder, as node_modules/<pkg> would be.
  const pkg = join(base.dir, "pkg dir ä");
  mkdirSync(pkg);
  for (const part of ["dist", "hooks", "patterns", "package.json"]) cpSync(join(PROJECT_ROOT, part), join(pkg, part), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, "node_modules"), join(pkg, "node_modules"));
  const dir = join(base.dir, "my repo ñ");
  mkdirSync(join(dir, "sub dir é"), { recursive: true });
  await git(dir, ["init", "-q", "-b", "main"]);
  await git(dir, ["config", "core.hooksPath", join(pkg, "hooks")]);
  const cwd = join(dir, "sub dir é");
  await execa("sh", ["-c", 'printf "A=1\\n" > .env && printf "ok\\n" > "nötes ü.txt"'], { cwd });
  await git(cwd, ["add", "."]);
  const blocked = await commit(cwd);
  expect(blocked.code).toBe(1);
  expect(blocked.output).toContain("sub dir é/.env");
  await git(cwd, ["rm", "-q", "--cached", ".env"]);
  expect((await commit(cwd)).code).toBe(0);
  expect((await git(dir, ["ls-files", "-z"])).output.split("\0")[0]).toBe("sub dir é/nötes ü.txt");
});

describe("merge commits with conflicts, resolved and committed through the hook", () => {
  async function conflictedMerge(featureFile: string): Promise<void> {
    repo = await hookedRepo();
    repo.write("shared.txt", "base\n");
    await repo.add();
    await repo.commit("shared");
    await repo.git("checkout", "-q", "-b", "feature");
    repo.write("feature.ts", featureFile).write("shared.txt", "feature\n");
    await repo.add();
    await repo.commit("feature (made with --no-verify)");
    await repo.git("checkout", "-q", "main");
    repo.write("shared.txt", "main\n");
    await repo.add();
    await repo.commit("main");
    expect((await git(repo.dir, ["merge", "feature"])).code).not.toBe(0);
  }

  test("the merge commit is blocked by a secret it brings in from the other branch", async () => {
    await conflictedMerge(`export const t = "${fakeSecrets.githubPat()}";\n`);
    repo.write("shared.txt", "resolved\n");
    await repo.add("shared.txt");
    const result = await commit(repo.dir, "--no-edit");
    expect(result.code).toBe(1);
    expect(result.output).toContain("feature.ts");
    expect(result.output).not.toContain("shared.txt");
  });

  test("a secret typed into the resolution is blocked; a clean resolution records the merge", async () => {
    await conflictedMerge("export const t = 1;\n");
    repo.write("shared.txt", `resolved\ntoken ${fakeSecrets.slackBotToken()}\n`);
    await repo.add("shared.txt");
    const blocked = await commit(repo.dir, "--no-edit");
    expect(blocked.code).toBe(1);
    expect(blocked.output).toContain("slack");
    repo.write("shared.txt", "resolved\n");
    await repo.add("shared.txt");
    expect((await commit(repo.dir, "--no-edit")).code).toBe(0);
    expect((await repo.git("log", "-1", "--format=%p")).trim().split(" ")).toHaveLength(2);
  });
});

describe("git commit --only / --include", () => {
  async function stagedSecretAndEditedOther(): Promise<void> {
    repo = await hookedRepo();
    repo.write("a.txt", "a\n").write("b.txt", "b\n");
    await repo.add();
    await repo.commit("files");
    repo.write("a.txt", `a\ntoken ${fakeSecrets.githubPat()}\n`);
    await repo.add("a.txt");
    repo.write("b.txt", "b2\n");
  }

  test("--only <path> commits and scans that path alone; the staged secret elsewhere stays out", async () => {
    await stagedSecretAndEditedOther();
    expect((await commit(repo.dir, "--only", "b.txt")).code).toBe(0);
    expect(await repo.git("show", "HEAD:b.txt")).toBe("b2\n");
    expect(await repo.git("diff", "--cached", "--name-only")).toBe("a.txt\n");
  });

  test("--include <path> commits the index plus the path, so the staged secret blocks", async () => {
    await stagedSecretAndEditedOther();
    const result = await commit(repo.dir, "--include", "b.txt");
    expect(result.code).toBe(1);
    expect(result.output).toContain("a.txt");
    expect(result.output).toContain("github-pat");
  });
});

test("git stash: a stashed secret does not block an unrelated commit, and blocks once restored", async () => {
  repo = await hookedRepo();
  repo.write("a.txt", `token ${fakeSecrets.githubPat()}\n`);
  await repo.add("a.txt");
  await repo.git("stash", "push", "-q");
  repo.write("c.txt", "clean\n");
  await repo.add("c.txt");
  expect((await commit(repo.dir)).code).toBe(0);
  await repo.git("stash", "pop", "-q", "--index");
  const restored = await commit(repo.dir);
  expect(restored.code).toBe(1);
  expect(restored.output).toContain("a.txt");
});
