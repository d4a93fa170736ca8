// Finds the repository a command runs in. Relies on git's own discovery, so GIT_DIR and
// GIT_WORK_TREE (set by git for hooks, or by the user) are honoured exactly as git honours them.
// The common case (neither set) takes a shortcut: the nearest folder holding `.git` (a folder,
// or the file of a linked worktree or submodule) is the top level, as git would find it; that
// saves a git process on every commit. Anything unusual falls back to asking git.

import { existsSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { GitError } from "../errors.js";
import { runGit } from "./run-git.js";

export interface Repository {
  /** Absolute path of the work tree's top level. */
  root: string;
}

/** The repository containing `cwd`; a GitError that says what to do when there is none. */
export async function findRepository(cwd: string): Promise<Repository> {
  const nearest = process.env.GIT_DIR === undefined && process.env.GIT_WORK_TREE === undefined ? nearestGitFolder(cwd) : undefined;
  if (nearest !== undefined) return { root: nearest };
  let output: Buffer;
  try {
    output = await runGit(["rev-parse", "--show-toplevel"], { cwd });
  } catch (error) {
    if (error instanceof GitError && /not a git repository/i.test(error.message)) {
      throw new GitError(`not a git repository: ${cwd}`, {
        cause: error,
        hint: "Run this inside a git repository, or scan plain files with `stageguard scan files <paths…>`.",
      });
    }
    if (error instanceof GitError && /work tree/i.test(error.message)) {
      throw new GitError(`no work tree here (bare repository?): ${cwd}`, {
        cause: error,
        hint: "Staged changes only exist in a repository with a work tree.",
      });
    }
    throw error;
  }
  const root = output.toString("utf8").replace(/\n$/, "");
  if (root === "") throw new GitError(`no work tree here (bare repository?): ${cwd}`);
  return { root };
}

/** Like findRepository, but undefined outside a repository (for `scan files`, which works anywhere). */
export async function findRepositoryIfAny(cwd: string): Promise<Repository | undefined> {
  try {
    return await findRepository(cwd);
  } catch (error) {
    if (error instanceof GitError) return undefined;
    throw error;
  }
}

/** The nearest folder at or above `cwd` that holds `.git`; undefined inside `.git` or outside any. */
function nearestGitFolder(cwd: string): string | undefined {
  let folder = resolve(cwd);
  for (;;) {
    // Inside a .git folder (or a bare repository) git has no work tree: let git say so.
    if (folder.split(sep).includes(".git")) return undefined;
    if (existsSync(join(folder, ".git"))) return folder;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}
