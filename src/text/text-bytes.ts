// How many bytes of text a scan read: the UTF-8 size of each added line plus its newline (the
// report's bytesScanned). The diff parser knows it from the bytes it split, so it records the sum
// against the line list it built; any other list is measured line by line (Buffer.byteLength per
// line cost ~85 ms on a 1M-line change). Keyed by the array itself, so a list that replaces
// another (a "binary" file read again as text) is never given the old one's count.

import type { NumberedLine } from "../types.js";

const known = new WeakMap<readonly NumberedLine[], number>();

export function recordTextBytes(lines: readonly NumberedLine[], bytes: number): void {
  known.set(lines, bytes);
}

export function textBytes(lines: readonly NumberedLine[]): number {
  const recorded = known.get(lines);
  if (recorded !== undefined) return recorded;
  let bytes = 0;
  for (const line of lines) bytes += Buffer.byteLength(line.text) + 1;
  return bytes;
}
