// Every rule proves itself: its examples.match must be flagged and its examples.noMatch must not,
// through the same detector a scan uses. `stageguard rules --check` runs this on the shipped and
// the project's own rules; the test suite runs it on every shipped rule.

import { detectFile } from "../detect/detect-file.js";
import { addedFile, numbered } from "../text/content.js";
import type { FileChange } from "../types.js";
import type { Rule, RuleSet } from "./compile.js";
import { expandTemplate, seededRandom } from "./example-template.js";

export interface ExampleResult {
  ruleId: string;
  /** The example as written (generators unexpanded, so no secret-shaped text is printed). */
  example: string;
  expected: "match" | "noMatch";
  passed: boolean;
}

/** Runs every example of `rules` (default: all of the set) against the whole set. */
export function checkExamples(ruleSet: RuleSet, rules: readonly Rule[] = ruleSet.rules): ExampleResult[] {
  const results: ExampleResult[] = [];
  for (const rule of rules) {
    const examples = rule.spec.examples ?? { match: [], noMatch: [] };
    const random = seededRandom(rule.id);
    for (const [expected, list] of [["match", examples.match], ["noMatch", examples.noMatch]] as const) {
      for (const example of list) {
        const flagged = exampleFlags(rule, expandTemplate(example, random), ruleSet);
        results.push({ ruleId: rule.id, example, expected, passed: flagged === (expected === "match") });
      }
    }
  }
  return results;
}

/** Whether `rule` reports on an (expanded) example. */
export function exampleFlags(rule: Rule, example: string, ruleSet: RuleSet): boolean {
  const file = rule.target === "path" ? pathExample(example) : contentExample(rule, example.split("\n"));
  return detectFile(file, ruleSet).some((finding) => finding.ruleId === rule.id);
}

/** A path rule's example is a file: its first line is the path, any further lines its content. */
export function pathExample(example: string): FileChange {
  const [path, ...lines] = example.split("\n");
  return addedFile(path!, numbered(lines), { content: lines.join("\n") });
}

/** A file the rule concerns, so scope (paths, excludePaths, firstLine) does not hide an example. */
function contentExample(rule: Rule, lines: string[]): FileChange {
  return addedFile(inScopeName(rule), numbered(lines));
}

/**
 * A file name the rule is in scope for, built from its paths (`<stem>.sh`, `.ts`, `.txt` when it
 * has none). No simple name in scope (an unusual glob): the first candidate, and the first line
 * decides, or the rule is skipped by scope. Tests that plant examples name their files this way.
 */
export function inScopeName(rule: Rule, stem = "example"): string {
  const candidates = [
    ...rule.paths.filter((glob) => !/[*?[{]/.test(glob)),
    ...rule.paths.filter((glob) => /^\*\.\w+$/.test(glob)).map((glob) => glob.replace("*", stem)),
    ...rule.paths.filter((glob) => glob.startsWith("**/")).map((glob) => glob.slice(3).replace(/\*/g, stem)),
    `${stem}.sh`,
    `${stem}.ts`,
    `${stem}.txt`,
  ];
  return candidates.find((candidate) => !rule.excludesPath(candidate) && (rule.concernsEveryFile || rule.selectsPath(candidate))) ?? candidates[0]!;
}
