// The build's rules bundle (dist/rules.bundle.json, scripts/build-bundle.js) must say exactly what
// patterns/ says: the same rules compiled the same way, and each glob translated as picomatch
// translates it. A bundle that no longer matches patterns/ is not used.

import { expect, test } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import picomatch from "picomatch";
import { BranchedRegExp } from "../../../src/rules/branched-regex.js";
import { compileRulePacks, type Rule } from "../../../src/rules/compile.js";
import { GLOB_OPTIONS } from "../../../src/glob.js";
import { buildKeywordTables, keywordsOf, keywordTablesFromBuffer } from "../../../src/detect/keyword-index.js";
import { patternsBytes, patternsStamp, readRulePacks, readShippedPacks, tablesDigest } from "../../../src/rules/load.js";
import type { RulePackSpec } from "../../../src/rules/spec.js";
import { PROJECT_ROOT } from "../../helpers/temp-repo.js";

const bundle = JSON.parse(readFileSync(join(PROJECT_ROOT, "dist", "rules.bundle.json"), "utf8")) as {
  packs: RulePackSpec[];
  groupCounts: Record<string, number>;
  branchLayouts: Record<string, unknown>;
  globSources: Record<string, string>;
};

const essence = (rule: Rule) => ({
  id: rule.id,
  target: rule.target,
  category: rule.category,
  severity: rule.severity,
  message: rule.message,
  fix: rule.fix,
  paths: rule.paths,
  keywords: rule.keywords,
  regex: rule.regex ? `${rule.regex.source}/${rule.regex.flags}` : null,
  layout: rule.regex instanceof BranchedRegExp ? rule.regex.layout : null,
  secretGroups: rule.secretGroups,
  allow: rule.allow.map((regex) => `${regex.source}/${regex.flags}`),
  fallback: rule.fallback,
  maxLineLength: rule.maxLineLength,
});

test("the bundle was built from the patterns/ in the tree: same files, sizes, times and bytes", () => {
  const recorded = bundle as unknown as { patternsStamp: unknown; patternsDigest: unknown };
  expect(recorded.patternsDigest).toEqual(tablesDigest(patternsBytes()));
  expect(recorded.patternsStamp).toEqual(patternsStamp());
});

test("a scan reads the shipped rules from the bundle built from this tree", async () => {
  // The built module: src/ has no bundle next to it.
  const built = (await import(pathToFileURL(join(PROJECT_ROOT, "dist", "rules", "load.js")).href)) as { readShippedPacks: typeof readShippedPacks };
  expect(built.readShippedPacks().fromBundle).toBe(true);
});

test("rules compiled from the bundle equal rules compiled from patterns/", () => {
  const full = compileRulePacks(readRulePacks()).rules.map(essence);
  const fromBundle = compileRulePacks(bundle.packs, { examplesOptional: true, groupCounts: bundle.groupCounts, branchLayouts: bundle.branchLayouts as never }).rules.map(essence);
  expect(fromBundle).toEqual(full);
  expect(Object.keys(bundle.branchLayouts).sort()).toEqual(["generic-password", "generic-secret"]);
});

test("the bundle records dist/keywords.bin's checksums (a scan rebuilds tables that do not match)", () => {
  const recorded = (bundle as unknown as { keywordTablesDigest: unknown }).keywordTablesDigest;
  expect(recorded).toEqual(tablesDigest(readFileSync(join(PROJECT_ROOT, "dist", "keywords.bin"))));
  expect(recorded).toEqual({ crc32: expect.any(Number), sha1: expect.stringMatching(/^[0-9a-f]{40}$/) });
});

test("dist/keywords.bin holds the automaton for exactly the shipped content rules' keywords", () => {
  const rules = compileRulePacks(readRulePacks()).contentRules;
  const keywords = keywordsOf(rules).sort();
  expect((bundle as unknown as { keywords: string[] }).keywords).toEqual(keywords);
  const fromFile = keywordTablesFromBuffer(readFileSync(join(PROJECT_ROOT, "dist", "keywords.bin")), keywords)!;
  const built = buildKeywordTables(keywords);
  expect(Buffer.from(fromFile.delta.buffer, fromFile.delta.byteOffset, fromFile.delta.byteLength).equals(Buffer.from(built.delta.buffer))).toBe(true);
  expect([...fromFile.outputKeywords]).toEqual([...built.outputKeywords]);
});

test("each glob in the bundle is picomatch's own translation", () => {
  const globs = Object.keys(bundle.globSources);
  expect(globs.length).toBeGreaterThan(100);
  for (const glob of globs) expect([glob, bundle.globSources[glob]]).toEqual([glob, picomatch.makeRe(glob, GLOB_OPTIONS).source]);
});
