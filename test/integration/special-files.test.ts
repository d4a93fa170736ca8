// Entries that are not plain text files, or plain files at the edges, staged in real repositories:
// symlinks, submodules, mode-only changes, case-only renames, empty files, Git LFS pointers and
// files over the per-file limit. Each test pins the behaviour docs/SECURITY.md defines for it.

import { randomBytes } from "node:crypto";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "@jest/globals";
import { parseJsonReport, runBuiltCli, runCli } from "../helpers/cli.js";
import { fakeSecrets } from "../helpers/fake-secrets.js";
import { TempRepo } from "../helpers/temp-repo.js";

let repo: TempRepo;
const extra: TempRepo[] = [];
afterEach(() => {
  repo?.cleanup();
  while (extra.length > 0) extra.pop()!.cleanup();
});

async function scan() {
  const result = await runCli(["scan", "staged", "--format", "json"], repo.dir);
  return { code: result.code, report: parseJsonReport(result) };
}

const found = (report: { findings: Array<Record<string, unknown>> }) => report.findings.map((finding) => `${finding.ruleId} ${finding.file}:${finding.line}`);

/** A symlink in the work tree (git stores its target path text as the blob). */
function link(target: string, name: string): void {
  mkdirSync(join(repo.dir, name, ".."), { recursive: true });
  symlinkSync(target, join(repo.dir, name));
}

describe("symlinks: the link's own name and target text are what the commit records", () => {
  test("a symlink named .env is flagged by its name, though the file it points to is never read", async () => {
    repo = await TempRepo.create();
    // The pointed-to file holds a secret and sits outside the repository: the commit does not record it.
    const outside = await TempRepo.create({ init: false });
    extra.push(outside);
    writeFileSync(join(outside.dir, "real.env"), `TOKEN=${fakeSecrets.githubPat()}\n`);
    link(join(outside.dir, "real.env"), ".env");
    link(join(outside.dir, "real.env"), "config/settings");
    await repo.add();
    expect((await repo.git("ls-files", "-s", ".env")).startsWith("120000 ")).toBe(true);
    const { code, report } = await scan();
    expect(code).toBe(1);
    expect(found(report)).toEqual(["env-file .env:null"]);
    expect(report.summary.filesScanned).toBe(2);
  });

  test("a secret written as a link's target text is committed, so it is found (line 1)", async () => {
    repo = await TempRepo.create();
    link(`tokens/${fakeSecrets.githubPat()}`, "current-token");
    await repo.add();
    const { code, report } = await scan();
    expect(code).toBe(1);
    expect(found(report)).toEqual(["github-pat current-token:1"]);
  });

  test("a link pointing at a key file is not a key file: only the path text is committed", async () => {
    repo = await TempRepo.create();
    link("../../.ssh/id_rsa", "deploy/key-link");
    await repo.add();
    const { code, report } = await scan();
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
  });
});

describe("submodules: a gitlink records a commit id, not content", () => {
  async function withGitlinks(paths: string[]): Promise<string> {
    repo = await TempRepo.create();
    repo.write("README.md", "# app\n");
    await repo.add();
    await repo.commit("base");
    const sha = (await repo.git("rev-parse", "HEAD")).trim();
    for (const path of paths) await repo.git("update-index", "--add", "--cacheinfo", `160000,${sha},${path}`);
    repo.write(".gitmodules", paths.map((path) => `[submodule "${path}"]\n\tpath = ${path}\n\turl = ../lib.git\n`).join(""));
    await repo.add(".gitmodules");
    return sha;
  }

  test("an added submodule is no crash and no finding, even at a path named like a forbidden file", async () => {
    await withGitlinks(["vendor/lib", ".env", "keys/id_rsa"]);
    const { code, report } = await scan();
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    // The three gitlinks and .gitmodules, whose text is scanned like any file.
    expect(report.summary.filesScanned).toBe(4);
    expect(report.summary.bytesScanned).toBeGreaterThan(0);
  });

  test("a submodule moved to another commit is scanned as a change with no content", async () => {
    await withGitlinks(["vendor/lib"]);
    await repo.commit("add submodule");
    repo.write("CHANGELOG.md", "- bump\n");
    await repo.add("CHANGELOG.md");
    await repo.commit("another commit to point at");
    const next = (await repo.git("rev-parse", "HEAD")).trim();
    await repo.git("update-index", "--cacheinfo", `160000,${next},vendor/lib`);
    const { code, report } = await scan();
    expect(code).toBe(0);
    expect(report.summary).toEqual(expect.objectContaining({ filesScanned: 1, bytesScanned: 0 }));
  });

  test("a secret in .gitmodules itself (a URL with a password) is found", async () => {
    await withGitlinks(["vendor/lib"]);
    repo.write(".gitmodules", `[submodule "vendor/lib"]\n\tpath = vendor/lib\n\turl = https://ci:${fakeSecrets.databasePassword()}@git.example.invalid/lib.git\n`);
    await repo.add(".gitmodules");
    const { code, report } = await scan();
    expect(code).toBe(1);
    expect(found(report)).toEqual(["url-with-password .gitmodules:3"]);
  });
});

