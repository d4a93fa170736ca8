// A file's lines as one string, joined with \n, made once per line list. Several stages want it
// for the same file (the keyword pass, rules that look at the whole file, the content a
// content-aware rule reads, the check for allow markers), and joining a 40 MB change took
// ~30-80 ms each time. Keyed by the array, so a list that replaces another gets its own.

import type { NumberedLine } from "../types.js";

const joined = new WeakMap<readonly NumberedLine[], string>();

export function joinedText(lines: readonly NumberedLine[]): string {
  let text = joined.get(lines);
  if (text === undefined) {
    const parts = new Array<string>(lines.length);
    for (let at = 0; at < lines.length; at++) parts[at] = lines[at]!.text;
    text = parts.join("\n");
    joined.set(lines, text);
  }
  return text;
}
