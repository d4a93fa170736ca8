// No shipped regex backtracks catastrophically: every rule's regexes (pattern, allow, previousLine,
// continuesUntil…) are timed on inputs built to make a backtracking engine blow up, and the test
// names every rule over the budget. The checker itself is shown to catch catastrophic regexes.

import { expect, test } from "@jest/globals";
import { createContext, Script } from "node:vm";
import { BUDGET_MS_PER_MB, checkRuleBacktracking, ruleRegexes, THOROUGH, type BacktrackVerdict } from "../../src/rules/backtrack-check.js";
import { compileRulePacks } from "../../src/rules/compile.js";
import { readRulePacks } from "../../src/rules/load.js";
import type { RuleSpec } from "../../src/rules/spec.js";

const describeVerdict = (verdict: BacktrackVerdict): string =>
  `${verdict.ruleId} ${verdict.field}: ${Number.isFinite(verdict.msPerMB) ? Math.round(verdict.msPerMB) : "∞"} ms/MB on ${verdict.worstInput}`;

test(`every shipped rule's regexes stay within ${BUDGET_MS_PER_MB} ms per MB of pathological input`, () => {
  const ruleSet = compileRulePacks(readRulePacks(), { thorough: true });
  const seen = new Map();
  const verdicts = ruleSet.rules.flatMap((rule) => checkRuleBacktracking(rule, THOROUGH, seen));
  expect(verdicts.length).toBeGreaterThan(ruleSet.rules.length);
  expect(verdicts.filter((verdict) => verdict.overBudget).map(describeVerdict)).toEqual([]);
}, 240_000);

// Inputs the generic probes do not build, on which these rules were quadratic (a call or header
// name followed by a long run of spaces; git's global options, each a candidate subcommand) or
// exponential ("git -a -a -a …") before they were rewritten: 2-13 s per MB at 64 KB, or never
// ending. Each of the rule's regexes must stay within budget on a 64 KB line of it.
test.each([
  ["ruby-sql-injection-interpolation", ".where", " "],
  ["ruby-command-injection-interpolation", "system", " "],
  ["ruby-eval-non-literal", "eval", " "],
  ["php-path-traversal-request-input", "include", " "],
  ["cors-header-any-origin-credentials", "Access-Control-Allow-Origin", " "],
  ["cors-header-wildcard-origin-credentials", "Access-Control-Allow-Credentials", " "],
  ["shell-exec-remote-script", "iex", " "],
  ["git-reset-hard-in-hook", "git --hard", " -W -- checkout -W"],
  ["git-reset-hard-in-hook", "git clean -fd", "x"],
  ["git-push-force-main", "git", " -fa -f push"],
  ["git-push-force-main", "git push -", "f"],
  ["git-push-force-main", "git", " -a"],
])("%s stays linear on %j followed by a long run of %j", (ruleId, prefix, unit) => {
  const rule = compileRulePacks(readRulePacks(), { thorough: true }).rules.find((candidate) => candidate.id === ruleId)!;
  const line = (prefix + unit.repeat(64 * 1024)).slice(0, 64 * 1024 - 1) + "\u0000";
  const overBudget = ruleRegexes(rule).flatMap(({ field, regex, mode }) => {
    const copy = new RegExp(regex.source, regex.flags);
    const start = process.cpuUsage();
    // An exponential regex never returns: the time limit interrupts it (and fails the test).
    const context = createContext({ run: () => (mode === "test" ? copy.test(line) : [...line.matchAll(copy)]) });
    new Script("run()").runInContext(context, { timeout: 20_000 });
    const used = process.cpuUsage(start);
    const msPerMB = ((used.user + used.system) / 1000) * 16;
    return msPerMB > BUDGET_MS_PER_MB ? [`${field}: ${Math.round(msPerMB)} ms/MB`] : [];
  });
  expect(overBudget).toEqual([]);
}, 30_000);

const userRule = (id: string, pattern: string, keywords: string[]): RuleSpec => ({
  id,
  title: "A project rule",
  target: "content",
  message: "m",
  fix: "f",
  pattern,
  keywords,
  examples: { match: [], noMatch: [] },
});

test.each([
  ["nested quantifier behind a keyword", "token=(a+)+$", ["token"]],
  ["words and optional spaces repeated", "(\\w+\\s?)+=", ["="]],
  ["overlapping alternatives", "(?:a|a)*b", ["b"]],
  ["lazy run to a terminator after optional spaces (quadratic)", "secret\\s*[:=]\\s*.*?;", ["secret"]],
])("a catastrophic rule is caught: %s", (_name, pattern, keywords) => {
  const [rule] = compileRulePacks([{ pack: "customRules", category: "secret", rules: [userRule("bad-rule", pattern, keywords)] }], { examplesOptional: true }).rules;
  const verdicts = checkRuleBacktracking(rule!, THOROUGH);
  expect(verdicts.filter((verdict) => verdict.overBudget).map((verdict) => verdict.field)).toEqual(["pattern"]);
}, 30_000);

test("allow regexes are checked too, and a linear rule passes", () => {
  const spec = { ...userRule("mixed-rule", "\\bacme_([A-Za-z0-9]{32})\\b", ["acme_"]), allow: ["^(x+x+)+y$"] };
  const [rule] = compileRulePacks([{ pack: "customRules", category: "secret", rules: [spec] }], { examplesOptional: true }).rules;
  const verdicts = checkRuleBacktracking(rule!, THOROUGH);
  expect(verdicts.map((verdict) => [verdict.field, verdict.overBudget])).toEqual([
    ["pattern", false],
    ["allow[0]", true],
  ]);
}, 30_000);
