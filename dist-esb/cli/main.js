#!/usr/bin/env node
import {
  ASSISTANT_IDS
} from "./chunk-XG5X4SBJ.js";
import {
  VERSION
} from "./chunk-AGT4MKMN.js";
import {
  StageguardError,
  UsageError
} from "./chunk-VFHTMC3F.js";

// dist/cli/args.js
import { parseArgs } from "node:util";
var FORMATS = ["human", "json", "sarif"];
var PROFILES = ["default", "secrets"];
function parseCommand(argv) {
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
        version: { type: "boolean", short: "V" }
      }
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), { hint: "See `stageguard --help`." });
  }
  const { values, positionals } = parsed;
  if (values.help)
    return { name: "help" };
  if (values.version)
    return { name: "version" };
  const [command, target, ...rest] = positionals;
  if (command === void 0 || command === "help")
    return { name: "help" };
  if (command === "init" || command === "uninstall") {
    if (target !== void 0)
      throw new UsageError(`"${command}" takes no arguments (got "${target}")`);
    if (command === "uninstall")
      return { name: "uninstall", dryRun: values["dry-run"] === true };
    return { name: "init", prePush: values["pre-push"] === true, lintStaged: values["lint-staged"] === true, hooksPath: values["hooks-path"] === true, install: values["no-install"] !== true, dryRun: values["dry-run"] === true };
  }
  if (command === "redact")
    return redactCommandOf(values, positionals.slice(1));
  if (command !== "scan" && command !== "audit" && command !== "hook" && command !== "rules" && command !== "baseline")
    throw new UsageError(`unknown command "${command}"`, { hint: "See `stageguard --help`." });
  const format = values.format ?? "human";
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")} (got "${format}")`);
  }
  if (values.output === "")
    throw new UsageError("--output needs a file name");
  const options = {
    format,
    color: values["no-color"] ? false : values.color ? true : void 0,
    debug: values.debug === true,
    ...values.config === void 0 ? {} : { config: values.config },
    ...values.output === void 0 ? {} : { output: values.output },
    ...values["show-suppressed"] ? { showSuppressed: true } : {}
  };
  if (command === "baseline" || command === "rules" || command === "audit")
    rejectScanOnlyOptions(command, options);
  if (command === "baseline") {
    if (target !== void 0)
      throw new UsageError(`"baseline" takes no arguments (got "${target}")`);
    return { name: "baseline", options, prune: values.prune === true };
  }
  if (command === "rules") {
    if (target !== void 0)
      throw new UsageError(`"rules" takes no arguments (got "${target}")`);
    return { name: "rules", options, json: values.json === true || options.format === "json", check: values.check === true };
  }
  if (command === "audit") {
    if (target !== void 0)
      throw new UsageError(`"audit" takes no arguments (got "${target}")`);
    const assistants = (values.assistants ?? "").split(",").map((id) => id.trim()).filter(Boolean);
    const expanded = assistants.includes("all") ? [...ASSISTANT_IDS] : assistants;
    const unknown = expanded.filter((id) => !ASSISTANT_IDS.includes(id));
    if (unknown.length > 0)
      throw new UsageError(`unknown assistant "${unknown[0]}" (known: ${ASSISTANT_IDS.join(", ")}, all)`);
    return { name: "audit", options, history: values.history === true, fix: values.fix === true, assistants: expanded };
  }
  if (command === "hook") {
    if (target !== "pre-push")
      throw new UsageError(target === void 0 ? `"hook" needs a hook name: pre-push` : `unknown hook "${target}" (expected pre-push)`);
    return { name: "hook-pre-push", options, remote: rest[0] };
  }
  if (target === "range") {
    if (rest.length === 0)
      throw new UsageError(`"scan range" needs a range, such as origin/main..HEAD`);
    return { name: "scan-range", options, revisions: rest };
  }
  if (target === "staged") {
    return { name: "scan-staged", options, paths: rest };
  }
  if (target === "files") {
    if (rest.length === 0)
      throw new UsageError(`"scan files" needs at least one path`);
    return { name: "scan-files", options, paths: rest };
  }
  throw new UsageError(target === void 0 ? `"scan" needs a target: staged, files or range` : `unknown scan target "${target}" (expected staged, files or range)`);
}
function rejectScanOnlyOptions(command, options) {
  const given = [options.format === "sarif" ? "--format sarif" : "", options.output === void 0 ? "" : "--output", options.showSuppressed ? "--show-suppressed" : ""].filter(Boolean);
  if (given.length > 0)
    throw new UsageError(`${given[0]} applies to scan and hook pre-push only (not "${command}")`);
}
function redactCommandOf(values, paths) {
  const profile = values.profile ?? "default";
  if (!PROFILES.includes(profile))
    throw new UsageError(`--profile must be one of ${PROFILES.join(", ")} (got "${profile}")`);
  const stdinName = values["stdin-name"] ?? "stdin";
  if (stdinName.trim() === "")
    throw new UsageError(`--stdin-name needs a name, such as .env or app.log`);
  const options = {
    check: values.check === true,
    profile,
    stdinName,
    force: values.force === true,
    debug: values.debug === true,
    ...values.config === void 0 ? {} : { config: values.config }
  };
  return { name: "redact", options, paths };
}

