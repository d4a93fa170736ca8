import { expect, test } from "@jest/globals";
import { RuleError } from "../../../src/errors.js";
import { compileRulePacks, countCapturingGroups } from "../../../src/rules/compile.js";
import { readRulePacks } from "../../../src/rules/load.js";
import { expandTemplate, seededRandom } from "../../../src/rules/example-template.js";
import type { RulePackSpec } from "../../../src/rules/spec.js";
import picomatch from "picomatch";
import { compileGlobs, longestLiteral } from "../../../src/glob.js";

const examples = { match: ["a", "b"], noMatch: ["c", "d"] };

test("a rule with fewer than two examples of each kind is rejected", () => {
  const pack = (match: string[], noMatch: string[]): RulePackSpec[] => [
    { pack: "p", category: "secret", rules: [{ id: "r", title: "t", target: "content", message: "m", fix: "f", pattern: "k", keywords: ["k"], examples: { match, noMatch } }] },
  ];
  expect(() => compileRulePacks(pack(["k"], ["a", "b"]))).toThrow(/at least two examples/);
  expect(() => compileRulePacks(pack(["k", "kk"], ["a"]))).toThrow(/at least two examples/);
  expect(compileRulePacks(pack(["k", "kk"], ["a", "b"])).rules).toHaveLength(1);
});

test("every problem in every pack is reported at once", () => {
  const packs: RulePackSpec[] = [
    {
      pack: "bad",
      category: "secret",
      rules: [
        { id: "Bad Id", title: "t", target: "content", message: "m", fix: "f", pattern: "(", keywords: ["x"], examples },
        { id: "no-keywords", title: "t", target: "content", message: "m", fix: "f", pattern: "a", examples },
        { id: "no-paths", title: "t", target: "path", message: "m", fix: "f", examples },
        { id: "no-paths", title: "t", target: "content", message: "m", fix: "", pattern: "x*", keywords: ["x"], examples },
      ],
    },
  ];
  let error: unknown;
  try {
    compileRulePacks(packs, { thorough: true });
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(RuleError);
  expect((error as RuleError).problems).toEqual([
    "bad/Bad Id: id must be kebab-case (a-z, 0-9, -)",
    expect.stringContaining('bad/Bad Id: "pattern" is not a valid regex'),
    'bad/no-keywords: a content rule needs "keywords" for the prefilter',
    'bad/no-paths: a path rule needs "paths"',
    "bad/no-paths: duplicate rule id",
    'bad/no-paths: "fix" is required',
    "bad/no-paths: pattern matches the empty string",
  ]);
});

test("secretGroup defaults to the first group for secrets and to the whole match otherwise", () => {
  const rule = (category: "secret" | "risky-command") =>
    compileRulePacks([{ pack: "p", category, rules: [{ id: "r", title: "t", target: "content", message: "m", fix: "f", pattern: "k=(\\w+)", keywords: ["k="], examples }] }])
      .rules[0]!;
  expect(rule("secret").secretGroups).toEqual([1]);
  expect(rule("risky-command").secretGroups).toEqual([0]);
});

test("example templates are reproducible per seed and reject unknown generators", () => {
  const a = expandTemplate("ghp_{{alnum:36}}", seededRandom("x"));
  expect(a).toMatch(/^ghp_[A-Za-z0-9]{36}$/);
  expect(expandTemplate("ghp_{{alnum:36}}", seededRandom("x"))).toBe(a);
  expect(expandTemplate("{{repeat:5:-}}B{{hex:4}}", seededRandom("y"))).toMatch(/^-----B[0-9a-f]{4}$/);
  expect(() => expandTemplate("{{nope:3}}", seededRandom("z"))).toThrow(/unknown example generator/);
});

test("globs: names match at any depth, slashed patterns match paths, case is ignored", () => {
  const match = compileGlobs([".env", "*.pem", "**/.aws/credentials"]);
  expect(["a/b/.env", ".env", "x/Y.PEM", ".aws/credentials", "home/u/.aws/credentials"].map(match)).toEqual([true, true, true, true, true]);
  expect([".env.example", "pem", "aws/credentials", "a/.env/b"].map(match)).toEqual([false, false, false, false]);
  expect(compileGlobs([])("anything")).toBe(false);
});

test("compiled glob lists answer exactly as picomatch does, for every glob the packs use", () => {
  const globs = [...new Set(readRulePacks().flatMap((pack) => [...(pack.defaults?.paths ?? []), ...(pack.defaults?.excludePaths ?? []), ...pack.rules.flatMap((rule) => [...(rule.paths ?? []), ...(rule.excludePaths ?? [])])]))];
  const names = ["a.env", ".env", ".env.local", "id_rsa", "x.PEM", "Dockerfile", "package.json", "yarn.lock", "a.min.js", "README.md", "config.yml", ".npmrc", "credentials", "a b.txt", "ünï.key", "-x.sh", ".pem", "ID_RSA.PUB", "node_modules", "x.min.JS.map", "Makefile"];
  const dirs = ["", "src/", "a/b/", ".aws/", "home/u/.ssh/", "node_modules/x/", "vendor/", ".github/workflows/", "deep/er/.docker/", "NODE_MODULES/", "x/.Env/"];
  const paths = dirs.flatMap((dir) => names.map((name) => `${dir}${name}`));
  const reference = (glob: string, path: string): boolean => {
    const options = { dot: true, nocase: true };
    if (glob.includes("/")) return picomatch(glob, options)(path);
    return picomatch(glob, options)(path.slice(path.lastIndexOf("/") + 1));
  };
  const disagreements: string[] = [];
  for (const glob of globs) {
    const match = compileGlobs([glob]);
    for (const path of paths) if (match(path) !== reference(glob, path)) disagreements.push(`${glob} ${path}`);
  }
  expect(globs.length).toBeGreaterThan(100);
  expect(disagreements).toEqual([]);
});

test("a glob's longest literal is required by every path it matches (the matcher's shortcut)", () => {
  expect(longestLiteral("*.pem")).toBe(".pem");
  expect(longestLiteral("**/node_modules/**")).toBe("node_modules");
  expect(longestLiteral("**/.aws/credentials")).toBe("credentials");
  expect(longestLiteral("*")).toBeUndefined();
  expect(longestLiteral("*.{pem,key}")).toBeUndefined();
  expect(longestLiteral("[._]env")).toBeUndefined();
  expect(longestLiteral("*.σ")).toBeUndefined();
  // User globs go through the same matcher: lists mixing kinds and shortcuts still agree.
  const match = compileGlobs(["*.{pem,key}", "secrets/**", "*.KEY"]);
  expect(["a.pem", "x/secrets/y", "secrets/y", "A.key", "a.txt"].map(match)).toEqual([true, false, true, true, false]);
});

test("capturing groups are counted from the source exactly as the regex engine counts them", () => {
  const sources = [
    "a(b)(?:c)(?<name>d)(?=e)(?!f)(?<=g)(?<!h)\\(i\\)[(j)]",
    ...readRulePacks().flatMap((pack) => pack.rules.map((rule) => rule.pattern).filter((pattern): pattern is string => pattern !== undefined)),
  ];
  for (const source of sources) expect([source, countCapturingGroups(source)]).toEqual([source, new RegExp(`${source}|`).exec("")!.length - 1]);
});
