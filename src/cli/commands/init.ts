// `stageguard init` wires the hooks (through husky by default, or core.hooksPath) and
// `stageguard uninstall` takes out what init put in. Both print every change; `--dry-run` only
// prints. Nothing is overwritten silently: a core.hooksPath or a plain git hook that husky would
// shadow stops init with an explanation.

import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { UsageError } from "../../errors.js";
import { findRepository } from "../../git/repo.js";
import { runGit } from "../../git/run-git.js";
import { addHookLine, hookLine, type HookName, huskyPrepare, installCommand, packageManagerFor, removeHookLines, setJsonKey, withLintStagedTask, withoutPrepare, withPrepare } from "../../init/edits.js";
import type { CliIo } from "../io.js";

export interface InitOptions {
  prePush: boolean;
  lintStaged: boolean;
  hooksPath: boolean;
  install: boolean;
  dryRun: boolean;
}

interface Plan {
  writes: Array<{ path: string; text: string; executable?: boolean }>;
  removes: string[];
  /** `first` runs before any file is written (installing packages), the others after. */
  commands: Array<{ argv: string[]; cwd: string; why: string; first?: boolean }>;
  gitConfig: Array<{ args: string[]; why: string }>;
  notes: string[];
}

export async function initCommand(options: InitOptions, io: CliIo): Promise<number> {
  const repo = await findRepository(io.cwd);
  const plan: Plan = { writes: [], removes: [], commands: [], gitConfig: [], notes: [] };
  const configured = await hooksPathSetting(repo.root);

  if (options.hooksPath) {
    const project = findPackageDir(io.cwd, repo.root);
    const target = posix(relative(repo.root, join(project ?? repo.root, "node_modules", "stageguard", "hooks")));
    if (configured?.value !== target) plan.gitConfig.push({ args: ["config", "core.hooksPath", target], why: `core.hooksPath → ${target} (${HOOKS.join(", ")})` });
    return finish(plan, repo.root, options, io);
  }

  const project = findPackageDir(io.cwd, repo.root);
  if (!project) {
    throw new UsageError("no package.json between here and the repository root, so husky has nothing to hook into", {
      hint: "Run it in your Node project, or use `stageguard init --hooks-path` to point git at stageguard's hooks directly.",
    });
  }
  const prefix = posix(relative(repo.root, project));
  const huskyDir = join(project, ".husky");
  // A hooks path that is not husky's would keep husky's hooks from ever running.
  if (configured && !/(?:^|\/)\.husky\/_\/?$/.test(configured.value)) {
    throw new UsageError(`core.hooksPath is set to ${configured.value} (${configured.origin}): git runs the hooks there, so husky's would never run`, {
      hint: `Move those hooks into .husky/ and unset it (git config --unset core.hooksPath${configured.origin.includes(".gitconfig") ? " --global" : ""}), or keep it and add \`${hookLine("pre-commit", prefix)}\` to ${configured.value}/pre-commit and \`${hookLine("pre-merge-commit", prefix)}\` to ${configured.value}/pre-merge-commit yourself.`,
    });
  }
  if (!configured) {
    const plainHook = await existingPlainHook(repo.root);
    if (plainHook) {
      throw new UsageError(`${plainHook} exists: once husky sets core.hooksPath, git stops running it`, {
        hint: `Move its commands into .husky/${plainHook.split("/").pop()} (stageguard init keeps the lines already there), delete it, and run init again.`,
      });
    }
  }

  const packagePath = join(project, "package.json");
  const packageText = readFileSync(packagePath, "utf8");
  const manifest = JSON.parse(packageText) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
  const hasHusky = Boolean(manifest.devDependencies?.husky ?? manifest.dependencies?.husky);
  if (!hasHusky) {
    const argv = installCommand(packageManagerFor(readdirSync(project)), "husky");
    if (options.install) plan.commands.push({ argv, cwd: project, why: "add husky", first: true });
    else plan.notes.push(`husky is not a dependency yet: run \`${argv.join(" ")}\``);
  }
  let prepared = withPrepare(packageText, huskyPrepare(prefix));
  const hookFile = join(huskyDir, "pre-commit");
  let preCommit: string;
  if (options.lintStaged) {
    // The task goes into lint-staged's config, and the hook runs lint-staged.
    const lintStaged = lintStagedEdit(project, prepared ?? packageText, plan);
    if (lintStaged.packageText !== undefined) prepared = lintStaged.packageText;
    const existing = readIfExists(hookFile);
    preCommit = existing !== undefined && /\blint-staged\b/.test(existing) ? existing : addLine(existing, prefix === "" ? "npx lint-staged" : `cd ${prefix} && npx lint-staged`);
    const hasLintStaged = Boolean(manifest.devDependencies?.["lint-staged"] ?? manifest.dependencies?.["lint-staged"]);
    if (!hasLintStaged) {
      const argv = installCommand(packageManagerFor(readdirSync(project)), "lint-staged");
      if (options.install) plan.commands.push({ argv, cwd: project, why: "add lint-staged", first: true });
      else plan.notes.push(`lint-staged is not a dependency yet: run \`${argv.join(" ")}\``);
    }
  } else {
    preCommit = addHookLine(readIfExists(hookFile), hookLine("pre-commit", prefix));
  }
  const writes: Plan["writes"] = [];
  if (preCommit !== readIfExists(hookFile)) writes.push({ path: hookFile, text: preCommit, executable: true });
  // A merge that completes without a conflict runs pre-merge-commit, never pre-commit. It runs
  // stageguard directly even with --lint-staged: lint-staged's stash-and-restore has no place
  // in the middle of a merge.
  for (const hook of options.prePush ? (["pre-merge-commit", "pre-push"] as const) : (["pre-merge-commit"] as const)) {
    const file = join(huskyDir, hook);
    const text = addHookLine(readIfExists(file), hookLine(hook, prefix));
    if (text !== readIfExists(file)) writes.push({ path: file, text, executable: true });
  }
  if (prepared !== undefined) plan.writes.push({ path: packagePath, text: prepared });
  // What init adds beyond hook lines is recorded, so uninstall can take exactly that out again.
  const recordPath = join(huskyDir, RECORD_FILE);
  const record = readRecord(recordPath);
  const next: InitRecord = {
    addedHusky: record.addedHusky || (!hasHusky && options.install),
    addedLintStaged: record.addedLintStaged || plan.commands.some((command) => command.why === "add lint-staged"),
    addedPrepare: record.addedPrepare || (withPrepare(packageText, huskyPrepare(prefix)) !== undefined && (JSON.parse(packageText) as { scripts?: Record<string, string> }).scripts?.prepare === undefined),
    createdHuskyDir: record.createdHuskyDir || !existsSync(huskyDir),
  };
  if (JSON.stringify(next) !== JSON.stringify(record) && Object.values(next).some(Boolean)) {
    plan.writes.push({ path: recordPath, text: `${JSON.stringify(next, null, 2)}\n` });
  }
  plan.writes.push(...writes);
  // husky sets core.hooksPath when its prepare script runs; do it now so the hook works at once.
  const huskyBin = join(project, "node_modules", "husky", "bin.js");
  if (!configured) {
    if (existsSync(huskyBin) || options.install) {
      plan.commands.push({ argv: [process.execPath, huskyBin, ...(prefix === "" ? [] : [`${prefix}/.husky`])], cwd: repo.root, why: "let husky set core.hooksPath" });
    } else plan.notes.push("then run your package manager's install (it runs the prepare script, which wires husky)");
  }
  return finish(plan, repo.root, options, io);
}

