import { expect, test } from "@jest/globals";
import { maskSecret, maskSpans, shannonEntropy } from "../../../src/detect/mask.js";
import { shellQuote } from "../../../src/detect/render-fix.js";

test("long secrets keep at most the first 4 and last 2 characters", () => {
  expect(maskSecret("abcdefghijklmnopqrstuvwxyz")).toBe("abcd…yz");
  expect(maskSecret("0123456789abcdef")).toBe("0123…ef");
});

test("short secrets are masked entirely, with a length that says little", () => {
  expect(maskSecret("0123456789abcde")).toBe("********");
  expect(maskSecret("ab")).toBe("****");
});

test("spans are masked in place; overlapping and out-of-range spans are safe", () => {
  // Built at run time so this file holds no URL-with-password literal.
  const text = ["url=postgres://u", "0123456789abcdefXYZ@host"].join(":");
  const start = text.indexOf("0123");
  expect(maskSpans(text, [[start, start + 19]])).toBe(["url=postgres://u", "0123…YZ@host"].join(":"));
  expect(maskSpans("abcdefghijklmnopqrst", [[-5, 40]])).toBe("abcd…st");
  // The second span overlaps the first: only its uncovered part is masked again.
  expect(maskSpans("aaaa bbbb", [[0, 4], [2, 9]])).toBe("*********");
});

test("entropy", () => {
  expect(shannonEntropy("")).toBe(0);
  expect(shannonEntropy("aaaa")).toBe(0);
  expect(shannonEntropy("abcd")).toBe(2);
});

test("shell quoting for fix commands", () => {
  expect(shellQuote("src/.env")).toBe("src/.env");
  expect(shellQuote("with space/.env")).toBe("'with space/.env'");
  expect(shellQuote("it's")).toBe("'it'\\''s'");
  expect(shellQuote("")).toBe("''");
});
