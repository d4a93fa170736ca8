#!/usr/bin/env node
// `npm run bench:quality`: detection quality of stageguard against gitleaks and secretlint.
//
// 1. The labeled corpus (test/corpus/, see its README) is expanded into a temporary folder
//    outside any git repository: generated values, markers stripped, labels recorded.
// 2. A real-world negative set (the published source of popular npm packages, pinned) is
//    installed once into bench/.cache/ (gitignored). Every finding there is a false positive.
// 3. Each tool scans both; findings are matched to labels by file and line.
//
// recall    = labeled secrets found / labeled secrets   (a label is found when the tool reports
//             its file on its line, or inside its block for multi-line keys; once per label)
// precision = found / (found + false-alarm lines)       (a false alarm is a reported file:line
//             that carries no label, counted once per line)
// FP/MB     = false-alarm lines on the real-world set per 1,000,000 bytes scanned
//
// 4. Risky commands and insecure code: a second labeled corpus (test/corpus-code/, see its
//    README) of files where shell and code live. Only stageguard is scored there (gitleaks and
//    secretlint do not look for these categories): a labeled line is found when stageguard
//    reports a risky-command or insecure-code finding (any severity) on it; any other line it
//    reports in those categories is a false alarm.
//
// Options: --seed <n> (default 20251123: runs are reproducible), --json, --skip-realworld,
//          --tools stageguard,gitleaks,secretlint, --keep (keep the temporary folder),
//          --max-list <n> (false alarms listed per tool and set in text output; default 60),
//          --timeout <min> (a tool run that takes longer is stopped and reported; default 30).
// No output ever shows more than the first 4 and last 2 characters of a value.

import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { makeExpander, materializeCorpus, redact } from "./corpus-lib.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const ALL_TOOLS = ["stageguard", "gitleaks", "secretlint"];
const TARGETS = { recall: 0.98, precision: 0.99, fpPer50MB: 1 };
const CODE_TARGETS = { recall: 0.95, precision: 0.97 };
const CODE_CATEGORIES = ["risky-command", "insecure-code"];

// Real-world negative set: exact versions; transitive dependencies resolved as the registry stood
// on REALWORLD_BEFORE, so every machine installs the same tree.
const REALWORLD_PACKAGES = [
  "typescript@5.7.2",
  "react@18.3.1",
  "react-dom@18.3.1",
  "lodash@4.17.21",
  "moment@2.30.1",
  "axios@1.7.9",
  "express@4.21.2",
  "webpack@5.97.1",
  "@babel/core@7.26.0",
  "eslint@9.17.0",
];
const REALWORLD_BEFORE = "2025-06-01";
// Real credentials that these published packages ship. Reporting them is right, so no tool is
// charged a false alarm for them (and none is credited either); the report says how many lines
// were set aside. Matched by path suffix and line.
const REALWORLD_REAL_SECRETS = [
  { suffix: "debug/.coveralls.yml", line: 1, why: "a Coveralls repo_token published in debug@2.x's tarball" },
];

