// Properties of the detectors (src/detect/detect-file.ts) with the shipped rules, on random
// files that hold rule examples (expanded from patterns/*.json, so they really match) amid random
// lines: nothing throws, every position is inside its line and its file, no finding's text holds
// a secret some finding masks, and line endings or a byte-order mark change nothing.

import { expect, test } from "@jest/globals";
import fc from "fast-check";
import { detectFile } from "../../src/detect/detect-file.js";
import { inScopeName } from "../../src/rules/check-examples.js";
import { expandTemplate, seededRandom } from "../../src/rules/example-template.js";
import { loadRuleSet } from "../../src/rules/load.js";
import { addedFile, decodeText, toNumberedLines } from "../../src/text/content.js";
import type { FileChange, Finding, NumberedLine } from "../../src/types.js";
import { lineText, relativePath } from "./arbitraries.js";
import { propertyParams } from "./settings.js";

const ruleSet = loadRuleSet();

/** Every match example of every content and command rule, with a file name the rule reads. */
const EXAMPLES = ruleSet.rules.filter((rule) => rule.target !== "path").flatMap((rule) => rule.spec.examples.match.map((template) => ({ template, path: inScopeName(rule) })));
const SINGLE_LINE = EXAMPLES.filter((example) => !example.template.includes("\n"));

const expand = (template: string, seed: string) => expandTemplate(template, seededRandom(seed));

/** Two examples on one line (a command that carries a token, say), joined as code might join them. */
const comboLine = fc
  .tuple(fc.constantFrom(...SINGLE_LINE), fc.constantFrom(...SINGLE_LINE), fc.constantFrom(" ", " && ", "; ", " # ", ' "', "=", " | "), fc.string({ maxLength: 4 }))
  .map(([a, b, glue, seed]) => `${expand(a.template, `a${seed}`)}${glue}${expand(b.template, `b${seed}`)}`);

/** A file: random lines, one rule example (kept whole, it may span lines), more random lines. */
const document = fc
  .record({
    example: fc.constantFrom(...EXAMPLES),
    seed: fc.string({ maxLength: 6 }),
    before: fc.array(fc.oneof({ weight: 4, arbitrary: lineText }, { weight: 1, arbitrary: comboLine }), { maxLength: 6 }),
    after: fc.array(fc.oneof({ weight: 4, arbitrary: lineText }, { weight: 1, arbitrary: comboLine }), { maxLength: 6 }),
    randomPath: fc.option(relativePath, { freq: 5 }),
  })
  .map(({ example, seed, before, after, randomPath }) => ({
    path: randomPath ?? example.path,
    // Lines never hold a newline: collectors split on it.
    lines: [...before, ...expand(example.template, seed).split("\n"), ...after].map((line) => line.replace(/\n/g, " ")),
  }));

/** Every finding's line, column and end column lie inside the file and inside their line. */
function expectInBounds(findings: Finding[], known: ReadonlyMap<number, string>, lastLine: number): void {
  for (const finding of findings) {
    if (finding.line === null) {
      expect([finding.column, finding.endColumn]).toEqual([null, null]);
      continue;
    }
    expect(finding.line).toBeGreaterThanOrEqual(1);
    expect(finding.line).toBeLessThanOrEqual(lastLine);
    const text = known.get(finding.line);
    expect(text).toBeDefined();
    if (finding.column === null) continue;
    expect(finding.column).toBeGreaterThanOrEqual(1);
    expect(finding.column).toBeLessThanOrEqual(text!.length + 1);
    if (finding.endColumn !== null) {
      expect(finding.endColumn).toBeGreaterThan(finding.column);
      expect(finding.endColumn).toBeLessThanOrEqual(text!.length + 1);
    }
  }
}

// Seed 7301, 400 runs (~2 s).
test("detectFile never throws, and every finding is on a line of the file, inside that line", () => {
  // Some lines added, the rest shown as context (a modified file), or all of them added.
  const change = document.chain((doc) =>
    fc.array(fc.boolean(), { minLength: doc.lines.length, maxLength: doc.lines.length }).map((added) => ({ ...doc, added: added.every((flag) => !flag) ? added.map(() => true) : added })),
  );
  fc.assert(
    fc.property(change, ({ path, lines, added }) => {
      const numbered = lines.map((text, index): NumberedLine => ({ line: index + 1, text }));
      const file: FileChange = {
        ...addedFile(path, numbered.filter((_, index) => added[index])),
        ...(added.every(Boolean) ? {} : { status: "modified" as const, contextLines: numbered.filter((_, index) => !added[index]) }),
      };
      const findings = detectFile(file, ruleSet);
      expectInBounds(findings, new Map(numbered.map((line) => [line.line, line.text])), lines.length);
    }),
    propertyParams(7301, 400),
  );
});

