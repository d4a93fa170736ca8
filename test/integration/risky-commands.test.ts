// Risky commands where shell actually lives, staged for real: each context reports the command's
// own line, Markdown only warns, comments and already-committed lines stay quiet.

import { afterEach, expect, test } from "@jest/globals";
import { parseJsonReport, runCli } from "../helpers/cli.js";
import { TempRepo } from "../helpers/temp-repo.js";

let repo: TempRepo;
afterEach(() => repo?.cleanup());

async function stagedFindings(files: Record<string, string>): Promise<{ code: number; found: string[] }> {
  repo = await TempRepo.create();
  for (const [path, text] of Object.entries(files)) repo.write(path, text);
  await repo.add();
  const result = await runCli(["scan", "staged", "--format", "json"], repo.dir);
  const report = parseJsonReport(result);
  return { code: result.code, found: report.findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.severity}`) };
}

test("package.json scripts", async () => {
  const pkg = JSON.stringify({ name: "x", version: "1.0.0", description: "rm -rf / is a bad idea", scripts: { build: "tsc", clean: "sudo rm -fr -- /", lint: "eslint ." } }, null, 2);
  const { code, found } = await stagedFindings({ "package.json": `${pkg}\n` });
  expect(code).toBe(1);
  expect(found).toEqual(["package.json:7 rm-rf-dangerous-target block"]);
});

test("a multi-line GitHub Actions run: block and a GitLab script: list", async () => {
  const workflow = [
    "name: ci",
    "on: push",
    "jobs:",
    "  build:",
    "    runs-on: ubuntu-latest",
    "    steps:",
    "      - uses: actions/checkout@v4",
    "      - name: install",
    "        run: |",
    "          echo start",
    "          curl -fsSL https://get.example.invalid/install \\",
    "            | sudo bash",
    "      - run: npm test",
  ].join("\n");
  const gitlab = ["test:", "  script:", "    - npm ci", '    - "chmod -R 777 ./public"', "  after_script:", "    - echo done"].join("\n");
  const { code, found } = await stagedFindings({ ".github/workflows/ci.yml": `${workflow}\n`, ".gitlab-ci.yml": `${gitlab}\n` });
  expect(code).toBe(1);
  expect(found).toEqual([".github/workflows/ci.yml:11 curl-pipe-shell block", ".gitlab-ci.yml:4 chmod-world-writable block"]);
});

test("Dockerfile RUN with continuations, exec form and heredoc", async () => {
  const dockerfile = [
    "FROM debian:12",
    "# RUN rm -rf / would be bad",
    "RUN apt-get update \\",
    "    # a comment inside the continuation",
    "    && curl -sSL https://x.example.invalid/setup.sh | sh",
    'RUN ["sh", "-c", "chmod 777 /app"]',
    "RUN <<EOF",
    "set -e",
    "wget --no-check-certificate https://x.example.invalid/a.tgz",
    "EOF",
    "ENV PATH=/app/bin:$PATH",
  ].join("\n");
  const { found } = await stagedFindings({ Dockerfile: `${dockerfile}\n` });
  expect(found).toEqual(["Dockerfile:3 curl-pipe-shell block", "Dockerfile:6 chmod-world-writable block", "Dockerfile:9 wget-no-check-certificate block"]);
});

test("Makefile recipes, Jenkinsfile sh steps and a hook file", async () => {
  const makefile = ["BUILD ?= build", "clean:", "\t@echo cleaning", "\t-sudo rm -rf $$HOME/*", "", "rm -rf /: # a target name, not a command"].join("\n");
  const jenkinsfile = ["pipeline {", "  stages {", "    stage('deploy') {", "      steps {", "        sh '''", "          set -e", "          curl -k https://internal.invalid/api", "        '''", "      }", "    }", "  }", "}"].join("\n");
  const hook = ["#!/bin/sh", "git reset --hard HEAD", "npm test"].join("\n");
  const { found } = await stagedFindings({ Makefile: `${makefile}\n`, Jenkinsfile: `${jenkinsfile}\n`, ".husky/pre-commit": `${hook}\n` });
  expect(found).toEqual([".husky/pre-commit:2 git-reset-hard-in-hook warn", "Jenkinsfile:7 curl-insecure block", "Makefile:4 rm-rf-dangerous-target block"]);
});

test("a shell fence in Markdown warns and never blocks; other fences and prose are ignored", async () => {
  const readme = [
    "# Install",
    "Never run rm -rf / in prose.",
    "```bash",
    "curl -fsSL https://get.example.invalid | sh",
    "```",
    "```console",
    "$ sudo chmod 777 /var/run/docker.sock",
    "permission denied",
    "```",
    "```python",
    "os.system('rm -rf /')",
    "```",
  ].join("\n");
  const { code, found } = await stagedFindings({ "README.md": `${readme}\n` });
  expect(code).toBe(0);
  expect(found).toEqual(["README.md:4 curl-pipe-shell warn", "README.md:7 chmod-world-writable warn"]);
});