const { values: options } = parseArgs({
  options: {
    seed: { type: "string", default: "20251123" },
    json: { type: "boolean", default: false },
    "skip-realworld": { type: "boolean", default: false },
    tools: { type: "string", default: ALL_TOOLS.join(",") },
    keep: { type: "boolean", default: false },
    "max-list": { type: "string", default: "60" },
    timeout: { type: "string", default: "30" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (options.help) {
  console.log("usage: node scripts/bench-quality.js [--seed <n>] [--json] [--skip-realworld] [--tools a,b] [--keep] [--max-list <n>] [--timeout <minutes per tool run, default 30>]");
  process.exit(0);
}
const tools = options.tools.split(",").map((t) => t.trim()).filter(Boolean);
for (const tool of tools) if (!ALL_TOOLS.includes(tool)) fail(`unknown tool "${tool}" (known: ${ALL_TOOLS.join(", ")})`);
const maxList = Number(options["max-list"]);
const log = (...args) => (options.json ? console.error(...args) : console.log(...args));

function fail(message) {
  console.error(`bench-quality: ${message}`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Corpus

const templateModule = join(root, "dist", "rules", "example-template.js");
if (!existsSync(templateModule)) fail("dist/ is missing: run `npm run build` first (npm run bench:quality does)");
const { expandTemplate, seededRandom } = await import(pathToFileURL(templateModule).href);

const work = mkdtempSync(join(tmpdir(), "stageguard-bench-"));
const corpusDir = join(work, "corpus");
mkdirSync(corpusDir);
if (spawnSync("git", ["-C", corpusDir, "rev-parse", "--is-inside-work-tree"], { env: cleanEnv(), encoding: "utf8" }).status === 0) {
  fail(`${corpusDir} is inside a git repository; set TMPDIR to a folder outside any repository`);
}
const corpus = materializeCorpus(join(root, "test", "corpus"), {
  expand: makeExpander(expandTemplate),
  seededRandom,
  seed: options.seed,
  outDir: corpusDir,
});
if (corpus.errors.length > 0) fail(`corpus errors:\n  ${corpus.errors.join("\n  ")}`);
const labelsByFile = new Map();
for (const label of corpus.positives) {
  if (!labelsByFile.has(label.file)) labelsByFile.set(label.file, []);
  labelsByFile.get(label.file).push(label);
}
const negativeLines = new Set(corpus.negatives.map((n) => `${n.file}:${n.line}`));

// Forbidden-file section: one file per case (test/corpus/forbidden-files.json), its own folder.
const filesDir = join(work, "files");
const fileCases = JSON.parse(readFileSync(join(root, "test", "corpus", "forbidden-files.json"), "utf8")).cases;
{
  const expandCase = makeExpander(expandTemplate);
  for (const c of fileCases) {
    const target = join(filesDir, ...c.path.split("/"));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, expandCase(c.content, seededRandom(`${options.seed}:${c.path}`)));
  }
}
const types = [...new Set(corpus.positives.map((p) => p.type))].sort();
log(
  `corpus: ${corpus.files.length} files, ${fmtBytes(corpus.bytes)}, ${corpus.positives.length} labeled secrets of ${types.length} types, ` +
    `${corpus.negatives.length} hard-negative lines (seed ${options.seed})`,
);

// Risky-command / insecure-code corpus (test/corpus-code/): its own folder, stageguard only.
const codeRoot = join(root, "test", "corpus-code");
const codeDir = join(work, "code");
const codeTypes = JSON.parse(readFileSync(join(codeRoot, "types.json"), "utf8")).types;
const codeCorpus = materializeCorpus(codeRoot, { expand: makeExpander(expandTemplate), seededRandom, seed: options.seed, outDir: codeDir });
{
  const problems = [...codeCorpus.errors];
  for (const label of codeCorpus.positives) {
    if (!label.whole) problems.push(`${label.stored}:${label.line}: use a line label ⟪!type⟫ here, not ⟪type|template⟫`);
    if (!codeTypes[label.type]) problems.push(`${label.stored}:${label.line}: type "${label.type}" is not declared in test/corpus-code/types.json`);
  }
  if (problems.length > 0) fail(`code corpus errors:\n  ${problems.join("\n  ")}`);
}
const codeLabelAt = new Map(codeCorpus.positives.map((label) => [`${label.file}:${label.line}`, { ...label, category: codeTypes[label.type].category }]));
const codeNegativeLines = new Set(codeCorpus.negatives.map((n) => `${n.file}:${n.line}`));
const codeTypeNames = [...new Set(codeCorpus.positives.map((p) => p.type))].sort();
const codeLines = new Map(codeCorpus.files.map((f) => [f.file, readFileSync(join(codeDir, ...f.file.split("/")), "utf8").split("\n")]));
log(
  `code corpus: ${codeCorpus.files.length} files, ${fmtBytes(codeCorpus.bytes)}, ${codeCorpus.positives.length} labeled lines of ${codeTypeNames.length} types (` +
    CODE_CATEGORIES.map((category) => {
      const labels = codeCorpus.positives.filter((p) => codeTypes[p.type].category === category);
      return `${category}: ${labels.length} of ${new Set(labels.map((p) => p.type)).size} types`;
    }).join(", ") +
    `), ${codeCorpus.negatives.length} hard-negative lines`,
);

// ---------------------------------------------------------------------------------------------
// Real-world negative set

let realworld = null;
if (!options["skip-realworld"]) realworld = ensureRealworld();

function ensureRealworld() {
  const key = createHash("sha256").update(JSON.stringify([REALWORLD_PACKAGES, REALWORLD_BEFORE])).digest("hex").slice(0, 12);
  const base = join(root, "bench", ".cache", `realworld-${key}`);
  const tree = join(base, "tree");
  const done = join(base, "DONE");
  if (!existsSync(done)) {
    log(`real-world set: installing ${REALWORLD_PACKAGES.length} pinned packages into ${relative(root, base)} (once)…`);
    rmSync(base, { recursive: true, force: true });
    mkdirSync(join(base, "install"), { recursive: true });
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const result = spawnSync(
      npm,
      ["install", "--prefix", join(base, "install"), "--no-save", "--ignore-scripts", "--no-audit", "--no-fund", "--no-package-lock", `--before=${REALWORLD_BEFORE}`, ...REALWORLD_PACKAGES],
      { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" },
    );
    if (result.status !== 0) fail(`npm install failed:\n${result.stderr}`);
    renameSync(join(base, "install", "node_modules"), tree);
    rmSync(join(base, "install"), { recursive: true, force: true });
    // Scanners skip folders named node_modules (stageguard while walking, gitleaks by its default
    // allowlist); the point here is to scan the packages' code, so nested ones are renamed. Links
    // (.bin) and npm's own bookkeeping are removed.
    normalizeTree(tree);
    writeFileSync(done, `${JSON.stringify({ packages: REALWORLD_PACKAGES, before: REALWORLD_BEFORE })}\n`);
  }
  let bytes = 0;
  let files = 0;
  walk(tree, (path, stat) => {
    files++;
    bytes += stat.size;
  });
  log(`real-world set: ${REALWORLD_PACKAGES.length} packages (+ dependencies), ${files} files, ${fmtBytes(bytes)} in ${relative(root, tree)}`);
  return { dir: tree, bytes, files };
}

function normalizeTree(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isSymbolicLink() || entry.name === ".package-lock.json") {
      rmSync(full, { recursive: true, force: true });
    } else if (entry.isDirectory()) {
      if (entry.name === ".bin") {
        rmSync(full, { recursive: true, force: true });
        continue;
      }
      let target = full;
      if (entry.name === "node_modules") {
        target = join(dir, "_node_modules");
        renameSync(full, target);
      }
      normalizeTree(target);
    }
  }
}

function walk(dir, visit) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else if (entry.isFile()) visit(full, lstatSync(full));
  }
}

// ---------------------------------------------------------------------------------------------
// Tools: each returns [{file (relative, forward slashes), line, endLine?, rule, value (redacted),
// secret? (raw, used only to pick among labels; never printed)}]

function cleanEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("GIT_")) env[k] = v;
  return { ...env, NO_COLOR: "1", FORCE_COLOR: "0", ...extra };
}

