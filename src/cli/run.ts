// The CLI as a function: run(argv, io) → exit code. Every error ends here and becomes exit 2
// with a one-line reason; in `scan staged` (what the hook runs) it also says the commit was
// stopped and how to bypass knowingly.

import { StageguardError, UsageError } from "../errors.js";
import { parseCommand } from "./args.js";
import type { CliIo } from "./io.js";
import { FAIL_CLOSED, FAIL_CLOSED_PUSH, HELP } from "./messages.js";
import { VERSION } from "./version.js";

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.name) {
      case "help":
        io.stdout.write(HELP);
        return 0;
      case "version":
        io.stdout.write(`${VERSION}\n`);
        return 0;
      // Loaded on demand: --help and --version stay free of the scanner's imports.
      case "scan-staged":
        return await (await import("./commands/scan.js")).scanStagedCommand(command.options, io, command.paths);
      case "scan-files":
        return await (await import("./commands/scan.js")).scanFilesCommand(command.paths, command.options, io);
      case "scan-range":
        return await (await import("./commands/range.js")).scanRangeCommand(command.revisions, command.options, io);
      case "hook-pre-push":
        return await (await import("./commands/range.js")).prePushCommand(command.remote, command.options, io);
      case "baseline":
        return await (await import("./commands/baseline.js")).baselineCommand(command.options, command.prune, io);
      case "rules":
        return await (await import("./commands/rules.js")).rulesCommand(command.options, command, io);
      case "init":
        return await (await import("./commands/init.js")).initCommand(command, io);
      case "uninstall":
        return await (await import("./commands/init.js")).uninstallCommand(command.dryRun, io);
      case "audit":
        return await (await import("./commands/audit.js")).auditCommand(command, io);
      case "redact":
        return await (await import("./commands/redact.js")).redactCommand(command.paths, command.options, io);
    }
  } catch (error) {
    return reportFailure(error, argv, io);
  }
}

/**
 * Reports an error that stopped the command: one line (plus a known error's hint), in the hooks'
 * commands the fail-closed line, the stack with --debug. Returns the exit code, 2. main.ts also
 * sends here what escapes run() (an unwritable stdout, a stray rejection).
 */
export function reportFailure(error: unknown, argv: readonly string[], io: CliIo): 2 {
  const isStagedScan = argv.includes("scan") && argv.includes("staged");
  const isPrePush = argv.includes("hook") && argv.includes("pre-push");
  const failClosed = error instanceof UsageError ? undefined : isStagedScan ? FAIL_CLOSED : isPrePush ? FAIL_CLOSED_PUSH : undefined;
  reportError(error, io, { debug: argv.includes("--debug"), failClosed });
  return 2;
}

function reportError(error: unknown, io: CliIo, options: { debug: boolean; failClosed: string | undefined }): void {
  const known = error instanceof StageguardError;
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`stageguard: ${known ? "" : "internal error: "}${message}\n`);
  if (known && error.hint) io.stderr.write(`  ${error.hint}\n`);
  if (options.failClosed) io.stderr.write(`  ${options.failClosed}\n`);
  if (options.debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
}
