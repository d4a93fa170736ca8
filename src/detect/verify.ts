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

export const VERIFY_CHECKS: Record<"jwt" | "basic-auth", (value: string) => boolean> = {
  jwt: isLikelyJwt,
  "basic-auth": isBasicCredential,
};

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
