// Properties of the staged collection on REAL git repositories: random awkward names and contents
// are written, committed, modified, deleted and staged with git itself; then what stageguard
// collects (src/git/staged.ts, in-process) is compared with what git says is staged, and a
// planted token is looked for through the whole CLI (`scan staged --format json`).

import { afterAll, expect, test } from "@jest/globals";
import fc from "fast-check";
import { execa } from "execa";
import { rmSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { collectStaged } from "../../src/git/staged.js";
import { expandTemplate, seededRandom } from "../../src/rules/example-template.js";
import type { StagedFile } from "../../src/types.js";
import { parseJsonReport, runCli } from "../helpers/cli.js";
import { gitEnv } from "../helpers/git-env.js";
import { TempRepo } from "../helpers/temp-repo.js";
import { distinctPaths, expectedLines, frame, framing, lineBytes, type Framing } from "./arbitraries.js";
import { propertyParams } from "./settings.js";

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

const MAX_BYTES = 10 * 1024 * 1024;

type Content = { kind: "text"; lines: Buffer[]; framing: Framing } | { kind: "bytes"; data: Buffer };

/** File contents: text in any framing (most runs), empty, binary with NUL bytes, or random bytes. */
const content: fc.Arbitrary<Content> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("text" as const), lines: fc.array(lineBytes, { maxLength: 30 }), framing }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("bytes" as const), data: fc.constantFrom(Buffer.alloc(0), Buffer.from([0xef, 0xbb, 0xbf])) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("bytes" as const), data: fc.uint8Array({ minLength: 1, maxLength: 200 }).map((bytes) => Buffer.from(bytes)) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("bytes" as const), data: fc.uint8Array({ maxLength: 50 }).map((bytes) => Buffer.concat([Buffer.from(bytes), Buffer.from([0]), Buffer.from(bytes)])) }) },
);

const bytesOf = (value: Content): Buffer => (value.kind === "text" ? frame(value.lines, value.framing) : value.data);

type Role = "added" | "modified" | "deleted" | "unchanged";
interface Entry {
  path: string;
  role: Role;
  before: Content;
  after: Content;
}

/** The token planted in one added or modified file, at a known line. */
interface Plant {
  target: number;
  at: number;
  tokenSeed: string;
}

const scenario = distinctPaths(1, 5).chain((paths) =>
  fc.record({
    entries: fc.tuple(...paths.map((path) => fc.record({ path: fc.constant(path), role: fc.constantFrom<Role>("added", "modified", "deleted", "unchanged"), before: content, after: content }))),
    plant: fc.record({ target: fc.nat(), at: fc.nat(), tokenSeed: fc.string({ maxLength: 8 }) }),
  }),
);

async function git(dir: string, ...args: string[]): Promise<Buffer> {
  const result = await execa("git", args, { cwd: dir, env: gitEnv(), extendEnv: false, encoding: "buffer", stripFinalNewline: false, stdin: "ignore" });
  return Buffer.from(result.stdout);
}

function write(dir: string, path: string, data: Buffer): void {
  const full = join(dir, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, data);
}

/** What git says is staged: exact names, NUL-separated. */
async function stagedNames(dir: string): Promise<string[]> {
  const out = await git(dir, "diff", "--cached", "--name-only", "-z", "-M", "--no-relative");
  return out.toString("utf8").split("\0").filter((name) => name !== "");
}

async function collect(dir: string): Promise<StagedFile[]> {
  const files: StagedFile[] = [];
  for await (const file of collectStaged(dir, { maxBytesPerFile: MAX_BYTES })) files.push(file);
  return files;
}

/** git's binary heuristic: a NUL in the first 8000 bytes. */
const looksBinary = (data: Buffer) => data.subarray(0, 8000).includes(0);

