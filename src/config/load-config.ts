// The project's stageguard settings, found from the repository root: `stageguard.config.json`,
// `.stageguardrc.json`, `.stageguardrc.yaml` (`.yml`), or the `stageguard` key of package.json,
// the first that exists; `--config <path>` names one explicitly. Only known keys are accepted; an
// unknown key or a wrong type is an error listing every problem at once (exit 2), because a
// silently ignored setting is a guard you think you have. No file = defaults.

import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, isAbsolute, join, relative, resolve } from "node:path";
import { ConfigError } from "../errors.js";
import type { RuleSpec } from "../rules/spec.js";
import type { Category } from "../types.js";


/** What to do with a rule's findings: drop them, report them, or stop the commit. */
export type RuleLevel = "off" | "warn" | "block";

export interface StageguardConfig {
  /** Globs (same syntax as rule `paths`) of files no scan looks at: fixtures, generated code. */
  ignorePaths: string[];
  /** Level per category (`"insecure-code": "block"`); a rule's own entry wins. */
  categories: Partial<Record<Category, RuleLevel>>;
  /** Level per rule id (`"chmod-world-writable": "warn"`). Ids are checked against the rules. */
  rules: Record<string, RuleLevel>;
  /** The project's own rules, in the same shape as patterns/ (category defaults to "secret"). */
  customRules: RuleSpec[];
  /** Paths (from the repository root) of rule pack files in the patterns/ format. */
  rulePacks: string[];
  /** Regexes: a secret (or a content rule's match) that matches one is not reported. */
  allowRegexes: string[];
  /** Words: a secret that contains one (any case) is not reported. */
  stopWords: string[];
  /** Extra file names the project forbids, and exceptions to every forbidden-file rule. */
  forbiddenFiles: { add: string[]; allow: string[] };
  /** Bytes of one file that are searched; the rest is reported as not scanned. */
  maxFileSize: number;
  /** Files that count as generated or vendored: the generic detector and code rules skip them. */
  generatedPaths: string[];
  /** `stageguard redact` settings. */
  redact: RedactSettings;
  /** Where the settings came from, for messages; undefined when defaults. */
  source: string | undefined;
}

export interface RedactSettings {
  /** Domains whose host names are internal (`corp.example.com`): their names become <HOST>. */
  internalDomains: string[];
}

const DOMAIN = /^\.?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i;

/** Content past this many bytes of one file is not searched (and a notice says so). */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export const DEFAULTS: StageguardConfig = {
  ignorePaths: [],
  categories: {},
  rules: {},
  customRules: [],
  rulePacks: [],
  allowRegexes: [],
  stopWords: [],
  forbiddenFiles: { add: [], allow: [] },
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  generatedPaths: [],
  redact: { internalDomains: [] },
  source: undefined,
};
export const KNOWN_KEYS = [
  "$schema",
  "ignorePaths",
  "categories",
  "rules",
  "customRules",
  "rulePacks",
  "allowRegexes",
  "stopWords",
  "forbiddenFiles",
  "maxFileSize",
  "generatedPaths",
  "redact",
];
const LEVELS: readonly string[] = ["off", "warn", "block"];
export const CATEGORY_NAMES: readonly Category[] = ["secret", "forbidden-file", "risky-command", "insecure-code", "config"];

/** Where settings may live, in the order they are looked for. */
export const CONFIG_FILES = ["stageguard.config.json", ".stageguardrc.json", ".stageguardrc.yaml", ".stageguardrc.yml"];

export function loadConfig(root: string, explicit?: { path: string; cwd: string }): StageguardConfig {
  if (explicit) {
    const path = resolve(explicit.cwd, explicit.path);
    if (!existsSync(path)) throw new ConfigError([`${explicit.path}: no such file (given with --config)`]);
    return fromFile(path, displayName(root, path));
  }
  for (const name of CONFIG_FILES) {
    const path = join(root, name);
    if (existsSync(path)) return fromFile(path, name);
  }
  const packagePath = join(root, "package.json");
  if (existsSync(packagePath)) {
    const data = parseJson(read(packagePath, "package.json"), "package.json") as Record<string, unknown> | null;
    if (data && typeof data === "object" && "stageguard" in data) {
      return { ...validate(data.stageguard, "package.json#stageguard"), source: "package.json#stageguard" };
    }
  }
  return DEFAULTS;
}

