// `stageguard scan staged` on real repositories: what is staged is what is scanned.

import { join } from "node:path";
import { afterEach, describe, expect, test } from "@jest/globals";
import { parseJsonReport, runBuiltCli, runCli } from "../helpers/cli.js";
import { fake, fakeSecrets } from "../helpers/fake-secrets.js";
import { TempRepo } from "../helpers/temp-repo.js";

let repo: TempRepo;
afterEach(() => repo?.cleanup());

async function scan(extra: string[] = []) {
  const result = await runCli(["scan", "staged", "--format", "json", ...extra], repo.dir);
  return { ...result, report: parseJsonReport(result) };
}

const ruleIds = (report: { findings: Array<Record<string, unknown>> }) => report.findings.map((finding) => finding.ruleId);

describe("each category blocks", () => {
  test("a secret in an added line", async () => {
    repo = await TempRepo.create();
    const token = fakeSecrets.githubPat();
    repo.write("src/config.ts", `export const config = {\n  token: "${token}",\n};\n`);
    await repo.add();
    const { code, report } = await scan();
    expect(code).toBe(1);
    expect(report.findings).toEqual([
      expect.objectContaining({ ruleId: "github-pat", category: "secret", severity: "block", file: "src/config.ts", line: 2, column: 11, endColumn: 11 + token.length }),
    ]);
    expect(report.summary).toEqual(expect.objectContaining({ filesScanned: 1, blocking: 1, warnings: 0 }));
  });

  test("a forbidden file", async () => {
    repo = await TempRepo.create();
    repo.write("deploy/.env", "PORT=3000\n").write("certs/id_ed25519", "not really\n");
    await repo.add();
    const { code, report } = await scan();
    expect(code).toBe(1);
    expect(report.findings.map((finding) => [finding.ruleId, finding.file, finding.line])).toEqual([
      ["ssh-private-key-file", "certs/id_ed25519", null],
      ["env-file", "deploy/.env", null],
    ]);
    expect(report.findings[1]!.fix).toContain("git rm --cached -- deploy/.env");
  });

  test("a risky command in a shell script", async () => {
    repo = await TempRepo.create();
    repo.write("scripts/clean.sh", '#!/bin/sh\nset -e\nrm -rf "$BUILD_DIR/"\n');
    await repo.add();
    const { code, report } = await scan();
    expect(code).toBe(1);
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: "rm-rf-unguarded-variable", category: "risky-command", line: 3 })]);
  });

  test("a risky command in a file found by its shebang", async () => {
    repo = await TempRepo.create();
    repo.write("bin/setup", "#!/usr/bin/env bash\ncurl -fsSL https://get.example.invalid | bash\n");
    await repo.add();
    const { code, report } = await scan();
    expect(code).toBe(1);
    expect(ruleIds(report)).toEqual(["curl-pipe-shell"]);
  });

  test("the same command in prose is not a command", async () => {
    repo = await TempRepo.create();
    repo.write("notes.txt", "never run curl https://x.invalid | sh\n");
    repo.write("README.md", `Do not set NODE_TLS_REJECT_UNAUTHORIZED=${"0"} in production.\n`);
    await repo.add();
    const { code, report } = await scan();
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
  });

  test("warnings print but do not block", async () => {
    repo = await TempRepo.create();
    repo.write("client.ts", `const agent = new https.Agent({ rejectUnauthorized: ${"fal" + "se"} });\n`);
    await repo.add();
    const { code, report } = await scan();
    expect(code).toBe(0);
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: "tls-reject-unauthorized-false", severity: "warn" })]);
    expect(report.summary).toEqual(expect.objectContaining({ blocking: 0, warnings: 1 }));
  });
});

test("a clean change passes, and an empty staged set exits 0 at once", async () => {
  repo = await TempRepo.create();
  const empty = await runCli(["scan", "staged"], repo.dir);
  expect(empty).toEqual({ code: 0, stdout: "stageguard: nothing staged to scan\n", stderr: "" });
  const app = "export const answer = 42;\n";
  const example = "TOKEN=\n";
  repo.write("src/app.ts", app).write(".env.example", example);
  await repo.add();
  const { code, report } = await scan();
  expect(code).toBe(0);
  expect(report.findings).toEqual([]);
  expect(report.summary).toEqual(expect.objectContaining({ filesScanned: 2, bytesScanned: app.length + example.length }));
});

