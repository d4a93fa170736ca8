// The pipeline, in one place: files in (from the index or the working tree) → detect → suppress.
// Reporting and exit codes happen in report/ and cli/. Consumes files one at a time so memory
// follows the largest file, not the whole change.

import { detectFile } from "./detect/detect-file.js";
import type { RuleSet } from "./rules/compile.js";
import { applyBaseline, type Baseline } from "./suppress/baseline.js";
import { applyInlineSuppressions, staleMarkers } from "./suppress/inline.js";
import { textBytes } from "./text/text-bytes.js";
import type { FileChange, Finding, Notice } from "./types.js";

export interface ScanOutcome {
  /** Every finding, suppressed ones included (marked). */
  findings: Finding[];
  notices: Notice[];
  filesScanned: number;
  bytesScanned: number;
}

const MIB = 1024 * 1024;

export async function scanFiles(files: AsyncIterable<FileChange>, ruleSet: RuleSet, baseline?: Baseline): Promise<ScanOutcome> {
  const outcome: ScanOutcome = { findings: [], notices: [], filesScanned: 0, bytesScanned: 0 };
  for await (const file of files) {
    if (file.status === "deleted") continue;
    outcome.filesScanned++;
    outcome.bytesScanned += textBytes(file.addedLines);
    const findings = applyBaseline(applyInlineSuppressions(file, detectFile(file, ruleSet)), baseline);
    outcome.findings.push(...findings);
    for (const line of staleMarkers(file, findings)) {
      outcome.notices.push({ file: file.path, message: `line ${line}: this stageguard-allow marker allows nothing (no finding on it or the next line): remove it` });
    }
    if (file.truncated) {
      outcome.notices.push({
        file: file.path,
        message: `only partly scanned: ${(file.size / MIB).toFixed(1)} MiB is over the per-file limit (maxFileSize in the settings)`,
      });
    }
  }
  return outcome;
}
