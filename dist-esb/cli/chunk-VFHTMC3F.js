// dist/errors.js
var StageguardError = class extends Error {
  /** A short follow-up line telling the user what to do about it. */
  hint;
  constructor(message, options = {}) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.hint = options.hint;
  }
};
var UsageError = class extends StageguardError {
};
var GitError = class extends StageguardError {
};
var RuleError = class extends StageguardError {
  problems;
  constructor(problems) {
    super(`invalid rules: ${problems.length} problem${problems.length === 1 ? "" : "s"}
  ${problems.join("\n  ")}`);
    this.problems = problems;
  }
};
var InputError = class extends StageguardError {
};
var ConfigError = class extends StageguardError {
  problems;
  constructor(problems) {
    super(`invalid configuration: ${problems.length} problem${problems.length === 1 ? "" : "s"}
  ${problems.join("\n  ")}`, {
      hint: "Fix the file (or move it away) and run again."
    });
    this.problems = problems;
  }
};
var OutputError = class extends StageguardError {
};

export {
  StageguardError,
  UsageError,
  GitError,
  RuleError,
  InputError,
  ConfigError,
  OutputError
};
