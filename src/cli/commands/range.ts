// `scan range <revisions>` (CI, by hand) and `hook pre-push` (git's pre-push hook): the lines each
// commit added, every commit compared with its first parent (a merge: only what is new relative
// to every parent), findings tagged with the commit.

import { loadScanSetup } from "../../config/scan-setup.js";
import { UsageError } from "../../errors.js";
import { readBaseline } from "../../suppress/baseline.js";
import { commitsIn, emptyTree, hasCommit } from "../../git/range.js";
import { findRepository } from "../../git/repo.js";
import { collectMergeChanges } from "../../git/merge-changes.js";
import { collectDiff } from "../../git/staged.js";
import { buildReport, exitCodeFor } from "../../report/build-report.js";
import type { Rule } from "../../rules/compile.js";
import { scanFiles, type ScanOutcome } from "../../scan.js";
import type { ScanCliOptions } from "../args.js";
import { emitReport } from "../emit-report.js";
import type { CliIo } from "../io.js";
import { VERSION } from "../version.js";
import { withoutIgnored } from "./scan.js";

const ZERO_SHA = /^0+$/;

export async function scanRangeCommand(revisions: string[], options: ScanCliOptions, io: CliIo): Promise<number> {
  const started = io.now();
  const repo = await findRepository(io.cwd);
  const { outcome, rules } = await scanRevisions(repo.root, [revisions], io, options);
  return report(outcome, rules, "range", options, io, started);
}

/**
 * git runs pre-push with the remote's name and URL as arguments and one line per ref on stdin:
 * `<local ref> <local sha> <remote ref> <remote sha>`. A deletion sends nothing; a new branch
 * sends the commits no ref of that remote has; an update (forced or not) sends remote..local.
 */
export async function prePushCommand(remote: string | undefined, options: ScanCliOptions, io: CliIo): Promise<number> {
  const started = io.now();
  const repo = await findRepository(io.cwd);
  const input = io.readStdin ? await io.readStdin() : "";
  const ranges: string[][] = [];
  for (const line of input.split("\n")) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 4) continue;
    const [, localSha, , remoteSha] = fields as [string, string, string, string];
    if (ZERO_SHA.test(localSha)) continue;
    if (!ZERO_SHA.test(remoteSha) && (await hasCommit(repo.root, remoteSha))) ranges.push([`${remoteSha}..${localSha}`]);
    else ranges.push(remote ? [localSha, "--not", `--remotes=${remote}`] : [localSha, "--not", "--remotes"]);
  }
  const { outcome, rules } = await scanRevisions(repo.root, ranges, io, options);
  return report(outcome, rules, "push", options, io, started);
}

async function scanRevisions(root: string, ranges: string[][], io: CliIo, options: ScanCliOptions): Promise<{ outcome: ScanOutcome; rules: readonly Rule[] }> {
  const { config, ruleSet } = loadScanSetup(root, options, io.cwd);
  const total: ScanOutcome = { findings: [], notices: [], filesScanned: 0, bytesScanned: 0 };
  const baseline = readBaseline(root);
  const seen = new Set<string>();
  let empty: string | undefined;
  for (const revisions of ranges) {
    if (revisions.some((revision) => revision.startsWith("-") && revision !== "--not" && !revision.startsWith("--remotes"))) {
      throw new UsageError(`"${revisions.find((revision) => revision.startsWith("-"))}" is not a range`, { hint: "Give a range such as origin/main..HEAD." });
    }
    for (const commit of await commitsIn(root, revisions)) {
      if (seen.has(commit.sha)) continue;
      seen.add(commit.sha);
      const collect = { maxBytesPerFile: config.maxFileSize, needsContent: ruleSet.needsContent };
      // A merge is scanned for what it wrote itself (a conflict resolution); what its parents
      // brought belongs to their own commits.
      const files =
        commit.parents.length > 1
          ? collectMergeChanges(root, collect, commit)
          : collectDiff(root, collect, { kind: "commit", from: commit.parents[0] ?? (empty ??= await emptyTree(root)), to: commit.sha });
      const outcome = await scanFiles(withoutIgnored(files, config.ignorePaths), ruleSet, baseline);
      total.findings.push(...outcome.findings.map((finding) => ({ ...finding, commit: commit.sha })));
      total.notices.push(...outcome.notices.map((notice) => ({ ...notice, message: `${notice.message} (commit ${commit.sha.slice(0, 12)})` })));
      total.filesScanned += outcome.filesScanned;
      total.bytesScanned += outcome.bytesScanned;
    }
  }
  return { outcome: total, rules: ruleSet.rules };
}

async function report(outcome: ScanOutcome, rules: readonly Rule[], mode: "range" | "push", options: ScanCliOptions, io: CliIo, started: number): Promise<number> {
  const built = buildReport(outcome, VERSION, io.now() - started);
  const nothingToScan = built.summary.filesScanned === 0 && built.findings.length === 0 ? "stageguard: no new commits to scan\n" : undefined;
  await emitReport(built, { mode, nothingToScan, rules }, options, io);
  return exitCodeFor(built);
}
