// The pure half of a merge's own changes: line-number runs per parent, and the filter that keeps
// only what is new relative to every parent (status, context, the per-file cut).

import { expect, test } from "@jest/globals";
import { addedByPath, ownPart } from "../../../src/git/merge-changes.js";
import type { StagedFile } from "../../../src/types.js";

function file(path: string, lines: number[], extra: Partial<StagedFile> = {}): StagedFile {
  const addedLines = lines.map((line) => ({ line, text: `line ${line}` }));
  return { path, status: "modified", mode: "regular", isBinary: false, size: 0, addedLines, contextLines: [], truncated: false, blobId: "b", previousBlobId: "a", ...extra };
}

async function relativeTo(...files: StagedFile[]) {
  return addedByPath((async function* () {
    yield* files;
  })());
}

test("only lines added relative to every parent are kept; the others stay readable as context", async () => {
  const other = await relativeTo(file("a.txt", [2, 3, 4, 9]));
  const own = ownPart(file("a.txt", [1, 3, 5, 9], { contextLines: [{ line: 6, text: "ctx" }] }), [other])!;
  expect(own.addedLines.map((line) => line.line)).toEqual([3, 9]);
  expect(own.contextLines.map((line) => line.line)).toEqual([1, 5, 6]);
  expect(own.size).toBe("line 3\nline 9\n".length);
});

test("a file unchanged relative to one parent, or changed with no line of its own, is not the merge's", async () => {
  const other = await relativeTo(file("a.txt", [1]), file("gone.txt", [], { status: "deleted" }));
  expect(ownPart(file("b.txt", [1]), [other])).toBeUndefined();
  expect(ownPart(file("a.txt", [2]), [other])).toBeUndefined();
  expect(ownPart(file("gone.txt", [1]), [other])).toBeUndefined();
});

test("a path is new only when it is new relative to every parent; otherwise it is reported as modified", async () => {
  const newEverywhere = await relativeTo(file(".env", [1], { status: "added" }));
  expect(ownPart(file(".env", [1], { status: "added" }), [newEverywhere])?.status).toBe("added");
  const emptyNew = await relativeTo(file("id_rsa", [], { status: "added" }));
  expect(ownPart(file("id_rsa", [], { status: "added" }), [emptyNew])?.status).toBe("added");
  const existed = await relativeTo(file(".env", [2]));
  const own = ownPart(file(".env", [1, 2], { status: "renamed", previousPath: "old.env" }), [existed])!;
  expect([own.status, own.previousPath, own.addedLines.map((line) => line.line)]).toEqual(["modified", undefined, [2]]);
  // Came whole from the other parent, unchanged there: nothing of the merge's own.
  expect(ownPart(file(".env", [1], { status: "added" }), [existed])).toBeUndefined();
});

test("past a parent's per-file cut (or in a binary file) every line counts as new: nothing is dropped unread", async () => {
  const cut = await relativeTo(file("big.log", [1, 2], { truncated: true }));
  expect(ownPart(file("big.log", [2, 7, 8]), [cut])!.addedLines.map((line) => line.line)).toEqual([2, 7, 8]);
  const binary = await relativeTo(file("blob.bin", [], { isBinary: true }));
  expect(ownPart(file("blob.bin", [4]), [binary])!.addedLines.map((line) => line.line)).toEqual([4]);
});

test("with several other parents (octopus) a line must be new relative to each", async () => {
  const two = await relativeTo(file("a.txt", [1, 2, 3]));
  const three = await relativeTo(file("a.txt", [2, 3, 4]));
  expect(ownPart(file("a.txt", [1, 2, 3, 4]), [two, three])!.addedLines.map((line) => line.line)).toEqual([2, 3]);
});
