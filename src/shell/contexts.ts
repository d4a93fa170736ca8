// Where shell lives in a repository, and the commands in each place, with their line numbers:
// shell scripts and git hooks, Dockerfile RUN, Makefile recipes, package.json scripts, CI YAML
// (run:, script:, command:…), Jenkinsfile sh steps, and fenced shell blocks in Markdown (which
// only ever warn: documentation is read, not run). Comments are not commands.

import type { FileChange } from "../types.js";

/** One command (a logical line: continuations joined) and where it sits in the file. */
export interface CommandSource {
  line: number;
  endLine: number;
  text: string;
  /** Found in a Markdown fence: reported as a warning, never blocks. */
  documentation: boolean;
}

export type ShellContext = "shell" | "dockerfile" | "makefile" | "package-json" | "yaml" | "jenkinsfile" | "markdown";

interface Line {
  line: number;
  text: string;
}

const SHEBANG = /^#!.*\b(?:ba|z|k|da|a)?sh\b/;

const MARKDOWN = new Set(["md", "markdown", "mdx"]);
const SHELL = new Set(["sh", "bash", "zsh", "ksh", "command", "ps1"]);
const SHELL_RC = new Set([".bashrc", ".bash_profile", ".bash_aliases", ".bash_login", ".bash_logout", ".zshrc", ".zprofile", ".zshenv", ".zlogin", ".profile", ".kshrc", ".envrc"]);

/**
 * The context a path puts its file in by name alone; undefined when only a shebang could tell.
 * Plain string tests, not regexes: this runs for every staged file, and each regex costs a
 * compile on its first use, which a small commit's scan would pay for a dozen of them.
 */
export function contextForPath(path: string): ShellContext | undefined {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const lower = name.toLowerCase();
  const dot = lower.lastIndexOf(".");
  const extension = dot >= 0 ? lower.slice(dot + 1) : "";
  if (MARKDOWN.has(extension)) return "markdown";
  if (startsWithName(lower, "dockerfile") || startsWithName(lower, "containerfile") || extension === "dockerfile" || extension === "containerfile") return "dockerfile";
  if (name === "GNUmakefile" || name === "makefile" || name === "Makefile" || extension === "mk") return "makefile";
  if (name === "package.json") return "package-json";
  if (extension === "yml" || extension === "yaml") return "yaml";
  if (startsWithName(name, "Jenkinsfile")) return "jenkinsfile";
  if (SHELL.has(extension) || SHELL_RC.has(name)) return "shell";
  // Git hooks kept in the repository: extensionless files in .husky/ (not its _/ helpers), .githooks/, .git-hooks/.
  if (!name.includes(".")) {
    const folder = path.slice(0, path.length - name.length - 1);
    const parent = folder.slice(folder.lastIndexOf("/") + 1);
    if (parent === ".husky" || parent === ".githooks" || parent === ".git-hooks") return "shell";
  }
  return undefined;
}

/** `name` is `base` or `base.<anything>` (Dockerfile.dev, Jenkinsfile.release). */
function startsWithName(name: string, base: string): boolean {
  return name === base || (name.startsWith(base) && name[base.length] === ".");
}

/** The file's context: by name, else a shell shebang on line 1. */
function contextFor(file: FileChange, lines: () => Line[]): ShellContext | undefined {
  const byName = contextForPath(file.path);
  if (byName) return byName;
  const first = lines()[0];
  return first?.line === 1 && SHEBANG.test(first.text) ? "shell" : undefined;
}

/**
 * Every command in the file that touches an added line. `lines` gives the file's known lines
 * (src/text/content.ts knownLines); it is only called when the file is a place shell lives.
 */
export function commandsIn(file: FileChange, lines: () => Line[]): CommandSource[] {
  const context = contextFor(file, lines);
  if (!context) return [];
  const all = EXTRACTORS[context](lines());
  const added = new Set(file.addedLines.map((line) => line.line));
  return all.filter((source) => {
    for (let line = source.line; line <= source.endLine; line++) if (added.has(line)) return true;
    return false;
  });
}

