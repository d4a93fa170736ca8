// `stageguard baseline [--prune]`: accept the repository's current findings so that adopting
// stageguard on an old codebase does not block every commit, while anything new still does.
// Without --prune the baseline becomes exactly today's findings; with --prune entries that no
// longer occur are dropped and nothing new is accepted. Either way stale entries are reported.

import { join } from "node:path";
import { loadScanSetup } from "../../config/scan-setup.js";
import { findRepository } from "../../git/repo.js";
import { runGit } from "../../git/run-git.js";
import { scanFiles } from "../../scan.js";
import { BASELINE_FILE, baselineText, readBaseline, type BaselineEntry } from "../../suppress/baseline.js";
import { collectFiles } from "../../workdir/collect-files.js";
import type { ScanCliOptions } from "../args.js";
import type { CliIo } from "../io.js";
import { writeFileAtomically } from "../write-atomic.js";
import { withoutIgnored } from "./scan.js";

export async function baselineCommand(options: ScanCliOptions, prune: boolean, io: CliIo): Promise<number> {
  const repo = await findRepository(io.cwd);
  const { config, ruleSet } = loadScanSetup(repo.root, options, io.cwd);
  // Every tracked file as it is in the working tree (what the next commits start from).
  const tracked = (await runGit(["ls-files", "-z", "--cached"], { cwd: repo.root })).toString("utf8").split("\0").filter(Boolean);
  const files = collectFiles({ paths: tracked.map((path) => join(repo.root, path)), cwd: repo.root, root: repo.root, maxBytesPerFile: config.maxFileSize, needsContent: ruleSet.needsContent });
  const outcome = await scanFiles(withoutIgnored(files, config.ignorePaths), ruleSet);
  const current: BaselineEntry[] = outcome.findings
    .filter((finding) => !finding.suppression || finding.suppression.kind === "baseline")
    .map((finding) => ({ fingerprint: finding.fingerprint, ruleId: finding.ruleId, file: finding.file }));
  const currentIds = new Set(current.map((entry) => entry.fingerprint));
  const previous = readBaseline(repo.root)?.entries ?? [];
  const stale = previous.filter((entry) => !currentIds.has(entry.fingerprint));
  const kept = prune ? previous.filter((entry) => currentIds.has(entry.fingerprint)) : current;
  const previousIds = new Set(previous.map((entry) => entry.fingerprint));
  const added = prune ? [] : current.filter((entry) => !previousIds.has(entry.fingerprint));
  // Whole or not at all: a crash or a full disk must not leave half a baseline (which would stop every commit).
  writeFileAtomically(join(repo.root, BASELINE_FILE), baselineText(kept), BASELINE_FILE);
  io.stdout.write(
    `stageguard baseline: ${new Set(kept.map((entry) => entry.fingerprint)).size} accepted finding(s) in ${BASELINE_FILE}` +
      ` (${added.length} new, ${stale.length} no longer found${prune ? " and dropped" : ""})\n`,
  );
  for (const entry of stale) io.stdout.write(`  no longer found: ${entry.file} [${entry.ruleId}]\n`);
  if (!prune && stale.length > 0) io.stdout.write("  (they are gone from the baseline; commit the file)\n");
  return 0;
}
