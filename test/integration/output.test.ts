// --output <file> (every format, written atomically, stdout quiet, exit code unchanged, a clear
// error when the path cannot be written) and --show-suppressed (what was suppressed, and why).

import { afterEach, expect, test } from "@jest/globals";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseJsonReport, runBuiltCli, runCli } from "../helpers/cli.js";
import { fakeSecrets, revealsSecret } from "../helpers/fake-secrets.js";
import { parseSarif, sarifSchemaErrors } from "../helpers/sarif.js";
import { TempRepo } from "../helpers/temp-repo.js";

/** Markers are assembled at run time: written out here, the project's own hook would call them stale. */
const ALLOW = ["stageguard", "allow"].join("-");

let repo: TempRepo;
afterEach(() => repo?.cleanup());

/** A repository with one staged secret, and a sub-folder to run from. */
async function repoWithSecret(): Promise<string> {
  repo = await TempRepo.create();
  repo.write("sub/readme.txt", "hello\n").write("src/a.ts", `export const t = "${fakeSecrets.githubPat()}";\n`);
  await repo.add();
  return join(repo.dir, "sub");
}

test("--output writes the report to a file relative to the cwd, in every format; stdout stays quiet; the exit code is the scan's", async () => {
  const sub = await repoWithSecret();
  // Colour asked for every way there is: a file still gets none.
  const human = await runBuiltCli(["scan", "staged", "--color", "--output", "report.txt"], sub, { NO_COLOR: undefined, FORCE_COLOR: "1" });
  expect(human).toEqual({ code: 1, stdout: "", stderr: "" });
  const text = readFileSync(join(sub, "report.txt"), "utf8");
  expect(text).toContain("1:19  block  GitHub personal access token (classic) [github-pat]");
  expect(text).toContain("✖ stageguard: commit blocked: 1 blocking");
  expect(text).not.toContain("\u001b[");

  writeFileSync(join(sub, "report.json"), "old content that must be replaced\n");
  const json = await runBuiltCli(["scan", "staged", "--format", "json", "--output", "report.json"], sub);
  expect(json).toEqual({ code: 1, stdout: "", stderr: "" });
  expect(parseJsonReport({ ...json, stdout: readFileSync(join(sub, "report.json"), "utf8") }).findings.map((f) => f.ruleId)).toEqual(["github-pat"]);

  const sarif = await runBuiltCli(["scan", "staged", "--format", "sarif", "--output", join("..", "report.sarif")], sub);
  expect(sarif).toEqual({ code: 1, stdout: "", stderr: "" });
  expect(sarifSchemaErrors(parseSarif(readFileSync(join(repo.dir, "report.sarif"), "utf8")))).toEqual([]);

  // Atomic writes leave no temporary files behind.
  expect(readdirSync(sub).sort()).toEqual(["readme.txt", "report.json", "report.txt"]);

  // A clean scan writes its one line to the file too, and still exits 0.
  await repo.git("rm", "-q", "--cached", "src/a.ts");
  const clean = await runCli(["scan", "staged", "--output", "clean.txt"], sub);
  expect(clean).toEqual({ code: 0, stdout: "", stderr: "" });
  expect(readFileSync(join(sub, "clean.txt"), "utf8")).toMatch(/^✔ stageguard: nothing blocking · 1 file/);
});

test("--output to a path that cannot be written: exit 2 with one clear line, nothing left behind", async () => {
  await repoWithSecret();
  const missing = await runCli(["scan", "staged", "--format", "sarif", "--output", "no/such/folder/r.sarif"], repo.dir);
  expect(missing.code).toBe(2);
  expect(missing.stdout).toBe("");
  const [reason, failClosed] = missing.stderr.split("\n");
  expect(reason).toBe("stageguard: cannot write the report to no/such/folder/r.sarif: no such folder");
  // scan staged is what the hook runs: the usual fail-closed line follows.
  expect(failClosed).toContain("The commit was stopped because the scan could not finish");

  mkdirSync(join(repo.dir, "reports"));
  const folder = await runCli(["scan", "files", "--output", "reports", "src"], repo.dir);
  expect(folder.code).toBe(2);
  expect(folder.stderr).toBe("stageguard: cannot write the report to reports: it is a folder\n");
  expect(readdirSync(join(repo.dir, "reports"))).toEqual([]);
  expect(readdirSync(repo.dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);

  const notAFolder = await runCli(["scan", "files", "--output", "src/a.ts/r.txt", "src"], repo.dir);
  expect(notAFolder.code).toBe(2);
  expect(notAFolder.stderr).toBe("stageguard: cannot write the report to src/a.ts/r.txt: a part of the path is not a folder\n");
});

test("--show-suppressed lists each suppressed finding and why; without it the summary says how to see them", async () => {
  repo = await TempRepo.create();
  repo.write(".env", "A=1\n");
  await repo.add();
  await repo.commit("legacy");
  await runCli(["baseline"], repo.dir);
  await repo.add();
  await repo.commit("baseline");
  const secret = fakeSecrets.githubPat();
  const other = fakeSecrets.githubPat();
  repo.write(".env", "A=2\n");
  repo.write("src/fixture.ts", `const sample = "${secret}"; // ${ALLOW} github-pat: test fixture\n// ${ALLOW}\nconst other = "${other}";\n`);
  await repo.add();

  const plain = await runCli(["scan", "staged"], repo.dir);
  expect(plain.code).toBe(0);
  expect(plain.stdout).toContain("✔ stageguard: nothing blocking (3 suppressed) · ");
  expect(plain.stdout).toMatch(/ms \(--show-suppressed to list them\)\n$/);
  expect(plain.stdout).not.toContain("Suppressed");
  expect(plain.stdout).not.toContain("test fixture");

  const shown = await runCli(["scan", "staged", "--show-suppressed"], repo.dir);
  expect(shown.code).toBe(0);
  const masked = parseJsonReport(await runCli(["scan", "staged", "--format", "json"], repo.dir)).suppressed.map((finding) => finding.match);
  expect(shown.stdout).toContain(
    [
      "Suppressed (3, not counted):",
      ".env",
      "  file  Environment file [env-file]",
      "        why: baseline (.stageguard-baseline.json)",
      "src/fixture.ts",
      `  1:17  GitHub personal access token (classic) [github-pat]  ${masked[1]}`,
      "        why: stageguard-allow on line 1: test fixture",
      `  3:16  GitHub personal access token (classic) [github-pat]  ${masked[2]}`,
      "        why: stageguard-allow on line 2 (no reason given)",
      "",
      "✔ stageguard: nothing blocking (3 suppressed) · ",
    ].join("\n"),
  );
  expect(shown.stdout).not.toContain("--show-suppressed to list them");
  expect(revealsSecret(shown.stdout, secret)).toBe(false);
  expect(revealsSecret(shown.stdout, other)).toBe(false);
});
