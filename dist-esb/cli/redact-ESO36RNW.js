import {
  loadScanSetup
} from "./chunk-BXDLSJOL.js";
import {
  VERIFY_CHECKS,
  detectFile,
  isBinaryContent
} from "./chunk-OWTXEH2N.js";
import "./chunk-RJDUTWBM.js";
import {
  findRepositoryIfAny
} from "./chunk-WTFPX6FU.js";
import {
  InputError
} from "./chunk-VFHTMC3F.js";

// dist/cli/commands/redact.js
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";

// dist/redact/line-stream.js
var MAX_LINE_CHARS = 1024 * 1024;
var DELIMITER = /[\s"'`,;&|>)\]}([{]/;
var LineSplitter = class {
  maxLineChars;
  held = "";
  /** Inside an oversized run: its characters are dropped until the next delimiter or line end. */
  dropping = false;
  /** The last chunk ended with "\r": CRLF or a lone CR, decided by the next chunk's first byte. */
  pendingCr = false;
  line = 1;
  out = [];
  constructor(maxLineChars = MAX_LINE_CHARS) {
    this.maxLineChars = maxLineChars;
  }
  push(text) {
    let start = 0;
    if (this.pendingCr && text.length > 0) {
      this.pendingCr = false;
      if (text[0] === "\n") {
        this.finishLine("\r\n");
        start = 1;
      } else {
        this.finishLine("\r");
      }
    }
    let nextLf = text.indexOf("\n", start);
    let nextCr = text.indexOf("\r", start);
    while (start < text.length) {
      if (nextLf !== -1 && nextLf < start)
        nextLf = text.indexOf("\n", start);
      if (nextCr !== -1 && nextCr < start)
        nextCr = text.indexOf("\r", start);
      const at = nextLf === -1 ? nextCr : nextCr === -1 ? nextLf : Math.min(nextLf, nextCr);
      if (at === -1) {
        this.append(text.slice(start));
        break;
      }
      this.append(text.slice(start, at));
      if (text[at] === "\n") {
        this.finishLine("\n");
        start = at + 1;
      } else if (at + 1 === text.length) {
        this.pendingCr = true;
        start = at + 1;
      } else if (text[at + 1] === "\n") {
        this.finishLine("\r\n");
        start = at + 2;
      } else {
        this.finishLine("\r");
        start = at + 1;
      }
    }
    return this.take();
  }
  end() {
    if (this.pendingCr)
      this.finishLine("\r");
    else if (this.held !== "")
      this.finishLine("");
    this.pendingCr = false;
    return this.take();
  }
  take() {
    const out = this.out;
    this.out = [];
    return out;
  }
  finishLine(ending) {
    this.out.push({ line: this.line, text: this.held, ending, oversized: false });
    this.held = "";
    this.dropping = false;
    this.line++;
  }
  /** Adds text without line breaks to the current line, cutting pieces off while it is over the cap. */
  append(segment) {
    if (segment === "")
      return;
    if (this.dropping) {
      const at = segment.search(DELIMITER);
      if (at === -1)
        return;
      this.dropping = false;
      segment = segment.slice(at);
    }
    this.held += segment;
    while (this.held.length > this.maxLineChars) {
      const cut = lastDelimiterBefore(this.held, this.maxLineChars);
      if (cut !== -1) {
        this.out.push({ line: this.line, text: this.held.slice(0, cut + 1), ending: "", oversized: false });
        this.held = this.held.slice(cut + 1);
        continue;
      }
      this.out.push({ line: this.line, text: "", ending: "", oversized: true });
      const resume = this.held.slice(this.maxLineChars).search(DELIMITER);
      if (resume === -1) {
        this.held = "";
        this.dropping = true;
      } else {
        this.held = this.held.slice(this.maxLineChars + resume);
      }
    }
  }
};
function lastDelimiterBefore(text, end) {
  for (let i = end - 1; i >= 0; i--)
    if (DELIMITER.test(text[i]))
      return i;
  return -1;
}

// dist/redact/spans.js
var PLACEHOLDER = /<(?:REDACTED:[a-z0-9-]+|EMAIL|IP|TOKEN|COOKIE|HOME|HOST)>/g;
function secretPlaceholder(ruleId) {
  return `<REDACTED:${ruleId}>`;
}
function applySpans(text, spans) {
  if (spans.length === 0)
    return { text, kinds: [] };
  const placeholders = text.includes("<") ? placeholderRanges(text) : [];
  const live = spans.map((span2, order) => ({ span: span2, order })).filter(({ span: span2 }) => span2.end >= span2.start && !touchesPlaceholder(placeholders, span2)).sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || a.order - b.order);
  let result = "";
  let at = 0;
  const kinds = [];
  for (let i = 0; i < live.length; ) {
    const group = [live[i]];
    let end = live[i].span.end;
    for (i++; i < live.length && live[i].span.start < end; i++) {
      group.push(live[i]);
      end = Math.max(end, live[i].span.end);
    }
    const start = group[0].span.start;
    const widest = group.reduce((best, next) => width(next.span) > width(best.span) || width(next.span) === width(best.span) && next.order < best.order ? next : best);
    const replacement = widest.span.replacement;
    if (text.slice(start, end) === replacement)
      continue;
    result += text.slice(at, start) + replacement;
    at = end;
    for (const { span: span2 } of group)
      if (!kinds.includes(span2.kind))
        kinds.push(span2.kind);
  }
  return { text: at === 0 && kinds.length === 0 ? text : result + text.slice(at), kinds };
}
function width(span2) {
  return span2.end - span2.start;
}
function placeholderRanges(text) {
  const ranges = [];
  PLACEHOLDER.lastIndex = 0;
  for (let match = PLACEHOLDER.exec(text); match !== null; match = PLACEHOLDER.exec(text))
    ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}
