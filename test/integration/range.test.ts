// `scan range` and the pre-push hook on real commits and a real (local, bare) remote: findings
// belong to the commit that added them, merges are not double-counted but what a merge wrote
// itself (a conflict resolution) is scanned, a push sends exactly the commits the remote does
// not have, and a secret committed with --no-verify cannot be pushed.

import { afterEach, expect, test } from "@jest/globals";
import { execa } from "execa";
import { join } from "node:path";
import { parseJsonReport, runCli } from "../helpers/cli.js";
import { collectMergeChanges } from "../../src/git/merge-changes.js";
import { commitsIn } from "../../src/git/range.js";
import { fakeSecrets, revealsSecret } from "../helpers/fake-secrets.js";
import { gitEnv } from "../helpers/git-env.js";
import { PROJECT_ROOT, TempRepo } from "../helpers/temp-repo.js";

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

async function newRepo(options: { init?: boolean } = {}): Promise<TempRepo> {
  const repo = await TempRepo.create(options);
  repos.push(repo);
  return repo;
}

async function sha(repo: TempRepo, rev: string): Promise<string> {
  return (await repo.git("rev-parse", rev)).trim();
}

test("scan range reports what each commit added, tagged with that commit; merges count once", async () => {
  const repo = await newRepo();
  repo.write("README.md", "# app\n");
  await repo.add();
  await repo.commit("base");
  const base = await sha(repo, "HEAD");
  repo.write("src/a.ts", `export const token = "${fakeSecrets.githubPat()}";\n`);
  await repo.add();
  await repo.commit("add a");
  const addA = await sha(repo, "HEAD");
  await repo.git("checkout", "-q", "-b", "feature");
  repo.write(".env", "API=1\n");
  await repo.add();
  await repo.commit("add env");
  const addEnv = await sha(repo, "HEAD");
  await repo.git("checkout", "-q", "main");
  repo.write("docs/notes.md", "notes\n");
  await repo.add();
  await repo.commit("notes");
  await repo.git("merge", "-q", "--no-ff", "-m", "merge feature", "feature");

  const result = await runCli(["scan", "range", "--format", "json", `${base}..HEAD`], repo.dir);
  expect(result.code).toBe(1);
  const findings = parseJsonReport(result).findings.map((f) => `${f.ruleId} ${f.file} ${String(f.commit).slice(0, 12)}`);
  expect(findings.sort()).toEqual([`env-file .env ${addEnv.slice(0, 12)}`, `github-pat src/a.ts ${addA.slice(0, 12)}`].sort());
  const human = await runCli(["scan", "range", `${base}..HEAD`], repo.dir);
  expect(human.stdout).toContain(`src/a.ts  (commit ${addA.slice(0, 12)})`);
  expect(human.stdout).toContain("blocking problems found: 2 blocking");
});

test("the root commit is compared with the empty tree; an empty or clean range passes; a bad range is an error", async () => {
  const repo = await newRepo();
  repo.write("id_rsa", "key\n");
  await repo.add();
  await repo.commit("root");
  const whole = parseJsonReport(await runCli(["scan", "range", "--format", "json", "HEAD"], repo.dir));
  expect(whole.findings.map((f) => f.ruleId)).toEqual(["ssh-private-key-file"]);
  const empty = await runCli(["scan", "range", "HEAD..HEAD"], repo.dir);
  expect(empty.code).toBe(0);
  expect(empty.stdout).toBe("stageguard: no new commits to scan\n");
  const bad = await runCli(["scan", "range", "nope..HEAD"], repo.dir);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain("stageguard: cannot list the commits of nope..HEAD");
  const missing = await runCli(["scan", "range"], repo.dir);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('"scan range" needs a range');
});

