// Parses the command line (node:util parseArgs: no dependency, nothing to load at start-up).

import { parseArgs } from "node:util";
import { ASSISTANT_IDS } from "../audit/assistants.js";
import { UsageError } from "../errors.js";
import type { Profile } from "../redact/redactor.js";

export type Command =
  | { name: "help" }
  | { name: "version" }
  | { name: "scan-staged"; options: ScanCliOptions; paths: string[] }
  | { name: "scan-files"; options: ScanCliOptions; paths: string[] }
  | { name: "scan-range"; options: ScanCliOptions; revisions: string[] }
  | { name: "hook-pre-push"; options: ScanCliOptions; remote: string | undefined }
  | { name: "audit"; options: ScanCliOptions; history: boolean; fix: boolean; assistants: string[] }
  | { name: "init"; prePush: boolean; lintStaged: boolean; hooksPath: boolean; install: boolean; dryRun: boolean }
  | { name: "uninstall"; dryRun: boolean }
  | { name: "rules"; options: ScanCliOptions; json: boolean; check: boolean }
  | { name: "baseline"; options: ScanCliOptions; prune: boolean }
  | { name: "redact"; options: RedactCliOptions; paths: string[] };

export interface ScanCliOptions {
  format: "human" | "json" | "sarif";
  /** --output <file>: write the report there (atomically) instead of stdout. Scan commands only. */
  output?: string;
  /** --show-suppressed: the human report also lists suppressed findings and why. Scan commands only. */
  showSuppressed?: boolean;
  /** --config <path>: the settings file to use instead of searching the repository root. */
  config?: string;
  color: boolean | undefined;
  debug: boolean;
}

/** `stageguard redact [files…]`: see src/redact/. */
export interface RedactCliOptions {
  /** Print nothing; list what would be redacted on stderr; exit 1 when anything would be. */
  check: boolean;
  profile: Profile;
  /** The name standard input goes by (path-scoped rules such as `.env` ones apply by it). */
  stdinName: string;
  /** Redact input that looks binary (a NUL byte early on) instead of refusing it. */
  force: boolean;
  config?: string;
  debug: boolean;
}

