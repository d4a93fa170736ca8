// A project rule whose regex backtracks catastrophically is refused when the settings load
// (exit 2, naming the rule and the settings file), since it would hang a commit on one long
// line; a well-behaved project rule next to it loads and fires.

import { afterEach, expect, test } from "@jest/globals";
import { runBuiltCli } from "../helpers/cli.js";
import { fake } from "../helpers/fake-secrets.js";
import { TempRepo } from "../helpers/temp-repo.js";

let repo: TempRepo;
afterEach(() => repo?.cleanup());

const rule = (id: string, pattern: string, keyword: string) => ({
  id,
  title: "A project token",
  target: "content",
  message: "A project token.",
  fix: "Remove it.",
  pattern,
  keywords: [keyword],
  examples: { match: [`${keyword}={{lower:12}}`, `x ${keyword}={{lower:12}}`], noMatch: ["nothing", "here"] },
});

test("a catastrophic custom rule stops the scan with exit 2; a linear one loads and blocks", async () => {
  repo = await TempRepo.create();
  const good = rule("acme-marker", "\\bacmetok=([a-z]{12})\\b", "acmetok");
  repo.write("stageguard.config.json", JSON.stringify({ customRules: [good, rule("slow-marker", "slowtok=(\\w+\\s?)+;", "slowtok")] }));
  repo.write("app.txt", `acmetok=${fake("{{lower:12}}")}\n`);
  await repo.add();
  const refused = await runBuiltCli(["scan", "staged"], repo.dir);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain("stageguard.config.json: customRules/slow-marker: \"pattern\" backtracks catastrophically");
  expect(refused.stderr).toContain("{0,100}");
  expect(refused.stderr).not.toContain("acme-marker");

  repo.write("stageguard.config.json", JSON.stringify({ customRules: [good] }));
  await repo.add();
  const scanned = await runBuiltCli(["scan", "staged"], repo.dir);
  expect(scanned.stderr + scanned.stdout).toContain("acme-marker");
  expect(scanned.code).toBe(1);
}, 60_000);