/** `rule file short-sha` for every finding of `scan range <range>`. */
async function rangeFindings(repo: TempRepo, range: string): Promise<string[]> {
  const result = await runCli(["scan", "range", "--format", "json", range], repo.dir);
  expect(result.code).toBeLessThan(2);
  return parseJsonReport(result)
    .findings.map((f) => `${f.ruleId} ${f.file} ${String(f.commit).slice(0, 12)}`)
    .sort();
}

/**
 * base ─ main (main.ts with a secret; shared.txt "main" + kept line) ─ merge
 *      └ feature (feature.ts with a secret, .env; shared.txt "feature" + a secret line) ┘
 * The merge stops on shared.txt; the caller resolves it and commits with --no-verify.
 */
async function conflictedMerge(): Promise<{ repo: TempRepo; base: string; onFeature: string; onMain: string }> {
  const repo = await newRepo();
  repo.write("shared.txt", "top\nbase\n");
  await repo.add();
  await repo.commit("base");
  const base = await sha(repo, "HEAD");
  await repo.git("checkout", "-q", "-b", "feature");
  repo.write("feature.ts", `export const t = "${fakeSecrets.githubPat()}";\n`);
  repo.write(".env", "A=1\n");
  repo.write("shared.txt", `top\nfeature token ${fakeSecrets.githubPat()}\n`);
  await repo.add();
  await repo.commit("feature");
  const onFeature = await sha(repo, "HEAD");
  await repo.git("checkout", "-q", "main");
  repo.write("main.ts", `export const t = "${fakeSecrets.githubPat()}";\n`);
  repo.write("shared.txt", "top\nmain\n");
  await repo.add();
  await repo.commit("main");
  const onMain = await sha(repo, "HEAD");
  await expect(repo.git("merge", "-q", "feature")).rejects.toThrow(/CONFLICT|exit code/);
  return { repo, base, onFeature, onMain };
}

test("a merge's conflict resolution is scanned: its own secret and forbidden file carry the merge's sha; what the branches brought is reported once", async () => {
  const { repo, base, onFeature, onMain } = await conflictedMerge();
  const fromFeature = (await repo.git("show", "feature:shared.txt")).split("\n")[1]!;
  const resolution = fakeSecrets.githubPat();
  // Both sides kept (the feature's secret line among them), plus a line of the resolution's own.
  repo.write("shared.txt", `top\nmain\n${fromFeature}\nresolved token ${resolution}\n`);
  repo.write("deploy/.env", "B=2\n");
  await repo.add();
  await repo.git("commit", "-q", "--no-verify", "--no-edit");
  const merge = (await sha(repo, "HEAD")).slice(0, 12);
  const [f, m] = [onFeature.slice(0, 12), onMain.slice(0, 12)];

  expect(await rangeFindings(repo, `${base}..HEAD`)).toEqual(
    [`github-pat feature.ts ${f}`, `github-pat shared.txt ${f}`, `env-file .env ${f}`, `github-pat main.ts ${m}`, `github-pat shared.txt ${merge}`, `env-file deploy/.env ${merge}`].sort(),
  );
  // The merge alone (and the feature commit it brings): the resolution's line is line 4.
  const json = parseJsonReport(await runCli(["scan", "range", "--format", "json", "HEAD~1..HEAD"], repo.dir));
  const own = json.findings.filter((finding) => String(finding.commit).startsWith(merge));
  expect(own.map((finding) => `${finding.ruleId} ${finding.file}:${finding.line ?? "-"}`).sort()).toEqual(["env-file deploy/.env:-", "github-pat shared.txt:4"]);
  const human = await runCli(["scan", "range", "HEAD~1..HEAD"], repo.dir);
  expect(human.code).toBe(1);
  expect(human.stdout).toContain(`shared.txt  (commit ${merge})`);
  expect(revealsSecret(human.stdout, resolution)).toBe(false);
});

