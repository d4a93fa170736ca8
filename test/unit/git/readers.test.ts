import { expect, test } from "@jest/globals";
import { BatchParser } from "../../../src/git/blobs.js";
import { splitLines } from "../../../src/git/split-lines.js";
import { splitRawAndPatch } from "../../../src/git/staged.js";
import { isBinaryContent, toNumberedLines } from "../../../src/text/content.js";

async function lines(chunks: Buffer[]) {
  const out = [];
  async function* source() {
    yield* chunks;
  }
  for await (const line of splitLines(source())) out.push(line);
  return out;
}

test("lines split on bytes, so UTF-8 cut across chunks survives; CRLF and a last line without newline", async () => {
  const bytes = Buffer.from("é1\r\nsecond\nlast");
  expect(await lines([bytes.subarray(0, 1), bytes.subarray(1, 5), bytes.subarray(5)])).toEqual([
    { text: "é1", bytes: 4, textBytes: 3 },
    { text: "second", bytes: 6, textBytes: 6 },
    { text: "last", bytes: 4, textBytes: 4 },
  ]);
});

test("a chunk's lines are cut from one decoded string: ASCII, multi-byte, invalid bytes, CR, empty lines", async () => {
  const bytes = Buffer.concat([Buffer.from("plain\r\n\nnaïve — ünïcode\n"), Buffer.from([0x61, 0xff, 0x62, 0x0d, 0x0a]), Buffer.from("\r\nend\n")]);
  // Whole, and cut at every byte: the same lines as decoding each line on its own.
  const expected = [
    { text: "plain", bytes: 6, textBytes: 5 },
    { text: "", bytes: 0, textBytes: 0 },
    { text: "naïve — ünïcode", bytes: 20, textBytes: 20 },
    { text: "a\ufffdb", bytes: 4, textBytes: 3 },
    { text: "", bytes: 1, textBytes: 0 },
    { text: "end", bytes: 3, textBytes: 3 },
  ];
  expect(await lines([bytes])).toEqual(expected);
  for (let cut = 1; cut < bytes.length; cut++) expect(await lines([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(expected);
});

test("cat-file --batch parser keeps only the head of each blob and survives any chunking", () => {
  const output = Buffer.from("aaaa blob 5\nhello\nbbbb blob 0\n\ncccc blob 3\nxyz\n");
  for (const size of [1, 2, 3, 7, output.length]) {
    const parser = new BatchParser(3);
    const blobs = [];
    for (let i = 0; i < output.length; i += size) blobs.push(...parser.push(output.subarray(i, i + size)));
    expect(blobs.map((blob) => [blob.blobId, blob.size, blob.data.toString()])).toEqual([
      ["aaaa", 5, "hel"],
      ["bbbb", 0, ""],
      ["cccc", 3, "xyz"],
    ]);
    expect(parser.isIdle()).toBe(true);
  }
  expect(() => [...new BatchParser(3).push(Buffer.from("dddd missing\n"))]).toThrow(/missing/);
});

test("content to lines: BOM dropped, CRLF trimmed, byte limit keeps whole lines only", () => {
  const data = Buffer.from("\ufeffone\r\ntwo\nthree\n");
  expect(toNumberedLines(data, data.length, 1000)).toEqual({
    lines: [
      { line: 1, text: "one" },
      { line: 2, text: "two" },
      { line: 3, text: "three" },
    ],
    bytes: 15,
    truncated: false,
  });
  expect(toNumberedLines(data, data.length, 10).lines.map((line) => line.text)).toEqual(["one", "two"]);
  // A read cut mid-line (size larger than data) leaves the partial last line out.
  expect(toNumberedLines(Buffer.from("a\nbc"), 100, 1000)).toEqual({ lines: [{ line: 1, text: "a" }], bytes: 2, truncated: true });
});

test("binary sniffing looks for NUL in the first 8000 bytes, like git", () => {
  expect(isBinaryContent(Buffer.from("text"))).toBe(false);
  expect(isBinaryContent(Buffer.from([65, 0, 66]))).toBe(true);
  expect(isBinaryContent(Buffer.concat([Buffer.alloc(8000, 65), Buffer.from([0])]))).toBe(false);
});

test("one diff process: the raw part ends at the empty field, wherever the chunks are cut", async () => {
  const raw = ":000000 100644 0000 abcd A\0a b.txt\0:100644 100644 abcd ef01 M\0c\0";
  const patch = "diff --git a/a b.txt b/a b.txt\nnew file mode 100644\n@@ -0,0 +1 @@\n+x\0y\n";
  const whole = Buffer.from(`${raw}\0${patch}`);
  for (let first = 0; first <= whole.length; first++) {
    for (const second of [first, Math.min(whole.length, first + 1), Math.min(whole.length, first + 7)]) {
      async function* chunks(): AsyncGenerator<Buffer> {
        for (const piece of [whole.subarray(0, first), whole.subarray(first, second), whole.subarray(second)]) if (piece.length > 0) yield piece;
      }
      const split = splitRawAndPatch(chunks(), Promise.resolve());
      const meta = (await split.meta).toString("latin1");
      const parts: Buffer[] = [];
      for await (const chunk of split.patch) parts.push(chunk);
      expect([first, second, meta, Buffer.concat(parts).toString("latin1")]).toEqual([first, second, raw, patch]);
    }
  }
});

test("one diff process: no patch part means nothing changed, unless git failed", async () => {
  async function* only(text: string): AsyncGenerator<Buffer> {
    if (text) yield Buffer.from(text);
  }
  expect((await splitRawAndPatch(only(""), Promise.resolve()).meta).length).toBe(0);
  const failed = splitRawAndPatch(only(""), Promise.reject(new Error("git diff failed: bad object")));
  await expect(failed.meta).rejects.toThrow("bad object");
});
