// A scan reads the shipped rules from the build's bundle only while patterns/ is what the bundle
// was built from (src/rules/load.ts): an edited pack is read, never ignored. When each pack file
// keeps the size and time the build saw, its bytes are not even read; otherwise they are checked
// against the build's checksums, so a same-size edit is caught and a mere touch is not a change.

import { afterEach, beforeAll, expect, test } from "@jest/globals";
import { execa } from "execa";
import { readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gitEnv } from "../helpers/git-env.js";
import { packageCopy as copyOfPackage } from "../helpers/package-copy.js";
import { TempRepo } from "../helpers/temp-repo.js";

let pkg: TempRepo;
let repo: TempRepo;

const packageCopy = () => copyOfPackage("stageguard-bundle-");

/** The message of the env-file finding a scan with the package copy reports. */
async function envFileMessage(): Promise<string> {
  const result = await execa(process.execPath, [join(pkg.dir, "dist", "cli", "stageguard.cjs"), "scan", "staged", "--format", "json"], { cwd: repo.dir, env: gitEnv(), extendEnv: false, reject: false });
  expect(result.exitCode).toBe(1);
  const findings = (JSON.parse(result.stdout) as { findings: Array<{ ruleId: string; message: string }> }).findings;
  return findings.find((finding) => finding.ruleId === "env-file")!.message;
}

const packFile = () => join(pkg.dir, "patterns", "files.json");
const SHIPPED = "Environment files hold the real secrets";

beforeAll(async () => {
  repo = await TempRepo.create();
  repo.write(".env", "A=1\n");
  await repo.add();
});

afterEach(() => pkg?.cleanup());

test("patterns/ as built: the bundle's rules", async () => {
  pkg = await packageCopy();
  expect(await envFileMessage()).toContain(SHIPPED);
});

test("an edited pack is read instead of the bundle", async () => {
  pkg = await packageCopy();
  writeFileSync(packFile(), readFileSync(packFile(), "utf8").replace(SHIPPED, "Edited: environment files hold secrets"));
  expect(await envFileMessage()).toContain("Edited: environment files hold secrets");
});

test("an edit that keeps the file's size is caught by the checksums", async () => {
  pkg = await packageCopy();
  const edited = SHIPPED.replace("Environment", "ENVIRONMENT");
  const before = readFileSync(packFile());
  writeFileSync(packFile(), before.toString("utf8").replace(SHIPPED, edited));
  expect(statSync(packFile()).size).toBe(before.length);
  expect(await envFileMessage()).toContain(edited);
});

test("a pack touched but unchanged (as npm's fixed install times leave it) still uses the bundle's rules", async () => {
  pkg = await packageCopy();
  // npm gives every installed file the same fixed time (1985-10-26); the bytes decide.
  const npmTime = new Date("1985-10-26T08:15:00Z");
  utimesSync(packFile(), npmTime, npmTime);
  expect(await envFileMessage()).toContain(SHIPPED);
});
