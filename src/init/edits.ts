// Pure text edits for `stageguard init` and `uninstall`: hook files and package.json, keeping
// the user's lines, their order, indentation and line endings. Each edit applied to its own
// output changes nothing.

/** The hooks stageguard ships (hooks/): git passes arguments to pre-push only. */
export type HookName = "pre-commit" | "pre-merge-commit" | "pre-push";

/** The stageguard line of a hook file; `prefix` is the package folder from the git root ("" at the root). */
export function hookLine(hook: HookName, prefix: string): string {
  const path = `${prefix === "" ? "" : `${prefix}/`}node_modules/stageguard/hooks/${hook}`;
  return hook === "pre-push" ? `sh ${path} "$@"` : `sh ${path}`;
}

/** husky 9's `init` writes this pre-commit; stageguard replaces it rather than run the tests on every commit. */
export const HUSKY_INIT_DEFAULT = "npm test\n";

/** Adds `line` at the end of a hook file unless a stageguard line is already there. */
export function addHookLine(existing: string | undefined, line: string): string {
  const text = existing ?? "";
  if (text.split(/\r?\n/).some((current) => current.includes("stageguard/hooks/"))) return text;
  if (text === "" || text === HUSKY_INIT_DEFAULT) return `${line}\n`;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  return `${text}${text.endsWith("\n") ? "" : eol}${line}${eol}`;
}

/** Removes the lines that run stageguard's hooks; the rest stays as it was. */
export function removeHookLines(existing: string): string {
  const eol = existing.includes("\r\n") ? "\r\n" : "\n";
  const lines = existing.split(/\r?\n/);
  const kept = lines.filter((line) => !line.includes("stageguard/hooks/"));
  return kept.length === lines.length ? existing : kept.join(eol);
}

/** The `prepare` script husky needs: `husky` at the root, `cd <up> && husky <dir>/.husky` in a sub-package. */
export function huskyPrepare(prefix: string): string {
  if (prefix === "") return "husky";
  const up = prefix.split("/").map(() => "..").join("/");
  return `cd ${up} && husky ${prefix}/.husky`;
}

/**
 * package.json with a prepare script that runs husky, keeping the file's indentation and key
 * order. undefined when it already does.
 */
export function withPrepare(packageJson: string, prepare: string): string | undefined {
  const data = JSON.parse(packageJson) as { scripts?: Record<string, string> };
  const current = data.scripts?.prepare;
  if (current !== undefined && /\bhusky\b/.test(current)) return undefined;
  const scripts = { ...(data.scripts ?? {}), prepare: current === undefined ? prepare : `${current} && ${prepare}` };
  return rewriteJson(packageJson, { ...data, scripts });
}

/** `data` as JSON in the style of `original`: its indentation and line endings. */
function rewriteJson(original: string, data: unknown): string {
  const indent = /^[ \t]+(?=")/m.exec(original)?.[0] ?? "  ";
  const eol = original.includes("\r\n") ? "\r\n" : "\n";
  return `${JSON.stringify(data, null, indent).replace(/\n/g, eol)}${eol}`;
}

export type PackageManager = "npm" | "pnpm" | "yarn" | "bun";

/** The package manager a project uses, from its lock file (npm when none). */
export function packageManagerFor(files: readonly string[]): PackageManager {
  if (files.includes("pnpm-lock.yaml")) return "pnpm";
  if (files.includes("yarn.lock")) return "yarn";
  if (files.includes("bun.lockb") || files.includes("bun.lock")) return "bun";
  return "npm";
}

export function installCommand(manager: PackageManager, pkg: string): string[] {
  switch (manager) {
    case "pnpm":
      return ["pnpm", "add", "--save-dev", pkg];
    case "yarn":
      return ["yarn", "add", "--dev", pkg];
    case "bun":
      return ["bun", "add", "--dev", pkg];
    default:
      return ["npm", "install", "--save-dev", pkg];
  }
}

export const LINT_STAGED_TASK = "stageguard scan staged";

/** A lint-staged config object with the stageguard task on every staged file ("*"). */
export function withLintStagedTask(config: Record<string, unknown>): Record<string, unknown> | undefined {
  const tasks = config["*"];
  const list = tasks === undefined ? [] : Array.isArray(tasks) ? tasks : [tasks];
  if (list.some((task) => typeof task === "string" && task.includes("stageguard"))) return undefined;
  return { ...config, "*": list.length === 0 ? LINT_STAGED_TASK : [...list, LINT_STAGED_TASK] };
}

/** JSON text with `key` set to `value`, keeping indentation and line endings. */
export function setJsonKey(text: string, key: string, value: unknown): string {
  const data = JSON.parse(text) as Record<string, unknown>;
  return rewriteJson(text, { ...data, [key]: value });
}

/** package.json without husky's prepare script (and without `scripts` when that leaves it empty). */
export function withoutPrepare(text: string): string | undefined {
  const data = JSON.parse(text) as { scripts?: Record<string, string> };
  if (data.scripts?.prepare === undefined || !/\bhusky\b/.test(data.scripts.prepare)) return undefined;
  const { prepare: _prepare, ...scripts } = data.scripts;
  const { scripts: _scripts, ...rest } = data;
  return rewriteJson(text, Object.keys(scripts).length === 0 ? rest : { ...data, scripts });
}