/** Checks each collected file's lines against the bytes written (the staged version). */
function checkLines(file: StagedFile, staged: Buffer, before: Buffer | "new" | "unknown"): void {
  if (file.status === "deleted") {
    expect(file.addedLines).toEqual([]);
    return;
  }
  expect(file.isBinary).toBe(looksBinary(staged));
  if (file.isBinary) return;
  const lines = expectedLines(staged);
  for (const line of [...file.addedLines, ...file.contextLines]) expect({ line: line.line, text: line.text }).toEqual({ line: line.line, text: lines[line.line - 1] });
  const numbers = file.addedLines.map((line) => line.line);
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  if (before === "new") {
    // A new file: every line is added, numbered from 1.
    expect(file.addedLines).toEqual(lines.map((text, index) => ({ line: index + 1, text })));
  } else if (before !== "unknown" && !looksBinary(before)) {
    // Whatever the diff algorithm, a line the old version never held cannot be context.
    const old = new Set(expectedLines(before));
    const added = new Set(numbers);
    lines.forEach((text, index) => {
      if (!old.has(text)) expect({ line: index + 1, added: added.has(index + 1) }).toEqual({ line: index + 1, added: true });
    });
  }
}

// Seed 4242, 20 runs (~10-14 s on 2 cores: each run builds a repository, commits, stages and scans).
test("staged collection: every staged path with git's exact name, lines and numbers of the staged version, a planted token at its line", async () => {
  await fc.assert(
    fc.asyncProperty(scenario, async ({ entries, plant }: { entries: Entry[]; plant: Plant }) => {
      const repo = await TempRepo.create({ prefix: "stageguard-prop-" });
      repos.push(repo);
      try {
        const committed = entries.filter((entry) => entry.role !== "added");
        for (const entry of committed) write(repo.dir, entry.path, bytesOf(entry.before));
        if (committed.length > 0) {
          await repo.git("add", "-A");
          await repo.commit("base");
        }
        // The token goes into one added or modified file, as a line of its own among random ones.
        const changing = entries.filter((entry) => entry.role === "added" || entry.role === "modified");
        const holder = changing.length > 0 ? changing[plant.target % changing.length]! : undefined;
        const token = expandTemplate("ghp_{{alnum:36}}", seededRandom(`prop:${plant.tokenSeed}`));
        const staged = new Map<string, Buffer>();
        for (const entry of entries) {
          if (entry.role === "deleted") rmSync(join(repo.dir, entry.path));
          if (entry.role === "unchanged" || entry.role === "deleted") continue;
          let after = entry.after;
          if (entry === holder) {
            const lines = after.kind === "text" ? after.lines : [];
            const at = plant.at % (lines.length + 1);
            after = { kind: "text", lines: [...lines.slice(0, at), Buffer.from(`token = "${token}"`), ...lines.slice(at)], framing: after.kind === "text" ? after.framing : { ending: "\n", bom: false, finalNewline: true } };
          }
          staged.set(entry.path, bytesOf(after));
          write(repo.dir, entry.path, bytesOf(after));
        }
        await repo.git("add", "-A");

        const files = await collect(repo.dir);
        expect(files.map((file) => file.path).sort()).toEqual((await stagedNames(repo.dir)).sort());
        for (const file of files) {
          const entry = entries.find((candidate) => candidate.path === file.path);
          // A rename's lines are compared with its source: only the new-file and same-path checks apply.
          const before = file.status === "added" ? "new" : file.status === "modified" && entry ? bytesOf(entry.before) : "unknown";
          checkLines(file, staged.get(file.path) ?? Buffer.alloc(0), before);
        }

        if (holder) {
          const result = await runCli(["scan", "staged", "--format", "json"], repo.dir);
          const report = parseJsonReport(result);
          expect(result.code).toBe(1);
          const found = report.findings.filter((finding) => finding.ruleId === "github-pat").map((finding) => [finding.file, finding.line, finding.column, finding.endColumn]);
          // Where the token is, counted as git counts lines (a lone CR ends none).
          const bytes = staged.get(holder.path)!;
          const line = bytes.subarray(0, bytes.indexOf(token)).filter((byte) => byte === 10).length + 1;
          const column = expectedLines(bytes)[line - 1]!.indexOf(token) + 1;
          expect(found).toContainEqual([holder.path, line, column, column + token.length]);
          expect(result.stdout.includes(token)).toBe(false);
        }
      } finally {
        repo.cleanup();
      }
    }),
    // A counterexample builds repositories: print it as found instead of shrinking for minutes.
    propertyParams(4242, 20, { endOnFailure: true }),
  );
}, 120_000);