test("a resolution that only picks the sides reports nothing for the merge itself", async () => {
  const { repo, base, onFeature, onMain } = await conflictedMerge();
  const fromFeature = (await repo.git("show", "feature:shared.txt")).split("\n")[1]!;
  repo.write("shared.txt", `top\n${fromFeature}\nmain\n`);
  await repo.add();
  await repo.git("commit", "-q", "--no-verify", "--no-edit");
  const [f, m] = [onFeature.slice(0, 12), onMain.slice(0, 12)];
  expect(await rangeFindings(repo, `${base}..HEAD`)).toEqual([`env-file .env ${f}`, `github-pat feature.ts ${f}`, `github-pat main.ts ${m}`, `github-pat shared.txt ${f}`].sort());
});

test("clean merges and an octopus merge report nothing of their own; an octopus merge's own secret is found", async () => {
  const repo = await newRepo();
  repo.write("README.md", "# app\n");
  await repo.add();
  await repo.commit("base");
  const base = await sha(repo, "HEAD");
  const tips: Record<string, string> = {};
  for (const branch of ["one", "two", "three"]) {
    await repo.git("checkout", "-q", "-b", branch, base);
    repo.write(`${branch}.ts`, `export const ${branch} = "${fakeSecrets.githubPat()}";\n`);
    await repo.add();
    await repo.commit(branch);
    tips[branch] = (await sha(repo, "HEAD")).slice(0, 12);
  }
  await repo.git("checkout", "-q", "main");
  repo.write("docs/notes.md", "notes\n");
  await repo.add();
  await repo.commit("notes");
  await repo.git("merge", "-q", "--no-ff", "-m", "merge one", "one");
  await repo.git("merge", "-q", "-m", "octopus", "two", "three");
  expect((await repo.git("rev-list", "--parents", "-n", "1", "HEAD")).trim().split(" ")).toHaveLength(4);
  const expected = ["one", "two", "three"].map((branch) => `github-pat ${branch}.ts ${tips[branch]}`).sort();
  expect(await rangeFindings(repo, `${base}..HEAD`)).toEqual(expected);

  // An octopus merge that writes a line of its own.
  await repo.git("reset", "-q", "--hard", "HEAD~1");
  await repo.git("merge", "-q", "--no-commit", "two", "three");
  repo.write("docs/notes.md", `notes\ntoken ${fakeSecrets.githubPat()}\n`);
  await repo.add();
  await repo.git("commit", "-q", "--no-verify", "-m", "evil octopus");
  const octopus = (await sha(repo, "HEAD")).slice(0, 12);
  expect(await rangeFindings(repo, `${base}..HEAD`)).toEqual([...expected, `github-pat docs/notes.md ${octopus}`].sort());
});

test("a secret that follows a rename into the merge stays with the commit that added it", async () => {
  const repo = await newRepo();
  const lines = Array.from({ length: 30 }, (_, i) => `const v${i} = ${i};`);
  repo.write("old.ts", `${lines.join("\n")}\n`);
  await repo.add();
  await repo.commit("base");
  const base = await sha(repo, "HEAD");
  await repo.git("checkout", "-q", "-b", "feature");
  await repo.git("mv", "old.ts", "new.ts");
  await repo.commit("rename");
  await repo.git("checkout", "-q", "main");
  repo.write("old.ts", `${lines.join("\n")}\nconst token = "${fakeSecrets.githubPat()}";\n`);
  await repo.add();
  await repo.commit("secret on main");
  const onMain = (await sha(repo, "HEAD")).slice(0, 12);
  await repo.git("merge", "-q", "--no-ff", "-m", "merge feature", "feature");
  expect(await repo.git("show", "HEAD:new.ts")).toContain("const token");
  // Relative to main, new.ts is old.ts renamed: the line is not the merge's, whichever files git is asked about.
  expect(await rangeFindings(repo, `${base}..HEAD`)).toEqual([`github-pat old.ts ${onMain}`]);
});

