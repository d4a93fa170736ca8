// The one way stageguard matches paths against globs (picomatch). Paths are repository-relative
// with forward slashes. A pattern without a slash matches the file name at any depth, so `.env`
// and `*.pem` catch `config/.env` and `a/b/c.pem`; matching ignores case because macOS and
// Windows file systems do.

import picomatch from "picomatch";

export type PathMatcher = (path: string) => boolean;

// picomatch's own `basename` option mis-handles patterns that do contain a slash, so the two
// kinds are split here: slash-free patterns test the name, the others the whole path.
const OPTIONS: picomatch.PicomatchOptions = { dot: true, nocase: true };

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

function buildMatcher(patterns: readonly string[]): PathMatcher {
  const namePatterns = patterns.filter((pattern) => !pattern.includes("/"));
  const pathPatterns = patterns.filter((pattern) => pattern.includes("/"));
  const matchName = namePatterns.length > 0 ? picomatch(namePatterns, OPTIONS) : undefined;
  const matchPath = pathPatterns.length > 0 ? picomatch(pathPatterns, OPTIONS) : undefined;
  return (path) => {
    if (matchPath?.(path)) return true;
    if (!matchName) return false;
    const slash = path.lastIndexOf("/");
    return matchName(slash === -1 ? path : path.slice(slash + 1));
  };
}