/** Runs a tool; one that takes longer than --timeout minutes is stopped and reported as such. */
function run(command, args, cwd) {
  const limitMs = Number(options.timeout) * 60_000;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: cleanEnv(), stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    const err = [];
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`timed out after ${options.timeout} min (--timeout)`));
    }, limitMs);
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
    });
  });
}

const toPosix = (p) => p.split(sep).join("/");

const runners = {
  async stageguard(dir) {
    const r = await run(process.execPath, [join(root, "dist", "cli", "stageguard.cjs"), "scan", "files", ".", "--format", "json"], dir);
    if (r.code !== 0 && r.code !== 1) throw new Error(`exit ${r.code}: ${r.stderr.slice(0, 500)}`);
    const report = JSON.parse(r.stdout);
    // stageguard reports paths from the repository root when the folder is inside one (the
    // real-world cache is), else from the folder itself.
    const top = spawnSync("git", ["rev-parse", "--show-toplevel"], { cwd: dir, env: cleanEnv(), encoding: "utf8" });
    const base = top.status === 0 ? top.stdout.trim() : dir;
    const fromDir = (file) => toPosix(relative(dir, join(base, file)));
    const ignored = report.findings.filter((f) => f.category !== "secret" || f.line == null).length;
    const findings = report.findings
      .filter((f) => f.category === "secret" && f.line != null)
      .map((f) => ({ file: fromDir(f.file), line: f.line, rule: f.ruleId, value: maskedOrRedact(f.match) }));
    const flaggedFiles = new Set(report.findings.map((f) => fromDir(f.file)));
    return { findings, flaggedFiles, notes: ignored ? [`${ignored} non-secret or file-name finding(s) not counted`] : [] };
  },
  async gitleaks(dir) {
    const out = join(work, `gitleaks-${Date.now()}.json`);
    const bin = join(root, "node_modules", "@0xts", "gitleaks-cli", "bin", "gitleaks");
    const r = await run(process.execPath, [bin, "dir", dir, "--no-banner", "--no-color", "--report-format", "json", "--report-path", out, "--exit-code", "0", "--log-level", "error"], dir);
    if (r.code !== 0 || !existsSync(out)) throw new Error(`exit ${r.code}: ${r.stderr.slice(0, 500)}`);
    const report = JSON.parse(readFileSync(out, "utf8"));
    rmSync(out, { force: true });
    return {
      findings: report.map((f) => ({
        file: toPosix(relative(dir, f.File)),
        line: f.StartLine,
        endLine: f.EndLine,
        rule: f.RuleID,
        value: redact(f.Secret),
        secret: f.Secret,
      })),
      notes: [],
    };
  },
  async secretlint(dir) {
    const config = join(work, ".secretlintrc.json");
    writeFileSync(config, JSON.stringify({ rules: [{ id: "@secretlint/secretlint-rule-preset-recommend" }] }));
    const out = join(work, `secretlint-${Date.now()}.json`);
    const bin = join(root, "node_modules", "secretlint", "bin", "secretlint.js");
    const r = await run(process.execPath, [bin, "**/*", "--secretlintrc", config, "--format", "json", "--output", out, "--no-color", "--no-terminalLink"], dir);
    if ((r.code !== 0 && r.code !== 1) || !existsSync(out)) throw new Error(`exit ${r.code}: ${(r.stderr || r.stdout).slice(0, 500)}`);
    const report = JSON.parse(readFileSync(out, "utf8"));
    rmSync(out, { force: true });
    const findings = [];
    for (const result of report) {
      const file = toPosix(relative(dir, result.filePath));
      let source = null;
      for (const m of result.messages) {
        if (source === null) source = result.sourceContent ?? readFileSync(result.filePath, "utf8");
        const value = m.range ? source.slice(m.range[0], m.range[1]) : "";
        findings.push({ file, line: m.loc.start.line, endLine: m.loc.end.line, rule: m.ruleId.replace("@secretlint/secretlint-rule-", ""), value: redact(value), secret: value });
      }
    }
    return { findings, notes: [] };
  },
};

