// Expands rule examples written with generators, so that patterns/ and the tests never hold a
// secret-shaped literal (which would trip this very tool, GitHub push protection and other
// scanners). `ghp_{{alnum:36}}` becomes ghp_ plus 36 random letters and digits.
//
// Generators: {{alnum:N}} {{upper:N}} {{lower:N}} {{lowernum:N}} {{uppernum:N}} {{digits:N}}
// {{hex:N}} {{HEX:N}} {{base64:N}} {{base64url:N}} {{base32:N}} {{repeat:N:text}}.

const ALPHABETS: Record<string, string> = {
  alnum: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
  upper: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  lower: "abcdefghijklmnopqrstuvwxyz",
  lowernum: "abcdefghijklmnopqrstuvwxyz0123456789",
  uppernum: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
  digits: "0123456789",
  hex: "0123456789abcdef",
  HEX: "0123456789ABCDEF",
  base64: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
  base64url: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
  base32: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
};

const GENERATOR = /\{\{(\w+):(\d+)(?::([^}]*))?\}\}/g;

/** A small seeded PRNG (mulberry32): examples are random-looking yet reproducible. */
export function seededRandom(seed: string): () => number {
  let state = 0;
  for (const char of seed) state = (Math.imul(state ^ char.charCodeAt(0), 2654435761) >>> 0) + 1;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Replaces every generator in `template`; throws on an unknown generator name. */
export function expandTemplate(template: string, random: () => number): string {
  return template.replace(GENERATOR, (_whole, name: string, count: string, text: string | undefined) => {
    const length = Number(count);
    if (name === "repeat") return (text ?? "").repeat(length);
    const alphabet = ALPHABETS[name];
    if (!alphabet) throw new Error(`unknown example generator "{{${name}:…}}"`);
    let out = "";
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
    return out;
  });
}
