// The vocabulary every stage shares. Raw rule data (RuleSpec) lives in rules/spec.ts;
// compiled rules (Rule) in rules/compile.ts. Nothing here does I/O.

/** How git says a path changed between HEAD and the index. */
export type ChangeStatus = "added" | "modified" | "renamed" | "copied" | "deleted" | "type-changed" | "unmerged";

/** What kind of entry the path is in the staged tree. `none` when the path no longer exists (deleted). */
export type FileMode = "regular" | "executable" | "symlink" | "submodule" | "none";

/** One line of the staged version of a file, with its 1-based line number there. */
export interface NumberedLine {
  line: number;
  /** The line without its ending: never holds a \n (detectors join lines on it). */
  text: string;
}

/**
 * A file as a scan sees it: a staged change (from the index) or a working-tree file (`scan files`).
 * Only `addedLines` are searched by content rules; `contextLines` are the unchanged neighbours
 * git shows around them, used to read suppression markers on the line above.
 */
export interface FileChange {
  /** Path from the repository root (or the scan root), forward slashes. */
  path: string;
  /** Source path of a rename or copy. */
  previousPath?: string;
  status: ChangeStatus;
  mode: FileMode;
  isBinary: boolean;
  /**
   * Size in bytes: of the working-tree file (`scan files`), of the staged blob when it was cut
   * at the per-file limit, otherwise of the added lines kept (git is not asked for every blob's
   * size, which would cost a pass over every object); 0 when deleted.
   */
  size: number;
  addedLines: NumberedLine[];
  contextLines: NumberedLine[];
  /** True when content past the per-file scan limit was not searched. */
  truncated: boolean;
  /**
   * The whole staged (or working-tree) text, up to the per-file limit, when a content-aware
   * path rule asked for it; otherwise absent.
   */
  content?: string;
}

/** A staged change: a FileChange plus the blob ids git knows it by. */
export interface StagedFile extends FileChange {
  /** Blob id in the index ("0000…" when deleted). */
  blobId: string;
  previousBlobId: string;
}

export type Category = "secret" | "forbidden-file" | "risky-command" | "insecure-code" | "config";
export type Severity = "block" | "warn";

/** Why a finding does not count. */
export interface Suppression {
  /** inline: a `stageguard-allow` marker; baseline: accepted in .stageguard-baseline.json. */
  kind: "inline" | "baseline";
  /** The marker's reason text, when one was given. */
  reason: string | null;
  /** The marker's line (inline); null for the baseline. */
  line: number | null;
}

/**
 * One problem found. Holds only the masked match from the moment it exists: the raw secret
 * never leaves detect/.
 */
export interface Finding {
  ruleId: string;
  title: string;
  category: Category;
  severity: Severity;
  file: string;
  /** 1-based, in the staged version; null for findings about the file itself. */
  line: number | null;
  column: number | null;
  /** 1-based column just past the secret (or the match); null when there is no span (files, commands). */
  endColumn: number | null;
  message: string;
  fix: string;
  /** How to go ahead knowingly when this is a false alarm. */
  falseAlarm: string;
  /** Redacted excerpt (secrets) or the risky snippet (commands); null for file findings. */
  match: string | null;
  fingerprint: string;
  /** `scan range` and pre-push: the commit that added the line (or the file). */
  commit?: string;
  suppression?: Suppression;
}

/** Something the user must know that is not a finding (a file only partly scanned, say). */
export interface Notice {
  file: string | null;
  message: string;
}

export interface ScanSummary {
  filesScanned: number;
  bytesScanned: number;
  blocking: number;
  warnings: number;
  suppressed: number;
  durationMs: number;
}

export interface Report {
  tool: "stageguard";
  version: string;
  findings: Finding[];
  suppressed: Finding[];
  notices: Notice[];
  summary: ScanSummary;
}
