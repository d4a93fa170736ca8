// `stageguard rules`: the rules a scan here would use, after the project's settings (a rule set
// to "off" is not listed; a changed level shows). `--json` for tools. `--check` runs every
// rule's examples (the project's own rules included) through the detector and exits 1 when one
// does not behave as written.

import { loadScanSetup } from "../../config/scan-setup.js";
import { findRepositoryIfAny } from "../../git/repo.js";
import { checkExamples } from "../../rules/check-examples.js";
import type { ScanCliOptions } from "../args.js";
import type { CliIo } from "../io.js";

export async function rulesCommand(options: ScanCliOptions, flags: { json: boolean; check: boolean }, io: CliIo): Promise<number> {
  const root = (await findRepositoryIfAny(io.cwd))?.root ?? io.cwd;
  // --check also runs the compile checks that execute each pattern (an empty match, say).
  const { config, ruleSet } = loadScanSetup(root, options, io.cwd, { thorough: flags.check });
  if (flags.check) return checkCommand(ruleSet, flags.json, io);
  const rules = ruleSet.rules.map((rule) => ({ id: rule.id, category: rule.category, severity: rule.severity, title: rule.title, pack: rule.pack }));
  if (flags.json) {
    io.stdout.write(`${JSON.stringify({ rules, source: config.source ?? null }, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rules.map((rule) => rule.id.length));
  for (const rule of rules) io.stdout.write(`${rule.id.padEnd(width)}  ${rule.category.padEnd(14)}  ${rule.severity.padEnd(5)}  ${rule.title}\n`);
  io.stdout.write(`${rules.length} rules${config.source ? ` (settings: ${config.source})` : ""}\n`);
  return 0;
}

function checkCommand(ruleSet: Parameters<typeof checkExamples>[0], json: boolean, io: CliIo): number {
  const results = checkExamples(ruleSet);
  // Failures name the example by position, never by content: an example may hold a real-looking value.
  const failures: Array<{ ruleId: string; example: string; problem: string }> = [];
  const position = new Map<string, number>();
  for (const result of results) {
    const key = `${result.ruleId}:${result.expected}`;
    const index = position.get(key) ?? 0;
    position.set(key, index + 1);
    if (result.passed) continue;
    failures.push({
      ruleId: result.ruleId,
      example: `examples.${result.expected}[${index}]`,
      problem: result.expected === "match" ? "is not flagged by the rule" : "is flagged by the rule",
    });
  }
  const checked = new Set(results.map((result) => result.ruleId)).size;
  if (json) {
    io.stdout.write(`${JSON.stringify({ rulesChecked: checked, examplesChecked: results.length, failures }, null, 2)}\n`);
  } else {
    for (const failure of failures) io.stdout.write(`✖ ${failure.ruleId}: ${failure.example} ${failure.problem}\n`);
    const verdict = failures.length === 0 ? "all behave as written" : `${failures.length} do not behave as written`;
    io.stdout.write(`${checked} rules, ${results.length} examples checked: ${verdict}\n`);
  }
  return failures.length === 0 ? 0 : 1;
}
