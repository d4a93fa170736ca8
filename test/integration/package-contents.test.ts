// The published package holds what the CLI needs at run time and nothing else: `npm pack
// --dry-run` (offline, scripts off, nothing written) lists the files; only those files, copied
// into an empty folder beside only the declared `dependencies` (no dev dependency), must run the
// hooks and the commands.

import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { execa } from "execa";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { fakeSecrets } from "../helpers/fake-secrets.js";
import { gitEnv } from "../helpers/git-env.js";
import { PROJECT_ROOT, TempRepo } from "../helpers/temp-repo.js";

interface PackEntry {
  path: string;
  size: number;
}
let pack: { files: PackEntry[]; size: number; unpackedSize: number; entryCount: number };
let paths: string[];

/** Budgets with room to grow; a jump past them means something unintended is shipping. */
const MAX_PACKED_BYTES = 1024 * 1024;
const MAX_UNPACKED_BYTES = 5 * 1024 * 1024;

beforeAll(async () => {
  const npmEnv = gitEnv({ npm_config_offline: "true", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" });
  const result = await execa("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: PROJECT_ROOT, env: npmEnv, extendEnv: false, stdin: "ignore" });
  [pack] = JSON.parse(result.stdout);
  paths = pack.files.map((file) => file.path).sort();
}, 60_000);

test("only dist/, hooks/, patterns/, schema/, README.md, LICENSE and package.json ship", () => {
  const allowed = /^(dist|hooks|patterns|schema)\/|^(README\.md|package\.json|LICENSE)$/;
  expect(paths.filter((path) => !allowed.test(path))).toEqual([]);
  // No source maps, tests, fixtures or build leftovers inside the shipped folders either.
  expect(paths.filter((path) => /\.map$|\.tsbuildinfo$|(^|\/)(test|tests|fixtures|corpus|bench|__tests__)\//.test(path))).toEqual([]);
});

test("every module under dist/ comes from a file in src/ (no stale output of a deleted file ships)", () => {
  const sources = new Set(readdirSync(join(PROJECT_ROOT, "src"), { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".ts")).map((name) => name.replace(/\.ts$/, "")));
  const modules = paths.filter((path) => /^dist\/.*\.(js|d\.ts)$/.test(path)).map((path) => path.replace(/^dist\//, "").replace(/\.(d\.ts|js)$/, ""));
  expect(modules.length).toBeGreaterThan(50);
  expect([...new Set(modules)].filter((module) => !sources.has(module))).toEqual([]);
});

test("the files the CLI, the hooks and the library entry need at run time are all there", () => {
  const required = [
    "package.json",
    "README.md",
    "LICENSE",
    "dist/cli/stageguard.cjs",
    "dist/cli/stageguard-main.cjs",
    "dist/rules.bundle.json",
    "dist/keywords.bin",
    "dist/index.js",
    "dist/index.d.ts",
    "hooks/pre-commit",
    "hooks/pre-push",
    "hooks/pre-merge-commit",
    "patterns/schema.json",
    ...readdirSync(join(PROJECT_ROOT, "patterns")).map((name) => `patterns/${name}`),
    ...readdirSync(join(PROJECT_ROOT, "schema")).map((name) => `schema/${name}`),
  ];
  expect(required.filter((path) => !paths.includes(path))).toEqual([]);
});

test(`the package stays small (packed under ${MAX_PACKED_BYTES / 1024} KiB, unpacked under ${MAX_UNPACKED_BYTES / 1024 / 1024} MiB)`, () => {
  expect(pack.entryCount).toBe(paths.length);
  expect(pack.size).toBeLessThan(MAX_PACKED_BYTES);
  expect(pack.unpackedSize).toBeLessThan(MAX_UNPACKED_BYTES);
});

let installed: TempRepo;
let repo: TempRepo;
beforeAll(async () => {
  installed = await TempRepo.create({ init: false, prefix: "stageguard-files-only-" });
  for (const path of paths) {
    mkdirSync(dirname(join(installed.dir, path)), { recursive: true });
    copyFileSync(join(PROJECT_ROOT, path), join(installed.dir, path));
  }
  // The declared dependencies and theirs (node_modules here is flat), nothing else.
  const pending = Object.keys(JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")).dependencies ?? {});
  const linked = new Set<string>();
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (linked.has(name)) continue;
    linked.add(name);
    const from = join(PROJECT_ROOT, "node_modules", name);
    mkdirSync(dirname(join(installed.dir, "node_modules", name)), { recursive: true });
    symlinkSync(from, join(installed.dir, "node_modules", name));
    pending.push(...Object.keys(JSON.parse(readFileSync(join(from, "package.json"), "utf8")).dependencies ?? {}));
  }
  expect(linked.has("typescript") || linked.has("jest") || linked.has("execa")).toBe(false);
  repo = await TempRepo.create();
  await repo.git("config", "core.hooksPath", join(installed.dir, "hooks"));
});
afterAll(() => {
  installed?.cleanup();
  repo?.cleanup();
});

test("only the packed files and the runtime dependencies: the hook blocks a secret, rules --check passes, pre-push runs", async () => {
  expect(existsSync(join(installed.dir, "node_modules", "jest"))).toBe(false);
  const cli = join(installed.dir, "dist", "cli", "stageguard.cjs");
  const run = (args: string[], input?: string) => execa(process.execPath, [cli, ...args], { cwd: repo.dir, env: gitEnv(), extendEnv: false, reject: false, ...(input === undefined ? { stdin: "ignore" as const } : { input }) });
  repo.write("config.js", `module.exports = { token: "${fakeSecrets.githubPat()}" };\n`);
  await repo.add();
  const commit = await execa("git", ["commit", "-m", "leak"], { cwd: repo.dir, env: gitEnv(), extendEnv: false, reject: false, stdin: "ignore" });
  expect(commit.exitCode).toBe(1);
  expect(commit.stderr + commit.stdout).toContain("github-pat");
  expect((await run(["scan", "staged", "--format", "sarif"])).exitCode).toBe(1);
  const check = await run(["rules", "--check"]);
  expect(check.stderr).toBe("");
  expect(check.exitCode).toBe(0);
  await repo.commit("leak (made with --no-verify)");
  const sha = (await repo.git("rev-parse", "HEAD")).trim();
  const push = await run(["hook", "pre-push", "origin"], `refs/heads/main ${sha} refs/heads/main ${"0".repeat(40)}\n`);
  expect(push.exitCode).toBe(1);
  expect(push.stdout).toContain("github-pat");
  // Twice: the second run comes from the V8 code cache the first one (or the build) wrote, where
  // an import() of a package once failed on node 20 (audit loads simple-git on demand).
  for (const attempt of [1, 2]) {
    const audit = await run(["audit"]);
    expect({ attempt, code: audit.exitCode, stderr: audit.stderr }).toEqual({ attempt, code: 1, stderr: "" });
  }
});
