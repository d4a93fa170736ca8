// The settings and the rules they shape, as every scanning command needs them: the shipped packs
// plus the project's own rules, then the project's exceptions and extras, then its levels.
// Anything wrong in the project's rules is a ConfigError naming the settings file, so the team
// looks in the right place (a broken shipped pack stays a RuleError).

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ConfigError, RuleError } from "../errors.js";
import { compileGlobs, type PathMatcher } from "../glob.js";
import { compileRulePacks, ruleSetOf, type CompileOptions, type Rule, type RuleSet } from "../rules/compile.js";
import { readShippedPacks } from "../rules/load.js";
import { AT_LOAD, checkRuleBacktracking } from "../rules/backtrack-check.js";
import type { RulePackSpec, RuleSpec } from "../rules/spec.js";
import { applyLevels } from "./apply-levels.js";
import { loadConfig, type StageguardConfig } from "./load-config.js";

export interface ScanSetup {
  config: StageguardConfig;
  ruleSet: RuleSet;
}

/** Rule id of the forbidden-file rule built from `forbiddenFiles.add`. */
export const PROJECT_FORBIDDEN_FILE = "project-forbidden-file";

export function loadScanSetup(root: string, options: { config?: string }, cwd: string, compile: CompileOptions = {}): ScanSetup {
  const config = loadConfig(root, options.config === undefined ? undefined : { path: options.config, cwd });
  return { config, ruleSet: buildRuleSet(root, config, compile) };
}

export function buildRuleSet(root: string, config: StageguardConfig, compile: CompileOptions = {}): RuleSet {
  const source = config.source ?? "config";
  const shipped = readShippedPacks({ withExamples: compile.thorough === true });
  const shippedRules = compileRulePacks(shipped.packs, {
    ...compile,
    ...(shipped.fromBundle ? { examplesOptional: true, ...(shipped.groupCounts ? { groupCounts: shipped.groupCounts } : {}), ...(shipped.branchLayouts ? { branchLayouts: shipped.branchLayouts } : {}) } : {}),
  }).rules;
  const projectRules: Rule[] = [];
  const projectPacks = readProjectPacks(root, config);
  if (projectPacks.length > 0) {
    const problems: string[] = [];
    try {
      projectRules.push(...compileRulePacks(projectPacks, compile).rules);
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      problems.push(...error.problems);
    }
    const shippedIds = new Set(shippedRules.map((rule) => rule.id));
    for (const pack of projectPacks) {
      for (const rule of pack.rules ?? []) if (shippedIds.has(rule.id)) problems.push(`${pack.pack}/${rule.id}: duplicate rule id`);
    }
    // A regex that backtracks catastrophically would hang every commit on one long line. The
    // shipped rules are checked by the test suite; the project's are checked here, on small
    // inputs (a few ms per rule).
    if (problems.length === 0) problems.push(...backtrackingProblems(projectRules));
    if (problems.length > 0) throw new ConfigError(problems.map((problem) => `${source}: ${problem}`));
  }
  const extra = config.forbiddenFiles.add.length > 0 ? compileRulePacks([forbiddenFilesPack(config)], { examplesOptional: true }).rules : [];
  return applyLevels(withProjectExceptions([...shippedRules, ...projectRules, ...extra], config), config);
}

function backtrackingProblems(rules: readonly Rule[]): string[] {
  return rules.flatMap((rule) =>
    checkRuleBacktracking(rule, AT_LOAD)
      .filter((verdict) => verdict.overBudget)
      .map(
        (verdict) =>
          `${rule.pack}/${rule.id}: "${verdict.field}" backtracks catastrophically (${Number.isFinite(verdict.msPerMB) ? `${Math.round(verdict.msPerMB / 1000)} s per MB` : "did not finish"} on ${verdict.worstInput}): ` +
          `bound its repeats ({0,100} instead of * or +), drop nested quantifiers such as (a+)+, and keep alternatives and neighbours from matching the same characters`,
      ),
  );
}

