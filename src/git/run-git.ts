// The one door to git. Every git process stageguard starts is spawned here.
// Uses node:child_process directly: it inherits the environment untouched (git gives a hook
// GIT_INDEX_FILE, GIT_DIR… and we must read that exact index), streams output with
// back-pressure, and costs nothing to import. See docs/DECISIONS.md for why not simple-git/execa here.

import { spawn } from "node:child_process";
import { PassThrough } from "node:stream";
import { GitError } from "../errors.js";
import { trackGitProcess } from "./running.js";

/**
 * Options placed before every subcommand.
 * - core.quotepath=off: non-ASCII names appear verbatim in patch headers (we check them against -z names).
 * - --no-optional-locks: never rewrite the index while a commit holds it (no stat refresh).
 * - --no-pager / color.ui=never: output is for a parser, not a terminal.
 */
const GLOBAL_ARGS = ["--no-pager", "--no-optional-locks", "-c", "core.quotepath=off", "-c", "color.ui=never"];

export interface GitRunOptions {
  cwd: string;
  /** Written to git's stdin, then closed. */
  input?: string | Buffer;
}

/** A running git process whose stdout is consumed as a stream. */
export interface GitStream {
  stdout: AsyncIterable<Buffer>;
  /** Resolves when git exits 0; rejects with a GitError otherwise. */
  done: Promise<void>;
  /** Stops git early (the consumer gave up). */
  kill(): void;
}

/** Runs git and returns its whole stdout. For small outputs only. */
export async function runGit(args: readonly string[], options: GitRunOptions): Promise<Buffer> {
  const stream = streamGit(args, options);
  const chunks: Buffer[] = [];
  for await (const chunk of stream.stdout) chunks.push(chunk);
  await stream.done;
  return Buffer.concat(chunks);
}

/** Runs git, exposing stdout as a stream so large diffs are never held in memory whole. */
export function streamGit(args: readonly string[], options: GitRunOptions): GitStream {
  const fullArgs = [...GLOBAL_ARGS, ...args];
  const child = spawn("git", fullArgs, {
    cwd: options.cwd,
    env: process.env,
    stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    windowsHide: true,
  });
  trackGitProcess(child);
  if (options.input !== undefined && child.stdin) {
    // EPIPE when git exits before reading everything is reported through `done`.
    child.stdin.on("error", () => undefined);
    child.stdin.end(options.input);
  }
  const stderr: Buffer[] = [];
  child.stderr!.on("data", (chunk: Buffer) => {
    if (stderr.length < 64) stderr.push(chunk);
  });
  const done = new Promise<void>((resolve, reject) => {
    child.on("error", (error: NodeJS.ErrnoException) => {
      const reason = error.code === "ENOENT" ? "git is not installed or not on PATH" : error.message;
      reject(new GitError(reason, { cause: error }));
    });
    child.on("close", (code, signal) => {
      if (code === 0) return resolve();
      const message = firstLine(Buffer.concat(stderr).toString("utf8")) || `exited with ${signal ?? code}`;
      reject(new GitError(`git ${args[0] ?? ""} failed: ${message}`));
    });
  });
  // Attach a no-op handler so a rejection the consumer never awaits (after kill) is not "unhandled".
  done.catch(() => undefined);
  // Piped at once: node resumes (and so drops) an unread stdout when the process exits, and a
  // command started early (the diff, while settings load) may finish before it is read. The
  // 1 MiB buffer also lets git run ahead while a chunk is being scanned; back-pressure still
  // stops it there.
  const stdout = child.stdout!.pipe(new PassThrough({ highWaterMark: 1024 * 1024 }));
  return {
    stdout,
    done,
    kill: () => {
      child.kill();
    },
  };
}

function firstLine(text: string): string {
  return (
    text
      .split("\n")
      .map((line) => line.trim())
      .find((line) => line.length > 0) ?? ""
  );
}
