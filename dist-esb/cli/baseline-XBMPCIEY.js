import {
  collectFiles,
  scanFiles,
  withoutIgnored
} from "./chunk-TYGF6MSA.js";
import {
  BASELINE_FILE,
  baselineText,
  readBaseline
} from "./chunk-Z3XDZXF6.js";
import {
  loadScanSetup
} from "./chunk-BXDLSJOL.js";
import "./chunk-YNGIY63H.js";
import "./chunk-AGT4MKMN.js";
import "./chunk-OWTXEH2N.js";
import "./chunk-RJDUTWBM.js";
import {
  findRepository,
  runGit
} from "./chunk-WTFPX6FU.js";
import "./chunk-VFHTMC3F.js";

// dist/cli/commands/baseline.js
import { writeFileSync } from "node:fs";
import { join } from "node:path";
async function baselineCommand(options, prune, io) {
  const repo = await findRepository(io.cwd);
  const { config, ruleSet } = loadScanSetup(repo.root, options, io.cwd);
  const tracked = (await runGit(["ls-files", "-z", "--cached"], { cwd: repo.root })).toString("utf8").split("\0").filter(Boolean);
  const files = collectFiles({ paths: tracked.map((path) => join(repo.root, path)), cwd: repo.root, root: repo.root, maxBytesPerFile: config.maxFileSize, needsContent: ruleSet.needsContent });
  const outcome = await scanFiles(withoutIgnored(files, config.ignorePaths), ruleSet);
  const current = outcome.findings.filter((finding) => !finding.suppression || finding.suppression.kind === "baseline").map((finding) => ({ fingerprint: finding.fingerprint, ruleId: finding.ruleId, file: finding.file }));
  const currentIds = new Set(current.map((entry) => entry.fingerprint));
  const previous = readBaseline(repo.root)?.entries ?? [];
  const stale = previous.filter((entry) => !currentIds.has(entry.fingerprint));
  const kept = prune ? previous.filter((entry) => currentIds.has(entry.fingerprint)) : current;
  const previousIds = new Set(previous.map((entry) => entry.fingerprint));
  const added = prune ? [] : current.filter((entry) => !previousIds.has(entry.fingerprint));
  writeFileSync(join(repo.root, BASELINE_FILE), baselineText(kept));
  io.stdout.write(`stageguard baseline: ${new Set(kept.map((entry) => entry.fingerprint)).size} accepted finding(s) in ${BASELINE_FILE} (${added.length} new, ${stale.length} no longer found${prune ? " and dropped" : ""})
`);
  for (const entry of stale)
    io.stdout.write(`  no longer found: ${entry.file} [${entry.ruleId}]
`);
  if (!prune && stale.length > 0)
    io.stdout.write("  (they are gone from the baseline; commit the file)\n");
  return 0;
}
export {
  baselineCommand
};