function maskedOrRedact(match) {
  const text = String(match ?? "");
  return text.includes("…") || /^\*+$/.test(text) ? text : redact(text);
}

// ---------------------------------------------------------------------------------------------
// Scoring

function scoreCorpus(findings) {
  const found = new Set();
  const falseAlarms = new Map();
  for (const f of findings) {
    // A finding points at lines line..endLine (a tool may report a match that starts before
    // the secret's line, e.g. a multi-line curl command or a whole Secret manifest). It counts
    // for a label whose lines it overlaps; among several, the one holding the reported value.
    const end = Math.max(f.line, f.endLine ?? f.line);
    const candidates = (labelsByFile.get(f.file) ?? []).filter((l) => l.line <= end && l.endLine >= f.line);
    const label = candidates.find((l) => f.secret && (l.value.includes(f.secret) || f.secret.includes(l.value))) ?? candidates.find((l) => !found.has(l)) ?? candidates[0];
    if (label) found.add(label);
    else {
      const key = `${f.file}:${f.line}`;
      if (!falseAlarms.has(key)) falseAlarms.set(key, { file: f.file, line: f.line, rule: f.rule, value: f.value, hardNegative: negativeLines.has(key) });
    }
  }
  const tp = found.size;
  const fp = falseAlarms.size;
  const misses = corpus.positives.filter((p) => !found.has(p)).map((p) => ({ type: p.type, file: p.file, line: p.line }));
  const perType = {};
  for (const p of corpus.positives) {
    perType[p.type] ??= { n: 0, found: 0 };
    perType[p.type].n++;
    if (found.has(p)) perType[p.type].found++;
  }
  return {
    recall: tp / corpus.positives.length,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    found: tp,
    falseAlarmLines: fp,
    hardNegativesHit: [...falseAlarms.values()].filter((f) => f.hardNegative).length,
    misses,
    falseAlarms: [...falseAlarms.values()].sort(byLocation),
    perType,
  };
}

function scoreRealworld(findings) {
  const lines = new Map();
  let realSecrets = 0;
  for (const f of findings) {
    const key = `${f.file}:${f.line}`;
    if (REALWORLD_REAL_SECRETS.some((known) => f.file.endsWith(known.suffix) && f.line === known.line)) {
      if (!lines.has(key)) realSecrets++;
      lines.set(key, null);
      continue;
    }
    if (!lines.has(key)) lines.set(key, { file: f.file, line: f.line, rule: f.rule, value: f.value });
  }
  const mb = realworld.bytes / 1e6;
  const falseAlarms = [...lines.values()].filter((entry) => entry !== null).sort(byLocation);
  const count = falseAlarms.length;
  return { falseAlarmLines: count, realSecretsReported: realSecrets, mb, fpPerMB: count / mb, fpPer50MB: (count / mb) * 50, falseAlarms };
}

