// A new file as detectors receive it, for unit tests that call detectFile without git.

import type { FileChange } from "../../src/types.js";

/** `path` added with `lines` (numbered from 1); `extra` overrides any field (content, status…). */
export function addedFile(path: string, lines: readonly string[], extra: Partial<FileChange> = {}): FileChange {
  return {
    path,
    status: "added",
    mode: "regular",
    isBinary: false,
    size: 0,
    addedLines: lines.map((text, index) => ({ line: index + 1, text })),
    contextLines: [],
    truncated: false,
    ...extra,
  };
}
