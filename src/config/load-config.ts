// The project's stageguard settings, read from `stageguard.config.json` at the repository root.
// Only the keys that exist today are accepted; an unknown key or a wrong type is an error listing
// every problem at once (exit 2), because a silently ignored setting is a guard you think you
// have. Absent file = defaults.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ConfigError } from "../errors.js";
import type { Category } from "../types.js";

export const CONFIG_FILE = "stageguard.config.json";

/** What to do with a rule's findings: drop them, report them, or stop the commit. */
export type RuleLevel = "off" | "warn" | "block";

export interface StageguardConfig {
  /** Globs (same syntax as rule `paths`) of files no scan looks at: fixtures, generated code. */
  ignorePaths: string[];
  /** Level per category (`"insecure-code": "block"`); a rule's own entry wins. */
  categories: Partial<Record<Category, RuleLevel>>;
  /** Level per rule id (`"chmod-world-writable": "warn"`). Ids are checked against the rules. */
  rules: Record<string, RuleLevel>;
  /** Where the settings came from, for messages; undefined when defaults. */
  source: string | undefined;
}

const DEFAULTS: StageguardConfig = { ignorePaths: [], categories: {}, rules: {}, source: undefined };
const KNOWN_KEYS = ["$schema", "ignorePaths", "categories", "rules"];
const LEVELS: readonly string[] = ["off", "warn", "block"];
export const CATEGORY_NAMES: readonly Category[] = ["secret", "forbidden-file", "risky-command", "insecure-code", "config"];

export function loadConfig(root: string): StageguardConfig {
  const path = join(root, CONFIG_FILE);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return DEFAULTS;
    throw new ConfigError([`${CONFIG_FILE}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError([`${CONFIG_FILE}: not valid JSON (${(error as Error).message})`]);
  }
  return { ...validate(data), source: CONFIG_FILE };
}

function validate(data: unknown): Omit<StageguardConfig, "source"> {
  // Problems are gathered for every key before throwing, so one run shows them all.
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ConfigError([`${CONFIG_FILE}: expected an object at the top level, got ${describe(data)}`]);
  }
  const problems: string[] = [];
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!KNOWN_KEYS.includes(key)) problems.push(`${CONFIG_FILE}: unknown key "${key}" (known: ${KNOWN_KEYS.slice(1).join(", ")})`);
  }
  const ignorePaths = record.ignorePaths ?? [];
  if (!Array.isArray(ignorePaths)) {
    problems.push(`${CONFIG_FILE}: ignorePaths: expected an array of glob strings, got ${describe(ignorePaths)}`);
  } else {
    ignorePaths.forEach((glob, index) => {
      if (typeof glob !== "string" || glob.trim() === "") {
        problems.push(`${CONFIG_FILE}: ignorePaths[${index}]: expected a non-empty glob string, got ${describe(glob)}`);
      }
    });
  }
  const categories = levels(record, "categories", problems, (name) =>
    (CATEGORY_NAMES as readonly string[]).includes(name) ? undefined : `unknown category (known: ${CATEGORY_NAMES.join(", ")})`,
  );
  const rules = levels(record, "rules", problems, () => undefined);
  if (problems.length > 0) throw new ConfigError(problems);
  return { ignorePaths: ignorePaths as string[], categories, rules };
}

/** An object of name → "off" | "warn" | "block"; every bad entry is reported. */
function levels(record: Record<string, unknown>, key: string, problems: string[], checkName: (name: string) => string | undefined): Record<string, RuleLevel> {
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
