// `stageguard audit`: the repository's standing defences, checked with git itself.
// Gathers facts (ignore rules, tracked files, history, assistant ignore files, hook wiring),
// turns them into AuditChecks, and with `fix` writes what is missing.

import { access, chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { detectFile } from "../detect/detect-file.js";
import { readBlobHeads } from "../git/blobs.js";
import { hooksLocation, ignoredByFile, ignoredPaths, pathsInHistory, trackedAtHead } from "../git/repo-state.js";
import type { Rule, RuleSet } from "../rules/compile.js";
import { addedFile, decodeText } from "../text/content.js";
import type { FileChange } from "../types.js";
import { ASSISTANT_IGNORE_FILES, type AssistantIgnoreFile } from "./assistants.js";
import { addClaudeDenyRules, addIgnoreLines, claudeDenyRules, denyRulesAsIgnoreLines } from "./edit-files.js";

export type AuditArea = "gitignore" | "tracked" | "history" | "assistant" | "hook";

export interface AuditCheck {
  area: AuditArea;
  /** What was checked: a rule id, a path, an assistant file. */
  subject: string;
  status: "ok" | "missing" | "warn";
  detail: string;
  /** What to do; empty when ok. */
  fix: string;
}

export interface AuditChange {
  file: string;
  added: string[];
}

export interface AuditOptions {
  root: string;
  ruleSet: RuleSet;
  history: boolean;
  /** Assistants to check even when the repository shows no sign of them. */
  assistants: readonly string[];
  fix: boolean;
}

export interface AuditResult {
  checks: AuditCheck[];
  changes: AuditChange[];
}

/** The line a .husky/pre-commit (or any hook) needs to run stageguard. */
export const HOOK_LINE = "sh node_modules/stageguard/hooks/pre-commit";

export async function runAudit(options: AuditOptions): Promise<AuditResult> {
  const changes: AuditChange[] = [];
  const rules = protectingRules(options.ruleSet);
  const protectedLines = [...new Set(rules.flatMap((rule) => rule.gitignore))];
  const samples = await samplePaths(rules, protectedLines);

  if (options.fix) await fixIgnoreFile(options.root, ".gitignore", protectedLines, changes, await uncoveredLines(options.root, rules, samples));
  const checks: AuditCheck[] = [...(await checkGitignore(options.root, rules, samples))];
  checks.push(...(await checkTracked(options.root, options.ruleSet)));
  if (options.history) checks.push(...(await checkHistory(options.root, options.ruleSet)));
  for (const entry of await assistantsInUse(options.root, options.assistants)) {
    if (options.fix) await fixAssistant(options.root, entry, protectedLines, changes);
    checks.push(await checkAssistant(options.root, entry, rules, samples));
  }
  if (options.fix) await fixHook(options.root, changes);
  checks.push(await checkHook(options.root));
  return { checks, changes };
}

/** Blocking path rules that name .gitignore lines: the patterns every defence must cover. */
function protectingRules(ruleSet: RuleSet): Rule[] {
  return ruleSet.pathRules.filter((rule) => rule.severity === "block" && rule.gitignore.length > 0);
}

/**
 * Example paths of each rule that its own .gitignore lines cover, checked in a scratch
 * repository: the audit never asks for more than its fix provides.
 */
async function samplePaths(rules: readonly Rule[], lines: readonly string[]): Promise<Map<Rule, string[]>> {
  const candidates = new Map(rules.map((rule) => [rule, rule.spec.examples.match.map((example) => example.split("\n")[0]!)] as const));
  const ignored = await withScratchIgnore(lines.join("\n"), [...candidates.values()].flat());
  return new Map([...candidates].map(([rule, paths]) => [rule, paths.filter((path) => ignored.has(path))] as const));
}

async function withScratchIgnore(ignoreText: string, paths: readonly string[]): Promise<Set<string>> {
  const scratch = await mkdtemp(join(tmpdir(), "stageguard-audit-"));
  try {
    await writeFile(join(scratch, ".gitignore"), ignoreText);
    return await ignoredByFile(scratch, paths);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function uncoveredLines(root: string, rules: readonly Rule[], samples: Map<Rule, string[]>): Promise<string[]> {
  const ignored = await ignoredPaths(root, [...samples.values()].flat());
  return rules.filter((rule) => samples.get(rule)!.some((path) => !ignored.has(path))).flatMap((rule) => rule.gitignore);
}

async function checkGitignore(root: string, rules: readonly Rule[], samples: Map<Rule, string[]>): Promise<AuditCheck[]> {
  const ignored = await ignoredPaths(root, [...samples.values()].flat());
  return rules.map((rule) => {
    const missing = samples.get(rule)!.filter((path) => !ignored.has(path));
    if (missing.length === 0) return { area: "gitignore", subject: rule.id, status: "ok", detail: `ignored: ${rule.gitignore.join(" ")}`, fix: "" };
    return {
      area: "gitignore",
      subject: rule.id,
      status: "missing",
      detail: `${rule.title}: not ignored (${missing.join(", ")})`,
      fix: `add to .gitignore: ${rule.gitignore.join("  ")}`,
    };
  });
}

/** A file found in the repository, as the detectors see it. */
function asChange(path: string, content?: string): FileChange {
  return addedFile(path, [], content === undefined ? {} : { content });
}

function pathFindings(ruleSet: RuleSet, change: FileChange) {
  return detectFile(change, { ...ruleSet, contentRules: [] }).filter((finding) => finding.severity === "block");
}

async function checkTracked(root: string, ruleSet: RuleSet): Promise<AuditCheck[]> {
  const tracked = await trackedAtHead(root);
  const contents = new Map<string, string>();
  const needed = tracked.filter((blob) => ruleSet.needsContent(blob.path));
  const byId = new Map(needed.map((blob) => [blob.blobId, blob.path] as const));
  for await (const head of readBlobHeads(root, [...byId.keys()], 1024 * 1024)) contents.set(byId.get(head.blobId)!, decodeText(head.data));
  const checks: AuditCheck[] = [];
  for (const { path } of tracked) {
    for (const finding of pathFindings(ruleSet, asChange(path, contents.get(path)))) {
      checks.push({
        area: "tracked",
        subject: path,
        status: "missing",
        detail: `${finding.title} [${finding.ruleId}] is tracked at HEAD, so it is in history`,
        fix: `${finding.fix} Rotate what it held: removing it now leaves it in every earlier commit.`,
      });
    }
  }
  if (checks.length === 0) checks.push({ area: "tracked", subject: "HEAD", status: "ok", detail: "no forbidden file is tracked", fix: "" });
  return checks;
}

async function checkHistory(root: string, ruleSet: RuleSet): Promise<AuditCheck[]> {
  const current = new Set((await trackedAtHead(root)).map((blob) => blob.path));
  const nameOnly: RuleSet = { ...ruleSet, pathRules: ruleSet.pathRules.filter((rule) => rule.requireContent.length === 0) };
  const checks: AuditCheck[] = [];
  for (const path of await pathsInHistory(root)) {
    if (current.has(path)) continue;
    for (const finding of pathFindings(nameOnly, asChange(path))) {
      checks.push({
        area: "history",
        subject: path,
        status: "missing",
        detail: `${finding.title} [${finding.ruleId}] was committed in the past (no longer at HEAD)`,
        fix: "Rotate every credential it held; to purge it, rewrite history (git filter-repo --invert-paths --path <path>) and force-push, then ask collaborators to re-clone.",
      });
    }
  }
  if (checks.length === 0) checks.push({ area: "history", subject: "all refs", status: "ok", detail: "no forbidden file name anywhere in history", fix: "" });
  return checks;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function readText(path: string): Promise<string | undefined> {
  return readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
}

async function assistantsInUse(root: string, requested: readonly string[]): Promise<AssistantIgnoreFile[]> {
  const used: AssistantIgnoreFile[] = [];
  for (const entry of ASSISTANT_IGNORE_FILES) {
    const marked = await Promise.all(entry.markers.map((marker) => exists(join(root, marker))));
    if (requested.includes(entry.assistant) || marked.some(Boolean)) used.push(entry);
  }
  return used;
}

async function checkAssistant(root: string, entry: AssistantIgnoreFile, rules: readonly Rule[], samples: Map<Rule, string[]>): Promise<AuditCheck> {
  const subject = entry.file;
  const text = await readText(join(root, entry.file));
  const fixHint = `run \`stageguard audit --fix --assistants ${entry.assistant}\``;
  if (text === undefined) return { area: "assistant", subject, status: "missing", detail: `${entry.name}: ${entry.file} is missing`, fix: fixHint };
  let ignoreText = text;
  if (entry.format === "claude-settings") {
    try {
      ignoreText = denyRulesAsIgnoreLines(JSON.parse(text)).join("\n");
    } catch {
      return { area: "assistant", subject, status: "warn", detail: `${entry.name}: ${entry.file} is not valid JSON`, fix: "fix the JSON, then run the audit again" };
    }
  }
  const ignored = await withScratchIgnore(ignoreText, [...samples.values()].flat());
  const open = rules.filter((rule) => samples.get(rule)!.some((path) => !ignored.has(path)));
  if (open.length === 0) return { area: "assistant", subject, status: "ok", detail: `${entry.name}: excludes every secret pattern`, fix: "" };
  return {
    area: "assistant",
    subject,
    status: "missing",
    detail: `${entry.name}: does not exclude ${open.map((rule) => rule.gitignore[0]).join(", ")}`,
    fix: fixHint,
  };
}

async function fixIgnoreFile(root: string, file: string, lines: readonly string[], changes: AuditChange[], wanted: readonly string[] = lines): Promise<void> {
  if (wanted.length === 0) return;
  const path = join(root, file);
  const edit = addIgnoreLines(await readText(path), wanted);
  if (edit.added.length === 0) return;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, edit.text);
  changes.push({ file, added: edit.added });
}

async function fixAssistant(root: string, entry: AssistantIgnoreFile, lines: readonly string[], changes: AuditChange[]): Promise<void> {
  if (entry.format === "gitignore") return fixIgnoreFile(root, entry.file, lines, changes);
  const path = join(root, entry.file);
  let edit;
  try {
    edit = addClaudeDenyRules(await readText(path), claudeDenyRules(lines));
  } catch {
    return; // Not valid JSON: never overwrite the user's file; the check reports it.
  }
  if (edit.added.length === 0) return;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, edit.text);
  changes.push({ file: entry.file, added: edit.added });
}

/** How the pre-commit hook reaches stageguard, if it does. */
async function hookChain(root: string): Promise<{ ok: boolean; detail: string; huskyFile?: string; executable?: boolean }> {
  const location = await hooksLocation(root);
  const hookFile = join(location.dir, "pre-commit");
  const text = await readText(hookFile);
  const where = location.hooksPath ? `core.hooksPath=${location.hooksPath.value} (${location.hooksPath.origin})` : "the default hooks folder";
  if (text === undefined) return { ok: false, detail: `no pre-commit hook in ${where}` };
  const mode = (await stat(hookFile)).mode;
  const executable = (mode & 0o111) !== 0;
  if (!executable) return { ok: false, detail: `${hookFile} is not executable, so git skips it`, executable };
  if (text.includes("stageguard")) return { ok: true, detail: `pre-commit in ${where} runs stageguard` };
  // husky 9: .husky/_/pre-commit is a stub that runs .husky/pre-commit.
  if (/\/h"|husky\.sh/.test(text)) {
    const huskyFile = join(dirname(location.dir), "pre-commit");
    const husky = await readText(huskyFile);
    if (husky?.includes("stageguard")) return { ok: true, detail: "husky runs stageguard from .husky/pre-commit" };
    return { ok: false, detail: "husky is wired but .husky/pre-commit does not run stageguard", huskyFile };
  }
  return { ok: false, detail: `the pre-commit hook in ${where} does not run stageguard` };
}

async function checkHook(root: string): Promise<AuditCheck> {
  const chain = await hookChain(root);
  if (chain.ok) return { area: "hook", subject: "pre-commit", status: "ok", detail: chain.detail, fix: "" };
  const fix = chain.huskyFile
    ? `add the line \`${HOOK_LINE}\` to .husky/pre-commit (or run \`stageguard audit --fix\`)`
    : chain.executable === false
      ? "chmod +x the hook file"
      : `with husky: npx husky init, then add \`${HOOK_LINE}\` to .husky/pre-commit; without: git config core.hooksPath node_modules/stageguard/hooks`;
  return { area: "hook", subject: "pre-commit", status: "missing", detail: chain.detail, fix };
}

/** Only what is safe to do unasked: add the stageguard line to an existing husky pre-commit. */
async function fixHook(root: string, changes: AuditChange[]): Promise<void> {
  const chain = await hookChain(root);
  if (chain.ok || !chain.huskyFile) return;
  const edit = addIgnoreLines(await readText(chain.huskyFile), [HOOK_LINE], null);
  await writeFile(chain.huskyFile, edit.text);
  await chmod(chain.huskyFile, 0o755).catch(() => undefined);
  changes.push({ file: ".husky/pre-commit", added: edit.added });
}
