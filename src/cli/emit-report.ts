// Where a scan's report goes and in which format. The SARIF formatter is imported only when
// asked for, so the hook's start-up does not pay for it.

import { formatHuman, type HumanFormatOptions } from "../report/format-human.js";
import { formatJson } from "../report/format-json.js";
import { createStyle } from "../report/style.js";
import type { Rule } from "../rules/compile.js";
import type { Report } from "../types.js";
import type { ScanCliOptions } from "./args.js";
import { shouldUseColor, type CliIo } from "./io.js";
import { INFORMATION_URI } from "./version.js";

export interface ReportView {
  mode: HumanFormatOptions["mode"];
  /** Human format: the one line written instead of a report when there was nothing to scan. */
  nothingToScan: string | undefined;
  /** The rules the scan used (after settings): SARIF describes each rule that has a result. */
  rules: readonly Rule[];
}

/** Renders the report in the chosen format and writes it to stdout. */
export async function emitReport(report: Report, view: ReportView, options: ScanCliOptions, io: CliIo): Promise<void> {
  io.stdout.write(await renderReport(report, view, options, io));
}

async function renderReport(report: Report, view: ReportView, options: ScanCliOptions, io: CliIo): Promise<string> {
  if (options.format === "json") return formatJson(report);
  if (options.format === "sarif") {
    const { formatSarif } = await import("../report/format-sarif.js");
    return formatSarif(report, { rules: view.rules, informationUri: INFORMATION_URI });
  }
  if (view.nothingToScan !== undefined) return view.nothingToScan;
  return formatHuman(report, { style: createStyle(shouldUseColor(io.stdout, io.env, options.color)), mode: view.mode });
}
