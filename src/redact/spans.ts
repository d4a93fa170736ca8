// Spans of a line to replace, and the one function that replaces them. Knows the placeholders,
// so nothing is ever redacted twice: text already inside a placeholder is left alone, which is
// what makes redact(redact(x)) === redact(x).

/** [start, end) of one line's text, what replaces it, and what kind of thing it was. */
export interface Span {
  start: number;
  end: number;
  replacement: string;
  /** A rule id (secrets) or a placeholder kind (`email`, `ip`…); shown by `--check`. */
  kind: string;
}

/** Every placeholder redaction writes. Secret placeholders carry the rule id. */
export const PLACEHOLDER = /<(?:REDACTED:[a-z0-9-]+|EMAIL|IP|TOKEN|COOKIE|HOME|HOST)>/g;

/** The placeholder for a secret found by `ruleId`. */
export function secretPlaceholder(ruleId: string): string {
  return `<REDACTED:${ruleId}>`;
}

export interface Applied {
  text: string;
  /** Kinds of the spans that changed something, in order of appearance, each once. */
  kinds: string[];
}

/**
 * Replaces `spans` in `text`. Overlapping spans merge into one; the widest decides the
 * replacement (on a tie, the one given first: pass secrets before the profile's kinds). A span
 * that overlaps or touches an existing placeholder is skipped: it is a view of something already
 * redacted (`-u "<REDACTED:x>:"` read as user:password, or the prefix left before a secret's
 * tail); so is a span whose text already is its replacement.
 */
export function applySpans(text: string, spans: readonly Span[]): Applied {
  if (spans.length === 0) return { text, kinds: [] };
  const placeholders = text.includes("<") ? placeholderRanges(text) : [];
  const live = spans
    .map((span, order) => ({ span, order }))
    .filter(({ span }) => span.end >= span.start && !touchesPlaceholder(placeholders, span))
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || a.order - b.order);
  let result = "";
  let at = 0;
  const kinds: string[] = [];
  for (let i = 0; i < live.length; ) {
    const group = [live[i]!];
    let end = live[i]!.span.end;
    for (i++; i < live.length && live[i]!.span.start < end; i++) {
      group.push(live[i]!);
      end = Math.max(end, live[i]!.span.end);
    }
    const start = group[0]!.span.start;
    const widest = group.reduce((best, next) => (width(next.span) > width(best.span) || (width(next.span) === width(best.span) && next.order < best.order) ? next : best));
    const replacement = widest.span.replacement;
    if (text.slice(start, end) === replacement) continue;
    result += text.slice(at, start) + replacement;
    at = end;
    for (const { span } of group) if (!kinds.includes(span.kind)) kinds.push(span.kind);
  }
  return { text: at === 0 && kinds.length === 0 ? text : result + text.slice(at), kinds };
}

function width(span: Span): number {
  return span.end - span.start;
}

/** [start, end) of every placeholder in `text`. */
function placeholderRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  PLACEHOLDER.lastIndex = 0;
  for (let match = PLACEHOLDER.exec(text); match !== null; match = PLACEHOLDER.exec(text)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

/** True when a (non-empty) span overlaps a placeholder in `ranges` or ends or starts right at one. */
function touchesPlaceholder(ranges: ReadonlyArray<[number, number]>, span: Span): boolean {
  return span.end > span.start && ranges.some(([from, to]) => span.start <= to && from <= span.end);
}
