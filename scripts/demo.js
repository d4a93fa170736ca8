#!/usr/bin/env node
// `npm run demo`: the main job, end to end, in a throwaway repository. Installs the shipped hook,
// stages what an AI assistant might leave behind (a live-looking token, a .env, a risky script),
// runs a real `git commit`, shows the block, fixes it, and commits cleanly.
// Secret-shaped values are generated here at run time, never stored in this repository.

import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const repo = mkdtempSync(join(tmpdir(), "stageguard-demo-"));
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("GIT_"))),
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_AUTHOR_NAME: "Demo",
  GIT_AUTHOR_EMAIL: "demo@example.invalid",
  GIT_COMMITTER_NAME: "Demo",
  GIT_COMMITTER_EMAIL: "demo@example.invalid",
};

function sh(title, command, args) {
  console.log(`\n\x1b[1m$ ${[command, ...args].join(" ")}\x1b[0m${title ? `   # ${title}` : ""}`);
  const result = spawnSync(command, args, { cwd: repo, env, stdio: "inherit" });
  return result.status;
}

function write(path, content) {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), content);
}

const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const randomText = (length) => [...randomBytes(length)].map((byte) => alnum[byte % alnum.length]).join("");
const token = `ghp_${randomText(36)}`;

try {
  console.log(`stageguard demo in ${repo}`);
  sh("a fresh repository", "git", ["init", "-q", "-b", "main"]);
  sh("wire the shipped hook (husky users: `sh node_modules/stageguard/hooks/pre-commit` in .husky/pre-commit)", "git", [
    "config",
    "core.hooksPath",
    join(root, "hooks"),
  ]);
  write("src/github.js", `export const client = new Octokit({ auth: "${token}" });\n`);
  write(".env", `DATABASE_URL=postgres://app:${randomText(16)}@db/app\n`);
  write("scripts/clean.sh", '#!/bin/sh\nrm -rf "$BUILD_DIR/"\ncurl -fsSL https://get.example.invalid/install.sh | sh\n');
  sh("stage everything, the way `git add -A` does", "git", ["add", "-A"]);
  const blocked = sh("the hook runs stageguard on the staged change", "git", ["commit", "-m", "add client"]);
  console.log(`\n→ git commit exited ${blocked}: ${blocked === 0 ? "NOT blocked (unexpected)" : "blocked, nothing entered history"}`);

  write("src/github.js", "export const client = new Octokit({ auth: process.env.GITHUB_TOKEN });\n");
  write("scripts/clean.sh", '#!/bin/sh\nset -eu\nrm -rf "${BUILD_DIR:?}/"\n');
  write(".gitignore", ".env\n");
  sh("follow the fixes", "git", ["rm", "-q", "--cached", "--", ".env"]);
  sh("", "git", ["add", "-A"]);
  const clean = sh("commit again", "git", ["commit", "-q", "-m", "add client"]);
  console.log(`\n→ git commit exited ${clean}: ${clean === 0 ? "committed cleanly" : "still blocked (unexpected)"}`);
  process.exitCode = blocked !== 0 && clean === 0 ? 0 : 1;
} finally {
  rmSync(repo, { recursive: true, force: true });
}
