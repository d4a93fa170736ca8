// Collects working-tree files for `stageguard scan files <paths…>` (lint-staged, ad-hoc checks).
// Every line of a file counts as added. Folders are walked without following symlinks; `.git`
// and `node_modules` folders are skipped when walking (a file named explicitly is always read).

import { lstat, open, readdir } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { InputError } from "../errors.js";
import { decodeText, isBinaryContent, toNumberedLines } from "../text/content.js";
import type { FileChange } from "../types.js";

const SKIPPED_FOLDERS = new Set([".git", "node_modules"]);

export interface WorkdirOptions {
  /** Paths given on the command line, relative to `cwd` or absolute. */
  paths: readonly string[];
  cwd: string;
  /** Reported paths are relative to this folder (the repository root, or the cwd outside one). */
  root: string;
  maxBytesPerFile: number;
  /** Files whose whole text a rule needs (content-aware path rules). */
  needsContent?: (path: string) => boolean;
}

/** Yields each file under the given paths; throws InputError for a path that does not exist. */
export async function* collectFiles(options: WorkdirOptions): AsyncGenerator<FileChange> {
  for (const given of options.paths) {
    const absolute = isAbsolute(given) ? given : resolve(options.cwd, given);
    const stats = await lstat(absolute).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(`cannot read ${given}: ${error.code === "ENOENT" ? "no such file or folder" : error.message}`, { cause: error });
    });
    if (stats.isDirectory()) yield* walk(absolute, options);
    else yield await readFileChange(absolute, options);
  }
}

async function* walk(folder: string, options: WorkdirOptions): AsyncGenerator<FileChange> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) yield* walk(path, options);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      yield await readFileChange(path, options);
    }
  }
}

async function readFileChange(absolute: string, options: WorkdirOptions): Promise<FileChange> {
  const stats = await lstat(absolute);
  const path = toReportPath(absolute, options.root);
  const base: FileChange = {
    path,
    status: "added",
    mode: stats.isSymbolicLink() ? "symlink" : stats.mode & 0o111 ? "executable" : "regular",
    isBinary: false,
    size: stats.size,
    addedLines: [],
    contextLines: [],
    truncated: false,
  };
  // Symlinks, sockets and devices: the name is checked, the content is not read.
  if (!stats.isFile()) return base;
  const data = await readHead(absolute, options.maxBytesPerFile);
  if (isBinaryContent(data)) return { ...base, isBinary: true };
  const text = toNumberedLines(data, stats.size, options.maxBytesPerFile);
  const content = options.needsContent?.(path) ? { content: decodeText(data) } : {};
  return { ...base, addedLines: text.lines, truncated: text.truncated, ...content };
}

async function readHead(absolute: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(absolute, "r");
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(Math.min(size, maxBytes));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Repository-relative with forward slashes; files outside the root keep their absolute path. */
function toReportPath(absolute: string, root: string): string {
  const rel = relative(root, absolute);
  const outside = rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  if (outside) return absolute.split(sep).join("/");
  return rel.split(sep).join("/");
}