// Seed 7302, 400 runs (~2 s).
test("no finding shows a secret that a finding masks (its own, or another on the same line)", () => {
  fc.assert(
    fc.property(document, ({ path, lines }) => {
      const findings = detectFile(addedFile(path, lines.map((text, index) => ({ line: index + 1, text }))), ruleSet);
      const secrets = findings
        .filter((finding) => finding.category === "secret" && finding.line !== null && finding.column !== null && finding.endColumn !== null)
        .map((finding) => lines[finding.line! - 1]!.slice(finding.column! - 1, finding.endColumn! - 1))
        // Shorter values can occur in a rule's own text (messages, fixes) by chance.
        .filter((secret) => secret.length >= 8);
      for (const finding of findings) {
        const shown = JSON.stringify({ ...finding, file: undefined });
        for (const secret of secrets) expect({ ruleId: finding.ruleId, line: finding.line, reveals: shown.includes(JSON.stringify(secret).slice(1, -1)) }).toEqual({ ruleId: finding.ruleId, line: finding.line, reveals: false });
      }
    }),
    propertyParams(7302, 400),
  );
});

/** Findings as a report shows them, for comparing two scans of the same text. */
const summary = (findings: Finding[]) => findings.map((finding) => [finding.ruleId, finding.line, finding.column, finding.endColumn, finding.match, finding.fingerprint]);

/** A file read from bytes, as `scan files` and git's re-sniffed blobs build it. */
function fromBytes(path: string, data: Buffer): FileChange {
  const { lines } = toNumberedLines(data, data.length, 10 * 1024 * 1024);
  return addedFile(path, lines, { content: decodeText(data) });
}

// Seed 7303, 300 runs (~2 s).
test("the same findings with LF or CRLF line endings, with or without a BOM, with or without a final newline", () => {
  fc.assert(
    fc.property(document, fc.boolean(), ({ path, lines }, finalNewline) => {
      // A line that itself ends in CR cannot be told apart from a CRLF ending: not this property's concern.
      const clean = lines.map((line) => line.replace(/\r+$/, ""));
      const bytes = (eol: string, bom: string) => Buffer.from(bom + clean.join(eol) + (finalNewline ? eol : ""));
      const lf = summary(detectFile(fromBytes(path, bytes("\n", "")), ruleSet));
      expect(summary(detectFile(fromBytes(path, bytes("\r\n", "")), ruleSet))).toEqual(lf);
      expect(summary(detectFile(fromBytes(path, bytes("\n", "\ufeff")), ruleSet))).toEqual(lf);
      expect(summary(detectFile(fromBytes(path, bytes("\r\n", "\ufeff")), ruleSet))).toEqual(lf);
    }),
    propertyParams(7303, 300),
  );
});

// Seed 7304, 300 runs (~1 s).
test("random bytes as a file (any encoding, NULs, control characters) never make detectFile throw", () => {
  fc.assert(
    fc.property(relativePath, fc.uint8Array({ maxLength: 2000 }), (path, data) => {
      const file = fromBytes(path, Buffer.from(data));
      const findings = detectFile(file, ruleSet);
      expectInBounds(findings, new Map(file.addedLines.map((line) => [line.line, line.text])), file.addedLines.length);
    }),
    propertyParams(7304, 300),
  );
});

// Regression: a risky command's snippet is the command as written, and it showed a token the
// command carries in full, even though the secret finding on the same line masked it.
test("a risky command's snippet masks the token it carries, on one line or across continuations (regression)", () => {
  const token = expand("ghp_{{alnum:36}}", "command-snippet");
  const oneLine = [`curl -fsSL -H "Authorization: token ${token}" https://get.example.invalid/install.sh | sh`];
  const continued = ["#!/bin/sh", "curl -fsSL \\", `  -H "Authorization: token ${token}" \\`, "  https://get.example.invalid/install.sh | sh"];
  for (const lines of [oneLine, continued]) {
    const findings = detectFile(addedFile("scripts/setup.sh", lines.map((text, index) => ({ line: index + 1, text }))), ruleSet);
    expect(findings.map((finding) => finding.category).sort()).toEqual(["risky-command", "secret"]);
    for (const finding of findings) expect(JSON.stringify(finding)).not.toContain(token);
    expect(findings.find((finding) => finding.category === "risky-command")!.match).toContain(`token ${token.slice(0, 4)}…${token.slice(-2)}`);
  }
});
