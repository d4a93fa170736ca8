import {
  ASSISTANT_IGNORE_FILES
} from "./chunk-XG5X4SBJ.js";
import {
  createStyle,
  readBlobHeads,
  shouldUseColor
} from "./chunk-YNGIY63H.js";
import {
  VERSION
} from "./chunk-AGT4MKMN.js";
import {
  detectFile,
  loadRuleSet
} from "./chunk-OWTXEH2N.js";
import "./chunk-RJDUTWBM.js";
import {
  findRepository
} from "./chunk-WTFPX6FU.js";
import {
  GitError
} from "./chunk-VFHTMC3F.js";

// dist/audit/run-audit.js
import { access, chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

// dist/git/repo-state.js
var ALLOWED_ENVIRONMENT = ["GIT_INDEX_FILE", "GIT_DIR", "GIT_WORK_TREE", "GIT_OBJECT_DIRECTORY", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_NOSYSTEM"];
async function open(baseDir) {
  const { simpleGit } = await import("simple-git");
  return simpleGit({ baseDir, allowEnvironment: ALLOWED_ENVIRONMENT });
}
async function raw(baseDir, args) {
  try {
    return await (await open(baseDir)).raw(args);
  } catch (error) {
    throw new GitError(`git ${args[0]} failed: ${error instanceof Error ? error.message.trim().split("\n")[0] : String(error)}`, { cause: error });
  }
}
async function ignoredPaths(root, paths) {
  if (paths.length === 0)
    return /* @__PURE__ */ new Set();
  const output = await raw(root, ["check-ignore", "--no-index", "--", ...paths]);
  return new Set(output.split("\n").filter((line) => line !== ""));
}
async function trackedAtHead(root) {
  const head = await raw(root, ["rev-parse", "-q", "--verify", "HEAD^{commit}"]).catch(() => "");
  if (head.trim() === "")
    return [];
  const output = await raw(root, ["-c", "core.quotepath=off", "ls-tree", "-r", "-z", "--full-tree", "HEAD"]);
  return output.split("\0").filter((record) => record !== "").map((record) => {
    const tab = record.indexOf("	");
    const [, type, blobId] = record.slice(0, tab).split(" ");
    return { type, blobId: blobId ?? "", path: record.slice(tab + 1) };
  }).filter((entry) => entry.type === "blob").map(({ path, blobId }) => ({ path, blobId }));
}
async function pathsInHistory(root) {
  const output = await raw(root, ["-c", "core.quotepath=off", "log", "--all", "--format=", "--name-only", "--diff-filter=ACR", "-z"]);
  return new Set(output.split(/[\0\n]/).filter((path) => path !== ""));
}
async function hooksLocation(root) {
  const configured = (await raw(root, ["config", "--show-origin", "--get", "core.hooksPath"]).catch(() => "")).trim();
  const dir = (await raw(root, ["rev-parse", "--path-format=absolute", "--git-path", "hooks"])).trim();
  if (configured === "")
    return { dir };
  const tab = configured.indexOf("	");
  return { dir, hooksPath: { origin: configured.slice(0, tab), value: configured.slice(tab + 1) } };
}
async function ignoredByFile(scratchDir, paths) {
  await raw(scratchDir, ["init", "-q"]);
  return ignoredPaths(scratchDir, paths);
}

// dist/audit/edit-files.js
var FIX_HEADER = "# Added by `stageguard audit --fix`: keep secrets and credential files out.";
function addIgnoreLines(existing, lines, header = FIX_HEADER) {
  const original = existing ?? "";
  const eol = original.includes("\r\n") ? "\r\n" : "\n";
  const present = new Set(original.split(/\r?\n/).map((line) => line.trim()));
  const added = [...new Set(lines)].filter((line) => !present.has(line));
  if (added.length === 0)
    return { text: original, added };
  let text = original;
  if (text !== "" && !text.endsWith("\n"))
    text += eol;
  if (header !== null && !present.has(header))
    text += `${text === "" ? "" : eol}${header}${eol}`;
  text += `${added.join(eol)}${eol}`;
  return { text, added };
}
function claudeDenyRules(ignoreLines) {
  const rules = [];
  for (const line of ignoreLines) {
    if (line.startsWith("!") || line.startsWith("#") || line.trim() === "")
      continue;
    const pattern = line.endsWith("/") ? `${line}**` : line;
    if (pattern.includes("/") && !pattern.startsWith("**/"))
      rules.push(`Read(./${pattern})`, `Read(./**/${pattern})`);
    else
      rules.push(`Read(./${pattern})`, `Read(./**/${pattern.replace(/^\*\*\//, "")})`);
  }
  return [...new Set(rules)];
}
function denyRulesAsIgnoreLines(settings) {
  const deny = settings?.permissions?.deny;
  if (!Array.isArray(deny))
    return [];
  return deny.filter((rule) => typeof rule === "string").map((rule) => /^Read\((.+)\)$/.exec(rule.trim())?.[1]).filter((path) => path !== void 0 && path.startsWith("./")).map((path) => `/${path.slice(2)}`);
}
function addClaudeDenyRules(existing, rules) {
  const original = existing ?? "";
  const settings = original.trim() === "" ? {} : JSON.parse(original);
  const permissions = typeof settings.permissions === "object" && settings.permissions !== null ? settings.permissions : {};
  const deny = Array.isArray(permissions.deny) ? permissions.deny : [];
  const added = rules.filter((rule) => !deny.includes(rule));
  if (added.length === 0)
    return { text: original, added };
  permissions.deny = [...deny, ...added];
  settings.permissions = permissions;
  const indent = /^[ \t]+(?=")/m.exec(original)?.[0] ?? "  ";
  const eol = original.includes("\r\n") ? "\r\n" : "\n";
  return { text: `${JSON.stringify(settings, null, indent).replace(/\n/g, eol)}${eol}`, added };
}

// dist/audit/run-audit.js
var HOOK_LINE = "sh node_modules/stageguard/hooks/pre-commit";
async function runAudit(options) {
  const changes = [];
  const rules = protectingRules(options.ruleSet);
  const protectedLines = [...new Set(rules.flatMap((rule) => rule.gitignore))];
  const samples = await samplePaths(rules, protectedLines);
  if (options.fix)
    await fixIgnoreFile(options.root, ".gitignore", protectedLines, changes, await uncoveredLines(options.root, rules, samples));
  const checks = [...await checkGitignore(options.root, rules, samples)];
  checks.push(...await checkTracked(options.root, options.ruleSet));
  if (options.history)
    checks.push(...await checkHistory(options.root, options.ruleSet));
  for (const entry of await assistantsInUse(options.root, options.assistants)) {
    if (options.fix)
      await fixAssistant(options.root, entry, protectedLines, changes);
    checks.push(await checkAssistant(options.root, entry, rules, samples));
  }
  if (options.fix)
    await fixHook(options.root, changes);
  checks.push(await checkHook(options.root));
  return { checks, changes };
}
function protectingRules(ruleSet) {
  return ruleSet.pathRules.filter((rule) => rule.severity === "block" && rule.gitignore.length > 0);
}
async function samplePaths(rules, lines) {
  const candidates = new Map(rules.map((rule) => [rule, rule.spec.examples.match.map((example) => example.split("\n")[0])]));
  const ignored = await withScratchIgnore(lines.join("\n"), [...candidates.values()].flat());
  return new Map([...candidates].map(([rule, paths]) => [rule, paths.filter((path) => ignored.has(path))]));
}
async function withScratchIgnore(ignoreText, paths) {
  const scratch = await mkdtemp(join(tmpdir(), "stageguard-audit-"));
  try {
    await writeFile(join(scratch, ".gitignore"), ignoreText);
    return await ignoredByFile(scratch, paths);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
async function uncoveredLines(root, rules, samples) {
  const ignored = await ignoredPaths(root, [...samples.values()].flat());
  return rules.filter((rule) => samples.get(rule).some((path) => !ignored.has(path))).flatMap((rule) => rule.gitignore);
}
async function checkGitignore(root, rules, samples) {
  const ignored = await ignoredPaths(root, [...samples.values()].flat());
  return rules.map((rule) => {
    const missing = samples.get(rule).filter((path) => !ignored.has(path));
    if (missing.length === 0)
      return { area: "gitignore", subject: rule.id, status: "ok", detail: `ignored: ${rule.gitignore.join(" ")}`, fix: "" };
    return {
      area: "gitignore",
      subject: rule.id,
      status: "missing",
      detail: `${rule.title}: not ignored (${missing.join(", ")})`,
      fix: `add to .gitignore: ${rule.gitignore.join("  ")}`
    };
  });
}
function asChange(path, content) {
  return { path, status: "added", mode: "regular", isBinary: false, size: 0, addedLines: [], contextLines: [], truncated: false, ...content === void 0 ? {} : { content } };
}
function pathFindings(ruleSet, change) {
  return detectFile(change, { ...ruleSet, contentRules: [] }).filter((finding) => finding.severity === "block");
}
async function checkTracked(root, ruleSet) {
  const tracked = await trackedAtHead(root);
  const contents = /* @__PURE__ */ new Map();
  const needed = tracked.filter((blob) => ruleSet.needsContent(blob.path));
  const byId = new Map(needed.map((blob) => [blob.blobId, blob.path]));
  for await (const head of readBlobHeads(root, [...byId.keys()], 1024 * 1024))
    contents.set(byId.get(head.blobId), head.data.toString("utf8"));
  const checks = [];
  for (const { path } of tracked) {
    for (const finding of pathFindings(ruleSet, asChange(path, contents.get(path)))) {
      checks.push({
        area: "tracked",
        subject: path,
        status: "missing",
        detail: `${finding.title} [${finding.ruleId}] is tracked at HEAD, so it is in history`,
        fix: `${finding.fix} Rotate what it held: removing it now leaves it in every earlier commit.`
      });
    }
  }
  if (checks.length === 0)
    checks.push({ area: "tracked", subject: "HEAD", status: "ok", detail: "no forbidden file is tracked", fix: "" });
  return checks;
}
async function checkHistory(root, ruleSet) {
  const current = new Set((await trackedAtHead(root)).map((blob) => blob.path));
  const nameOnly = { ...ruleSet, pathRules: ruleSet.pathRules.filter((rule) => rule.requireContent.length === 0) };
  const checks = [];
  for (const path of await pathsInHistory(root)) {
    if (current.has(path))
      continue;
    for (const finding of pathFindings(nameOnly, asChange(path))) {
      checks.push({
        area: "history",
        subject: path,
        status: "missing",
        detail: `${finding.title} [${finding.ruleId}] was committed in the past (no longer at HEAD)`,
        fix: "Rotate every credential it held; to purge it, rewrite history (git filter-repo --invert-paths --path <path>) and force-push, then ask collaborators to re-clone."
      });
    }
  }
  if (checks.length === 0)
    checks.push({ area: "history", subject: "all refs", status: "ok", detail: "no forbidden file name anywhere in history", fix: "" });
  return checks;
}
async function exists(path) {
  return access(path).then(() => true, () => false);
}
async function readText(path) {
  return readFile(path, "utf8").catch((error) => {
    if (error.code === "ENOENT")
      return void 0;
    throw error;
  });
}
async function assistantsInUse(root, requested) {
  const used = [];
  for (const entry of ASSISTANT_IGNORE_FILES) {
    const marked = await Promise.all(entry.markers.map((marker) => exists(join(root, marker))));
    if (requested.includes(entry.assistant) || marked.some(Boolean))
      used.push(entry);
  }
  return used;
}
async function checkAssistant(root, entry, rules, samples) {
  const subject = entry.file;
  const text = await readText(join(root, entry.file));
  const fixHint = `run \`stageguard audit --fix --assistants ${entry.assistant}\``;
  if (text === void 0)
    return { area: "assistant", subject, status: "missing", detail: `${entry.name}: ${entry.file} is missing`, fix: fixHint };
  let ignoreText = text;
  if (entry.format === "claude-settings") {
    try {
      ignoreText = denyRulesAsIgnoreLines(JSON.parse(text)).join("\n");
    } catch {
      return { area: "assistant", subject, status: "warn", detail: `${entry.name}: ${entry.file} is not valid JSON`, fix: "fix the JSON, then run the audit again" };
    }
  }
  const ignored = await withScratchIgnore(ignoreText, [...samples.values()].flat());
  const open2 = rules.filter((rule) => samples.get(rule).some((path) => !ignored.has(path)));
  if (open2.length === 0)
    return { area: "assistant", subject, status: "ok", detail: `${entry.name}: excludes every secret pattern`, fix: "" };
  return {
    area: "assistant",
    subject,
    status: "missing",
    detail: `${entry.name}: does not exclude ${open2.map((rule) => rule.gitignore[0]).join(", ")}`,
    fix: fixHint
  };
}
async function fixIgnoreFile(root, file, lines, changes, wanted = lines) {
  if (wanted.length === 0)
    return;
  const path = join(root, file);
  const edit = addIgnoreLines(await readText(path), wanted);
  if (edit.added.length === 0)
    return;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, edit.text);
  changes.push({ file, added: edit.added });
}
async function fixAssistant(root, entry, lines, changes) {
  if (entry.format === "gitignore")
    return fixIgnoreFile(root, entry.file, lines, changes);
  const path = join(root, entry.file);
  let edit;
  try {
    edit = addClaudeDenyRules(await readText(path), claudeDenyRules(lines));
  } catch {
    return;
  }
  if (edit.added.length === 0)
    return;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, edit.text);
  changes.push({ file: entry.file, added: edit.added });
}
async function hookChain(root) {
  const location = await hooksLocation(root);
  const hookFile = join(location.dir, "pre-commit");
  const text = await readText(hookFile);
  const where = location.hooksPath ? `core.hooksPath=${location.hooksPath.value} (${location.hooksPath.origin})` : "the default hooks folder";
  if (text === void 0)
    return { ok: false, detail: `no pre-commit hook in ${where}` };
  const mode = (await stat(hookFile)).mode;
  const executable = (mode & 73) !== 0;
  if (!executable)
    return { ok: false, detail: `${hookFile} is not executable, so git skips it`, executable };
  if (text.includes("stageguard"))
    return { ok: true, detail: `pre-commit in ${where} runs stageguard` };
  if (/\/h"|husky\.sh/.test(text)) {
    const huskyFile = join(dirname(location.dir), "pre-commit");
    const husky = await readText(huskyFile);
    if (husky?.includes("stageguard"))
      return { ok: true, detail: "husky runs stageguard from .husky/pre-commit" };
    return { ok: false, detail: "husky is wired but .husky/pre-commit does not run stageguard", huskyFile };
  }
  return { ok: false, detail: `the pre-commit hook in ${where} does not run stageguard` };
}
async function checkHook(root) {
  const chain = await hookChain(root);
  if (chain.ok)
    return { area: "hook", subject: "pre-commit", status: "ok", detail: chain.detail, fix: "" };
  const fix = chain.huskyFile ? `add the line \`${HOOK_LINE}\` to .husky/pre-commit (or run \`stageguard audit --fix\`)` : chain.executable === false ? "chmod +x the hook file" : `with husky: npx husky init, then add \`${HOOK_LINE}\` to .husky/pre-commit; without: git config core.hooksPath node_modules/stageguard/hooks`;
  return { area: "hook", subject: "pre-commit", status: "missing", detail: chain.detail, fix };
}
async function fixHook(root, changes) {
  const chain = await hookChain(root);
  if (chain.ok || !chain.huskyFile)
    return;
  const edit = addIgnoreLines(await readText(chain.huskyFile), [HOOK_LINE], null);
  await writeFile(chain.huskyFile, edit.text);
  await chmod(chain.huskyFile, 493).catch(() => void 0);
  changes.push({ file: ".husky/pre-commit", added: edit.added });
}

// dist/report/format-audit.js
function formatAuditJson(result, version) {
  return `${JSON.stringify({ tool: "stageguard", version, checks: result.checks, changes: result.changes, summary: auditSummary(result) }, null, 2)}
`;
}
function auditSummary(result) {
  const count = (status) => result.checks.filter((check) => check.status === status).length;
  return { ok: count("ok"), missing: count("missing"), warnings: count("warn") };
}
function formatAuditHuman(result, style) {
  const out = [];
  const width = Math.min(40, Math.max(...result.checks.map((check) => check.subject.length), 8));
  for (const check of result.checks) {
    const mark = check.status === "ok" ? style.green("\u2714") : check.status === "warn" ? style.yellow("!") : style.red("\u2716");
    out.push(`${mark} ${check.area.padEnd(9)} ${check.subject.padEnd(width)}  ${check.detail}`);
    if (check.fix)
      out.push(`  ${" ".repeat(9 + width + 2)}${style.green("fix:")} ${check.fix}`);
  }
  for (const change of result.changes)
    out.push(style.cyan(`wrote ${change.file}: +${change.added.length} line${change.added.length === 1 ? "" : "s"} (${change.added.join(", ")})`));
  const { ok, missing, warnings } = auditSummary(result);
  const line = `stageguard audit: ${ok} ok, ${missing} missing, ${warnings} warning${warnings === 1 ? "" : "s"}`;
  out.push("", missing > 0 ? style.red(style.bold(`\u2716 ${line}`)) : style.green(`\u2714 ${line}`));
  return `${out.join("\n")}
`;
}

// dist/cli/commands/audit.js
async function auditCommand(command, io) {
  const repo = await findRepository(io.cwd);
  const result = await runAudit({
    root: repo.root,
    ruleSet: loadRuleSet(),
    history: command.history,
    assistants: command.assistants,
    fix: command.fix
  });
  if (command.options.format === "json")
    io.stdout.write(formatAuditJson(result, VERSION));
  else
    io.stdout.write(formatAuditHuman(result, createStyle(shouldUseColor(io.stdout, io.env, command.options.color))));
  return auditSummary(result).missing > 0 ? 1 : 0;
}
export {
  auditCommand
};
