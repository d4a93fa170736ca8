// Collects the staged change set: the index against HEAD (git uses the empty tree when there is
// no HEAD yet), as StagedFiles with the added lines of the staged version. Content comes from the
// index only, so with `git add -p` what is scanned is exactly what will be committed.
//
// Two git commands describe the same change: `--raw -z` (exact paths, modes, blob ids; cheap: no
// content is read) and `-p` (the lines). Patch sections arrive in the same order as raw entries;
// each section's header is checked against the raw entry and each hunk is read by the counts in
// its header, so a parsing slip fails loudly instead of scanning the wrong thing. (git's
// --numstat counts were a third check, but asking for them makes git diff every file twice:
// +0.6 s on a 40 MB change.)

import { GitError } from "../errors.js";
import { decodeText, isBinaryContent, toNumberedLines } from "../text/content.js";
import type { StagedFile } from "../types.js";
import { readBlobHeads, readBlobSizes } from "./blobs.js";
import { diffHeaderFor } from "./c-quote.js";
import { parseRaw, type RawEntry } from "./parse-raw.js";
import { PatchParser, type PatchSection } from "./parse-patch.js";
import { streamGit } from "./run-git.js";
import { splitLineBatches } from "./split-lines.js";
import { joinedText } from "../text/joined.js";
import { recordTextBytes } from "../text/text-bytes.js";

/**
 * Flags for every diff command; all must see the change identically.
 * --cached: index vs HEAD. --no-ext-diff / --no-textconv: the stored bytes, never a user's
 * rendering of them. --no-relative: diff.relative must not hide files outside the cwd.
 * --submodule=short: diff.submodule=log would print commit logs as if they were content.
 * -M: a renamed `.env` is still a `.env`, and its content is compared to its source.
 */
export const DIFF_FLAGS = ["--no-ext-diff", "--no-textconv", "--no-color", "--no-relative", "--submodule=short", "-M"];

/**
 * What to compare: the index against HEAD, or one commit against its parent (or the empty tree);
 * either limited to `paths` when given.
 */
export type DiffSide = { kind: "staged"; paths?: readonly string[] } | { kind: "commit"; from: string; to: string; paths?: readonly string[] };

function diffArgs(side: DiffSide): string[] {
  const pathspecs = literalPathspecs(side.paths ?? []);
  if (side.kind === "commit") return ["diff", ...DIFF_FLAGS, side.from, side.to, "--", ...pathspecs];
  return pathspecs.length > 0 ? ["diff", "--cached", ...DIFF_FLAGS, "--", ...pathspecs] : ["diff", "--cached", ...DIFF_FLAGS];
}

/** Paths from the repository root, taken literally (no globbing of [, *, ? in real names). */
function literalPathspecs(paths: readonly string[]): string[] {
  return paths.map((path) => `:(top,literal)${path}`);
}
/**
 * One git process prints both parts: `--raw -z` (exact paths, modes, blob ids; NUL-separated)
 * then, after an empty field, the `-p` patch. -U1: one line of context, so a suppression marker
 * on the line above an addition is visible.
 */
const diffCommand = (side: DiffSide): string[] =>
  insertBeforeDashes(diffArgs(side), ["--raw", "-z", "--no-abbrev", "-p", "-U1", "--src-prefix=a/", "--dst-prefix=b/"]);

function insertBeforeDashes(args: string[], extra: string[]): string[] {
  const dashes = args.indexOf("--");
  return dashes === -1 ? [...args, ...extra] : [...args.slice(0, dashes), ...extra, ...args.slice(dashes)];
}

export interface CollectOptions {
  /** Added bytes scanned per file; content past it is reported, not searched. */
  maxBytesPerFile: number;
  /** Files whose whole staged text a rule needs (content-aware path rules). */
  needsContent?: (path: string) => boolean;
}

/** The diff's git process, already running (see startDiff). */
export interface StartedDiff {
  side: DiffSide;
  /** The raw part (every field NUL-terminated), once git has printed all of it. */
  meta: Promise<Buffer>;
  /** The patch part, as it arrives. */
  patch: AsyncIterable<Buffer>;
  /** Resolves when git exits 0; rejects with a GitError otherwise. */
  done: Promise<void>;
  /** Stops git (the scan ended before reading it all). */
  cancel(): void;
}

