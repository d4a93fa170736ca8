// Splits a byte stream into lines for redaction, keeping each line's own ending (LF, CRLF, a lone
// CR, or none after the last line), so the output has exactly the input's lines. Memory stays
// bounded: at most one line (capped at MAX_LINE_CHARS) plus one chunk is held. No decisions
// about content here beyond where a too-long line may be cut.

/** What ended a line: "" only for a last line without a newline, or a piece of a cut line. */
export type LineEnding = "" | "\n" | "\r\n" | "\r";

export interface SourceLine {
  /** 1-based physical line number (what `--check` reports). */
  line: number;
  /**
   * The line's text without its ending, one character per byte (latin1), so any encoding
   * passes through byte for byte and every pattern (all ASCII) still reads it.
   */
  text: string;
  ending: LineEnding;
  /**
   * True for a run of more than MAX_LINE_CHARS characters with no delimiter in it: too long to
   * check, so it was dropped here and `text` is empty. The redactor puts a placeholder instead.
   */
  oversized: boolean;
}

/**
 * Longest piece of one line held at once. A longer line is cut after the last delimiter before
 * the cap (whitespace, a quote, `,` `;` `&` `|` or a closing bracket), never inside a token.
 */
export const MAX_LINE_CHARS = 1024 * 1024;

/** Where a long line may be cut: after one of these, no token is split. `<` is left out so a placeholder stays whole. */
const DELIMITER = /[\s"'`,;&|>)\]}([{]/;

/**
 * Feed it text chunk by chunk (`push`), then `end`; each call returns the lines completed so far.
 * Pieces of a cut line share its number; all but the last end with "".
 */
export class LineSplitter {
  private held = "";
  /** Inside an oversized run: its characters are dropped until the next delimiter or line end. */
  private dropping = false;
  /** The last chunk ended with "\r": CRLF or a lone CR, decided by the next chunk's first byte. */
  private pendingCr = false;
  private line = 1;
  private out: SourceLine[] = [];

  constructor(private readonly maxLineChars = MAX_LINE_CHARS) {}

  push(text: string): SourceLine[] {
    let start = 0;
    if (this.pendingCr && text.length > 0) {
      this.pendingCr = false;
      if (text[0] === "\n") {
        this.finishLine("\r\n");
        start = 1;
      } else {
        this.finishLine("\r");
      }
    }
    let nextLf = text.indexOf("\n", start);
    let nextCr = text.indexOf("\r", start);
    while (start < text.length) {
      if (nextLf !== -1 && nextLf < start) nextLf = text.indexOf("\n", start);
      if (nextCr !== -1 && nextCr < start) nextCr = text.indexOf("\r", start);
      const at = nextLf === -1 ? nextCr : nextCr === -1 ? nextLf : Math.min(nextLf, nextCr);
      if (at === -1) {
        this.append(text.slice(start));
        break;
      }
      this.append(text.slice(start, at));
      if (text[at] === "\n") {
        this.finishLine("\n");
        start = at + 1;
      } else if (at + 1 === text.length) {
        this.pendingCr = true;
        start = at + 1;
      } else if (text[at + 1] === "\n") {
        this.finishLine("\r\n");
        start = at + 2;
      } else {
        this.finishLine("\r");
        start = at + 1;
      }
    }
    return this.take();
  }

  end(): SourceLine[] {
    if (this.pendingCr) this.finishLine("\r");
    else if (this.held !== "") this.finishLine("");
    this.pendingCr = false;
    return this.take();
  }

  private take(): SourceLine[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private finishLine(ending: LineEnding): void {
    this.out.push({ line: this.line, text: this.held, ending, oversized: false });
    this.held = "";
    this.dropping = false;
    this.line++;
  }

  /** Adds text without line breaks to the current line, cutting pieces off while it is over the cap. */
  private append(segment: string): void {
    if (segment === "") return;
    if (this.dropping) {
      const at = segment.search(DELIMITER);
      if (at === -1) return;
      this.dropping = false;
      segment = segment.slice(at);
    }
    this.held += segment;
    while (this.held.length > this.maxLineChars) {
      const cut = lastDelimiterBefore(this.held, this.maxLineChars);
      if (cut !== -1) {
        this.out.push({ line: this.line, text: this.held.slice(0, cut + 1), ending: "", oversized: false });
        this.held = this.held.slice(cut + 1);
        continue;
      }
      // One unbroken run longer than the cap: it cannot be checked whole, so it is not kept.
      this.out.push({ line: this.line, text: "", ending: "", oversized: true });
      const resume = this.held.slice(this.maxLineChars).search(DELIMITER);
      if (resume === -1) {
        this.held = "";
        this.dropping = true;
      } else {
        this.held = this.held.slice(this.maxLineChars + resume);
      }
    }
  }
}

function lastDelimiterBefore(text: string, end: number): number {
  for (let i = end - 1; i >= 0; i--) if (DELIMITER.test(text[i]!)) return i;
  return -1;
}
