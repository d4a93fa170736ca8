// Fixed cases of the staged-collection properties that are too big (or too specific) to draw at
// random: a 100,000-line file, a 10 MB single line, NUL bytes past git's binary sniff, names at
// the OS length limits, a name that is not UTF-8, and files saved with a byte-order mark.

import { afterEach, expect, test } from "@jest/globals";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { collectStaged } from "../../src/git/staged.js";
import type { StagedFile } from "../../src/types.js";
import { parseJsonReport, runCli } from "../helpers/cli.js";
import { expandTemplate, seededRandom } from "../../src/rules/example-template.js";
import { TempRepo } from "../helpers/temp-repo.js";

// Secret-shaped values are generated at run time from fixed seeds: the same values every run, so a
// value a rule's allow-list happens to accept cannot make a test flaky.
const random = seededRandom("staged-edge-cases");
const fake = (template: string) => expandTemplate(template, random);
const githubPat = () => fake("ghp_{{alnum:36}}");

let repo: TempRepo;
afterEach(() => repo?.cleanup());

async function scan(args: string[] = ["scan", "staged"]) {
  const result = await runCli([...args, "--format", "json"], repo.dir);
  return { ...result, report: parseJsonReport(result) };
}

async function collect(): Promise<StagedFile[]> {
  const files: StagedFile[] = [];
  for await (const file of collectStaged(repo.dir, { maxBytesPerFile: 10 * 1024 * 1024 })) files.push(file);
  return files;
}

const where = (findings: Array<Record<string, unknown>>, ruleId: string) => findings.filter((finding) => finding.ruleId === ruleId).map((finding) => [finding.file, finding.line, finding.column]);

/** Lines that hold nothing a rule looks for, distinct so a diff cannot line them up by accident. */
const filler = (count: number, from = 0) => Array.from({ length: count }, (_, index) => `line ${from + index} of filler, nothing to see`);

test("a 100,000-line file: the token's line number, added and then modified in the middle", async () => {
  repo = await TempRepo.create();
  const token = githubPat();
  const lines = filler(100_000);
  lines[77_776] = `token = "${token}"`;
  repo.write("big.txt", lines.join("\n") + "\n");
  await repo.add();
  let { report } = await scan();
  expect(where(report.findings, "github-pat")).toEqual([["big.txt", 77_777, 10]]);

  lines[77_776] = "line 77776 of filler, nothing to see";
  await repo.add();
  await repo.commit();
  // Two lines out at the top, one in at 50,000: the token at what is now line 99,998.
  const second = githubPat();
  const edited = [...lines.slice(2, 50_000), `token = "${second}"`, ...lines.slice(50_000)];
  edited.splice(99_997, 0, `other = "${token}"`);
  repo.write("big.txt", edited.join("\r\n") + "\r\n");
  await repo.add();
  ({ report } = await scan());
  expect(where(report.findings, "github-pat")).toEqual([
    ["big.txt", 49_999, 10],
    ["big.txt", 99_998, 10],
  ]);
}, 60_000);

test("a 10 MB single line (no final newline) is scanned whole; the next file's lines keep their numbers", async () => {
  repo = await TempRepo.create();
  const token = githubPat();
  const long = `${"a".repeat(10_000_000)} ${token}`;
  repo.write("one-line.min.txt", long);
  repo.write("after.txt", `x\ntoken = "${githubPat()}"\n`);
  await repo.add();
  const { report, stdout } = await scan();
  expect(where(report.findings, "github-pat")).toEqual([
    ["after.txt", 2, 10],
    ["one-line.min.txt", 1, 10_000_002],
  ]);
  expect(stdout.includes(token)).toBe(false);
}, 60_000);

test("NUL bytes past git's 8000-byte sniff: git diffs the file as text, and lines after the NUL keep their numbers", async () => {
  repo = await TempRepo.create();
  const body = Buffer.concat([Buffer.from(filler(400).join("\n") + "\n"), Buffer.from("a\0b\n"), Buffer.from(`token = "${githubPat()}"\n`)]);
  expect(body.indexOf(0)).toBeGreaterThan(8000);
  repo.write("late-nul.txt", body);
  repo.write("early-nul.bin", Buffer.concat([Buffer.from("\0"), Buffer.from(`token = "${githubPat()}"\n`)]));
  await repo.add();
  // Files git calls binary are read again from the blob, after the others.
  const files = (await collect()).sort((a, b) => a.path.localeCompare(b.path));
  expect(files.map((file) => [file.path, file.isBinary, file.addedLines.length])).toEqual([
    ["early-nul.bin", true, 0],
    ["late-nul.txt", false, 402],
  ]);
  expect(files[1]!.addedLines[400]).toEqual({ line: 401, text: "a\0b" });
  const { report } = await scan();
  expect(where(report.findings, "github-pat")).toEqual([["late-nul.txt", 402, 10]]);
});