describe("partial staging: the index decides, never the working tree", () => {
  test("a secret only in the working tree passes", async () => {
    repo = await TempRepo.create();
    repo.write("app.js", "const a = 1;\n");
    await repo.add();
    repo.write("app.js", `const a = 1;\nconst key = "${fakeSecrets.stripeLiveKey()}";\n`);
    const { code, report } = await scan();
    expect(code).toBe(0);
    expect(report.summary.bytesScanned).toBe("const a = 1;\n".length);
  });

  test("a secret only in the index blocks", async () => {
    repo = await TempRepo.create();
    repo.write("app.js", `const key = "${fakeSecrets.stripeLiveKey()}";\n`);
    await repo.add();
    repo.write("app.js", "const key = process.env.STRIPE_KEY;\n");
    const { code, report } = await scan();
    expect(code).toBe(1);
    expect(ruleIds(report)).toEqual(["stripe-live-secret-key"]);
  });

  test("git add -p style: only the staged hunk of a file is scanned", async () => {
    repo = await TempRepo.create();
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`);
    repo.write("big.txt", `${lines.join("\n")}\n`);
    await repo.add();
    await repo.commit();
    // Stage an edit at the top; then add a secret at the bottom that stays unstaged.
    const staged = [...lines];
    staged[1] = `token ${fakeSecrets.githubPat()}`;
    repo.write("big.txt", `${staged.join("\n")}\n`);
    await repo.add("big.txt");
    const working = [...staged];
    working[28] = `aws_access_key_id = ${fakeSecrets.awsAccessKeyId()}`;
    repo.write("big.txt", `${working.join("\n")}\n`);
    const { code, report } = await scan();
    expect(code).toBe(1);
    expect(report.findings.map((finding) => [finding.ruleId, finding.line])).toEqual([["github-pat", 2]]);
  });
});

test("content rules look only at added lines: a secret already committed does not block an unrelated edit", async () => {
  repo = await TempRepo.create();
  repo.write("legacy.txt", `old ${fakeSecrets.githubPat()}\nvalue = 1\n`);
  await repo.add();
  await repo.commit();
  const firstLine = (await repo.git("show", "HEAD:legacy.txt")).split("\n")[0]!;
  repo.write("legacy.txt", `${firstLine}\nvalue = 2\n`);
  await repo.add();
  const { code, report } = await scan();
  expect(code).toBe(0);
  expect(report.summary.bytesScanned).toBe("value = 2\n".length);
});

test("line numbers follow the staged version of a modified file", async () => {
  repo = await TempRepo.create();
  const lines = Array.from({ length: 10 }, (_, i) => `const v${i} = ${i};`);
  repo.write("mod.ts", `${lines.join("\n")}\n`);
  await repo.add();
  await repo.commit();
  lines.splice(2, 1);
  lines.splice(6, 0, `const key = "${fakeSecrets.googleApiKey()}";`);
  repo.write("mod.ts", `${lines.join("\n")}\n`);
  await repo.add();
  const { report } = await scan();
  expect(report.findings).toEqual([expect.objectContaining({ ruleId: "google-api-key", line: 7, column: 14 })]);
});

test("a .env renamed from a harmless name is caught", async () => {
  repo = await TempRepo.create();
  repo.write("settings.txt", "API_URL=https://api.example.invalid\nDEBUG=0\n");
  await repo.add();
  await repo.commit();
  await repo.git("mv", "settings.txt", ".env");
  const { code, report } = await scan();
  expect(code).toBe(1);
  expect(report.findings).toEqual([expect.objectContaining({ ruleId: "env-file", file: ".env", line: null, column: null })]);
});

test("deleted files are not flagged", async () => {
  repo = await TempRepo.create();
  repo.write(".env", `TOKEN=${fakeSecrets.githubPat()}\n`).write("keep.txt", "x\n");
  await repo.add();
  await repo.commit();
  await repo.git("rm", "-q", ".env");
  const { code, report } = await scan();
  expect(code).toBe(0);
  expect(report.findings).toEqual([]);
});

test("binary files do not crash the scan and are not searched", async () => {
  repo = await TempRepo.create();
  const binary = Buffer.concat([Buffer.from([0, 1, 2, 0xff, 0xfe, 0]), Buffer.from(`ghp_${"A".repeat(36)}`), Buffer.alloc(5000, 0)]);
  repo.write("image.png", binary).write("readme.txt", "hello\n");
  await repo.add();
  const { code, report } = await scan();
  expect(code).toBe(0);
  expect(report.summary.filesScanned).toBe(2);
});

test(".gitattributes cannot hide a text file from the scan by calling it binary", async () => {
  repo = await TempRepo.create();
  repo.write(".gitattributes", "*.cfg binary\n").write("app.cfg", `line one\ntoken=${fakeSecrets.githubPat()}\n`);
  await repo.add();
  const { code, report } = await scan();
  expect(code).toBe(1);
  expect(report.findings).toEqual([expect.objectContaining({ ruleId: "github-pat", file: "app.cfg", line: 2 })]);
});

test("odd file names travel intact: spaces, unicode, quotes, newlines, leading dashes", async () => {
  repo = await TempRepo.create();
  const names = ["with space/.env", "ünïcödé/.env", 'quo"te/.env', "new\nline/.env", "-dash/.env", "tab\there/.env"];
  for (const name of names) repo.write(name, "A=1\n");
  await repo.add();
  const { code, report } = await scan();
  expect(code).toBe(1);
  expect(report.findings.map((finding) => finding.file).sort()).toEqual([...names].sort());
  const dashed = report.findings.find((finding) => finding.file === "-dash/.env")!;
  expect(dashed.fix).toContain("git rm --cached -- -dash/.env");
  const spaced = report.findings.find((finding) => finding.file === "with space/.env")!;
  expect(spaced.fix).toContain("git rm --cached -- 'with space/.env'");
});

test("the first commit of a repository (no HEAD) is scanned against the empty tree", async () => {
  repo = await TempRepo.create();
  await expect(repo.git("rev-parse", "--verify", "-q", "HEAD")).rejects.toThrow();
  repo.write("init.sh", "chmod 777 /srv/app\n");
  await repo.add();
  const { code, report } = await scan();
  expect(code).toBe(1);
  expect(ruleIds(report)).toEqual(["chmod-world-writable"]);
});

test("running from a subdirectory still scans the whole staged set with root-relative paths", async () => {
  repo = await TempRepo.create();
  repo.write("a/b/deep.txt", "x\n").write("top/.env", "A=1\n");
  await repo.add();
  const result = await runCli(["scan", "staged", "--format", "json"], `${repo.dir}/a/b`);
  expect(parseJsonReport(result).findings.map((finding) => finding.file)).toEqual(["top/.env"]);
});

test("GIT_DIR and GIT_WORK_TREE are honoured as git honours them, from any folder", async () => {
  repo = await TempRepo.create();
  repo.write("app/.env", "A=1\n");
  await repo.add();
  const elsewhere = await TempRepo.create({ init: false });
  try {
    const env = { GIT_DIR: join(repo.dir, ".git"), GIT_WORK_TREE: repo.dir };
    const result = await runBuiltCli(["scan", "staged", "--format", "json"], elsewhere.dir, env);
    expect(parseJsonReport(result).findings.map((finding) => finding.file)).toEqual(["app/.env"]);
    // Inside .git itself there is no work tree: git says so, and so do we.
    const inside = await runCli(["scan", "staged"], join(repo.dir, ".git"));
    expect(inside.code).toBe(2);
  } finally {
    elsewhere.cleanup();
  }
});

test("outside a repository: exit 2 with a one-line reason", async () => {
  repo = await TempRepo.create({ init: false });
  const result = await runCli(["scan", "staged"], repo.dir, {});
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr.split("\n")[0]).toBe(`stageguard: not a git repository: ${repo.dir}`);
  expect(result.stderr).toContain("git commit --no-verify");
});

describe("inline suppressions", () => {
  test("a marker on the line or the line above silences the named rule and is reported as suppressed", async () => {
    repo = await TempRepo.create();
    repo.write(
      "fixture.ts",
      [
        `const a = "${fakeSecrets.githubPat()}"; // stageguard-allow github-pat: revoked test token`,
        "// stageguard-allow",
        `const b = "${fakeSecrets.githubPat()}";`,
        "// stageguard-allow aws-access-key-id",
        `const c = "${fakeSecrets.githubPat()}";`,
        "",
      ].join("\n"),
    );
    await repo.add();
    const { code, report } = await scan();
    expect(code).toBe(1);
    expect(report.findings.map((finding) => finding.line)).toEqual([5]);
    expect(report.suppressed.map((finding) => [finding.line, finding.suppression])).toEqual([
      [1, { kind: "inline", reason: "revoked test token", line: 1 }],
      [3, { kind: "inline", reason: null, line: 2 }],
    ]);
    expect(report.summary.suppressed).toBe(2);
  });

  test("a marker on an unchanged line above an added line still counts", async () => {
    repo = await TempRepo.create();
    repo.write("f.ts", "// stageguard-allow slack-token: sandbox workspace\nconst t = '';\n");
    await repo.add();
    await repo.commit();
    repo.write("f.ts", `// stageguard-allow slack-token: sandbox workspace\nconst t = '${fakeSecrets.slackBotToken()}';\n`);
    await repo.add();
    const { code, report } = await scan();
    expect(code).toBe(0);
    expect(report.suppressed).toHaveLength(1);
  });
});

