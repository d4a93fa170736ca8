#!/usr/bin/env node
// The `stageguard` executable: the only place that reads process.argv/env and sets the exit code.

import { run } from "./run.js";

// A closed pipe (`stageguard … | head`) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

// No top-level await: the build bundles this file as CommonJS (see scripts/build-bundle.js).
void run(process.argv.slice(2), {
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
}).then((code) => {
  process.exitCode = code;
});