export async function uninstallCommand(dryRun: boolean, io: CliIo): Promise<number> {
  const repo = await findRepository(io.cwd);
  const plan: Plan = { writes: [], removes: [], commands: [], gitConfig: [], notes: [] };
  const project = findPackageDir(io.cwd, repo.root) ?? repo.root;
  const recordPath = join(project, ".husky", RECORD_FILE);
  const record = readRecord(recordPath);
  for (const hook of HOOKS) {
    const file = join(project, ".husky", hook);
    const text = readIfExists(file);
    if (text === undefined) continue;
    const rest = removeHookLines(text);
    if (rest === text) continue;
    if (rest.trim() === "") plan.removes.push(file);
    else plan.writes.push({ path: file, text: rest });
  }
  const configured = await hooksPathSetting(repo.root);
  if (configured && /node_modules\/stageguard\/hooks\/?$/.test(configured.value)) {
    plan.gitConfig.push({ args: ["config", "--unset", "core.hooksPath"], why: "core.hooksPath no longer points at stageguard" });
  }
  if (existsSync(recordPath)) {
    plan.removes.push(recordPath);
    const manager = packageManagerFor(readdirSync(project));
    const packagePath = join(project, "package.json");
    const unprepared = record.addedPrepare && existsSync(packagePath) ? withoutPrepare(readFileSync(packagePath, "utf8")) : undefined;
    if (unprepared !== undefined) plan.writes.push({ path: packagePath, text: unprepared });
    if (record.addedHusky) plan.commands.push({ argv: uninstallCommandFor(manager, "husky"), cwd: project, why: "remove husky (init added it)" });
    if (record.addedLintStaged) plan.commands.push({ argv: uninstallCommandFor(manager, "lint-staged"), cwd: project, why: "remove lint-staged (init added it)" });
    if (record.createdHuskyDir) {
      const hooksLeft = HOOKS.filter((hook) => existsSync(join(project, ".husky", hook)) && !plan.removes.includes(join(project, ".husky", hook)));
      const others = readdirSync(join(project, ".husky")).filter((name) => name !== "_" && name !== RECORD_FILE && !(HOOKS as readonly string[]).includes(name));
      if (hooksLeft.length === 0 && others.length === 0) {
        plan.removes.push(join(project, ".husky"));
        if (configured && /(?:^|\/)\.husky\/_\/?$/.test(configured.value)) plan.gitConfig.push({ args: ["config", "--unset", "core.hooksPath"], why: "husky's hooks folder is gone" });
      }
    }
  } else {
    plan.notes.push("husky and its prepare script stay: init did not add them, or other hooks use them");
  }
  return finish(plan, repo.root, { dryRun, install: false }, io, "uninstall");
}

