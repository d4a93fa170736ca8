// The raw shape of a rule pack as written in patterns/*.json (and described by patterns/schema.json).
// These are public: field names are config keys and never change meaning once released.

import type { Category, Severity } from "../types.js";

/** One JSON file in patterns/: a category of rules with shared defaults. */
export interface RulePackSpec {
  $schema?: string;
  /** Pack name, e.g. "secrets". */
  pack: string;
  category: Category;
  description?: string;
  defaults?: RuleDefaultsSpec;
  rules: RuleSpec[];
}

/** Values every rule of a pack starts from. `excludePaths` and `allow` add to the rule's own. */
export interface RuleDefaultsSpec {
  severity?: Severity;
  paths?: string[];
  excludePaths?: string[];
  firstLine?: string;
  allow?: string[];
}

export interface RuleSpec {
  /** Stable kebab-case id; never renamed once released. */
  id: string;
  title: string;
  /** "content": a regex searched in added lines. "path": the file's name is the problem. */
  target: "content" | "path" | "command";
  /** Overrides the pack's category (a code rule in a commands pack, say). */
  category?: Category;
  severity?: Severity;
  /** What is wrong and why it matters; one or two sentences. */
  message: string;
  /** How to resolve it: commands or code. Placeholders: {path}, {shellPath}, {name}, {ruleId}. */
  fix: string;

  /** Globs of the files the rule concerns (for path rules: the names that are forbidden). */
  paths?: string[];
  /** Globs of files the rule never concerns (a path rule's allowed twins, like .env.example). */
  excludePaths?: string[];
  /** Regex on a file's first line that also brings it into scope (a shell shebang, say). */
  firstLine?: string;
  /**
   * Path rules: regexes (multiline) that must ALL be found in the file's staged content for the
   * rule to fire. Content decides where the name alone would lie: a .pem with only certificates,
   * an .npmrc with only a registry URL.
   */
  requireContent?: string[];
  /** Path rules: .gitignore lines that keep such files out of git (used by fixes and `audit`). */
  gitignore?: string[];

  /**
   * Content rules: a regex the line just above must match (names and values on consecutive
   * lines, such as a Kubernetes `- name: DB_PASSWORD` / `value: …` pair). That line comes from
   * the diff's context when it is not itself added.
   */
  previousLine?: string;
  /**
   * Content rules: regexes (multiline) that must ALL be found in the lines of the file the scan
   * sees (added and context lines; the whole file for `scan files`), such as `kind: Secret`.
   */
  requireInFile?: string[];
  /**
   * Content rules: the secret runs on past the match, over the following lines, up to the first
   * match of this regex (the END line of a PEM block). Scans report the match; `stageguard
   * redact` keeps the match and the closing text and replaces everything in between.
   */
  continuesUntil?: string;

  /** Content rules: an ECMAScript regex, searched line by line. */
  pattern?: string;
  ignoreCase?: boolean;
  /** Lower-case literals of which one must appear in a line before the regex runs. */
  keywords?: string[];
  /**
   * Capture group holding the secret itself (0: the whole match). Default 1 for secrets when the
   * regex has groups. A list names alternatives (a quoted and an unquoted value, say): the first
   * group that took part in the match is the secret.
   */
  secretGroup?: number | number[];
  /** Minimum Shannon entropy (bits per character) of the secret. */
  minEntropy?: number;
  /** Minimum length of the secret, in characters. */
  minSecretLength?: number;
  /** Minimum number of character classes (lower, upper, digit, other) in the secret. */
  minCharClasses?: number;
  /** Lines longer than this are not searched by the rule (minified bundles, embedded data). */
  maxLineLength?: number;
  /** Structural checks the secret must pass: "jwt" (decodes to a JWT header), "basic-auth" (base64 of user:password). */
  verify?: Array<"jwt" | "basic-auth" | "not-sample-words">;
  /**
   * Regexes that, when found in the secret, mean it is a placeholder. Case-insensitive, except
   * an entry that starts with `(?-i)` (for shapes like camelCase identifiers).
   */
  allow?: string[];
  /**
   * A fallback rule (the generic detector) reports only where no other secret rule matched an
   * overlapping span on the same line: a provider rule always names the credential better.
   */
  fallback?: boolean;

  /** Where the format or the revocation steps are documented. */
  references?: string[];
  /**
   * Lines (content rules) or paths (path rules) the rule must and must not flag. May use
   * generators such as {{alnum:36}} so no secret-shaped literal is ever committed (see docs/RULES.md).
   */
  examples: { match: string[]; noMatch: string[] };
}
