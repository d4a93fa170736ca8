#!/usr/bin/env node
// Part of `npm run build` (after tsc): writes dist/rules.bundle.json, what the hook's start-up
// would otherwise work out on every commit from patterns/ —
// - the shipped packs without what a scan never reads (examples, references, descriptions);
// - each content rule's capturing-group count;
// - each glob's RegExp source as picomatch builds it, so a scan need not load picomatch.
// The shipped packs are compiled thoroughly first: a broken pack fails the build. The bundle
// records a hash of patterns/; at run time a bundle that no longer matches is not used.
// Commands that need examples (`rules --check`, `audit`) read patterns/ itself.

import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { readRulePacks, patternsHash } = await import(join(root, "dist", "rules", "load.js"));
const { compileRulePacks, countCapturingGroups } = await import(join(root, "dist", "rules", "compile.js"));
const { GLOB_OPTIONS } = await import(join(root, "dist", "glob.js"));
const picomatch = createRequire(import.meta.url)("picomatch");

const packs = readRulePacks();
compileRulePacks(packs, { thorough: true });

const groupCounts = {};
const globs = new Set();
const stripped = packs.map((pack) => {
  for (const glob of [...(pack.defaults?.paths ?? []), ...(pack.defaults?.excludePaths ?? [])]) globs.add(glob);
  const rules = pack.rules.map((rule) => {
    if (rule.pattern !== undefined) groupCounts[rule.id] = countCapturingGroups(rule.pattern);
    for (const glob of [...(rule.paths ?? []), ...(rule.excludePaths ?? [])]) globs.add(glob);
    const { examples, references, ...kept } = rule;
    return kept;
  });
  const { $schema, description, ...kept } = pack;
  return { ...kept, rules };
});
const globSources = Object.fromEntries([...globs].sort().map((glob) => [glob, picomatch.makeRe(glob, GLOB_OPTIONS).source]));

const bundle = { patternsHash: patternsHash(), picomatch: createRequire(import.meta.url)("picomatch/package.json").version, packs: stripped, groupCounts, globSources };
const out = join(root, "dist", "rules.bundle.json");
writeFileSync(out, JSON.stringify(bundle));
console.log(`rules bundle: ${stripped.reduce((sum, pack) => sum + pack.rules.length, 0)} rules, ${globs.size} globs → dist/rules.bundle.json`);
