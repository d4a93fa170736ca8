// Secret-shaped strings are built at run time, never written in the repository, so this project
// never trips its own hook (or anyone else's scanner). Each call gives a fresh random value.

import { randomBytes } from "node:crypto";
import { expandTemplate } from "../../src/rules/example-template.js";

function random(): number {
  return randomBytes(4).readUInt32BE() / 0x1_0000_0000;
}

/** Expands generator syntax such as `ghp_{{alnum:36}}` with fresh randomness. */
export function fake(template: string): string {
  return expandTemplate(template, random);
}

export const fakeSecrets = {
  githubPat: () => fake("ghp_{{alnum:36}}"),
  awsAccessKeyId: () => fake("AKIA{{base32:16}}"),
  stripeLiveKey: () => fake("sk_live_{{alnum:32}}"),
  slackBotToken: () => fake("xoxb-{{digits:12}}-{{digits:13}}-{{alnum:24}}"),
  googleApiKey: () => fake("AIza{{alnum:35}}"),
  privateKeyBlock: () =>
    [fake("{{repeat:5:-}}BEGIN RSA PRIVATE KEY{{repeat:5:-}}"), ...Array.from({ length: 4 }, () => fake("{{base64:64}}")), fake("{{repeat:5:-}}END RSA PRIVATE KEY{{repeat:5:-}}")].join("\n"),
  databasePassword: () => fake("{{alnum:20}}"),
};

/**
 * True when `output` contains `secret`, or any 10-character slice of it: more than a mask
 * shows. Slices that also occur in `publicText` (rule titles, messages and fixes, which name
 * documented prefixes such as AGE-SECRET-KEY-1) are not evidence of a leak.
 */
export function revealsSecret(output: string, secret: string, publicText = "", window = 10): boolean {
  if (output.includes(secret)) return true;
  for (let i = 0; i + window <= secret.length; i++) {
    const slice = secret.slice(i, i + window);
    if (output.includes(slice) && !publicText.includes(slice)) return true;
  }
  return false;
}