/** `customRules` (one pack, category "secret" unless a rule says otherwise) and each `rulePacks` file. */
function readProjectPacks(root: string, config: StageguardConfig): RulePackSpec[] {
  const source = config.source ?? "config";
  const packs: RulePackSpec[] = [];
  if (config.customRules.length > 0) packs.push({ pack: "customRules", category: "secret", rules: config.customRules });
  const problems: string[] = [];
  config.rulePacks.forEach((path, index) => {
    const where = `${source}: rulePacks[${index}] (${path})`;
    const file = join(root, path);
    if (!existsSync(file)) return void problems.push(`${where}: no such file (paths are from the repository root)`);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      return void problems.push(`${where}: not valid JSON (${(error as Error).message})`);
    }
    const pack = data as Partial<RulePackSpec> | null;
    if (!pack || typeof pack !== "object" || typeof pack.pack !== "string" || typeof pack.category !== "string" || !Array.isArray(pack.rules)) {
      return void problems.push(`${where}: expected a rule pack { "pack", "category", "rules": [...] } as in patterns/`);
    }
    packs.push(pack as RulePackSpec);
  });
  if (problems.length > 0) throw new ConfigError(problems);
  return packs;
}

function forbiddenFilesPack(config: StageguardConfig): RulePackSpec {
  const rule: RuleSpec = {
    id: PROJECT_FORBIDDEN_FILE,
    title: "A file this project keeps out of git",
    target: "path",
    message: `This name is listed in forbiddenFiles.add of ${config.source ?? "the settings"}: the project keeps such files out of the repository.`,
    fix: "Unstage it (git rm --cached -- {shellPath}) and add it to .gitignore.",
    paths: config.forbiddenFiles.add,
    gitignore: config.forbiddenFiles.add,
    examples: { match: [], noMatch: [] },
  };
  return { pack: "forbiddenFiles", category: "forbidden-file", rules: [rule] };
}

/**
 * `forbiddenFiles.allow` exempts files from every forbidden-file rule; `generatedPaths` from the
 * rules that guess (the generic detector, insecure-code) while provider-specific secret rules
 * still read them: a real token in vendored code is still a leak. `allowRegexes`/`stopWords`
 * join every content rule's own allow list.
 */
function withProjectExceptions(rules: Rule[], config: StageguardConfig): RuleSet {
  const allowed = config.forbiddenFiles.allow.length > 0 ? compileGlobs(config.forbiddenFiles.allow) : undefined;
  const generated = config.generatedPaths.length > 0 ? compileGlobs(config.generatedPaths) : undefined;
  const allow = [
    ...config.allowRegexes.map((source) => (source.startsWith("(?-i)") ? new RegExp(source.slice(5)) : new RegExp(source, "i"))),
    ...config.stopWords.map((word) => new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i")),
  ];
  if (!allowed && !generated && allow.length === 0) return ruleSetOf(rules);
  // One wrapper per original matcher, so rules that shared a scope still share one (detect/ groups by it).
  const wrappers = new Map<PathMatcher, Map<PathMatcher, PathMatcher>>();
  const excluding = (rule: Rule, extra: PathMatcher): Rule => {
    const byExtra = wrappers.get(extra) ?? new Map<PathMatcher, PathMatcher>();
    wrappers.set(extra, byExtra);
    let wrapped = byExtra.get(rule.excludesPath);
    if (!wrapped) {
      const original = rule.excludesPath;
      wrapped = (path) => original(path) || extra(path);
      byExtra.set(original, wrapped);
    }
    return { ...rule, excludesPath: wrapped };
  };
  return ruleSetOf(
    rules.map((rule) => {
      let adjusted = rule;
      if (allowed && rule.category === "forbidden-file") adjusted = excluding(adjusted, allowed);
      if (generated && (rule.fallback || rule.category === "insecure-code")) adjusted = excluding(adjusted, generated);
      if (allow.length > 0 && rule.target === "content") adjusted = { ...adjusted, allow: [...adjusted.allow, ...allow] };
      return adjusted;
    }),
  );
}
