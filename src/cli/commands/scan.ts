// `scan staged` and `scan files`: pick the source of files, run the pipeline, print the report,
// return the exit code.

import { loadScanSetup } from "../../config/apply-levels.js";
import { readBaseline, type Baseline } from "../../suppress/baseline.js";
import { relative, resolve, sep } from "node:path";
import { UsageError } from "../../errors.js";
import { collectStaged } from "../../git/staged.js";
import { compileGlobs } from "../../glob.js";
import { findRepository, findRepositoryIfAny } from "../../git/repo.js";
import { buildReport, exitCodeFor } from "../../report/build-report.js";
import type { RuleSet } from "../../rules/compile.js";
import { scanFiles } from "../../scan.js";
import type { FileChange } from "../../types.js";
import { collectFiles } from "../../workdir/collect-files.js";
import type { ScanCliOptions } from "../args.js";
import { emitReport } from "../emit-report.js";
import type { CliIo } from "../io.js";
import { VERSION } from "../version.js";

/** Content past this many bytes of one file is not searched (and a notice says so). */
export const MAX_BYTES_PER_FILE = 10 * 1024 * 1024;

export async function scanStagedCommand(options: ScanCliOptions, io: CliIo, paths: readonly string[] = []): Promise<number> {
  const started = io.now();
  const repo = await findRepository(io.cwd);
  const { config, ruleSet } = loadScanSetup(repo.root, options, io.cwd);
  const within = paths.map((path) => toRepoPath(repo.root, io.cwd, path));
  const files = collectStaged(repo.root, { maxBytesPerFile: MAX_BYTES_PER_FILE, needsContent: ruleSet.needsContent }, within.length > 0 ? within : undefined);
  return runScan(withoutIgnored(files, config.ignorePaths), ruleSet, "staged", options, io, started, readBaseline(repo.root));
}

export async function scanFilesCommand(paths: string[], options: ScanCliOptions, io: CliIo): Promise<number> {
  const started = io.now();
  const repo = await findRepositoryIfAny(io.cwd);
  const root = repo?.root ?? io.cwd;
  const { config, ruleSet } = loadScanSetup(root, options, io.cwd);
  const files = collectFiles({ paths, cwd: io.cwd, root, maxBytesPerFile: MAX_BYTES_PER_FILE, needsContent: ruleSet.needsContent });
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
