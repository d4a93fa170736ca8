// Never phone home: every command of the built CLI runs under a preload that makes any network
// use fatal (test/helpers/no-network.cjs), and the preload first proves it catches real attempts.
// git is a child process the preload cannot see: every git process the commands start is logged
// (a `git` wrapper first on PATH) and must be a local-only subcommand.

import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { execa } from "execa";
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { BUILT_CLI } from "../helpers/cli.js";
import { fakeSecrets } from "../helpers/fake-secrets.js";
import { gitEnv } from "../helpers/git-env.js";
import { PROJECT_ROOT, TempRepo } from "../helpers/temp-repo.js";

const PRELOAD = join(PROJECT_ROOT, "test", "helpers", "no-network.cjs");
const NETWORK_EXIT_CODE = 97;
const MARKER = "network attempt blocked";

let repo: TempRepo;
let seenLog: string;
let gitLog: string;
let wrapperDir: string;
const guardedEnv = (extra: NodeJS.ProcessEnv = {}) => gitEnv({ NODE_OPTIONS: `--require ${PRELOAD}`, NO_NETWORK_SEEN: seenLog, ...extra });
/** What the CLI runs with: the preload, and a `git` that logs its arguments before running the real one. */
const cliEnv = () => guardedEnv({ PATH: `${wrapperDir}:${process.env.PATH}`, STAGEGUARD_TEST_GIT_LOG: gitLog });

/** git subcommands that never contact a remote (those the CLI is expected to run; audit inits a scratch repository for check-ignore). */
const LOCAL_GIT = new Set(["init", "rev-parse", "diff", "cat-file", "rev-list", "hash-object", "ls-files", "config", "ls-tree", "log", "status", "check-ignore", "show", "for-each-ref", "version", "--version"]);
/** Global options git takes before the subcommand, and whether each consumes the next argument. */
const GIT_GLOBALS: Record<string, boolean> = { "-c": true, "-C": true, "--no-pager": false, "--no-optional-locks": false, "--literal-pathspecs": false, "--no-replace-objects": false };

function subcommandOf(args: string[]): string {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg in GIT_GLOBALS) i += GIT_GLOBALS[arg] ? 1 : 0;
    else if (!arg.startsWith("--git-dir=") && !arg.startsWith("--work-tree=")) return arg;
  }
  return "";
}

async function nodeWithPreload(code: string, preload = true) {
  const result = await execa(process.execPath, ["--input-type=module", "-e", code], {
    env: preload ? guardedEnv() : gitEnv(),
    extendEnv: false,
    reject: false,
    stdin: "ignore",
    timeout: 10_000,
  });
  return { code: result.exitCode, stderr: result.stderr };
}

beforeAll(async () => {
  repo = await TempRepo.create();
  const outside = join(repo.dir, "..", `${repo.dir.split("/").pop()}-aux`);
  seenLog = join(outside, "seen.log");
  gitLog = join(outside, "git.log");
  wrapperDir = join(outside, "bin");
  mkdirSync(wrapperDir, { recursive: true });
  const realGit = (await execa("sh", ["-c", "command -v git"], { env: gitEnv(), extendEnv: false })).stdout.trim();
  // One line per git process, arguments separated by the unit separator (0x1f).
  writeFileSync(join(wrapperDir, "git"), `#!/bin/sh\nprintf '%s\\037' "$@" >> "$STAGEGUARD_TEST_GIT_LOG"\nprintf '\\n' >> "$STAGEGUARD_TEST_GIT_LOG"\nexec ${realGit} "$@"\n`);
  chmodSync(join(wrapperDir, "git"), 0o755);
});
afterAll(() => {
  repo.cleanup();
  rmSync(join(seenLog, ".."), { recursive: true, force: true });
});

