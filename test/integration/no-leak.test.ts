// Never leak, across every rule and every output: every `examples.match` of every shipped rule is
// planted in a real repository (one file per content rule, one per path-rule example), and no
// output the CLI can produce (human, JSON, SARIF, --debug, --show-suppressed, --output files, the
// baseline file, the pre-push report, audit, redact --check, an error path) may reveal a
// secret: for a secret rule what its secret groups capture (the key id or account SID beside it
// is shown on purpose), for any other rule every generated value in the example (the token in an
// .npmrc that a path rule flags, say). redaction.test.ts is the quick version: one example per
// secret rule, fewer outputs.

import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compileRulePacks, type Rule } from "../../src/rules/compile.js";
import { inScopeName } from "../../src/rules/check-examples.js";
import { expandTemplate, seededRandom } from "../../src/rules/example-template.js";
import { readRulePacks } from "../../src/rules/load.js";
import { execa } from "execa";
import { BUILT_CLI, parseJsonReport, type CliResult } from "../helpers/cli.js";
import { gitEnv } from "../helpers/git-env.js";
import { revealsSecret } from "../helpers/fake-secrets.js";
import { TempRepo } from "../helpers/temp-repo.js";

const GENERATOR = /\{\{(\w+):(\d+)(?::[^}]*)?\}\}/g;
/** revealsSecret compares 10-character slices; a shorter value is masked whole by design. */
const MIN_SECRET_LENGTH = 10;

interface Planted {
  ruleId: string;
  path: string;
  secrets: string[];
}

let repo: TempRepo;
const planted: Planted[] = [];
let rules: Rule[] = [];
let publicText = "";
const outputs: Array<{ name: string; text: string }> = [];
const results = new Map<string, CliResult>();

/** Expands `template`, collecting the random values it generated (repeat is not random). */
function expandCollecting(template: string, seed: string, generated: string[]): string {
  const random = seededRandom(seed);
  return template.replace(GENERATOR, (generator: string, name: string) => {
    const value = expandTemplate(generator, random);
    if (name !== "repeat" && value.length >= MIN_SECRET_LENGTH) generated.push(value);
    return value;
  });
}

/** What must never be shown of an expanded example (see the header). */
function secretsOf(rule: Rule, text: string, generated: string[]): string[] {
  if (rule.category !== "secret" || !rule.regex) return generated;
  const regex = new RegExp(rule.regex.source, rule.regex.flags.includes("g") ? rule.regex.flags : `${rule.regex.flags}g`);
  const captured = text.split("\n").flatMap((line) => [...line.matchAll(regex)].flatMap((match) => rule.secretGroups.map((group) => match[group] ?? "")));
  // A match spread over lines (a key block) is not seen line by line: everything generated is secret then.
  return captured.length === 0 ? generated : captured.filter((value) => value.length >= MIN_SECRET_LENGTH);
}

const BASE = 31;
/** Map keys within V8's small integers are several times faster to look up than larger numbers. */
const SMALL_INTEGER = 0x3fffffff;
const BASE_POWER = Array.from({ length: MIN_SECRET_LENGTH - 1 }).reduce<number>((power) => Math.imul(power, BASE), 1);

/** A hash of `text.slice(at, at + MIN_SECRET_LENGTH)`, arithmetic mod 2^32. */
function sliceHash(text: string, at: number): number {
  let hash = 0;
  for (let i = at; i < at + MIN_SECRET_LENGTH; i++) hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) >>> 0;
  return hash;
}

/**
 * The (output, secret) pairs where the output reveals the secret, as revealsSecret decides: the
 * whole secret, or a 10-character slice of it that the rules' public text does not hold. Every
 * slice of every secret is indexed by a rolling hash and each output read once; only the pairs
 * that meet there go to revealsSecret (megabytes of SARIF against thousands of secrets would take
 * minutes slice by slice).
 */