/**
 * Starts the diff from any directory of the work tree (its paths are from the top level either
 * way), so the hook does not wait for git before finding the root and reading the settings.
 * One process, not two: spawning costs ~5-8 ms apiece on every commit.
 */
export function startDiff(cwd: string, side: DiffSide): StartedDiff {
  const git = streamGit(diffCommand(side), { cwd });
  return { side, ...splitRawAndPatch(git.stdout, git.done), done: git.done, cancel: () => git.kill() };
}

/**
 * Splits the output of `git diff --raw -z -p` into its two parts. Fields of the raw part end in
 * NUL and an empty field (two NULs in a row) ends it; the patch follows. When git prints no
 * patch part, `meta` waits for git's exit, so a failing git is an error, never an empty change.
 */
export function splitRawAndPatch(stdout: AsyncIterable<Buffer>, done: Promise<void>): { meta: Promise<Buffer>; patch: AsyncIterable<Buffer> } {
  const chunks = stdout[Symbol.asyncIterator]();
  let rest: Buffer | undefined;
  const meta = (async (): Promise<Buffer> => {
    const parts: Buffer[] = [];
    let previousEndedInNul = false;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      const chunk = next.value as Buffer;
      const cut = previousEndedInNul && chunk[0] === 0 ? 0 : chunk.indexOf("\0\0") + 1;
      if (cut > 0 || (previousEndedInNul && chunk[0] === 0)) {
        parts.push(chunk.subarray(0, cut));
        rest = chunk.subarray(cut + 1);
        return Buffer.concat(parts);
      }
      parts.push(chunk);
      previousEndedInNul = chunk.length > 0 && chunk[chunk.length - 1] === 0;
    }
    await done;
    return Buffer.concat(parts);
  })();
  meta.catch(() => undefined); // awaited by collectDiff; a failure before then is not unhandled
  const patch = {
    async *[Symbol.asyncIterator](): AsyncGenerator<Buffer> {
      await meta;
      if (rest !== undefined && rest.length > 0) yield rest;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value as Buffer;
    },
  };
  return { meta, patch };
}

/** Yields every staged change (of `paths` only, when given); nothing when nothing is staged. */
export function collectStaged(root: string, options: CollectOptions, paths?: readonly string[]): AsyncGenerator<StagedFile> {
  return collectDiff(root, options, { kind: "staged", ...(paths === undefined ? {} : { paths }) });
}

/** Yields every change between two sides; the same checks as for the index. */
export async function* collectDiff(root: string, options: CollectOptions, side: DiffSide, started?: StartedDiff): AsyncGenerator<StagedFile> {
  const running = started ?? startDiff(root, side);
  let entries: RawEntry[];
  try {
    entries = parseRaw((await running.meta).toString("utf8"), { numstat: false });
  } catch (error) {
    running.cancel();
    throw error;
  }
  if (entries.length === 0) {
    running.cancel();
    return;
  }

  const git = running;
  const parser = new PatchParser({ maxBytesPerFile: options.maxBytesPerFile });
  const sections: PatchSection[] = [];
  // Files that need their blob read before they can be scanned: "binary" ones to sniff again,
  // and those a content-aware rule must read whole (a modified .npmrc, say).
  const deferred: StagedFile[] = [];
  let next = 0;
  try {
    const takeReady = async function* (): AsyncGenerator<StagedFile> {
      while (next < entries.length) {
        const entry = entries[next]!;
        const needed = sectionCount(entry);
        if (sections.length < needed) return;
        const own = sections.splice(0, needed);
        next++;
        const file = toStagedFile(entry, own);
        // Only a file cut at the limit needs its real size (for the notice): one question to git.
        if (file.truncated) file.size = (await readBlobSizes(root, [file.blobId])).get(file.blobId) ?? file.size;
        if (!hasContent(entry)) yield file;
        else if (file.isBinary) deferred.push(file);
        else if (!options.needsContent?.(file.path)) yield file;
        else if (file.status === "added" && !file.truncated) yield { ...file, content: joinLines(file) };
        else deferred.push(file);
      }
    };
    for await (const batch of splitLineBatches(git.patch)) {
      for (const line of batch) {
        const finished = parser.push(line);
        if (finished) sections.push(finished);
      }
      if (sections.length > 0) yield* takeReady();
    }
    await git.done;
    const last = parser.end();
    if (last) sections.push(last);
    yield* takeReady();
  } finally {
    git.cancel();
  }
  if (next !== entries.length || sections.length > 0) {
    throw new GitError(`git diff described ${entries.length} paths but printed ${next} of them (did the index change during the scan?)`);
  }
  yield* readDeferred(root, deferred, options);
}

