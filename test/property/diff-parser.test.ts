// Properties of the pure git-output parsers (split-lines, parse-patch, parse-raw, the raw/patch
// split and the header check in collectDiff) over synthetic `git diff --raw -z -p` output built
// from a random model of files, hunks and lines, cut into random chunks. What git itself prints
// for awkward names and contents is checked against real repositories in staged-collection.test.ts.

import { expect, test } from "@jest/globals";
import fc from "fast-check";
import { diffHeaderFor, quoteGitPath } from "../../src/git/c-quote.js";
import { PatchParser, type PatchSection } from "../../src/git/parse-patch.js";
import { parseRaw } from "../../src/git/parse-raw.js";
import { splitLines } from "../../src/git/split-lines.js";
import { collectDiff, splitRawAndPatch, type StartedDiff } from "../../src/git/staged.js";
import type { StagedFile } from "../../src/types.js";
import { chunked, fromChunks, lineBytes, relativePath } from "./arbitraries.js";
import { propertyParams } from "./settings.js";

type Marker = "+" | "-" | " ";
interface ModelLine {
  marker: Marker;
  bytes: Buffer;
  /** An empty context line printed as "" (diff.suppressBlankEmpty). */
  bare: boolean;
  /** "\ No newline at end of file" follows. */
  noNewline: boolean;
}
interface ModelFile {
  kind: "added" | "modified" | "deleted" | "renamed";
  path: string;
  previousPath: string;
  binary: boolean;
  /** Hunks, each preceded by a gap of unchanged lines git does not show. */
  hunks: Array<{ gap: number; lines: ModelLine[] }>;
}

const OID_A = "1".repeat(40);
const OID_B = "2".repeat(40);
const ZERO = "0".repeat(40);

const modelLine = (markers: Marker[]): fc.Arbitrary<ModelLine> =>
  fc.record({ marker: fc.constantFrom(...markers), bytes: lineBytes, bare: fc.boolean(), noNewline: fc.nat({ max: 19 }).map((n) => n === 0) });

const hunkLines = (markers: Marker[], max: number) => fc.array(modelLine(markers), { minLength: 1, maxLength: max });

const modelFile: fc.Arbitrary<ModelFile> = fc.oneof(
  fc.record({ kind: fc.constant("added" as const), path: relativePath, binary: fc.nat({ max: 9 }).map((n) => n === 0), hunks: hunkLines(["+"], 12).map((lines) => [{ gap: 0, lines }]) }),
  fc.record({ kind: fc.constant("deleted" as const), path: relativePath, binary: fc.constant(false), hunks: hunkLines(["-"], 6).map((lines) => [{ gap: 0, lines }]) }),
  fc.record({
    kind: fc.constantFrom("modified" as const, "renamed" as const),
    path: relativePath,
    binary: fc.nat({ max: 9 }).map((n) => n === 0),
    hunks: fc.array(fc.record({ gap: fc.nat({ max: 50 }), lines: hunkLines(["+", "-", " "], 10) }), { minLength: 1, maxLength: 4 }),
  }),
).chain((file) => relativePath.map((other) => ({ ...file, previousPath: file.kind === "renamed" && other !== file.path ? other : file.path, kind: file.kind === "renamed" && other === file.path ? "modified" : file.kind })));

const files = fc.uniqueArray(modelFile, { minLength: 1, maxLength: 5, selector: (file) => file.path });

/** What `git diff --raw -z` prints for the model. */
function rawPart(model: readonly ModelFile[]): Buffer {
  const fields = model.flatMap((file) => {
    const modes = file.kind === "added" ? "000000 100644" : file.kind === "deleted" ? "100644 000000" : "100644 100644";
    const ids = file.kind === "added" ? `${ZERO} ${OID_B}` : file.kind === "deleted" ? `${OID_A} ${ZERO}` : `${OID_A} ${OID_B}`;
    const status = { added: "A", deleted: "D", modified: "M", renamed: "R087" }[file.kind];
    return [`:${modes} ${ids} ${status}`, ...(file.kind === "renamed" ? [file.previousPath, file.path] : [file.path])];
  });
  return Buffer.from(fields.map((field) => `${field}\0`).join(""));
}