function fromFile(path: string, name: string): StageguardConfig {
  const text = read(path, name);
  const data = /\.ya?ml$/i.test(path) ? parseYaml(text, name) : parseJson(text, name);
  return { ...validate(data, name), source: name };
}

function displayName(root: string, path: string): string {
  const rel = relative(root, path);
  return rel.startsWith("..") || isAbsolute(rel) ? basename(path) : rel.split("\\").join("/");
}

function read(path: string, name: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError([`${name}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`]);
  }
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError([`${name}: not valid JSON (${(error as Error).message})`]);
  }
}

/** YAML is read with the `yaml` package, loaded only when a YAML config exists. */
function parseYaml(text: string, name: string): unknown {
  const { parseDocument } = createRequire(import.meta.url)("yaml") as typeof import("yaml");
  const document = parseDocument(text);
  if (document.errors.length > 0) {
    throw new ConfigError(document.errors.map((error) => `${name}: not valid YAML (${error.message.split("\n")[0]})`));
  }
  return document.toJS() ?? {};
}

function validate(data: unknown, CONFIG_FILE: string): Omit<StageguardConfig, "source"> {
  // Problems are gathered for every key before throwing, so one run shows them all.
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ConfigError([`${CONFIG_FILE}: expected an object at the top level, got ${describe(data)}`]);
  }
  const problems: string[] = [];
  const problem = (key: string, text: string): void => void problems.push(`${CONFIG_FILE}: ${key}: ${text}`);
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (KNOWN_KEYS.includes(key)) continue;
    const near = KNOWN_KEYS.find((known) => editDistance(known.toLowerCase(), key.toLowerCase()) <= 2);
    problems.push(`${CONFIG_FILE}: unknown key "${key}" (${near ? `did you mean "${near}"?` : `known: ${KNOWN_KEYS.slice(1).join(", ")}`})`);
  }
  const categories = levels(
    record,
    "categories",
    problems,
    (name) => ((CATEGORY_NAMES as readonly string[]).includes(name) ? undefined : `unknown category (known: ${CATEGORY_NAMES.join(", ")})`),
    CONFIG_FILE,
  );
  const rules = levels(record, "rules", problems, () => undefined, CONFIG_FILE);
  const forbidden = record.forbiddenFiles ?? {};
  let forbiddenFiles = { add: [] as string[], allow: [] as string[] };
  if (typeof forbidden !== "object" || forbidden === null || Array.isArray(forbidden)) {
    problem("forbiddenFiles", `expected an object { "add": [globs], "allow": [globs] }, got ${describe(forbidden)}`);
  } else {
    const entries = forbidden as Record<string, unknown>;
    for (const key of Object.keys(entries)) if (key !== "add" && key !== "allow") problem(`forbiddenFiles.${key}`, `unknown key (known: add, allow)`);
    forbiddenFiles = { add: stringList(entries, "add", "forbiddenFiles.add", "glob", problem), allow: stringList(entries, "allow", "forbiddenFiles.allow", "glob", problem) };
  }
  const customRules = record.customRules ?? [];
  if (!Array.isArray(customRules)) problem("customRules", `expected an array of rules (the patterns/ rule shape), got ${describe(customRules)}`);
  else customRules.forEach((rule, index) => {
    if (typeof rule !== "object" || rule === null || Array.isArray(rule)) problem(`customRules[${index}]`, `expected a rule object, got ${describe(rule)}`);
  });
  const allowRegexes = stringList(record, "allowRegexes", "allowRegexes", "regex", problem);
  allowRegexes.forEach((source, index) => {
    try {
      new RegExp(source);
    } catch (error) {
      problem(`allowRegexes[${index}]`, `not a valid regular expression (${(error as Error).message})`);
    }
  });
  const result = {
    ignorePaths: stringList(record, "ignorePaths", "ignorePaths", "glob", problem),
    categories,
    rules,
    customRules: Array.isArray(customRules) ? (customRules as RuleSpec[]) : [],
    rulePacks: stringList(record, "rulePacks", "rulePacks", "path", problem),
    allowRegexes,
    stopWords: stringList(record, "stopWords", "stopWords", "word", problem),
    forbiddenFiles,
    maxFileSize: byteSize(record.maxFileSize, problem),
    generatedPaths: stringList(record, "generatedPaths", "generatedPaths", "glob", problem),
    redact: redactSettings(record.redact, problems, CONFIG_FILE),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return result;
}