function findLeaks(texts: ReadonlyArray<{ name: string; text: string }>, secrets: ReadonlyArray<{ secret: string; label: string }>, publicText: string): string[] {
  const byHash = new Map<number, Array<{ index: number; slice: string }>>();
  secrets.forEach(({ secret }, index) => {
    for (let i = 0; i + MIN_SECRET_LENGTH <= secret.length; i++) {
      const hash = sliceHash(secret, i) & SMALL_INTEGER;
      byHash.set(hash, [...(byHash.get(hash) ?? []), { index, slice: secret.slice(i, i + MIN_SECRET_LENGTH) }]);
    }
  });
  const isPublic = new Map<string, boolean>();
  const leaks: string[] = [];
  const seen = new Set<string>();
  for (const { name, text } of texts) {
    // An --output file holds what the same format prints: read once.
    if (text.length < MIN_SECRET_LENGTH || seen.has(text)) continue;
    seen.add(text);
    const candidates = new Set<number>();
    const wholeChecked = new Set<number>();
    let hash = sliceHash(text, 0);
    for (let i = 0; ; i++) {
      const hits = byHash.get(hash & SMALL_INTEGER);
      if (hits !== undefined) for (const { index, slice } of hits) {
        if (candidates.has(index) || text.slice(i, i + MIN_SECRET_LENGTH) !== slice) continue;
        if (!isPublic.has(slice)) isPublic.set(slice, publicText.includes(slice));
        if (!isPublic.get(slice)) candidates.add(index);
        // A public slice (a documented prefix) reveals nothing, unless the whole secret is there.
        else if (!wholeChecked.has(index)) {
          wholeChecked.add(index);
          if (text.includes(secrets[index]!.secret)) candidates.add(index);
        }
      }
      if (i + MIN_SECRET_LENGTH >= text.length) break;
      hash = (Math.imul(hash - Math.imul(text.charCodeAt(i), BASE_POWER), BASE) + text.charCodeAt(i + MIN_SECRET_LENGTH)) >>> 0;
    }
    for (const index of candidates) if (revealsSecret(text, secrets[index]!.secret, publicText)) leaks.push(`${name}: ${secrets[index]!.label}`);
  }
  return leaks;
}

const cli = async (name: string, argv: string[], options: { stdin?: string; files?: string[] } = {}): Promise<CliResult> => {
  const run = await execa(process.execPath, [BUILT_CLI, ...argv], {
    cwd: repo.dir,
    env: gitEnv(),
    extendEnv: false,
    reject: false,
    ...(options.stdin === undefined ? { stdin: "ignore" as const } : { input: options.stdin }),
  });
  const result = { code: run.exitCode ?? -1, stdout: run.stdout, stderr: run.stderr };
  results.set(name, result);
  outputs.push({ name: `${name} (stdout)`, text: result.stdout }, { name: `${name} (stderr)`, text: result.stderr });
  for (const file of options.files ?? []) outputs.push({ name: `${name}: ${file}`, text: readFileSync(join(repo.dir, file), "utf8") });
  return result;
};

// Fixed seeds (see redaction.test.ts: a random value a rule rejects would be a flaky miss, not a leak).
beforeAll(async () => {
  repo = await TempRepo.create();
  repo.write("README.md", "# planted\n");
  await repo.add();
  await repo.commit("base");
  const base = (await repo.git("rev-parse", "HEAD")).trim();
  rules = compileRulePacks(readRulePacks()).rules;
  publicText = rules.map((rule) => `${rule.id}\n${rule.title}\n${rule.message}\n${rule.fix}`).join("\n");
  for (const rule of rules) {
    const examples = rule.spec.examples.match.map((example, index) => {
      const generated: string[] = [];
      const text = expandCollecting(example, `no-leak-${rule.id}-${index}`, generated);
      return { text, secrets: secretsOf(rule, text, generated) };
    });
    if (rule.target === "path") {
      // A path rule's example is a file: its first line the path, the rest its content.
      examples.forEach(({ text, secrets }, index) => {
        const [name, ...content] = text.split("\n");
        const path = `p/${rule.id}/${index}/${name}`;
        repo.write(path, `${content.join("\n")}\n`);
        planted.push({ ruleId: rule.id, path, secrets });
      });
    } else {
      const path = `c/${rule.id}/${inScopeName(rule, "planted")}`;
      repo.write(path, `${examples.map((example) => example.text).join("\n")}\n`);
      planted.push({ ruleId: rule.id, path, secrets: examples.flatMap((example) => example.secrets) });
    }
  }
  await repo.add();

  // Staged: every format, --debug, --output files, scan files.
  await Promise.all([
    cli("scan staged", ["scan", "staged"]),
    cli("scan staged --format json", ["scan", "staged", "--format", "json"]),
    cli("scan staged --format sarif", ["scan", "staged", "--format", "sarif"]),
  ]);
  await Promise.all([
    cli("scan staged --debug --color", ["scan", "staged", "--debug", "--color"]),
    cli("scan staged --output report.json", ["scan", "staged", "--format", "json", "--output", "report.json"], { files: ["report.json"] }),
    cli("scan staged --output report.sarif", ["scan", "staged", "--format", "sarif", "--output", "report.sarif"], { files: ["report.sarif"] }),
  ]);
  await Promise.all([
    cli("scan staged --output report.txt", ["scan", "staged", "--output", "report.txt"], { files: ["report.txt"] }),
    cli("redact --check", ["redact", "--check", ...planted.filter((entry) => entry.path.startsWith("c/")).map((entry) => entry.path)]),
  ]);
  // An error after the scan found everything: the report cannot be written.
  await cli("error path", ["scan", "staged", "--debug", "--output", "no-such-folder/report.json"]);
  // Accepted into the baseline, then shown as suppressed.
  await cli("baseline", ["baseline"], { files: [".stageguard-baseline.json"] });
  await Promise.all([
    cli("scan staged --show-suppressed", ["scan", "staged", "--show-suppressed"]),
    cli("scan staged --show-suppressed --format json", ["scan", "staged", "--show-suppressed", "--format", "json"]),
  ]);
  // Committed (as with --no-verify): range, pre-push, audit.
  repo.remove(".stageguard-baseline.json");
  await repo.commit("planted");
  const head = (await repo.git("rev-parse", "HEAD")).trim();
  await Promise.all([
    cli("hook pre-push", ["hook", "pre-push", "origin"], { stdin: `refs/heads/main ${head} refs/heads/main ${base}\n` }),
    cli("audit", ["audit"]),
  ]);
}, 180_000);
afterAll(() => repo.cleanup());

