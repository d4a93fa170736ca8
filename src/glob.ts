// The one way stageguard matches paths against globs (picomatch). Paths are repository-relative
// with forward slashes. A pattern without a slash matches the file name at any depth, so `.env`
// and `*.pem` catch `config/.env` and `a/b/c.pem`; matching ignores case because macOS and
// Windows file systems do.

import picomatch from "picomatch";

export type PathMatcher = (path: string) => boolean;

// picomatch's own `basename` option mis-handles patterns that do contain a slash, so the two
// kinds are split here: slash-free patterns test the name, the others the whole path.
const OPTIONS: picomatch.PicomatchOptions = { dot: true, nocase: true };

/** Compiles globs once; the matcher is true when any of them matches. No globs: matches nothing. */
export function compileGlobs(patterns: readonly string[]): PathMatcher {
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

/** Tells whether a glob is well-formed (picomatch throws on some malformed input). */
export function checkGlob(pattern: string): string | undefined {
  try {
    picomatch(pattern, OPTIONS);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