/** Variables CI systems set: never empty where they are used. (HOME is left alone: rules about it read it as written.) */
const ALWAYS_SET = ["CI_PROJECT_DIR", "CI_BUILDS_DIR", "GITHUB_WORKSPACE", "RUNNER_TEMP", "RUNNER_WORKSPACE", "WORKSPACE", "BITBUCKET_CLONE_DIR", "CIRCLE_WORKING_DIRECTORY", "BUILD_SOURCESDIRECTORY", "AGENT_TEMPDIRECTORY"];

/**
 * Variables this file guarantees are not empty from a given line on: assigned a literal (`APP_ROOT=/srv/app`),
 * defaulted (`X=${X:-/tmp/x}`, `${X:=…}`), or checked (`: "${X:?}"`), plus CI-provided ones. A
 * command rule treats `$X` as `${X:?}` for these, so `rm -rf "$APP_ROOT/"` after a literal
 * assignment is not an unguarded deletion.
 */
export function guardedVariables(lines: readonly Line[]): Map<string, number> {
  const guarded = new Map<string, number>(ALWAYS_SET.map((name) => [name, 0]));
  const guard = (name: string, line: number): void => {
    if (!guarded.has(name)) guarded.set(name, line);
  };
  for (const { line, text } of lines) {
    // Shell (`X=value`, `export X=…`) and make (`X ?= value`, `X := value`) assignments.
    const assignment = /^\s*(?:export\s+|readonly\s+|local\s+|declare\s+(?:-\w+\s+)*|override\s+)?([A-Za-z_]\w*)(=|\s*[:?+]{0,2}=\s*)(.*)$/.exec(text);
    if (assignment) {
      const value = assignment[3]!.trim();
      // make (`X ?= …`, `X := $(CURDIR)/out`): any value defines it; shell: a literal or a default.
      const make = assignment[2] !== "=";
      if ((make && value !== "" && !value.startsWith("#")) || /^(["']?)[^\s"'$`;|&][^\s"'`;|&]*\1\s*(?:#.*)?$/.test(value) || /^["']?\$\{\w+:[-=?][^}]+\}/.test(value)) {
        guard(assignment[1]!, line);
      }
    }
    for (const match of text.matchAll(/\$\{(\w+):[=?][^}]*\}/g)) guard(match[1]!, line);
  }
  return guarded;
}

const EXTRACTORS: Record<ShellContext, (lines: Line[]) => CommandSource[]> = {
  shell: (lines) => shellCommands(lines, false),
  dockerfile: dockerfileCommands,
  makefile: makefileCommands,
  "package-json": packageJsonCommands,
  yaml: yamlCommands,
  jenkinsfile: jenkinsfileCommands,
  markdown: markdownCommands,
};

/** Logical lines of shell: `\` continuations joined, heredoc bodies skipped unless a shell reads them. */
function shellCommands(lines: Line[], documentation: boolean): CommandSource[] {
  const sources: CommandSource[] = [];
  let index = 0;
  while (index < lines.length) {
    const start = lines[index]!;
    let text = start.text;
    let end = start.line;
    while (/(?:^|[^\\])(?:\\\\)*\\$/.test(text) && index + 1 < lines.length && lines[index + 1]!.line === end + 1) {
      index++;
      text = `${text.slice(0, -1)} ${lines[index]!.text}`;
      end = lines[index]!.line;
    }
    index++;
    if (text.trim() !== "" && !/^\s*#/.test(text)) sources.push({ line: start.line, endLine: end, text, documentation });
    const heredoc = findHeredoc(text);
    if (heredoc) {
      const delimiter = heredoc[2]!;
      const body: Line[] = [];
      while (index < lines.length && lines[index]!.text.trim() !== delimiter) body.push(lines[index++]!);
      index++;
      // `bash <<EOF` / `ssh host sh <<'EOF'` run their body; `cat <<EOF > file` only writes it.
      if (/\b(?:ba|z|k|da)?sh\b[^|<]*<</.test(text)) sources.push(...shellCommands(body, documentation));
    }
  }
  return sources;
}

/** The first heredoc operator outside quotes: [whole, quote, delimiter] with its index. */
function findHeredoc(text: string): RegExpExecArray | null {
  const blanked = stripQuoted(text);
  const operator = /<<(?!<)/g;
  for (let match = operator.exec(blanked); match !== null; match = operator.exec(blanked)) {
    const heredoc = /^<<-?\s*(['"]?)([A-Za-z_][\w-]*)\1/.exec(text.slice(match.index));
    if (heredoc) {
      heredoc.index = match.index;
      return heredoc;
    }
  }
  return null;
}

/** Text with quoted parts blanked, so a `<<` inside a string is not a heredoc. */
function stripQuoted(text: string): string {
  return text.replace(/'[^']*'|"(?:[^"\\]|\\.)*"/g, (quoted) => " ".repeat(quoted.length));
}

function dockerfileCommands(lines: Line[]): CommandSource[] {
  const sources: CommandSource[] = [];
  let index = 0;
  while (index < lines.length) {
    const start = lines[index]!;
    const run = /^\s*(?:RUN|CMD|ENTRYPOINT)\s+(.*)$/i.exec(start.text);
    index++;
    if (!run) continue;
    let text = run[1]!;
    let end = start.line;
    // Continuations; Docker drops comment lines inside them.
    while (/\\\s*$/.test(text) && index < lines.length) {
      const next = lines[index++]!;
      end = next.line;
      if (/^\s*#/.test(next.text)) continue;
      text = `${text.replace(/\\\s*$/, "")} ${next.text}`;
    }
    text = text.replace(/^(?:--[\w-]+(?:=\S*)?\s+)+/, "");
    const heredoc = findHeredoc(text);
    if (heredoc) {
      const body: Line[] = [];
      while (index < lines.length && lines[index]!.text.trim() !== heredoc[2]) body.push(lines[index++]!);
      index++;
      // `RUN <<EOF` runs the body with the default shell; `RUN bash <<EOF` too; `RUN cat <<EOF > f` writes it.
      const head = text.slice(0, heredoc.index).trim();
      if (head === "" || /(?:^|\s)(?:ba|z|k|da)?sh\b/.test(head)) sources.push(...shellCommands(body, false));
      if (head !== "") sources.push({ line: start.line, endLine: end, text: head, documentation: false });
      continue;
    }
    sources.push({ line: start.line, endLine: end, text: execForm(text) ?? text, documentation: false });
  }
  return sources;
}

/** `["sh", "-c", "cmd"]` → `cmd`; `["rm", "-rf", "/x"]` → `rm -rf /x`; undefined when not a JSON array. */
function execForm(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith("[")) return undefined;
  try {
    const parts: unknown = JSON.parse(trimmed);
    if (!Array.isArray(parts) || !parts.every((part) => typeof part === "string")) return undefined;
    const strings = parts as string[];
    const dashC = strings.findIndex((part, index) => index > 0 && /^-[A-Za-z]*c[A-Za-z]*$/.test(part));
    if (dashC > 0 && /(?:^|\/)(?:ba|z|k|da)?sh$/.test(strings[0]!) && strings[dashC + 1] !== undefined) return strings[dashC + 1];
    return strings.map((part) => (/[\s"'$]/.test(part) ? `'${part.replace(/'/g, "'\\''")}'` : part)).join(" ");
  } catch {
    // Not JSON after all: treat it as shell text.
    return undefined;
  }
}

function makefileCommands(lines: Line[]): CommandSource[] {
  const recipe = lines
    .filter((line) => line.text.startsWith("\t"))
    .map((line) => ({ line: line.line, text: line.text.slice(1).replace(/^[@+-]+/, "").replace(/\$\$/g, "$") }));
  return shellCommands(recipe, false);
}

function packageJsonCommands(lines: Line[]): CommandSource[] {
  const sources: CommandSource[] = [];
  let inScripts = false;
  let depth = 0;
  for (const { line, text } of lines) {
    if (!inScripts) {
      if (/"scripts"\s*:\s*\{/.test(text)) {
        inScripts = true;
        depth = 1;
        const inline = text.slice(text.indexOf("{") + 1);
        for (const match of inline.matchAll(/"((?:[^"\\]|\\.)*)"\s*:\s*"((?:[^"\\]|\\.)*)"/g)) {
          sources.push({ line, endLine: line, text: unescapeJson(match[2]!), documentation: false });
        }
        if (/\}/.test(inline)) inScripts = false;
      }
      continue;
    }
    const entry = /^\s*"(?:[^"\\]|\\.)*"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(text);
    if (entry) sources.push({ line, endLine: line, text: unescapeJson(entry[1]!), documentation: false });
    depth += (text.match(/\{/g) ?? []).length - (text.match(/\}/g) ?? []).length;
    if (depth <= 0) inScripts = false;
  }
  return sources;
}