// dist/cli/messages.js
var HELP = `stageguard \u2014 stops secrets, credential files and risky commands before they enter git history

Usage
  stageguard scan staged [options] [paths\u2026] scan what the next commit will record (the pre-commit hook runs
                                            this); with paths, only those files' staged changes (lint-staged)
  stageguard scan files [options] <paths\u2026>  scan files and folders in the working tree (lint-staged, ad-hoc)
  stageguard scan range [options] <range\u2026>  scan the lines each commit of a range added (CI: base..head)
  stageguard hook pre-push [remote]         the pre-push hook: scan what the push sends (reads git's stdin)
  stageguard init [--pre-push] [--lint-staged] [--hooks-path] [--no-install] [--dry-run]
                                            wire the hooks through husky (or core.hooksPath); idempotent
  stageguard uninstall [--dry-run]          take out the hook lines and settings init added
  stageguard baseline [--prune]             accept today's findings (.stageguard-baseline.json, hashes only);
                                            scans then skip them; --prune drops entries no longer found
  stageguard rules [--json] [--check]       list the active rules (id, category, severity, title); --check runs
                                            every rule's examples (the project's own too), exit 1 if one fails
  stageguard audit [options]                check the repository's defences: .gitignore, tracked secrets,
                                            AI-assistant ignore files, the hook; exit 1 when one is missing
  stageguard redact [options] [files\u2026]      print files (stdin when none) with every secret replaced by
                                            <REDACTED:rule-id> and, by default, e-mails, IPs, auth tokens,
                                            cookies, home folders and internal hosts by <EMAIL>, <IP>\u2026

Audit options
  --history               also look for forbidden files anywhere in history (all refs)
  --assistants <ids>      also check these assistants' ignore files: cursor, gemini, jetbrains,
                          windsurf, claude, aider, or all (those the repository uses are always checked)
  --fix                   write what is missing (ignore lines, assistant files, the husky line); idempotent

Redact options
  --profile <name>        default: secrets and the placeholders above; secrets: secrets only
  --check                 print nothing; list file:line and what would be redacted (never the value)
                          on stderr; exit 1 when anything would be (CI, a paste guard)
  --stdin-name <name>     the name stdin goes by, so rules scoped to files (.env, *.yaml) apply
  --force                 redact input that looks binary (a NUL byte early on) instead of refusing it

Options
  --format <human|json|sarif>
                          output format (default: human); sarif is SARIF 2.1.0 for GitHub code
                          scanning (scan and hook pre-push)
  --output <file>         write the report to this file instead of stdout (atomically; no colour);
                          the exit code is unchanged (scan and hook pre-push)
  --show-suppressed       also list the findings a stageguard-allow marker or the baseline
                          suppressed, and why (human format)
  --config <path>         settings file (default: stageguard.config.json, .stageguardrc.json,
                          .stageguardrc.yaml or the "stageguard" key of package.json, at the root)
  --color, --no-color     force colour on or off (default: on for a terminal; NO_COLOR is honoured)
  --debug                 print internal details of an error
  -h, --help              show this help
  -V, --version           print the version

Exit codes
  0  nothing blocking (warnings may be printed)
  1  at least one blocking finding (redact --check: something would be redacted)
  2  usage error or internal error (the hook then stops the commit: it fails closed)

False alarm? Add a comment \`stageguard-allow <rule-id>: <reason>\` on the line or the line above.
Commit knowingly without the check: git commit --no-verify
`;
var FAIL_CLOSED = "The commit was stopped because the scan could not finish (stageguard fails closed). Re-run with --debug for details; to commit knowingly without the check: git commit --no-verify";
var FAIL_CLOSED_PUSH = "The push was stopped because the scan could not finish (stageguard fails closed). Re-run with --debug for details; to push knowingly without the check: git push --no-verify";

