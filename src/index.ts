// Public API for programs that embed stageguard. The CLI is built on exactly these pieces.

export { run } from "./cli/run.js";
export type { CliIo } from "./cli/io.js";
export { collectStaged } from "./git/staged.js";
export { readBlobHeads, readBlobSizes } from "./git/blobs.js";
export { findRepository } from "./git/repo.js";
export { collectFiles } from "./workdir/collect-files.js";
export { loadRuleSet, readRulePacks } from "./rules/load.js";
export { compileRulePacks, type Rule, type RuleSet } from "./rules/compile.js";
export type { RulePackSpec, RuleSpec } from "./rules/spec.js";
export { scanFiles, type ScanOutcome } from "./scan.js";
export { buildReport, exitCodeFor } from "./report/build-report.js";
export { formatJson } from "./report/format-json.js";
export { formatHuman } from "./report/format-human.js";
export { formatSarif, type SarifFormatOptions } from "./report/format-sarif.js";
export * from "./types.js";
export * from "./errors.js";
