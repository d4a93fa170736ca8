#!/usr/bin/env node
// Part of `npm run build` (after tsc). Two things the hook's start-up would otherwise pay for on
// every commit:
//
// 1. dist/cli/stageguard.cjs: the CLI as one esbuild bundle in place of tsc's module graph:
//    loading ~40 ES modules one by one cost ~30-60 ms of CPU per commit on a 2-core machine,
//    more than the scan of a small change. dist/ keeps tsc's modules too (the library entry,
//    and tests that import them).
//
// 2. dist/rules.bundle.json, what a scan would otherwise work out on every commit from patterns/ —
// - the shipped packs without what a scan never reads (examples, references, descriptions);
// - each content rule's capturing-group count, and how a long pattern runs by branches;
// - each glob's RegExp source as picomatch builds it, so a scan need not load picomatch;
// - the keyword automaton's tables (dist/keywords.bin), ~15-20 ms to build in a cold process.
// The shipped packs are compiled thoroughly first: a broken pack fails the build. The bundle
// keeps a copy of the patterns/ bytes it came from (dist/rules.source.bin); at run time a bundle
// whose copy no longer matches patterns/ is not used.
// Commands that need examples (`rules --check`, `audit`) read patterns/ itself.

import { chmodSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { readRulePacks, patternsBytes } = await import(join(root, "dist", "rules", "load.js"));
const { compileRulePacks, countCapturingGroups } = await import(join(root, "dist", "rules", "compile.js"));
const { buildKeywordTables, keywordTablesToBuffer, keywordsOf } = await import(join(root, "dist", "detect", "keyword-index.js"));
const { BranchedRegExp } = await import(join(root, "dist", "rules", "branched-regex.js"));
const { GLOB_OPTIONS } = await import(join(root, "dist", "glob.js"));
const picomatch = createRequire(import.meta.url)("picomatch");

const packs = readRulePacks();
const compiled = compileRulePacks(packs, { thorough: true });

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
const branchLayouts = Object.fromEntries(compiled.rules.filter((rule) => rule.regex instanceof BranchedRegExp).map((rule) => [rule.id, rule.regex.layout]));
const globSources = Object.fromEntries([...globs].sort().map((glob) => [glob, picomatch.makeRe(glob, GLOB_OPTIONS).source]));

writeFileSync(join(root, "dist", "rules.source.bin"), patternsBytes());
// The keyword automaton for the shipped content rules, so a scan reads it instead of building it.
const keywords = keywordsOf(compiled.contentRules).sort();
writeFileSync(join(root, "dist", "keywords.bin"), keywordTablesToBuffer(buildKeywordTables(keywords)));
const bundle = { keywords, picomatch: createRequire(import.meta.url)("picomatch/package.json").version, packs: stripped, groupCounts, branchLayouts, globSources };
const out = join(root, "dist", "rules.bundle.json");
writeFileSync(out, JSON.stringify(bundle));
console.log(`rules bundle: ${stripped.reduce((sum, pack) => sum + pack.rules.length, 0)} rules, ${globs.size} globs → dist/rules.bundle.json`);

// The CLI bundle: dist/cli/stageguard.cjs, the `stageguard` executable the hooks run. CommonJS,
// one file: node's ES module loader costs ~20 ms more to start than loading one CommonJS file
// (measured on the tiny commit: median 180 → 160 ms), and V8 only pre-parses the commands a run
// does not call. Runtime dependencies stay external (installed next to the package). It sits in
// dist/cli/ so paths resolved from import.meta.url (../../patterns, ../rules.bundle.json,
// ../../package.json) mean the same as in tsc's output; import.meta.url itself is defined from
// __filename.
const { build } = await import("esbuild");
const cliDir = join(root, "dist", "cli");
const result = await build({
  entryPoints: [join(cliDir, "main.js")],
  outfile: join(cliDir, "stageguard.cjs"),
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  external: ["picomatch", "simple-git", "yaml"],
  define: { "import.meta.url": "__stageguardModuleUrl" },
  // The entry's own #! line stays first; the banner follows it.
  banner: { js: "const __stageguardModuleUrl = require(\"node:url\").pathToFileURL(__filename).href;" },
  logLevel: "warning",
  metafile: true,
});
const [[, output]] = Object.entries(result.metafile.outputs);
console.log(`cli bundle: dist/cli/stageguard.cjs, ${Math.round(output.bytes / 1024)} KiB`);
chmodSync(join(cliDir, "stageguard.cjs"), 0o755);