// dist/cli/run.js
async function run(argv, io) {
  const debug = argv.includes("--debug");
  const isStagedScan = argv.includes("scan") && argv.includes("staged");
  const isPrePush = argv.includes("hook") && argv.includes("pre-push");
  try {
    const command = parseCommand(argv);
    switch (command.name) {
      case "help":
        io.stdout.write(HELP);
        return 0;
      case "version":
        io.stdout.write(`${VERSION}
`);
        return 0;
      // Loaded on demand: --help and --version stay free of the scanner's imports.
      case "scan-staged":
        return await (await import("./scan-6UB6BMVK.js")).scanStagedCommand(command.options, io, command.paths);
      case "scan-files":
        return await (await import("./scan-6UB6BMVK.js")).scanFilesCommand(command.paths, command.options, io);
      case "scan-range":
        return await (await import("./range-ABFALLIZ.js")).scanRangeCommand(command.revisions, command.options, io);
      case "hook-pre-push":
        return await (await import("./range-ABFALLIZ.js")).prePushCommand(command.remote, command.options, io);
      case "baseline":
        return await (await import("./baseline-XBMPCIEY.js")).baselineCommand(command.options, command.prune, io);
      case "rules":
        return await (await import("./rules-KU76D4PO.js")).rulesCommand(command.options, command, io);
      case "init":
        return await (await import("./init-45OGUCY7.js")).initCommand(command, io);
      case "uninstall":
        return await (await import("./init-45OGUCY7.js")).uninstallCommand(command.dryRun, io);
      case "audit":
        return await (await import("./audit-H4NSFWMA.js")).auditCommand(command, io);
      case "redact":
        return await (await import("./redact-ESO36RNW.js")).redactCommand(command.paths, command.options, io);
    }
  } catch (error) {
    const failClosed = error instanceof UsageError ? void 0 : isStagedScan ? FAIL_CLOSED : isPrePush ? FAIL_CLOSED_PUSH : void 0;
    reportError(error, io, { debug, failClosed });
    return 2;
  }
}
function reportError(error, io, options) {
  const known = error instanceof StageguardError;
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`stageguard: ${known ? "" : "internal error: "}${message}
`);
  if (known && error.hint)
    io.stderr.write(`  ${error.hint}
`);
  if (options.failClosed)
    io.stderr.write(`  ${options.failClosed}
`);
  if (options.debug && error instanceof Error && error.stack)
    io.stderr.write(`${error.stack}
`);
}

// dist/cli/main.js
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE")
    throw error;
});
process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  now: () => performance.now(),
  readStdin: async () => {
    const chunks = [];
    for await (const chunk of process.stdin)
      chunks.push(chunk);
    return Buffer.concat(chunks).toString("utf8");
  },
  openStdin: () => process.stdin
});