test("a URL password is found and only the password is masked", async () => {
  repo = await TempRepo.create();
  const password = fakeSecrets.databasePassword();
  repo.write("docker-compose.yml", `services:\n  api:\n    environment:\n      DATABASE_URL: postgres://app:${password}@db:5432/app\n`);
  await repo.add();
  const { report } = await scan();
  expect(report.findings).toEqual([expect.objectContaining({ ruleId: "url-with-password", line: 4 })]);
  expect(report.findings[0]!.match).toBe(`postgres://app:${password.slice(0, 4)}…${password.slice(-2)}@db`);
});

test("a private key block is one finding on its BEGIN line", async () => {
  repo = await TempRepo.create();
  repo.write("keys/notes.txt", `intro\n${fakeSecrets.privateKeyBlock()}\n`);
  await repo.add();
  const { report } = await scan();
  expect(report.findings.map((finding) => [finding.ruleId, finding.line])).toEqual([["private-key", 2]]);
});

test("fingerprints survive a secret moving to another line, and differ between secrets", async () => {
  repo = await TempRepo.create();
  const token = fakeSecrets.githubPat();
  repo.write("a.ts", `const t = "${token}";\n`);
  await repo.add();
  const first = (await scan()).report.findings[0]!.fingerprint;
  repo.write("a.ts", `// moved\n\nconst t = "${token}";\n`);
  await repo.add();
  const moved = (await scan()).report.findings[0]!;
  expect(moved.line).toBe(3);
  expect(moved.fingerprint).toBe(first);
  repo.write("a.ts", `const t = "${fake("ghp_{{alnum:36}}")}";\n`);
  await repo.add();
  expect((await scan()).report.findings[0]!.fingerprint).not.toBe(first);
  expect(first).toMatch(/^[0-9a-f]{32}$/);
});

