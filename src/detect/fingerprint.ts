// Fingerprints identify a finding across runs without revealing it: a hash of the rule, the file
// and what was matched. No line number, so a secret that moves keeps its fingerprint.

import { createRequire } from "node:module";

// node:crypto is loaded on the first finding: a clean commit never needs it (~5 ms to load).
let crypto: typeof import("node:crypto") | undefined;

export function fingerprint(ruleId: string, file: string, matched: string): string {
  crypto ??= createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto");
  return crypto
    .createHash("sha256").update(`stageguard:v1\0${ruleId}\0${file}\0${matched}`).digest("hex").slice(0, 32);
}
