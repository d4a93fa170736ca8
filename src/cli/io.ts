// What the CLI needs from the outside world, passed in so tests can run it in-process.

export interface OutputStream {
  write(text: string | Uint8Array): unknown;
  isTTY?: boolean;
  /** Back-pressure (`drain`) and a reader gone (`close`, after `| head`) when output streams (`redact`). */
  once?(event: "drain" | "close", listener: () => void): unknown;
}

export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: OutputStream;
  stderr: OutputStream;
  /** Milliseconds, for the duration in reports. */
  now(): number;
  /** Standard input, read whole (the pre-push hook's ref lines); absent in tests that need none. */
  readStdin?(): Promise<string>;
  /** Standard input as a stream of chunks (`redact`), never held whole; absent when a test gives none. */
  openStdin?(): AsyncIterable<Uint8Array>;
}

/**
 * Colour decision: an explicit --color/--no-color wins, then NO_COLOR (https://no-color.org),
 * then FORCE_COLOR, then "is it a terminal that is not dumb".
 */
export function shouldUseColor(stream: OutputStream, env: CliIo["env"], flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return stream.isTTY === true && env.TERM !== "dumb";
}
