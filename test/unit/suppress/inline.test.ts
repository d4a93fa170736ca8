import { expect, test } from "@jest/globals";
import { parseAllowMarker } from "../../../src/suppress/inline.js";

test.each([
  ["// stageguard-allow", { ruleIds: [], reason: null }],
  ["# stageguard-allow github-pat", { ruleIds: ["github-pat"], reason: null }],
  ["/* stageguard-allow github-pat, aws-access-key-id: fixture, revoked */", { ruleIds: ["github-pat", "aws-access-key-id"], reason: "fixture, revoked" }],
  ["<!-- stageguard-allow: docs example -->", { ruleIds: [], reason: "docs example" }],
  ["x = 1  -- stageguard-allow env-file:reason", { ruleIds: ["env-file"], reason: "reason" }],
])("%s", (text, expected) => {
  expect(parseAllowMarker(text)).toEqual(expected);
});

test("look-alikes are not markers", () => {
  expect(parseAllowMarker("stageguard-allowed")).toBeUndefined();
  expect(parseAllowMarker("stageguard allow")).toBeUndefined();
});
