import { expect, test } from "@jest/globals";
import { LineSplitter, type SourceLine } from "../../../src/redact/line-stream.js";

/** Feeds `chunks` one by one; returns every line, as [line, text, ending] (oversized: "<oversized>"). */
function split(chunks: readonly string[], max?: number): Array<[number, string, string]> {
  const splitter = new LineSplitter(max);
  const lines: SourceLine[] = [];
  for (const chunk of chunks) lines.push(...splitter.push(chunk));
  lines.push(...splitter.end());
  return lines.map((line) => [line.line, line.oversized ? "<oversized>" : line.text, line.ending]);
}

/** Every way to cut `text` in two chunks gives the same lines as one chunk. */
function everySplitAgrees(text: string): void {
  const whole = split([text]);
  for (let at = 0; at <= text.length; at++) expect(split([text.slice(0, at), text.slice(at)])).toEqual(whole);
}

test("LF, CRLF and lone CR each end a line and are kept as they were", () => {
  expect(split(["a\nb\r\nc\rd\n"])).toEqual([
    [1, "a", "\n"],
    [2, "b", "\r\n"],
    [3, "c", "\r"],
    [4, "d", "\n"],
  ]);
  expect(split(["\r\r\n\n"])).toEqual([
    [1, "", "\r"],
    [2, "", "\r\n"],
    [3, "", "\n"],
  ]);
});

test("a last line without a newline keeps having none; empty input gives no line", () => {
  expect(split(["one\ntwo"])).toEqual([
    [1, "one", "\n"],
    [2, "two", ""],
  ]);
  expect(split([])).toEqual([]);
  expect(split([""])).toEqual([]);
  expect(split(["x\n"])).toEqual([[1, "x", "\n"]]);
});

test("chunk boundaries anywhere, even between CR and LF, change nothing", () => {
  everySplitAgrees("ab\r\ncd\ref\n\r\ngh");
  everySplitAgrees("\r");
  expect(split(["a\r", "\nb\r", "c"])).toEqual([
    [1, "a", "\r\n"],
    [2, "b", "\r"],
    [3, "c", ""],
  ]);
});

test("a line over the cap is cut after a delimiter, never inside a token, and keeps its number", () => {
  const lines = split(["aaaa bbbb cccc dddd\nnext\n"], 12);
  expect(lines).toEqual([
    [1, "aaaa bbbb ", ""],
    [1, "cccc dddd", "\n"],
    [2, "next", "\n"],
  ]);
  // Joined back, the pieces are the line.
  expect(lines.map(([, text, ending]) => text + ending).join("")).toBe("aaaa bbbb cccc dddd\nnext\n");
});

test("an unbroken run over the cap is dropped as one oversized piece; the line goes on after it", () => {
  const run = "x".repeat(50);
  expect(split([`key ${run} tail\nok\n`], 16)).toEqual([
    [1, "key ", ""],
    [1, "<oversized>", ""],
    [1, " tail", "\n"],
    [2, "ok", "\n"],
  ]);
  // Arriving in small chunks, the run is still dropped whole (never held past the cap).
  expect(split(["key ", ...Array.from({ length: 10 }, () => "x".repeat(10)), " tail\n"], 16)).toEqual([
    [1, "key ", ""],
    [1, "<oversized>", ""],
    [1, " tail", "\n"],
  ]);
});

test("a huge line streams through in bounded pieces", () => {
  const splitter = new LineSplitter(1024);
  let longest = 0;
  let total = 0;
  const word = "lorem ipsum dolor sit amet, ";
  for (let i = 0; i < 2000; i++) {
    for (const line of splitter.push(word.repeat(20))) {
      longest = Math.max(longest, line.text.length);
      total += line.text.length;
    }
  }
  for (const line of splitter.end()) total += line.text.length;
  expect(longest).toBeLessThanOrEqual(1024);
  expect(total).toBe(word.length * 20 * 2000);
});
