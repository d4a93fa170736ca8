// The default profile's typed placeholders: what identifies people, machines and sessions in a
// log without being a credential a rule knows. Pure: one line in, spans out. Each pattern has a
// cheap prefilter, since most log lines hold none of these. Placeholders never match again.

import { isIPv6 } from "node:net";
import { VERIFY_CHECKS } from "../detect/verify.js";
import type { Span } from "./spans.js";

export type PiiKind = "email" | "ip" | "token" | "cookie" | "home" | "host";

const PII_PLACEHOLDERS: Readonly<Record<PiiKind, string>> = {
  email: "<EMAIL>",
  ip: "<IP>",
  token: "<TOKEN>",
  cookie: "<COOKIE>",
  home: "<HOME>",
  host: "<HOST>",
};

/** Suffixes that only name machines on a private network (RFC 6762, 8375, ICANN's .internal, common practice). */
const INTERNAL_SUFFIXES = ["internal", "local", "localdomain", "corp", "lan", "intranet", "home.arpa"];

export interface PiiOptions {
  /** More domains whose names are internal (from the project config): `corp.example.com`. */
  internalDomains?: readonly string[];
}

/** A compiled finder: build once per run (it holds the host regex built from the domains). */
export function createPiiFinder(options: PiiOptions = {}): (text: string) => Span[] {
  const host = hostPattern([...INTERNAL_SUFFIXES, ...(options.internalDomains ?? [])]);
  return (text) => {
    const spans: Span[] = [];
    // Header values first: they are the widest, and win over what they contain.
    if (AUTH_HINT.test(text)) spans.push(...authorizationSpans(text));
    if (COOKIE_HINT.test(text)) spans.push(...cookieSpans(text));
    if (text.includes("@")) spans.push(...emailSpans(text));
    if (HOME_HINT.test(text)) spans.push(...matchSpans(text, HOME, "home", (match) => !NOT_A_USER.test(match[1]!)));
    if (host.hint.test(text)) spans.push(...matchSpans(text, host.pattern, "host", (match) => !REVERSE_DNS.test(match[0])));
    if (IPV4_HINT.test(text)) spans.push(...ipv4Spans(text));
    if (text.includes(":")) spans.push(...ipv6Spans(text));
    return spans;
  };
}

function span(start: number, end: number, kind: PiiKind): Span {
  return { start, end, replacement: PII_PLACEHOLDERS[kind], kind };
}

function matchSpans(text: string, pattern: RegExp, kind: PiiKind, keep: (match: RegExpExecArray) => boolean): Span[] {
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (keep(match)) spans.push(span(match.index, match.index + match[0].length, kind));
  }
  return spans;
}

// --- e-mail -------------------------------------------------------------------------------
// Not inside a URL's authority (`https://user:pass@host`: the password is a secret rule's job),
// not `icon@2x.png`, not `git@github.com:org/repo` (the shared login of git forges, no one's address).
const EMAIL = /(?<![\w.%+>-]|\/\/[^\s/@]*)([A-Za-z0-9._%+-]+)@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![\w<-]|\.[A-Za-z0-9])/g;
const RETINA_ASSET = /^\d+x\./i;

function emailSpans(text: string): Span[] {
  return matchSpans(text, EMAIL, "email", (match) => match[1] !== "git" && !RETINA_ASSET.test(match[2]!));
}

// --- home folders ---------------------------------------------------------------------------
// The user segment may hold spaces only when a separator follows (`C:\Users\Ann Lee\x`), so
// prose after a path is not swallowed. `Shared`, `Public`… are not people.
const USER = String.raw`[^\s/\\"'<>:;,|*?$%{}]+(?: [^\s/\\"'<>:;,|*?$%{}]+)*(?=[/\\])|[^\s/\\"'<>:;,|*?$%{}]+`;
const HOME = new RegExp(String.raw`(?<![\w.~>-])(?:/home/|/Users/|[A-Za-z]:(?:\\\\|\\|/)Users(?:\\\\|\\|/))(${USER})`, "g");
const HOME_HINT = /\/home\/|Users[\\/]/;
const NOT_A_USER = /^(?:Shared|Public|Default|Default User|All Users|Guest)$/i;

