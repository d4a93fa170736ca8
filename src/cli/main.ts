#!/usr/bin/env node
// The `stageguard` executable: the only place that reads process.argv/env, sets the exit code
// and handles what reaches the process itself (signals, errors that escape run()).

import { OutputError } from "../errors.js";
import { stopRunningGit } from "../git/running.js";
import type { CliIo } from "./io.js";
import { reportFailure, run } from "./run.js";

const argv = process.argv.slice(2);
const io: CliIo = {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  // process.hrtime, not performance.now(): the latter loads perf_hooks (~1 ms) on every commit.
  now: () => Number(process.hrtime.bigint()) / 1e6,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
  openStdin: () => process.stdin,
};

// What escapes run() is still an error of this command: exit 2 with run()'s one-line reason (and
// the fail-closed line in a hook), never node's stack trace and exit 1, which a hook would pass
// off as findings. Once only: a stderr that fails too must not loop back here.
let failing = false;
function fail(error: unknown): void {
  if (!failing) {
    failing = true;
    reportFailure(error, argv, io);
  }
  process.exit(2);
}
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // A closed pipe (`stageguard … | head`) is not an error worth a message.
  if (error.code === "EPIPE") return;
  // A full disk or a broken terminal: the report was not delivered, so the scan did not happen.
  fail(new OutputError(`cannot write to standard output: ${error.message}`, { cause: error }));
});

// Ctrl-C, a closed terminal, a kill: stop git and exit at once with 128 + the signal's number, as
// shells report it. Handling the signal rather than dying of it keeps writes whole: node runs
// this between tasks, so a report or baseline being written (synchronously; a report to a temp
// file then renamed) is finished or not begun, never half there.
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
  process.once(signal, () => {
    stopRunningGit();
    process.stderr.write(`stageguard: interrupted (${signal}) before finishing\n`);
    process.exit(code);
  });
}

// No top-level await: the build bundles this file as CommonJS (see scripts/build-bundle.js).
void run(argv, io).then((code) => {
  process.exitCode = code;
});
