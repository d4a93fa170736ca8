#!/usr/bin/env node
// The one test command (`npm test`): type-check (ts-jest only transpiles), build (tests run the
// built CLI and hooks), then jest. Always ends with the line "N passed, N failed"; a failed
// type-check or build counts as one failure each.

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const jest = join(root, "node_modules", "jest", "bin", "jest.js");
const results = join(root, ".test-results.json");

function step(title, args) {
  console.log(`\n> ${title}`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  return result.status === 0;
}

let failedSteps = 0;
if (!step("type-check (tsc --noEmit)", [tsc, "--noEmit"])) failedSteps++;
// A clean dist/: a module whose source was deleted must not linger (and ship: prepack is the build).
rmSync(join(root, "dist"), { recursive: true, force: true });
if (!step("build (tsc -p tsconfig.build.json)", [tsc, "-p", "tsconfig.build.json"]) || !step("rules bundle", [join(root, "scripts", "build-bundle.js")])) failedSteps++;

rmSync(results, { force: true });
step("jest", [
  "--experimental-vm-modules",
  "--disable-warning=ExperimentalWarning",
  jest,
  "--json",
  `--outputFile=${results}`,
  ...process.argv.slice(2),
]);

let passed = 0;
let failed = failedSteps;
if (existsSync(results)) {
  const summary = JSON.parse(readFileSync(results, "utf8"));
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
  // A suite that fails to load runs no tests; count it so it cannot pass silently.
  failed += summary.testResults.filter((suite) => suite.status === "failed" && suite.assertionResults.length === 0).length;
  rmSync(results, { force: true });
} else {
  failed += 1;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