// --- internal host names --------------------------------------------------------------------
// A name ending in an internal suffix, not part of a longer name (`x.local.example.com`), not a
// file name (`settings.local.py`), not reverse-DNS code (`com.acme.corp`).
const REVERSE_DNS = /^(?:com|org|net|io|edu|gov)\./i;

function hostPattern(suffixes: readonly string[]): { pattern: RegExp; hint: RegExp } {
  const alternatives = [...new Set(suffixes.map((suffix) => suffix.toLowerCase().replace(/^\.+/, "")))]
    .sort((a, b) => b.length - a.length)
    .map((suffix) => suffix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
  return {
    pattern: new RegExp(String.raw`(?<![\w.>-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:${alternatives})(?![\w<-]|\.[a-z0-9])`, "gi"),
    hint: new RegExp(String.raw`\.(?:${alternatives})\b`, "i"),
  };
}

// --- IP addresses -------------------------------------------------------------------------
const OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
/** Four octets, not part of a longer dotted run (OIDs, `1.2.3.4.5`) or a word (`v1.2.3.4`). */
const IPV4 = new RegExp(`(?<![\\w.>])${OCTET}(?:\\.${OCTET}){3}(?![\\w<]|\\.\\d)`, "g");
const IPV4_HINT = /\d\.\d+\.\d+\.\d/;
/** Right before a dotted quad, these make it a version: `version 1.2.3.4`, `Chrome/120.0.0.0`. */
const VERSION_BEFORE = /(?:\b(?:version|ver|release|build|firmware|fw|rev|revision|tag)[\s:=#"'(]*|\b[A-Z][A-Za-z]*\/)$/i;
/** Addresses that identify no one: unspecified, loopback, broadcast. Kept for readability. */
const NOT_IDENTIFYING_V4 = /^(?:0\.0\.0\.0|127\.\d+\.\d+\.\d+|255\.255\.255\.255)$/;
const NOT_IDENTIFYING_V6 = new Set(["::", "::1"]);

function ipv4Spans(text: string): Span[] {
  return matchSpans(text, IPV4, "ip", (match) => !NOT_IDENTIFYING_V4.test(match[0]) && !VERSION_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index)));
}

/**
 * Around each colon, the run of hex digits, colons and dots (plus a `%zone`), standing alone
 * (not inside a word: `std::io`, `T12:34:56`); node:net decides whether it is an IPv6 address.
 * A scan by hand, not a regex: log lines are full of colons (times), and this stays linear.
 */
function ipv6Spans(text: string): Span[] {
  const spans: Span[] = [];
  for (let colon = text.indexOf(":"); colon !== -1; ) {
    let start = colon;
    while (start > 0 && isIpv6Char(text.charCodeAt(start - 1))) start--;
    let end = colon;
    while (end < text.length && isIpv6Char(text.charCodeAt(end))) end++;
    let zoneEnd = end;
    if (text[end] === "%") while (zoneEnd + 1 < text.length && /[0-9A-Za-z_.-]/.test(text[zoneEnd + 1]!)) zoneEnd++;
    if (zoneEnd > end) zoneEnd++;
    // A sentence may end right after an address: its full stop is not part of it.
    while (start < end && text[start] === ".") start++;
    const address = text.slice(start, end).replace(/\.+$/, "");
    const spanEnd = address.length === end - start ? zoneEnd : start + address.length;
    const standsAlone = !STUCK_BEFORE.test(text[start - 1] ?? " ") && !STUCK_AFTER.test(text[spanEnd] ?? " ");
    if (standsAlone && isIPv6(address) && !NOT_IDENTIFYING_V6.has(address)) spans.push(span(start, spanEnd, "ip"));
    colon = text.indexOf(":", Math.max(zoneEnd, colon + 1));
  }
  return spans;
}

const STUCK_BEFORE = /[\w>]/;
const STUCK_AFTER = /[\w<]/;

function isIpv6Char(code: number): boolean {
  return (code >= 48 && code <= 58) /* 0-9 : */ || code === 46 /* . */ || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

// --- Authorization headers and bearer tokens ------------------------------------------------
const AUTH_HINT = /authoriz|bearer|basic/i;
/** Schemes whose name is kept: `Authorization: Bearer <TOKEN>`. Any other first word is part of the value. */
const SCHEMES = /^(?:bearer|basic|token|digest|negotiate|ntlm|dpop|oauth|bot|apikey|aws4-hmac-sha256|hoba|mutual|vapid)$/i;
/** Schemes whose credential is one token, so it ends at whitespace or punctuation. */
const ONE_TOKEN_SCHEMES = /^(?:bearer|basic|token|dpop|bot|apikey|negotiate|ntlm)$/i;
/** `Authorization: `, `"authorization": "`, `Authorization:[` (Go), `\"Authorization\": \"` (escaped JSON). */
const AUTH_HEADER = /\b(?:proxy-)?authorization(?:\\?["'])?\s*[:=]\s*\[?\s*(\\?["'])?/gi;
/** A value that only names where the credential comes from: `$TOKEN`, `${TOKEN}`, `%TOKEN%`, `{{ token }}`. */
const REFERENCE = /^(?:\$\{?\w+\}?|\$\(|%\w+%|\{\{)/;
/**
 * A bare `Bearer <token>` or `Basic <base64>` anywhere (curl output, SDK logs), not prose: a
 * Basic value must decode to user:password, a Bearer value must look like a token.
 */
const BEARER = /\b(bearer|basic)\s+([A-Za-z0-9._~+/-]+=*)(?![\w=])/gi;

/** 16+ characters with a digit (`Bearer token-based-auth` is prose), or 32+ of anything. */
function looksLikeToken(value: string): boolean {
  return value.length >= 32 || (value.length >= 16 && /\d/.test(value));
}

function authorizationSpans(text: string): Span[] {
  const spans: Span[] = [];
  AUTH_HEADER.lastIndex = 0;
  for (let match = AUTH_HEADER.exec(text); match !== null; match = AUTH_HEADER.exec(text)) {
    const valueAt = match.index + match[0].length;
    const scheme = /^([A-Za-z][\w-]*)[ \t]+/.exec(text.slice(valueAt, valueAt + 40));
    const kept = scheme && SCHEMES.test(scheme[1]!) ? scheme : undefined;
    const start = valueAt + (kept ? kept[0].length : 0);
    const end = valueEnd(text, start, match[1], kept !== undefined && ONE_TOKEN_SCHEMES.test(kept[1]!));
    if (end > start && !REFERENCE.test(text.slice(start, end))) spans.push(span(start, end, "token"));
  }
  BEARER.lastIndex = 0;
  for (let match = BEARER.exec(text); match !== null; match = BEARER.exec(text)) {
    const value = match[2]!;
    if (match[1]!.toLowerCase() === "basic" ? VERIFY_CHECKS["basic-auth"](value) : looksLikeToken(value)) {
      spans.push(span(match.index + match[0].length - value.length, match.index + match[0].length, "token"));
    }
  }
  return spans;
}

// --- cookies ----------------------------------------------------------------------------------
const COOKIE_HINT = /cookie/i;
const COOKIE_HEADER = /\b(?:set-)?cookie(?:\\?["'])?\s*[:=]\s*\[?\s*(\\?["'])?/gi;

function cookieSpans(text: string): Span[] {
  const spans: Span[] = [];
  COOKIE_HEADER.lastIndex = 0;
  for (let match = COOKIE_HEADER.exec(text); match !== null; match = COOKIE_HEADER.exec(text)) {
    const start = match.index + match[0].length;
    const end = valueEnd(text, start, match[1], false);
    // A cookie is name=value pairs: "cookie: expired" in prose is not one.
    if (end > start && text.slice(start, end).includes("=")) spans.push(span(start, end, "cookie"));
  }
  return spans;
}

/**
 * Where a header value that starts at `start` ends: at its closing quote when it was quoted
 * (escaped quotes inside are skipped), at whitespace or punctuation for a one-token credential,
 * else at the end of the line (`Digest username="…", response="…"`). Never past a `<`, so a
 * placeholder is not taken for a value.
 */
function valueEnd(text: string, start: number, quote: string | undefined, oneToken: boolean): number {
  let end = start;
  while (end < text.length) {
    const char = text[end]!;
    if (char === "<" || char === "\r" || char === "\n" || (oneToken && ONE_TOKEN_STOP.test(char))) break;
    if (quote !== undefined && text.startsWith(quote, end)) break;
    end += quote?.length === 1 && char === "\\" ? 2 : 1;
  }
  end = Math.min(end, text.length);
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

const ONE_TOKEN_STOP = /[\s"'\\\]},;]/;
