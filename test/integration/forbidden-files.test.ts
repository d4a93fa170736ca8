// Forbidden files in real repositories: every path rule's examples (positives and near-misses)
// staged for real, renames into forbidden names, tracked files, and content-aware decisions.

import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expandTemplate, seededRandom } from "../../src/rules/example-template.js";
import { loadRuleSet } from "../../src/rules/load.js";
import { parseJsonReport, runCli } from "../helpers/cli.js";
import { fake } from "../helpers/fake-secrets.js";
import { PROJECT_ROOT, TempRepo } from "../helpers/temp-repo.js";

const pathRules = loadRuleSet().pathRules;

describe("every path rule's examples, staged in one real repository", () => {
  let repo: TempRepo;
  const cases: Array<{ dir: string; ruleId: string; expected: boolean; path: string }> = [];
  let findings: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    repo = await TempRepo.create();
    pathRules.forEach((rule) => {
      const random = seededRandom(`it-${rule.id}`);
      const add = (example: string, expected: boolean) => {
        const [path, ...lines] = expandTemplate(example, random).split("\n");
        const dir = `case-${cases.length}`;
        repo.write(`${dir}/${path}`, lines.length > 0 ? `${lines.join("\n")}\n` : "placeholder\n");
        cases.push({ dir, ruleId: rule.id, expected, path: path! });
      };
      rule.spec.examples.match.forEach((example) => add(example, true));
      rule.spec.examples.noMatch.forEach((example) => add(example, false));
    });
    await repo.add();
    findings = parseJsonReport(await runCli(["scan", "staged", "--format", "json"], repo.dir)).findings;
  });
  afterAll(() => repo.cleanup());

  test("each positive blocks under its rule and each near-miss does not", () => {
    const wrong = cases.filter(({ dir, ruleId, expected }) => {
      const hit = findings.some((finding) => finding.ruleId === ruleId && String(finding.file).startsWith(`${dir}/`));
      return hit !== expected;
    });
    expect(wrong.map(({ ruleId, path, expected }) => `${ruleId} ${expected ? "missed" : "flagged"} ${path}`)).toEqual([]);
    expect(cases.filter((entry) => entry.expected).length).toBeGreaterThanOrEqual(2 * pathRules.length);
  });
});

describe("content decides where the name alone would lie", () => {
  let repo: TempRepo;
  beforeAll(async () => {
    repo = await TempRepo.create();
  });
  afterAll(() => repo.cleanup());

  const scan = async () => parseJsonReport(await runCli(["scan", "staged", "--format", "json"], repo.dir));
  const begin = (label: string) => fake(`{{repeat:5:-}}BEGIN ${label}{{repeat:5:-}}`);
  const end = (label: string) => fake(`{{repeat:5:-}}END ${label}{{repeat:5:-}}`);

  test("a certificate-only .pem, a public key, .env.example and id_rsa.pub pass", async () => {
    repo.write("certs/ca.pem", `${begin("CERTIFICATE")}\n${fake("{{base64:64}}")}\n${end("CERTIFICATE")}\n`);
    repo.write("keys/id_rsa.pub", `ssh-ed25519 ${fake("{{base64:68}}")} me@host\n`);
    repo.write(".env.example", "API_TOKEN=\nDATABASE_URL=postgres://user:password@localhost/app\n");
    await repo.add();
    const report = await scan();
    expect(report.findings).toEqual([]);
    await repo.commit();
  });

  test("renaming a harmless-looking file into a .pem that holds a private key blocks (content read from the index)", async () => {
    repo.write("notes/server.txt", `${begin("PRIVATE KEY")}\n${fake("{{base64:64}}")}\n${end("PRIVATE KEY")}\n`);
    await repo.add();
    await repo.commit();
    await repo.git("mv", "notes/server.txt", "notes/server.pem");
    const report = await scan();
    expect(report.findings.map((finding) => [finding.ruleId, finding.file])).toEqual([["pem-file", "notes/server.pem"]]);
    await repo.commit();
  });

  test("a tracked forbidden file that is only modified still blocks, and says it is already in history", async () => {
    repo.write("config/.env", "PORT=3000\n");
    await repo.add();
    await repo.commit();
    repo.write("config/.env", "PORT=3001\n");
    await repo.add();
    const report = await scan();
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: "env-file", file: "config/.env" })]);
    expect(report.findings[0]!.message).toContain("already tracked");
    expect(report.findings[0]!.fix).toContain("git rm --cached -- config/.env");
    await repo.commit();
  });

  test("a tracked .npmrc gains a literal token in a modification: read whole from the index", async () => {
    repo.write(".npmrc", "registry=https://registry.npmjs.org/\n");
    await repo.add();
    await repo.commit();
    repo.write(".npmrc", `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${fake("{{alnum:36}}")}\n`);
    await repo.add();
    const report = await scan();
    expect(report.findings.map((finding) => finding.ruleId)).toContain("npmrc-with-token");
    // The working tree no longer has it: what counts is the index.
    repo.write(".npmrc", "registry=https://registry.npmjs.org/\n");
    expect((await scan()).findings.map((finding) => finding.ruleId)).toContain("npmrc-with-token");
  });
});

describe("the bench's forbidden-file corpus (test/corpus/forbidden-files.json), staged for real", () => {
  // The same cases `npm run bench:quality` scores: every forbidden file stops the commit, every
  // harmless twin passes. Kept here too so a rule change cannot quietly lower either figure.
  const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, "test", "corpus", "forbidden-files.json"), "utf8")) as {
    cases: Array<{ path: string; content: string; forbidden: boolean; why: string }>;
  };
  let repo: TempRepo;
  let flagged = new Set<string>();

  beforeAll(async () => {
    repo = await TempRepo.create();
    for (const item of manifest.cases) repo.write(item.path, expandTemplate(item.content, seededRandom(`files-${item.path}`)));
    await repo.add();
    const report = parseJsonReport(await runCli(["scan", "staged", "--format", "json"], repo.dir));
    flagged = new Set(report.findings.map((finding) => String(finding.file)));
  });
  afterAll(() => repo.cleanup());

  test("has forbidden files and harmless twins of every kind the issue names", () => {
    expect(manifest.cases.filter((item) => item.forbidden).length).toBeGreaterThanOrEqual(40);
    expect(manifest.cases.filter((item) => !item.forbidden).length).toBeGreaterThanOrEqual(30);
  });

  test("recall 1.0: every forbidden file is stopped", () => {
    expect(manifest.cases.filter((item) => item.forbidden && !flagged.has(item.path)).map((item) => item.path)).toEqual([]);
  });

  test("precision 1.0: no harmless twin is flagged", () => {
    expect(manifest.cases.filter((item) => !item.forbidden && flagged.has(item.path)).map((item) => item.path)).toEqual([]);
  });
});