describe("the preload", () => {
  let server: Server;
  let port: number;
  let connections = 0;
  beforeAll(async () => {
    server = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test("without it, the probes below really reach a socket (so the self-test can fail)", async () => {
    const before = connections;
    const result = await nodeWithPreload(
      `import net from "node:net"; const s = net.connect(${port}, "127.0.0.1"); s.on("error", () => {}); s.on("close", () => process.exit(0));`,
      false,
    );
    expect(result.code).toBe(0);
    expect(connections).toBe(before + 1);
  });

  const url = () => `http://127.0.0.1:${port}/`;
  test.each([
    ["net.Socket.prototype.connect", () => `import net from "node:net"; new net.Socket().connect(${port}, "127.0.0.1");`],
    ["net.connect", () => `import { connect } from "node:net"; connect(${port}, "127.0.0.1");`],
    ["net.createConnection", () => `import net from "node:net"; net.createConnection({ port: ${port}, host: "127.0.0.1" });`],
    ["tls.connect", () => `import tls from "node:tls"; tls.connect(${port}, "127.0.0.1");`],
    ["dns.lookup", () => `import { lookup } from "node:dns"; lookup("localhost", () => {});`],
    ["dns.resolve4", () => `import dns from "node:dns"; dns.resolve4("localhost", () => {});`],
    ["dns.promises.lookup", () => `import { promises } from "node:dns"; await promises.lookup("localhost");`],
    ["dns/promises resolveTxt", () => `import { resolveTxt } from "node:dns/promises"; await resolveTxt("localhost");`],
    ["dns.Resolver", () => `import dns from "node:dns"; new dns.Resolver().resolve("localhost", () => {});`],
    ["http.request", () => `import http from "node:http"; http.request("${url()}").end();`],
    ["http.get", () => `import { get } from "node:http"; get("${url()}");`],
    ["https.request", () => `import https from "node:https"; https.request("https://127.0.0.1:${port}/").end();`],
    ["https.get", () => `import https from "node:https"; https.get("https://127.0.0.1:${port}/");`],
    ["fetch", () => `await fetch("${url()}");`],
    ["dgram", () => `import dgram from "node:dgram"; dgram.createSocket("udp4").send("x", ${port}, "127.0.0.1");`],
  ])("catches %s before anything reaches the server", async (_name, code) => {
    const before = connections;
    const result = await nodeWithPreload(code());
    expect(result.code).toBe(NETWORK_EXIT_CODE);
    expect(result.stderr).toContain(MARKER);
    expect(connections).toBe(before);
  });

  test("lets a program that does not use the network run normally", async () => {
    expect(await nodeWithPreload(`import { readFileSync } from "node:fs"; readFileSync(${JSON.stringify(PRELOAD)});`)).toEqual({ code: 0, stderr: "" });
  });
});

describe("every command of the built CLI, under the preload", () => {
  let head = "";
  beforeAll(async () => {
    repo.write("README.md", "# app\n");
    repo.write("package.json", `${JSON.stringify({ name: "app", private: true })}\n`);
    repo.write("deploy.sh", "curl -sSL https://example.invalid/install.sh | sh\n");
    await repo.add();
    await repo.commit("base");
    head = (await repo.git("rev-parse", "HEAD")).trim();
    repo.write("config.js", `module.exports = { token: "${fakeSecrets.githubPat()}" };\n`);
    repo.write(".env", "A=1\n");
    await repo.add();
    await repo.commit("leaks (made with --no-verify)");
    repo.write("app.js", `const key = "${fakeSecrets.stripeLiveKey()}";\n`);
    await repo.add();
  });

  const zero = "0".repeat(40);
  // [argv, stdin, expected exit code]
  const commands: Array<[string[], string | undefined, number]> = [
    [["scan", "staged"], undefined, 1],
    [["scan", "staged", "--format", "json"], undefined, 1],
    [["scan", "staged", "--format", "sarif"], undefined, 1],
    [["scan", "staged", "--format", "sarif", "--output", "report.sarif"], undefined, 1],
    [["scan", "staged", "--show-suppressed", "--debug"], undefined, 1],
    [["scan", "staged", "app.js"], undefined, 1],
    [["scan", "files", "."], undefined, 1],
    [["scan", "files", "config.js", "--format", "json"], undefined, 1],
    [["scan", "range", "HEAD~1..HEAD"], undefined, 1],
    [["scan", "range", "HEAD", "--format", "sarif"], undefined, 1],
    [["hook", "pre-push", "origin", "https://example.invalid/repo.git"], "HEAD_SHA", 1],
    [["rules"], undefined, 0],
    [["rules", "--json"], undefined, 0],
    [["rules", "--check"], undefined, 0],
    [["redact"], "mail me at dev@example.invalid\n", 0],
    [["redact", "--check", "app.js"], undefined, 1],
    [["redact", "--profile", "secrets", "config.js"], undefined, 0],
    [["baseline"], undefined, 0],
    [["baseline", "--prune"], undefined, 0],
    [["audit"], undefined, 1],
    [["audit", "--history", "--assistants", "all"], undefined, 1],
    [["init", "--dry-run"], undefined, 0],
    [["init", "--pre-push", "--lint-staged", "--dry-run"], undefined, 0],
    [["uninstall", "--dry-run"], undefined, 0],
    [["--version"], undefined, 0],
    [["--help"], undefined, 0],
    [["scan", "bogus"], undefined, 2],
    [["scan", "staged", "--config", "missing.json", "--debug"], undefined, 2],
  ];

  test.each(commands.map(([argv, stdin, code]) => [argv.join(" "), argv, stdin, code] as const))("stageguard %s", async (_name, argv, stdin, code) => {
    const input = stdin === "HEAD_SHA" ? `refs/heads/main ${(await repo.git("rev-parse", "HEAD")).trim()} refs/heads/main ${head}\n` : stdin;
    const result = await execa(process.execPath, [BUILT_CLI, ...argv], { cwd: repo.dir, env: cliEnv(), extendEnv: false, reject: false, input, timeout: 20_000, ...(input === undefined ? { stdin: "ignore" as const } : {}) });
    expect(result.stderr).not.toContain(MARKER);
    expect(result.exitCode).toBe(code);
  });

  test("the preload was loaded by every one of those runs", () => {
    expect(readFileSync(seenLog, "utf8").trim().split("\n").length).toBeGreaterThanOrEqual(commands.length);
  });

  test("every git process they started was a local-only subcommand", () => {
    const runs = readFileSync(gitLog, "utf8").trim().split("\n").map((line) => line.split("\x1f").slice(0, -1));
    expect(runs.length).toBeGreaterThan(commands.length);
    expect([...new Set(runs.map(subcommandOf))].filter((name) => !LOCAL_GIT.has(name))).toEqual([]);
  });
});

test("src/ imports no network module and names no git subcommand that talks to a remote", () => {
  const files = readdirSync(join(PROJECT_ROOT, "src"), { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".ts"));
  expect(files.length).toBeGreaterThan(20);
  const read = (name: string) => readFileSync(join(PROJECT_ROOT, "src", name), "utf8");
  // node:net is imported for isIPv6 only (a pure function); the preload above covers it at run time.
  expect(files.filter((name) => /from "node:(http|https|http2|tls|dgram|dns)(\/promises)?"/.test(read(name)))).toEqual([]);
  // A git argument list starting with a remote subcommand, in any of the ways src/ spells one.
  expect(files.filter((name) => /\[\s*"(fetch|pull|push|clone|ls-remote|remote|fetch-pack|send-pack)"/.test(read(name)))).toEqual([]);
});