/** An array of non-empty strings (globs, paths, words); each bad entry is reported. */
function stringList(record: Record<string, unknown>, key: string, keyPath: string, what: string, problem: (key: string, text: string) => void): string[] {
  const value = record[key] ?? [];
  if (!Array.isArray(value)) {
    problem(keyPath, `expected an array of ${what} strings, got ${describe(value)}`);
    return [];
  }
  value.forEach((entry, index) => {
    if (typeof entry !== "string" || entry.trim() === "") problem(`${keyPath}[${index}]`, `expected a non-empty ${what} string, got ${describe(entry)}`);
  });
  return value.filter((entry): entry is string => typeof entry === "string" && entry.trim() !== "");
}

const UNITS: Record<string, number> = { "": 1, b: 1, kb: 1000, kib: 1024, mb: 1000 ** 2, mib: 1024 ** 2, gb: 1000 ** 3, gib: 1024 ** 3 };

/** A size in bytes: a number, or a string such as "512 KiB" or "5MB". */
function byteSize(value: unknown, problem: (key: string, text: string) => void): number {
  if (value === undefined) return DEFAULT_MAX_FILE_SIZE;
  const expected = `expected a size such as 1048576, "512 KiB" or "5 MB" (at least 1 KiB), got ${describe(value)}`;
  let bytes: number | undefined;
  if (typeof value === "number") bytes = value;
  else if (typeof value === "string") {
    const parsed = /^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b|b)?\s*$/i.exec(value);
    if (parsed) bytes = Math.round(Number(parsed[1]) * UNITS[(parsed[2] ?? "").toLowerCase()]!);
  }
  if (bytes === undefined || !Number.isFinite(bytes) || !Number.isInteger(bytes) || bytes < 1024) {
    problem("maxFileSize", expected);
    return DEFAULT_MAX_FILE_SIZE;
  }
  return bytes;
}

/** `"redact": { "internalDomains": ["corp.example.com"] }`; every bad entry is reported. */
function redactSettings(value: unknown, problems: string[], CONFIG_FILE: string): RedactSettings {
  if (value === undefined) return { internalDomains: [] };
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    problems.push(`${CONFIG_FILE}: redact: expected an object such as { "internalDomains": [...] }, got ${describe(value)}`);
    return { internalDomains: [] };
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (key !== "internalDomains") problems.push(`${CONFIG_FILE}: redact: unknown key "${key}" (known: internalDomains)`);
  const domains = record.internalDomains ?? [];
  if (!Array.isArray(domains)) {
    problems.push(`${CONFIG_FILE}: redact.internalDomains: expected an array of domain names, got ${describe(domains)}`);
    return { internalDomains: [] };
  }
  domains.forEach((domain, index) => {
    if (typeof domain !== "string" || !DOMAIN.test(domain)) problems.push(`${CONFIG_FILE}: redact.internalDomains[${index}]: expected a domain name such as corp.example.com, got ${describe(domain)}`);
  });
  return { internalDomains: domains.filter((domain): domain is string => typeof domain === "string").map((domain) => domain.replace(/^\./, "")) };
}

/** An object of name → "off" | "warn" | "block"; every bad entry is reported. */
function levels(record: Record<string, unknown>, key: string, problems: string[], checkName: (name: string) => string | undefined, CONFIG_FILE: string): Record<string, RuleLevel> {
  const value = record[key] ?? {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    problems.push(`${CONFIG_FILE}: ${key}: expected an object of name → "off" | "warn" | "block", got ${describe(value)}`);
    return {};
  }
  const out: Record<string, RuleLevel> = {};
  for (const [name, level] of Object.entries(value as Record<string, unknown>)) {
    const badName = checkName(name);
    if (badName) problems.push(`${CONFIG_FILE}: ${key}.${name}: ${badName}`);
    else if (typeof level !== "string" || !LEVELS.includes(level)) problems.push(`${CONFIG_FILE}: ${key}.${name}: expected "off", "warn" or "block", got ${describe(level)}`);
    else out[name] = level as RuleLevel;
  }
  return out;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}

/** Levenshtein distance, for "did you mean" on a mistyped key. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
