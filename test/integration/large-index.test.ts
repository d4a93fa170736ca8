// A very large index through the real hook: 50,000 staged files (one shared blob, written with
// `git update-index --index-info`, so set-up costs well under a second) and one forbidden file
// among them. The commit must be stopped for that one file, within a bounded wall time and
// peak memory of the hook's node process (read from inside it through NODE_OPTIONS).

import { afterEach, expect, test } from "@jest/globals";
import { execa } from "execa";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gitEnv } from "../helpers/git-env.js";
import { PROJECT_ROOT, TempRepo } from "../helpers/temp-repo.js";

const FILES = 50_000;
/** Budgets with room for a slow CI machine: measured ~3 s and ~120-165 MB on a 2-core box. */
const WALL_BUDGET_MS = 60_000;
const RSS_BUDGET_KB = 200 * 1024;

let repo: TempRepo;
let probeDir: TempRepo;
afterEach(() => {
  repo?.cleanup();
  probeDir?.cleanup();
});

test(
  `${FILES} staged files: the one forbidden file among them blocks, within time and memory budgets`,
  async () => {
    repo = await TempRepo.create();
    await repo.git("config", "core.hooksPath", join(PROJECT_ROOT, "hooks"));
    const env = gitEnv();
    const blob = (await execa("git", ["hash-object", "-w", "--stdin"], { cwd: repo.dir, env, extendEnv: false, input: "export const x = 1;\n" })).stdout.trim();
    const envBlob = (await execa("git", ["hash-object", "-w", "--stdin"], { cwd: repo.dir, env, extendEnv: false, input: "PORT=1\n" })).stdout.trim();
    let info = "";
    for (let i = 0; i < FILES; i++) info += `100644 ${blob}\tsrc/d${i % 100}/f${i}.ts\n`;
    info += `100644 ${envBlob}\tsrc/d42/.env\n`;
    await execa("git", ["update-index", "--index-info"], { cwd: repo.dir, env, extendEnv: false, input: info });

    // Peak RSS and CPU time of the hook's node process, written by the process itself as it exits.
    probeDir = await TempRepo.create({ init: false, prefix: "stageguard-probe-" });
    const usageFile = join(probeDir.dir, "usage.json");
    const probe = join(probeDir.dir, "probe.cjs");
    writeFileSync(probe, `process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(usageFile)}, JSON.stringify(process.resourceUsage())));\n`);
    const commit = async () => {
      rmSync(usageFile, { force: true });
      const started = performance.now();
      const result = await execa("git", ["commit", "-q", "-m", "big"], { cwd: repo.dir, env: { ...env, NODE_OPTIONS: `--require ${probe}` }, extendEnv: false, reject: false, stdin: "ignore" });
      const usage = JSON.parse(readFileSync(usageFile, "utf8")) as NodeJS.ResourceUsage;
      const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
      return { code: result.exitCode, output: `${result.stdout}\n${result.stderr}`, ms: Math.round(performance.now() - started), cpuMs, rssKb: usage.maxRSS };
    };
    const blocked = await commit();
    expect(blocked.code).toBe(1);
    expect(blocked.output).toContain("src/d42/.env");
    expect(blocked.output).toContain(`${FILES + 1} files`);
    expect(blocked.ms).toBeLessThan(WALL_BUDGET_MS);
    expect(blocked.rssKb).toBeLessThan(RSS_BUDGET_KB);

    await repo.git("rm", "-q", "--cached", "src/d42/.env");
    const clean = await commit();
    expect(clean.code).toBe(0);
    expect(clean.ms).toBeLessThan(WALL_BUDGET_MS);
    expect(clean.rssKb).toBeLessThan(RSS_BUDGET_KB);
    expect((await repo.git("ls-files")).split("\n").length - 1).toBe(FILES);
    if (process.env.STAGEGUARD_PRINT_TIMINGS) console.log(JSON.stringify({ blocked: { ...blocked, output: undefined }, clean: { ...clean, output: undefined } }));
  },
  180_000,
);