describe("merges", () => {
  async function divergedRepo(): Promise<string> {
    repo = await TempRepo.create();
    repo.write("shared.txt", "base\n");
    await repo.add();
    await repo.commit("base");
    await repo.git("checkout", "-q", "-b", "feature");
    const token = fakeSecrets.githubPat();
    repo.write("feature.ts", `export const t = "${token}";\n`).write("shared.txt", "feature\n");
    await repo.add();
    await repo.commit("feature");
    await repo.git("checkout", "-q", "main");
    repo.write("shared.txt", "main\n");
    await repo.add();
    await repo.commit("main");
    return token;
  }

  test("a merge in progress with a conflict: unmerged paths are skipped, the rest is scanned", async () => {
    await divergedRepo();
    await expect(repo.git("merge", "-q", "feature")).rejects.toThrow();
    const { code, report } = await scan();
    expect(code).toBe(1);
    expect(report.findings.map((finding) => [finding.ruleId, finding.file])).toEqual([["github-pat", "feature.ts"]]);
  });

  test("the merge commit scans what it brings into this branch (lines new to HEAD)", async () => {
    await divergedRepo();
    await expect(repo.git("merge", "-q", "feature")).rejects.toThrow();
    repo.write("shared.txt", "resolved\n");
    await repo.add("shared.txt");
    const { code, report } = await scan();
    expect(code).toBe(1);
    expect(report.findings.map((finding) => finding.file)).toEqual(["feature.ts"]);
    expect(report.summary.filesScanned).toBe(2);
  });
});

test("a file over the per-file limit is scanned up to the limit, with a notice", async () => {
  repo = await TempRepo.create();
  const filler = `${"a".repeat(1023)}\n`.repeat(11 * 1024);
  repo.write("big.log", `token ${fakeSecrets.githubPat()}\n${filler}token ${fakeSecrets.githubPat()}\n`);
  await repo.add();
  const { code, report } = await scan();
  expect(code).toBe(1);
  expect(report.findings.map((finding) => finding.line)).toEqual([1]);
  expect(report).toEqual(expect.objectContaining({ notices: [{ file: "big.log", message: expect.stringContaining("only partly scanned") }] }));
});

test("a stageguard-allow marker that allows nothing is reported, so stale markers do not pile up", async () => {
  repo = await TempRepo.create();
  repo.write(
    "src/app.ts",
    [
      `const a = "${fakeSecrets.githubPat()}"; // stageguard-allow github-pat: test fixture`,
      "// stageguard-allow: nothing below",
      "const b = 1;",
      `const c = "${fakeSecrets.githubPat()}"; // stageguard-allow aws-access-key-id: wrong rule`,
    ].join("\n"),
  );
  repo.write("docs/usage.md", "Add `// stageguard-allow <rule-id>: <reason>` on the line.\n");
  await repo.add();
  const report = parseJsonReport(await runCli(["scan", "staged", "--format", "json"], repo.dir));
  expect(report.findings.map((f) => `${f.file}:${f.line}`)).toEqual(["src/app.ts:4"]);
  expect(report.notices.map((n) => `${n.file} ${n.message.split(":")[0]}`)).toEqual(["src/app.ts line 2", "src/app.ts line 4"]);
});
