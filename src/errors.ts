// Typed errors. Every failure the user can meet is one of these; cli/run.ts maps them all to
// exit code 2 with a one-line reason. Messages never contain scanned content.

export class StageguardError extends Error {
  /** A short follow-up line telling the user what to do about it. */
  readonly hint: string | undefined;

  constructor(message: string, options: { cause?: unknown; hint?: string } = {}) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.hint = options.hint;
  }
}

/** Bad command line: unknown command, flag or value. */
export class UsageError extends StageguardError {}

/** git failed or said something we cannot parse. */
export class GitError extends StageguardError {}

/** A rule pack is malformed; lists every problem found at once. */
export class RuleError extends StageguardError {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`invalid rules: ${problems.length} problem${problems.length === 1 ? "" : "s"}\n  ${problems.join("\n  ")}`);
    this.problems = problems;
  }
}

/** A file or folder given to `scan files` cannot be read. */
export class InputError extends StageguardError {}

/** stageguard.config.json is unreadable or invalid; lists every problem found at once. */
export class ConfigError extends StageguardError {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`invalid configuration: ${problems.length} problem${problems.length === 1 ? "" : "s"}\n  ${problems.join("\n  ")}`, {
      hint: "Fix the file (or move it away) and run again.",
    });
    this.problems = problems;
  }
}

/** The report cannot be written where --output asked. */
export class OutputError extends StageguardError {}