/** What `git diff -p` prints for the model, and the sections a correct parser returns. */
function patchPart(model: readonly ModelFile[]): { bytes: Buffer; sections: PatchSection[] } {
  const out: Buffer[] = [];
  const print = (text: string | Buffer) => out.push(Buffer.isBuffer(text) ? text : Buffer.from(text), Buffer.from("\n"));
  const sections = model.map((file): PatchSection => {
    const oldName = file.kind === "added" ? "/dev/null" : quoteGitPath(`a/${file.previousPath}`);
    const newName = file.kind === "deleted" ? "/dev/null" : quoteGitPath(`b/${file.path}`);
    const header = diffHeaderFor(file.previousPath, file.path);
    print(header);
    if (file.kind === "added") print("new file mode 100644");
    if (file.kind === "deleted") print("deleted file mode 100644");
    if (file.kind === "renamed") {
      print("similarity index 87%");
      print(`rename from ${quoteGitPath(file.previousPath)}`);
      print(`rename to ${quoteGitPath(file.path)}`);
    }
    print(`index ${OID_A.slice(0, 7)}..${OID_B.slice(0, 7)}${file.kind === "modified" || file.kind === "renamed" ? " 100644" : ""}`);
    const section: PatchSection = { header, isBinary: file.binary, addedLines: [], contextLines: [], addedLineCount: 0, addedBytes: 0, addedTextBytes: 0, truncated: false };
    if (file.binary) {
      print(`Binary files ${oldName} and ${newName} differ`);
      return section;
    }
    print(`--- ${oldName}`);
    print(`+++ ${newName}`);
    let next = 1;
    for (const hunk of file.hunks) {
      next += hunk.gap;
      const oldCount = hunk.lines.filter((line) => line.marker !== "+").length;
      const newCount = hunk.lines.filter((line) => line.marker !== "-").length;
      const count = (n: number) => (n === 1 ? "" : `,${n}`);
      // git names the line before the hunk when a side is empty.
      const newStart = newCount === 0 ? next - 1 : next;
      print(`@@ -${next}${count(oldCount)} +${newStart}${count(newCount)} @@ context ${"@@ +9 @@"}`);
      for (const line of hunk.lines) {
        print(line.marker === " " && line.bare && line.bytes.length === 0 ? "" : Buffer.concat([Buffer.from(line.marker), line.bytes]));
        if (line.noNewline) print("\\ No newline at end of file");
        if (line.marker === "-") continue;
        const text = asText(line.bytes, next);
        if (line.marker === "+") {
          section.addedLines.push({ line: next, text });
          section.addedLineCount++;
          section.addedBytes += 1 + line.bytes.length;
          // The bytes git printed for the text (no trailing CR, no BOM on line 1), a newline each.
          const cr = line.bytes.length > 0 && line.bytes[line.bytes.length - 1] === 13 ? 1 : 0;
          const bom = next === 1 && line.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) ? 3 : 0;
          section.addedTextBytes += 1 + line.bytes.length - cr - bom;
        } else {
          section.contextLines.push({ line: next, text });
        }
        next++;
      }
    }
    return section;
  });
  return { bytes: Buffer.concat(out), sections };
}

/** A line's text as the parser gives it: one trailing CR dropped, UTF-8 decoded, no BOM on line 1. */
function asText(bytes: Buffer, line: number): string {
  const text = bytes.toString("utf8", 0, bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length);
  return line === 1 && text.startsWith("\uFEFF") ? text.slice(1) : text;
}

async function parse(chunks: Buffer[], maxBytesPerFile: number): Promise<PatchSection[]> {
  const parser = new PatchParser({ maxBytesPerFile });
  const sections: PatchSection[] = [];
  for await (const line of splitLines(fromChunks(chunks))) {
    const finished = parser.push(line);
    if (finished) sections.push(finished);
  }
  const last = parser.end();
  if (last) sections.push(last);
  return sections;
}

const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 });

