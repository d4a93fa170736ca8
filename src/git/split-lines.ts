// Turns a byte stream into lines. Splits on the \n byte before decoding, so a multi-byte UTF-8
// character cut across two chunks is never corrupted (0x0A never occurs inside one).

/** One line of output: its text (UTF-8, without the newline or a trailing \r) and its size in bytes. */
export interface RawLine {
  text: string;
  bytes: number;
}

/** Yields each line of the stream; a final line without a newline is yielded too. */
export async function* splitLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<RawLine> {
  let pending: Buffer[] = [];
  for await (const chunk of chunks) {
    let start = 0;
    let newline = chunk.indexOf(10, start);
    while (newline !== -1) {
      const piece = chunk.subarray(start, newline);
      yield toLine(pending.length > 0 ? Buffer.concat([...pending, piece]) : piece);
      pending = [];
      start = newline + 1;
      newline = chunk.indexOf(10, start);
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield toLine(Buffer.concat(pending));
}

function toLine(buffer: Buffer): RawLine {
  const end = buffer.length > 0 && buffer[buffer.length - 1] === 13 ? buffer.length - 1 : buffer.length;
  return { text: buffer.toString("utf8", 0, end), bytes: buffer.length };
}
