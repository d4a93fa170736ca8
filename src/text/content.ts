// Turning raw file bytes into what detectors read. Shared by the staged (git) and working-tree
// collectors so both see a file the same way.

import type { FileChange, NumberedLine } from "../types.js";

/**
 * A new file as detectors receive it when nothing but its lines is known (rule examples, text to
 * redact, a file found by audit): every line added. `extra` sets any other field.
 */
export function addedFile(path: string, addedLines: NumberedLine[], extra: Partial<FileChange> = {}): FileChange {
  return { path, status: "added", mode: "regular", isBinary: false, size: 0, addedLines, contextLines: [], truncated: false, ...extra };
}

/** Lines numbered from 1. */
export function numbered(lines: readonly string[]): NumberedLine[] {
  return lines.map((text, index) => ({ line: index + 1, text }));
}

/** git's own heuristic (xdiff buffer_is_binary): a NUL byte in the first 8000 bytes. */
const BINARY_SNIFF_BYTES = 8000;

export function isBinaryContent(data: Buffer): boolean {
  return data.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}

/** A UTF-8 byte-order mark: not part of the text (line 1 of a file saved by Notepad starts with one). */
function hasBom(data: Buffer): boolean {
  return data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf;
}

/**
 * A file's whole text, as content-aware rules read it: UTF-8, without a byte-order mark, which
 * would otherwise hide a `^kind: Config` on line 1 from the rule that looks for it.
 */
export function decodeText(data: Buffer): string {
  return data.toString("utf8", hasBom(data) ? 3 : 0);
}

/** Whole-file content as added lines (a new file, or a file scanned outside git). */
export interface ContentLines {
  lines: NumberedLine[];
  /** Bytes kept for scanning, newlines included. */
  bytes: number;
  truncated: boolean;
}

/** Splits content into 1-based lines, keeping at most `maxBytes` (whole lines only). */
export function toNumberedLines(data: Buffer, fullSize: number, maxBytes: number): ContentLines {
  const lines: NumberedLine[] = [];
  let start = 0;
  let bytes = 0;
  let truncated = fullSize > data.length;
  // A UTF-8 byte-order mark is not part of the first line's text.
  if (hasBom(data)) start = 3;
  while (start < data.length) {
    let end = data.indexOf(10, start);
    const hasNewline = end !== -1;
    if (!hasNewline) end = data.length;
    const lineBytes = end - start + (hasNewline ? 1 : 0);
    if (bytes + lineBytes > maxBytes) {
      truncated = true;
      break;
    }
    // A last line cut by the read limit is incomplete: leave it out rather than scan half a token.
    if (!hasNewline && fullSize > data.length) break;
    const textEnd = end > start && data[end - 1] === 13 ? end - 1 : end;
    lines.push({ line: lines.length + 1, text: data.toString("utf8", start, textEnd) });
    bytes += lineBytes;
    start = end + 1;
  }
  return { lines, bytes, truncated };
}

/**
 * Every line of `file` this scan knows: the whole text when it was read, else the added and
 * context lines the diff showed (in order, with gaps). What multi-line rules and the shell
 * reader see.
 */
export function knownLines(file: FileChange): NumberedLine[] {
  // A new file's added lines are all of it, already split (content, when read, is their join).
  const { addedLines } = file;
  if (file.contextLines.length === 0 && !file.truncated && addedLines.length > 0 && addedLines[0]!.line === 1 && addedLines[addedLines.length - 1]!.line === addedLines.length) {
    return addedLines;
  }
  if (file.content !== undefined) return file.content.split("\n").map((text, index) => ({ line: index + 1, text: text.replace(/\r$/, "") }));
  const byNumber = new Map<number, string>();
  for (const line of file.contextLines) byNumber.set(line.line, line.text);
  for (const line of file.addedLines) byNumber.set(line.line, line.text);
  return [...byNumber.entries()].sort((a, b) => a[0] - b[0]).map(([line, text]) => ({ line, text: text.replace(/\r$/, "") }));
}
