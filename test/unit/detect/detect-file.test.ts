// detectFile on hand-built files with the shipped rules: the behaviours rules rely on.

import { expect, test } from "@jest/globals";
import { detectFile } from "../../../src/detect/detect-file.js";
import { countCharClasses, VERIFY_CHECKS } from "../../../src/detect/verify.js";
import { compileRulePacks } from "../../../src/rules/compile.js";
import { loadRuleSet } from "../../../src/rules/load.js";
import type { FileChange } from "../../../src/types.js";
import { fake, fakeSecrets } from "../../helpers/fake-secrets.js";
import { seededRandom } from "../../../src/rules/example-template.js";
import { addedFile } from "../../helpers/file-change.js";

const ruleSet = loadRuleSet();

const file = (path: string, lines: string[]): FileChange => addedFile(path, lines);

const ids = (change: FileChange) => detectFile(change, ruleSet).map((finding) => finding.ruleId);

test("a provider rule wins over the generic detector on the same secret", () => {
  expect(ids(file("app.py", [`GITHUB_TOKEN = "${fakeSecrets.githubPat()}"`]))).toEqual(["github-pat"]);
  expect(ids(file("app.py", [`SERVICE_TOKEN = "${fake("{{alnum:32}}")}"`]))).toEqual(["generic-secret"]);
});

test("the generic detector skips lock files, vendored code and minified lines", () => {
  const line = `api_key: "${fake("{{alnum:32}}")}"`;
  expect(ids(file("config/app.yml", [line]))).toEqual(["generic-secret"]);
  expect(ids(file("yarn.lock", [line]))).toEqual([]);
  expect(ids(file("web/node_modules/lib/index.js", [line]))).toEqual([]);
  expect(ids(file("app.js", [`${"x".repeat(1200)};${line}`]))).toEqual([]);
});

test("a rule's secret can be any of several groups (quoted or not)", () => {
  const value = fake("{{alnum:16}}");
  for (const line of [`password = "${value}"`, `PASSWORD=${value}`, `<password>${value}</password>`]) {
    const [finding] = detectFile(file("settings.txt", [line]), ruleSet);
    expect(finding).toEqual(expect.objectContaining({ ruleId: "generic-password", column: line.indexOf(value) + 1, endColumn: line.indexOf(value) + value.length + 1 }));
  }
});

test("allow entries are case-insensitive unless they start with (?-i)", () => {
  const pack = (allow: string[]) =>
    compileRulePacks([
      {
        pack: "p",
        category: "secret",
        rules: [{ id: "r", title: "t", target: "content", message: "m", fix: "f", pattern: "k=(\\w+)", keywords: ["k="], allow, examples: { match: ["a", "b"], noMatch: ["c", "d"] } }],
      },
    ]);
  const found = (allow: string[], text: string) => detectFile(file("a.txt", [text]), pack(allow)).length > 0;
  expect(found(["^abc$"], "k=ABC")).toBe(false);
  expect(found(["(?-i)^abc$"], "k=ABC")).toBe(true);
  expect(found(["(?-i)^abc$"], "k=abc")).toBe(false);
});

test("character classes and structural checks", () => {
  expect([countCharClasses("abc"), countCharClasses("aB1"), countCharClasses("aB1!")]).toEqual([1, 3, 4]);
  const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const signature = fake("{{base64url:43}}");
  expect(VERIFY_CHECKS.jwt(`${b64url({ alg: "HS256", typ: "JWT" })}.${b64url({ sub: "u-1" })}.${signature}`)).toBe(true);
  expect(VERIFY_CHECKS.jwt(`${b64url({ alg: "none" })}.${b64url({ sub: "u-1" })}.${signature}`)).toBe(false);
  expect(VERIFY_CHECKS.jwt(`${b64url({ alg: "HS256" })}.${b64url({ sub: "1234567890", name: "John Doe" })}.${signature}`)).toBe(false);
  expect(VERIFY_CHECKS.jwt(`eyJ${fake("{{base64url:30}}")}.eyJ${fake("{{base64url:30}}")}.${signature}`)).toBe(false);
  expect(VERIFY_CHECKS["basic-auth"](Buffer.from(`deploy:${fake("{{alnum:12}}")}`).toString("base64"))).toBe(true);
  expect(VERIFY_CHECKS["basic-auth"](Buffer.from("no-colon-here").toString("base64"))).toBe(false);
});