describe("mode-only changes", () => {
  test("chmod +x of a file holding an old secret adds no line, so nothing is re-flagged", async () => {
    repo = await TempRepo.create();
    repo.write("deploy.sh", `#!/bin/sh\nTOKEN=${fakeSecrets.githubPat()}\n`);
    await repo.add();
    await repo.commit();
    await repo.git("update-index", "--chmod=+x", "deploy.sh");
    expect(await repo.git("diff", "--cached", "--raw")).toContain(":100644 100755");
    const { code, report } = await scan();
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.summary).toEqual(expect.objectContaining({ filesScanned: 1, bytesScanned: 0 }));
  });

  test("a mode change on a tracked forbidden file flags it, saying it is already in history", async () => {
    repo = await TempRepo.create();
    repo.write(".env", "A=1\n");
    await repo.add();
    await repo.commit();
    await repo.git("update-index", "--chmod=+x", ".env");
    const { code, report } = await scan();
    expect(code).toBe(1);
    expect(found(report)).toEqual(["env-file .env:null"]);
    expect(report.findings[0]!.message).toContain("already tracked");
  });
});

test("case-only renames: forbidden names match in any case, and a moved old secret is not new", async () => {
  repo = await TempRepo.create();
  repo.write("secret.txt", `old ${fakeSecrets.githubPat()}\n`).write("keys/id_rsa", "x\n").write(".env", "A=1\n");
  await repo.add();
  await repo.commit();
  await repo.git("mv", "secret.txt", "SECRET.txt");
  await repo.git("mv", "keys/id_rsa", "keys/ID_RSA");
  await repo.git("mv", ".env", ".ENV");
  expect(await repo.git("diff", "--cached", "--name-status", "-M")).toContain("R100\tsecret.txt\tSECRET.txt");
  const { code, report } = await scan();
  expect(code).toBe(1);
  // macOS and Windows treat .ENV as .env, so the name rules ignore case; the renamed text adds no line.
  expect(found(report).sort()).toEqual(["env-file .ENV:null", "ssh-private-key-file keys/ID_RSA:null"]);
});

test("empty files: an empty .env is still forbidden (its name is the risk), any other empty file is fine", async () => {
  repo = await TempRepo.create();
  repo.write(".env", "").write("empty.txt", "").write("src/.gitkeep", "");
  await repo.add();
  const { code, report } = await scan();
  expect(code).toBe(1);
  expect(found(report)).toEqual(["env-file .env:null"]);
  expect(report.summary).toEqual(expect.objectContaining({ filesScanned: 3, bytesScanned: 0 }));
});

test("Git LFS pointer files (a sha256 oid in hex) are not taken for high-entropy secrets", async () => {
  repo = await TempRepo.create();
  const pointer = () => `version https://git-lfs.github.com/spec/v1\noid sha256:${randomBytes(32).toString("hex")}\nsize ${1 + randomBytes(3).readUIntBE(0, 3)}\n`;
  repo.write(".gitattributes", "*.bin filter=lfs diff=lfs merge=lfs -text\n*.onnx filter=lfs diff=lfs merge=lfs -text\n");
  for (const name of ["models/encoder.onnx", "data/api-keys.bin", "assets/secret-token-table.bin", "config/credentials.bin"]) repo.write(name, pointer());
  await repo.add();
  const { code, report } = await scan();
  expect(code).toBe(0);
  expect(report.findings).toEqual([]);
  expect(report.summary.filesScanned).toBe(5);
});

describe("files over the per-file limit are checked by name and scanned up to the limit, never skipped silently", () => {
  const LIMIT = 64 * 1024;
  const filler = `${"a".repeat(1023)}\n`.repeat(100); // 100 KiB

  function setLimit(): void {
    writeFileSync(join(repo.dir, ".stageguardrc.json"), JSON.stringify({ maxFileSize: LIMIT }));
  }

  test("a huge .env and id_rsa are still flagged, and the JSON notices name each cut file", async () => {
    repo = await TempRepo.create();
    setLimit();
    repo.write(".env", `TOKEN=${fakeSecrets.githubPat()}\n${filler}`).write("id_rsa", filler).write("big.log", `${filler}late ${fakeSecrets.githubPat()}\n`);
    await repo.add(".env", "id_rsa", "big.log");
    const { code, report } = await scan();
    expect(code).toBe(1);
    expect(found(report)).toEqual(["env-file .env:null", "github-pat .env:1", "ssh-private-key-file id_rsa:null"]);
    expect(report.notices.map((notice) => notice.file).sort()).toEqual([".env", "big.log", "id_rsa"]);
    for (const notice of report.notices) expect(notice.message).toMatch(/^only partly scanned: 0\.1 MiB is over the per-file limit/);
  });

  test("the human report (what the hook prints) shows the notice too", async () => {
    repo = await TempRepo.create();
    setLimit();
    repo.write("big.log", filler);
    await repo.add("big.log");
    const result = await runBuiltCli(["scan", "staged"], repo.dir);
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).toContain("note: big.log: only partly scanned: 0.1 MiB is over the per-file limit");
  });

  test("a text file .gitattributes calls binary is read from its blob up to the limit, with a notice", async () => {
    repo = await TempRepo.create();
    setLimit();
    repo.write(".gitattributes", "*.cfg binary\n").write("app.cfg", `token=${fakeSecrets.githubPat()}\n${filler}token=${fakeSecrets.githubPat()}\n`);
    await repo.add(".gitattributes", "app.cfg");
    const { code, report } = await scan();
    expect(code).toBe(1);
    expect(found(report)).toEqual(["github-pat app.cfg:1"]);
    expect(report.notices).toEqual([{ file: "app.cfg", message: expect.stringMatching(/^only partly scanned: 0\.1 MiB is over/) }]);
  });
});
