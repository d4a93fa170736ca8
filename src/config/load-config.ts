// The project's stageguard settings, read from `stageguard.config.json` at the repository root.
// Only the keys that exist today are accepted; an unknown key or a wrong type is an error listing
// every problem at once (exit 2), because a silently ignored setting is a guard you think you
// have. Absent file = defaults.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ConfigError } from "../errors.js";

export const CONFIG_FILE = "stageguard.config.json";

export interface StageguardConfig {
  /** Globs (same syntax as rule `paths`) of files no scan looks at: fixtures, generated code. */
  ignorePaths: string[];
  /** Where the settings came from, for messages; undefined when defaults. */
  source: string | undefined;
}

const DEFAULTS: StageguardConfig = { ignorePaths: [], source: undefined };
const KNOWN_KEYS = ["$schema", "ignorePaths"];

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
  if (problems.length > 0) throw new ConfigError(problems);
  return { ignorePaths: ignorePaths as string[] };
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}
