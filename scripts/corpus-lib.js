// The labeled benchmark corpora: parsing, expansion and materialization. test/corpus/ (secrets)
// and test/corpus-code/ (risky commands and insecure code) share this format. Used by
// scripts/bench-quality.js and test/integration/corpus*.test.ts. Plain ESM, no dependencies: the
// template expander is passed in (dist/ for the bench, src/ for the tests).
//
// Markers (see test/corpus/README.md and test/corpus-code/README.md):
//   ⟪type|template⟫   a labeled secret: expanded, and its line is recorded as a positive of `type`
//   ⟪!type⟫           at the end of a line: the whole line is a positive of `type` (a risky
//                     command or insecure code construct; stripped, with the blanks before it)
//   ⟦template⟧        unlabeled generated filler: expanded, not a secret
//   ⟦⟧                at the end of a line: that line is one hard-negative case (stripped)
// Stored names: a path segment `dot_x` is materialized as `.x`, and a trailing `.corpus` is
// dropped, so that files such as `.env` or `id_rsa` can live in this repository without being
// real credential files (and without tripping the project's own pre-commit hook).

import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";

export const LABEL_OPEN = "⟪";
export const LABEL_CLOSE = "⟫";
export const FILL_OPEN = "⟦";
export const FILL_CLOSE = "⟧";
const TYPE_NAME = /^[a-z0-9][a-z0-9+-]*$/;

// Generators beyond src/rules/example-template.ts, for documented alphabets it lacks:
// {{alpha:N}} letters of both cases (Hugging Face tokens), {{bech32:N}} the upper-case bech32
// alphabet (age secret keys), {{b32lower:N}} lower-case RFC 4648 base32 (Azure DevOps PATs).
const EXTRA_ALPHABETS = {
  alpha: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
  bech32: "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L",
  b32lower: "abcdefghijklmnopqrstuvwxyz234567",
};
const EXTRA_GENERATOR = /\{\{(alpha|bech32|b32lower):(\d+)\}\}/g;

/** Expands a template with the project's generators plus the corpus's extra ones. */
export function makeExpander(expandTemplate) {
  return function expand(template, random) {
    let out = "";
    let last = 0;
    for (const m of template.matchAll(EXTRA_GENERATOR)) {
      out += expandTemplate(template.slice(last, m.index), random);
      const alphabet = EXTRA_ALPHABETS[m[1]];
      for (let i = 0; i < Number(m[2]); i++) out += alphabet[Math.floor(random() * alphabet.length)];
      last = m.index + m[0].length;
    }
    return out + expandTemplate(template.slice(last), random);
  };
}

/** Maps a stored corpus path (forward slashes) to the name it is materialized under. */
export function materializedPath(storedPath) {
  return storedPath
    .split("/")
    .map((segment) => (segment.startsWith("dot_") ? `.${segment.slice(4)}` : segment))
    .map((segment) => (segment.endsWith(".corpus") ? segment.slice(0, -".corpus".length) : segment))
    .join("/");
}

/** All stored corpus files under `root`, as sorted forward-slash paths relative to it. */
export function listCorpusFiles(root) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(relative(root, full).split(sep).join("/"));
    }
  };
  walk(root);
  return out.filter((p) => p.startsWith("positive/") || p.startsWith("negative/")).sort();
}

/**
 * Splits one raw line into segments: {kind:"text",text} | {kind:"label",type,template} |
 * {kind:"mark",type} | {kind:"fill",template} | {kind:"case"}. Throws on a malformed or
 * unterminated marker (a marker can never span lines, because a line is parsed on its own).
 */
export function parseLine(line) {
  const segments = [];
  let i = 0;
  let text = "";
  while (i < line.length) {
    const ch = line[i];
    if (ch === LABEL_CLOSE || ch === FILL_CLOSE) throw new Error(`stray "${ch}" at column ${i + 1}`);
    if (ch !== LABEL_OPEN && ch !== FILL_OPEN) {
      text += ch;
      i++;
      continue;
    }
    const close = ch === LABEL_OPEN ? LABEL_CLOSE : FILL_CLOSE;
    const end = line.indexOf(close, i + 1);
    if (end < 0) throw new Error(`unterminated "${ch}" at column ${i + 1} (a marker must not span lines)`);
    const body = line.slice(i + 1, end);
    for (const bad of [LABEL_OPEN, LABEL_CLOSE, FILL_OPEN, FILL_CLOSE]) {
      if (body.includes(bad)) throw new Error(`nested marker at column ${i + 1}`);
    }
    if (text) segments.push({ kind: "text", text });
    text = "";
    if (ch === LABEL_OPEN && body.startsWith("!")) {
      const type = body.slice(1);
      if (!TYPE_NAME.test(type)) throw new Error(`bad line-label type "${type}" at column ${i + 1}`);
      segments.push({ kind: "mark", type });
    } else if (ch === LABEL_OPEN) {
      const bar = body.indexOf("|");
      if (bar < 0) throw new Error(`label without "type|template" at column ${i + 1}`);
      const type = body.slice(0, bar);
      const template = body.slice(bar + 1);
      if (!TYPE_NAME.test(type)) throw new Error(`bad label type "${type}" at column ${i + 1}`);
      if (!template) throw new Error(`empty label template at column ${i + 1}`);
      segments.push({ kind: "label", type, template });
    } else if (body === "") {
      segments.push({ kind: "case" });
    } else {
      segments.push({ kind: "fill", template: body });
    }
    i = end + 1;
  }
  if (text) segments.push({ kind: "text", text });
  return segments;
}

/** Multi-line secrets (PEM/PGP blocks, PuTTY keys) are labeled on their first line; the label
 * covers the block up to its end line. */