function touchesPlaceholder(ranges, span2) {
  return span2.end > span2.start && ranges.some(([from, to]) => span2.start <= to && from <= span2.end);
}

// dist/redact/key-blocks.js
var KeyBlocks = class {
  open;
  get isOpen() {
    return this.open !== void 0;
  }
  /** A line read while a block is open: body up to the closing match (which closes it), or all of it. */
  continueOn(text) {
    const block = this.open;
    const end = block.end.exec(text);
    if (end)
      this.open = void 0;
    return { spans: bodySpan(text, 0, end ? end.index : text.length, block.ruleId), resumeAt: end ? end.index + end[0].length : -1 };
  }
  /**
   * A finding of `rule` (which has continuesUntil) whose whole match ends at `matchEnd`: the
   * rest of the line is body up to a closing match on the same line; else the block stays open.
   */
  openAfter(rule, text, matchEnd) {
    const rest = text.slice(matchEnd);
    const end = rule.continuesUntil.exec(rest);
    if (!end)
      this.open = { end: rule.continuesUntil, ruleId: rule.id };
    const bodyEnd = matchEnd + (end ? end.index : rest.length);
    return { spans: bodySpan(text, matchEnd, bodyEnd, rule.id), resumeAt: end ? bodyEnd + end[0].length : -1 };
  }
};
function matchEndAround(rule, text, secretStart, secretEnd) {
  const regex = rule.regex;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    if (match[0].length === 0)
      regex.lastIndex++;
    if (match.index <= secretStart && secretStart < match.index + Math.max(match[0].length, 1))
      return Math.max(match.index + match[0].length, secretEnd);
  }
  return secretEnd;
}
var LEADING = /^(?:[\s"'`#*;]|\\[nrt]|\/\/(?=\s)|--(?=\s))*/;
var TRAILING = /[\s"'`]/;
var CONTINUATION = /[,+;\\]/;
var ESCAPED_BREAK = /[nrt]/;
function bodySpan(text, from, to, ruleId) {
  const start = from + LEADING.exec(text.slice(from, to))[0].length;
  let end = to;
  for (; ; ) {
    if (end - 2 >= start && text[end - 2] === "\\" && ESCAPED_BREAK.test(text[end - 1]))
      end -= 2;
    else if (end > start && TRAILING.test(text[end - 1]))
      end--;
    else if (end > start && end - 2 >= from && CONTINUATION.test(text[end - 1]) && TRAILING.test(text[end - 2]))
      end--;
    else
      break;
  }
  return end > start ? [{ start, end, replacement: secretPlaceholder(ruleId), kind: ruleId }] : [];
}

// dist/redact/pii.js
import { isIPv6 } from "node:net";
var PII_PLACEHOLDERS = {
  email: "<EMAIL>",
  ip: "<IP>",
  token: "<TOKEN>",
  cookie: "<COOKIE>",
  home: "<HOME>",
  host: "<HOST>"
};
var INTERNAL_SUFFIXES = ["internal", "local", "localdomain", "corp", "lan", "intranet", "home.arpa"];
function createPiiFinder(options = {}) {
  const host = hostPattern([...INTERNAL_SUFFIXES, ...options.internalDomains ?? []]);
  return (text) => {
    const spans = [];
    if (AUTH_HINT.test(text))
      spans.push(...authorizationSpans(text));
    if (COOKIE_HINT.test(text))
      spans.push(...cookieSpans(text));
    if (text.includes("@"))
      spans.push(...emailSpans(text));
    if (HOME_HINT.test(text))
      spans.push(...matchSpans(text, HOME, "home", (match) => !NOT_A_USER.test(match[1])));
    if (host.hint.test(text))
      spans.push(...matchSpans(text, host.pattern, "host", (match) => !REVERSE_DNS.test(match[0])));
    if (IPV4_HINT.test(text))
      spans.push(...ipv4Spans(text));
    if (text.includes(":"))
      spans.push(...ipv6Spans(text));
    return spans;
  };
}
function span(start, end, kind) {
  return { start, end, replacement: PII_PLACEHOLDERS[kind], kind };
}
function matchSpans(text, pattern, kind, keep) {
  const spans = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (keep(match))
      spans.push(span(match.index, match.index + match[0].length, kind));
  }
  return spans;
}
var EMAIL = /(?<![\w.%+>-]|\/\/[^\s/@]*)([A-Za-z0-9._%+-]+)@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![\w<-]|\.[A-Za-z0-9])/g;
var RETINA_ASSET = /^\d+x\./i;
function emailSpans(text) {
  return matchSpans(text, EMAIL, "email", (match) => match[1] !== "git" && !RETINA_ASSET.test(match[2]));
}
var USER = String.raw`[^\s/\\"'<>:;,|*?$%{}]+(?: [^\s/\\"'<>:;,|*?$%{}]+)*(?=[/\\])|[^\s/\\"'<>:;,|*?$%{}]+`;
var HOME = new RegExp(String.raw`(?<![\w.~>-])(?:/home/|/Users/|[A-Za-z]:(?:\\\\|\\|/)Users(?:\\\\|\\|/))(${USER})`, "g");
var HOME_HINT = /\/home\/|Users[\\/]/;
var NOT_A_USER = /^(?:Shared|Public|Default|Default User|All Users|Guest)$/i;
var REVERSE_DNS = /^(?:com|org|net|io|edu|gov)\./i;
function hostPattern(suffixes) {
  const alternatives = [...new Set(suffixes.map((suffix) => suffix.toLowerCase().replace(/^\.+/, "")))].sort((a, b) => b.length - a.length).map((suffix) => suffix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  return {
    pattern: new RegExp(String.raw`(?<![\w.>-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:${alternatives})(?![\w<-]|\.[a-z0-9])`, "gi"),
    hint: new RegExp(String.raw`\.(?:${alternatives})\b`, "i")
  };
}
var OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
var IPV4 = new RegExp(`(?<![\\w.>])${OCTET}(?:\\.${OCTET}){3}(?![\\w<]|\\.\\d)`, "g");
var IPV4_HINT = /\d\.\d+\.\d+\.\d/;
var VERSION_BEFORE = /(?:\b(?:version|ver|release|build|firmware|fw|rev|revision|tag)[\s:=#"'(]*|\b[A-Z][A-Za-z]*\/)$/i;
var NOT_IDENTIFYING_V4 = /^(?:0\.0\.0\.0|127\.\d+\.\d+\.\d+|255\.255\.255\.255)$/;
var NOT_IDENTIFYING_V6 = /* @__PURE__ */ new Set(["::", "::1"]);
function ipv4Spans(text) {
  return matchSpans(text, IPV4, "ip", (match) => !NOT_IDENTIFYING_V4.test(match[0]) && !VERSION_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index)));
}
function ipv6Spans(text) {
  const spans = [];
  for (let colon = text.indexOf(":"); colon !== -1; ) {
    let start = colon;
    while (start > 0 && isIpv6Char(text.charCodeAt(start - 1)))
      start--;
    let end = colon;
    while (end < text.length && isIpv6Char(text.charCodeAt(end)))
      end++;
    let zoneEnd = end;
    if (text[end] === "%")
      while (zoneEnd + 1 < text.length && /[0-9A-Za-z_.-]/.test(text[zoneEnd + 1]))
        zoneEnd++;
    if (zoneEnd > end)
      zoneEnd++;
    while (start < end && text[start] === ".")
      start++;
    const address = text.slice(start, end).replace(/\.+$/, "");
    const spanEnd = address.length === end - start ? zoneEnd : start + address.length;
    const standsAlone = !STUCK_BEFORE.test(text[start - 1] ?? " ") && !STUCK_AFTER.test(text[spanEnd] ?? " ");
    if (standsAlone && isIPv6(address) && !NOT_IDENTIFYING_V6.has(address))
      spans.push(span(start, spanEnd, "ip"));
    colon = text.indexOf(":", Math.max(zoneEnd, colon + 1));
  }
  return spans;
}
var STUCK_BEFORE = /[\w>]/;
var STUCK_AFTER = /[\w<]/;
function isIpv6Char(code) {
  return code >= 48 && code <= 58 || code === 46 || code >= 65 && code <= 70 || code >= 97 && code <= 102;
}
var AUTH_HINT = /authoriz|bearer|basic/i;
var SCHEMES = /^(?:bearer|basic|token|digest|negotiate|ntlm|dpop|oauth|bot|apikey|aws4-hmac-sha256|hoba|mutual|vapid)$/i;
var ONE_TOKEN_SCHEMES = /^(?:bearer|basic|token|dpop|bot|apikey|negotiate|ntlm)$/i;
var AUTH_HEADER = /\b(?:proxy-)?authorization(?:\\?["'])?\s*[:=]\s*\[?\s*(\\?["'])?/gi;
var REFERENCE = /^(?:\$\{?\w+\}?|\$\(|%\w+%|\{\{)/;
var BEARER = /\b(bearer|basic)\s+([A-Za-z0-9._~+/-]+=*)(?![\w=])/gi;
function looksLikeToken(value) {
  return value.length >= 32 || value.length >= 16 && /\d/.test(value);
}
function authorizationSpans(text) {
  const spans = [];
  AUTH_HEADER.lastIndex = 0;
  for (let match = AUTH_HEADER.exec(text); match !== null; match = AUTH_HEADER.exec(text)) {
    const valueAt = match.index + match[0].length;
    const scheme = /^([A-Za-z][\w-]*)[ \t]+/.exec(text.slice(valueAt, valueAt + 40));
    const kept = scheme && SCHEMES.test(scheme[1]) ? scheme : void 0;
    const start = valueAt + (kept ? kept[0].length : 0);
    const end = valueEnd(text, start, match[1], kept !== void 0 && ONE_TOKEN_SCHEMES.test(kept[1]));
    if (end > start && !REFERENCE.test(text.slice(start, end)))
      spans.push(span(start, end, "token"));
  }
  BEARER.lastIndex = 0;
  for (let match = BEARER.exec(text); match !== null; match = BEARER.exec(text)) {
    const value = match[2];
    if (match[1].toLowerCase() === "basic" ? VERIFY_CHECKS["basic-auth"](value) : looksLikeToken(value)) {
      spans.push(span(match.index + match[0].length - value.length, match.index + match[0].length, "token"));
    }
  }
  return spans;
}
var COOKIE_HINT = /cookie/i;
var COOKIE_HEADER = /\b(?:set-)?cookie(?:\\?["'])?\s*[:=]\s*\[?\s*(\\?["'])?/gi;
function cookieSpans(text) {
  const spans = [];
  COOKIE_HEADER.lastIndex = 0;
  for (let match = COOKIE_HEADER.exec(text); match !== null; match = COOKIE_HEADER.exec(text)) {
    const start = match.index + match[0].length;
    const end = valueEnd(text, start, match[1], false);
    if (end > start && text.slice(start, end).includes("="))
      spans.push(span(start, end, "cookie"));
  }
  return spans;
}
function valueEnd(text, start, quote, oneToken) {
  let end = start;
  while (end < text.length) {
    const char = text[end];
    if (char === "<" || char === "\r" || char === "\n" || oneToken && ONE_TOKEN_STOP.test(char))
      break;
    if (quote !== void 0 && text.startsWith(quote, end))
      break;
    end += quote?.length === 1 && char === "\\" ? 2 : 1;
  }
  end = Math.min(end, text.length);
  while (end > start && /\s/.test(text[end - 1]))
    end--;
  return end;
}
var ONE_TOKEN_STOP = /[\s"'\\\]},;]/;

// dist/redact/secret-spans.js
function secretRulesOf(ruleSet) {
  return {
    ...ruleSet,
    rules: ruleSet.contentRules.filter((rule) => rule.category === "secret"),
    contentRules: ruleSet.contentRules.filter((rule) => rule.category === "secret"),
    pathRules: [],
    commandRules: [],
    needsContent: () => false
  };
}
var SecretFinder = class {
  ruleSet;
  path;
  byId;
  fileAnchors;
  first;
  previous;
  /** For each `requireInFile` regex, the latest earlier line that holds it. */
  anchors = /* @__PURE__ */ new Map();
  /** `ruleSet` from secretRulesOf; `path` decides which path-scoped rules apply (`.env`, `*.yaml`). */
  constructor(ruleSet, path) {
    this.ruleSet = ruleSet;
    this.path = path;
    this.byId = new Map(ruleSet.contentRules.map((rule) => [rule.id, rule]));
    this.fileAnchors = [...new Set(ruleSet.contentRules.flatMap((rule) => rule.requireInFile))];
  }
  rule(id) {
    return this.byId.get(id);
  }
  /** Findings in `lines` (consecutive, in order), sorted by line then column. */
  find(lines) {
    if (lines.length === 0)
      return [];
    const addedLines = lines.map((line) => ({ line: line.index, text: line.text }));
    const context = /* @__PURE__ */ new Map();
    for (const line of [this.first, ...this.anchors.values(), this.previous])
      if (line)
        context.set(line.line, line);
    const file = {
      path: this.path,
      status: "added",
      mode: "regular",
      isBinary: false,
      size: addedLines.reduce((sum, line) => sum + line.text.length + 1, 0),
      addedLines,
      contextLines: [...context.values()].sort((a, b) => a.line - b.line),
      truncated: false
    };
    const findings = detectFile(file, this.ruleSet);
    this.remember(addedLines);
    return findings;
  }
  remember(lines) {
    if (this.first === void 0 && lines[0]?.line === 1)
      this.first = lines[0];
    this.previous = lines[lines.length - 1];
    for (const anchor of this.fileAnchors) {
      for (let i = lines.length - 1; i >= 0; i--) {
        anchor.lastIndex = 0;
        if (anchor.test(lines[i].text)) {
          this.anchors.set(anchor, lines[i]);
          break;
        }
      }
    }
  }
};

// dist/redact/redactor.js
var OVERSIZED_KIND = "oversized";
var secretRuleSets = /* @__PURE__ */ new WeakMap();
var Redactor = class {
  secrets;
  pii;
  blocks = new KeyBlocks();
  nextIndex = 1;
  constructor(options) {
    let secretRules = secretRuleSets.get(options.ruleSet);
    if (!secretRules)
      secretRuleSets.set(options.ruleSet, secretRules = secretRulesOf(options.ruleSet));
    this.secrets = new SecretFinder(secretRules, options.path);
    this.pii = options.profile === "default" ? createPiiFinder({ internalDomains: options.internalDomains ?? [] }) : void 0;
  }
  /** The next consecutive lines of the input, redacted, in order. */
  redact(lines) {
    const indexed = lines.map((line) => ({ line, index: this.nextIndex++ }));
    const findings = this.secrets.find(indexed.filter(({ line }) => !line.oversized).map(({ line, index }) => ({ index, text: line.text })));
    const byIndex = /* @__PURE__ */ new Map();
    for (const finding of findings) {
      const list = byIndex.get(finding.line);
      if (list)
        list.push(finding);
      else
        byIndex.set(finding.line, [finding]);
    }
    return indexed.map(({ line, index }) => this.redactLine(line, byIndex.get(index) ?? []));
  }
  redactLine(source, findings) {
    if (source.oversized)
      return { line: source.line, text: secretPlaceholder(OVERSIZED_KIND), ending: source.ending, kinds: [OVERSIZED_KIND] };
    const { text } = source;
    const spans = [];
    let resumeAt = 0;
    if (this.blocks.isOpen) {
      const part = this.blocks.continueOn(text);
      spans.push(...part.spans);
      resumeAt = part.resumeAt;
    }
    for (const finding of findings) {
      const start = finding.column - 1;
      const end = finding.endColumn - 1;
      if (resumeAt === -1 || start < resumeAt)
        continue;
      const rule = this.secrets.rule(finding.ruleId);
      if (rule?.continuesUntil) {
        const part = this.blocks.openAfter(rule, text, matchEndAround(rule, text, start, end));
        spans.push(...part.spans);
        resumeAt = part.resumeAt;
      } else {
        spans.push({ start, end, replacement: secretPlaceholder(finding.ruleId), kind: finding.ruleId });
      }
    }
    if (this.pii)
      spans.push(...this.pii(text));
    const applied = applySpans(text, spans);
    return { line: source.line, text: applied.text, ending: source.ending, kinds: applied.kinds };
  }
};

// dist/redact/redact-stream.js
var BATCH_LINES = 1e3;
var BATCH_CHARS = 1024 * 1024;
async function* redactChunks(chunks, options) {
  const redactor = new Redactor(options);
  const splitter = new LineSplitter();
  let batch = [];
  let chars = 0;
  for await (const chunk of chunks) {
    for (const line of splitter.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("latin1"))) {
      batch.push(line);
      chars += line.text.length;
      if (batch.length >= BATCH_LINES || chars >= BATCH_CHARS) {
        yield redactor.redact(batch);
        batch = [];
        chars = 0;
      }
    }
  }
  batch.push(...splitter.end());
  if (batch.length > 0)
    yield redactor.redact(batch);
}
function toBytes(lines) {
  let text = "";
  for (const line of lines)
    text += line.text + line.ending;
  return Buffer.from(text, "latin1");
}

// dist/cli/commands/redact.js
var SNIFF_BYTES = 8e3;
var READ_CHUNK = 64 * 1024;
async function redactCommand(paths, options, io) {
  const repo = await findRepositoryIfAny(io.cwd);
  const root = repo?.root ?? io.cwd;
  const { config, ruleSet } = loadScanSetup(root, options, io.cwd);
  const inputs = [];
  for (const name of paths.length === 0 ? ["-"] : paths)
    inputs.push(name === "-" ? stdinInput(options.stdinName, io) : await fileInput(name, root, options.force, io.cwd));
  const stdout = new Sink(io.stdout);
  let changedLines = 0;
  for (const input of inputs) {
    const report = new CheckReport(input.name, io.stderr);
    const batches = redactChunks(sniffed(input.chunks(), input.name, options.force), { ruleSet, path: input.path, profile: options.profile, internalDomains: config.redact.internalDomains });
    for await (const batch of batches) {
      if (options.check) {
        for (const line of batch)
          if (line.kinds.length > 0)
            report.add(line.line, line.kinds);
      } else if (!await stdout.write(toBytes(batch))) {
        return 0;
      }
    }
    changedLines += report.finish();
  }
  if (!options.check || changedLines === 0)
    return 0;
  io.stderr.write(`stageguard: ${changedLines} line${changedLines === 1 ? "" : "s"} would be redacted (nothing was printed)
`);
  return 1;
}
function stdinInput(name, io) {
  if (!io.openStdin)
    throw new InputError("standard input is not available here");
  const openStdin = io.openStdin;
  return { name, path: name, chunks: () => openStdin() };
}
async function fileInput(given, root, force, cwd) {
  const absolute = isAbsolute(given) ? given : resolve(cwd, given);
  const fail = (error) => new InputError(`cannot read ${given}: ${describeError(error)}`, { cause: error });
  const stats = await stat(absolute).catch((error) => {
    throw fail(error);
  });
  if (stats.isDirectory())
    throw new InputError(`${given} is a folder: redact reads files (or standard input)`);
  if (stats.isFile()) {
    const handle = await open(absolute, "r").catch((error) => {
      throw fail(error);
    });
    try {
      const head = Buffer.alloc(Math.min(SNIFF_BYTES, stats.size));
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      if (!force && isBinaryContent(head.subarray(0, bytesRead)))
        throw binaryError(given);
    } finally {
      await handle.close();
    }
  }
  return { name: given, path: toRulePath(absolute, root), chunks: () => readChunks(absolute, fail) };
}
async function* readChunks(absolute, fail) {
  try {
    yield* createReadStream(absolute, { highWaterMark: READ_CHUNK });
  } catch (error) {
    throw fail(error);
  }
}
async function* sniffed(chunks, name, force) {
  const head = [];
  let size = 0;
  let checked = force;
  for await (const chunk of chunks) {
    if (checked) {
      yield chunk;
      continue;
    }
    head.push(chunk);
    size += chunk.byteLength;
    if (size < SNIFF_BYTES)
      continue;
    checked = true;
    const joined = Buffer.concat(head);
    if (isBinaryContent(joined))
      throw binaryError(name);
    yield joined;
  }
  if (!checked) {
    const joined = Buffer.concat(head);
    if (isBinaryContent(joined))
      throw binaryError(name);
    if (joined.length > 0)
      yield joined;
  }
}
function binaryError(name) {
  return new InputError(`${name} looks binary (a NUL byte in its first ${SNIFF_BYTES} bytes): not redacted`, {
    hint: "Redacting binary data would corrupt it. To treat it as text anyway: --force"
  });
}
function toRulePath(absolute, root) {
  const rel = relative(root, absolute);
  const outside = rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  return (outside ? absolute : rel).split(sep).join("/");
}
function describeError(error) {
  const code = error.code;
  if (code === "ENOENT")
    return "no such file";
  if (code === "EACCES" || code === "EPERM")
    return "permission denied";
  return error instanceof Error ? error.message : String(error);
}
var Sink = class {
  stream;
  closed = false;
  wake;
  constructor(stream) {
    this.stream = stream;
    stream.once?.("close", () => {
      this.closed = true;
      this.wake?.();
    });
  }
  /** False once the reader has gone (`redact big.log | head`): reading on would be wasted. */
  async write(bytes) {
    if (this.closed)
      return false;
    if (bytes.length === 0 || this.stream.write(bytes) !== false || !this.stream.once)
      return true;
    await new Promise((resolve2) => {
      this.wake = resolve2;
      this.stream.once("drain", resolve2);
    });
    this.wake = void 0;
    return !this.closed;
  }
};
var CheckReport = class {
  name;
  stderr;
  line = 0;
  kinds = [];
  count = 0;
  constructor(name, stderr) {
    this.name = name;
    this.stderr = stderr;
  }
  add(line, kinds) {
    if (line !== this.line)
      this.flush();
    this.line = line;
    for (const kind of kinds)
      if (!this.kinds.includes(kind))
        this.kinds.push(kind);
  }
  /** Flushes the last line; returns how many lines would change. */
  finish() {
    this.flush();
    return this.count;
  }
  flush() {
    if (this.kinds.length === 0)
      return;
    this.stderr.write(`${this.name}:${this.line}: would redact ${this.kinds.join(", ")}
`);
    this.count++;
    this.kinds = [];
  }
};
export {
  redactCommand
};
