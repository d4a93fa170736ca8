// The redactor on whole texts, fed in batches of every size: secrets by rule id, key blocks
// across batches, profiles, rule levels, path-scoped rules, and idempotence on every secret
// rule's own examples. Secret-shaped values are generated at run time.

import { describe, expect, test } from "@jest/globals";
import { applyLevels } from "../../../src/config/apply-levels.js";
import { LineSplitter } from "../../../src/redact/line-stream.js";
import { Redactor, type RedactorOptions } from "../../../src/redact/redactor.js";
import { compileRulePacks, type RuleSet } from "../../../src/rules/compile.js";
import { expandTemplate, seededRandom } from "../../../src/rules/example-template.js";
import { readRulePacks } from "../../../src/rules/load.js";
import { fake, fakeSecrets } from "../../helpers/fake-secrets.js";

const ruleSet = compileRulePacks(readRulePacks());
const DASHES = "-".repeat(5);

/** Redacts `text` as `path`, handing the redactor `batchSize` lines at a time. */
function redact(text: string, options: Partial<RedactorOptions> = {}, batchSize = 1000): { text: string; kinds: string[][] } {
  const redactor = new Redactor({ ruleSet, path: "app.log", profile: "default", ...options });
  const splitter = new LineSplitter();
  const lines = [...splitter.push(text), ...splitter.end()];
  let out = "";
  const kinds: string[][] = [];
  for (let at = 0; at < lines.length; at += batchSize) {
    for (const line of redactor.redact(lines.slice(at, at + batchSize))) {
      out += line.text + line.ending;
      kinds.push(line.kinds);
    }
  }
  return { text: out, kinds };
}

test("a secret becomes <REDACTED:rule-id>; the rest of the line, quotes included, is untouched", () => {
  const pat = fakeSecrets.githubPat();
  const aws = fakeSecrets.awsAccessKeyId();
  const slack = fakeSecrets.slackBotToken();
  const input = [`const t = "${pat}"; // gh`, `export AWS_ACCESS_KEY_ID='${aws}'`, `  slack: { token: \`${slack}\` },`].join("\n");
  const { text, kinds } = redact(input, { profile: "secrets" });
  expect(text).toBe(['const t = "<REDACTED:github-pat>"; // gh', "export AWS_ACCESS_KEY_ID='<REDACTED:aws-access-key-id>'", "  slack: { token: `<REDACTED:slack-token>` },"].join("\n"));
  expect(kinds).toEqual([["github-pat"], ["aws-access-key-id"], ["slack-token"]]);
});

describe("private key blocks", () => {
  const body = Array.from({ length: 6 }, () => fake("{{base64:64}}"));
  const block = [`${DASHES}BEGIN RSA PRIVATE KEY${DASHES}`, ...body, `${DASHES}END RSA PRIVATE KEY${DASHES}`];
  const expected = [block[0], ...body.map(() => "<REDACTED:private-key>"), block[block.length - 1]];

  test.each([1, 2, 3, 5, 1000])("every body line is replaced, BEGIN/END kept, in batches of %i", (batchSize) => {
    const input = ["before", ...block, "after 192.0.2.1", ""].join("\n");
    const { text } = redact(input, {}, batchSize);
    expect(text).toBe(["before", ...expected, "after <IP>", ""].join("\n"));
    for (const line of body) expect(text).not.toContain(line.slice(0, 16));
  });

  test("indentation and quoting around body lines stay", () => {
    const yaml = ["tls.key: |", `  ${block[0]}`, ...body.map((line) => `  ${line}`), `  ${block[block.length - 1]}`].join("\n");
    expect(redact(yaml).text).toBe(["tls.key: |", `  ${block[0]}`, ...body.map(() => "  <REDACTED:private-key>"), `  ${block[block.length - 1]}`].join("\n"));
    const js = [`const key = "${block[0]}\\n" +`, ...body.map((line) => `  "${line}\\n" +`), `  "${block[block.length - 1]}\\n";`].join("\n");
    expect(redact(js).text).toBe([`const key = "${block[0]}\\n" +`, ...body.map(() => '  "<REDACTED:private-key>\\n" +'), `  "${block[block.length - 1]}\\n";`].join("\n"));
  });

  test("comment markers stay; a body line ending in + loses nothing to the concatenation rule", () => {
    const commented = [`# ${block[0]}`, ...body.map((line) => `# ${line}`), `# ${block[block.length - 1]}`].join("\n");
    expect(redact(commented).text).toBe([`# ${block[0]}`, ...body.map(() => "# <REDACTED:private-key>"), `# ${block[block.length - 1]}`].join("\n"));
    const plus = [block[0], `${fake("{{base64:63}}")}+`, block[block.length - 1]].join("\n");
    expect(redact(plus).text).toBe([block[0], "<REDACTED:private-key>", block[block.length - 1]].join("\n"));
  });

  test("a key on one line (JSON) keeps its markers and escapes", () => {
    const json = `{"key": "${block[0]}\\n${body.join("\\n")}\\n${block[block.length - 1]}\\n", "next": 1}`;
    expect(redact(json).text).toBe(`{"key": "${block[0]}\\n<REDACTED:private-key>\\n${block[block.length - 1]}\\n", "next": 1}`);
  });

  test("a block that never ends is redacted to the end of the input: no key material survives", () => {
    const { text } = redact([block[0], ...body, "trailing log line"].join("\n"), {}, 2);
    expect(text).toBe([block[0], ...body.map(() => "<REDACTED:private-key>"), "<REDACTED:private-key>"].join("\n"));
  });

  test("a PuTTY key keeps its header and MAC line", () => {
    const ppk = ["PuTTY-User-Key-File-3: ssh-ed25519", "Encryption: none", "Public-Lines: 2", fake("{{base64:64}}"), "Private-Lines: 1", fake("{{base64:44}}"), `Private-MAC: ${fake("{{hex:64}}")}`];
    const { text } = redact(ppk.join("\n"), {}, 3);
    expect(text.split("\n").slice(0, 6)).toEqual(["PuTTY-User-Key-File-3: ssh-ed25519", ...Array.from({ length: 5 }, () => "<REDACTED:putty-private-key>")]);
    expect(text.split("\n")[6]).toBe(ppk[6]);
  });
});