const FORMATS = ["human", "json", "sarif"] as const;
// Spelled out here, not imported: importing the redactor would load the scanner at start-up.
const PROFILES: readonly Profile[] = ["default", "secrets"];

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string" },
        config: { type: "string" },
        json: { type: "boolean" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        debug: { type: "boolean" },
        history: { type: "boolean" },
        fix: { type: "boolean" },
        assistants: { type: "string" },
        "pre-push": { type: "boolean" },
        "hooks-path": { type: "boolean" },
        "lint-staged": { type: "boolean" },
        "no-install": { type: "boolean" },
        "dry-run": { type: "boolean" },
        prune: { type: "boolean" },
        check: { type: "boolean" },
        output: { type: "string" },
        "show-suppressed": { type: "boolean" },
        profile: { type: "string" },
        "stdin-name": { type: "string" },
        force: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "V" },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), { hint: "See `stageguard --help`." });
  }
  const { values, positionals } = parsed;
  if (values.help) return { name: "help" };
  if (values.version) return { name: "version" };
  const [command, target, ...rest] = positionals;
  if (command === undefined || command === "help") return { name: "help" };
  if (command === "init" || command === "uninstall") {
    if (target !== undefined) throw new UsageError(`"${command}" takes no arguments (got "${target}")`);
    if (command === "uninstall") return { name: "uninstall", dryRun: values["dry-run"] === true };
    return { name: "init", prePush: values["pre-push"] === true, lintStaged: values["lint-staged"] === true, hooksPath: values["hooks-path"] === true, install: values["no-install"] !== true, dryRun: values["dry-run"] === true };
  }
  if (command === "redact") return redactCommandOf(values, positionals.slice(1));
  if (command !== "scan" && command !== "audit" && command !== "hook" && command !== "rules" && command !== "baseline") throw new UsageError(`unknown command "${command}"`, { hint: "See `stageguard --help`." });

  const format = values.format ?? "human";
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")} (got "${format}")`);
  }
  if (values.output === "") throw new UsageError("--output needs a file name");
  const options: ScanCliOptions = {
    format: format as ScanCliOptions["format"],
    color: values["no-color"] ? false : values.color ? true : undefined,
    debug: values.debug === true,
    ...(values.config === undefined ? {} : { config: values.config }),
    ...(values.output === undefined ? {} : { output: values.output }),
    ...(values["show-suppressed"] ? { showSuppressed: true } : {}),
  };
  if (command === "baseline" || command === "rules" || command === "audit") rejectScanOnlyOptions(command, options);
  if (command === "baseline") {
    if (target !== undefined) throw new UsageError(`"baseline" takes no arguments (got "${target}")`);
    return { name: "baseline", options, prune: values.prune === true };
  }
  if (command === "rules") {
    if (target !== undefined) throw new UsageError(`"rules" takes no arguments (got "${target}")`);
    return { name: "rules", options, json: values.json === true || options.format === "json", check: values.check === true };
  }
  if (command === "audit") {
    if (target !== undefined) throw new UsageError(`"audit" takes no arguments (got "${target}")`);
    const assistants = (values.assistants ?? "").split(",").map((id) => id.trim()).filter(Boolean);
    const expanded = assistants.includes("all") ? [...ASSISTANT_IDS] : assistants;
    const unknown = expanded.filter((id) => !ASSISTANT_IDS.includes(id));
    if (unknown.length > 0) throw new UsageError(`unknown assistant "${unknown[0]}" (known: ${ASSISTANT_IDS.join(", ")}, all)`);
    return { name: "audit", options, history: values.history === true, fix: values.fix === true, assistants: expanded };
  }
  if (command === "hook") {
    if (target !== "pre-push") throw new UsageError(target === undefined ? `"hook" needs a hook name: pre-push` : `unknown hook "${target}" (expected pre-push)`);
    // git passes the remote's name and URL; both are optional here.
    return { name: "hook-pre-push", options, remote: rest[0] };
  }
  if (target === "range") {
    if (rest.length === 0) throw new UsageError(`"scan range" needs a range, such as origin/main..HEAD`);
    return { name: "scan-range", options, revisions: rest };
  }
  if (target === "staged") {
    // Paths (lint-staged passes them) narrow the scan to those files' staged changes.
    return { name: "scan-staged", options, paths: rest };
  }
  if (target === "files") {
    if (rest.length === 0) throw new UsageError(`"scan files" needs at least one path`);
    return { name: "scan-files", options, paths: rest };
  }
  throw new UsageError(target === undefined ? `"scan" needs a target: staged, files or range` : `unknown scan target "${target}" (expected staged, files or range)`);
}

/** SARIF, --output and --show-suppressed shape a scan report; these commands would silently ignore them. */
function rejectScanOnlyOptions(command: string, options: ScanCliOptions): void {
  const given = [options.format === "sarif" ? "--format sarif" : "", options.output === undefined ? "" : "--output", options.showSuppressed ? "--show-suppressed" : ""].filter(Boolean);
  if (given.length > 0) throw new UsageError(`${given[0]} applies to scan and hook pre-push only (not "${command}")`);
}

function redactCommandOf(
  values: { check?: boolean; profile?: string; "stdin-name"?: string; force?: boolean; config?: string; debug?: boolean },
  paths: string[],
): Command {
  const profile = values.profile ?? "default";
  if (!(PROFILES as readonly string[]).includes(profile)) throw new UsageError(`--profile must be one of ${PROFILES.join(", ")} (got "${profile}")`);
  const stdinName = values["stdin-name"] ?? "stdin";
  if (stdinName.trim() === "") throw new UsageError(`--stdin-name needs a name, such as .env or app.log`);
  const options: RedactCliOptions = {
    check: values.check === true,
    profile: profile as Profile,
    stdinName,
    force: values.force === true,
    debug: values.debug === true,
    ...(values.config === undefined ? {} : { config: values.config }),
  };
  return { name: "redact", options, paths };
}
