// The one way stageguard matches paths against globs (picomatch). Paths are repository-relative
// with forward slashes. A pattern without a slash matches the file name at any depth, so `.env`
// and `*.pem` catch `config/.env` and `a/b/c.pem`; matching ignores case because macOS and
// Windows file systems do.

import { createRequire } from "node:module";
import type { PicomatchOptions } from "picomatch";

export type PathMatcher = (path: string) => boolean;

// picomatch's own `basename` option mis-handles patterns that do contain a slash, so the two
// kinds are split here: slash-free patterns test the name, the others the whole path.
export const GLOB_OPTIONS: PicomatchOptions = { dot: true, nocase: true };

/**
 * RegExp sources of globs picomatch translated ahead of time (the shipped rules' globs, in
 * dist/rules.bundle.json): a scan that meets only those never loads picomatch (~10 ms).
 */
const knownSources = new Map<string, string>();

export function primeGlobSources(sources: Readonly<Record<string, string>>): void {
  for (const [glob, source] of Object.entries(sources)) knownSources.set(glob, source);
}

let picomatchModule: typeof import("picomatch") | undefined;

function globSource(glob: string): string {
  const known = knownSources.get(glob);
  if (known !== undefined) return known;
  picomatchModule ??= createRequire(import.meta.url)("picomatch") as typeof import("picomatch");
  const source = picomatchModule.makeRe(glob, GLOB_OPTIONS).source;
  knownSources.set(glob, source);
  return source;
}

/** Matchers by glob list: packs share long lists (every commands rule has the same scope). */
const cache = new Map<string, PathMatcher>();

/**
 * A matcher that is true when any glob matches; no globs match nothing. picomatch compiles on
 * first use, not at load: most scans never consult most rules' globs, and compiling them all
 * cost ~15 ms of the hook's start-up.
 */
export function compileGlobs(patterns: readonly string[]): PathMatcher {
  if (patterns.length === 0) return NOTHING;
  // Rules share their pack's lists by identity; only a new array pays for the text key.
  const same = byIdentity.get(patterns);
  if (same) return same;
  const key = patterns.join("\0");
  let matcher = cache.get(key);
  if (!matcher) {
    let compiled: PathMatcher | undefined;
    matcher = (path) => (compiled ??= buildMatcher(patterns))(path);
    cache.set(key, matcher);
  }
  byIdentity.set(patterns, matcher);
  return matcher;
}

const NOTHING: PathMatcher = () => false;
const byIdentity = new WeakMap<readonly string[], PathMatcher>();

/**
 * One RegExp per kind, built from picomatch's own translation of each glob: a RegExp test costs a
 * fraction of picomatch's matcher call (which re-checks options and formats the path on every
 * call), and thousands of files meet dozens of lists. Before any RegExp runs (or is even built),
 * a literal check: every path a glob matches contains the glob's longest literal run (`.pem` for
 * `*.pem`, `node_modules` for `**\/node_modules/**`), so a path holding none of the list's
 * literals is answered without the RegExp; compiling a RegExp on first use cost ~0.4 ms, which
 * a small commit paid for every list of every rule. The last path's answer is kept, because
 * rules that share a list ask about the same file one after another.
 */
function buildMatcher(patterns: readonly string[]): PathMatcher {
  const byName = kind(patterns.filter((pattern) => !pattern.includes("/")));
  const byPath = kind(patterns.filter((pattern) => pattern.includes("/")));
  let lastPath: string | undefined;
  let lastAnswer = false;
  return (path) => {
    if (path === lastPath) return lastAnswer;
    let answer = byPath !== undefined && byPath.test(path);
    if (!answer && byName !== undefined) {
      const slash = path.lastIndexOf("/");
      answer = byName.test(slash === -1 ? path : path.slice(slash + 1));
    }
    lastPath = path;
    lastAnswer = answer;
    return answer;
  };
}

/** A tester for globs of one kind (names or whole paths): literals first, the RegExp when needed. */
function kind(patterns: readonly string[]): { test(text: string): boolean } | undefined {
  if (patterns.length === 0) return undefined;
  const literals = patterns.map(longestLiteral);
  const required = literals.every((literal) => literal !== undefined) ? (literals as string[]) : undefined;
  let regex: RegExp | undefined;
  return {
    test(text) {
      if (required !== undefined) {
        const lower = text.toLowerCase();
        if (!required.some((literal) => lower.includes(literal))) return false;
      }
      return (regex ??= combine(patterns)!).test(text);
    },
  };
}

/**
 * The longest run of plain characters inside one path segment of `glob`, lower-cased; undefined
 * when the glob uses syntax whose literals are not plainly required (classes, braces, extglobs,
 * negation, escapes) or has no literal at all.
 */
export function longestLiteral(glob: string): string | undefined {
  if (/[[\]{}()!+@\\]/.test(glob)) return undefined;
  let best = "";
  for (const run of glob.toLowerCase().split(/[*?/]+/)) if (run.length > best.length) best = run;
  // ASCII only: lower-casing and the RegExp's case folding agree there (not for every letter beyond).
  return best === "" || /[^\x00-\x7f]/.test(best) ? undefined : best;
}

function combine(patterns: readonly string[]): RegExp | undefined {
  if (patterns.length === 0) return undefined;
  const sources = patterns.map(globSource);
  return new RegExp(sources.map((source) => `(?:${source})`).join("|"), "i");
}
