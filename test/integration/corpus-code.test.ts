// Checks the risky-command / insecure-code corpus itself (test/corpus-code/, used by the second
// section of `npm run bench:quality`): its size and coverage, that every marker parses, that
// labels sit where a finding can point (the first line of a command) and only in positive files,
// and that nothing of the markers survives materialization. Fast: no scanner runs here.

import { afterAll, describe, expect, test } from "@jest/globals";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expandTemplate, seededRandom } from "../../src/rules/example-template.js";
import { listCorpusFiles, makeExpander, materializeCorpus, materializedPath, parseLine } from "../../scripts/corpus-lib.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const corpusRoot = join(repoRoot, "test", "corpus-code");
const outDir = mkdtempSync(join(tmpdir(), "stageguard-corpus-code-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

interface TypeSpec {
  category: string;
  severity: string;
  what: string;
}
const types = (JSON.parse(readFileSync(join(corpusRoot, "types.json"), "utf8")) as { types: Record<string, TypeSpec> }).types;
const corpus = materializeCorpus(corpusRoot, { expand: makeExpander(expandTemplate), seededRandom, seed: "corpus-code-test", outDir });
const stored = listCorpusFiles(corpusRoot);
const raw = new Map(stored.map((file) => [file, readFileSync(join(corpusRoot, file), "utf8")]));
const CATEGORIES = ["risky-command", "insecure-code"];

describe("risky-command / insecure-code corpus", () => {
  test("has at least 150 labeled lines of at least 25 types, each type at least 3 times, and at least as many hard negatives", () => {
    const used = new Set(corpus.positives.map((p) => p.type));
    expect(corpus.positives.length).toBeGreaterThanOrEqual(150);
    expect(used.size).toBeGreaterThanOrEqual(25);
    expect(corpus.negatives.length).toBeGreaterThanOrEqual(corpus.positives.length);
    const rare = [...used].filter((type) => corpus.positives.filter((p) => p.type === type).length < 3);
    expect(rare).toEqual([]);
    for (const category of CATEGORIES) {
      expect(corpus.positives.filter((p) => types[p.type]?.category === category).length).toBeGreaterThanOrEqual(50);
    }
  });

  test("types.json declares every type used, each with a known category and severity, and no unused type", () => {
    const used = new Set(corpus.positives.map((p) => p.type));
    expect([...used].filter((type) => !types[type]).sort()).toEqual([]);
    expect(Object.keys(types).filter((type) => !used.has(type)).sort()).toEqual([]);
    for (const [type, spec] of Object.entries(types)) {
      expect(`${type}: ${CATEGORIES.includes(spec.category) ? "ok" : spec.category}`).toBe(`${type}: ok`);
      expect(["block", "warn"]).toContain(spec.severity);
      expect(spec.what.length).toBeGreaterThan(0);
    }
  });

  test("every marker parses; only line labels ⟪!type⟫ and hard negatives ⟦⟧ are used", () => {
    expect(corpus.errors).toEqual([]);
    const problems: string[] = [];
    for (const [file, text] of raw) {
      text.split("\n").forEach((line, index) => {
        try {
          for (const segment of parseLine(line)) {
            if (segment.kind === "label" || segment.kind === "fill") problems.push(`${file}:${index + 1}: ${segment.kind} marker (only ⟪!type⟫ and ⟦⟧ belong here)`);
          }
        } catch (error) {
          problems.push(`${file}:${index + 1}: ${(error as Error).message}`);
        }
      });
    }
    expect(problems).toEqual([]);
    for (const label of corpus.positives) {
      expect(label.whole).toBe(true);
      expect(label.value.length).toBeGreaterThan(0);
    }
  });

  test("labels only in positive files, and every positive file holds at least one", () => {
    expect(corpus.positives.filter((p) => !p.stored.startsWith("positive/")).map((p) => `${p.stored}:${p.line}`)).toEqual([]);
    const labeled = new Set(corpus.positives.map((p) => p.stored));
    expect(stored.filter((file) => file.startsWith("positive/") && !labeled.has(file))).toEqual([]);
  });

  test("labels sit on the first line of a command: never on a line continued from the one above", () => {
    const continued: string[] = [];
    for (const label of corpus.positives) {
      const lines = readFileSync(join(outDir, ...label.file.split("/")), "utf8").split("\n");
      const above = lines[label.line - 2];
      if (above !== undefined && /\\$/.test(above)) continued.push(`${label.stored}:${label.line}`);
    }
    expect(continued).toEqual([]);
  });

  test("no marker character survives materialization, and names map as documented", () => {
    const leftovers: string[] = [];
    for (const file of corpus.files) {
      const text = readFileSync(join(outDir, ...file.file.split("/")), "utf8");
      if (/[⟪⟫⟦⟧]/.test(text)) leftovers.push(file.file);
      // A stripped marker leaves no trailing blank behind on its line.
      const positives = corpus.positives.filter((p) => p.file === file.file).map((p) => p.line);
      const cases = corpus.negatives.filter((n) => n.file === file.file).map((n) => n.line);
      const lines = text.split("\n");
      for (const line of [...positives, ...cases]) if (/[ \t]$/.test(lines[line - 1] ?? "")) leftovers.push(`${file.file}:${line} (trailing blank)`);
    }
    expect(leftovers).toEqual([]);
    const names = stored.map(materializedPath);
    expect(new Set(names).size).toBe(names.length);
    for (const expected of ["positive/.husky/pre-commit", "positive/.github/workflows/ci.yml", "positive/.gitlab-ci.yml", "positive/node-app/package.json", "negative/web/package.json"]) {
      expect(names).toContain(expected);
    }
  });

  test("no corpus file is executable, and the repository's own hook ignores the corpus", () => {
    const executable = stored.filter((file) => (statSync(join(corpusRoot, file)).mode & 0o111) !== 0);
    expect(executable).toEqual([]);
    const config = JSON.parse(readFileSync(join(repoRoot, "stageguard.config.json"), "utf8")) as { ignorePaths: string[] };
    expect(config.ignorePaths).toContain("test/corpus-code/**");
  });
});
