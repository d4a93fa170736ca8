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
  if (patterns.length === 0) return () => false;
  const key = JSON.stringify(patterns);
  const cached = cache.get(key);
  if (cached) return cached;
  let compiled: PathMatcher | undefined;
  const lazy: PathMatcher = (path) => (compiled ??= buildMatcher(patterns))(path);
  cache.set(key, lazy);
  return lazy;
}

/**
 * One RegExp per kind, built from picomatch's own translation of each glob: a RegExp test costs a
 * fraction of picomatch's matcher call (which re-checks options and formats the path on every
 * call), and thousands of files meet dozens of lists. The last path's answer is kept, because
 * rules that share a list ask about the same file one after another.
 */
function buildMatcher(patterns: readonly string[]): PathMatcher {
  const namePatterns = patterns.filter((pattern) => !pattern.includes("/"));
  const pathPatterns = patterns.filter((pattern) => pattern.includes("/"));
  const matchName = combine(namePatterns);
  const matchPath = combine(pathPatterns);
  let lastPath: string | undefined;
  let lastAnswer = false;
  return (path) => {
    if (path === lastPath) return lastAnswer;
    let answer = matchPath?.test(path) ?? false;
    if (!answer && matchName) {
      const slash = path.lastIndexOf("/");
      answer = matchName.test(slash === -1 ? path : path.slice(slash + 1));
    }
    lastPath = path;
    lastAnswer = answer;
    return answer;
  };
}

function combine(patterns: readonly string[]): RegExp | undefined {
  if (patterns.length === 0) return undefined;
  const sources = patterns.map(globSource);
  return new RegExp(sources.map((source) => `(?:${source})`).join("|"), "i");
}
