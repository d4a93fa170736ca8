// Repository-state queries for `stageguard audit` (and later `init`): what git ignores, what is
// tracked, what history holds, how hooks are wired. Uses simple-git, loaded only when such a
// command runs (the per-commit scan never pays for it), with the GIT_* variables a hook or the
// user sets passed through (simple-git 4 strips them by default).

import { createRequire } from "node:module";
import type { SimpleGit } from "simple-git";
import { GitError } from "../errors.js";

/** git's own environment that must reach every git process (see ../shared/TOOLCHAIN.md, trap T1). */
const ALLOWED_ENVIRONMENT = ["GIT_INDEX_FILE", "GIT_DIR", "GIT_WORK_TREE", "GIT_OBJECT_DIRECTORY", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_NOSYSTEM"];

async function open(baseDir: string): Promise<SimpleGit> {
  // require, not import(): the executable runs the CLI bundle from V8's code cache
  // (src/cli/launcher.cjs), and on node 20 a function restored from that cache has lost the
  // dynamic-import callback, so import() of a package failed ("A dynamic import callback was not
  // specified") on every audit after the first. Like picomatch and yaml, loaded on first use.
  const { simpleGit } = createRequire(import.meta.url)("simple-git") as typeof import("simple-git");
  return simpleGit({ baseDir, allowEnvironment: ALLOWED_ENVIRONMENT });
}

async function raw(baseDir: string, args: string[]): Promise<string> {
  try {
    return await (await open(baseDir)).raw(args);
  } catch (error) {
    throw new GitError(`git ${args[0]} failed: ${error instanceof Error ? error.message.trim().split("\n")[0] : String(error)}`, { cause: error });
  }
}

/** Which of `paths` (relative to `root`) git would ignore, by every ignore rule git honours. */
export async function ignoredPaths(root: string, paths: readonly string[]): Promise<Set<string>> {
  if (paths.length === 0) return new Set();
  // --no-index: answer for the pattern even if a file of that name is tracked.
  const output = await raw(root, ["check-ignore", "--no-index", "--", ...paths]);
  return new Set(output.split("\n").filter((line) => line !== ""));
}

export interface TrackedBlob {
  path: string;
  blobId: string;
}

/** Files in the HEAD commit (none before the first commit). */
export async function trackedAtHead(root: string): Promise<TrackedBlob[]> {
  const head = await raw(root, ["rev-parse", "-q", "--verify", "HEAD^{commit}"]).catch(() => "");
  if (head.trim() === "") return [];
  // Sample: "100644 blob 3e75765…\tpath\0"
  const output = await raw(root, ["-c", "core.quotepath=off", "ls-tree", "-r", "-z", "--full-tree", "HEAD"]);
  return output
    .split("\0")
    .filter((record) => record !== "")
    .map((record) => {
      const tab = record.indexOf("\t");
      const [, type, blobId] = record.slice(0, tab).split(" ");
      return { type, blobId: blobId ?? "", path: record.slice(tab + 1) };
    })
    .filter((entry) => entry.type === "blob")
    .map(({ path, blobId }) => ({ path, blobId }));
}

/** Every path any commit reachable from any ref ever added or renamed to. */
export async function pathsInHistory(root: string): Promise<Set<string>> {
  const output = await raw(root, ["-c", "core.quotepath=off", "log", "--all", "--format=", "--name-only", "--diff-filter=ACR", "-z"]);
  return new Set(output.split(/[\0\n]/).filter((path) => path !== ""));
}

export interface HooksLocation {
  /** Absolute folder git runs hooks from. */
  dir: string;
  /** core.hooksPath as configured, and where (file:.git/config, file:/home/u/.gitconfig…); undefined when unset. */
  hooksPath?: { value: string; origin: string };
}

export async function hooksLocation(root: string): Promise<HooksLocation> {
  const configured = (await raw(root, ["config", "--show-origin", "--get", "core.hooksPath"]).catch(() => "")).trim();
  const dir = (await raw(root, ["rev-parse", "--path-format=absolute", "--git-path", "hooks"])).trim();
  if (configured === "") return { dir };
  const tab = configured.indexOf("\t");
  return { dir, hooksPath: { origin: configured.slice(0, tab), value: configured.slice(tab + 1) } };
}

/** Answers check-ignore for `paths` against one ignore file alone, in a throwaway repository. */
export async function ignoredByFile(scratchDir: string, paths: readonly string[]): Promise<Set<string>> {
  await raw(scratchDir, ["init", "-q"]);
  return ignoredPaths(scratchDir, paths);
}