test("names at the length limits: a 255-byte component (multi-byte characters), and a path near PATH_MAX", async () => {
  repo = await TempRepo.create();
  const longest = `${"é".repeat(126)}.tx`;
  expect(Buffer.byteLength(longest)).toBe(255);
  // 15 folders of 250 bytes: the path from the root is ~3.8 kB, the absolute one under 4096.
  const deep = [...Array.from({ length: 15 }, (_, index) => `${String(index).padStart(2, "0")}${"d".repeat(248)}`), "leaf.txt"].join("/");
  expect(Buffer.byteLength(join(repo.dir, deep))).toBeLessThan(4096);
  expect(Buffer.byteLength(join(repo.dir, deep))).toBeGreaterThan(3800);
  for (const path of [longest, deep]) repo.write(path, `token = "${githubPat()}"\n`);
  await repo.add();
  const names = (await repo.git("diff", "--cached", "--name-only", "-z")).split("\0").filter(Boolean).sort();
  expect(names).toEqual([deep, longest].sort());
  const { report } = await scan();
  expect(where(report.findings, "github-pat").sort()).toEqual([
    [deep, 1, 10],
    [longest, 1, 10],
  ].sort());
});

test("a name that is not UTF-8: seen, scanned, and reported with git's bytes decoded (U+FFFD for the bad ones)", async () => {
  repo = await TempRepo.create();
  const name = Buffer.concat([Buffer.from("bad-"), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(".txt")]);
  writeFileSync(Buffer.concat([Buffer.from(repo.dir + "/"), name]), `token = "${githubPat()}"\n`);
  await repo.git("add", "-A");
  const decoded = name.toString("utf8");
  expect(decoded).toContain("\ufffd");
  expect((await collect()).map((file) => file.path)).toEqual([decoded]);
  const { report } = await scan();
  expect(where(report.findings, "github-pat")).toEqual([[decoded, 1, 10]]);
});

// Regressions: git prints a byte-order mark as part of line 1 of the diff, so before the BOM
// was dropped a staged file saved with one (Notepad, Visual Studio) hid line-1-anchored rules.
const BOM = "\ufeff";

test("a BOM does not hide what is on line 1 of a staged file (regression)", async () => {
  repo = await TempRepo.create();
  repo.write(".pgpass", `${BOM}db.internal:5432:app:app_rw:${fake("{{alnum:20}}")}\n`);
  repo.write("k8s/secret.yaml", `${BOM}kind: Secret\ndata:\n  api-token: ${fake("{{base64:40}}")}\n`);
  repo.write("keys/id.ppk", `${BOM}PuTTY-User-Key-File-3: ssh-ed25519\r\nEncryption: none\r\n`);
  repo.write("notes.txt", `${BOM}token = "${githubPat()}"\n`);
  await repo.add();
  const { report } = await scan();
  const found = report.findings.filter((finding) => finding.line !== null).map((finding) => [finding.ruleId, finding.file, finding.line, finding.column]);
  expect(found).toEqual(
    expect.arrayContaining([
      ["pgpass-password", ".pgpass", 1, 29],
      ["kubernetes-secret-data", "k8s/secret.yaml", 3, 14],
      ["putty-private-key", "keys/id.ppk", 1, 1],
      // Columns count from the first character after the mark, as in `scan files`.
      ["github-pat", "notes.txt", 1, 10],
    ]),
  );
  expect((await collect()).find((file) => file.path === ".pgpass")!.addedLines[0]!.text.startsWith(BOM)).toBe(false);
  // The same files through `scan files`: the same findings.
  const files = await scan(["scan", "files", ".pgpass", "k8s/secret.yaml", "keys/id.ppk", "notes.txt"]);
  expect(files.report.findings.filter((finding) => finding.line !== null).map((finding) => [finding.ruleId, finding.file, finding.line, finding.column])).toEqual(expect.arrayContaining(found));
});

test("a BOM does not hide a content-aware file rule's `^kind: Config` on line 1, staged (added, modified) or in the working tree (regression)", async () => {
  repo = await TempRepo.create();
  const kubeconfig = (token: string) => `${BOM}kind: Config\nusers:\n- name: ci\n  user:\n    token: ${token}\n`;
  repo.write("ci/kubeconfig.yaml", kubeconfig(fake("{{alnum:40}}")));
  await repo.add();
  const added = await scan();
  expect(added.report.findings.map((finding) => finding.ruleId)).toContain("kubeconfig-with-credentials");
  await repo.commit();
  repo.write("ci/kubeconfig.yaml", kubeconfig(fake("{{alnum:40}}")));
  await repo.add();
  // A modified file's whole text is read from the blob.
  const modified = await scan();
  expect(modified.report.findings.map((finding) => finding.ruleId)).toContain("kubeconfig-with-credentials");
  const files = await scan(["scan", "files", "ci/kubeconfig.yaml"]);
  expect(files.report.findings.map((finding) => finding.ruleId)).toContain("kubeconfig-with-credentials");
});