test("every rule's planted examples are found (so the outputs below hold every finding)", () => {
  const report = parseJsonReport(results.get("scan staged --format json")!);
  const foundIn = new Set(report.findings.map((finding) => `${finding.ruleId} ${String(finding.file).split("/").slice(0, 2).join("/")}`));
  const missed = [...new Set(planted.map((entry) => `${entry.ruleId} ${entry.path.split("/").slice(0, 2).join("/")}`))].filter((key) => !foundIn.has(key));
  expect(missed).toEqual([]);
  expect(new Set(planted.map((entry) => entry.ruleId)).size).toBe(rules.length);
  expect(planted.flatMap((entry) => entry.secrets).length).toBeGreaterThan(300);
});

test("each run ended as expected (a crash would hide a leak behind an empty output)", () => {
  const codes = Object.fromEntries([...results].map(([name, result]) => [name, result.code]));
  expect(codes).toEqual({
    "scan staged": 1,
    "scan staged --format json": 1,
    "scan staged --format sarif": 1,
    "scan staged --debug --color": 1,
    "scan staged --output report.json": 1,
    "scan staged --output report.sarif": 1,
    "scan staged --output report.txt": 1,
    "redact --check": 1,
    "error path": 2,
    baseline: 0,
    "scan staged --show-suppressed": 0,
    "scan staged --show-suppressed --format json": 0,
    "hook pre-push": 1,
    audit: 1,
  });
  expect(parseJsonReport(results.get("scan staged --show-suppressed --format json")!).suppressed.length).toBeGreaterThan(300);
});

test("no output reveals a secret", () => {
  expect(outputs.length).toBeGreaterThanOrEqual(30);
  const secrets = planted.flatMap((entry) => entry.secrets.map((secret) => ({ secret, label: `${entry.ruleId} (${entry.path})` })));
  expect(findLeaks(outputs, secrets, publicText)).toEqual([]);
});

test("the leak check finds a secret that is shown", () => {
  const [entry] = planted.filter((candidate) => candidate.secrets.length > 0);
  const secret = entry!.secrets[0]!;
  expect(findLeaks([{ name: "a log", text: `token: ${secret.slice(1, 12)}` }], [{ secret, label: "it" }], publicText)).toEqual(["a log: it"]);
  expect(findLeaks([{ name: "a log", text: `${secret}` }], [{ secret, label: "it" }], publicText)).toEqual(["a log: it"]);
  expect(findLeaks([{ name: "a log", text: `token: ${secret.slice(0, 4)}…${secret.slice(-2)}` }], [{ secret, label: "it" }], publicText)).toEqual([]);
});
