// init's text edits are pure and idempotent, and keep what the user wrote.

import { describe, expect, test } from "@jest/globals";
import {
  addHookLine,
  hookLine,
  huskyPrepare,
  installCommand,
  packageManagerFor,
  removeHookLines,
  withLintStagedTask,
  withoutPrepare,
  withPrepare,
} from "../../../src/init/edits.js";

describe("hook files", () => {
  test("the line is appended after the user's lines, once, keeping CRLF", () => {
    const line = hookLine("pre-commit", "");
    const once = addHookLine("npx lint-staged\r\n", line);
    expect(once).toBe(`npx lint-staged\r\n${line}\r\n`);
    expect(addHookLine(once, line)).toBe(once);
    expect(addHookLine(undefined, line)).toBe(`${line}\n`);
    expect(addHookLine("npm test\n", line)).toBe(`${line}\n`); // husky init's placeholder
    expect(removeHookLines(once)).toBe("npx lint-staged\r\n");
  });

  test("sub-packages get paths from the git root", () => {
    expect(hookLine("pre-push", "apps/web")).toBe('sh apps/web/node_modules/stageguard/hooks/pre-push "$@"');
    expect(hookLine("pre-merge-commit", "apps/web")).toBe("sh apps/web/node_modules/stageguard/hooks/pre-merge-commit");
    expect(huskyPrepare("apps/web")).toBe("cd ../.. && husky apps/web/.husky");
    expect(huskyPrepare("")).toBe("husky");
  });
});

describe("package.json", () => {
  test("prepare is added, chained after an existing one, and taken out again", () => {
    const plain = '{\n    "name": "x"\n}\n';
    const prepared = withPrepare(plain, "husky")!;
    expect(JSON.parse(prepared).scripts).toEqual({ prepare: "husky" });
    expect(prepared).toContain('\n    "scripts"');
    expect(withPrepare(prepared, "husky")).toBeUndefined();
    expect(withoutPrepare(prepared)).toBe(plain);
    const chained = withPrepare('{"scripts":{"prepare":"tsc"}}', "husky")!;
    expect(JSON.parse(chained).scripts.prepare).toBe("tsc && husky");
  });

  test("lint-staged gets the task on every file, once", () => {
    expect(withLintStagedTask({ "*.js": "eslint" })).toEqual({ "*.js": "eslint", "*": "stageguard scan staged" });
    expect(withLintStagedTask({ "*": "prettier --write" })).toEqual({ "*": ["prettier --write", "stageguard scan staged"] });
    expect(withLintStagedTask({ "*": ["stageguard scan staged"] })).toBeUndefined();
  });

  test("the package manager comes from the lock file", () => {
    expect(packageManagerFor(["yarn.lock"])).toBe("yarn");
    expect(packageManagerFor(["bun.lock"])).toBe("bun");
    expect(packageManagerFor(["package-lock.json"])).toBe("npm");
    expect(installCommand("pnpm", "husky")).toEqual(["pnpm", "add", "--save-dev", "husky"]);
  });
});
