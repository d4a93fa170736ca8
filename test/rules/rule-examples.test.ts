// Every rule proves itself: its examples.match must be flagged and its examples.noMatch must not,
// through the same detector the scan uses. Packs are also checked against patterns/schema.json.

import { describe, expect, test } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { detectFile } from "../../src/detect/detect-file.js";
import { checkExamples, exampleFlags, pathExample } from "../../src/rules/check-examples.js";
import { compileRulePacks, type Rule } from "../../src/rules/compile.js";
import { expandTemplate, seededRandom } from "../../src/rules/example-template.js";
import { PATTERNS_DIR, readRulePacks } from "../../src/rules/load.js";

const packs = readRulePacks();
const ruleSet = compileRulePacks(packs, { thorough: true });

const flags = (rule: Rule, example: string): boolean => exampleFlags(rule, example, ruleSet);

test("the shipped packs hold the starter set of each category", () => {
  const count = (category: string) => ruleSet.rules.filter((rule) => rule.category === category).length;
  expect(count("secret")).toBeGreaterThanOrEqual(12);
  expect(count("forbidden-file")).toBeGreaterThanOrEqual(12);
  expect(count("risky-command")).toBeGreaterThanOrEqual(8);
});

test("every pack is valid against patterns/schema.json", () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(join(PATTERNS_DIR, "schema.json"), "utf8")));
  for (const pack of packs) {
    const valid = validate(pack);
    expect({ pack: pack.pack, errors: valid ? [] : validate.errors }).toEqual({ pack: pack.pack, errors: [] });
  }
});

test("no pack holds a literal its own rules flag (examples use generators)", () => {
  // Otherwise committing patterns/ would trip this very hook, and the examples would be committed secrets.
  for (const pack of packs) {
    const text = readFileSync(join(PATTERNS_DIR, `${pack.pack}.json`), "utf8");
    const findings = detectFile(
      { ...pathExample(`patterns/${pack.pack}.json`), addedLines: text.split("\n").map((line, index) => ({ line: index + 1, text: line })) },
      ruleSet,
    );
    expect(findings.map((finding) => `${finding.ruleId}:${finding.line}`)).toEqual([]);
  }
});

describe.each(ruleSet.rules.map((rule) => [rule.id, rule] as const))("rule %s", (_id, rule) => {
  const random = seededRandom(rule.id);
  test.each(rule.spec.examples.match.map((example) => [example]))("flags %s", (template) => {
    expect(flags(rule, expandTemplate(template, random))).toBe(true);
  });
  test.each(rule.spec.examples.noMatch.map((example) => [example]))("does not flag %s", (template) => {
    expect(flags(rule, expandTemplate(template, random))).toBe(false);
  });
});

test("checkExamples (what `stageguard rules --check` runs) passes every shipped example and would catch a wrong one", () => {
  const results = checkExamples(ruleSet);
  expect(results.length).toBeGreaterThan(4 * ruleSet.rules.length - 1);
  expect(results.filter((result) => !result.passed)).toEqual([]);
  const rule = ruleSet.rules.find((candidate) => candidate.id === "github-pat")!;
  const swapped = { ...rule, spec: { ...rule.spec, examples: { match: rule.spec.examples.noMatch, noMatch: rule.spec.examples.match } } };
  expect(checkExamples(ruleSet, [swapped]).every((result) => !result.passed)).toBe(true);
});
