// Splits shell text into pipelines of simple commands, and simple commands into words, the way
// a POSIX shell would for the purpose of reading them (no expansion is performed). Quotes,
// `$( … )`, backticks and `<( … )` keep their separators inside one word, so
// `sh -c "a; b"` stays one command and `bash <(curl x | sh)` one word.

/** One word of a command: as written (quotes kept) and with the quotes removed. */
export interface ShellWord {
  raw: string;
  text: string;
}

/** A pipeline: the simple commands joined by `|` (or `|&`), as raw text each. */
export type Pipeline = string[];

const OPENERS: Record<string, string> = { "$(": ")", "<(": ")", ">(": ")", "${": "}" };

/**
 * Pipelines in order. Separators: newline, `;`, `&&`, `||`, `&`. A `#` that starts a word
 * begins a comment to the end of the line: a comment is not a command.
 */
export function splitPipelines(text: string): Pipeline[] {
  const pipelines: Pipeline[] = [];
  let commands: string[] = [];
  let current = "";
  const endCommand = (): void => {
    if (current.trim() !== "") commands.push(current.trim());
    current = "";
  };
  const endPipeline = (): void => {
    endCommand();
    if (commands.length > 0) pipelines.push(commands);
    commands = [];
  };
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    const next = text[index + 1];
    if (char === "\\" && next !== undefined) {
      // Line continuation joins; any other escape keeps both characters.
      if (next === "\n") current += " ";
      else current += char + next;
      index += 2;
    } else if (char === "'" || char === '"' || char === "`") {
      const end = closingQuote(text, index);
      current += text.slice(index, end);
      index = end;
    } else if ((char === "$" || char === "<" || char === ">") && (next === "(" || (char === "$" && next === "{"))) {
      const end = closingGroup(text, index + 2, OPENERS[char + next]!);
      current += text.slice(index, end);
      index = end;
    } else if (char === "#" && (current === "" || /\s$/.test(current))) {
      while (index < text.length && text[index] !== "\n") index++;
    } else if (char === "\n" || char === ";") {
      endPipeline();
      index++;
    } else if (char === "&" && next === "&") {
      endPipeline();
      index += 2;
    } else if (char === "|" && next === "|") {
      endPipeline();
      index += 2;
    } else if (char === "&" && next !== ">" && !current.endsWith(">") && !current.endsWith("<")) {
      endPipeline();
      index++;
    } else if (char === "|") {
      endCommand();
      index += next === "&" ? 2 : 1;
    } else {
      current += char;
      index++;
    }
  }
  endPipeline();
  return pipelines;
}

/** Index just past the quote that closes the one at `start` (or the end of the text). */
function closingQuote(text: string, start: number): number {
  const quote = text[start]!;
  let index = start + 1;
  while (index < text.length) {
    const char = text[index]!;
    if (char === "\\" && quote !== "'") index += 2;
    else if (char === quote) return index + 1;
    else if (quote === '"' && char === "$" && text[index + 1] === "(") index = closingGroup(text, index + 2, ")");
    else index++;
  }
  return text.length;
}

/** Index just past the `close` that ends a group opened before `start`, nesting and quotes aware. */
function closingGroup(text: string, start: number, close: string): number {
  let depth = 1;
  let index = start;
  while (index < text.length) {
    const char = text[index]!;
    if (char === "\\") index += 2;
    else if (char === "'" || char === '"' || char === "`") index = closingQuote(text, index);
    else if (char === "(" || (close === "}" && char === "{")) {
      depth++;
      index++;
    } else if (char === close) {
      depth--;
      index++;
      if (depth === 0) return index;
    } else index++;
  }
  return text.length;
}

/** The words of one simple command. */
export function shellWords(command: string): ShellWord[] {
  const words: ShellWord[] = [];
  let raw = "";
  let value = "";
  let index = 0;
  const end = (): void => {
    if (raw !== "") words.push({ raw, text: value });
    raw = "";
    value = "";
  };
  while (index < command.length) {
    const char = command[index]!;
    if (/\s/.test(char)) {
      end();
      index++;
    } else if (char === "'" || char === '"') {
      const stop = closingQuote(command, index);
      raw += command.slice(index, stop);
      value += command.slice(index + 1, command[stop - 1] === char && stop - 1 > index ? stop - 1 : stop);
      index = stop;
    } else if (char === "\\" && index + 1 < command.length) {
      raw += command.slice(index, index + 2);
      value += command[index + 1];
      index += 2;
    } else if ((char === "$" || char === "<" || char === ">") && (command[index + 1] === "(" || (char === "$" && command[index + 1] === "{"))) {
      const stop = closingGroup(command, index + 2, OPENERS[char + command[index + 1]!]!);
      raw += command.slice(index, stop);
      value += command.slice(index, stop);
      index = stop;
    } else if (char === "`") {
      const stop = closingQuote(command, index);
      raw += command.slice(index, stop);
      value += command.slice(index, stop);
      index = stop;
    } else {
      raw += char;
      value += char;
      index++;
    }
  }
  end();
  return words;
}
