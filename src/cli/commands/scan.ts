// `scan staged` and `scan files`: pick the source of files, run the pipeline, print the report,
// return the exit code.

import { loadScanSetup } from "../../config/scan-setup.js";
import { readBaseline, type Baseline } from "../../suppress/baseline.js";
import { relative, resolve, sep } from "node:path";
import { UsageError } from "../../errors.js";
import { collectDiff, startDiff, type DiffSide } from "../../git/staged.js";
import { compileGlobs } from "../../glob.js";
import { findRepository, findRepositoryIfAny } from "../../git/repo.js";
import { buildReport, exitCodeFor } from "../../report/build-report.js";
import type { RuleSet } from "../../rules/compile.js";
import { scanFiles } from "../../scan.js";
import type { FileChange } from "../../types.js";
import type { ScanCliOptions } from "../args.js";
import { emitReport } from "../emit-report.js";
import type { CliIo } from "../io.js";
import { VERSION } from "../version.js";

export async function scanStagedCommand(options: ScanCliOptions, io: CliIo, paths: readonly string[] = []): Promise<number> {
  const started = io.now();
  // The whole index (what the hook scans): git starts on the diff while the root and the
  // settings are found. With paths (lint-staged), the root is needed first to name them.
  const diff = paths.length === 0 ? startDiff(io.cwd, { kind: "staged" }) : undefined;
  try {
    const repo = await findRepository(io.cwd);
    const { config, ruleSet } = loadScanSetup(repo.root, options, io.cwd);
    const within = paths.map((path) => toRepoPath(repo.root, io.cwd, path));
    const side: DiffSide = { kind: "staged", ...(within.length > 0 ? { paths: within } : {}) };
    const files = collectDiff(repo.root, { maxBytesPerFile: config.maxFileSize, needsContent: ruleSet.needsContent }, side, diff);
    return await runScan(withoutIgnored(files, config.ignorePaths), ruleSet, "staged", options, io, started, readBaseline(repo.root));
  } catch (error) {
    diff?.cancel();
    throw error;
  }
}

export async function scanFilesCommand(paths: string[], options: ScanCliOptions, io: CliIo): Promise<number> {
  const started = io.now();
  const repo = await findRepositoryIfAny(io.cwd);
  const root = repo?.root ?? io.cwd;
  const { config, ruleSet } = loadScanSetup(root, options, io.cwd);
  // Loaded here: the hook (scan staged) never walks the working tree.
  const { collectFiles } = await import("../../workdir/collect-files.js");
  const files = collectFiles({ paths, cwd: io.cwd, root, maxBytesPerFile: config.maxFileSize, needsContent: ruleSet.needsContent });
  return runScan(withoutIgnored(files, config.ignorePaths), ruleSet, "files", options, io, started, repo ? readBaseline(repo.root) : undefined);
}

/** A path given on the command line (absolute, or relative to the cwd) as a path from the root. */
function toRepoPath(root: string, cwd: string, path: string): string {
  const from = relative(root, resolve(cwd, path)).split(sep).join("/");
  if (from === ".." || from.startsWith("../")) throw new UsageError(`${path} is outside the repository`);
  return from === "" ? "." : from;
}

/** Drops the files the project's `ignorePaths` names (fixtures, generated code) before any rule sees them. */
export async function* withoutIgnored(files: AsyncIterable<FileChange>, ignorePaths: readonly string[]): AsyncIterable<FileChange> {
  const ignored = compileGlobs(ignorePaths);
  for await (const file of files) {
    if (!ignored(file.path)) yield file;
  }
}

async function runScan(
  files: AsyncIterable<FileChange>,
  ruleSet: RuleSet,
  mode: "staged" | "files",
  options: ScanCliOptions,
  io: CliIo,
  started: number,
  baseline?: Baseline,
): Promise<number> {
  const outcome = await scanFiles(files, ruleSet, baseline);
  const report = buildReport(outcome, VERSION, io.now() - started);
  const nothingToScan = report.summary.filesScanned === 0 && mode === "staged" ? "stageguard: nothing staged to scan\n" : undefined;
  await emitReport(report, { mode, nothingToScan, rules: ruleSet.rules }, options, io);
  return exitCodeFor(report);
}
