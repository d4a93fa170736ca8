// Checks the labeled benchmark corpus itself (test/corpus/, used by `npm run bench:quality`):
// its size, that every marker parses and expands, and that no literal secret-shaped string is
// committed. Fast and independent of the peer tools.

import { describe, expect, test } from "@jest/globals";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expandTemplate, seededRandom } from "../../src/rules/example-template.js";
import {
  listCorpusFiles,
  literalSecretShapes,
  makeExpander,
  materializeCorpus,
  materializedPath,
  parseLine,
  strayGenerators,
} from "../../scripts/corpus-lib.js";

const corpusRoot = join(resolve(dirname(fileURLToPath(import.meta.url)), "../.."), "test", "corpus");
const expand = makeExpander(expandTemplate);
const corpus = materializeCorpus(corpusRoot, { expand, seededRandom, seed: "corpus-test" });
const stored = listCorpusFiles(corpusRoot);
const raw = new Map(stored.map((file) => [file, readFileSync(join(corpusRoot, file), "utf8")]));

describe("benchmark corpus", () => {
  test("has at least 400 labeled secrets of at least 80 types, and at least as many hard negatives", () => {
    const types = new Set(corpus.positives.map((p) => p.type));
    expect(corpus.positives.length).toBeGreaterThanOrEqual(400);
    expect(types.size).toBeGreaterThanOrEqual(80);
    expect(corpus.negatives.length).toBeGreaterThanOrEqual(corpus.positives.length);
  });

  test("every marker parses and expands; labels only in positive files", () => {
    expect(corpus.errors).toEqual([]);
    // Line labels (⟪!type⟫) belong to test/corpus-code; here every label is a secret value.
    expect(corpus.positives.filter((p) => p.whole).map((p) => `${p.stored}:${p.line}`)).toEqual([]);
    for (const label of corpus.positives) {
      expect(label.value.length).toBeGreaterThan(0);
      expect(label.value).not.toMatch(/\{\{\w+:\d+/);
      expect(label.file.startsWith("positive/")).toBe(true);
    }
  });

  test("no marker spans lines, and no marker character survives expansion", () => {
    const problems: string[] = [];
    for (const [file, text] of raw) {
      text.split("\n").forEach((line, index) => {
        try {
          parseLine(line);
        } catch (error) {
          problems.push(`${file}:${index + 1}: ${(error as Error).message}`);
        }
      });
    }
    expect(problems).toEqual([]);
    const random = seededRandom("markers");
    for (const [, text] of raw) {
      const lines = text.split("\n").map((line) =>
        parseLine(line)
          .map((s) => (s.kind === "text" ? s.text : s.kind === "case" || s.kind === "mark" ? "" : expand(s.template, random)))
          .join(""),
      );
      expect(lines.join("\n")).not.toMatch(/[⟪⟫⟦⟧]/);
    }
  });

  test("no literal secret-shaped string and no unexpanded generator outside markers", () => {
    const shapes: string[] = [];
    const stray: string[] = [];
    for (const [file, text] of raw) {
      for (const s of literalSecretShapes(text)) shapes.push(`${file}:${s.line}: ${s.run}`);
      for (const line of strayGenerators(text)) stray.push(`${file}:${line}`);
    }
    expect(shapes).toEqual([]);
    expect(stray).toEqual([]);
    // The forbidden-file cases use plain generators (no markers): still no literal secret.
    const manifest = readFileSync(join(corpusRoot, "forbidden-files.json"), "utf8");
    expect(literalSecretShapes(manifest).map((s) => `forbidden-files.json:${s.line}: ${s.run}`)).toEqual([]);
  });

  test("materialized names are unique and expansion is reproducible per seed", () => {
    const names = stored.map(materializedPath);
    expect(new Set(names).size).toBe(names.length);
    expect(materializedPath("positive/home/dot_aws/credentials")).toBe("positive/home/.aws/credentials");
    expect(materializedPath("positive/keys/id_rsa.corpus")).toBe("positive/keys/id_rsa");
    const again = materializeCorpus(corpusRoot, { expand, seededRandom, seed: "corpus-test" });
    expect(again.positives.map((p) => p.value)).toEqual(corpus.positives.map((p) => p.value));
    const other = materializeCorpus(corpusRoot, { expand, seededRandom, seed: "another-seed" });
    expect(other.positives[0]?.value).not.toBe(corpus.positives[0]?.value);
  });

  test("multi-line keys are labeled on their first line and cover their block", () => {
    const blocks = corpus.positives.filter((p) => p.endLine > p.line);
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    for (const block of blocks) expect(block.endLine - block.line).toBeLessThan(60);
  });
});
