// Where a scan's report goes and in which format: stdout, or --output <file> (written atomically,
// never coloured). The SARIF formatter is imported only when asked for, so the hook's start-up
// does not pay for it.

import { resolve } from "node:path";
import { formatHuman, type HumanFormatOptions } from "../report/format-human.js";
import { formatJson } from "../report/format-json.js";
import { createStyle } from "../report/style.js";
import type { Rule } from "../rules/compile.js";
import type { Report } from "../types.js";
import type { ScanCliOptions } from "./args.js";
import { shouldUseColor, type CliIo } from "./io.js";
import { INFORMATION_URI } from "./version.js";
import { writeFileAtomically } from "./write-atomic.js";

export interface ReportView {
  mode: HumanFormatOptions["mode"];
  /** Human format: the one line written instead of a report when there was nothing to scan. */
  nothingToScan: string | undefined;
  /** The rules the scan used (after settings): SARIF describes each rule that has a result. */
  rules: readonly Rule[];
}

/** Renders the report in the chosen format and writes it to stdout or to the --output file. */
export async function emitReport(report: Report, view: ReportView, options: ScanCliOptions, io: CliIo): Promise<void> {
  const text = await renderReport(report, view, options, io);
  if (options.output === undefined) io.stdout.write(text);
  else writeFileAtomically(resolve(io.cwd, options.output), text, options.output);
}

async function renderReport(report: Report, view: ReportView, options: ScanCliOptions, io: CliIo): Promise<string> {
  if (options.format === "json") return formatJson(report);
  if (options.format === "sarif") {
    const { formatSarif } = await import("../report/format-sarif.js");
    return formatSarif(report, { rules: view.rules, informationUri: INFORMATION_URI });
  }
  if (view.nothingToScan !== undefined) return view.nothingToScan;
  // A file keeps no colour codes, whatever --color or FORCE_COLOR say: it is read later, elsewhere.
  const color = options.output === undefined && shouldUseColor(io.stdout, io.env, options.color);
  return formatHuman(report, { style: createStyle(color), mode: view.mode, showSuppressed: options.showSuppressed === true });
}
