// Loads the rule packs shipped in patterns/ (one JSON file per category). Reading and parsing
// only; compile.ts checks and builds them.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RuleError } from "../errors.js";
import { keywordTablesFromBuffer, primeKeywordTables } from "../detect/keyword-index.js";
import { primeGlobSources } from "../glob.js";
import { compileRulePacks, type RuleSet } from "./compile.js";
import type { BranchLayout } from "./branched-regex.js";
import type { RulePackSpec } from "./spec.js";

/** patterns/ sits at the package root, two levels above this file in both src/ and dist/. */
export const PATTERNS_DIR = fileURLToPath(new URL("../../patterns/", import.meta.url));

/** The pack files of `dir`, in the order they are read. */
function packFileNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json") && name !== "schema.json")
    .sort();
}

/**
 * Every pack file's name and bytes, as one buffer. The build records its checksums in the
 * bundle, and a bundle whose checksums differ from patterns/ is not used: an edited (or broken)
 * pack is read, never ignored.
 */
export function patternsBytes(dir: string = PATTERNS_DIR): Buffer {
  const parts: Buffer[] = [];
  for (const name of packFileNames(dir)) parts.push(Buffer.from(`${name}\0`), readFileSync(join(dir, name)), Buffer.from("\0"));
  return Buffer.concat(parts);
}

/** Reads every pack in `dir` (default: the shipped patterns/), in file-name order. */
export function readRulePacks(dir: string = PATTERNS_DIR): RulePackSpec[] {
  const names = packFileNames(dir);
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

/** Each pack file's name, size and modification time (ms), in the order they are read. */
export type PatternsStamp = Array<[string, number, number]>;

export function patternsStamp(dir: string = PATTERNS_DIR): PatternsStamp {
  return packFileNames(dir).map((name) => {
    const { size, mtimeMs } = statSync(join(dir, name));
    return [name, size, mtimeMs];
  });
}

/**
 * patterns/ is what the bundle was built from. When every file has the size and modification
 * time the build saw, its bytes are not read: an edit changes the time (a checkout, an editor's
 * save, a copy all do). Otherwise (npm sets every installed file's time to one fixed date) the
 * bytes are read and checked against the build's checksums (~1 ms), where reading a copy kept
 * by the build and comparing cost ~8 ms of every commit.
 */
function bundleMatchesPatterns(stamp: PatternsStamp | undefined, digest: TablesDigest | undefined): boolean {
  if (stamp !== undefined) {
    const now = patternsStamp();
    if (now.length === stamp.length && now.every(([name, size, mtimeMs], at) => name === stamp[at]![0] && size === stamp[at]![1] && mtimeMs === stamp[at]![2])) return true;
  }
  return holdsDigest(patternsBytes(), digest);
}

/** dist/rules.bundle.json (written by scripts/build-bundle.js); absent when running from src/. */
const BUNDLE = fileURLToPath(new URL("../rules.bundle.json", import.meta.url));
/** The keyword automaton's tables for the bundle's content rules (see detect/keyword-index.ts). */
const KEYWORD_TABLES = fileURLToPath(new URL("../keywords.bin", import.meta.url));

export interface ShippedPacks {
  packs: RulePackSpec[];
  /** True when read from the build's bundle: no examples, capturing groups counted ahead. */
  fromBundle: boolean;
  groupCounts?: Record<string, number>;
  branchLayouts?: Record<string, BranchLayout>;
}

/**
 * The shipped packs as a scan needs them: from the build's bundle when there is one (smaller,
 * with group counts and glob translations worked out at build time), else from patterns/.
 * `withExamples` (rule checks, audit) always reads patterns/.
 */
export function readShippedPacks(options: { withExamples?: boolean } = {}): ShippedPacks {
  if (!options.withExamples && existsSync(BUNDLE)) {
    try {
      const bundle = JSON.parse(readFileSync(BUNDLE, "utf8")) as {
        packs: RulePackSpec[];
        groupCounts: Record<string, number>;
        branchLayouts?: Record<string, BranchLayout>;
        globSources: Record<string, string>;
        keywords?: string[];
        keywordTablesDigest?: TablesDigest;
        patternsStamp?: PatternsStamp;
        patternsDigest?: TablesDigest;
      };
      if (bundleMatchesPatterns(bundle.patternsStamp, bundle.patternsDigest)) {
        primeGlobSources(bundle.globSources);
        const bytes = bundle.keywords && existsSync(KEYWORD_TABLES) ? readFileSync(KEYWORD_TABLES) : undefined;
        // Damaged tables would skip rules in silence: unless they are the build's, build them anew.
        const tables = bytes && holdsDigest(bytes, bundle.keywordTablesDigest) ? keywordTablesFromBuffer(bytes, bundle.keywords!) : undefined;
        if (tables) primeKeywordTables(tables);
        return { packs: bundle.packs, fromBundle: true, groupCounts: bundle.groupCounts, ...(bundle.branchLayouts ? { branchLayouts: bundle.branchLayouts } : {}) };
      }
    } catch {
      // A damaged bundle is a build problem; patterns/ is the source of truth.
    }
  }
  return { packs: readRulePacks(), fromBundle: false };
}

/** Checksums of what a bundle depends on (dist/keywords.bin, the patterns/ files), written by the build. */
export interface TablesDigest {
  crc32: number;
  sha1: string;
}

/**
 * The checksums of a build file: CRC-32 where node has zlib.crc32 (20.15+; ~1 ms with loading
 * zlib), else SHA-1 (~5 ms, most of it loading node:crypto). They guard against damage, not
 * tampering: whoever can write dist/ can change the code itself.
 */
export function tablesDigest(bytes: Buffer): TablesDigest {
  return { crc32: crc32Of(bytes) ?? -1, sha1: sha1Of(bytes) };
}

function holdsDigest(bytes: Buffer, digest: TablesDigest | undefined): boolean {
  if (digest === undefined) return false;
  const crc32 = crc32Of(bytes);
  return crc32 !== undefined ? crc32 === digest.crc32 : sha1Of(bytes) === digest.sha1;
}

function crc32Of(bytes: Buffer): number | undefined {
  const zlib = createRequire(import.meta.url)("node:zlib") as { crc32?: (data: Buffer) => number };
  return zlib.crc32?.(bytes);
}

function sha1Of(bytes: Buffer): string {
  const crypto = createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto");
  return crypto.createHash("sha1").update(bytes).digest("hex");
}
