// What a merge commit wrote itself: the paths and lines new relative to EVERY parent (the part
// `git diff --cc` shows), such as a secret typed into a conflict resolution. Lines a parent
// already had belong to the commits that added them, which a range walks on their own.
//
// First the names only: the paths changed relative to every parent (most merges have none, and
// then no content is read). The new side of every parent's diff is the merge's own tree, so line
// numbers agree between them: the diffs against the other parents, limited to those paths, are
// read and kept only as line-number runs per path; the diff against the first parent is then
// streamed as usual and filtered.

import type { ChangeStatus, NumberedLine, StagedFile } from "../types.js";
import { parseRaw, type RawEntry } from "./parse-raw.js";
import { runGit } from "./run-git.js";
import { collectDiff, DIFF_FLAGS, type CollectOptions } from "./staged.js";

/** Per path, what one parent's diff says the merge added relative to that parent. */
export interface AddedRelativeToParent {
  /** The path existed in that parent (modified or type-changed there), so it is not new. */
  existed: boolean;
  /** Sorted, disjoint [first, last] line runs, flattened: [a1, b1, a2, b2, …]. */
  runs: number[];
  /** Every line from here on counts as added: past a cut at the per-file limit, or binary. */
  openFrom: number;
}

export type AddedByPath = Map<string, AddedRelativeToParent>;

/** Statuses whose path did not exist on the other side of the diff. */
const NEW_PATH: ReadonlySet<ChangeStatus> = new Set(["added", "renamed", "copied"]);

/**
 * Above this many paths the content diffs run on the whole tree instead (a command line has a
 * length limit); the result is the same, only slower.
 */
const MAX_PATHSPECS = 2000;

/** Yields the merge's own changes, compared with its first parent; nothing when it has none. */
export async function* collectMergeChanges(
  root: string,
  options: CollectOptions,
  merge: { sha: string; parents: readonly string[] },
  maxPathspecs = MAX_PATHSPECS,
): AsyncGenerator<StagedFile> {
  const [first, ...others] = merge.parents;
  const scope = await pathsChangedRelativeToAll(root, merge);
  if (scope.length === 0) return;
  // Merging a long-lived main into a branch changes thousands of files relative to the first
  // parent; only those changed relative to every parent are read.
  const limit = scope.length <= maxPathspecs ? { paths: scope } : {};
  const relativeToOthers: AddedByPath[] = [];
  for (const parent of others) {
    // Only paths still changed relative to every earlier parent can matter: memory stays the
    // size of the smallest diff, not the sum of them (octopus merges).
    const previous = relativeToOthers[relativeToOthers.length - 1];
    const added = await addedByPath(collectDiff(root, { maxBytesPerFile: options.maxBytesPerFile }, { kind: "commit", from: parent, to: merge.sha, ...limit }), previous);
    if (added.size === 0) return;
    relativeToOthers.push(added);
  }
  for await (const file of collectDiff(root, options, { kind: "commit", from: first!, to: merge.sha, ...limit })) {
    const own = ownPart(file, relativeToOthers);
    if (own) yield own;
  }
}

/**
 * The paths changed (not deleted) relative to every parent, plus the sources git paired them
 * with as renames, so a diff limited to them pairs renames as the whole diff would; [] when none.
 */
async function pathsChangedRelativeToAll(root: string, merge: { sha: string; parents: readonly string[] }): Promise<string[]> {
  const lists = await Promise.all(merge.parents.map((parent) => changedPaths(root, parent, merge.sha)));
  let common: Set<string> | undefined;
  for (const entries of lists) {
    const changed = new Set(entries.filter((entry) => entry.status !== "deleted").map((entry) => entry.path));
    common = common === undefined ? changed : new Set([...common].filter((path) => changed.has(path)));
  }
  if (common === undefined || common.size === 0) return [];
  const scope = new Set(common);
  for (const entries of lists) for (const entry of entries) if (entry.previousPath !== undefined && common.has(entry.path)) scope.add(entry.previousPath);
  return [...scope];
}

