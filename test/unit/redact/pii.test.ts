// The default profile's placeholders: each pattern with lines it must change and near misses it
// must leave alone. Addresses are documentation ones (example.com, 192.0.2.0/24, 2001:db8::/32).

import { describe, expect, test } from "@jest/globals";
import { createPiiFinder } from "../../../src/redact/pii.js";
import { applySpans } from "../../../src/redact/spans.js";

// Basic credentials are built at run time: a literal one would be (rightly) stopped by the hook.
const BASIC = Buffer.from(["user", "password"].join(":")).toString("base64");

const find = createPiiFinder({ internalDomains: ["corp.example.net"] });
const redact = (text: string): string => applySpans(text, find(text)).text;

describe.each([
  [
    "email",
    [
      ["mail alice.smith+ci@example.com now", "mail <EMAIL> now"],
      ["<bob@mail.example.co.uk>", "<<EMAIL>>"],
      ["mailto:carol@example.org", "mailto:<EMAIL>"],
      ['"owner":"dev-ops@sub.example.io"', '"owner":"<EMAIL>"'],
    ],
    ["icon@2x.png", "git clone git@github.com:org/repo.git", "npm i lodash@4.17.21", "@Override", "user@localhost", "https://user@host.example.com/", "<EMAIL>"],
  ],
  [
    "ip",
    [
      ["connect 192.0.2.17:5432 failed", "connect <IP>:5432 failed"],
      ["from=10.1.2.3, via [198.51.100.9]", "from=<IP>, via [<IP>]"],
      ["net 10.0.0.0/8", "net <IP>/8"],
      ["peer 2001:db8::42 port 443", "peer <IP> port 443"],
      ["[2001:db8:0:0:1:0:0:1]:8080", "[<IP>]:8080"],
      ["link fe80::1%eth0 up", "link <IP> up"],
      ["mapped ::ffff:192.0.2.1", "mapped <IP>"],
      ["at 2001:db8::1.", "at <IP>."],
    ],
    [
      "version 1.2.3.4",
      "Version: 10.0.19041.1",
      "ver=4.3.2.1",
      "Chrome/120.0.0.0 Safari/537.36",
      "v1.2.3.4",
      "oid 1.2.840.113549.1.1.1",
      "listen 0.0.0.0:80 and 127.0.0.1 and ::1 and ::",
      "12:34:56.789",
      "2025-03-14T12:34:56Z",
      "std::io::Error",
      "mac 00:1a:2b:3c:4d:5e",
      "300.1.2.3",
    ],
  ],
  [
    "token",
    [
      ["Authorization: Bearer abc.def-123_xyz", "Authorization: Bearer <TOKEN>"],
      [`-H "Authorization: Basic ${BASIC}"`, '-H "Authorization: Basic <TOKEN>"'],
      ["{'authorization': 'token 0123456789abcdef'}", "{'authorization': 'token <TOKEN>'}"],
      ['\\"Authorization\\": \\"Bearer abc123def456\\"', '\\"Authorization\\": \\"Bearer <TOKEN>\\"'],
      ["map[Authorization:[Bearer abc123def456]]", "map[Authorization:[Bearer <TOKEN>]]"],
      ['Authorization: Digest username="bob", response="6629fae4"', "Authorization: Digest <TOKEN>"],
      ["Proxy-Authorization: opaque-value-123", "Proxy-Authorization: <TOKEN>"],
      ["sent bearer eyJhbGciOi.eyJzdWIi.sig_123 upstream", "sent bearer <TOKEN> upstream"],
      [`retry with Basic ${BASIC} ok`, "retry with Basic <TOKEN> ok"],
    ],
    ["Use Bearer authentication here", "see Basic setup-instructions.md", "Bearer token-based-auth", "Basic usage.md", 'WWW-Authenticate: Bearer realm="api"', "Basic auth is off", "token_type: Bearer", 'curl -H "Authorization: Bearer $TOKEN"', "Authorization: Bearer ${API_TOKEN}", "Authorization: Bearer <TOKEN>"],
  ],
  [
    "cookie",
    [
      ["Cookie: session=abc123; theme=dark", "Cookie: <COOKIE>"],
      ["Set-Cookie: sid=xyz; Path=/; HttpOnly", "Set-Cookie: <COOKIE>"],
      ["'set-cookie': [ 'sid=xyz; Path=/' ]", "'set-cookie': [ '<COOKIE>' ]"],
      ['{"cookie":"a=1; b=2","x":1}', '{"cookie":"<COOKIE>","x":1}'],
    ],
    ["the cookie: expired", "cookie banner shown", "Set-Cookie header missing", "Cookie: <COOKIE>"],
  ],
  [
    "home",
    [
      ["open /home/alice/src/app.js", "open <HOME>/src/app.js"],
      ["at /Users/bob.smith/Library/Logs", "at <HOME>/Library/Logs"],
      ["C:\\Users\\Ann Lee\\AppData\\Local", "<HOME>\\AppData\\Local"],
      ['"C:\\\\Users\\\\dev\\\\repo"', '"<HOME>\\\\repo"'],
      ["file:///home/carol/x", "file://<HOME>/x"],
      ["cd /home/dave", "cd <HOME>"],
    ],
    ["https://example.com/home/index.html", "/srv/home/x", "/home/", "/Users/Shared/file", "$HOME/x", "~/code", "<HOME>/home/eve"],
  ],
  [
    "host",
    [
      ["db01.internal:5432", "<HOST>:5432"],
      ["ping printer.local", "ping <HOST>"],
      ["https://git.corp/x and jenkins.build.lan", "https://<HOST>/x and <HOST>"],
      ["router.home.arpa", "<HOST>"],
      ["api.corp.example.net/v1", "<HOST>/v1"],
    ],
    [".env.local", "settings.local.py", "x.local.example.com", "import com.acme.corp;", "localhost", "corp.example.network"],
  ],
] as const)("%s", (_kind, changes, nearMisses) => {
  test.each(changes.map(([from, to]) => [from, to]))("%s → %s", (from, to) => {
    expect(redact(from)).toBe(to);
    expect(redact(to)).toBe(to);
  });
  test.each(nearMisses.map((text) => [text]))("leaves %s alone", (text) => {
    expect(redact(text)).toBe(text);
  });
});

test("the widest span wins: a cookie holding an address is one placeholder", () => {
  expect(redact("Cookie: user=alice@example.com; sid=1")).toBe("Cookie: <COOKIE>");
  expect(applySpans("Cookie: user=alice@example.com; sid=1", find("Cookie: user=alice@example.com; sid=1")).kinds).toEqual(["cookie", "email"]);
});

test("an e-mail at an internal host is an e-mail; a forge login is not, but its internal host is hidden", () => {
  expect(redact("ops@build.internal")).toBe("<EMAIL>");
  expect(redact("git@git.internal:team/repo")).toBe("git@<HOST>:team/repo");
  expect(redact("curl -u ci@example.com:pass")).toBe("curl -u <EMAIL>:pass");
});
