// Interrupted scans leave nothing behind: SIGINT or SIGTERM sent to the built CLI in the middle of
// a large staged scan (or at any moment of a `--output` scan or a `baseline` run) ends it with
// 130 or 143, no git process outlives it, no lock file, no temp file, no partial report. And two
// scans at once from two linked worktrees of one repository each get their own result.

import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { execa } from "execa";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { BUILT_CLI, parseJsonReport, runBuiltCli } from "../helpers/cli.js";
import { fakeSecrets } from "../helpers/fake-secrets.js";
import { gitEnv } from "../helpers/git-env.js";
import { PROJECT_ROOT, TempRepo } from "../helpers/temp-repo.js";

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

interface ProcessInfo {
  pid: number;
  ppid: number;
  state: string;
  args: string[];
}

/** The processes of this machine, from /proc (Linux). */
function processes(): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // "<pid> (<comm>) <state> <ppid> …": comm may hold spaces and parentheses.
      const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const args = readFileSync(`/proc/${name}/cmdline`, "utf8").split("\0").filter(Boolean);
      found.push({ pid: Number(name), ppid: Number(ppid), state: state!, args });
    } catch {
      // The process ended while being read: it is not running, which is all this needs.
    }
  }
  return found;
}

/** The folder a process runs in; undefined once it is gone. */
function cwdOf(pid: number): string | undefined {
  try {
    return readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return undefined;
  }
}

const isRunning = (pid: number) => processes().some((info) => info.pid === pid && info.state !== "Z");
const gitChildrenOf = (pid: number) => processes().filter((info) => info.ppid === pid && info.state !== "Z" && /(^|\/)git$/.test(info.args[0] ?? ""));

async function waitFor<T>(probe: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Starts the built CLI; `finished` resolves with its exit code and stderr. */
function startCli(argv: string[], cwd: string): { child: ChildProcess; finished: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, [BUILT_CLI, ...argv], { cwd, env: gitEnv(), stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const finished = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stderr })));
  return { child, finished };
}

/** Files stageguard must never leave behind: temp files of an atomic write, git's lock files. */
function leftovers(dir: string): string[] {
  const temps = readdirSync(dir).filter((name) => name.endsWith(".tmp"));
  const locks = readdirSync(join(dir, ".git")).filter((name) => name.endsWith(".lock"));
  return [...temps, ...locks.map((name) => `.git/${name}`)];
}

let repo: TempRepo;
let statusBefore: string;

// A staged set large enough that a scan takes a while (~7 MB in 400 files) and holds a secret.
beforeAll(async () => {
  repo = await TempRepo.create();
  repo.write("README.md", "# big\n");
  await repo.add();
  await repo.commit("base");
  for (let file = 0; file < 400; file++) {
    let text = "";
    for (let line = 0; line < 300; line++) text += `export const value_${line} = compute(${line}, "ordinary text ${file}-${line}");\n`;
    repo.write(`src/d${file % 20}/f${file}.ts`, text);
  }
  repo.write("src/config.ts", `export const token = "${fakeSecrets.githubPat()}";\n`);
  await repo.add();
  statusBefore = await repo.git("status", "--porcelain");
}, 60_000);
afterAll(() => repo.cleanup());

describe.each(["SIGINT", "SIGTERM"] as const)("%s in the middle of a staged scan", (signal) => {
  test(`exits ${EXIT_CODES[signal]}, stops its git processes, writes nothing`, async () => {
    const { child, finished } = startCli(["scan", "staged", "--format", "json", "--output", "report.json"], repo.dir);
    // In the middle: git's diff is streaming into the scan.
    const running = await waitFor(() => {
      const gits = gitChildrenOf(child.pid!);
      return gits.some((info) => info.args.includes("diff")) ? gits : undefined;
    }, 10_000);
    expect(running).toBeDefined();
    child.kill(signal);
    const result = await finished;
    expect(result.code).toBe(EXIT_CODES[signal]);
    expect(result.stderr).toBe(`stageguard: interrupted (${signal}) before finishing\n`);
    // Stopped by stageguard before it exited, not left to die on a closed pipe some time later.
    expect(running!.filter((info) => isRunning(info.pid)).map((info) => info.args.join(" "))).toEqual([]);
    expect(existsSync(join(repo.dir, "report.json"))).toBe(false);
    expect(leftovers(repo.dir)).toEqual([]);
    expect(await repo.git("status", "--porcelain")).toBe(statusBefore);
  });
});

test("SIGTERM to the hook's scan during a real git commit: no commit, no index.lock", async () => {
  const hooked = await TempRepo.create();
  try {
    await hooked.git("config", "core.hooksPath", join(PROJECT_ROOT, "hooks"));
    for (let file = 0; file < 200; file++) hooked.write(`f${file}.txt`, `${"plain text line\n".repeat(2000)}`);
    await hooked.add();
    const commit = execa("git", ["commit", "-m", "big"], { cwd: hooked.dir, env: gitEnv(), extendEnv: false, reject: false, stdin: "ignore" });
    // The hook's node process (hooks/pre-commit execs it), in this repository (other tests may scan too).
    const scan = await waitFor(
      () => processes().find((info) => info.args.some((arg) => arg.endsWith("stageguard.cjs")) && cwdOf(info.pid) === hooked.dir && gitChildrenOf(info.pid).length > 0),
      15_000,
    );
    expect(scan).toBeDefined();
    process.kill(scan!.pid, "SIGTERM");
    const result = await commit;
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain("stageguard: interrupted (SIGTERM)");
    await expect(hooked.git("rev-parse", "--verify", "-q", "HEAD")).rejects.toThrow();
    expect(leftovers(hooked.dir)).toEqual([]);
  } finally {
    hooked.cleanup();
  }
});

