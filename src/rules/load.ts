// Loads the rule packs shipped in patterns/ (one JSON file per category). Reading and parsing
// only; compile.ts checks and builds them.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RuleError } from "../errors.js";
import { compileRulePacks, type RuleSet } from "./compile.js";
import type { RulePackSpec } from "./spec.js";

/** patterns/ sits at the package root, two levels above this file in both src/ and dist/. */
export const PATTERNS_DIR = fileURLToPath(new URL("../../patterns/", import.meta.url));

/** Reads every pack in `dir` (default: the shipped patterns/), in file-name order. */
export function readRulePacks(dir: string = PATTERNS_DIR): RulePackSpec[] {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith(".json") && name !== "schema.json")
    .sort();
  const problems: string[] = [];
  const packs: RulePackSpec[] = [];
  for (const name of names) {
    try {
      packs.push(JSON.parse(readFileSync(join(dir, name), "utf8")) as RulePackSpec);
    } catch (error) {
      problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (problems.length > 0) throw new RuleError(problems);
  return packs;
}

/** The compiled shipped rules. */
export function loadRuleSet(dir?: string): RuleSet {
  return compileRulePacks(readRulePacks(dir));
}
