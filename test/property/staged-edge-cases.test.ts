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