describe("a signal at any moment of a run that writes a file: the file is whole or absent, never a temp file", () => {
  // Spread over the run and past its end: before the scan, during it, around the write.
  const FRACTIONS = [0.2, 0.5, 0.8, 0.95, 1.05];

  test.each([
    ["scan staged --output", ["scan", "staged", "--format", "json", "--output", "report.json"], "report.json", 1],
    ["baseline", ["baseline"], ".stageguard-baseline.json", 0],
  ] as const)("%s", async (_name, argv, output, code) => {
    const target = join(repo.dir, output);
    // An uninterrupted run first: how long it takes, and what a whole file looks like.
    rmSync(target, { force: true });
    const started = Date.now();
    const whole = await startCli([...argv], repo.dir).finished;
    const duration = Date.now() - started;
    expect(whole.code).toBe(code);
    JSON.parse(readFileSync(target, "utf8"));
    const outcomes: string[] = [];
    for (const [index, fraction] of FRACTIONS.entries()) {
      rmSync(target, { force: true });
      const signal = index % 2 === 0 ? "SIGINT" : "SIGTERM";
      const { child, finished } = startCli([...argv], repo.dir);
      setTimeout(() => child.kill(signal), Math.round(duration * fraction));
      const result = await finished;
      expect(leftovers(repo.dir)).toEqual([]);
      if (result.code === code) {
        // Finished before the signal: the file is whole.
        expect(() => JSON.parse(readFileSync(target, "utf8"))).not.toThrow();
        outcomes.push("finished");
      } else {
        // A signal that lands while node is still starting, before main.ts handles signals, kills
        // it outright (shells report the same 128 + n); nothing has been written by then either.
        expect(result.signal === signal ? EXIT_CODES[signal] : result.code).toBe(EXIT_CODES[signal]);
        // A signal that lands after the write (while the summary is printed) finds the file whole.
        if (existsSync(target)) expect(() => JSON.parse(readFileSync(target, "utf8"))).not.toThrow();
        outcomes.push("interrupted");
      }
    }
    // The sweep really interrupted runs (the timings are not all past the end).
    expect(outcomes).toContain("interrupted");
    rmSync(target, { force: true });
  }, 60_000);
});

test("two scans at once from two linked worktrees of one repository each get their own result", async () => {
  const main = await TempRepo.create();
  const elsewhere = await TempRepo.create({ init: false });
  try {
    main.write("README.md", "# shared\n");
    await main.add();
    await main.commit("base");
    const second = join(elsewhere.dir, "second");
    await main.git("worktree", "add", "-q", "-b", "second", second);
    const git = (cwd: string, ...args: string[]) => execa("git", args, { cwd, env: gitEnv(), extendEnv: false, stdin: "ignore" });
    // Different findings on each side, and enough files that the two scans overlap in time.
    for (let file = 0; file < 60; file++) main.write(`a/f${file}.txt`, "alpha\n".repeat(500));
    main.write("a/token.js", `const t = "${fakeSecrets.githubPat()}";\n`);
    await main.add();
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(second, path)), { recursive: true });
      writeFileSync(join(second, path), text);
    };
    for (let file = 0; file < 60; file++) write(`b/f${file}.txt`, "beta\n".repeat(500));
    write("b/.env", "API_KEY=1\n");
    write("b/key.js", `const k = "${fakeSecrets.stripeLiveKey()}";\n`);
    await git(second, "add", "-A");
    const idsOf = (result: Awaited<ReturnType<typeof runBuiltCli>>) => {
      const report = parseJsonReport(result);
      return { files: report.summary.filesScanned, findings: report.findings.map((finding) => `${finding.ruleId} ${finding.file}`).sort() };
    };
    const alone = { main: idsOf(await runBuiltCli(["scan", "staged", "--format", "json"], main.dir)), second: idsOf(await runBuiltCli(["scan", "staged", "--format", "json"], second)) };
    expect(alone.main.findings).toEqual(["github-pat a/token.js"]);
    expect(alone.second.findings).toEqual(expect.arrayContaining(["env-file b/.env", "stripe-live-secret-key b/key.js"]));
    for (let round = 0; round < 2; round++) {
      const [a, b] = await Promise.all([
        runBuiltCli(["scan", "staged", "--format", "json", "--output", "report.json"], main.dir),
        runBuiltCli(["scan", "staged", "--format", "json", "--output", "report.json"], second),
      ]);
      expect([a.code, b.code]).toEqual([1, 1]);
      expect(idsOf({ ...a, stdout: readFileSync(join(main.dir, "report.json"), "utf8") })).toEqual(alone.main);
      expect(idsOf({ ...b, stdout: readFileSync(join(second, "report.json"), "utf8") })).toEqual(alone.second);
    }
    expect(leftovers(main.dir)).toEqual([]);
    expect(readdirSync(second).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  } finally {
    main.cleanup();
    elsewhere.cleanup();
  }
}, 60_000);
