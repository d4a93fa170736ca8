// A log far larger than the heap it is allowed goes through `stageguard redact` whole: the
// built CLI runs with --max-old-space-size=48 on ~40 MB generated here (never committed), with
// fake secrets planted at known lines, a key block across a batch boundary and a 3 MiB line.

import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { execa } from "execa";
import { createWriteStream, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { once } from "node:events";
import { BUILT_CLI } from "../helpers/cli.js";
import { fake, fakeSecrets } from "../helpers/fake-secrets.js";
import { gitEnv } from "../helpers/git-env.js";
import { TempRepo } from "../helpers/temp-repo.js";

const TARGET_BYTES = 40 * 1024 * 1024;
const HEAP_MB = 48;
const DASHES = "-".repeat(5);

let dir: TempRepo;
/** 0-based line index → what that line must become. */
const planted = new Map<number, { secret: string; expected: string }>();
let lineCount = 0;

function logLine(i: number): string {
  const time = `2025-03-14T12:${String(i % 60).padStart(2, "0")}:${String((i * 7) % 60).padStart(2, "0")}.${String(i % 1000).padStart(3, "0")}Z`;
  if (i % 3 === 0) return `${time} INFO  GET /api/v1/orders/${i}?page=2 200 ${i % 500}ms ua="Mozilla/5.0 Chrome/120.0.6099.109"`;
  if (i % 3 === 1) return `${time} DEBUG db query took ${i % 90}ms pool=primary worker=${i % 16} token_ttl=3600`;
  return `${time} WARN  cache miss for user:${i}:profile version 1.2.3.4, refreshing`;
}

beforeAll(async () => {
  dir = await TempRepo.create({ init: false });
  const out = createWriteStream(join(dir.dir, "big.log"));
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await once(out, "drain");
  };
  let bytes = 0;
  for (let i = 0; bytes < TARGET_BYTES; i++) {
    let line = logLine(i);
    if (i % 20011 === 5) {
      const pat = fakeSecrets.githubPat();
      line = `${line} auth=${pat}`;
      planted.set(i, { secret: pat, expected: `${logLine(i)} auth=<REDACTED:github-pat>` });
    } else if (i % 30011 === 7) {
      const aws = fakeSecrets.awsAccessKeyId();
      line = `AWS_ACCESS_KEY_ID="${aws}"`;
      planted.set(i, { secret: aws, expected: 'AWS_ACCESS_KEY_ID="<REDACTED:aws-access-key-id>"' });
    } else if (i >= 997 && i <= 1003) {
      // The detector gets 1000 lines at a time: this key block spans two batches.
      const body = fake("{{base64:64}}");
      line = i === 997 ? `${DASHES}BEGIN RSA PRIVATE KEY${DASHES}` : i === 1003 ? `${DASHES}END RSA PRIVATE KEY${DASHES}` : body;
      if (i !== 997 && i !== 1003) planted.set(i, { secret: body, expected: "<REDACTED:private-key>" });
    } else if (i === 5000) {
      // One 3 MiB line (longer than the 1 MiB a line may hold), its secret near the end.
      const pat = fakeSecrets.githubPat();
      const filler = "field=value ".repeat(262_144);
      line = `${filler}token ${pat} end`;
      planted.set(i, { secret: pat, expected: `${filler}token <REDACTED:github-pat> end` });
    }
    await write(`${line}\n`);
    bytes += line.length + 1;
    lineCount = i + 1;
  }
  out.end();
  await once(out, "close");
}, 60_000);
afterAll(() => dir?.cleanup());

test(`a ${TARGET_BYTES / 1024 / 1024} MB log streams through a ${HEAP_MB} MB heap: same lines, every planted secret replaced`, async () => {
  const started = performance.now();
  const result = await execa(process.execPath, [`--max-old-space-size=${HEAP_MB}`, BUILT_CLI, "redact", "big.log"], {
    cwd: dir.dir,
    env: gitEnv(),
    extendEnv: false,
    reject: false,
    stdout: { file: join(dir.dir, "out.log") },
  });
  const seconds = (performance.now() - started) / 1000;
  expect({ code: result.exitCode, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
  const output = readFileSync(join(dir.dir, "out.log"), "utf8");
  const lines = output.split("\n");
  expect(lines.pop()).toBe("");
  expect(lines).toHaveLength(lineCount);
  expect(planted.size).toBeGreaterThan(10);
  for (const [index, { secret, expected }] of planted) {
    expect({ index, line: lines[index] === expected }).toEqual({ index, line: true });
    expect(output.includes(secret)).toBe(false);
  }
  // The unplanted lines pass through untouched (version numbers are not addresses).
  expect(lines[2]).toBe(logLine(2));
  // Throughput, for the record; generous so a busy machine does not fail it.
  const megabytes = statSync(join(dir.dir, "big.log")).size / 1024 / 1024;
  expect(megabytes / seconds).toBeGreaterThan(1);
}, 60_000);
