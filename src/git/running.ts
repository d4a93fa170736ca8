// The git processes running now (run-git.ts registers each one), so that an interrupted CLI can
// stop them before it exits. No imports: main.ts loads this on every start, --version included,
// and node:child_process alone costs 10-30 ms to load.

interface RunningProcess {
  kill(signal: "SIGKILL"): unknown;
  once(event: "close", listener: () => void): unknown;
}

const running = new Set<RunningProcess>();

/** Tracks `child` until it closes. */
export function trackGitProcess(child: RunningProcess): void {
  running.add(child);
  child.once("close", () => running.delete(child));
}

/**
 * Kills every git process still running, so none outlives an interrupted stageguard: git would
 * otherwise run on until its next write into the closed pipe, seconds later if it is busy (rename
 * detection over a large change). SIGKILL because the CLI exits right after, without waiting:
 * the kill takes effect at once, and the commands stageguard runs hold no lock to release.
 */
export function stopRunningGit(): void {
  for (const child of running) child.kill("SIGKILL");
}
