// The environment for every git process a test starts: nothing inherited from an outer git,
// no machine-wide config, a fixed identity. HUSKY is dropped too: CI sets HUSKY=0, which would
// make husky skip the very hooks the tests exercise.

export function gitEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith("GIT_") && key !== "HUSKY") env[key] = value;
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_AUTHOR_NAME: "Test",
    GIT_AUTHOR_EMAIL: "test@example.invalid",
    GIT_COMMITTER_NAME: "Test",
    GIT_COMMITTER_EMAIL: "test@example.invalid",
    NO_COLOR: "1",
    ...extra,
  };
}
