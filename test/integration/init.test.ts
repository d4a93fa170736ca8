// `stageguard init` / `uninstall` in real repositories with the real husky: the wiring works on
// a real commit, a second run changes nothing, the user's hook lines stay, shadowing settings
// stop init with an explanation, and uninstall takes out what init put in.

import { afterEach, expect, test } from "@jest/globals";
import { execa } from "execa";
import { chmodSync, existsSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../helpers/cli.js";
import { gitEnv } from "../helpers/git-env.js";
import { PROJECT_ROOT, TempRepo } from "../helpers/temp-repo.js";

let repo: TempRepo;
afterEach(() => repo?.cleanup());

/** A Node project with husky installed (linked from this repository's node_modules, offline). */
async function project(options: { husky?: boolean; lock?: string; prefix?: string } = {}): Promise<string> {
  repo = await TempRepo.create();
  const dir = options.prefix ? join(repo.dir, options.prefix) : repo.dir;
  const at = (path: string) => (options.prefix ? `${options.prefix}/${path}` : path);
  repo.write(at("package.json"), `${JSON.stringify({ name: "demo", private: true, scripts: { test: "echo ok" }, devDependencies: options.husky === false ? {} : { husky: "9.1.7" } }, null, 2)}\n`);
  if (options.lock) repo.write(at(options.lock), "");
  repo.write(".gitignore", "node_modules\n");
  if (options.husky !== false) {
    repo.write(at("node_modules/.keep"), "");
    symlinkSync(join(PROJECT_ROOT, "node_modules", "husky"), join(dir, "node_modules", "husky"));
    symlinkSync(PROJECT_ROOT, join(dir, "node_modules", "stageguard"));
  }
  await repo.add();
  await repo.commit("start");
  return dir;
}

async function commit(dir: string) {
  const result = await execa("git", ["commit", "-m", "change"], { cwd: dir, env: gitEnv(), extendEnv: false, reject: false, stdin: "ignore" });
  return { code: result.exitCode, output: `${result.stdout}\n${result.stderr}` };
}

const read = (path: string) => readFileSync(join(repo.dir, path), "utf8");

/** A real `git merge --no-ff` (hooks on); never throws. */
async function merge(dir: string, ...args: string[]) {
  const result = await execa("git", ["merge", "--no-ff", "-m", "merge", ...args], { cwd: dir, env: gitEnv(), extendEnv: false, reject: false, stdin: "ignore" });
  return { code: result.exitCode, output: `${result.stdout}\n${result.stderr}` };
}

/** A branch `side` that adds `path`, committed with --no-verify; then back on main. */
async function sideBranch(path: string, text: string): Promise<void> {
  await repo.git("checkout", "-q", "-b", "side");
  repo.write(path, text);
  await repo.add(path);
  await repo.commit("side (made with --no-verify)");
  await repo.git("checkout", "-q", "main");
}

test("init wires husky: a staged .env is refused, and so is a clean merge bringing one; a second run changes nothing", async () => {
  const dir = await project();
  repo.write(".husky/pre-commit", "echo \"the team's own check\"\n");
  const first = await runCli(["init", "--pre-push"], dir);
  expect(first.code).toBe(0);
  expect(first.stdout).toContain("update .husky/pre-commit");
  expect(first.stdout).toContain("create .husky/pre-push");
  expect(first.stdout).toContain("create .husky/pre-merge-commit");
  expect(first.stdout).toContain("update package.json");
  expect(read(".husky/pre-commit")).toBe("echo \"the team's own check\"\nsh node_modules/stageguard/hooks/pre-commit\n");
  expect(read(".husky/pre-push")).toBe('sh node_modules/stageguard/hooks/pre-push "$@"\n');
  expect(read(".husky/pre-merge-commit")).toBe("sh node_modules/stageguard/hooks/pre-merge-commit\n");
  expect(JSON.parse(read("package.json")).scripts).toEqual({ test: "echo ok", prepare: "husky" });
  expect((await repo.git("config", "core.hooksPath")).trim()).toBe(".husky/_");

  repo.write(".env", "API_KEY=1\n");
  await repo.add(".env");
  const blocked = await commit(dir);
  expect(blocked.code).not.toBe(0);
  expect(blocked.output).toContain("the team's own check");
  expect(blocked.output).toContain("env-file");
  await repo.git("rm", "-q", "--cached", ".env");
  repo.remove(".env");

  // A merge without a conflict runs pre-merge-commit (through husky's .husky/_ wrapper).
  await repo.add();
  await repo.commit("wired");
  await sideBranch("deploy/.env", "B=2\n");
  const merged = await merge(dir, "side");
  expect(merged.code).not.toBe(0);
  expect(merged.output).toContain("env-file");
  expect(merged.output).toMatch(/husky - pre-merge-commit script failed/);
  await repo.git("merge", "--abort");

  const again = await runCli(["init", "--pre-push"], dir);
  expect(again.stdout).toBe("stageguard init: nothing to change (already set up)\n");
});

test("--dry-run prints the plan and writes nothing; without husky, --no-install names the command for the lock file", async () => {
  const dir = await project({ husky: false, lock: "pnpm-lock.yaml" });
  const dry = await runCli(["init", "--dry-run"], dir);
  expect(dry.code).toBe(0);
  expect(dry.stdout).toContain("(dry run, nothing written)");
  expect(dry.stdout).toContain("run pnpm add --save-dev husky (add husky)");
  expect(existsSync(join(repo.dir, ".husky"))).toBe(false);
  const noInstall = await runCli(["init", "--no-install"], dir);
  expect(noInstall.stdout).toContain("note: husky is not a dependency yet: run `pnpm add --save-dev husky`");
  expect(read(".husky/pre-commit")).toBe("sh node_modules/stageguard/hooks/pre-commit\n");
});

test("a core.hooksPath that would shadow husky, or a plain git hook, stops init with an explanation", async () => {
  const dir = await project();
  await repo.git("config", "core.hooksPath", "tools/hooks");
  const shadowed = await runCli(["init"], dir);
  expect(shadowed.code).toBe(2);
  expect(shadowed.stderr).toContain("core.hooksPath is set to tools/hooks");
  expect(existsSync(join(repo.dir, ".husky"))).toBe(false);
  await repo.git("config", "--unset", "core.hooksPath");
  repo.write(".git/hooks/pre-commit", "#!/bin/sh\n./check.sh\n");
  const plain = await runCli(["init"], dir);
  expect(plain.code).toBe(2);
  expect(plain.stderr).toContain(".git/hooks/pre-commit exists");
  repo.remove(".git/hooks/pre-commit");
  repo.write(".git/hooks/pre-merge-commit", "#!/bin/sh\n./check.sh\n");
  const plainMerge = await runCli(["init"], dir);
  expect(plainMerge.code).toBe(2);
  expect(plainMerge.stderr).toContain(".git/hooks/pre-merge-commit exists");
  expect(plainMerge.stderr).toContain("Move its commands into .husky/pre-merge-commit");
});

test("a package below the git root gets husky's sub-folder layout", async () => {
  const dir = await project({ prefix: "web" });
  const result = await runCli(["init"], dir);
  expect(result.code).toBe(0);
  expect(read("web/.husky/pre-commit")).toBe("sh web/node_modules/stageguard/hooks/pre-commit\n");
  expect(read("web/.husky/pre-merge-commit")).toBe("sh web/node_modules/stageguard/hooks/pre-merge-commit\n");
  expect(JSON.parse(read("web/package.json")).scripts.prepare).toBe("cd .. && husky web/.husky");
  expect((await repo.git("config", "core.hooksPath")).trim()).toBe("web/.husky/_");
  repo.write("id_rsa", "key\n");
  await repo.add("id_rsa");
  expect((await commit(repo.dir)).code).not.toBe(0);
});

test("--hooks-path wires git to the shipped hooks; uninstall takes out what init added", async () => {
  const dir = await project();
  const wired = await runCli(["init", "--hooks-path"], dir);
  expect(wired.code).toBe(0);
  expect(wired.stdout).toContain("(pre-commit, pre-merge-commit, pre-push)");
  expect((await repo.git("config", "core.hooksPath")).trim()).toBe("node_modules/stageguard/hooks");
  expect(existsSync(join(dir, "node_modules/stageguard/hooks/pre-merge-commit"))).toBe(true);
  repo.write(".env", "A=1\n");
  await repo.add(".env");
  expect((await commit(dir)).code).not.toBe(0);
  const removed = await runCli(["uninstall"], dir);
  expect(removed.stdout).toContain("git config --unset core.hooksPath");
  expect((await commit(dir)).code).toBe(0);
});

test("uninstall keeps the user's own hook lines", async () => {
  const dir = await project();
  repo.write(".husky/pre-commit", "npx lint-staged\n");
  repo.write(".husky/pre-merge-commit", "echo merging\n");
  await runCli(["init", "--pre-push"], dir);
  expect(read(".husky/pre-merge-commit")).toBe("echo merging\nsh node_modules/stageguard/hooks/pre-merge-commit\n");
  const removed = await runCli(["uninstall"], dir);
  expect(removed.code).toBe(0);
  expect(read(".husky/pre-commit")).toBe("npx lint-staged\n");
  expect(read(".husky/pre-merge-commit")).toBe("echo merging\n");
  expect(existsSync(join(repo.dir, ".husky/pre-push"))).toBe(false);
  expect((await runCli(["uninstall"], dir)).stdout).toContain("nothing to change");
});

test("an install from before pre-merge-commit: init adds just that hook, and uninstall takes out everything either run added", async () => {
  const dir = await project();
  expect((await runCli(["init"], dir)).code).toBe(0);
  const record = read(".husky/.stageguard-init.json");
  // What an older init left: the same record, no pre-merge-commit.
  repo.remove(".husky/pre-merge-commit");
  const oldRemoval = await runCli(["uninstall", "--dry-run"], dir);
  expect(oldRemoval.stdout).toContain("remove .husky/pre-commit");
  expect(oldRemoval.stdout).toContain("remove .husky\n");
  const upgrade = await runCli(["init"], dir);
  expect(upgrade.stdout).toContain("stageguard init:\n  create .husky/pre-merge-commit\nTry it:");
  expect(read(".husky/.stageguard-init.json")).toBe(record);

  const removed = await runCli(["uninstall"], dir);
  expect(removed.code).toBe(0);
  expect(removed.stdout).toContain("remove .husky/pre-merge-commit");
  expect(existsSync(join(repo.dir, ".husky"))).toBe(false);
  expect(JSON.parse(read("package.json")).scripts).toEqual({ test: "echo ok" });
  await expect(repo.git("config", "core.hooksPath")).rejects.toThrow();
  await sideBranch(".env", "A=1\n");
  expect((await merge(dir, "side")).code).toBe(0);
});

test("--lint-staged puts the task in lint-staged's config and the hook runs lint-staged", async () => {
  const dir = await project();
  const pkg = JSON.parse(read("package.json"));
  pkg.devDependencies["lint-staged"] = "16.4.0";
  pkg["lint-staged"] = { "*.js": "echo js" };
  repo.write("package.json", `${JSON.stringify(pkg, null, 2)}\n`);
  // What `npm install` would have linked: lint-staged and the stageguard bin.
  symlinkSync(join(PROJECT_ROOT, "node_modules", "lint-staged"), join(dir, "node_modules", "lint-staged"));
  repo.write("node_modules/.bin/lint-staged", `#!/bin/sh\nexec node ${join(PROJECT_ROOT, "node_modules", "lint-staged", "bin", "lint-staged.js")} "$@"\n`);
  repo.write("node_modules/.bin/stageguard", `#!/bin/sh\nexec node ${join(PROJECT_ROOT, "dist", "cli", "main.js")} "$@"\n`);
  chmodSync(join(dir, "node_modules/.bin/lint-staged"), 0o755);
  chmodSync(join(dir, "node_modules/.bin/stageguard"), 0o755);

  const result = await runCli(["init", "--lint-staged"], dir);
  expect(result.code).toBe(0);
  expect(JSON.parse(read("package.json"))["lint-staged"]).toEqual({ "*.js": "echo js", "*": "stageguard scan staged" });
  expect(read(".husky/pre-commit")).toBe("npx lint-staged\n");
  // lint-staged has no place in the middle of a merge: that hook runs stageguard itself.
  expect(read(".husky/pre-merge-commit")).toBe("sh node_modules/stageguard/hooks/pre-merge-commit\n");
  expect((await runCli(["init", "--lint-staged"], dir)).stdout).toContain("nothing to change");

  repo.write("id_rsa", "key\n");
  await repo.add("id_rsa");
  const blocked = await commit(dir);
  expect(blocked.code).not.toBe(0);
  expect(blocked.output).toContain("ssh-private-key-file");
});
