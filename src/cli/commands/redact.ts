// `stageguard redact [files…]`: prints each input with its secrets (and, by default, personal and
// network details) replaced, streaming; `--check` prints only where something would change and
// exits 1. Every file is checked (and sniffed) before the first byte is printed, so a missing,
// unreadable or binary file stops the command (exit 2) without half an output.

import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { loadScanSetup } from "../../config/scan-setup.js";
import { InputError } from "../../errors.js";
import { findRepositoryIfAny } from "../../git/repo.js";
import { redactChunks, toBytes } from "../../redact/redact-stream.js";
import { isBinaryContent } from "../../text/content.js";
import type { RedactCliOptions } from "../args.js";
import type { CliIo, OutputStream } from "../io.js";

/** How far into an input a NUL byte makes it binary (git's own heuristic, see text/content.ts). */
const SNIFF_BYTES = 8000;
const READ_CHUNK = 64 * 1024;

interface Input {
  /** As given on the command line (or the stdin name): what `--check` reports. */
  name: string;
  /** Relative to the repository root (or the cwd): what path-scoped rules see. */
  path: string;
  chunks(): AsyncIterable<Uint8Array>;
}

export async function redactCommand(paths: readonly string[], options: RedactCliOptions, io: CliIo): Promise<number> {
  const repo = await findRepositoryIfAny(io.cwd);
  const root = repo?.root ?? io.cwd;
  const { config, ruleSet } = loadScanSetup(root, options, io.cwd);
  const inputs: Input[] = [];
  for (const name of paths.length === 0 ? ["-"] : paths) inputs.push(name === "-" ? stdinInput(options.stdinName, io) : await fileInput(name, root, options.force, io.cwd));
  const stdout = new Sink(io.stdout);
  let changedLines = 0;
  for (const input of inputs) {
    const report = new CheckReport(input.name, io.stderr);
    const batches = redactChunks(sniffed(input.chunks(), input.name, options.force), { ruleSet, path: input.path, profile: options.profile, internalDomains: config.redact.internalDomains });
    for await (const batch of batches) {
      if (options.check) {
        for (const line of batch) if (line.kinds.length > 0) report.add(line.line, line.kinds);
      } else if (!(await stdout.write(toBytes(batch)))) {
        return 0;
      }
    }
    changedLines += report.finish();
  }
  if (!options.check || changedLines === 0) return 0;
  io.stderr.write(`stageguard: ${changedLines} line${changedLines === 1 ? "" : "s"} would be redacted (nothing was printed)\n`);
  return 1;
}

function stdinInput(name: string, io: CliIo): Input {
  if (!io.openStdin) throw new InputError("standard input is not available here");
  const openStdin = io.openStdin;
  return { name, path: name, chunks: () => openStdin() };
}

/**
 * Checks a file before anything is printed: it exists, is not a folder, can be read and (a
 * regular file) does not look binary. Pipes (`<(kubectl logs …)`) are only stat'ed here: opening
 * one twice would lose what its writer sent; they are sniffed when they are read.
 */
async function fileInput(given: string, root: string, force: boolean, cwd: string): Promise<Input> {
  const absolute = isAbsolute(given) ? given : resolve(cwd, given);
  const fail = (error: unknown): InputError => new InputError(`cannot read ${given}: ${describeError(error)}`, { cause: error });
  const stats = await stat(absolute).catch((error: unknown) => {
    throw fail(error);
  });
  if (stats.isDirectory()) throw new InputError(`${given} is a folder: redact reads files (or standard input)`);
  if (stats.isFile()) {
    const handle = await open(absolute, "r").catch((error: unknown) => {
      throw fail(error);
    });
    try {
      const head = Buffer.alloc(Math.min(SNIFF_BYTES, stats.size));
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      if (!force && isBinaryContent(head.subarray(0, bytesRead))) throw binaryError(given);
    } finally {
      await handle.close();
    }
  }
  return { name: given, path: toRulePath(absolute, root), chunks: () => readChunks(absolute, fail) };
}

async function* readChunks(absolute: string, fail: (error: unknown) => InputError): AsyncGenerator<Uint8Array> {
  try {
    yield* createReadStream(absolute, { highWaterMark: READ_CHUNK });
  } catch (error) {
    throw fail(error);
  }
}

/** Passes chunks through once the first SNIFF_BYTES are known not to be binary (pipes, stdin). */
async function* sniffed(chunks: AsyncIterable<Uint8Array>, name: string, force: boolean): AsyncGenerator<Uint8Array> {
  const head: Uint8Array[] = [];
  let size = 0;
  let checked = force;
  for await (const chunk of chunks) {
    if (checked) {
      yield chunk;
      continue;
    }
    head.push(chunk);
    size += chunk.byteLength;
    if (size < SNIFF_BYTES) continue;
    checked = true;
    const joined = Buffer.concat(head);
    if (isBinaryContent(joined)) throw binaryError(name);
    yield joined;
  }
  if (!checked) {
    const joined = Buffer.concat(head);
    if (isBinaryContent(joined)) throw binaryError(name);
    if (joined.length > 0) yield joined;
  }
}

function binaryError(name: string): InputError {
  return new InputError(`${name} looks binary (a NUL byte in its first ${SNIFF_BYTES} bytes): not redacted`, {
    hint: "Redacting binary data would corrupt it. To treat it as text anyway: --force",
  });
}

/** Like `scan files`: from the root, forward slashes; outside the root, the absolute path. */
function toRulePath(absolute: string, root: string): string {
  const rel = relative(root, absolute);
  const outside = rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  return (outside ? absolute : rel).split(sep).join("/");
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}

/** Output with back-pressure: waits for `drain` when the stream asks (a slow pipe). */
class Sink {
  private closed = false;
  private wake: (() => void) | undefined;

  constructor(private readonly stream: OutputStream) {
    stream.once?.("close", () => {
      this.closed = true;
      this.wake?.();
    });
  }

  /** False once the reader has gone (`redact big.log | head`): reading on would be wasted. */
  async write(bytes: Uint8Array): Promise<boolean> {
    if (this.closed) return false;
    if (bytes.length === 0 || this.stream.write(bytes) !== false || !this.stream.once) return true;
    await new Promise<void>((resolve) => {
      this.wake = resolve;
      this.stream.once!("drain", resolve);
    });
    this.wake = undefined;
    return !this.closed;
  }
}

/** `--check` lines, `name:line: would redact kinds`; the pieces of one cut line report once. Never a value. */
class CheckReport {
  private line = 0;
  private kinds: string[] = [];
  private count = 0;

  constructor(
    private readonly name: string,
    private readonly stderr: OutputStream,
  ) {}

  add(line: number, kinds: readonly string[]): void {
    if (line !== this.line) this.flush();
    this.line = line;
    for (const kind of kinds) if (!this.kinds.includes(kind)) this.kinds.push(kind);
  }

  /** Flushes the last line; returns how many lines would change. */
  finish(): number {
    this.flush();
    return this.count;
  }

  private flush(): void {
    if (this.kinds.length === 0) return;
    this.stderr.write(`${this.name}:${this.line}: would redact ${this.kinds.join(", ")}\n`);
    this.count++;
    this.kinds = [];
  }
}
