// Pure parser of `git diff --raw --numstat -z --no-abbrev` output: the list of changed paths with
// their modes, blob ids and status, and git's own count of added lines per path.
//
// Sample (NUL shown as |):
//   :000000 100644 0000…0000 b687…d3 A|src/a.ts|:100644 100644 422c…9c de98…1e R066|old name|new|
//   3	0	src/a.ts|1	0	|old name|new|
// A raw record starts with ':'; renames and copies carry two paths. numstat records follow in the
// same order; for renames the path field is empty and the two paths follow. Binary files count "-".

import { GitError } from "../errors.js";
import type { ChangeStatus, FileMode } from "../types.js";

export interface RawEntry {
  status: ChangeStatus;
  path: string;
  previousPath?: string;
  oldMode: FileMode;
  newMode: FileMode;
  oldBlobId: string;
  newBlobId: string;
  /** git's count of added lines (asked with --numstat); null when git considers the file binary. */
  addedLineCount?: number | null;
}

const STATUS_BY_LETTER: Record<string, ChangeStatus> = {
  A: "added",
  M: "modified",
  R: "renamed",
  C: "copied",
  D: "deleted",
  T: "type-changed",
  U: "unmerged",
};

/** Maps a git octal mode to what it means for a scan. */
export function toFileMode(octal: string): FileMode {
  switch (octal) {
    case "100644":
      return "regular";
    case "100755":
      return "executable";
    case "120000":
      return "symlink";
    case "160000":
      return "submodule";
    case "000000":
      return "none";
    default:
      // Old repositories may hold 100664 and friends: still a regular file.
      return octal.startsWith("100") ? "regular" : "none";
  }
}

/** Parses the combined raw + numstat output. Throws GitError on anything unexpected. */
export function parseRawNumstat(output: string): RawEntry[] {
  return parseRaw(output, { numstat: true });
}

/** Parses `--raw -z` output, followed by numstat records when `numstat` is set. */
export function parseRaw(output: string, options: { numstat: boolean }): RawEntry[] {
  const tokens = output.split("\0");
  if (tokens[tokens.length - 1] === "") tokens.pop();
  const entries: RawEntry[] = [];
  let i = 0;

  while (i < tokens.length && tokens[i]!.startsWith(":")) {
    const header = tokens[i++]!;
    const match = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])(\d*)$/.exec(header);
    if (!match) throw unexpected(`raw record "${header}"`);
    const [, oldMode, newMode, oldBlobId, newBlobId, letter] = match as unknown as [string, string, string, string, string, string];
    const status = STATUS_BY_LETTER[letter];
    if (!status) throw unexpected(`status letter "${letter}"`);
    const hasTwoPaths = letter === "R" || letter === "C";
    const first = tokens[i++];
    const second = hasTwoPaths ? tokens[i++] : undefined;
    if (first === undefined || (hasTwoPaths && second === undefined)) throw unexpected("truncated raw record");
    entries.push({
      status,
      path: hasTwoPaths ? second! : first,
      ...(hasTwoPaths ? { previousPath: first } : {}),
      oldMode: toFileMode(oldMode),
      newMode: toFileMode(newMode),
      oldBlobId,
      newBlobId,
    });
  }

  // numstat: one record per raw entry (unmerged ones included, counted 0), in the same order.
  for (const entry of options.numstat ? entries : []) {
    const record = tokens[i++];
    if (record === undefined) throw unexpected(`missing numstat record for "${entry.path}"`);
    const match = /^(\d+|-)\t(\d+|-)\t(.*)$/s.exec(record);
    if (!match) throw unexpected(`numstat record "${record}"`);
    const [, added, , inlinePath] = match as unknown as [string, string, string, string];
    const path = inlinePath === "" ? (i++, tokens[i++]) : inlinePath;
    if (path !== entry.path) throw unexpected(`numstat path "${path}" where "${entry.path}" was expected`);
    entry.addedLineCount = added === "-" ? null : Number(added);
  }
  if (i !== tokens.length) throw unexpected(`${tokens.length - i} trailing fields`);
  return entries;
}

function unexpected(what: string): GitError {
  return new GitError(`unexpected git diff output: ${what}`, {
    hint: "Please report this with your git version (git --version).",
  });
}
