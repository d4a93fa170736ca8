// `stageguard audit` on real repositories: git decides what is ignored; --fix is idempotent
// and keeps the user's lines, comments and line endings.

import { afterEach, expect, test } from "@jest/globals";
import { execa } from "execa";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../helpers/cli.js";
import { fake } from "../helpers/fake-secrets.js";
import { gitEnv } from "../helpers/git-env.js";
import { PROJECT_ROOT, TempRepo } from "../helpers/temp-repo.js";

let repo: TempRepo;
afterEach(() => repo?.cleanup());

interface AuditJson {
  checks: Array<{ area: string; subject: string; status: string; detail: string; fix: string }>;
  changes: Array<{ file: string; added: string[] }>;
  summary: { ok: number; missing: number; warnings: number };
}

async function audit(...args: string[]): Promise<{ code: number; json: AuditJson }> {
  const result = await runCli(["audit", "--format", "json", ...args], repo.dir);
  return { code: result.code, json: JSON.parse(result.stdout) as AuditJson };
}
const read = (path: string) => readFileSync(join(repo.dir, path), "utf8");
const missing = (json: AuditJson, area: string) => json.checks.filter((check) => check.area === area && check.status === "missing").map((check) => check.subject);

test("a bare repository misses every defence; --fix writes them once, the second run changes nothing", async () => {
  repo = await TempRepo.create();
  repo.write(".gitignore", "# build output\r\nnode_modules/\r\ndist/\r\n");
  const before = await audit();
  expect(before.code).toBe(1);
  expect(missing(before.json, "gitignore")).toEqual(expect.arrayContaining(["env-file", "pem-file", "ssh-private-key-file", "terraform-state"]));
  expect(missing(before.json, "hook")).toEqual(["pre-commit"]);

  const fixed = await audit("--fix");
  expect(fixed.json.changes.map((change) => change.file)).toEqual([".gitignore"]);
  const text = read(".gitignore");
  expect(text.startsWith("# build output\r\nnode_modules/\r\ndist/\r\n")).toBe(true);
  expect(text).toContain("\r\n.env\r\n");
  expect(text.split("\n").every((line) => line === "" || line.endsWith("\r"))).toBe(true);
  expect(missing(fixed.json, "gitignore")).toEqual([]);

  const again = await audit("--fix");
  expect(again.json.changes).toEqual([]);
  expect(read(".gitignore")).toBe(text);
  // Only the hook is left.
  expect(again.json.checks.filter((check) => check.status === "missing").map((check) => check.area)).toEqual(["hook"]);
  await repo.git("config", "core.hooksPath", join(PROJECT_ROOT, "hooks"));
  expect((await audit()).code).toBe(0);
});

test("git decides: a negation in .gitignore reopens a hole, a nested .gitignore does not cover the root", async () => {
  repo = await TempRepo.create();
  repo.write(".gitignore", ".env\n.env.*\n*.env\n!.env.production\n");
  repo.write("config/.gitignore", "*.pem\n");
  const { json } = await audit();
  const env = json.checks.find((check) => check.subject === "env-file")!;
  expect(env.status).toBe("missing");
  expect(env.detail).toContain("config/.env.production");
  expect(json.checks.find((check) => check.subject === "pem-file")!.status).toBe("missing");
});

test("forbidden files tracked at HEAD, and with --history anywhere in history", async () => {
  repo = await TempRepo.create();
  repo.write("deploy/.env", "A=1\n").write("old/id_rsa", "x\n").write("src/a.ts", "export {};\n");
  await repo.add();
  await repo.commit();
  await repo.git("rm", "-q", "old/id_rsa");
  await repo.commit("remove key");
  const { json } = await audit();
  expect(missing(json, "tracked")).toEqual(["deploy/.env"]);
  expect(json.checks.find((check) => check.area === "tracked")!.fix).toContain("Rotate");
  expect(json.checks.some((check) => check.area === "history")).toBe(false);
  const deep = await audit("--history");
  expect(missing(deep.json, "history")).toEqual(["old/id_rsa"]);
});

test("a tracked kubeconfig saved with a byte-order mark is still read as one", async () => {
  repo = await TempRepo.create();
  const kubeconfig = `kind: Config\napiVersion: v1\nusers:\n- name: ci\n  user:\n    token: ${fake("{{alnum:40}}")}\n`;
  repo.write("ci/kubeconfig.yaml", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(kubeconfig)]));
  await repo.add();
  await repo.commit();
  const { json } = await audit();
  expect(missing(json, "tracked")).toEqual(["ci/kubeconfig.yaml"]);
});

test("assistant ignore files: those in use are checked, --fix creates them and merges Claude Code's deny rules", async () => {
  repo = await TempRepo.create();
  repo.write(".cursor/rules/style.mdc", "be nice\n");
  repo.write(".claude/settings.json", JSON.stringify({ model: "opus", permissions: { allow: ["Bash(npm test)"], deny: ["Read(./.env)"] } }, null, 4) + "\n");
  const before = await audit();
  expect(missing(before.json, "assistant")).toEqual([".cursorignore", ".claude/settings.json"]);
  await audit("--fix");
  expect(read(".cursorignore")).toContain("*.pem\n");
  const settings = JSON.parse(read(".claude/settings.json"));
  expect(settings.model).toBe("opus");
  expect(settings.permissions.allow).toEqual(["Bash(npm test)"]);
  expect(settings.permissions.deny).toEqual(expect.arrayContaining(["Read(./.env)", "Read(./**/.env)", "Read(./**/*.pem)"]));
  expect(read(".claude/settings.json")).toMatch(/^\{\n {4}"model"/);
  const after = await audit();
  expect(missing(after.json, "assistant")).toEqual([]);
  // Asked for explicitly, an unused assistant is checked too.
  expect(missing((await audit("--assistants", "gemini")).json, "assistant")).toEqual([".aiexclude"]);
});

test("a broken settings.json is reported, never overwritten", async () => {
  repo = await TempRepo.create();
  repo.write(".claude/settings.json", "{ not json");
  const { json } = await audit("--fix");
  expect(json.checks.find((check) => check.subject === ".claude/settings.json")!.status).toBe("warn");
  expect(read(".claude/settings.json")).toBe("{ not json");
});

test("husky wired without stageguard: --fix adds the line and keeps the others", async () => {
  repo = await TempRepo.create();
  repo.write("package.json", JSON.stringify({ name: "demo", private: true }));
  await execa(process.execPath, [join(PROJECT_ROOT, "node_modules", "husky", "bin.js")], { cwd: repo.dir, env: gitEnv(), extendEnv: false });
  repo.write(".husky/pre-commit", "npx lint-staged\n");
  const before = await audit();
  expect(before.json.checks.find((check) => check.area === "hook")!.detail).toContain("husky is wired");
  await audit("--fix");
  expect(read(".husky/pre-commit")).toBe("npx lint-staged\nsh node_modules/stageguard/hooks/pre-commit\n");
  expect(statSync(join(repo.dir, ".husky/pre-commit")).mode & 0o111).not.toBe(0);
  expect((await audit()).json.checks.find((check) => check.area === "hook")!.status).toBe("ok");
});

test("human output is a table with a fix under each missing row", async () => {
  repo = await TempRepo.create();
  const result = await runCli(["audit"], repo.dir);
  expect(result.code).toBe(1);
  expect(result.stdout).toMatch(/✖ gitignore env-file +Environment file: not ignored/);
  expect(result.stdout).toContain("fix: add to .gitignore: .env");
  expect(result.stdout.trim().split("\n").pop()).toMatch(/^✖ stageguard audit: \d+ ok, \d+ missing, 0 warnings$/);
});
