// The scenario builders of `npm run bench` (scripts/bench-lib.js), at 1/100 scale: each builds
// the change it describes, the same bytes every time, and stageguard finds every planted secret.
// Nothing here is timed (timed tests are not allowed); the benchmark itself is not a test.

import { afterAll, describe, expect, test } from "@jest/globals";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildScenario, exportStaged, git, isolatedEnv, SCENARIO_NAMES, stagedStats } from "../../scripts/bench-lib.js";
import { expandTemplate, seededRandom } from "../../src/rules/example-template.js";
import { parseJsonReport, runCli } from "../helpers/cli.js";
import { PROJECT_ROOT } from "../helpers/temp-repo.js";

const work = realpathSync(mkdtempSync(join(tmpdir(), "stageguard-bench-test-")));
mkdirSync(join(work, "home"));
const env = isolatedEnv(join(work, "home"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ctx = { expand: expandTemplate, seededRandom, seed: "bench-test", scale: 0.01, env, nodeModules: join(PROJECT_ROOT, "node_modules") };
let counter = 0;
function build(name: string) {
  const dir = join(work, `${name}-${counter++}`);
  return { dir, ...buildScenario(name, dir, ctx) };
}

async function scanStaged(dir: string) {
  const result = await runCli(["scan", "staged", "--format", "json"], dir);
  return { code: result.code, report: parseJsonReport(result) };
}

describe("bench scenarios (scale 0.01)", () => {
  test("every scenario builds a staged change, and stageguard finds each planted secret where it was put", async () => {
    const expected: Record<string, (stats: ReturnType<typeof stagedStats>) => void> = {
      tiny: (s) => expect(s).toEqual({ files: 3, statuses: { M: 2, A: 1 }, addedLines: 40 }),
      typical: (s) => {
        expect(s.statuses).toEqual({ M: 12, A: 3 });
        expect(s.addedLines).toBeGreaterThanOrEqual(750);
        expect(s.addedLines).toBeLessThanOrEqual(850);
      },
      large: (s) => expect(s.files).toBeGreaterThanOrEqual(10),
      minified: (s) => expect(s).toEqual({ files: 20, statuses: { A: 20 }, addedLines: 20 }),
      "huge-index": (s) => expect(s).toEqual({ files: 500, statuses: { A: 500 }, addedLines: 2502 }),
    };
    expect(Object.keys(expected)).toEqual(SCENARIO_NAMES);
    for (const name of SCENARIO_NAMES) {
      const { dir, planted } = build(name);
      expected[name]!(stagedStats(dir, env));
      const { code, report } = await scanStaged(dir);
      const found = planted.filter((p) => report.findings.some((f) => f.file === p.file && f.line === p.line && f.category === "secret"));
      expect({ name, found: found.length }).toEqual({ name, found: planted.length });
      expect({ name, code }).toEqual({ name, code: planted.length > 0 ? 1 : 0 });
      if (name !== "tiny") expect(planted.length).toBeGreaterThan(0);
    }
  });

  test("a build is deterministic: the same tree, byte for byte", () => {
    const first = build("typical");
    const second = build("typical");
    expect(git(second.dir, ["write-tree"], env)).toBe(git(first.dir, ["write-tree"], env));
    expect(git(second.dir, ["rev-parse", "HEAD"], env)).toBe(git(first.dir, ["rev-parse", "HEAD"], env));
  });

  test("large: node_modules files become first-party paths; minified: each bundle is one long line", () => {
    const large = build("large");
    const paths = git(large.dir, ["diff", "--cached", "--name-only"], env).trim().split("\n");
    expect(paths.every((p) => p.startsWith("packages/") && !p.split("/").includes("node_modules"))).toBe(true);
    const minified = build("minified");
    const out = join(work, "minified-export");
    const exported = exportStaged(minified.dir, out, env);
    expect(exported.files).toBe(20);
    const bundle = readFileSync(join(out, "dist", "bundle-00.js"), "utf8");
    expect(bundle.indexOf("\n")).toBe(bundle.length - 1);
    expect(bundle.length).toBeGreaterThan(10_000);
  });
});
