import {
  findRepository,
  runGit
} from "./chunk-WTFPX6FU.js";
import {
  UsageError
} from "./chunk-VFHTMC3F.js";

// dist/cli/commands/init.js
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";

// dist/init/edits.js
function hookLine(hook, prefix) {
  const path = `${prefix === "" ? "" : `${prefix}/`}node_modules/stageguard/hooks/${hook}`;
  return hook === "pre-push" ? `sh ${path} "$@"` : `sh ${path}`;
}
var HUSKY_INIT_DEFAULT = "npm test\n";
function addHookLine(existing, line) {
  const text = existing ?? "";
  if (text.split(/\r?\n/).some((current) => current.includes("stageguard/hooks/")))
    return text;
  if (text === "" || text === HUSKY_INIT_DEFAULT)
    return `${line}
`;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  return `${text}${text.endsWith("\n") ? "" : eol}${line}${eol}`;
}
function removeHookLines(existing) {
  const eol = existing.includes("\r\n") ? "\r\n" : "\n";
  const lines = existing.split(/\r?\n/);
  const kept = lines.filter((line) => !line.includes("stageguard/hooks/"));
  return kept.length === lines.length ? existing : kept.join(eol);
}
function huskyPrepare(prefix) {
  if (prefix === "")
    return "husky";
  const up = prefix.split("/").map(() => "..").join("/");
  return `cd ${up} && husky ${prefix}/.husky`;
}
function withPrepare(packageJson, prepare) {
  const data = JSON.parse(packageJson);
  const current = data.scripts?.prepare;
  if (current !== void 0 && /\bhusky\b/.test(current))
    return void 0;
  const scripts = { ...data.scripts ?? {}, prepare: current === void 0 ? prepare : `${current} && ${prepare}` };
  return rewriteJson(packageJson, { ...data, scripts });
}
function rewriteJson(original, data) {
  const indent = /^[ \t]+(?=")/m.exec(original)?.[0] ?? "  ";
  const eol = original.includes("\r\n") ? "\r\n" : "\n";
  return `${JSON.stringify(data, null, indent).replace(/\n/g, eol)}${eol}`;
}
function packageManagerFor(files) {
  if (files.includes("pnpm-lock.yaml"))
    return "pnpm";
  if (files.includes("yarn.lock"))
    return "yarn";
  if (files.includes("bun.lockb") || files.includes("bun.lock"))
    return "bun";
  return "npm";
}
function installCommand(manager, pkg) {
  switch (manager) {
    case "pnpm":
      return ["pnpm", "add", "--save-dev", pkg];
    case "yarn":
      return ["yarn", "add", "--dev", pkg];
    case "bun":
      return ["bun", "add", "--dev", pkg];
    default:
      return ["npm", "install", "--save-dev", pkg];
  }
}
var LINT_STAGED_TASK = "stageguard scan staged";
function withLintStagedTask(config) {
  const tasks = config["*"];
  const list = tasks === void 0 ? [] : Array.isArray(tasks) ? tasks : [tasks];
  if (list.some((task) => typeof task === "string" && task.includes("stageguard")))
    return void 0;
  return { ...config, "*": list.length === 0 ? LINT_STAGED_TASK : [...list, LINT_STAGED_TASK] };
}
function setJsonKey(text, key, value) {
  const data = JSON.parse(text);
  return rewriteJson(text, { ...data, [key]: value });
}
function withoutPrepare(text) {
  const data = JSON.parse(text);
  if (data.scripts?.prepare === void 0 || !/\bhusky\b/.test(data.scripts.prepare))
    return void 0;
  const { prepare: _prepare, ...scripts } = data.scripts;
  const { scripts: _scripts, ...rest } = data;
  return rewriteJson(text, Object.keys(scripts).length === 0 ? rest : { ...data, scripts });
}

// dist/cli/commands/init.js
async function initCommand(options, io) {
  const repo = await findRepository(io.cwd);
  const plan = { writes: [], removes: [], commands: [], gitConfig: [], notes: [] };
  const configured = await hooksPathSetting(repo.root);
  if (options.hooksPath) {
    const project2 = findPackageDir(io.cwd, repo.root);
    const target = posix(relative(repo.root, join(project2 ?? repo.root, "node_modules", "stageguard", "hooks")));
    if (configured?.value !== target)
      plan.gitConfig.push({ args: ["config", "core.hooksPath", target], why: `core.hooksPath \u2192 ${target} (both hooks)` });
    return finish(plan, repo.root, options, io);
  }
  const project = findPackageDir(io.cwd, repo.root);
  if (!project) {
    throw new UsageError("no package.json between here and the repository root, so husky has nothing to hook into", {
      hint: "Run it in your Node project, or use `stageguard init --hooks-path` to point git at stageguard's hooks directly."
    });
  }
  const prefix = posix(relative(repo.root, project));
  const huskyDir = join(project, ".husky");
  if (configured && !/(?:^|\/)\.husky\/_\/?$/.test(configured.value)) {
    throw new UsageError(`core.hooksPath is set to ${configured.value} (${configured.origin}): git runs the hooks there, so husky's would never run`, {
      hint: `Move those hooks into .husky/ and unset it (git config --unset core.hooksPath${configured.origin.includes(".gitconfig") ? " --global" : ""}), or keep it and add \`${hookLine("pre-commit", prefix)}\` to ${configured.value}/pre-commit yourself.`
    });
  }
  if (!configured) {
    const plainHook = await existingPlainHook(repo.root);
    if (plainHook) {
      throw new UsageError(`${plainHook} exists: once husky sets core.hooksPath, git stops running it`, {
        hint: "Move its commands into .husky/pre-commit (stageguard init keeps the lines already there), delete it, and run init again."
      });
    }
  }
  const packagePath = join(project, "package.json");
  const packageText = readFileSync(packagePath, "utf8");
  const manifest = JSON.parse(packageText);
  const hasHusky = Boolean(manifest.devDependencies?.husky ?? manifest.dependencies?.husky);
  if (!hasHusky) {
    const argv = installCommand(packageManagerFor(readdirSync(project)), "husky");
    if (options.install)
      plan.commands.push({ argv, cwd: project, why: "add husky", first: true });
    else
      plan.notes.push(`husky is not a dependency yet: run \`${argv.join(" ")}\``);
  }
  let prepared = withPrepare(packageText, huskyPrepare(prefix));
  const hookFile = join(huskyDir, "pre-commit");
  let preCommit;
  if (options.lintStaged) {
    const lintStaged = lintStagedEdit(project, prepared ?? packageText, plan);
    if (lintStaged.packageText !== void 0)
      prepared = lintStaged.packageText;
    const existing = readIfExists(hookFile);
    preCommit = existing !== void 0 && /\blint-staged\b/.test(existing) ? existing : addLine(existing, prefix === "" ? "npx lint-staged" : `cd ${prefix} && npx lint-staged`);
    const hasLintStaged = Boolean(manifest.devDependencies?.["lint-staged"] ?? manifest.dependencies?.["lint-staged"]);
    if (!hasLintStaged) {
      const argv = installCommand(packageManagerFor(readdirSync(project)), "lint-staged");
      if (options.install)
        plan.commands.push({ argv, cwd: project, why: "add lint-staged", first: true });
      else
        plan.notes.push(`lint-staged is not a dependency yet: run \`${argv.join(" ")}\``);
    }
  } else {
    preCommit = addHookLine(readIfExists(hookFile), hookLine("pre-commit", prefix));
  }
  const writes = [];
  if (preCommit !== readIfExists(hookFile))
    writes.push({ path: hookFile, text: preCommit, executable: true });
  if (options.prePush) {
    const pushFile = join(huskyDir, "pre-push");
    const prePush = addHookLine(readIfExists(pushFile), hookLine("pre-push", prefix));
    if (prePush !== readIfExists(pushFile))
      writes.push({ path: pushFile, text: prePush, executable: true });
  }
  if (prepared !== void 0)
    plan.writes.push({ path: packagePath, text: prepared });
  const recordPath = join(huskyDir, RECORD_FILE);
  const record = readRecord(recordPath);
  const next = {
    addedHusky: record.addedHusky || !hasHusky && options.install,
    addedLintStaged: record.addedLintStaged || plan.commands.some((command) => command.why === "add lint-staged"),
    addedPrepare: record.addedPrepare || withPrepare(packageText, huskyPrepare(prefix)) !== void 0 && JSON.parse(packageText).scripts?.prepare === void 0,
    createdHuskyDir: record.createdHuskyDir || !existsSync(huskyDir)
  };
  if (JSON.stringify(next) !== JSON.stringify(record) && Object.values(next).some(Boolean)) {
    plan.writes.push({ path: recordPath, text: `${JSON.stringify(next, null, 2)}
` });
  }
  plan.writes.push(...writes);
  const huskyBin = join(project, "node_modules", "husky", "bin.js");
  if (!configured) {
    if (existsSync(huskyBin) || options.install) {
      plan.commands.push({ argv: [process.execPath, huskyBin, ...prefix === "" ? [] : [`${prefix}/.husky`]], cwd: repo.root, why: "let husky set core.hooksPath" });
    } else
      plan.notes.push("then run your package manager's install (it runs the prepare script, which wires husky)");
  }
  return finish(plan, repo.root, options, io);
}
async function uninstallCommand(dryRun, io) {
  const repo = await findRepository(io.cwd);
  const plan = { writes: [], removes: [], commands: [], gitConfig: [], notes: [] };
  const project = findPackageDir(io.cwd, repo.root) ?? repo.root;
  const recordPath = join(project, ".husky", RECORD_FILE);
  const record = readRecord(recordPath);
  for (const hook of ["pre-commit", "pre-push"]) {
    const file = join(project, ".husky", hook);
    const text = readIfExists(file);
    if (text === void 0)
      continue;
    const rest = removeHookLines(text);
    if (rest === text)
      continue;
    if (rest.trim() === "")
      plan.removes.push(file);
    else
      plan.writes.push({ path: file, text: rest });
  }
  const configured = await hooksPathSetting(repo.root);
  if (configured && /node_modules\/stageguard\/hooks\/?$/.test(configured.value)) {
    plan.gitConfig.push({ args: ["config", "--unset", "core.hooksPath"], why: "core.hooksPath no longer points at stageguard" });
  }
  if (existsSync(recordPath)) {
    plan.removes.push(recordPath);
    const manager = packageManagerFor(readdirSync(project));
    const packagePath = join(project, "package.json");
    const unprepared = record.addedPrepare && existsSync(packagePath) ? withoutPrepare(readFileSync(packagePath, "utf8")) : void 0;
    if (unprepared !== void 0)
      plan.writes.push({ path: packagePath, text: unprepared });
    if (record.addedHusky)
      plan.commands.push({ argv: uninstallCommandFor(manager, "husky"), cwd: project, why: "remove husky (init added it)" });
    if (record.addedLintStaged)
      plan.commands.push({ argv: uninstallCommandFor(manager, "lint-staged"), cwd: project, why: "remove lint-staged (init added it)" });
    if (record.createdHuskyDir) {
      const hooksLeft = ["pre-commit", "pre-push"].filter((hook) => existsSync(join(project, ".husky", hook)) && !plan.removes.includes(join(project, ".husky", hook)));
      const others = readdirSync(join(project, ".husky")).filter((name) => name !== "_" && name !== RECORD_FILE && !["pre-commit", "pre-push"].includes(name));
      if (hooksLeft.length === 0 && others.length === 0) {
        plan.removes.push(join(project, ".husky"));
        if (configured && /(?:^|\/)\.husky\/_\/?$/.test(configured.value))
          plan.gitConfig.push({ args: ["config", "--unset", "core.hooksPath"], why: "husky's hooks folder is gone" });
      }
    }
  } else {
    plan.notes.push("husky and its prepare script stay: init did not add them, or other hooks use them");
  }
  return finish(plan, repo.root, { dryRun, install: false }, io, "uninstall");
}
async function finish(plan, root, options, io, verb = "init") {
  const show = (path) => posix(relative(root, path)) || ".";
  const changes = [
    ...plan.commands.map((command) => `run ${[command.argv[0] === process.execPath ? "node" : command.argv[0], ...command.argv.slice(1).map((arg) => arg.startsWith(root) ? show(arg) : arg)].join(" ")} (${command.why})`),
    ...plan.writes.map((write) => `${existsSync(write.path) ? "update" : "create"} ${show(write.path)}`),
    ...plan.removes.map((path) => `remove ${show(path)}`),
    ...plan.gitConfig.map((config) => `git ${config.args.join(" ")} (${config.why})`)
  ];
  if (changes.length === 0) {
    io.stdout.write(`stageguard ${verb}: nothing to change${plan.notes.length > 0 ? "" : " (already set up)"}
`);
    for (const note of plan.notes)
      io.stdout.write(`  note: ${note}
`);
    return 0;
  }
  io.stdout.write(`stageguard ${verb}${options.dryRun ? " (dry run, nothing written)" : ""}:
`);
  for (const change of changes)
    io.stdout.write(`  ${change}
`);
  for (const note of plan.notes)
    io.stdout.write(`  note: ${note}
`);
  if (options.dryRun)
    return 0;
  for (const command of plan.commands.filter((entry) => entry.first))
    runOrFail(command);
  for (const write of plan.writes) {
    mkdirSync(dirname(write.path), { recursive: true });
    writeFileSync(write.path, write.text);
    if (write.executable)
      chmodSync(write.path, 493);
  }
  for (const path of plan.removes)
    rmSync(path, { force: true, recursive: true });
  for (const config of plan.gitConfig)
    await runGit(config.args, { cwd: root });
  for (const command of plan.commands.filter((entry) => !entry.first))
    runOrFail(command);
  if (verb === "init") {
    io.stdout.write(`Try it: stage a fake key and commit (the commit must be refused):
  printf 'token = "ghp_%s"\\n' "$(LC_ALL=C tr -dc A-Za-z0-9 </dev/urandom | head -c 36)" > stageguard-test.txt
  git add stageguard-test.txt && git commit -m test; git rm -q --cached stageguard-test.txt; rm stageguard-test.txt
`);
  }
  return 0;
}
var RECORD_FILE = ".stageguard-init.json";
function readRecord(path) {
  const empty = { addedHusky: false, addedLintStaged: false, addedPrepare: false, createdHuskyDir: false };
  const text = readIfExists(path);
  if (text === void 0)
    return empty;
  try {
    return { ...empty, ...JSON.parse(text) };
  } catch {
    return empty;
  }
}
function uninstallCommandFor(manager, pkg) {
  return manager === "npm" ? ["npm", "uninstall", pkg] : [manager, "remove", pkg];
}
var LINT_STAGED_FILES = [".lintstagedrc", ".lintstagedrc.json"];
var LINT_STAGED_OTHER = [".lintstagedrc.js", ".lintstagedrc.cjs", ".lintstagedrc.mjs", ".lintstagedrc.yaml", ".lintstagedrc.yml", "lint-staged.config.js", "lint-staged.config.mjs", "lint-staged.config.cjs"];
function lintStagedEdit(project, packageText, plan) {
  for (const name of LINT_STAGED_FILES) {
    const path = join(project, name);
    const text = readIfExists(path);
    if (text === void 0)
      continue;
    const updated2 = withLintStagedTask(JSON.parse(text));
    if (updated2)
      plan.writes.push({ path, text: `${JSON.stringify(updated2, null, 2)}
` });
    return {};
  }
  const other = LINT_STAGED_OTHER.find((name) => existsSync(join(project, name)));
  if (other) {
    plan.notes.push(`add \`"*": "stageguard scan staged"\` to ${other} yourself (stageguard edits JSON configs only)`);
    return {};
  }
  const current = JSON.parse(packageText)["lint-staged"];
  const updated = withLintStagedTask(current ?? {});
  return updated ? { packageText: setJsonKey(packageText, "lint-staged", updated) } : {};
}
function addLine(existing, line) {
  const text = existing ?? "";
  if (text === "")
    return `${line}
`;
  return `${text}${text.endsWith("\n") ? "" : "\n"}${line}
`;
}
function runOrFail(command) {
  const env = { ...process.env };
  delete env.HUSKY;
  const result = spawnSync(command.argv[0], command.argv.slice(1), { cwd: command.cwd, env, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) {
    throw new UsageError(`\`${command.argv.join(" ")}\` failed (${command.why})`, { hint: "Run it yourself, then run stageguard init again." });
  }
}
function findPackageDir(cwd, root) {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")))
      return dir;
    if (dir === root || relative(root, dir).startsWith("..") || dirname(dir) === dir)
      return void 0;
  }
}
async function hooksPathSetting(root) {
  const out = (await runGit(["config", "--show-origin", "--get", "core.hooksPath"], { cwd: root }).catch(() => Buffer.from(""))).toString("utf8").trim();
  if (out === "")
    return void 0;
  const tab = out.indexOf("	");
  return { origin: out.slice(0, tab), value: out.slice(tab + 1) };
}
async function existingPlainHook(root) {
  const dir = (await runGit(["rev-parse", "--path-format=absolute", "--git-path", "hooks"], { cwd: root })).toString("utf8").trim();
  for (const hook of ["pre-commit", "pre-push"])
    if (existsSync(join(dir, hook)))
      return posix(relative(root, join(dir, hook)));
  return void 0;
}
function readIfExists(path) {
  return existsSync(path) ? readFileSync(path, "utf8") : void 0;
}
function posix(path) {
  return path.split(sep).join("/");
}
export {
  initCommand,
  uninstallCommand
};
