// Redaction. A secret is masked the moment a Finding is made; nothing downstream ever sees it.

/** Secrets shorter than this are masked entirely. */
const REVEAL_MIN_LENGTH = 16;
const KEEP_START = 4;
const KEEP_END = 2;

/** At most the first 4 and last 2 characters of a long secret; a short one fully masked. */
export function maskSecret(secret: string): string {
  const chars = [...secret];
  if (chars.length < REVEAL_MIN_LENGTH) return "*".repeat(Math.min(Math.max(chars.length, 4), 8));
  return `${chars.slice(0, KEEP_START).join("")}…${chars.slice(-KEEP_END).join("")}`;
}

/** Replaces each [start, end) span of `text` with the masked form of what it covers. */
export function maskSpans(text: string, spans: ReadonlyArray<readonly [number, number]>): string {
  const ordered = [...spans].sort((a, b) => a[0] - b[0]);
  let out = "";
  let cursor = 0;
  for (const [start, end] of ordered) {
    const to = Math.min(end, text.length);
    if (to <= cursor) continue;
    const from = Math.max(start, cursor);
    out += text.slice(cursor, from) + maskSecret(text.slice(from, to));
    cursor = to;
  }
  return out + text.slice(cursor);
}

/** Masks every occurrence of each value in `text`, longest first (a value inside another is not left half shown). */
export function maskValues(text: string, values: readonly string[]): string {
  let out = text;
  for (const value of [...new Set(values)].sort((a, b) => b.length - a.length)) {
    if (value !== "" && out.includes(value)) out = out.split(value).join(maskSecret(value));
  }
  return out;
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(text: string): number {
  if (text.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  const total = [...text].length;
  for (const count of counts.values()) {
    const p = count / total;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}