async function finish(plan: Plan, root: string, options: { dryRun: boolean; install: boolean }, io: CliIo, verb = "init"): Promise<number> {
  const show = (path: string): string => posix(relative(root, path)) || ".";
  const changes = [
    ...plan.commands.map((command) => `run ${[command.argv[0] === process.execPath ? "node" : command.argv[0], ...command.argv.slice(1).map((arg) => (arg.startsWith(root) ? show(arg) : arg))].join(" ")} (${command.why})`),
    ...plan.writes.map((write) => `${existsSync(write.path) ? "update" : "create"} ${show(write.path)}`),
    ...plan.removes.map((path) => `remove ${show(path)}`),
    ...plan.gitConfig.map((config) => `git ${config.args.join(" ")} (${config.why})`),
  ];
  if (changes.length === 0) {
    io.stdout.write(`stageguard ${verb}: nothing to change${plan.notes.length > 0 ? "" : " (already set up)"}\n`);
    for (const note of plan.notes) io.stdout.write(`  note: ${note}\n`);
    return 0;
  }
  io.stdout.write(`stageguard ${verb}${options.dryRun ? " (dry run, nothing written)" : ""}:\n`);
  for (const change of changes) io.stdout.write(`  ${change}\n`);
  for (const note of plan.notes) io.stdout.write(`  note: ${note}\n`);
  if (options.dryRun) return 0;

  for (const command of plan.commands.filter((entry) => entry.first)) runOrFail(command);
  for (const write of plan.writes) {
    mkdirSync(dirname(write.path), { recursive: true });
    writeFileSync(write.path, write.text);
    if (write.executable) chmodSync(write.path, 0o755);
  }
  for (const path of plan.removes) rmSync(path, { force: true, recursive: true });
  for (const config of plan.gitConfig) await runGit(config.args, { cwd: root });
  for (const command of plan.commands.filter((entry) => !entry.first)) runOrFail(command);
  if (verb === "init") {
    io.stdout.write(
      "Try it: stage a fake key and commit (the commit must be refused):\n" +
        "  printf 'token = \"ghp_%s\"\\n' \"$(LC_ALL=C tr -dc A-Za-z0-9 </dev/urandom | head -c 36)\" > stageguard-test.txt\n" +
        "  git add stageguard-test.txt && git commit -m test; git rm -q --cached stageguard-test.txt; rm stageguard-test.txt\n",
    );
  }
  return 0;
}

/**
 * Every hook init may write a line into, and uninstall takes that line out of (a hook file left
 * empty is removed). Lines are found by their text, so a record written before a hook joined
 * this list needs nothing new: the hook's file is simply absent there.
 */
const HOOKS: readonly HookName[] = ["pre-commit", "pre-merge-commit", "pre-push"];