function unescapeJson(value: string): string {
  try {
    return JSON.parse(`"${value}"`) as string;
  } catch {
    return value;
  }
}

/** Keys whose values are shell in CI systems and compose files. */
const YAML_SHELL_KEYS = new Set(["run", "script", "scripts", "before_script", "after_script", "command", "commands", "bash", "sh", "install", "before_install", "after_success", "after_failure", "pre_build", "post_build", "build_command", "entrypoint", "cmd"]);

function yamlCommands(lines: Line[]): CommandSource[] {
  const sources: CommandSource[] = [];
  let index = 0;
  while (index < lines.length) {
    const current = lines[index]!;
    index++;
    const key = /^(\s*)(?:-\s+)?([A-Za-z_][\w-]*)\s*:(?:\s+(.*?))?\s*$/.exec(current.text);
    // Kubernetes `args:` are shell when the container's command is `sh -c`.
    const shellArgs = key?.[2] === "args" && index >= 2 && /["']?-c["']?\s*\]\s*$/.test(lines[index - 2]!.text);
    if (!key || (!YAML_SHELL_KEYS.has(key[2]!.toLowerCase()) && !shellArgs)) continue;
    const indent = key[1]!.length;
    const value = (key[3] ?? "").replace(/\s+#.*$/, "");
    if (/^[|>][-+0-9]*$/.test(value)) {
      const body = blockBody(lines, index, indent);
      index += body.length;
      sources.push(...blockScalarCommands(value, body));
    } else if (value === "") {
      // A list of commands: `- cmd` items (each may be a block scalar itself).
      while (index < lines.length) {
        const item = /^(\s*)-\s+(.*?)\s*$/.exec(lines[index]!.text);
        if (lines[index]!.text.trim() === "") {
          index++;
          continue;
        }
        if (!item || item[1]!.length < indent) break;
        const itemLine = lines[index]!;
        index++;
        const itemValue = item[2]!;
        if (/^[|>][-+0-9]*$/.test(itemValue)) {
          const body = blockBody(lines, index, item[1]!.length);
          index += body.length;
          sources.push(...blockScalarCommands(itemValue, body));
        } else if (!/^[A-Za-z_][\w-]*\s*:(?:\s|$)/.test(itemValue)) {
          // A plain scalar may continue on more-indented lines.
          const more = continuation(lines, index, item[1]!.length);
          index += more.length;
          const text = [itemValue, ...more.map((line) => line.text.trim())].join(" ");
          sources.push({ line: itemLine.line, endLine: more.at(-1)?.line ?? itemLine.line, text: flowCommand(text) ?? yamlScalar(text), documentation: false });
        }
      }
    } else {
      const more = continuation(lines, index, indent);
      index += more.length;
      const text = [value, ...more.map((line) => line.text.trim())].join(" ");
      sources.push({ line: current.line, endLine: more.at(-1)?.line ?? current.line, text: flowCommand(text) ?? yamlScalar(text), documentation: false });
    }
  }
  return sources;
}

/** Lines that continue a plain scalar: more indented, and neither a list item nor a key. */
function continuation(lines: Line[], from: number, indent: number): Line[] {
  const more: Line[] = [];
  for (let index = from; index < lines.length; index++) {
    const line = lines[index]!;
    const own = line.text.length - line.text.trimStart().length;
    if (line.text.trim() === "" || own <= indent || /^\s*(?:-\s|[A-Za-z_][\w.-]*\s*:(?:\s|$)|#)/.test(line.text)) break;
    more.push(line);
  }
  return more;
}

/** A block scalar's commands: `|` keeps lines (a script), `>` folds them into one command. */
function blockScalarCommands(indicator: string, body: Line[]): CommandSource[] {
  if (!indicator.startsWith(">")) return shellCommands(dedent(body), false);
  const content = body.filter((line) => line.text.trim() !== "");
  if (content.length === 0) return [];
  return [{ line: content[0]!.line, endLine: content.at(-1)!.line, text: content.map((line) => line.text.trim()).join(" "), documentation: false }];
}

/** Lines after a key that belong to its block (more indented than the key, or blank). */
function blockBody(lines: Line[], from: number, indent: number): Line[] {
  const body: Line[] = [];
  for (let index = from; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.text.trim() !== "" && (line.text.length - line.text.trimStart().length) <= indent) break;
    body.push(line);
  }
  while (body.length > 0 && body.at(-1)!.text.trim() === "") body.pop();
  return body;
}

function dedent(lines: Line[]): Line[] {
  const indents = lines.filter((line) => line.text.trim() !== "").map((line) => line.text.length - line.text.trimStart().length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => ({ line: line.line, text: line.text.slice(cut) }));
}

function yamlScalar(value: string): string {
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) return unescapeJson(value.slice(1, -1));
  return value;
}

/** `["sh", "-c", "cmd"]` as a YAML flow sequence. */
function flowCommand(value: string): string | undefined {
  if (!value.startsWith("[")) return undefined;
  return execForm(value.replace(/'((?:[^']|'')*)'/g, (_all, inner: string) => JSON.stringify(inner.replace(/''/g, "'"))));
}

function jenkinsfileCommands(lines: Line[]): CommandSource[] {
  const sources: CommandSource[] = [];
  let index = 0;
  while (index < lines.length) {
    const current = lines[index]!;
    index++;
    if (/^\s*(?:\/\/|\*|\/\*)/.test(current.text)) continue;
    const step = /\b(?:sh|bat|powershell|pwsh)\s*\(?\s*(?:(?:label|returnStdout|returnStatus|encoding)\s*:\s*[^,]+,\s*)*(?:script\s*:\s*)?('''|"""|'|")(.*)$/.exec(current.text);
    if (!step) continue;
    const quote = step[1]!;
    const rest = step[2]!;
    const close = rest.indexOf(quote);
    if (close >= 0) {
      sources.push({ line: current.line, endLine: current.line, text: rest.slice(0, close), documentation: false });
      continue;
    }
    if (quote.length === 3) {
      const body: Line[] = rest.trim() === "" ? [] : [{ line: current.line, text: rest }];
      while (index < lines.length && !lines[index]!.text.includes(quote)) body.push(lines[index++]!);
      if (index < lines.length) {
        const last = lines[index++]!;
        const before = last.text.slice(0, last.text.indexOf(quote));
        if (before.trim() !== "") body.push({ line: last.line, text: before });
      }
      sources.push(...shellCommands(dedent(body), false));
    }
  }
  return sources;
}

/** Fences read as shell; an untagged fence in a README is usually a command to paste. */
const SHELL_FENCES = /^(?:|sh|bash|shell|zsh|ksh|console|terminal|shell-session|sh-session|shellsession|powershell|pwsh|ps1|ps)$/i;
const PROMPT_FENCES = /^(?:console|terminal|shell-session|sh-session|shellsession)$/i;

function markdownCommands(lines: Line[]): CommandSource[] {
  const sources: CommandSource[] = [];
  let index = 0;
  while (index < lines.length) {
    const open = /^\s{0,3}(`{3,}|~{3,})\s*([\w+-]*)/.exec(lines[index]!.text);
    index++;
    if (!open) continue;
    const fence = open[1]!;
    const body: Line[] = [];
    while (index < lines.length && !new RegExp(`^\\s{0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`).test(lines[index]!.text)) body.push(lines[index++]!);
    index++;
    const language = open[2]!;
    if (/^(?:dockerfile|docker|containerfile)$/i.test(language)) {
      sources.push(...dockerfileCommands(body).map((source) => ({ ...source, documentation: true })));
      continue;
    }
    if (!SHELL_FENCES.test(language)) continue;
    const commands = PROMPT_FENCES.test(language)
      ? body.flatMap((line) => {
          const prompt = /^\s*(?:[\w@.~:/-]*\s*)?[$#%>]\s+(.*)$/.exec(line.text);
          return prompt ? [{ line: line.line, text: prompt[1]! }] : [];
        })
      : body;
    sources.push(...shellCommands(commands, true));
  }
  return sources;
}
