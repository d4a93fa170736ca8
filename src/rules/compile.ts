// Turns RuleSpecs (raw JSON) into Rules (RegExps and glob matchers built once). The only place
// that does so. Every problem in every pack is collected and thrown as one RuleError.

import { RuleError } from "../errors.js";
import { compileGlobs, type PathMatcher } from "../glob.js";
import type { Category, Severity } from "../types.js";
import { contextForPath } from "../shell/contexts.js";
import type { RulePackSpec, RuleSpec } from "./spec.js";
import { ruleRegex, type BranchLayout, type RuleRegex } from "./branched-regex.js";
import { countCapturingGroups } from "./regex-source.js";

export { countCapturingGroups };

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CATEGORIES: readonly Category[] = ["secret", "forbidden-file", "risky-command", "insecure-code", "config"];
const SEVERITIES: readonly Severity[] = ["block", "warn"];
const VERIFIERS: readonly string[] = ["jwt", "basic-auth", "not-sample-words"];
/** Every field a rule may have (patterns/schema.json): a misspelt one is an error, not a no-op. */
const RULE_FIELDS = new Set([
  "id", "title", "target", "category", "severity", "message", "fix", "paths", "excludePaths", "firstLine", "requireContent",
  "previousLine", "requireInFile", "gitignore", "pattern", "ignoreCase", "keywords", "secretGroup", "minEntropy",
  "minSecretLength", "minCharClasses", "maxLineLength", "verify", "allow", "fallback", "references", "examples", "continuesUntil",
]);

export interface Rule {
  id: string;
  title: string;
  target: "content" | "path" | "command";
  category: Category;
  severity: Severity;
  message: string;
  fix: string;
  /** The pack the rule came from. */
  pack: string;
  /** The globs of `paths` after the pack's defaults (empty: no path selects the rule). */
  paths: string[];
  /** True when `paths` selects the file (always false when the rule has no `paths`). */
  selectsPath: PathMatcher;
  /** True when `excludePaths` rules the file out. */
  excludesPath: PathMatcher;
  /** No `paths` and no `firstLine`: the rule concerns every file not excluded. */
  concernsEveryFile: boolean;
  firstLine: RegExp | undefined;
  /** Path rules: every regex must be found in the file's content. Empty: the name suffices. */
  requireContent: RegExp[];
  gitignore: string[];
  /** Content rules: the line above must match this. */
  previousLine: RegExp | undefined;
  /** Content rules: every regex must be found in the file's visible lines. */
  requireInFile: RegExp[];
  /** Content rules: where a secret that runs over several lines ends (see RuleSpec.continuesUntil). */
  continuesUntil: RegExp | undefined;
  /** Content rules: global, multiline, with indices for the secret group's column. */
  regex: RuleRegex | undefined;
  keywords: string[];
  /** Candidate groups for the secret, in order; the first that took part in the match wins. */
  secretGroups: number[];
  minEntropy: number | undefined;
  minSecretLength: number;
  minCharClasses: number;
  maxLineLength: number;
  verify: Array<"jwt" | "basic-auth" | "not-sample-words">;
  allow: RegExp[];
  fallback: boolean;
  spec: RuleSpec;
}

export interface RuleSet {
  rules: Rule[];
  contentRules: Rule[];
  pathRules: Rule[];
  /** Rules on the shell commands a file holds (target "command"). */
  commandRules: Rule[];
  /** True when a path rule must read this file's content to decide (requireContent). */
  needsContent(path: string): boolean;
}

/** Compiles every pack; throws RuleError listing every problem when any rule is malformed. */
export interface CompileOptions {
  /** Also run checks that execute each regex (empty matches). For tests and rule authoring. */
  thorough?: boolean;
  /** Rules built from settings (not authored), or read from the build's bundle, carry no examples. */
  examplesOptional?: boolean;
  /** Capturing groups per rule id, counted at build time (dist/rules.bundle.json). */
  groupCounts?: Readonly<Record<string, number>>;
  /** Per rule id, how a long pattern runs by branches (see rules/branched-regex.ts). */
  branchLayouts?: Readonly<Record<string, BranchLayout>>;
}

export function compileRulePacks(packs: readonly RulePackSpec[], options: CompileOptions = {}): RuleSet {
  const problems: string[] = [];
  const rules: Rule[] = [];
  const seen = new Set<string>();
  for (const pack of packs) {
    if (!CATEGORIES.includes(pack.category)) problems.push(`pack ${pack.pack}: unknown category "${pack.category}"`);
    for (const spec of pack.rules ?? []) {
      const where = `${pack.pack}/${spec.id ?? "?"}`;
      if (seen.has(spec.id)) problems.push(`${where}: duplicate rule id`);
      seen.add(spec.id);
      const rule = compileRule(pack, spec, options, (problem) => problems.push(`${where}: ${problem}`));
      if (rule) rules.push(rule);
    }
  }
  if (problems.length > 0) throw new RuleError(problems);
  return ruleSetOf(rules);
}

