// Generators shared by the property tests: file names and file contents that are awkward for a
// diff parser (quotes, backslashes, control characters, names shaped like diff headers, invalid
// UTF-8, CR/CRLF, BOMs, no final newline).

import fc from "fast-check";

/** Pieces a name is made of: each one known to need care somewhere (quoting, headers, pathspecs). */
const AWKWARD_PIECES = [
  " ", '"', "\\", "\t", "\n", "\r", "\x01", "\x1b", "\x7f", "-", "--", "+++", "---", "a", "b", "a b", "@@", "@@ -1 +1 @@",
  "diff --git a/x b/x", "Binary files", " differ", "\\ No newline", ":", "*", "?", "[ab]", "{x,y}", "~", "#", "'", "`", "$HOME",
  "é", "ü", "日本", "\u200b", "\ufeff", "\u2028", "😀", "\u0085", ".", "..", "=", "%", "index", "\\n", "\\t", "\\\"",
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...AWKWARD_PIECES) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 3 }) },
);

/** Linux allows 255 bytes in one path component. */
const NAME_MAX = 255;

function cutToBytes(text: string, max: number): string {
  let out = "";
  for (const char of text) {
    if (Buffer.byteLength(out + char) > max) break;
    out += char;
  }
  return out;
}

/**
 * One path component git will accept: no "/" or NUL, not "." or "..", nothing git refuses to
 * track (.git in any spelling, the NTFS short name git~1), at most 255 bytes. Sometimes long.
 */
export const nameComponent: fc.Arbitrary<string> = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.nat({ max: 9 }), fc.constantFrom("é", "x", "日"))
  // One run in ten pads the name towards the 255-byte limit (with multi-byte characters too).
  .map(([pieces, pad, filler]) => cutToBytes(pieces.join("") + (pad === 0 ? filler.repeat(300) : ""), NAME_MAX))
  .filter((name) => name !== "" && name !== "." && name !== ".." && !name.includes("/") && !name.includes("\0") && !/^\.git|git~/i.test(name));

/** A relative path of one to three components. */
export const relativePath: fc.Arbitrary<string> = fc.array(nameComponent, { minLength: 1, maxLength: 3 }).map((parts) => parts.join("/"));

/** Paths no one of which is a folder of another (so they can all be files of one tree). */
export function distinctPaths(minLength: number, maxLength: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(relativePath, { minLength, maxLength }).filter((paths) => paths.every((path) => paths.every((other) => other === path || !other.startsWith(`${path}/`))));
}

/** One line's text (no \n): printable, unicode, control characters, lone CR, tabs. */
export const lineText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...AWKWARD_PIECES.filter((part) => !part.includes("\n"))), { maxLength: 5 }).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: fc.constantFrom("", "\r", " ", "+", "-", "@@ -1,2 +1,3 @@", "diff --git a/a b/b", "+++ b/x", "--- a/x", "\\ No newline at end of file") },
);

/** One line's bytes (no 0x0A, no NUL): text, or raw bytes that are often invalid UTF-8. */
export const lineBytes: fc.Arbitrary<Buffer> = fc.oneof(
  { weight: 4, arbitrary: lineText.map((text) => Buffer.from(text.replace(/\n/g, " "))) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 30 }).map((bytes) => Buffer.from(bytes.filter((byte) => byte !== 10 && byte !== 0))) },
  { weight: 1, arbitrary: fc.constantFrom(Buffer.from([0xff, 0xfe]), Buffer.from([0xc3]), Buffer.from([0xe2, 0x82]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xf0, 0x9f, 0x98])) },
);

/** How a file's lines are joined and framed. A lone CR (classic Mac) does not end a line for git. */
export interface Framing {
  ending: "\n" | "\r\n" | "\r" | "mixed";
  bom: boolean;
  finalNewline: boolean;
}

export const framing: fc.Arbitrary<Framing> = fc.record({
  ending: fc.constantFrom<Framing["ending"]>("\n", "\r\n", "\r", "mixed"),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
});

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Joins lines into file bytes; `mixed` alternates LF and CRLF. Line numbers are counted by LF, as git does. */
export function frame(lines: readonly Buffer[], { ending, bom, finalNewline }: Framing): Buffer {
  const parts: Buffer[] = bom ? [BOM] : [];
  lines.forEach((line, index) => {
    parts.push(line);
    const last = index === lines.length - 1;
    if (last && !finalNewline) return;
    const eol = ending === "mixed" ? (index % 2 === 0 ? "\r\n" : "\n") : ending;
    parts.push(Buffer.from(eol));
  });
  return Buffer.concat(parts);
}

/**
 * The lines of `data` as a staged file presents them: split on LF (a final LF ends the last line),
 * one trailing CR dropped, UTF-8 decoded, a byte-order mark dropped from line 1.
 */
export function expectedLines(data: Buffer): string[] {
  let start = 0;
  const lines: string[] = [];
  while (start < data.length) {
    let end = data.indexOf(10, start);
    if (end === -1) end = data.length;
    const textEnd = end > start && data[end - 1] === 13 ? end - 1 : end;
    const text = data.toString("utf8", start, textEnd);
    lines.push(lines.length === 0 && text.startsWith("\ufeff") ? text.slice(1) : text);
    start = end + 1;
  }
  return lines;
}

/** Cuts `data` at the given fractions into chunks, as a pipe might deliver it. */
export function chunked(data: Buffer, cuts: readonly number[]): Buffer[] {
  const points = [...new Set(cuts.map((cut) => Math.floor(cut * data.length)))].filter((point) => point > 0 && point < data.length).sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const point of [...points, data.length]) {
    chunks.push(data.subarray(from, point));
    from = point;
  }
  return chunks.filter((chunk) => chunk.length > 0);
}

export async function* fromChunks(chunks: readonly Buffer[]): AsyncGenerator<Buffer> {
  for (const chunk of chunks) yield chunk;
}
