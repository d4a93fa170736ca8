// The commits of a range, oldest first, for `scan range` and the pre-push hook. Each commit is
// compared with its first parent (a root commit with the empty tree), so a finding belongs to
// the commit that added the line. A merge commit is scanned only for what is new relative to
// every parent (merge-changes.ts: a conflict resolution's own lines and paths); what its
// parents brought belongs to their own commits, which the range walks itself.

import { GitError } from "../errors.js";
import { runGit } from "./run-git.js";

export interface RangeCommit {
  sha: string;
  parents: string[];
}

/** Revisions for `git rev-list`, e.g. ["main..feature"] or [sha, "--not", "--remotes=origin"]. */
export async function commitsIn(root: string, revisions: readonly string[]): Promise<RangeCommit[]> {
  let out: Buffer;
  try {
    out = await runGit(["rev-list", "--reverse", "--topo-order", "--parents", ...revisions, "--"], { cwd: root });
  } catch (error) {
    throw new GitError(`cannot list the commits of ${revisions.join(" ")}: ${(error as Error).message.split("\n")[0]}`, {
      hint: "Give a range git understands, such as origin/main..HEAD or a commit sha.",
    });
  }
  return out
    .toString("utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const [sha, ...parents] = line.trim().split(" ");
      return { sha: sha!, parents };
    });
}

/** The id of the empty tree in this repository's hash (sha1 or sha256). */
export async function emptyTree(root: string): Promise<string> {
  return (await runGit(["hash-object", "-t", "tree", "--stdin"], { cwd: root, input: "" })).toString("utf8").trim();
}

/** Whether `sha` names a commit this repository has. */
export async function hasCommit(root: string, sha: string): Promise<boolean> {
  try {
    await runGit(["cat-file", "-e", `${sha}^{commit}`], { cwd: root });
    return true;
  } catch {
    return false;
  }
}