function joinLines(file: StagedFile): string {
  return joinedText(file.addedLines);
}

/**
 * Entries whose staged blob holds bytes the commit records: files, and symlinks, whose blob is
 * the target path text (a secret written there is committed like any other line; the file it
 * points to is not, and is never read). A submodule's entry is a commit id, not content.
 */
function hasContent(entry: RawEntry): boolean {
  return entry.newMode === "regular" || entry.newMode === "executable" || entry.newMode === "symlink";
}

/** git prints no section for an unmerged path, and two (a deletion, a creation) for a type change. */
function sectionCount(entry: RawEntry): number {
  if (entry.status === "unmerged") return 0;
  return entry.status === "type-changed" ? 2 : 1;
}

function toStagedFile(entry: RawEntry, sections: PatchSection[]): StagedFile {
  const expectedHeader = diffHeaderFor(entry.previousPath ?? entry.path, entry.path);
  let addedLineCount = 0;
  for (const section of sections) {
    if (section.header !== expectedHeader) {
      throw new GitError(`git diff printed "${section.header}" where "${expectedHeader}" was expected`);
    }
    addedLineCount += section.addedLineCount;
  }
  const isBinary = entry.addedLineCount === null || sections.some((section) => section.isBinary);
  if (!isBinary && entry.addedLineCount !== undefined && entry.addedLineCount !== addedLineCount) {
    throw new GitError(`git counts ${entry.addedLineCount} added lines in "${entry.path}" but the patch held ${addedLineCount}`);
  }
  // The last section holds the new side (the creation half of a type change).
  const content = sections[sections.length - 1];
  const scannable = hasContent(entry) && !isBinary && content !== undefined;
  if (scannable) recordTextBytes(content.addedLines, content.addedTextBytes);
  return {
    path: entry.path,
    ...(entry.previousPath === undefined ? {} : { previousPath: entry.previousPath }),
    status: entry.status,
    mode: entry.newMode,
    isBinary,
    // The blob's size is asked of git only when the file was cut at the limit (see collectDiff).
    size: scannable ? content.addedBytes : 0,
    addedLines: scannable ? content.addedLines : [],
    contextLines: scannable ? content.contextLines : [],
    truncated: scannable ? content.truncated : false,
    blobId: entry.newBlobId,
    previousBlobId: entry.oldBlobId,
  };
}

/**
 * Reads the blobs of deferred files. git calls a file binary by its NUL heuristic or by
 * .gitattributes (`binary`, `-diff`); an attribute must not hide a text file from the scan, so
 * each "binary" blob is sniffed again here and real text is scanned whole, as if every line
 * were new. Files a content-aware rule needs get their whole staged text.
 */
async function* readDeferred(root: string, files: StagedFile[], options: CollectOptions): AsyncGenerator<StagedFile> {
  const byId = new Map<string, StagedFile[]>();
  for (const file of files) byId.set(file.blobId, [...(byId.get(file.blobId) ?? []), file]);
  for await (const head of readBlobHeads(root, [...byId.keys()], options.maxBytesPerFile)) {
    const isBinary = isBinaryContent(head.data);
    for (const file of byId.get(head.blobId) ?? []) {
      if (isBinary) {
        yield { ...file, isBinary: true };
        continue;
      }
      const wantsContent = options.needsContent?.(file.path) ?? false;
      if (!file.isBinary) {
        yield { ...file, content: decodeText(head.data) };
        continue;
      }
      const text = toNumberedLines(head.data, head.size, options.maxBytesPerFile);
      // The blob's real size: the diff gave this "binary" file none, and a cut file's notice says it.
      const lines = { isBinary: false, size: head.size, addedLines: text.lines, contextLines: [], truncated: text.truncated };
      yield { ...file, ...lines, ...(wantsContent ? { content: decodeText(head.data) } : {}) };
    }
  }
}
