// Fills a rule's fix template for one file, and says how to go ahead knowingly on a false alarm.

import type { Rule } from "../rules/compile.js";

/** Characters that never need quoting in a POSIX shell word. */
const SHELL_SAFE = /^[A-Za-z0-9._\/@%+=:,-]+$/;

/** Quotes a path for a POSIX shell command line. */
export function shellQuote(value: string): string {
  if (value.length > 0 && SHELL_SAFE.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The rule's fix with {path}, {shellPath}, {name} and {ruleId} filled in. */
export function renderFix(rule: Rule, path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const values: Record<string, string> = { path, shellPath: shellQuote(path), name, ruleId: rule.id };
  return rule.fix.replace(/\{(path|shellPath|name|ruleId)\}/g, (_whole, key: string) => values[key] ?? "");
}

/** What to do when the finding is not a real problem. */
export function falseAlarmHint(rule: Rule): string {
  if (rule.target === "path") {
    return "If this file is safe to commit, commit it knowingly with `git commit --no-verify`.";
  }
  return `If this is not a real problem, add a comment containing \`stageguard-allow ${rule.id}: <reason>\` on this line or the line above.`;
}
