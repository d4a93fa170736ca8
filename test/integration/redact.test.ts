// `stageguard redact` through the built executable: stdin and files, byte-exact structure,
// idempotence, --check, profiles, project config, and the errors that stop it (exit 2).
// Secret-shaped values are generated at run time; addresses are documentation ones.

import { afterEach, expect, test } from "@jest/globals";
import { execa } from "execa";
import { once } from "node:events";
import { BUILT_CLI } from "../helpers/cli.js";
import { fake, fakeSecrets } from "../helpers/fake-secrets.js";
import { gitEnv } from "../helpers/git-env.js";
import { TempRepo } from "../helpers/temp-repo.js";

interface Run {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs `stageguard redact …` in `cwd`, with `input` on stdin; stdout as bytes, nothing stripped. */
async function redact(argv: string[], cwd: string, input: string | Buffer = ""): Promise<Run> {
  const result = await execa(process.execPath, [BUILT_CLI, "redact", ...argv], {
    cwd,
    env: gitEnv(),
    extendEnv: false,
    reject: false,
    input,
    encoding: "buffer",
    stripFinalNewline: false,
  });
  return { code: result.exitCode ?? -1, stdout: Buffer.from(result.stdout), stderr: Buffer.from(result.stderr).toString("utf8") };
}

const DASHES = "-".repeat(5);
let dir: TempRepo;
afterEach(() => dir?.cleanup());

/** A log holding one secret of several kinds; `expected` is the same text with only those replaced. */
function plantedLog(): { input: string; expected: string; secrets: string[] } {
  const pat = fakeSecrets.githubPat();
  const aws = fakeSecrets.awsAccessKeyId();
  const stripe = fakeSecrets.stripeLiveKey();
  const slack = fakeSecrets.slackBotToken();
  const password = fake("{{alnum:16}}");
  const keyBody = Array.from({ length: 3 }, () => fake("{{base64:64}}"));
  const lines: Array<[string, string]> = [
    [`2025-03-14 INFO  token="${pat}" (quoted)`, `2025-03-14 INFO  token="<REDACTED:github-pat>" (quoted)`],
    [`env: AWS_ACCESS_KEY_ID='${aws}'`, `env: AWS_ACCESS_KEY_ID='<REDACTED:aws-access-key-id>'`],
    [`stripe.api_key = \`${stripe}\`;`, "stripe.api_key = `<REDACTED:stripe-live-secret-key>`;"],
    [`{"slack": "${slack}", "n": 1}`, `{"slack": "<REDACTED:slack-token>", "n": 1}`],
    [`db=mysql://app:${password}@10.0.0.5/app`, "db=mysql://app:<REDACTED:url-with-password>@<IP>/app"],
    [`${DASHES}BEGIN EC PRIVATE KEY${DASHES}`, `${DASHES}BEGIN EC PRIVATE KEY${DASHES}`],
    ...keyBody.map((line): [string, string] => [line, "<REDACTED:private-key>"]),
    [`${DASHES}END EC PRIVATE KEY${DASHES}`, `${DASHES}END EC PRIVATE KEY${DASHES}`],
    ["nothing here", "nothing here"],
  ];
  return {
    input: `${lines.map(([from]) => from).join("\n")}\n`,
    expected: `${lines.map(([, to]) => to).join("\n")}\n`,
    secrets: [pat, aws, stripe, slack, password, ...keyBody],
  };
}

test("stdin: each secret becomes <REDACTED:rule-id>, the rest of every line is byte-identical", async () => {
  dir = await TempRepo.create({ init: false });
  const { input, expected, secrets } = plantedLog();
  const result = await redact([], dir.dir, input);
  expect(result.code).toBe(0);
  expect(result.stdout.toString("utf8")).toBe(expected);
  for (const secret of secrets) expect(result.stdout.toString("utf8")).not.toContain(secret.slice(0, 12));
  expect(result.stderr).toBe("");
});

test("files are printed in order; line endings and bytes that are not UTF-8 pass through", async () => {
  dir = await TempRepo.create({ init: false });
  const pat = fakeSecrets.githubPat();
  dir.write("a.log", `first\r\ntoken ${pat}\r\nmail ops@example.com\r\n`);
  // Latin-1 "é", a UTF-8 "é", a lone CR and no final newline.
  dir.write("b.log", Buffer.concat([Buffer.from("caf"), Buffer.from([0xe9]), Buffer.from(" café\rlast line")]));
  const result = await redact(["a.log", "b.log"], dir.dir);
  expect(result.code).toBe(0);
  const expected = Buffer.concat([
    Buffer.from("first\r\ntoken <REDACTED:github-pat>\r\nmail <EMAIL>\r\n"),
    Buffer.from("caf"),
    Buffer.from([0xe9]),
    Buffer.from(" café\rlast line"),
  ]);
  expect(result.stdout.equals(expected)).toBe(true);
});

test("idempotent: redacting the output again changes nothing, and --check passes it", async () => {
  dir = await TempRepo.create({ init: false });
  const { input } = plantedLog();
  const extra = "Authorization: Bearer abc.def.ghi123\r\nCookie: sid=xyz; theme=dark\r\nat /home/alice/app on db01.internal from 2001:db8::9\n";
  const once = await redact([], dir.dir, input + extra);
  const twice = await redact([], dir.dir, once.stdout);
  expect(twice.stdout.equals(once.stdout)).toBe(true);
  expect(once.stdout.toString("utf8")).toContain("Authorization: Bearer <TOKEN>\r\nCookie: <COOKIE>\r\nat <HOME>/app on <HOST> from <IP>\n");
  const check = await redact(["--check"], dir.dir, once.stdout);
  expect(check).toEqual({ code: 0, stdout: Buffer.alloc(0), stderr: "" });
});

test("--check: nothing on stdout, where and what on stderr (never the value), exit 1", async () => {
  dir = await TempRepo.create({ init: false });
  const pat = fakeSecrets.githubPat();
  dir.write("app.log", `ok\ntoken ${pat} for ops@example.com\nok\n`);
  dir.write("clean.log", "all quiet\n");
  const result = await redact(["--check", "clean.log", "app.log"], dir.dir);
  expect(result.code).toBe(1);
  expect(result.stdout.length).toBe(0);
  expect(result.stderr).toBe("app.log:2: would redact github-pat, email\nstageguard: 1 line would be redacted (nothing was printed)\n");
  expect(result.stderr).not.toContain(pat.slice(4, 14));
  expect(await redact(["--check", "clean.log"], dir.dir)).toEqual({ code: 0, stdout: Buffer.alloc(0), stderr: "" });
});

test("--profile secrets leaves e-mails and addresses alone", async () => {
  dir = await TempRepo.create({ init: false });
  const pat = fakeSecrets.githubPat();
  const result = await redact(["--profile", "secrets"], dir.dir, `ops@example.com 192.0.2.1 ${pat}\n`);
  expect(result.stdout.toString("utf8")).toBe("ops@example.com 192.0.2.1 <REDACTED:github-pat>\n");
});

test("--stdin-name lets path-scoped rules apply to standard input", async () => {
  dir = await TempRepo.create({ init: false });
  const line = `db.example.com:5432:app:app_user:${fake("{{alnum:20}}")}\n`;
  expect((await redact(["--profile", "secrets"], dir.dir, line)).stdout.toString("utf8")).toBe(line);
  expect((await redact(["--profile", "secrets", "--stdin-name", ".pgpass"], dir.dir, line)).stdout.toString("utf8")).toBe("db.example.com:5432:app:app_user:<REDACTED:pgpass-password>\n");
});

test("a rule switched off in stageguard.config.json does not redact (config from the repository root)", async () => {
  dir = await TempRepo.create();
  dir.write("stageguard.config.json", JSON.stringify({ rules: { "github-pat": "off" } }));
  dir.write("sub/app.log", `token ${fakeSecrets.githubPat()} and ${fakeSecrets.awsAccessKeyId()}\n`);
  const result = await redact(["app.log"], `${dir.dir}/sub`);
  expect(result.code).toBe(0);
  expect(result.stdout.toString("utf8")).toMatch(/^token ghp_\w{36} and <REDACTED:aws-access-key-id>\n$/);
});

test("redact.internalDomains in the config: names under those domains become <HOST>; a bad entry is an error", async () => {
  dir = await TempRepo.create();
  dir.write("stageguard.config.json", JSON.stringify({ redact: { internalDomains: ["corp.example.net"] } }));
  const result = await redact([], dir.dir, "build01.corp.example.net, corp.example.network, db.internal\n");
  expect(result.stdout.toString("utf8")).toBe("<HOST>, corp.example.network, <HOST>\n");
  dir.write("stageguard.config.json", JSON.stringify({ redact: { internalDomains: ["ok.example", "not a domain"], hosts: [] } }));
  const bad = await redact([], dir.dir, "x\n");
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('redact: unknown key "hosts" (known: internalDomains)');
  expect(bad.stderr).toContain('redact.internalDomains[1]: expected a domain name such as corp.example.com, got "not a domain"');
});

test("a missing file, a folder or a binary file: exit 2, a clear reason, and nothing printed", async () => {
  dir = await TempRepo.create({ init: false });
  dir.write("good.log", "mail ops@example.com\n");
  dir.write("blob.bin", Buffer.from([0x50, 0x4b, 0x00, 0x01, 0x41]));
  const missing = await redact(["good.log", "nope.log"], dir.dir);
  expect(missing.code).toBe(2);
  expect(missing.stdout.length).toBe(0);
  expect(missing.stderr).toBe("stageguard: cannot read nope.log: no such file\n");
  const folder = await redact([".", "good.log"], dir.dir);
  expect(folder.code).toBe(2);
  expect(folder.stderr).toContain("is a folder");
  const binary = await redact(["good.log", "blob.bin"], dir.dir);
  expect(binary.code).toBe(2);
  expect(binary.stdout.length).toBe(0);
  expect(binary.stderr).toContain("blob.bin looks binary");
  expect(binary.stderr).toContain("--force");
  const binaryStdin = await redact([], dir.dir, Buffer.from([0x00, 0x41, 0x0a]));
  expect(binaryStdin.code).toBe(2);
  const forced = await redact(["--force", "blob.bin"], dir.dir);
  expect(forced.code).toBe(0);
  expect(forced.stdout.equals(Buffer.from([0x50, 0x4b, 0x00, 0x01, 0x41]))).toBe(true);
});

test("a reader that goes away early (`| head`) ends redact quietly, exit 0", async () => {
  dir = await TempRepo.create({ init: false });
  dir.write("big.log", "mail ops@example.com from 192.0.2.1\n".repeat(200_000));
  const child = execa(process.execPath, [BUILT_CLI, "redact", "big.log"], { cwd: dir.dir, env: gitEnv(), extendEnv: false, reject: false, buffer: { stdout: false } });
  await once(child.stdout, "data");
  child.stdout.destroy();
  const result = await child;
  expect({ code: result.exitCode, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
});

test("usage errors exit 2; --help documents the command", async () => {
  dir = await TempRepo.create({ init: false });
  const result = await redact(["--profile", "everything"], dir.dir);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain("--profile must be one of default, secrets");
  const help = await redact(["--help"], dir.dir);
  expect(help.code).toBe(0);
  expect(help.stdout.toString("utf8")).toContain("stageguard redact [options] [files…]");
  expect(help.stdout.toString("utf8")).toContain("--stdin-name <name>");
});