// Seed 9101, 200 runs (~3 s).
test("patch parser: sections, added and context lines with new-file numbers, whatever the chunking", async () => {
  await fc.assert(
    fc.asyncProperty(files, cuts, fc.integer({ min: 1, max: 400 }), async (model, cutPoints, max) => {
      const { bytes, sections: expected } = patchPart(model);
      const parsed = await parse(chunked(bytes, cutPoints), Number.MAX_SAFE_INTEGER);
      expect(parsed).toEqual(expected);
      // With a byte cap: the same lines, a prefix of them kept, the rest counted.
      const small = await parse(chunked(bytes, cutPoints), max);
      expect(small.map((section) => section.addedLineCount)).toEqual(expected.map((section) => section.addedLineCount));
      for (const [index, section] of small.entries()) {
        expect(section.addedLines).toEqual(expected[index]!.addedLines.slice(0, section.addedLines.length));
        expect(section.truncated).toBe(section.addedLines.length < expected[index]!.addedLines.length);
        expect(section.addedBytes).toBeLessThanOrEqual(max);
      }
    }),
    propertyParams(9101, 200),
  );
});

// Seed 9102, 150 runs (~2 s).
test("raw part, patch part and header checks: collectDiff yields every path with its lines", async () => {
  const textOnly = files.map((model) => model.map((file) => ({ ...file, binary: false })));
  await fc.assert(
    fc.asyncProperty(textOnly, cuts, async (model, cutPoints) => {
      const raw = rawPart(model);
      const { bytes, sections } = patchPart(model);
      // git ends the raw part with an empty field: one more NUL, then the patch.
      const output = Buffer.concat([raw, Buffer.from("\0"), bytes]);
      const started: StartedDiff = { side: { kind: "staged" }, ...splitRawAndPatch(fromChunks(chunked(output, cutPoints)), Promise.resolve()), done: Promise.resolve(), cancel: () => undefined };
      expect((await started.meta).equals(raw)).toBe(true);
      expect(parseRaw(raw.toString("utf8"), { numstat: false }).map((entry) => entry.path)).toEqual(model.map((file) => file.path));
      const seen: StagedFile[] = [];
      // No git is run for text files under the size limit: the root is never used.
      for await (const file of collectDiff("/nonexistent", { maxBytesPerFile: Number.MAX_SAFE_INTEGER }, { kind: "staged" }, started)) seen.push(file);
      expect(seen.map((file) => [file.path, file.previousPath ?? file.path, file.status])).toEqual(
        model.map((file) => [file.path, file.previousPath, file.kind === "renamed" ? "renamed" : file.kind]),
      );
      seen.forEach((file, index) => {
        const deleted = model[index]!.kind === "deleted";
        expect(file.addedLines).toEqual(deleted ? [] : sections[index]!.addedLines);
        expect(file.contextLines).toEqual(deleted ? [] : sections[index]!.contextLines);
      });
    }),
    propertyParams(9102, 150),
  );
});

// Seed 9103, 150 runs (~2 s).
test("a hunk shorter than its header, or a section for another path, stops the scan", async () => {
  const textOnly = files.map((model) => model.map((file) => ({ ...file, binary: false })));
  await fc.assert(
    fc.asyncProperty(textOnly, fc.nat(), fc.boolean(), async (model, pick, dropLine) => {
      const raw = rawPart(model);
      const { bytes } = patchPart(model);
      const lines = bytes.toString("latin1").split("\n");
      const candidates = lines.map((line, index) => index).filter((index) => (dropLine ? /^[+ -]|^$/.test(lines[index]!) && !/^(\+\+\+|---) /.test(lines[index]!) && index < lines.length - 1 : lines[index]!.startsWith("diff --git ")));
      fc.pre(candidates.length > 0 && !model.some((file) => file.path === "other" || file.previousPath === "other"));
      const at = candidates[pick % candidates.length]!;
      // A dropped content line leaves a hunk short; a header naming another path is a section git did not announce.
      const broken = dropLine ? [...lines.slice(0, at), ...lines.slice(at + 1)] : [...lines.slice(0, at), diffHeaderFor("other", "other"), ...lines.slice(at + 1)];
      const output = Buffer.concat([raw, Buffer.from("\0"), Buffer.from(broken.join("\n"), "latin1")]);
      const started: StartedDiff = { side: { kind: "staged" }, ...splitRawAndPatch(fromChunks([output]), Promise.resolve()), done: Promise.resolve(), cancel: () => undefined };
      const run = async () => {
        for await (const file of collectDiff("/nonexistent", { maxBytesPerFile: Number.MAX_SAFE_INTEGER }, { kind: "staged" }, started)) void file;
      };
      await expect(run()).rejects.toThrow(/hunk|header|diff output|expected|paths/);
    }),
    propertyParams(9103, 150),
  );
});
