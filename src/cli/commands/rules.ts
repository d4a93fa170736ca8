// `stageguard rules`: the rules a scan here would use, after the project's settings (a rule set
// to "off" is not listed; a changed level shows). `--json` for tools.

import { loadScanSetup } from "../../config/apply-levels.js";
import { findRepositoryIfAny } from "../../git/repo.js";
import type { ScanCliOptions } from "../args.js";
import type { CliIo } from "../io.js";

export async function rulesCommand(options: ScanCliOptions, json: boolean, io: CliIo): Promise<number> {
  const root = (await findRepositoryIfAny(io.cwd))?.root ?? io.cwd;
  const { config, ruleSet } = loadScanSetup(root, options, io.cwd);
  const rules = ruleSet.rules.map((rule) => ({ id: rule.id, category: rule.category, severity: rule.severity, title: rule.title }));
  if (json) {
    io.stdout.write(`${JSON.stringify({ rules, source: config.source ?? null }, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rules.map((rule) => rule.id.length));
  for (const rule of rules) io.stdout.write(`${rule.id.padEnd(width)}  ${rule.category.padEnd(14)}  ${rule.severity.padEnd(5)}  ${rule.title}\n`);
  io.stdout.write(`${rules.length} rules${config.source ? ` (settings: ${config.source})` : ""}\n`);
  return 0;
}
