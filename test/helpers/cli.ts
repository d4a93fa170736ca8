// Two ways to run the CLI: in-process through run(argv, io) (fast, for most tests), and the
// built executable in a child process (what the hook and users really run).

import { execa } from "execa";
import { join } from "node:path";
import { run } from "../../src/cli/run.js";
import { gitEnv } from "./git-env.js";
import { PROJECT_ROOT } from "./temp-repo.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export const BUILT_CLI = join(PROJECT_ROOT, "dist", "cli", "stageguard.cjs");

/** Runs the CLI in this process, in `cwd`, capturing its output. */
export async function runCli(argv: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    cwd,
    env: { NO_COLOR: "1", ...env },
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    now: () => performance.now(),
  });
  return { code, stdout, stderr };
}

/** Runs the built `stageguard` executable (dist/) as a child process. */
export async function runBuiltCli(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const result = await execa(process.execPath, [BUILT_CLI, ...argv], { cwd, env: gitEnv(env), extendEnv: false, reject: false });
  return { code: result.exitCode ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Parses JSON output, failing the test with the raw text when it is not JSON. */
export function parseJsonReport(result: CliResult): {
  findings: Array<Record<string, unknown>>;
  summary: Record<string, number>;
  suppressed: Array<Record<string, unknown>>;
  notices: Array<{ file: string | null; message: string }>;
} {
  try {
    return JSON.parse(result.stdout);
  } catch {
    throw new Error(`not JSON (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
}