/** A case counts as stopped when the tool reports anything on that file (name or content). */
function scoreFiles(flagged) {
  const missed = fileCases.filter((c) => c.forbidden && !flagged.has(c.path));
  const falseAlarms = fileCases.filter((c) => !c.forbidden && flagged.has(c.path));
  const forbidden = fileCases.filter((c) => c.forbidden).length;
  const caught = forbidden - missed.length;
  return {
    recall: caught / forbidden,
    precision: caught + falseAlarms.length === 0 ? 0 : caught / (caught + falseAlarms.length),
    missed: missed.map((c) => ({ path: c.path, why: c.why })),
    falseAlarms: falseAlarms.map((c) => ({ path: c.path, why: c.why })),
  };
}

function byLocation(a, b) {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

/** stageguard's risky-command and insecure-code findings on a folder (paths relative to it). */
async function stageguardCodeFindings(dir) {
  const r = await run(process.execPath, [join(root, "dist", "cli", "stageguard.cjs"), "scan", "files", ".", "--format", "json"], dir);
  if (r.code !== 0 && r.code !== 1) throw new Error(`exit ${r.code}: ${r.stderr.slice(0, 500)}`);
  const report = JSON.parse(r.stdout);
  const counted = report.findings.filter((f) => CODE_CATEGORIES.includes(f.category) && f.line != null);
  return {
    findings: counted.map((f) => ({ file: toPosix(f.file), line: f.line, rule: f.ruleId, category: f.category, severity: f.severity })),
    notes: report.findings.length > counted.length ? [`${report.findings.length - counted.length} finding(s) of other categories (or about whole files) not counted`] : [],
  };
}

function codeLineText(file, line) {
  const text = (codeLines.get(file)?.[line - 1] ?? "").trim().replace(/\s+/g, " ");
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}

function scoreCode(findings) {
  const found = new Map(); // label -> findings on its line
  const falseAlarms = new Map();
  for (const f of findings) {
    const key = `${f.file}:${f.line}`;
    const label = codeLabelAt.get(key);
    if (label) {
      if (!found.has(label)) found.set(label, []);
      found.get(label).push(f);
      continue;
    }
    if (!falseAlarms.has(key)) falseAlarms.set(key, { file: f.file, line: f.line, rules: [], categories: [], severity: f.severity, hardNegative: codeNegativeLines.has(key), text: codeLineText(f.file, f.line) });
    const alarm = falseAlarms.get(key);
    if (!alarm.rules.includes(f.rule)) alarm.rules.push(f.rule);
    if (!alarm.categories.includes(f.category)) alarm.categories.push(f.category);
    if (f.severity === "block") alarm.severity = "block";
  }
  const labels = [...codeLabelAt.values()];
  const stats = (subset, alarms) => {
    const tp = subset.filter((l) => found.has(l)).length;
    const fp = alarms.length;
    return { positives: subset.length, found: tp, recall: subset.length === 0 ? 1 : tp / subset.length, falseAlarmLines: fp, hardNegativesHit: alarms.filter((a) => a.hardNegative).length, precision: tp + fp === 0 ? 1 : tp / (tp + fp) };
  };
  const alarms = [...falseAlarms.values()].sort(byLocation);
  const byCategory = {};
  for (const category of CODE_CATEGORIES) {
    byCategory[category] = stats(
      labels.filter((l) => l.category === category),
      alarms.filter((a) => a.categories.includes(category)),
    );
  }
  const perType = {};
  for (const l of labels) {
    perType[l.type] ??= { category: l.category, n: 0, found: 0 };
    perType[l.type].n++;
    if (found.has(l)) perType[l.type].found++;
  }
  // Found, but not at the severity the type should have (Markdown fences only ever warn).
  const severityMismatches = [];
  for (const [label, hits] of found) {
    const expected = /\.(?:md|markdown|mdx)$/i.test(label.file) ? "warn" : codeTypes[label.type].severity;
    const actual = hits.some((h) => h.severity === "block") ? "block" : "warn";
    if (actual !== expected) severityMismatches.push({ type: label.type, file: label.file, line: label.line, expected, actual, rules: [...new Set(hits.map((h) => h.rule))] });
  }
  severityMismatches.sort(byLocation);
  const misses = labels
    .filter((l) => !found.has(l))
    .map((l) => ({ type: l.type, category: l.category, file: l.file, line: l.line, text: codeLineText(l.file, l.line) }))
    .sort((a, b) => a.category.localeCompare(b.category) || a.type.localeCompare(b.type) || byLocation(a, b));
  return { overall: stats(labels, alarms), byCategory, perType, misses, falseAlarms: alarms, severityMismatches };
}

// ---------------------------------------------------------------------------------------------
// Run

const results = {};
for (const tool of tools) {
  const entry = { notes: [] };
  try {
    let t0 = performance.now();
    const c = await runners[tool](corpusDir);
    entry.corpusMs = performance.now() - t0;
    entry.corpus = scoreCorpus(c.findings);
    entry.notes.push(...c.notes);
    log(`${tool}: corpus scanned in ${fmtMs(entry.corpusMs)}`);
    if (realworld) {
      t0 = performance.now();
      try {
        const r = await runners[tool](realworld.dir);
        entry.realworldMs = performance.now() - t0;
        entry.realworld = scoreRealworld(r.findings);
        log(`${tool}: real-world set scanned in ${fmtMs(entry.realworldMs)}`);
      } catch (error) {
        entry.realworldError = String(error?.message ?? error);
        entry.notes.push(`real-world set: ${entry.realworldError}`);
        log(`${tool}: real-world set FAILED: ${entry.realworldError}`);
      }
    }
    const f = await runners[tool](filesDir);
    entry.files = scoreFiles(f.flaggedFiles ?? new Set(f.findings.map((finding) => finding.file)));
  } catch (error) {
    entry.error = String(error?.message ?? error);
    log(`${tool}: FAILED: ${entry.error}`);
  }
  results[tool] = entry;
}

let codeResult = null;
if (tools.includes("stageguard")) {
  codeResult = { notes: [] };
  try {
    const t0 = performance.now();
    const c = await stageguardCodeFindings(codeDir);
    codeResult.ms = performance.now() - t0;
    codeResult.notes.push(...c.notes);
    Object.assign(codeResult, scoreCode(c.findings));
    log(`stageguard: code corpus scanned in ${fmtMs(codeResult.ms)}`);
  } catch (error) {
    codeResult.error = String(error?.message ?? error);
    log(`stageguard (code corpus): FAILED: ${codeResult.error}`);
  }
}

if (!options.keep) rmSync(work, { recursive: true, force: true });
else log(`kept ${work}`);

const summary = {
  seed: options.seed,
  corpus: { files: corpus.files.length, bytes: corpus.bytes, positives: corpus.positives.length, types: types.length, hardNegatives: corpus.negatives.length },
  realworld: realworld ? { packages: REALWORLD_PACKAGES, before: REALWORLD_BEFORE, files: realworld.files, bytes: realworld.bytes } : null,
  forbiddenFiles: { cases: fileCases.length, forbidden: fileCases.filter((c) => c.forbidden).length },
  targets: TARGETS,
  tools: results,
  riskyAndInsecure: {
    note: "stageguard only: gitleaks and secretlint do not detect risky commands or insecure code",
    corpus: {
      files: codeCorpus.files.length,
      bytes: codeCorpus.bytes,
      positives: codeCorpus.positives.length,
      types: codeTypeNames.length,
      hardNegatives: codeCorpus.negatives.length,
      byCategory: Object.fromEntries(
        CODE_CATEGORIES.map((category) => {
          const labels = codeCorpus.positives.filter((p) => codeTypes[p.type].category === category);
          return [category, { positives: labels.length, types: new Set(labels.map((p) => p.type)).size }];
        }),
      ),
    },
    targets: CODE_TARGETS,
    stageguard: codeResult,
  },
};

if (options.json) {
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
} else {
  printText();
}

function printText() {
  const rows = [["tool", "recall", "precision", "FP (corpus)", "FP (real-world)", "FP/MB (real-world)", "FP/50MB", "time corpus", "time real-world"]];
  for (const tool of tools) {
    const r = results[tool];
    if (r.error) {
      rows.push([tool, "error", "", "", "", "", "", "", ""]);
      continue;
    }
    rows.push([
      tool,
      r.corpus.recall.toFixed(3),
      r.corpus.precision.toFixed(3),
      `${r.corpus.falseAlarmLines} (${r.corpus.hardNegativesHit} hard neg.)`,
      r.realworld ? String(r.realworld.falseAlarmLines) : r.realworldError ? "timed out" : "skipped",
      r.realworld ? r.realworld.fpPerMB.toFixed(3) : "-",
      r.realworld ? r.realworld.fpPer50MB.toFixed(1) : "-",
      fmtMs(r.corpusMs),
      r.realworld ? fmtMs(r.realworldMs) : "-",
    ]);
  }
  console.log("");
  printTable(rows);
  console.log(
    `\ncorpus: ${corpus.positives.length} labeled secrets (${types.length} types), ${corpus.negatives.length} hard negatives, ${fmtBytes(corpus.bytes)}` +
      (realworld ? ` · real-world: ${realworld.files} files, ${fmtBytes(realworld.bytes)} (MB = 10^6 bytes)` : ""),
  );
  const sg = results.stageguard;
  if (sg && !sg.error) {
    const peers = tools.filter((t) => t !== "stageguard" && !results[t].error);
    const checks = [
      [`recall >= ${TARGETS.recall}`, sg.corpus.recall >= TARGETS.recall],
      [`precision >= ${TARGETS.precision}`, sg.corpus.precision >= TARGETS.precision],
    ];
    if (sg.realworld) checks.push([`<= ${TARGETS.fpPer50MB} FP per 50 MB`, sg.realworld.fpPer50MB <= TARGETS.fpPer50MB]);
    for (const peer of peers) {
      const p = results[peer];
      checks.push([`recall >= ${peer}`, sg.corpus.recall >= p.corpus.recall]);
      checks.push([`precision >= ${peer}`, sg.corpus.precision >= p.corpus.precision]);
      if (sg.realworld && p.realworld) checks.push([`real-world FP <= ${peer}`, sg.realworld.falseAlarmLines <= p.realworld.falseAlarmLines]);
    }
    console.log(`stageguard targets: ${checks.map(([name, ok]) => `${ok ? "✔" : "✘"} ${name}`).join(" · ")}`);
  }

  const forbiddenCount = fileCases.filter((c) => c.forbidden).length;
  console.log(`\n== forbidden files: ${fileCases.length} files, ${forbiddenCount} must be stopped, ${fileCases.length - forbiddenCount} harmless twins must pass`);
  const fileRows = [["tool", "recall", "precision", "missed", "false alarms"]];
  for (const tool of tools) {
    const r = results[tool];
    if (r.error || !r.files) continue;
    fileRows.push([tool, r.files.recall.toFixed(3), r.files.precision.toFixed(3), String(r.files.missed.length), String(r.files.falseAlarms.length)]);
  }
  printTable(fileRows);
  for (const tool of tools) {
    const r = results[tool];
    if (r.error || !r.files) continue;
    const lines = [...r.files.missed.map((c) => `    missed       ${c.path} (${c.why})`), ...r.files.falseAlarms.map((c) => `    false alarm  ${c.path} (${c.why})`)];
    if (lines.length > 0) console.log(`  ${tool}:\n${lines.slice(0, maxList).join("\n")}${lines.length > maxList ? `\n    … ${lines.length - maxList} more` : ""}`);
  }

  for (const tool of tools) {
    const r = results[tool];
    console.log(`\n== ${tool}${r.error ? ` (failed: ${r.error})` : ""}`);
    if (r.error) continue;
    for (const note of r.notes) console.log(`  note: ${note}`);
    console.log(`  misses (${r.corpus.misses.length}):`);
    for (const m of r.corpus.misses) console.log(`    ${m.type.padEnd(34)} ${m.file}:${m.line}`);
    listAlarms(`false alarms on the corpus (${r.corpus.falseAlarms.length})`, r.corpus.falseAlarms, true);
    if (r.realworld) {
      if (r.realworld.realSecretsReported > 0) {
        console.log(`  real-world: ${r.realworld.realSecretsReported} line(s) holding credentials the packages really publish were reported (right, not counted)`);
      }
      listAlarms(`false alarms on the real-world set (${r.realworld.falseAlarms.length})`, r.realworld.falseAlarms, false);
    }
  }

  const present = tools.filter((t) => !results[t].error);
  if (present.length > 0) {
    console.log("\n== recall per token type (found/labeled), stageguard's weakest first");
    const rowsT = [["type", ...present]];
    const key = present.includes("stageguard") ? "stageguard" : present[0];
    const sorted = [...types].sort((a, b) => {
      const ra = results[key].corpus.perType[a];
      const rb = results[key].corpus.perType[b];
      return ra.found / ra.n - rb.found / rb.n || a.localeCompare(b);
    });
    for (const type of sorted) rowsT.push([type, ...present.map((t) => `${results[t].corpus.perType[type].found}/${results[t].corpus.perType[type].n}`)]);
    printTable(rowsT);
  }
  printCode();
}

function printCode() {
  console.log(
    `\n== risky commands and insecure code: ${codeCorpus.positives.length} labeled lines (${codeTypeNames.length} types), ${codeCorpus.negatives.length} hard negatives, ` +
      `${codeCorpus.files.length} files, ${fmtBytes(codeCorpus.bytes)}`,
  );
  console.log("   stageguard only: gitleaks and secretlint do not detect these categories, so they are not scored here.");
  if (!codeResult) {
    console.log("   skipped: stageguard is not among --tools");
    return;
  }
  if (codeResult.error) {
    console.log(`   stageguard failed: ${codeResult.error}`);
    return;
  }
  for (const note of codeResult.notes) console.log(`  note: ${note}`);
  const rows = [["category", "labeled", "found", "recall", "false alarms", "precision", "targets"]];
  const check = (s) => `${s.recall >= CODE_TARGETS.recall ? "✔" : "✘"} recall >= ${CODE_TARGETS.recall} · ${s.precision >= CODE_TARGETS.precision ? "✔" : "✘"} precision >= ${CODE_TARGETS.precision}`;
  const row = (name, s) => [name, String(s.positives), String(s.found), s.recall.toFixed(3), `${s.falseAlarmLines} (${s.hardNegativesHit} hard neg.)`, s.precision.toFixed(3), check(s)];
  for (const category of CODE_CATEGORIES) rows.push(row(category, codeResult.byCategory[category]));
  rows.push(row("all", codeResult.overall));
  printTable(rows);
  console.log(`stageguard (risky commands, insecure code) scanned in ${fmtMs(codeResult.ms)}`);

  console.log("\n  recall per type (found/labeled), weakest first:");
  const typeRows = [["type", "category", "found", "recall"]];
  const sorted = Object.entries(codeResult.perType).sort(([a, ra], [b, rb]) => ra.found / ra.n - rb.found / rb.n || a.localeCompare(b));
  for (const [type, r] of sorted) typeRows.push([type, r.category, `${r.found}/${r.n}`, (r.found / r.n).toFixed(2)]);
  printTable(typeRows);

  console.log(`\n  misses (${codeResult.misses.length}):`);
  for (const m of codeResult.misses) console.log(`    ${m.type.padEnd(26)} ${`${m.file}:${m.line}`.padEnd(58)} ${m.text}`);
  console.log(`  false alarms (${codeResult.falseAlarms.length}):`);
  for (const a of codeResult.falseAlarms.slice(0, maxList)) {
    console.log(`    ${`${a.file}:${a.line}`.padEnd(58)} ${a.rules.join(",").padEnd(30)} ${a.text}${a.hardNegative ? "  [hard negative]" : ""}`);
  }
  if (codeResult.falseAlarms.length > maxList) console.log(`    … ${codeResult.falseAlarms.length - maxList} more (--max-list <n> or --json)`);
  if (codeResult.severityMismatches.length > 0) {
    console.log(`  found at another severity than expected (${codeResult.severityMismatches.length}):`);
    for (const m of codeResult.severityMismatches) console.log(`    ${m.type.padEnd(26)} ${`${m.file}:${m.line}`.padEnd(58)} ${m.actual} (expected ${m.expected}) ${m.rules.join(",")}`);
  }
}

function listAlarms(title, alarms, markHard) {
  console.log(`  ${title}:`);
  for (const a of alarms.slice(0, maxList)) {
    console.log(`    ${`${a.file}:${a.line}`.padEnd(60)} ${a.rule.padEnd(30)} ${a.value}${markHard && a.hardNegative ? "  [hard negative]" : ""}`);
  }
  if (alarms.length > maxList) console.log(`    … ${alarms.length - maxList} more (--max-list <n> or --json)`);
}

function printTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
  console.log(line(rows[0]));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const r of rows.slice(1)) console.log(line(r));
}

function fmtBytes(n) {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${(n / 1e3).toFixed(1)} kB`;
}

function fmtMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}