test("--profile secrets leaves e-mails, addresses and paths alone", () => {
  const input = `user alice@example.com from 192.0.2.4 in /home/alice token ${fakeSecrets.githubPat()}`;
  expect(redact(input, { profile: "secrets" }).text).toBe("user alice@example.com from 192.0.2.4 in /home/alice token <REDACTED:github-pat>");
  expect(redact(input).text).toBe("user <EMAIL> from <IP> in <HOME> token <REDACTED:github-pat>");
});

test("a rule switched off in the project config does not redact", () => {
  const off: RuleSet = applyLevels(ruleSet, { categories: {}, rules: { "github-pat": "off" }, source: "test" });
  const line = `token ${fakeSecrets.githubPat()}`;
  expect(redact(line, { ruleSet: off }).text).toBe(line);
});

test("path-scoped rules apply by the input's name (--stdin-name)", () => {
  const line = `db.internal:5432:app:app_user:${fake("{{alnum:20}}")}`;
  expect(redact(line, { path: ".pgpass", profile: "secrets" }).text).toBe("db.internal:5432:app:app_user:<REDACTED:pgpass-password>");
  expect(redact(line, { path: "notes.txt", profile: "secrets" }).text).toBe(line);
});

test("a rule that reads the line above sees it across a batch boundary", () => {
  const input = ["env:", "  - name: DB_PASSWORD", `    value: ${fake("{{alnum:12}}{{digits:4}}{{upper:4}}")}`].join("\n");
  const whole = redact(input, { profile: "secrets" }).text;
  expect(whole).toContain("value: <REDACTED:");
  expect(redact(input, { profile: "secrets" }, 2).text).toBe(whole);
});

test("an oversized unbroken run becomes one placeholder", () => {
  const redactor = new Redactor({ ruleSet, path: "x", profile: "default" });
  const [line] = redactor.redact([{ line: 1, text: "", ending: "\n", oversized: true }]);
  expect(line).toEqual({ line: 1, text: "<REDACTED:oversized>", ending: "\n", kinds: ["oversized"] });
});

describe("idempotence: redact(redact(x)) === redact(x)", () => {
  const secretRules = ruleSet.contentRules.filter((rule) => rule.category === "secret");
  /** A file name the rule concerns, so path-scoped rules fire. */
  const pathFor = (globs: readonly string[] | undefined): string => {
    const glob = globs?.[0];
    return glob === undefined ? "app.log" : glob.replace(/^\*\*\//, "").replace(/\*/g, "x");
  };

  test.each(secretRules.map((rule) => [rule.id, rule] as const))("on the examples of %s", (_id, rule) => {
    const random = seededRandom(`redact-${rule.id}`);
    const input = rule.spec.examples.match.map((example) => expandTemplate(example, random)).join("\n");
    const path = pathFor(rule.spec.paths);
    const once = redact(input, { path }).text;
    expect(once).not.toBe(input);
    expect(once.split("\n")).toHaveLength(input.split("\n").length);
    expect(redact(once, { path }).text).toBe(once);
    // Nothing is left to report in redacted text: a paste guard passes it.
    expect(redact(once, { path }).kinds.flat()).toEqual([]);
  });

  test("on mixed lines with every placeholder kind, CRLF and batches of any size", () => {
    const input = [
      `Authorization: Bearer ${fake("{{alnum:40}}")}\r`,
      `Cookie: sid=${fake("{{alnum:24}}")}; token=${fakeSecrets.githubPat()}\r`,
      `x-api-key: ${fakeSecrets.stripeLiveKey()} from ops@example.com at 192.0.2.8 and 2001:db8::7`,
      "open /home/alice/x and C:\\Users\\bob\\y on db.internal",
      `password = "${fake("{{alnum:12}}{{digits:3}}")}"  # <EMAIL> already clean`,
      `${DASHES}BEGIN OPENSSH PRIVATE KEY${DASHES}`,
      fake("{{base64:70}}"),
      `${DASHES}END OPENSSH PRIVATE KEY${DASHES}`,
      `url=postgres://app:${fake("{{alnum:16}}")}@db.corp/app`,
      "",
    ].join("\n");
    for (const batchSize of [1, 2, 1000]) {
      const once = redact(input, {}, batchSize).text;
      expect(once).not.toMatch(/ghp_|sk_live|@example\.com|192\.0\.2|db\.internal|alice|bob/);
      expect(once.match(/\r\n/g)).toHaveLength(2);
      expect(redact(once, {}, batchSize).text).toBe(once);
    }
  });
});
