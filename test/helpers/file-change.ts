// A new file as detectors receive it, for unit tests that call detectFile without git: the
// builder the product uses (src/text/content.ts), taking plain lines.

import { addedFile as addedFileOf, numbered } from "../../src/text/content.js";
import type { FileChange } from "../../src/types.js";

/** `path` added with `lines` (numbered from 1); `extra` overrides any field (content, status…). */
export function addedFile(path: string, lines: readonly string[], extra: Partial<FileChange> = {}): FileChange {
  return addedFileOf(path, numbered(lines), extra);
}
