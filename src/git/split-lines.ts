// Turns a byte stream into lines. Splits on the \n byte before decoding, so a multi-byte UTF-8
// character cut across two chunks is never corrupted (0x0A never occurs inside one). Lines come
// in batches, one per chunk: an async step per line cost more than parsing the line (a 40 MB
// diff has a million of them).

/** One line of output: its text (UTF-8, without the newline or a trailing \r) and its size in bytes. */
export interface RawLine {
  text: string;
  /** Bytes of the line, \r included (not the \n). */
  bytes: number;
  /** Bytes of `text` alone (without a trailing \r). */
  textBytes: number;
}

/** Yields the lines each chunk completes; a final line without a newline comes last. */
export async function* splitLineBatches(chunks: AsyncIterable<Buffer>): AsyncGenerator<RawLine[]> {
  let pending: Buffer[] = [];
  for await (const chunk of chunks) {
    const batch: RawLine[] = [];
    let start = 0;
    const first = chunk.indexOf(10);
    if (first !== -1 && pending.length > 0) {
      batch.push(toLine(Buffer.concat([...pending, chunk.subarray(0, first)])));
      pending = [];
      start = first + 1;
    }
    const last = first === -1 ? -1 : chunk.lastIndexOf(10);
    if (last >= start) linesOfRegion(chunk, start, last, batch);
    const rest = last + 1;
    if (rest < chunk.length) pending.push(chunk.subarray(rest));
    if (batch.length > 0) yield batch;
  }
  if (pending.length > 0) yield [toLine(Buffer.concat(pending))];
}

/**
 * The lines of chunk[from, to], where `to` holds a \n. The region is decoded once and each line
 * is cut from that string: V8 slices a string without copying it, where decoding line by line
 * cost a call and a copy per line (~110 ms of a 1M-line diff). \n is one byte in UTF-8 and one
 * unit in the string, so the k-th \n in both tells where line k ends; in pure ASCII the two
 * offsets are the same.
 */
function linesOfRegion(chunk: Buffer, from: number, to: number, batch: RawLine[]): void {
  const text = chunk.toString("utf8", from, to + 1);
  const ascii = text.length === to + 1 - from;
  let byteStart = from;
  let charStart = 0;
  while (byteStart <= to) {
    const byteEnd = chunk.indexOf(10, byteStart);
    const charEnd = ascii ? byteEnd - from : text.indexOf("\n", charStart);
    const cr = byteEnd > byteStart && chunk[byteEnd - 1] === 13 ? 1 : 0;
    batch.push({ text: text.slice(charStart, charEnd - cr), bytes: byteEnd - byteStart, textBytes: byteEnd - byteStart - cr });
    byteStart = byteEnd + 1;
    charStart = charEnd + 1;
  }
}

/** Yields each line of the stream, one at a time (for small outputs). */
export async function* splitLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<RawLine> {
  for await (const batch of splitLineBatches(chunks)) yield* batch;
}

function lineOf(chunk: Buffer, start: number, end: number): RawLine {
  const textEnd = end > start && chunk[end - 1] === 13 ? end - 1 : end;
  return { text: chunk.toString("utf8", start, textEnd), bytes: end - start, textBytes: textEnd - start };
}

function toLine(buffer: Buffer): RawLine {
  return lineOf(buffer, 0, buffer.length);
}
