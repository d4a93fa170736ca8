// Checks a candidate secret must pass beyond its regex: shape (length, character classes) and
// structure (a JWT really decodes to a JWT header; a Basic credential to user:password).
// Pure; the names are the values of the rule field `verify`.

/** How many of lower-case, upper-case, digit and other characters the value uses. */
export function countCharClasses(value: string): number {
  let classes = 0;
  if (/[a-z]/.test(value)) classes++;
  if (/[A-Z]/.test(value)) classes++;
  if (/[0-9]/.test(value)) classes++;
  if (/[^A-Za-z0-9]/.test(value)) classes++;
  return classes;
}

export type VerifyCheck = "jwt" | "basic-auth" | "not-sample-words";

export const VERIFY_CHECKS: Record<VerifyCheck, (value: string) => boolean> = {
  jwt: isLikelyJwt,
  "basic-auth": isBasicCredential,
  "not-sample-words": (value) => !isSampleWords(value),
};

/**
 * Words people type when they need a credential for a README, a test or a default config. A
 * value spelled only with these (ignoring case, digits, punctuation and leetspeak: s00pers3cret,
 * P@ssw0rd!, top secret, hunter2) is an illustration, not a leaked credential. A random token
 * never splits into dictionary words, so this costs no recall on real secrets.
 */
const SAMPLE_WORDS = new Set(
  (
    "pass password passwd passphrase pwd secret secrets supersecret topsecret sooper super top very my your our the " +
    "change changeme me let letmein in admin administrator root qwerty asdf test testing tester example sample demo " +
    "dummy fake foo bar baz qux foobar hello world welcome default guest user username login hunter dragon monkey " +
    "abc xyz key token api access private dev local development prod production staging db database mysql postgres " +
    "redis mongo pa ss word"
  ).split(" "),
);
const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s", "!": "i" };

function isSampleWords(value: string): boolean {
  // Digits and punctuation at the ends are decoration (Password123!, secret_2024); inside, they
  // are leetspeak for letters.
  const trimmed = value.toLowerCase().replace(/^[^a-z]+|[^a-z]+$/g, "");
  const core = trimmed.replace(/[0134579@$!]/g, (char) => LEET[char] ?? char).replace(/[^a-z]+/g, "");
  if (core.length < 4 || core.length < value.replace(/[^A-Za-z0-9@$!]/g, "").length * 0.6) return false;
  // Word break: can `core` be split entirely into sample words?
  const reachable = new Array<boolean>(core.length + 1).fill(false);
  reachable[0] = true;
  for (let end = 1; end <= core.length; end++) {
    for (let start = Math.max(0, end - 14); start < end && !reachable[end]; start++) {
      if (reachable[start] && SAMPLE_WORDS.has(core.slice(start, end))) reachable[end] = true;
    }
  }
  return reachable[core.length]!;
}

function decodeBase64Url(part: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(part)) return undefined;
  return Buffer.from(part.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8");
}

function parseJsonObject(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    // Not JSON: not a JWT. The caller only needs a yes or no.
    return undefined;
  }
}

/**
 * A signed JWT: a JSON header with "alg" (not "none"), a JSON payload, a signature. The jwt.io
 * documentation token (subject 1234567890, "John Doe") is a published example, not a secret.
 */
function isLikelyJwt(value: string): boolean {
  const [header, payload, signature] = value.split(".");
  if (!header || !payload || !signature) return false;
  const head = parseJsonObject(decodeBase64Url(header));
  const body = parseJsonObject(decodeBase64Url(payload));
  if (!head || !body || typeof head.alg !== "string" || head.alg.toLowerCase() === "none") return false;
  return !(body.sub === "1234567890" && body.name === "John Doe");
}

/** HTTP Basic credentials: base64 of "user:password" with both parts present. */
function isBasicCredential(value: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const decoded = Buffer.from(value, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  // eslint-disable-next-line no-control-regex
  return colon > 0 && colon < decoded.length - 1 && !/[\x00-\x1f\ufffd]/.test(decoded);
}
