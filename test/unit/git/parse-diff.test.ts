// The git output parsers, against output captured from a real repository
// (test/fixtures/patches/mixed.*: rename, type change, deletion, mode change, binary, CRLF,
// missing final newline, empty file, and a name with unicode, a newline and quotes).

import { expect, test } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { diffHeaderFor, quoteGitPath } from "../../../src/git/c-quote.js";
import { parseRawNumstat, toFileMode } from "../../../src/git/parse-raw.js";
import { PatchParser, type PatchSection } from "../../../src/git/parse-patch.js";
import { splitLines } from "../../../src/git/split-lines.js";
import { PROJECT_ROOT } from "../../helpers/temp-repo.js";

const FIXTURES = join(PROJECT_ROOT, "test", "fixtures", "patches");
const ODD_NAME = 'ünï\ncode "q".txt';

async function parsePatch(bytes: Buffer, maxBytesPerFile = 1 << 20): Promise<PatchSection[]> {
  const parser = new PatchParser({ maxBytesPerFile });
  const sections: PatchSection[] = [];
  async function* chunks(): AsyncGenerator<Buffer> {
    // Odd-sized chunks: lines and UTF-8 characters are cut across chunk boundaries.
    for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
  }
  for await (const line of splitLines(chunks())) {
    const done = parser.push(line);
    if (done) sections.push(done);
  }
  const last = parser.end();
  if (last) sections.push(last);
  return sections;
}

test("raw + numstat: statuses, modes, paths and added-line counts", () => {
  const entries = parseRawNumstat(readFileSync(join(FIXTURES, "mixed.raw"), "utf8"));
  expect(entries.map((entry) => [entry.status, entry.path, entry.previousPath ?? null, entry.newMode, entry.addedLineCount])).toEqual([
    ["added", "blob.bin", null, "regular", null],
    ["added", "crlf.txt", null, "regular", 2],
    ["deleted", "deleted.txt", null, "none", 0],
    ["modified", "edited.txt", null, "regular", 2],
    ["added", "empty.txt", null, "regular", 0],
    ["renamed", "new name.txt", "old name.txt", "regular", 1],
    ["modified", "tool.sh", null, "executable", 0],
    ["type-changed", "typechange", null, "symlink", 1],
    ["added", ODD_NAME, null, "regular", 1],
  ]);
  expect(entries[0]!.newBlobId).toMatch(/^[0-9a-f]{40}$/);
});

test("raw parser rejects output it does not understand", () => {
  expect(() => parseRawNumstat(":100644 100644 abc def Z\0x\0")).toThrow(/status letter/);
  expect(() => parseRawNumstat(":000000 100644 0000 abcd A\0a.txt\0")).toThrow(/missing numstat/);
  expect(() => parseRawNumstat(":000000 100644 0000 abcd A\0a.txt\0" + "1\t0\tb.txt\0")).toThrow(/numstat path/);
});

test("patch: one section per file (two for a type change), headers as git quotes them", async () => {
  const sections = await parsePatch(readFileSync(join(FIXTURES, "mixed.patch")));
  const entries = parseRawNumstat(readFileSync(join(FIXTURES, "mixed.raw"), "utf8"));
  const expectedHeaders = entries.flatMap((entry) => {
    const header = diffHeaderFor(entry.previousPath ?? entry.path, entry.path);
    return entry.status === "type-changed" ? [header, header] : [header];
  });
  expect(sections.map((section) => section.header)).toEqual(expectedHeaders);
});

test("patch: added lines carry their line numbers in the staged version", async () => {
  const sections = await parsePatch(readFileSync(join(FIXTURES, "mixed.patch")));
  const byHeader = (path: string) => sections.find((section) => section.header === diffHeaderFor(path, path))!;
  expect(byHeader("edited.txt").addedLines).toEqual([
    { line: 2, text: "TWO" },
    { line: 6, text: "six" },
  ]);
  expect(byHeader("edited.txt").contextLines.map((line) => line.line)).toEqual([1, 3, 5]);
  // CRLF: the \r is not part of the text.
  expect(byHeader("crlf.txt").addedLines).toEqual([
    { line: 1, text: "crlf line" },
    { line: 2, text: "second" },
  ]);
  expect(byHeader("blob.bin").isBinary).toBe(true);
  expect(byHeader("deleted.txt").addedLines).toEqual([]);
  expect(byHeader(ODD_NAME).addedLines).toEqual([{ line: 1, text: "ünï" }]);
  const renamed = sections.find((section) => section.header === diffHeaderFor("old name.txt", "new name.txt"))!;
  expect(renamed.addedLines).toEqual([{ line: 4, text: "delta" }]);
});

test("patch: content past the per-file limit is counted but not kept", async () => {
  const patch = Buffer.from(["diff --git a/big b/big", "new file mode 100644", "--- /dev/null", "+++ b/big", "@@ -0,0 +1,3 @@", "+aaaa", "+bbbb", "+cccc", ""].join("\n"));
  const [section] = await parsePatch(patch, 11);
  expect(section!.addedLineCount).toBe(3);
  expect(section!.addedLines.map((line) => line.text)).toEqual(["aaaa", "bbbb"]);
  expect(section!.truncated).toBe(true);
});

test("patch: a content line that looks like a header stays content", async () => {
  const patch = Buffer.from(["diff --git a/x b/x", "--- a/x", "+++ b/x", "@@ -1,0 +2,2 @@", "+diff --git a/evil b/evil", "+@@ -1 +1 @@", ""].join("\n"));
  const sections = await parsePatch(patch);
  expect(sections).toHaveLength(1);
  expect(sections[0]!.addedLines.map((line) => line.text)).toEqual(["diff --git a/evil b/evil", "@@ -1 +1 @@"]);
});

test("patch: output that ends inside a hunk is an error, not a short scan", async () => {
  const patch = Buffer.from(["diff --git a/x b/x", "@@ -0,0 +1,3 @@", "+one", ""].join("\n"));
  await expect(parsePatch(patch)).rejects.toThrow(/ended inside a hunk/);
});

test("git path quoting matches git's for specials and leaves unicode alone", () => {
  expect(quoteGitPath("a/plain name.txt")).toBe("a/plain name.txt");
  expect(quoteGitPath("a/ünï.txt")).toBe("a/ünï.txt");
  expect(quoteGitPath('a/q"t\\b\tn\n')).toBe('"a/q\\"t\\\\b\\tn\\n"');
  expect(quoteGitPath("a/\x01")).toBe('"a/\\001"');
});

test("file modes", () => {
  expect(["100644", "100755", "120000", "160000", "000000", "100664"].map(toFileMode)).toEqual([
    "regular",
    "executable",
    "symlink",
    "submodule",
    "none",
    "regular",
  ]);
});
