#!/usr/bin/env node
// Part of `npm run build` (after tsc). Three things the hook's start-up would otherwise pay for on
// every commit:
//
// 1. dist/cli/stageguard-main.cjs: the CLI as one esbuild bundle in place of tsc's module graph:
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
// records the patterns/ it came from (each file's size and modification time, and checksums of
// their bytes); at run time a bundle that no longer matches patterns/ is not used.
// Commands that need examples (`rules --check`, `audit`) read patterns/ itself.
//
// 3. The executable dist/cli/stageguard.cjs (src/cli/launcher.cjs), which runs that bundle
//    through V8's code cache, and the cache itself for the node that ran the build.

import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { readRulePacks, patternsBytes, patternsStamp, tablesDigest } = await import(join(root, "dist", "rules", "load.js"));
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

rmSync(join(root, "dist", "rules.source.bin"), { force: true }); // what earlier builds kept instead of the checksums
// The keyword automaton for the shipped content rules, so a scan reads it instead of building it.
const keywords = keywordsOf(compiled.contentRules).sort();
const tableBytes = keywordTablesToBuffer(buildKeywordTables(keywords));
writeFileSync(join(root, "dist", "keywords.bin"), tableBytes);
const bundle = { patternsStamp: patternsStamp(), patternsDigest: tablesDigest(patternsBytes()), keywords, keywordTablesDigest: tablesDigest(tableBytes), picomatch: createRequire(import.meta.url)("picomatch/package.json").version, packs: stripped, groupCounts, branchLayouts, globSources };
const out = join(root, "dist", "rules.bundle.json");
writeFileSync(out, JSON.stringify(bundle));
console.log(`rules bundle: ${stripped.reduce((sum, pack) => sum + pack.rules.length, 0)} rules, ${globs.size} globs → dist/rules.bundle.json`);

// The CLI bundle: dist/cli/stageguard-main.cjs, run by the `stageguard` executable
// (dist/cli/stageguard.cjs, src/cli/launcher.cjs) through V8's code cache. CommonJS, one file:
// node's ES module loader costs ~20 ms more to start than loading one CommonJS file (measured on
// the tiny commit: median 180 → 160 ms), and V8 only pre-parses the commands a run does not call.
// Runtime dependencies stay external (installed next to the package). It sits in dist/cli/ so
// paths resolved from import.meta.url (../../patterns, ../rules.bundle.json, ../../package.json)
// mean the same as in tsc's output; import.meta.url itself is defined from __filename.
const { build } = await import("esbuild");
const cliDir = join(root, "dist", "cli");
const mainFile = join(cliDir, "stageguard-main.cjs");
const result = await build({
  entryPoints: [join(cliDir, "main.js")],
  outfile: mainFile,
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  external: ["picomatch", "simple-git", "yaml"],
  define: { "import.meta.url": "__stageguardModuleUrl" },
  banner: { js: "const __stageguardModuleUrl = require(\"node:url\").pathToFileURL(__filename).href;" },
  logLevel: "warning",
  metafile: true,
});
// The launcher compiles the bundle as a function body, where a #! line is a syntax error; an
// empty line keeps the line numbers.
const mainCode = readFileSync(mainFile, "utf8").replace(/^#!.*/, "");
// Code compiled from V8's code cache loses the dynamic import() callback on node 20 (a cached run
// of `audit` failed that way): packages are loaded with require (createRequire) instead.
if (/\bimport\(/.test(mainCode)) throw new Error("dist/cli/stageguard-main.cjs calls import(): load the package with createRequire instead");
writeFileSync(mainFile, mainCode);
const [[, output]] = Object.entries(result.metafile.outputs);
console.log(`cli bundle: dist/cli/stageguard-main.cjs, ${Math.round(output.bytes / 1024)} KiB`);
const executable = join(cliDir, "stageguard.cjs");
copyFileSync(join(root, "src", "cli", "launcher.cjs"), executable);
chmodSync(executable, 0o755);

// The code cache for this bundle and this node: one scan of a small staged change, so the
// functions a commit runs are compiled and saved (the launcher writes the cache when it has none).
for (const name of readdirSync(cliDir)) if (name.startsWith(".stageguard-main.")) rmSync(join(cliDir, name), { force: true });
const sample = mkdtempSync(join(tmpdir(), "stageguard-build-"));
try {
  const git = (...args) => execFileSync("git", ["-c", "core.hooksPath=/dev/null", ...args], { cwd: sample, stdio: "ignore", env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", HOME: sample } });
  git("init", "-q");
  writeFileSync(join(sample, "app.ts"), 'const apiKey = process.env.API_KEY;\nconst token = "placeholder";\nexport const url = "https://example.com";\n');
  writeFileSync(join(sample, "deploy.sh"), "#!/bin/sh\nset -eu\nrm -rf \"$BUILD_DIR/out\"\n");
  writeFileSync(join(sample, "README.md"), "# sample\n\n```sh\nnpm install\n```\n");
  git("add", "-A");
  execFileSync(process.execPath, [executable, "scan", "staged", "--format", "json"], { cwd: sample, stdio: "ignore", env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", HOME: sample } });
} catch (error) {
  // Exit 1 (a finding) is fine; anything else only means no cache: the CLI works without one.
  if (error.status !== 1) console.warn(`code cache: not made (${error.message.split("\n")[0]})`);
} finally {
  rmSync(sample, { recursive: true, force: true });
}
const cache = readdirSync(cliDir).find((name) => name.startsWith(".stageguard-main.") && name.endsWith(".cache"));
console.log(cache ? `code cache: dist/cli/${cache}, ${Math.round(statSync(join(cliDir, cache)).size / 1024)} KiB` : "code cache: none");
