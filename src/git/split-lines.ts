// Turns a byte stream into lines. Splits on the \n byte before decoding, so a multi-byte UTF-8
// character cut across two chunks is never corrupted (0x0A never occurs inside one). Lines come
// in batches, one per chunk: an async step per line cost more than parsing the line (a 40 MB
// diff has a million of them).

/** One line of output: its text (UTF-8, without the newline or a trailing \r) and its size in bytes. */
export interface RawLine {
  text: string;
  bytes: number;
}

/** Yields the lines each chunk completes; a final line without a newline comes last. */
export async function* splitLineBatches(chunks: AsyncIterable<Buffer>): AsyncGenerator<RawLine[]> {
  let pending: Buffer[] = [];
  for await (const chunk of chunks) {
    const batch: RawLine[] = [];
    let start = 0;
    let newline = chunk.indexOf(10, start);
    while (newline !== -1) {
      if (pending.length > 0) {
        batch.push(toLine(Buffer.concat([...pending, chunk.subarray(start, newline)])));
        pending = [];
      } else {
        batch.push(lineOf(chunk, start, newline));
      }
      start = newline + 1;
      newline = chunk.indexOf(10, start);
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
    if (batch.length > 0) yield batch;
  }
  if (pending.length > 0) yield [toLine(Buffer.concat(pending))];
}

/** Yields each line of the stream, one at a time (for small outputs). */
export async function* splitLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<RawLine> {
  for await (const batch of splitLineBatches(chunks)) yield* batch;
}

function lineOf(chunk: Buffer, start: number, end: number): RawLine {
  const textEnd = end > start && chunk[end - 1] === 13 ? end - 1 : end;
  return { text: chunk.toString("utf8", start, textEnd), bytes: end - start };
}

function toLine(buffer: Buffer): RawLine {
  return lineOf(buffer, 0, buffer.length);
}
