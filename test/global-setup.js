// Runs once before all test files. A test run started from a git hook (our own pre-commit, or
// `git commit -a`) inherits GIT_INDEX_FILE, GIT_DIR…; nested temp repositories would then write
// into the outer repository's index. Strip them, and isolate git from this machine's config.
export default function globalSetup() {
  for (const key of Object.keys(process.env)) if (key.startsWith("GIT_")) delete process.env[key];
  process.env.GIT_CONFIG_NOSYSTEM = "1";
  process.env.GIT_CONFIG_GLOBAL = "/dev/null";
}
