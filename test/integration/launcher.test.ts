// The `stageguard` executable runs the CLI bundle through V8's code cache (src/cli/launcher.cjs).
// A cache is an optimisation only: with one, without one, with a stale, damaged or unwritable
// one, the CLI gives the same answers, and a missing cache is written once, atomically.

import { afterEach, beforeAll, expect, test } from "@jest/globals";
import { execa } from "execa";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fakeSecrets } from "../helpers/fake-secrets.js";
import { gitEnv } from "../helpers/git-env.js";
import { packageCopy as copyOfPackage } from "../helpers/package-copy.js";
import { TempRepo } from "../helpers/temp-repo.js";

let pkg: TempRepo;
let repo: TempRepo;
let secret: string;

/** A copy of the built package, so these tests can remove and damage its cache freely. */
const packageCopy = () => copyOfPackage("stageguard-launcher-");

const cliDir = () => join(pkg.dir, "dist", "cli");
const caches = () => readdirSync(cliDir()).filter((name) => name.startsWith(".stageguard-main."));
const cacheFile = () => join(cliDir(), `.stageguard-main.${process.version}-${process.arch}.cache`);

async function scan(env: NodeJS.ProcessEnv = {}) {
  const result = await execa(process.execPath, [join(cliDir(), "stageguard.cjs"), "scan", "staged", "--format", "json"], { cwd: repo.dir, env: gitEnv(env), extendEnv: false, reject: false });
  return { code: result.exitCode, findings: (JSON.parse(result.stdout) as { findings: Array<{ ruleId: string; line: number }> }).findings.map((f) => `${f.ruleId}:${f.line}`) };
}

beforeAll(async () => {
  repo = await TempRepo.create();
  secret = fakeSecrets.githubPat();
  repo.write("app.ts", `export const token = "${secret}";\n`).write(".env", "A=1\n");
  await repo.add();
});

afterEach(() => pkg?.cleanup());

test("the build ships a cache for this node, made from the bundle as built", async () => {
  pkg = await packageCopy();
  const bytes = readFileSync(cacheFile());
  const stamp = bytes.subarray(0, bytes.indexOf(10)).toString();
  const main = readFileSync(join(cliDir(), "stageguard-main.cjs"));
  expect(stamp.split(":")[0]).toBe(String(main.length));
  expect(bytes.length).toBeGreaterThan(50_000);
});

test("without a cache, a run answers the same and writes one; the next run reads it", async () => {
  pkg = await packageCopy();
  const cached = await scan();
  expect(cached).toEqual({ code: 1, findings: expect.arrayContaining(["github-pat:1"]) });
  const before = readFileSync(cacheFile());
  for (const name of caches()) writeFileSync(join(cliDir(), name), ""); // an empty file: no stamp
  expect(await scan()).toEqual(cached);
  const written = readFileSync(cacheFile());
  expect(written.length).toBeGreaterThan(50_000);
  expect(written.subarray(0, written.indexOf(10))).toEqual(before.subarray(0, before.indexOf(10)));
  expect(caches()).toEqual([`.stageguard-main.${process.version}-${process.arch}.cache`]); // no temporary left
  expect(await scan()).toEqual(cached);
});

test("a damaged cache is rejected by V8, the run answers the same, and the cache is rewritten", async () => {
  pkg = await packageCopy();
  const expected = await scan();
  const bytes = readFileSync(cacheFile());
  const stampEnd = bytes.indexOf(10) + 1;
  // Keep the stamp (so the launcher offers it to V8), garble what V8 reads.
  writeFileSync(cacheFile(), Buffer.concat([bytes.subarray(0, stampEnd), Buffer.alloc(bytes.length - stampEnd, 0x5a)]));
  expect(await scan()).toEqual(expected);
  expect(readFileSync(cacheFile())).not.toEqual(Buffer.concat([bytes.subarray(0, stampEnd), Buffer.alloc(bytes.length - stampEnd, 0x5a)]));
  expect(await scan()).toEqual(expected);
});

test("a cache made for another build of the bundle is not used", async () => {
  pkg = await packageCopy();
  const expected = await scan();
  const bytes = readFileSync(cacheFile());
  writeFileSync(cacheFile(), Buffer.concat([Buffer.from("1:2\n"), bytes.subarray(bytes.indexOf(10) + 1)]));
  expect(await scan()).toEqual(expected);
  expect(readFileSync(cacheFile()).subarray(0, 4).toString()).not.toBe("1:2\n");
});

test("when the cache cannot be written, the run answers the same and leaves no temporary file", async () => {
  pkg = await packageCopy();
  const expected = await scan();
  // A folder where the cache would go makes the final rename fail, as a read-only install would
  // (a chmod cannot stop the root user these tests may run as).
  rmSync(cacheFile());
  mkdirSync(join(cacheFile(), "occupied"), { recursive: true });
  expect(await scan()).toEqual(expected);
  expect(caches()).toEqual([`.stageguard-main.${process.version}-${process.arch}.cache`]);
  expect(statSync(cacheFile()).isDirectory()).toBe(true);
});

test("STAGEGUARD_NO_CODE_CACHE=1 neither reads nor writes a cache", async () => {
  pkg = await packageCopy();
  for (const name of caches()) writeFileSync(join(cliDir(), name), "");
  const result = await scan({ STAGEGUARD_NO_CODE_CACHE: "1" });
  expect(result).toEqual({ code: 1, findings: expect.arrayContaining(["github-pat:1"]) });
  expect(readFileSync(cacheFile()).length).toBe(0);
});
