// `stageguard audit [--history] [--assistants ids] [--fix]`: exit 1 when a defence is missing.

import { runAudit } from "../../audit/run-audit.js";
import { findRepository } from "../../git/repo.js";
import { formatAuditHuman, formatAuditJson, auditSummary } from "../../report/format-audit.js";
import { createStyle } from "../../report/style.js";
import { loadRuleSet } from "../../rules/load.js";
import type { Command } from "../args.js";
import { shouldUseColor, type CliIo } from "../io.js";
import { VERSION } from "../version.js";

export async function auditCommand(command: Extract<Command, { name: "audit" }>, io: CliIo): Promise<number> {
  const repo = await findRepository(io.cwd);
  const result = await runAudit({
    root: repo.root,
    ruleSet: loadRuleSet(),
    history: command.history,
    assistants: command.assistants,
    fix: command.fix,
  });
  if (command.options.format === "json") io.stdout.write(formatAuditJson(result, VERSION));
  else io.stdout.write(formatAuditHuman(result, createStyle(shouldUseColor(io.stdout, io.env, command.options.color))));
  return auditSummary(result).missing > 0 ? 1 : 0;
}
