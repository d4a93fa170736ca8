// A long alternation run branch by branch must match exactly what the whole pattern matches:
// same positions, same text, same group numbers and spans, in the same order.

import { describe, expect, test } from "@jest/globals";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { BranchedRegExp, branchLayout, ruleRegex, type RuleRegex } from "../../../src/rules/branched-regex.js";
import { compileRulePacks } from "../../../src/rules/compile.js";
import { expandTemplate, seededRandom } from "../../../src/rules/example-template.js";
import { readRulePacks } from "../../../src/rules/load.js";
import { gateOf, splitAlternatives } from "../../../src/rules/regex-source.js";
import { PROJECT_ROOT } from "../../helpers/temp-repo.js";

/** Every match of `regex` in `text`, as the detectors walk them (global exec, empty matches stepped over). */
function allMatches(regex: RuleRegex, text: string): unknown[] {
  const found: unknown[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    if (match[0].length === 0) regex.lastIndex++;
    found.push({ index: match.index, groups: Array.from(match), spans: match.indices ? Array.from(match.indices) : null, next: regex.lastIndex });
  }
  found.push({ endLastIndex: regex.lastIndex });
  return found;
}

describe("reading the source", () => {
  test("top-level alternatives ignore bars in groups, classes and escapes", () => {
    expect(splitAlternatives(String.raw`a(b|c)|[|]d|e\|f|(?:g|h)i`)).toEqual(["a(b|c)", "[|]d", String.raw`e\|f`, "(?:g|h)i"]);
    expect(splitAlternatives("abc")).toEqual(["abc"]);
    expect(splitAlternatives(String.raw`[\]|]x|y`)).toEqual([String.raw`[\]|]x`, "y"]);
  });

  test("the gate is the longest literal text every match must contain", () => {
    expect(gateOf(String.raw`\bdefine\(\s*["']x`, false)).toEqual(["define("]);
    expect(gateOf(String.raw`^\s*(?:ENV|ARG)\s+\w+`, true)).toEqual(["env", "arg"]);
    expect(gateOf(String.raw`[\"']\s+value=[\"']`, false)).toEqual(["value="]);
    expect(gateOf(String.raw`x?abc`, false)).toEqual(["abc"]);
    expect(gateOf(String.raw`(?:foo|bar)?baz`, false)).toEqual(["baz"]);
    expect(gateOf(String.raw`ab+cdef`, false)).toEqual(["cdef"]);
    expect(gateOf(String.raw`a(?=b)bc`, false)).toEqual(["abc"]);
    expect(gateOf(String.raw`[\w.-]{0,40}?(?:secret|token)`, true)).toEqual(["secret", "token"]);
    // Nothing required: the branch is always tried.
    expect(gateOf(String.raw`\w+\s*\d*`, false)).toEqual([]);
    expect(gateOf(String.raw`(?:a|\w)b?`, false)).toEqual([]);
  });
});

describe("matches equal the whole pattern's", () => {
  const cases: Array<[string, string, string[]]> = [
    ["b(c)|a(b)c|(a)", "gd", ["xabcabc", "aaa", "bcbc", "", "zzz"]],
    ["(x)|x(y)", "gd", ["xyxy", "yx"]],
    ["a*|b", "gd", ["bab", ""]],
    ["^(?:ENV|ARG) (\\w+)|(\\w+)=(\\w+)", "gmdi", ["env A=B", "Arg x", "k=v k2=v2"]],
  ];
  test.each(cases)("%s /%s", (source, flags, texts) => {
    for (const text of texts) {
      expect(allMatches(new BranchedRegExp(source, flags, branchLayout(source, flags, 0)!), text)).toEqual(allMatches(new RegExp(source, flags), text));
    }
    // Handing over to the whole pattern part-way through a line changes nothing either.
    for (const wholeAfter of [0, 1, 2, 3]) {
      const regex = new BranchedRegExp(source, flags, branchLayout(source, flags, 0)!, wholeAfter);
      for (const text of texts) expect(allMatches(regex, text)).toEqual(allMatches(new RegExp(source, flags), text));
    }
  });

  const ruleSet = compileRulePacks(readRulePacks(), { thorough: true });
  const branched = ruleSet.rules.filter((rule) => rule.regex instanceof BranchedRegExp);
  const lines = corpusLines();

  test("the long shipped patterns are the ones run by branches", () => {
    expect(branched.map((rule) => rule.id)).toEqual(expect.arrayContaining(["generic-secret", "generic-password"]));
    for (const rule of ruleSet.rules) if (rule.regex && rule.spec.pattern!.length < 1000) expect(rule.regex).toBeInstanceOf(RegExp);
  });

  test.each(branched.map((rule) => [rule.id, rule] as const))("%s, on its examples and on every corpus line with its keywords", (_id, rule) => {
    const plain = new RegExp(rule.regex!.source, rule.regex!.flags);
    // Branch by branch all along (the hand-over to the whole pattern is tested above).
    const branches = new BranchedRegExp(rule.regex!.source, rule.regex!.flags, (rule.regex as BranchedRegExp).layout, Infinity);
    const examples = [...rule.spec.examples.match, ...rule.spec.examples.noMatch];
    const texts: string[] = [];
    for (let seed = 0; seed < 5; seed++) {
      const random = seededRandom(`branched-${rule.id}-${seed}`);
      const expanded = examples.map((example) => expandTemplate(example, random));
      texts.push(...expanded);
      // Two examples on one line: several matches, from different branches, in one walk.
      texts.push(...expanded.map((line, at) => `${line}  ${expanded[(at + seed + 1) % expanded.length]}`));
    }
    texts.push(...lines.filter((line) => rule.keywords.some((keyword) => line.toLowerCase().includes(keyword))));
    let compared = 0;
    for (const text of texts) {
      for (const line of text.split("\n")) {
        expect([line, allMatches(branches, line)]).toEqual([line, allMatches(plain, line)]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  test("a fresh rule regex of a long alternation is split, a short one is a plain RegExp", () => {
    const long = Array.from({ length: 80 }, (_, at) => `name${at}=(\\w{8,})`).join("|");
    expect(ruleRegex(long, "gmd")).toBeInstanceOf(BranchedRegExp);
    expect(ruleRegex("a|b", "gmd")).toBeInstanceOf(RegExp);
    // Back-references and named groups keep the pattern whole: renumbering would change them.
    expect(ruleRegex(`${long}|(x)\\1`, "gmd")).toBeInstanceOf(RegExp);
  });
});

/** Every line of the detection corpora (real-looking files in test/corpus*). */
function corpusLines(): string[] {
  const lines: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (statSync(path).size < 2_000_000) lines.push(...readFileSync(path, "utf8").split("\n"));
    }
  };
  walk(join(PROJECT_ROOT, "test", "corpus"));
  walk(join(PROJECT_ROOT, "test", "corpus-code"));
  return lines;
}
