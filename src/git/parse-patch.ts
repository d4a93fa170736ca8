// Pure, incremental parser of `git diff -p` output. Fed one line at a time so a 40 MB diff is never
// held whole; hands back each file's section as soon as the next one starts.
//
// Sample:
//   diff --git a/src/app.ts b/src/app.ts
//   index 422c2b7..de98044 100644
//   --- a/src/app.ts
//   +++ b/src/app.ts
//   @@ -2 +2,2 @@ function context
//    unchanged line          (context: new line 2)
//   +added line              (added: new line 3)
//   \ No newline at end of file
// Hunk bodies are read by the counts in the @@ line, so no content line is ever taken for a header.

import { GitError } from "../errors.js";
import type { NumberedLine } from "../types.js";
import type { RawLine } from "./split-lines.js";

/** Everything one `diff --git` section says about a file. */
export interface PatchSection {
  /** The `diff --git …` line, as printed. */
  header: string;
  /** git printed "Binary files … differ". */
  isBinary: boolean;
  addedLines: NumberedLine[];
  contextLines: NumberedLine[];
  /** Every added line git printed, including those past the byte limit. */
  addedLineCount: number;
  /** Bytes of the added lines kept for scanning (with their newlines). */
  addedBytes: number;
  /** UTF-8 bytes of the kept added lines' text (marker, BOM and \r left out), a newline each. */
  addedTextBytes: number;
  /** Added content past `maxBytesPerFile` was counted but not kept. */
  truncated: boolean;
}

export interface PatchParserOptions {
  /** Added bytes kept per file; the rest is counted, not stored. */
  maxBytesPerFile: number;
}

const HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * git prints a UTF-8 byte-order mark as part of line 1. It is not text: dropped here as for
 * working-tree files (text/content.ts), or rules anchored at the start of line 1 miss it.
 */
const BOM = "\uFEFF";

export class PatchParser {
  private section: PatchSection | undefined;
  private oldRemaining = 0;
  private newRemaining = 0;
  private nextLine = 0;

  constructor(private readonly options: PatchParserOptions) {}

  /** Feeds one line; returns the previous section when this line starts a new one. */
  push(raw: RawLine): PatchSection | undefined {
    const { text } = raw;
    if (this.oldRemaining > 0 || this.newRemaining > 0) {
      this.readHunkLine(raw);
      return undefined;
    }
    if (text.startsWith("diff --git ")) {
      const finished = this.section;
      this.section = {
        header: text,
        isBinary: false,
        addedLines: [],
        contextLines: [],
        addedLineCount: 0,
        addedBytes: 0,
        addedTextBytes: 0,
        truncated: false,
      };
      return finished;
    }
    // "* Unmerged path x" has no section of its own; "\ No newline…" follows a hunk's last line.
    if (text.startsWith("* Unmerged path ") || text.startsWith("\\")) return undefined;
    const section = this.section;
    // Never echo the line: it could be content.
    if (!section) throw new GitError("unexpected diff output before the first file header");
    const hunk = HUNK_HEADER.exec(text);
    if (hunk) {
      this.oldRemaining = hunk[1] === undefined ? 1 : Number(hunk[1]);
      this.newRemaining = hunk[3] === undefined ? 1 : Number(hunk[3]);
      this.nextLine = Number(hunk[2]);
      // "@@ -1 +0,0 @@" deletes everything: line numbers start past nothing.
      if (this.newRemaining === 0) this.nextLine = 0;
      return undefined;
    }
    if (text.startsWith("Binary files ") && text.endsWith(" differ")) section.isBinary = true;
    // Other lines are extended headers (index, mode, rename from/to, ---/+++): nothing to keep.
    return undefined;
  }

  /** Signals the end of output; returns the last section. */
  end(): PatchSection | undefined {
    if (this.oldRemaining > 0 || this.newRemaining > 0) throw new GitError("diff output ended inside a hunk");
    const finished = this.section;
    this.section = undefined;
    return finished;
  }

  /** A content line's text: without its marker, and without a BOM on line 1. */
  private textOf(raw: RawLine): string {
    return this.hasBom(raw) ? raw.text.slice(2) : raw.text.slice(1);
  }

  private hasBom(raw: RawLine): boolean {
    return this.nextLine === 1 && raw.text.startsWith(BOM, 1);
  }

  private readHunkLine(raw: RawLine): void {
    const section = this.section!;
    const marker = raw.text.charCodeAt(0);
    if (marker === 43 /* + */) {
      this.newRemaining--;
      section.addedLineCount++;
      if (section.addedBytes + raw.bytes > this.options.maxBytesPerFile) section.truncated = true;
      if (!section.truncated) {
        section.addedLines.push({ line: this.nextLine, text: this.textOf(raw) });
        section.addedBytes += raw.bytes;
        // The marker's byte stands for the newline; a BOM is 3 bytes of UTF-8.
        section.addedTextBytes += raw.textBytes - (this.hasBom(raw) ? 3 : 0);
      }
      this.nextLine++;
    } else if (marker === 32 /* space */ || raw.text === "" /* diff.suppressBlankEmpty */) {
      this.oldRemaining--;
      this.newRemaining--;
      section.contextLines.push({ line: this.nextLine, text: this.textOf(raw) });
      this.nextLine++;
    } else if (marker === 45 /* - */) {
      this.oldRemaining--;
    } else if (marker !== 92 /* \ No newline */) {
      throw new GitError("unexpected line inside a hunk");
    }
    if (this.oldRemaining < 0 || this.newRemaining < 0) throw new GitError("hunk longer than its header says");
  }
}