test("a merge's diffs limited to the paths changed relative to every parent give what the whole diffs give", async () => {
  const { repo } = await conflictedMerge();
  repo.write("shared.txt", `top\nmain\nresolved token ${fakeSecrets.githubPat()}\n`);
  repo.write("deploy/.env", "B=2\n");
  await repo.add();
  await repo.git("commit", "-q", "--no-verify", "--no-edit");
  const [merge] = await commitsIn(repo.dir, ["HEAD^!"]);
  const own = async (maxPathspecs: number) => {
    const out = [];
    for await (const file of collectMergeChanges(repo.dir, { maxBytesPerFile: 1 << 20 }, merge!, maxPathspecs)) out.push(`${file.status} ${file.path} ${file.addedLines.map((line) => line.line).join(",")}`);
    return out.sort();
  };
  const limited = await own(2000);
  expect(limited).toEqual(["added deploy/.env 1", "modified shared.txt 3"]);
  expect(await own(0)).toEqual(limited);
});

async function pushSetup(): Promise<{ repo: TempRepo; remote: TempRepo }> {
  const remote = await newRepo({ init: false });
  await remote.git("init", "-q", "--bare", "-b", "main");
  const repo = await newRepo();
  await repo.git("remote", "add", "origin", remote.dir);
  // The shipped hook folder, as `stageguard init --hooks-path` wires it.
  await repo.git("config", "core.hooksPath", join(PROJECT_ROOT, "hooks"));
  repo.write("README.md", "# app\n");
  await repo.add();
  await repo.commit("base");
  return { repo, remote };
}

async function push(repo: TempRepo, ...args: string[]): Promise<{ code: number; output: string }> {
  const result = await execa("git", ["push", ...args], { cwd: repo.dir, env: gitEnv(), extendEnv: false, reject: false, stdin: "ignore" });
  return { code: result.exitCode ?? -1, output: `${result.stdout}${result.stderr}` };
}

test("pre-push: a clean push passes; a secret committed with --no-verify cannot be pushed", async () => {
  const { repo } = await pushSetup();
  expect((await push(repo, "-u", "origin", "main")).code).toBe(0);
  const secret = fakeSecrets.githubPat();
  repo.write("config.js", `module.exports = { token: "${secret}" };\n`);
  await repo.add();
  await repo.commit("oops, --no-verify");
  repo.write("more.txt", "later work\n");
  await repo.add();
  await repo.commit("later");
  const blocked = await push(repo, "origin", "main");
  expect(blocked.code).not.toBe(0);
  expect(blocked.output).toContain("github-pat");
  expect(blocked.output).toContain("push blocked");
  expect(blocked.output).toContain("git push --no-verify");
  expect(blocked.output).not.toContain(secret);
  expect(await repo.git("ls-remote", "origin", "main")).not.toContain(await sha(repo, "HEAD"));
});

test("pre-push: a new branch sends only the commits the remote lacks; a deletion is not scanned; a force push scans what is new", async () => {
  const { repo } = await pushSetup();
  // History already on the remote holds a finding: pushing a new branch on top must not re-report it.
  repo.write(".env", "A=1\n");
  await repo.add();
  await repo.commit("old env, already public");
  expect((await push(repo, "--no-verify", "-u", "origin", "main")).code).toBe(0);
  await repo.git("checkout", "-q", "-b", "feature");
  repo.write("src/clean.ts", "export const x = 1;\n");
  await repo.add();
  await repo.commit("clean work");
  const clean = await push(repo, "-u", "origin", "feature");
  expect(clean.output).not.toContain("env-file");
  expect(clean.code).toBe(0);

  repo.write("src/key.ts", `const k = "${fakeSecrets.githubPat()}";\n`);
  await repo.add();
  await repo.git("commit", "-q", "--no-verify", "--amend", "-m", "rewritten");
  const forced = await push(repo, "--force", "origin", "feature");
  expect(forced.code).not.toBe(0);
  expect(forced.output).toContain("github-pat");

  const deletion = await push(repo, "origin", ":feature");
  expect(deletion.code).toBe(0);
});