/**
 * The raw list alone (no content is read):
 *   :100644 100644 <old blob> <new blob> M|src/a.ts|:100644 100644 <old> <new> R087|old|new|
 */
async function changedPaths(root: string, from: string, to: string): Promise<RawEntry[]> {
  const out = await runGit(["diff", ...DIFF_FLAGS, "--raw", "-z", "--no-abbrev", from, to, "--"], { cwd: root });
  return parseRaw(out.toString("utf8"), { numstat: false });
}

/** Reads one parent's diff down to line-number runs; `within` limits it to paths already kept. */
export async function addedByPath(files: AsyncIterable<StagedFile>, within?: AddedByPath): Promise<AddedByPath> {
  const byPath: AddedByPath = new Map();
  for await (const file of files) {
    if (file.status === "deleted" || (within !== undefined && !within.has(file.path))) continue;
    byPath.set(file.path, addedRelativeToParent(file));
  }
  return byPath;
}

function addedRelativeToParent(file: StagedFile): AddedRelativeToParent {
  const runs: number[] = [];
  for (const { line } of file.addedLines) {
    if (runs.length > 0 && runs[runs.length - 1] === line - 1) runs[runs.length - 1] = line;
    else runs.push(line, line);
  }
  const last = file.addedLines[file.addedLines.length - 1]?.line ?? 0;
  // Lines past a cut were never read, so they cannot be shown to come from this parent: they
  // count as new (at worst a line of a file past the limit is reported again at the merge).
  const openFrom = file.isBinary ? 1 : file.truncated ? last + 1 : Number.POSITIVE_INFINITY;
  return { existed: !NEW_PATH.has(file.status), runs, openFrom };
}

function isAdded(entry: AddedRelativeToParent, line: number): boolean {
  if (line >= entry.openFrom) return true;
  const { runs } = entry;
  let low = 0;
  let high = runs.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (line < runs[2 * middle]!) high = middle - 1;
    else if (line > runs[2 * middle + 1]!) low = middle + 1;
    else return true;
  }
  return false;
}

/**
 * The part of `file` (a change relative to the first parent) that is new relative to every
 * other parent too, or undefined when there is none. A path that already existed in a parent
 * is reported as modified, so a forbidden name a branch brought in is not flagged again as new;
 * such a file is kept only for lines of its own. Lines dropped stay readable as context
 * (a suppression marker above a resolved line still applies).
 */
export function ownPart(file: StagedFile, relativeToOthers: readonly AddedByPath[]): StagedFile | undefined {
  if (file.status === "deleted") return undefined;
  const entries: AddedRelativeToParent[] = [];
  for (const byPath of relativeToOthers) {
    const entry = byPath.get(file.path);
    if (entry === undefined) return undefined; // as in that parent: it came from there
    entries.push(entry);
  }
  const isNewPath = NEW_PATH.has(file.status) && entries.every((entry) => !entry.existed);
  const kept: NumberedLine[] = [];
  const dropped: NumberedLine[] = [];
  for (const line of file.addedLines) (entries.every((entry) => isAdded(entry, line.line)) ? kept : dropped).push(line);
  if (!isNewPath && kept.length === 0) return undefined;
  const contextLines = dropped.length === 0 ? file.contextLines : [...file.contextLines, ...dropped].sort((a, b) => a.line - b.line);
  const size = file.truncated || dropped.length === 0 ? file.size : kept.reduce((sum, line) => sum + Buffer.byteLength(line.text) + 1, 0);
  const { previousPath: _previousPath, ...rest } = file;
  const status: ChangeStatus = NEW_PATH.has(file.status) && !isNewPath ? "modified" : file.status;
  return { ...(status === file.status ? file : rest), status, addedLines: kept, contextLines, size };
}
