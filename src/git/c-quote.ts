// git's C-style quoting of path names in patch headers (quote.c: quote_c_style), as printed with
// core.quotepath=off. Used to check that each patch section belongs to the path we expect.

const ESCAPES: Record<string, string> = {
  "\x07": "\\a",
  "\b": "\\b",
  "\t": "\\t",
  "\n": "\\n",
  "\v": "\\v",
  "\f": "\\f",
  "\r": "\\r",
  '"': '\\"',
  "\\": "\\\\",
};

// Control characters, DEL, the double quote and the backslash force quoting.
// eslint-disable-next-line no-control-regex
const NEEDS_QUOTING = /[\x00-\x1f\x7f"\\]/;

/** Returns `name` as git prints it in a `diff --git` header. */
export function quoteGitPath(name: string): string {
  if (!NEEDS_QUOTING.test(name)) return name;
  let quoted = '"';
  for (const char of name) {
    const code = char.charCodeAt(0);
    if (ESCAPES[char] !== undefined) quoted += ESCAPES[char];
    else if (code < 0x20 || code === 0x7f) quoted += "\\" + code.toString(8).padStart(3, "0");
    else quoted += char;
  }
  return quoted + '"';
}

/** The `diff --git` line git prints for a change from `oldPath` to `newPath`. */
export function diffHeaderFor(oldPath: string, newPath: string): string {
  return `diff --git ${quoteGitPath(`a/${oldPath}`)} ${quoteGitPath(`b/${newPath}`)}`;
}