test("the keyword index finds overlapping keywords, prefixes and suffixes, in any ASCII case", async () => {
  const { KeywordIndex } = await import("../../../src/detect/keyword-index.js");
  const rule = (id: string, keywords: string[]) => ({ id, keywords }) as unknown as import("../../../src/rules/compile.js").Rule;
  const rules = [rule("a", ["secret"]), rule("b", ["secret_key"]), rule("c", ["key"]), rule("d", ["etk"]), rule("e", ["zzz"]), rule("f", ["ké", "ghp_"])];
  for (const naiveChars of [0, 1_000_000]) {
    const index = new KeywordIndex(rules, { naiveChars });
    const ids = (text: string) => index.rulesIn(text).map((position) => rules[position]!.id);
    expect(ids("my secret_key here")).toEqual(["a", "b", "c"]);
    expect(ids("SecretKey")).toEqual(["a", "c", "d"]);
    expect(ids("nothing")).toEqual([]);
    expect(ids("")).toEqual([]);
    expect(ids("zz zz zzz")).toEqual(["e"]);
    expect(ids("un Ké, GHP_x")).toEqual(["f"]);
    expect(ids("KÉ")).toEqual([]); // only ASCII case is folded
    // Each call stands alone: what one line held does not leak into the next.
    expect(ids("secre")).toEqual([]);
    expect(ids("t")).toEqual([]);
    expect(index.rulesIn("secret key", new Uint8Array([0, 1, 1, 1, 1, 1])).map((position) => rules[position]!.id)).toEqual(["c"]);
  }
});

test("the keyword index agrees with a plain substring search on random text", async () => {
  const { KeywordIndex } = await import("../../../src/detect/keyword-index.js");
  const rule = (id: string, keywords: string[]) => ({ id, keywords }) as unknown as import("../../../src/rules/compile.js").Rule;
  const random = seededRandom("keyword-index");
  const alphabet = "abAB_-cÉé";
  const word = (length: number) => Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
  const asciiLowerWord = (text: string) => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
  const rules = Array.from({ length: 40 }, (_, i) => rule(`r${i}`, [asciiLowerWord(word(1 + (i % 4))), asciiLowerWord(word(3))]));
  // The automaton (from the first character) and the substring tests (never past them) agree.
  const automaton = new KeywordIndex(rules, { naiveChars: 0 });
  const naive = new KeywordIndex(rules, { naiveChars: Number.MAX_SAFE_INTEGER });
  const asciiLower = (text: string) => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
  for (let round = 0; round < 500; round++) {
    const text = word(Math.floor(random() * 30));
    const expected = rules.flatMap((candidate, position) => (candidate.keywords.some((keyword) => asciiLower(text).includes(keyword)) ? [position] : []));
    expect([text, automaton.rulesIn(text)]).toEqual([text, expected]);
    expect([text, naive.rulesIn(text)]).toEqual([text, expected]);
  }
});

test("keyword tables survive bytes, and tables for more keywords than a rule list uses give the same answers", async () => {
  const { KeywordIndex, buildKeywordTables, keywordTablesFromBuffer, keywordTablesToBuffer, primeKeywordTables } = await import("../../../src/detect/keyword-index.js");
  const rule = (id: string, keywords: string[]) => ({ id, keywords }) as unknown as import("../../../src/rules/compile.js").Rule;
  const random = seededRandom("keyword-tables");
  const alphabet = "abAB_-cé";
  const word = (length: number) => Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join("").replace(/[A-Z]/g, (letter) => letter.toLowerCase());
  const rules = Array.from({ length: 30 }, (_, i) => rule(`r${i}`, [word(1 + (i % 4)), word(3)]));
  const extra = Array.from({ length: 20 }, () => word(2 + Math.floor(random() * 3)));
  const keywords = [...new Set([...rules.flatMap((candidate) => candidate.keywords), ...extra])].sort();
  const tables = buildKeywordTables(keywords);
  const copy = keywordTablesFromBuffer(keywordTablesToBuffer(tables), keywords)!;
  expect({ ...copy, asciiClass: [...copy.asciiClass], otherClass: [...copy.otherClass], delta: [...copy.delta], outputStart: [...copy.outputStart], outputKeywords: [...copy.outputKeywords] }).toEqual({
    ...tables,
    asciiClass: [...tables.asciiClass],
    otherClass: [...tables.otherClass],
    delta: [...tables.delta],
    outputStart: [...tables.outputStart],
    outputKeywords: [...tables.outputKeywords],
  });
  expect(keywordTablesFromBuffer(keywordTablesToBuffer(tables), keywords.slice(1))).toBeUndefined();
  const built = new KeywordIndex(rules, { naiveChars: 0 });
  primeKeywordTables(copy);
  const fromTables = new KeywordIndex(rules);
  for (let round = 0; round < 300; round++) {
    const text = Array.from({ length: Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
    expect([text, fromTables.rulesIn(text)]).toEqual([text, built.rulesIn(text)]);
  }
});