test("only added commands count: a risky line already committed is not reported again", async () => {
  repo = await TempRepo.create();
  repo.write("deploy.sh", "#!/bin/sh\nset -e\nchmod 777 /srv/app\necho one\n");
  await repo.add();
  await repo.commit();
  repo.write("deploy.sh", "#!/bin/sh\nset -e\nchmod 777 /srv/app\necho one\necho two\n");
  await repo.add();
  const clean = parseJsonReport(await runCli(["scan", "staged", "--format", "json"], repo.dir));
  expect(clean.findings).toEqual([]);
  repo.write("deploy.sh", "#!/bin/sh\nset -e\nchmod 777 /srv/app\necho one\necho two\n# rm -rf /\nrm -rf \"$OUT/\"\n");
  await repo.add();
  const risky = parseJsonReport(await runCli(["scan", "staged", "--format", "json"], repo.dir));
  expect(risky.findings.map((f) => `${f.line} ${f.ruleId}`)).toEqual(["7 rm-rf-unguarded-variable"]);
});

test("a script without extension is read through its shebang", async () => {
  const { found } = await stagedFindings({ "bin/setup": "#!/usr/bin/env bash\nbash <(curl -s https://x.example.invalid/i)\n" });
  expect(found).toEqual(["bin/setup:2 shell-exec-remote-script block"]);
});

test("a variable the script guarantees non-empty on an earlier line is guarded; later guards do not count", async () => {
  const script = [
    "#!/bin/sh",
    'rm -rf "$EARLY/"',
    "APP_ROOT=/srv/app",
    ': "${STAGE:?set STAGE}"',
    'rm -rf "$APP_ROOT/"',
    'rm -rf "$STAGE"/*',
    'rm -rf "${EARLY:?}/cache"',
    "OUT=$1",
    'rm -rf "$OUT/"',
  ].join("\n");
  const makefile = ["BUILD ?= build", "clean:", "\trm -rf $(BUILD)/", "\trm -rf $(UNSET_DIR)/"].join("\n");
  const { found } = await stagedFindings({ "clean.sh": `${script}\n`, Makefile: `${makefile}\n` });
  expect(found).toEqual(["Makefile:4 rm-rf-unguarded-variable block", "clean.sh:2 rm-rf-unguarded-variable block", "clean.sh:9 rm-rf-unguarded-variable block"]);
});

test("heredocs: a shell reading one runs its body, cat writing one does not", async () => {
  const script = ["#!/bin/sh", "ssh deploy@host sh <<'EOF'", "chmod 777 /srv/app", "EOF", 'cat <<"EOF" > notes.txt', "rm -rf /", "EOF"].join("\n");
  const dockerfile = ["FROM alpine:3.20", "RUN bash <<'BASH'", "set -e", "curl -fsSL https://x.example.invalid/i.sh | sh", "BASH"].join("\n");
  const { found } = await stagedFindings({ "remote.sh": `${script}\n`, Dockerfile: `${dockerfile}\n` });
  expect(found).toEqual(["Dockerfile:4 curl-pipe-shell block", "remote.sh:3 chmod-world-writable block"]);
});
