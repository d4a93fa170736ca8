// Writes a whole file so that readers see the old content or the new, never half of it: a temp
// file in the same folder (same file system, so rename is atomic) renamed over the target.
// Does not create folders: a mistyped --output path is reported, not turned into a directory tree.

import { renameSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { OutputError } from "../errors.js";

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: "no such folder",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "it is a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
};

/** Writes `text` to `path` atomically; `shownAs` names it in the error (the path as the user typed it). */
export function writeFileAtomically(path: string, text: string, shownAs: string = path): void {
  // Unique enough with the "wx" flag below (an existing name fails instead of being overwritten).
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(temp, text, { flag: "wx" });
  } catch (error) {
    throw outputError(error, shownAs);
  }
  try {
    renameSync(temp, path);
  } catch (error) {
    unlinkSync(temp);
    throw outputError(error, shownAs);
  }
}

function outputError(error: unknown, shownAs: string): OutputError {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  return new OutputError(`cannot write the report to ${shownAs}: ${REASONS[code] ?? (error as Error).message}`, { cause: error });
}