/** Kept in .husky/ (committed with it): what init added beyond hook lines. */
const RECORD_FILE = ".stageguard-init.json";

interface InitRecord {
  addedHusky: boolean;
  addedLintStaged: boolean;
  addedPrepare: boolean;
  createdHuskyDir: boolean;
}

function readRecord(path: string): InitRecord {
  const empty: InitRecord = { addedHusky: false, addedLintStaged: false, addedPrepare: false, createdHuskyDir: false };
  const text = readIfExists(path);
  if (text === undefined) return empty;
  try {
    return { ...empty, ...(JSON.parse(text) as Partial<InitRecord>) };
  } catch {
    return empty;
  }
}

function uninstallCommandFor(manager: ReturnType<typeof packageManagerFor>, pkg: string): string[] {
  return manager === "npm" ? ["npm", "uninstall", pkg] : [manager, "remove", pkg];
}

const LINT_STAGED_FILES = [".lintstagedrc", ".lintstagedrc.json"];
const LINT_STAGED_OTHER = [".lintstagedrc.js", ".lintstagedrc.cjs", ".lintstagedrc.mjs", ".lintstagedrc.yaml", ".lintstagedrc.yml", "lint-staged.config.js", "lint-staged.config.mjs", "lint-staged.config.cjs"];

/** Adds the stageguard task where the lint-staged config lives (package.json unless a JSON rc file exists). */
function lintStagedEdit(project: string, packageText: string, plan: Plan): { packageText?: string } {
  for (const name of LINT_STAGED_FILES) {
    const path = join(project, name);
    const text = readIfExists(path);
    if (text === undefined) continue;
    const updated = withLintStagedTask(JSON.parse(text) as Record<string, unknown>);
    if (updated) plan.writes.push({ path, text: `${JSON.stringify(updated, null, 2)}\n` });
    return {};
  }
  const other = LINT_STAGED_OTHER.find((name) => existsSync(join(project, name)));
  if (other) {
    plan.notes.push(`add \`"*": "stageguard scan staged"\` to ${other} yourself (stageguard edits JSON configs only)`);
    return {};
  }
  const current = (JSON.parse(packageText) as Record<string, unknown>)["lint-staged"];
  const updated = withLintStagedTask((current as Record<string, unknown> | undefined) ?? {});
  return updated ? { packageText: setJsonKey(packageText, "lint-staged", updated) } : {};
}

function addLine(existing: string | undefined, line: string): string {
  const text = existing ?? "";
  if (text === "") return `${line}\n`;
  return `${text}${text.endsWith("\n") ? "" : "\n"}${line}\n`;
}

function runOrFail(command: { argv: string[]; cwd: string; why: string }): void {
  // HUSKY=0 (set in CI to skip husky's install) must not undo an explicit `stageguard init`.
  const env = { ...process.env };
  delete env.HUSKY;
  const result = spawnSync(command.argv[0]!, command.argv.slice(1), { cwd: command.cwd, env, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) {
    throw new UsageError(`\`${command.argv.join(" ")}\` failed (${command.why})`, { hint: "Run it yourself, then run stageguard init again." });
  }
}

/** The nearest folder from `cwd` up to `root` that holds a package.json. */
function findPackageDir(cwd: string, root: string): string | undefined {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dir === root || relative(root, dir).startsWith("..") || dirname(dir) === dir) return undefined;
  }
}

async function hooksPathSetting(root: string): Promise<{ value: string; origin: string } | undefined> {
  const out = (await runGit(["config", "--show-origin", "--get", "core.hooksPath"], { cwd: root }).catch(() => Buffer.from(""))).toString("utf8").trim();
  if (out === "") return undefined;
  const tab = out.indexOf("\t");
  return { origin: out.slice(0, tab), value: out.slice(tab + 1) };
}

/** A hook of ours (pre-commit, pre-merge-commit, pre-push) in .git/hooks that is not git's sample. */
async function existingPlainHook(root: string): Promise<string | undefined> {
  const dir = (await runGit(["rev-parse", "--path-format=absolute", "--git-path", "hooks"], { cwd: root })).toString("utf8").trim();
  for (const hook of HOOKS) if (existsSync(join(dir, hook))) return posix(relative(root, join(dir, hook)));
  return undefined;
}

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

function posix(path: string): string {
  return path.split(sep).join("/");
}