/** A RuleSet over `rules`: the per-target lists and the content lookahead, always in step. */
export function ruleSetOf(rules: Rule[]): RuleSet {
  const pathRules = rules.filter((rule) => rule.target === "path");
  const contentAware = pathRules.filter((rule) => rule.requireContent.length > 0);
  const commandRules = rules.filter((rule) => rule.target === "command");
  return {
    rules,
    contentRules: rules.filter((rule) => rule.target === "content"),
    pathRules,
    commandRules,
    // Command rules read a file's structure (the YAML key above a block, the open fence, the
    // "scripts" object), so files where shell lives are read whole.
    needsContent: (path) =>
      contentAware.some((rule) => !rule.excludesPath(path) && rule.selectsPath(path)) ||
      (commandRules.length > 0 && contextForPath(path) !== undefined),
  };
}

function compileRule(pack: RulePackSpec, spec: RuleSpec, options: CompileOptions, report: (problem: string) => void): Rule | undefined {
  let failed = false;
  const fail = (problem: string): void => {
    failed = true;
    report(problem);
  };
  if (typeof spec.id !== "string" || !RULE_ID.test(spec.id)) fail(`id must be kebab-case (a-z, 0-9, -)`);
  for (const field of Object.keys(spec)) if (!RULE_FIELDS.has(field)) fail(`unknown field "${field}"`);
  for (const field of ["title", "message", "fix"] as const) {
    if (typeof spec[field] !== "string" || spec[field].trim() === "") fail(`"${field}" is required`);
  }
  if (spec.target !== "content" && spec.target !== "path" && spec.target !== "command") fail(`"target" must be "content", "path" or "command"`);
  for (const check of spec.verify ?? []) if (!VERIFIERS.includes(check)) fail(`unknown verify check "${check}"`);
  const defaults = pack.defaults ?? {};
  const category = spec.category ?? pack.category;
  const severity = spec.severity ?? defaults.severity ?? "block";
  if (!CATEGORIES.includes(category)) fail(`unknown category "${category}"`);
  if (!SEVERITIES.includes(severity)) fail(`severity must be "block" or "warn"`);
  if (options.examplesOptional) {
    // Nothing to prove: the rule was built from settings.
  } else if (!spec.examples || !Array.isArray(spec.examples.match) || !Array.isArray(spec.examples.noMatch)) {
    fail(`"examples.match" and "examples.noMatch" are required`);
  } else if (spec.examples.match.length < 2 || spec.examples.noMatch.length < 2) {
    fail(`needs at least two examples.match and two examples.noMatch`);
  }

  const paths = spec.paths ?? defaults.paths ?? [];
  // The pack's own list when the rule adds none, so rules share one matcher (see compileGlobs).
  const excludePaths = spec.excludePaths === undefined ? (defaults.excludePaths ?? []) : [...(defaults.excludePaths ?? []), ...spec.excludePaths];
  // Globs are compiled lazily (first use), so a malformed one is not caught here; the schema
  // test checks shipped packs.
  if ([...paths, ...excludePaths].some((glob) => typeof glob !== "string" || glob === "")) fail(`globs must be non-empty strings`);
  if (spec.target === "path" && paths.length === 0) fail(`a path rule needs "paths"`);

  const requireContent = (spec.requireContent ?? [])
    .map((source) => tryRegex(source, `m${spec.ignoreCase ? "i" : ""}`, "requireContent", fail))
    .filter((regex): regex is RegExp => regex !== undefined);
  if (spec.requireContent !== undefined && spec.target !== "path") fail(`"requireContent" is for path rules`);
  const previousLine = spec.previousLine === undefined ? undefined : tryRegex(spec.previousLine, spec.ignoreCase ? "i" : "", "previousLine", fail);
  const requireInFile = (spec.requireInFile ?? [])
    .map((source) => tryRegex(source, `m${spec.ignoreCase ? "i" : ""}`, "requireInFile", fail))
    .filter((regex): regex is RegExp => regex !== undefined);
  if ((spec.previousLine !== undefined || spec.requireInFile !== undefined) && spec.target !== "content") {
    fail(`"previousLine" and "requireInFile" are for content rules`);
  }
  const continuesUntil = spec.continuesUntil === undefined ? undefined : tryRegex(spec.continuesUntil, spec.ignoreCase ? "i" : "", "continuesUntil", fail);
  if (spec.continuesUntil !== undefined && spec.target !== "content") fail(`"continuesUntil" is for content rules`);
  const firstLineSource = spec.firstLine ?? defaults.firstLine;
  const firstLine = firstLineSource === undefined ? undefined : tryRegex(firstLineSource, "", "firstLine", fail);
  // Rules from the build's bundle (they come with group counts) were compiled and checked at build
  // time: their patterns and allow lists are built on first use, since a scan runs only the
  // rules whose keywords it meets.
  const counted = options.groupCounts?.[spec.id];
  const checkedAtBuild = !options.thorough && counted !== undefined;
  const allowSources = [...(defaults.allow ?? []), ...(spec.allow ?? [])];
  // Case-insensitive, unless the entry starts with (?-i) (identifier shapes such as camelCase).
  const compileAllow = (report: (problem: string) => void): RegExp[] =>
    allowSources
      .map((source) => (source.startsWith("(?-i)") ? tryRegex(source.slice(5), "", "allow", report) : tryRegex(source, "i", "allow", report)))
      .filter((regex): regex is RegExp => regex !== undefined);
  const allow = checkedAtBuild ? [] : compileAllow(fail);

  let regex: RuleRegex | undefined;
  let secretGroups = [0];
  const keywords = (spec.keywords ?? []).map((keyword) => keyword.toLowerCase());
  const flags = `gmd${spec.ignoreCase ? "i" : ""}`;
  const lazyPattern = checkedAtBuild && typeof spec.pattern === "string";
  if (spec.target === "content" || spec.target === "command") {
    if (typeof spec.pattern !== "string") fail(`a ${spec.target} rule needs "pattern"`);
    else if (!lazyPattern && tryRegex(spec.pattern, flags, "pattern", fail)) regex = ruleRegex(spec.pattern, flags);
    if (keywords.length === 0) fail(`a content rule needs "keywords" for the prefilter`);
    if (keywords.some((keyword) => keyword.length === 0)) fail(`keywords must not be empty`);
    const groups = lazyPattern ? counted : regex ? (counted ?? countCapturingGroups(regex.source)) : undefined;
    if (groups !== undefined) {
      // Only secrets have a "secret part"; other rules report what the whole pattern matched.
      const given = spec.secretGroup;
      secretGroups = given === undefined ? [category === "secret" && groups > 0 ? 1 : 0] : Array.isArray(given) ? given : [given];
      if (secretGroups.length === 0) fail(`secretGroup must name at least one group`);
      for (const group of secretGroups) {
        if (!Number.isInteger(group) || group < 0 || group > groups) fail(`secretGroup ${group} but the pattern has ${groups} groups`);
      }
    }
    if (regex) {
      // Running a regex compiles it (~0.1 ms each): only when asked, never on the hook's path.
      if (options.thorough && regex.test("")) fail(`pattern matches the empty string`);
      regex.lastIndex = 0;
    }
  }
  if (failed) return undefined;

  const rule: Rule = {
    id: spec.id,
    title: spec.title,
    target: spec.target,
    category,
    severity,
    message: spec.message,
    fix: spec.fix,
    pack: pack.pack,
    paths,
    selectsPath: compileGlobs(paths),
    excludesPath: compileGlobs(excludePaths),
    concernsEveryFile: paths.length === 0 && firstLine === undefined,
    firstLine,
    requireContent,
    gitignore: spec.gitignore ?? [],
    previousLine,
    requireInFile,
    continuesUntil,
    regex,
    keywords,
    secretGroups,
    minEntropy: spec.minEntropy,
    minSecretLength: spec.minSecretLength ?? 1,
    minCharClasses: spec.minCharClasses ?? 1,
    maxLineLength: spec.maxLineLength ?? Number.POSITIVE_INFINITY,
    verify: spec.verify ?? [],
    allow,
    fallback: spec.fallback === true,
    spec,
  };
  if (lazyPattern) lazyProperty(rule, "regex", () => ruleRegex(spec.pattern!, flags, options.branchLayouts?.[spec.id]));
  if (checkedAtBuild && allowSources.length > 0) lazyProperty(rule, "allow", () => compileAllow(() => undefined));
  return rule;
}

/** Makes `rule[key]` a property computed the first time it is read. */
function lazyProperty<K extends keyof Rule>(rule: Rule, key: K, compute: () => Rule[K]): void {
  Object.defineProperty(rule, key, {
    configurable: true,
    enumerable: true,
    get(this: Rule): Rule[K] {
      const value = compute();
      Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
  });
}

/** Rules share many allow and scope regexes (pack defaults): build each once. */
const regexCache = new Map<string, RegExp>();

function tryRegex(source: string, flags: string, field: string, fail: (problem: string) => void): RegExp | undefined {
  try {
    // Stateful (global) regexes are per rule; the others are shared.
    if (flags.includes("g")) return new RegExp(source, flags);
    const key = `${flags}/${source}`;
    let regex = regexCache.get(key);
    if (!regex) {
      regex = new RegExp(source, flags);
      regexCache.set(key, regex);
    }
    return regex;
  } catch (error) {
    fail(`"${field}" is not a valid regex: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
