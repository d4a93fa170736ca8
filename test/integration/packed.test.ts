// End to end, as a user gets it: `npm pack` this project, install the tarball (offline, from the
// npm cache) into a fresh project, `stageguard init --pre-push`, then real commits and a real
// push to a local bare remote. Then `uninstall` leaves the hooks as they were.

import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { execa } from "execa";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fake, fakeSecrets } from "../helpers/fake-secrets.js";
import { gitEnv } from "../helpers/git-env.js";
import { PROJECT_ROOT } from "../helpers/temp-repo.js";

let work: string;
let app: string;
const env = gitEnv({ npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" });

const git = (...args: string[]) => execa("git", args, { cwd: app, env, extendEnv: false, reject: false, stdin: "ignore" });
const sh = (file: string, args: string[]) => execa(file, args, { cwd: app, env, extendEnv: false, reject: false, stdin: "ignore" });

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "stageguard-packed-"));
  await execa("npm", ["pack", "--ignore-scripts", "--pack-destination", work], { cwd: PROJECT_ROOT, env, extendEnv: false, stdin: "ignore" });
  const tarball = readdirSync(work).find((name) => name.endsWith(".tgz"))!;
  app = join(work, "app");
  await execa("git", ["init", "-q", "-b", "main", app], { env, extendEnv: false, stdin: "ignore" });
  await execa("git", ["init", "-q", "--bare", "-b", "main", join(work, "remote.git")], { env, extendEnv: false, stdin: "ignore" });
  await git("remote", "add", "origin", join(work, "remote.git"));
  writeFileSync(join(app, "package.json"), `${JSON.stringify({ name: "app", private: true }, null, 2)}\n`);
  writeFileSync(join(app, ".gitignore"), "node_modules\n");
  const husky = JSON.parse(readFileSync(join(PROJECT_ROOT, "node_modules", "husky", "package.json"), "utf8")).version as string;
  await execa("npm", ["install", "--offline", "--save-dev", join(work, tarball), `husky@${husky}`], { cwd: app, env, extendEnv: false, stdin: "ignore" });
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

test("installed from its tarball: init, blocked commits with their fixes, a clean commit, a blocked push, uninstall", async () => {
  const before = readFileSync(join(app, "package.json"), "utf8");
  const init = await sh(join(app, "node_modules", ".bin", "stageguard"), ["init", "--pre-push"]);
  expect(init.exitCode).toBe(0);
  expect(init.stdout).toContain("create .husky/pre-commit");

  writeFileSync(join(app, ".env"), "DATABASE_URL=postgres://localhost/app\n");
  const dashes = "-".repeat(5);
  writeFileSync(join(app, "id_rsa"), `${dashes}BEGIN OPENSSH PRIVATE KEY${dashes}\n${fake("{{base64:70}}")}\n${dashes}END OPENSSH PRIVATE KEY${dashes}\n`);
  const token = fakeSecrets.githubPat();
  writeFileSync(join(app, "client.js"), `module.exports = { token: "${token}" };\n`);
  await git("add", "-A");
  const blocked = await git("commit", "-m", "leaks");
  expect(blocked.exitCode).not.toBe(0);
  const output = `${blocked.stdout}${blocked.stderr}`;
  for (const id of ["env-file", "ssh-private-key-file", "github-pat"]) expect(output).toContain(id);
  expect(output).toContain("git rm --cached");
  expect(output).not.toContain(token);

  await git("rm", "-q", "--cached", ".env", "id_rsa", "client.js");
  // git commit <path> and git commit -a build their own index; the hook scans that one.
  writeFileSync(join(app, "notes.txt"), "notes\n");
  await git("add", "notes.txt");
  await git("commit", "-q", "-m", "notes");
  writeFileSync(join(app, "notes.txt"), `notes\n${fakeSecrets.githubPat()}\n`);
  expect((await git("commit", "-m", "by path", "notes.txt")).exitCode).not.toBe(0);
  expect((await git("commit", "-a", "-m", "all")).exitCode).not.toBe(0);
  writeFileSync(join(app, "notes.txt"), "notes\n");
  writeFileSync(join(app, "README.md"), "# app\n");
  await git("add", "README.md", "package.json", "package-lock.json", ".gitignore", ".husky");
  expect((await git("commit", "-m", "clean")).exitCode).toBe(0);
  expect((await git("push", "-u", "origin", "main")).exitCode).toBe(0);

  await git("add", "client.js");
  expect((await git("commit", "--no-verify", "-m", "sneak it in")).exitCode).toBe(0);
  const push = await git("push", "origin", "main");
  expect(push.exitCode).not.toBe(0);
  expect(`${push.stdout}${push.stderr}`).toContain("push blocked");

  const uninstall = await sh(join(app, "node_modules", ".bin", "stageguard"), ["uninstall"]);
  expect(uninstall.exitCode).toBe(0);
  // As before init: no .husky, no hooks path, package.json byte for byte.
  expect(existsSync(join(app, ".husky"))).toBe(false);
  expect((await git("config", "core.hooksPath")).stdout).toBe("");
  expect(readFileSync(join(app, "package.json"), "utf8")).toBe(before);
}, 120_000);

test("installed from its tarball, through lint-staged: init --lint-staged, a blocked commit, a clean one", async () => {
  const lintStaged = JSON.parse(readFileSync(join(PROJECT_ROOT, "node_modules", "lint-staged", "package.json"), "utf8")).version as string;
  await execa("npm", ["install", "--offline", "--save-dev", `lint-staged@${lintStaged}`], { cwd: app, env, extendEnv: false, stdin: "ignore" });
  const init = await sh(join(app, "node_modules", ".bin", "stageguard"), ["init", "--lint-staged"]);
  expect(init.exitCode).toBe(0);
  expect(JSON.parse(readFileSync(join(app, "package.json"), "utf8"))["lint-staged"]).toEqual({ "*": "stageguard scan staged" });
  writeFileSync(join(app, "settings.py"), `TOKEN = "${fakeSecrets.githubPat()}"\n`);
  await git("add", "settings.py");
  const blocked = await git("commit", "-m", "token");
  expect(blocked.exitCode).not.toBe(0);
  expect(`${blocked.stdout}${blocked.stderr}`).toContain("github-pat");
  writeFileSync(join(app, "settings.py"), "DEBUG = False\n");
  await git("add", "settings.py", "package.json", "package-lock.json", ".husky");
  expect((await git("commit", "-m", "clean")).exitCode).toBe(0);
}, 120_000);
