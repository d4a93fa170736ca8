// The redaction pipeline over one input: byte chunks → lines → batches → redacted lines. Holds
// at most one batch (BATCH_LINES lines or about BATCH_CHARS characters) and one capped line, so
// a log of any size streams through in bounded memory.

import { LineSplitter, type SourceLine } from "./line-stream.js";
import { Redactor, type RedactedLine, type RedactorOptions } from "./redactor.js";

/** Lines handed to the detector at once: large enough to amortize its per-file work. */
export const BATCH_LINES = 1000;
export const BATCH_CHARS = 1024 * 1024;

/** Redacted lines of `chunks`, a batch at a time, in order. */
export async function* redactChunks(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, options: RedactorOptions): AsyncGenerator<RedactedLine[]> {
  const redactor = new Redactor(options);
  const splitter = new LineSplitter();
  let batch: SourceLine[] = [];
  let chars = 0;
  for await (const chunk of chunks) {
    for (const line of splitter.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("latin1"))) {
      batch.push(line);
      chars += line.text.length;
      if (batch.length >= BATCH_LINES || chars >= BATCH_CHARS) {
        yield redactor.redact(batch);
        batch = [];
        chars = 0;
      }
    }
  }
  batch.push(...splitter.end());
  if (batch.length > 0) yield redactor.redact(batch);
}

/** Lines back to bytes, each with its own ending (the latin1 text is the input's bytes). */
export function toBytes(lines: readonly RedactedLine[]): Buffer {
  let text = "";
  for (const line of lines) text += line.text + line.ending;
  return Buffer.from(text, "latin1");
}

/** Redacts a whole UTF-8 string (tests, small inputs) through the same path as a stream. */
export async function redactString(text: string, options: RedactorOptions): Promise<string> {
  const parts: Buffer[] = [];
  for await (const batch of redactChunks([Buffer.from(text, "utf8")], options)) parts.push(toBytes(batch));
  return Buffer.concat(parts).toString("utf8");
}