function blockEnd(lines, start) {
  for (let j = start + 1; j < Math.min(lines.length, start + 200); j++) {
    if (/(-----|---- )END |^\s*⟦?\s*Private-MAC:/.test(lines[j]) || /⟦\{\{repeat:\d+:-\}\}END /.test(lines[j])) return j;
  }
  return start;
}
const MULTILINE_START = /BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?|^PuTTY-User-Key-File-/;

/**
 * Parses and expands one stored file. Returns { text, labels, cases, errors } where labels are
 * {line, endLine, type, value} (1-based lines) and cases are hard-negative line numbers. A line
 * label (`⟪!type⟫`) has the line's own expanded text (trimmed) as its value and `whole: true`.
 */
export function expandFile(raw, expand, random) {
  const lines = raw.split("\n");
  const out = [];
  const labels = [];
  const cases = [];
  const errors = [];
  lines.forEach((line, index) => {
    let segments;
    try {
      segments = parseLine(line);
    } catch (error) {
      errors.push(`line ${index + 1}: ${error.message}`);
      out.push(line);
      return;
    }
    let text = "";
    let labelCount = 0;
    segments.forEach((segment, k) => {
      if (segment.kind === "text") text += segment.text;
      else if (segment.kind === "fill") text += expand(segment.template, random);
      else if (segment.kind === "case") {
        const rest = segments.slice(k + 1);
        if (rest.length > 0) errors.push(`line ${index + 1}: "⟦⟧" must end the line`);
        text = text.replace(/[ \t]+$/, "");
        cases.push(index + 1);
      } else if (segment.kind === "mark") {
        labelCount++;
        if (segments.length > k + 1) errors.push(`line ${index + 1}: "⟪!${segment.type}⟫" must end the line`);
        text = text.replace(/[ \t]+$/, "");
        if (text.trim() === "") errors.push(`line ${index + 1}: a line label on an empty line`);
        labels.push({ line: index + 1, endLine: index + 1, type: segment.type, value: text.trim(), whole: true });
      } else {
        labelCount++;
        const value = expand(segment.template, random);
        text += value;
        const multiline = MULTILINE_START.test(value) && !/END [A-Z0-9 ]*PRIVATE KEY/.test(value);
        const endLine = multiline ? blockEnd(lines, index) + 1 : index + 1;
        if (multiline && endLine === index + 1) errors.push(`line ${index + 1}: multi-line key without an end line`);
        labels.push({ line: index + 1, endLine, type: segment.type, value });
      }
    });
    if (labelCount > 1) errors.push(`line ${index + 1}: more than one label on a line`);
    if (labelCount > 0 && cases.at(-1) === index + 1) errors.push(`line ${index + 1}: a line cannot be both a positive and a hard negative`);
    out.push(text);
  });
  return { text: out.join("\n"), labels, cases, errors };
}

/**
 * Expands the whole corpus under `corpusRoot` into `outDir` (when given). Values are seeded per
 * file, so a run is reproducible and one file's edit does not change another's values.
 */
export function materializeCorpus(corpusRoot, { expand, seededRandom, seed, outDir }) {
  const files = [];
  const positives = [];
  const negatives = [];
  const errors = [];
  let bytes = 0;
  for (const stored of listCorpusFiles(corpusRoot)) {
    const raw = readFileSync(join(corpusRoot, stored), "utf8");
    const name = materializedPath(stored);
    const result = expandFile(raw, expand, seededRandom(`${seed}:${stored}`));
    for (const error of result.errors) errors.push(`${stored}: ${error}`);
    if (stored.startsWith("negative/") && result.labels.length > 0) errors.push(`${stored}: labeled secret in a negative file`);
    for (const label of result.labels) positives.push({ file: name, stored, ...label });
    for (const line of result.cases) negatives.push({ file: name, stored, line });
    const size = Buffer.byteLength(result.text);
    bytes += size;
    files.push({ file: name, stored, bytes: size });
    if (outDir) {
      const target = join(outDir, ...name.split("/"));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, result.text);
    }
  }
  return { files, positives, negatives, errors, bytes };
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(value) {
  const counts = new Map();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** Runs of 20+ token characters with entropy above `threshold` in the raw text outside markers:
 * what a literal, committed secret would look like. Words (no digit at all) and lower-case
 * paths (a "/" and no capital letter, such as URL paths) are not secret-shaped. */
export function literalSecretShapes(raw, threshold = 4.0) {
  const found = [];
  raw.split("\n").forEach((line, index) => {
    const outside = line.replace(/⟪[^⟫]*⟫|⟦[^⟧]*⟧/g, " ");
    for (const m of outside.matchAll(/[A-Za-z0-9+/_-]{20,}/g)) {
      const run = m[0];
      if (!/[0-9]/.test(run) || (run.includes("/") && !/[A-Z]/.test(run))) continue;
      if (shannonEntropy(run) > threshold) found.push({ line: index + 1, run });
    }
  });
  return found;
}

/** Generator syntax outside any marker: it would reach the scanners unexpanded. */
export function strayGenerators(raw) {
  const found = [];
  raw.split("\n").forEach((line, index) => {
    const outside = line.replace(/⟪[^⟫]*⟫|⟦[^⟧]*⟧/g, " ");
    if (/\{\{\w+:\d+(:[^}]*)?\}\}/.test(outside)) found.push(index + 1);
  });
  return found;
}

/** At most the first 4 and last 2 characters of a value; short values fully masked. */
export function redact(value) {
  const v = String(value ?? "").replace(/\s+/g, " ");
  if (v.length < 12) return "*".repeat(Math.min(v.length, 8));
  return `${v.slice(0, 4)}…${v.slice(-2)}`;
}

export function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
