// Secrets that run over several lines: a rule with `continuesUntil` (a PEM private key's BEGIN
// line) opens a block after its match; every line up to the closing match is body and is
// replaced, keeping its indentation and the quotes or `\n` escapes around it, so the line count
// and the quoting survive. The block stays open across batches until it is closed.

import type { Rule } from "../rules/compile.js";
import { secretPlaceholder, type Span } from "./spans.js";

interface OpenBlock {
  end: RegExp;
  ruleId: string;
}

/** What a block leaves of one line: spans to replace, and where ordinary findings resume (-1: nowhere). */
export interface BlockPart {
  spans: Span[];
  resumeAt: number;
}

export class KeyBlocks {
  private open: OpenBlock | undefined;

  get isOpen(): boolean {
    return this.open !== undefined;
  }

  /** A line read while a block is open: body up to the closing match (which closes it), or all of it. */
  continueOn(text: string): BlockPart {
    const block = this.open!;
    const end = block.end.exec(text);
    if (end) this.open = undefined;
    return { spans: bodySpan(text, 0, end ? end.index : text.length, block.ruleId), resumeAt: end ? end.index + end[0].length : -1 };
  }

  /**
   * A finding of `rule` (which has continuesUntil) whose whole match ends at `matchEnd`: the
   * rest of the line is body up to a closing match on the same line; else the block stays open.
   */
  openAfter(rule: Rule, text: string, matchEnd: number): BlockPart {
    const rest = text.slice(matchEnd);
    const end = rule.continuesUntil!.exec(rest);
    if (!end) this.open = { end: rule.continuesUntil!, ruleId: rule.id };
    const bodyEnd = matchEnd + (end ? end.index : rest.length);
    return { spans: bodySpan(text, matchEnd, bodyEnd, rule.id), resumeAt: end ? bodyEnd + end[0].length : -1 };
  }
}

/** Where the rule's whole match around a secret starting at `secretStart` ends (PEM: the header's end). */
export function matchEndAround(rule: Rule, text: string, secretStart: number, secretEnd: number): number {
  const regex = rule.regex!;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    if (match[0].length === 0) regex.lastIndex++;
    if (match.index <= secretStart && secretStart < match.index + Math.max(match[0].length, 1)) return Math.max(match.index + match[0].length, secretEnd);
  }
  return secretEnd;
}

/** Before the body: indentation, quotes, `\n` escapes, comment markers (`# `, `// `, ` * `, `; `, `-- `). */
const LEADING = /^(?:[\s"'`#*;]|\\[nrt]|\/\/(?=\s)|--(?=\s))*/;
const TRAILING = /[\s"'`]/;
/** `+ , ; \` end a line of code (`"…\n" +`, `"…",`) only after a quote or a space: base64 ends in `+` too. */
const CONTINUATION = /[,+;\\]/;
const ESCAPED_BREAK = /[nrt]/;

/** The body between `from` and `to`, without the indentation, comment markers, quotes, `\n` escapes and `" +` around it. */
function bodySpan(text: string, from: number, to: number, ruleId: string): Span[] {
  const start = from + LEADING.exec(text.slice(from, to))![0].length;
  let end = to;
  for (;;) {
    if (end - 2 >= start && text[end - 2] === "\\" && ESCAPED_BREAK.test(text[end - 1]!)) end -= 2;
    else if (end > start && TRAILING.test(text[end - 1]!)) end--;
    else if (end > start && end - 2 >= from && CONTINUATION.test(text[end - 1]!) && TRAILING.test(text[end - 2]!)) end--;
    else break;
  }
  return end > start ? [{ start, end, replacement: secretPlaceholder(ruleId), kind: ruleId }] : [];
}
