// Which files hold shell commands, by name alone (the shebang case is in the integration tests).

import { expect, test } from "@jest/globals";
import { contextForPath } from "../../../src/shell/contexts.js";

test.each([
  ["docs/README.md", "markdown"],
  ["Guide.MDX", "markdown"],
  ["Dockerfile", "dockerfile"],
  ["build/Dockerfile.dev", "dockerfile"],
  ["app.Containerfile", "dockerfile"],
  ["Makefile", "makefile"],
  ["GNUmakefile", "makefile"],
  ["rules.mk", "makefile"],
  ["package.json", "package-json"],
  [".github/workflows/ci.yml", "yaml"],
  ["deploy.YAML", "yaml"],
  ["Jenkinsfile", "jenkinsfile"],
  ["Jenkinsfile.release", "jenkinsfile"],
  ["scripts/run.sh", "shell"],
  ["tools/Setup.PS1", "shell"],
  ["home/.bashrc", "shell"],
  [".envrc", "shell"],
  [".husky/pre-commit", "shell"],
  ["web/.githooks/pre-push", "shell"],
  [".git-hooks/commit-msg", "shell"],
] as const)("%s is %s", (path, context) => {
  expect(contextForPath(path)).toBe(context);
});

test.each(["src/app.ts", "Package.json", "jenkinsfile", "Dockerfile-old", ".husky/_/husky.sh.txt", ".husky/_/pre-commit", ".husky/notes.txt", "hooks/pre-commit", "MAKEFILE", "docs/sh"])(
  "%s holds no commands by its name",
  (path) => {
    expect(contextForPath(path)).toBeUndefined();
  },
);
