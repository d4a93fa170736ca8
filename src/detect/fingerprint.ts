// Fingerprints identify a finding across runs without revealing it: a hash of the rule, the file
// and what was matched. No line number, so a secret that moves keeps its fingerprint.

import { createHash } from "node:crypto";

export function fingerprint(ruleId: string, file: string, matched: string): string {
  return createHash("sha256").update(`stageguard:v1\0${ruleId}\0${file}\0${matched}`).digest("hex").slice(0, 32);
}
