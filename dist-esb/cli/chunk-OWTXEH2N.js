import {
  falseAlarmHint,
  renderFix
} from "./chunk-RJDUTWBM.js";
import {
  RuleError
} from "./chunk-VFHTMC3F.js";

// dist/glob.js
import { createRequire } from "node:module";
var GLOB_OPTIONS = { dot: true, nocase: true };
var knownSources = /* @__PURE__ */ new Map();
function primeGlobSources(sources) {
  for (const [glob, source] of Object.entries(sources))
    knownSources.set(glob, source);
}
var picomatchModule;
function globSource(glob) {
  const known = knownSources.get(glob);
  if (known !== void 0)
    return known;
  picomatchModule ??= createRequire(import.meta.url)("picomatch");
  const source = picomatchModule.makeRe(glob, GLOB_OPTIONS).source;
  knownSources.set(glob, source);
  return source;
}
var cache = /* @__PURE__ */ new Map();
function compileGlobs(patterns) {
  if (patterns.length === 0)
    return () => false;
  const key = JSON.stringify(patterns);
  const cached = cache.get(key);
  if (cached)
    return cached;
  let compiled;
  const lazy = (path) => (compiled ??= buildMatcher(patterns))(path);
  cache.set(key, lazy);
  return lazy;
}
function buildMatcher(patterns) {
  const namePatterns = patterns.filter((pattern) => !pattern.includes("/"));
  const pathPatterns = patterns.filter((pattern) => pattern.includes("/"));
  const matchName = combine(namePatterns);
  const matchPath = combine(pathPatterns);
  let lastPath;
  let lastAnswer = false;
  return (path) => {
    if (path === lastPath)
      return lastAnswer;
    let answer = matchPath?.test(path) ?? false;
    if (!answer && matchName) {
      const slash = path.lastIndexOf("/");
      answer = matchName.test(slash === -1 ? path : path.slice(slash + 1));
    }
    lastPath = path;
    lastAnswer = answer;
    return answer;
  };
}
function combine(patterns) {
  if (patterns.length === 0)
    return void 0;
  const sources = patterns.map(globSource);
  return new RegExp(sources.map((source) => `(?:${source})`).join("|"), "i");
}

// dist/rules/load.js
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// dist/shell/contexts.js
var SHEBANG = /^#!.*\b(?:ba|z|k|da|a)?sh\b/;
function contextForPath(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (/\.(?:md|markdown|mdx)$/i.test(name))
    return "markdown";
  if (/^(?:Dockerfile|Containerfile)(?:\.[^/]*)?$/i.test(name) || /\.(?:dockerfile|containerfile)$/i.test(name))
    return "dockerfile";
  if (/^(?:GNUmakefile|makefile|Makefile)$/.test(name) || /\.mk$/i.test(name))
    return "makefile";
  if (name === "package.json")
    return "package-json";
  if (/\.ya?ml$/i.test(name))
    return "yaml";
  if (/^Jenkinsfile(?:\.[^/]*)?$/.test(name))
    return "jenkinsfile";
  if (/\.(?:sh|bash|zsh|ksh|command|ps1)$/i.test(name))
    return "shell";
  if (/^\.(?:bashrc|bash_profile|bash_aliases|bash_login|bash_logout|zshrc|zprofile|zshenv|zlogin|profile|kshrc|envrc)$/.test(name))
    return "shell";
  if (/(?:^|\/)\.husky\/(?!_\/)[^/]+$/.test(path) && !name.includes("."))
    return "shell";
  if (/(?:^|\/)\.(?:githooks|git-hooks)\/[^/]+$/.test(path) && !name.includes("."))
    return "shell";
  return void 0;
}
function contextFor(file, lines) {
  const byName = contextForPath(file.path);
  if (byName)
    return byName;
  const first = lines()[0];
  return first?.line === 1 && SHEBANG.test(first.text) ? "shell" : void 0;
}
function commandsIn(file, lines) {
  const context = contextFor(file, lines);
  if (!context)
    return [];
  const all = EXTRACTORS[context](lines());
  const added = new Set(file.addedLines.map((line) => line.line));
  return all.filter((source) => {
    for (let line = source.line; line <= source.endLine; line++)
      if (added.has(line))
        return true;
    return false;
  });
}
var ALWAYS_SET = ["CI_PROJECT_DIR", "CI_BUILDS_DIR", "GITHUB_WORKSPACE", "RUNNER_TEMP", "RUNNER_WORKSPACE", "WORKSPACE", "BITBUCKET_CLONE_DIR", "CIRCLE_WORKING_DIRECTORY", "BUILD_SOURCESDIRECTORY", "AGENT_TEMPDIRECTORY"];
function guardedVariables(lines) {
  const guarded = new Map(ALWAYS_SET.map((name) => [name, 0]));
  const guard = (name, line) => {
    if (!guarded.has(name))
      guarded.set(name, line);
  };
  for (const { line, text } of lines) {
    const assignment = /^\s*(?:export\s+|readonly\s+|local\s+|declare\s+(?:-\w+\s+)*|override\s+)?([A-Za-z_]\w*)(=|\s*[:?+]{0,2}=\s*)(.*)$/.exec(text);
    if (assignment) {
      const value = assignment[3].trim();
      const make = assignment[2] !== "=";
      if (make && value !== "" && !value.startsWith("#") || /^(["']?)[^\s"'$`;|&][^\s"'`;|&]*\1\s*(?:#.*)?$/.test(value) || /^["']?\$\{\w+:[-=?][^}]+\}/.test(value)) {
        guard(assignment[1], line);
      }
    }
    for (const match of text.matchAll(/\$\{(\w+):[=?][^}]*\}/g))
      guard(match[1], line);
  }
  return guarded;
}
var EXTRACTORS = {
  shell: (lines) => shellCommands(lines, false),
  dockerfile: dockerfileCommands,
  makefile: makefileCommands,
  "package-json": packageJsonCommands,
  yaml: yamlCommands,
  jenkinsfile: jenkinsfileCommands,
  markdown: markdownCommands
};
function shellCommands(lines, documentation) {
  const sources = [];
  let index = 0;
  while (index < lines.length) {
    const start = lines[index];
    let text = start.text;
    let end = start.line;
    while (/(?:^|[^\\])(?:\\\\)*\\$/.test(text) && index + 1 < lines.length && lines[index + 1].line === end + 1) {
      index++;
      text = `${text.slice(0, -1)} ${lines[index].text}`;
      end = lines[index].line;
    }
    index++;
    if (text.trim() !== "" && !/^\s*#/.test(text))
      sources.push({ line: start.line, endLine: end, text, documentation });
    const heredoc = findHeredoc(text);
    if (heredoc) {
      const delimiter = heredoc[2];
      const body = [];
      while (index < lines.length && lines[index].text.trim() !== delimiter)
        body.push(lines[index++]);
      index++;
      if (/\b(?:ba|z|k|da)?sh\b[^|<]*<</.test(text))
        sources.push(...shellCommands(body, documentation));
    }
  }
  return sources;
}
function findHeredoc(text) {
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
function stripQuoted(text) {
  return text.replace(/'[^']*'|"(?:[^"\\]|\\.)*"/g, (quoted) => " ".repeat(quoted.length));
}
function dockerfileCommands(lines) {
  const sources = [];
  let index = 0;
  while (index < lines.length) {
    const start = lines[index];
    const run = /^\s*(?:RUN|CMD|ENTRYPOINT)\s+(.*)$/i.exec(start.text);
    index++;
    if (!run)
      continue;
    let text = run[1];
    let end = start.line;
    while (/\\\s*$/.test(text) && index < lines.length) {
      const next = lines[index++];
      end = next.line;
      if (/^\s*#/.test(next.text))
        continue;
      text = `${text.replace(/\\\s*$/, "")} ${next.text}`;
    }
    text = text.replace(/^(?:--[\w-]+(?:=\S*)?\s+)+/, "");
    const heredoc = findHeredoc(text);
    if (heredoc) {
      const body = [];
      while (index < lines.length && lines[index].text.trim() !== heredoc[2])
        body.push(lines[index++]);
      index++;
      const head = text.slice(0, heredoc.index).trim();
      if (head === "" || /(?:^|\s)(?:ba|z|k|da)?sh\b/.test(head))
        sources.push(...shellCommands(body, false));
      if (head !== "")
        sources.push({ line: start.line, endLine: end, text: head, documentation: false });
      continue;
    }
    sources.push({ line: start.line, endLine: end, text: execForm(text) ?? text, documentation: false });
  }
  return sources;
}
function execForm(text) {
  const trimmed = text.trim();
  if (!trimmed.startsWith("["))
    return void 0;
  try {
    const parts = JSON.parse(trimmed);
    if (!Array.isArray(parts) || !parts.every((part) => typeof part === "string"))
      return void 0;
    const strings = parts;
    const dashC = strings.findIndex((part, index) => index > 0 && /^-[A-Za-z]*c[A-Za-z]*$/.test(part));
    if (dashC > 0 && /(?:^|\/)(?:ba|z|k|da)?sh$/.test(strings[0]) && strings[dashC + 1] !== void 0)
      return strings[dashC + 1];
    return strings.map((part) => /[\s"'$]/.test(part) ? `'${part.replace(/'/g, "'\\''")}'` : part).join(" ");
  } catch {
    return void 0;
  }
}
function makefileCommands(lines) {
  const recipe = lines.filter((line) => line.text.startsWith("	")).map((line) => ({ line: line.line, text: line.text.slice(1).replace(/^[@+-]+/, "").replace(/\$\$/g, "$") }));
  return shellCommands(recipe, false);
}
function packageJsonCommands(lines) {
  const sources = [];
  let inScripts = false;
  let depth = 0;
  for (const { line, text } of lines) {
    if (!inScripts) {
      if (/"scripts"\s*:\s*\{/.test(text)) {
        inScripts = true;
        depth = 1;
        const inline = text.slice(text.indexOf("{") + 1);
        for (const match of inline.matchAll(/"((?:[^"\\]|\\.)*)"\s*:\s*"((?:[^"\\]|\\.)*)"/g)) {
          sources.push({ line, endLine: line, text: unescapeJson(match[2]), documentation: false });
        }
        if (/\}/.test(inline))
          inScripts = false;
      }
      continue;
    }
    const entry = /^\s*"(?:[^"\\]|\\.)*"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(text);
    if (entry)
      sources.push({ line, endLine: line, text: unescapeJson(entry[1]), documentation: false });
    depth += (text.match(/\{/g) ?? []).length - (text.match(/\}/g) ?? []).length;
    if (depth <= 0)
      inScripts = false;
  }
  return sources;
}
function unescapeJson(value) {
  try {
    return JSON.parse(`"${value}"`);
  } catch {
    return value;
  }
}
var YAML_SHELL_KEYS = /* @__PURE__ */ new Set(["run", "script", "scripts", "before_script", "after_script", "command", "commands", "bash", "sh", "install", "before_install", "after_success", "after_failure", "pre_build", "post_build", "build_command", "entrypoint", "cmd"]);
function yamlCommands(lines) {
  const sources = [];
  let index = 0;
  while (index < lines.length) {
    const current = lines[index];
    index++;
    const key = /^(\s*)(?:-\s+)?([A-Za-z_][\w-]*)\s*:(?:\s+(.*?))?\s*$/.exec(current.text);
    const shellArgs = key?.[2] === "args" && index >= 2 && /["']?-c["']?\s*\]\s*$/.test(lines[index - 2].text);
    if (!key || !YAML_SHELL_KEYS.has(key[2].toLowerCase()) && !shellArgs)
      continue;
    const indent = key[1].length;
    const value = (key[3] ?? "").replace(/\s+#.*$/, "");
    if (/^[|>][-+0-9]*$/.test(value)) {
      const body = blockBody(lines, index, indent);
      index += body.length;
      sources.push(...blockScalarCommands(value, body));
    } else if (value === "") {
      while (index < lines.length) {
        const item = /^(\s*)-\s+(.*?)\s*$/.exec(lines[index].text);
        if (lines[index].text.trim() === "") {
          index++;
          continue;
        }
        if (!item || item[1].length < indent)
          break;
        const itemLine = lines[index];
        index++;
        const itemValue = item[2];
        if (/^[|>][-+0-9]*$/.test(itemValue)) {
          const body = blockBody(lines, index, item[1].length);
          index += body.length;
          sources.push(...blockScalarCommands(itemValue, body));
        } else if (!/^[A-Za-z_][\w-]*\s*:(?:\s|$)/.test(itemValue)) {
          const more = continuation(lines, index, item[1].length);
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
function continuation(lines, from, indent) {
  const more = [];
  for (let index = from; index < lines.length; index++) {
    const line = lines[index];
    const own = line.text.length - line.text.trimStart().length;
    if (line.text.trim() === "" || own <= indent || /^\s*(?:-\s|[A-Za-z_][\w.-]*\s*:(?:\s|$)|#)/.test(line.text))
      break;
    more.push(line);
  }
  return more;
}
function blockScalarCommands(indicator, body) {
  if (!indicator.startsWith(">"))
    return shellCommands(dedent(body), false);
  const content = body.filter((line) => line.text.trim() !== "");
  if (content.length === 0)
    return [];
  return [{ line: content[0].line, endLine: content.at(-1).line, text: content.map((line) => line.text.trim()).join(" "), documentation: false }];
}
function blockBody(lines, from, indent) {
  const body = [];
  for (let index = from; index < lines.length; index++) {
    const line = lines[index];
    if (line.text.trim() !== "" && line.text.length - line.text.trimStart().length <= indent)
      break;
    body.push(line);
  }
  while (body.length > 0 && body.at(-1).text.trim() === "")
    body.pop();
  return body;
}
function dedent(lines) {
  const indents = lines.filter((line) => line.text.trim() !== "").map((line) => line.text.length - line.text.trimStart().length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => ({ line: line.line, text: line.text.slice(cut) }));
}
function yamlScalar(value) {
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'"))
    return value.slice(1, -1).replace(/''/g, "'");
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"'))
    return unescapeJson(value.slice(1, -1));
  return value;
}
function flowCommand(value) {
  if (!value.startsWith("["))
    return void 0;
  return execForm(value.replace(/'((?:[^']|'')*)'/g, (_all, inner) => JSON.stringify(inner.replace(/''/g, "'"))));
}
function jenkinsfileCommands(lines) {
  const sources = [];
  let index = 0;
  while (index < lines.length) {
    const current = lines[index];
    index++;
    if (/^\s*(?:\/\/|\*|\/\*)/.test(current.text))
      continue;
    const step = /\b(?:sh|bat|powershell|pwsh)\s*\(?\s*(?:(?:label|returnStdout|returnStatus|encoding)\s*:\s*[^,]+,\s*)*(?:script\s*:\s*)?('''|"""|'|")(.*)$/.exec(current.text);
    if (!step)
      continue;
    const quote = step[1];
    const rest = step[2];
    const close = rest.indexOf(quote);
    if (close >= 0) {
      sources.push({ line: current.line, endLine: current.line, text: rest.slice(0, close), documentation: false });
      continue;
    }
    if (quote.length === 3) {
      const body = rest.trim() === "" ? [] : [{ line: current.line, text: rest }];
      while (index < lines.length && !lines[index].text.includes(quote))
        body.push(lines[index++]);
      if (index < lines.length) {
        const last = lines[index++];
        const before = last.text.slice(0, last.text.indexOf(quote));
        if (before.trim() !== "")
          body.push({ line: last.line, text: before });
      }
      sources.push(...shellCommands(dedent(body), false));
    }
  }
  return sources;
}
var SHELL_FENCES = /^(?:|sh|bash|shell|zsh|ksh|console|terminal|shell-session|sh-session|shellsession|powershell|pwsh|ps1|ps)$/i;
var PROMPT_FENCES = /^(?:console|terminal|shell-session|sh-session|shellsession)$/i;
function markdownCommands(lines) {
  const sources = [];
  let index = 0;
  while (index < lines.length) {
    const open = /^\s{0,3}(`{3,}|~{3,})\s*([\w+-]*)/.exec(lines[index].text);
    index++;
    if (!open)
      continue;
    const fence = open[1];
    const body = [];
    while (index < lines.length && !new RegExp(`^\\s{0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`).test(lines[index].text))
      body.push(lines[index++]);
    index++;
    const language = open[2];
    if (/^(?:dockerfile|docker|containerfile)$/i.test(language)) {
      sources.push(...dockerfileCommands(body).map((source) => ({ ...source, documentation: true })));
      continue;
    }
    if (!SHELL_FENCES.test(language))
      continue;
    const commands = PROMPT_FENCES.test(language) ? body.flatMap((line) => {
      const prompt = /^\s*(?:[\w@.~:/-]*\s*)?[$#%>]\s+(.*)$/.exec(line.text);
      return prompt ? [{ line: line.line, text: prompt[1] }] : [];
    }) : body;
    sources.push(...shellCommands(commands, true));
  }
  return sources;
}

// dist/rules/compile.js
var RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var CATEGORIES = ["secret", "forbidden-file", "risky-command", "insecure-code", "config"];
var SEVERITIES = ["block", "warn"];
var VERIFIERS = ["jwt", "basic-auth", "not-sample-words"];
var RULE_FIELDS = /* @__PURE__ */ new Set([
  "id",
  "title",
  "target",
  "category",
  "severity",
  "message",
  "fix",
  "paths",
  "excludePaths",
  "firstLine",
  "requireContent",
  "previousLine",
  "requireInFile",
  "gitignore",
  "pattern",
  "ignoreCase",
  "keywords",
  "secretGroup",
  "minEntropy",
  "minSecretLength",
  "minCharClasses",
  "maxLineLength",
  "verify",
  "allow",
  "fallback",
  "references",
  "examples",
  "continuesUntil"
]);
function compileRulePacks(packs, options = {}) {
  const problems = [];
  const rules = [];
  const seen = /* @__PURE__ */ new Set();
  for (const pack of packs) {
    if (!CATEGORIES.includes(pack.category))
      problems.push(`pack ${pack.pack}: unknown category "${pack.category}"`);
    for (const spec of pack.rules ?? []) {
      const where = `${pack.pack}/${spec.id ?? "?"}`;
      if (seen.has(spec.id))
        problems.push(`${where}: duplicate rule id`);
      seen.add(spec.id);
      const rule = compileRule(pack, spec, options, (problem) => problems.push(`${where}: ${problem}`));
      if (rule)
        rules.push(rule);
    }
  }
  if (problems.length > 0)
    throw new RuleError(problems);
  return ruleSetOf(rules);
}
function ruleSetOf(rules) {
  const pathRules = rules.filter((rule) => rule.target === "path");
  const contentAware = pathRules.filter((rule) => rule.requireContent.length > 0);
  const commandRules = rules.filter((rule) => rule.target === "command");
  return {
    rules,
    contentRules: rules.filter((rule) => rule.target === "content"),
    pathRules,
    commandRules,
    // Command rules read a file's structure (the YAML key above a block, the open fence, the
    // "scripts" object), so files where shell lives are read whole.
    needsContent: (path) => contentAware.some((rule) => !rule.excludesPath(path) && rule.selectsPath(path)) || commandRules.length > 0 && contextForPath(path) !== void 0
  };
}
function compileRule(pack, spec, options, report) {
  let failed = false;
  const fail = (problem) => {
    failed = true;
    report(problem);
  };
  if (typeof spec.id !== "string" || !RULE_ID.test(spec.id))
    fail(`id must be kebab-case (a-z, 0-9, -)`);
  for (const field of Object.keys(spec))
    if (!RULE_FIELDS.has(field))
      fail(`unknown field "${field}"`);
  for (const field of ["title", "message", "fix"]) {
    if (typeof spec[field] !== "string" || spec[field].trim() === "")
      fail(`"${field}" is required`);
  }
  if (spec.target !== "content" && spec.target !== "path" && spec.target !== "command")
    fail(`"target" must be "content", "path" or "command"`);
  for (const check of spec.verify ?? [])
    if (!VERIFIERS.includes(check))
      fail(`unknown verify check "${check}"`);
  const defaults = pack.defaults ?? {};
  const category = spec.category ?? pack.category;
  const severity = spec.severity ?? defaults.severity ?? "block";
  if (!CATEGORIES.includes(category))
    fail(`unknown category "${category}"`);
  if (!SEVERITIES.includes(severity))
    fail(`severity must be "block" or "warn"`);
  if (options.examplesOptional) {
  } else if (!spec.examples || !Array.isArray(spec.examples.match) || !Array.isArray(spec.examples.noMatch)) {
    fail(`"examples.match" and "examples.noMatch" are required`);
  } else if (spec.examples.match.length < 2 || spec.examples.noMatch.length < 2) {
    fail(`needs at least two examples.match and two examples.noMatch`);
  }
  const paths = spec.paths ?? defaults.paths ?? [];
  const excludePaths = [...defaults.excludePaths ?? [], ...spec.excludePaths ?? []];
  if ([...paths, ...excludePaths].some((glob) => typeof glob !== "string" || glob === ""))
    fail(`globs must be non-empty strings`);
  if (spec.target === "path" && paths.length === 0)
    fail(`a path rule needs "paths"`);
  const requireContent = (spec.requireContent ?? []).map((source) => tryRegex(source, `m${spec.ignoreCase ? "i" : ""}`, "requireContent", fail)).filter((regex2) => regex2 !== void 0);
  if (spec.requireContent !== void 0 && spec.target !== "path")
    fail(`"requireContent" is for path rules`);
  const previousLine = spec.previousLine === void 0 ? void 0 : tryRegex(spec.previousLine, spec.ignoreCase ? "i" : "", "previousLine", fail);
  const requireInFile = (spec.requireInFile ?? []).map((source) => tryRegex(source, `m${spec.ignoreCase ? "i" : ""}`, "requireInFile", fail)).filter((regex2) => regex2 !== void 0);
  if ((spec.previousLine !== void 0 || spec.requireInFile !== void 0) && spec.target !== "content") {
    fail(`"previousLine" and "requireInFile" are for content rules`);
  }
  const continuesUntil = spec.continuesUntil === void 0 ? void 0 : tryRegex(spec.continuesUntil, spec.ignoreCase ? "i" : "", "continuesUntil", fail);
  if (spec.continuesUntil !== void 0 && spec.target !== "content")
    fail(`"continuesUntil" is for content rules`);
  const firstLineSource = spec.firstLine ?? defaults.firstLine;
  const firstLine = firstLineSource === void 0 ? void 0 : tryRegex(firstLineSource, "", "firstLine", fail);
  const allow = [...defaults.allow ?? [], ...spec.allow ?? []].map((source) => source.startsWith("(?-i)") ? tryRegex(source.slice(5), "", "allow", fail) : tryRegex(source, "i", "allow", fail)).filter((regex2) => regex2 !== void 0);
  let regex;
  let secretGroups = [0];
  const keywords = (spec.keywords ?? []).map((keyword) => keyword.toLowerCase());
  if (spec.target === "content" || spec.target === "command") {
    if (typeof spec.pattern !== "string")
      fail(`a ${spec.target} rule needs "pattern"`);
    else
      regex = tryRegex(spec.pattern, `gmd${spec.ignoreCase ? "i" : ""}`, "pattern", fail);
    if (keywords.length === 0)
      fail(`a content rule needs "keywords" for the prefilter`);
    if (keywords.some((keyword) => keyword.length === 0))
      fail(`keywords must not be empty`);
    if (regex) {
      const groups = options.groupCounts?.[spec.id] ?? countCapturingGroups(regex.source);
      const given = spec.secretGroup;
      secretGroups = given === void 0 ? [category === "secret" && groups > 0 ? 1 : 0] : Array.isArray(given) ? given : [given];
      if (secretGroups.length === 0)
        fail(`secretGroup must name at least one group`);
      for (const group of secretGroups) {
        if (!Number.isInteger(group) || group < 0 || group > groups)
          fail(`secretGroup ${group} but the pattern has ${groups} groups`);
      }
      if (options.thorough && regex.test(""))
        fail(`pattern matches the empty string`);
      regex.lastIndex = 0;
    }
  }
  if (failed)
    return void 0;
  return {
    id: spec.id,
    title: spec.title,
    target: spec.target,
    category,
    severity,
    message: spec.message,
    fix: spec.fix,
    pack: pack.pack,
    paths,
    selectsPath: compileGlobs(paths),
    excludesPath: compileGlobs(excludePaths),
    concernsEveryFile: paths.length === 0 && firstLine === void 0,
    firstLine,
    requireContent,
    gitignore: spec.gitignore ?? [],
    previousLine,
    requireInFile,
    continuesUntil,
    regex,
    keywords,
    secretGroups,
    minEntropy: spec.minEntropy,
    minSecretLength: spec.minSecretLength ?? 1,
    minCharClasses: spec.minCharClasses ?? 1,
    maxLineLength: spec.maxLineLength ?? Number.POSITIVE_INFINITY,
    verify: spec.verify ?? [],
    allow,
    fallback: spec.fallback === true,
    spec
  };
}
function countCapturingGroups(source) {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === "\\")
      i++;
    else if (inClass)
      inClass = char !== "]";
    else if (char === "[")
      inClass = true;
    else if (char === "(" && (source[i + 1] !== "?" || source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!"))
      count++;
  }
  return count;
}
var regexCache = /* @__PURE__ */ new Map();
function tryRegex(source, flags, field, fail) {
  try {
    if (flags.includes("g"))
      return new RegExp(source, flags);
    const key = `${flags}/${source}`;
    let regex = regexCache.get(key);
    if (!regex) {
      regex = new RegExp(source, flags);
      regexCache.set(key, regex);
    }
    return regex;
  } catch (error) {
    fail(`"${field}" is not a valid regex: ${error instanceof Error ? error.message : String(error)}`);
    return void 0;
  }
}

// dist/rules/load.js
var PATTERNS_DIR = fileURLToPath(new URL("../../patterns/", import.meta.url));
function packFileNames(dir) {
  return readdirSync(dir).filter((name) => name.endsWith(".json") && name !== "schema.json").sort();
}
function patternsHash(dir = PATTERNS_DIR) {
  const hash = createHash("sha256");
  for (const name of packFileNames(dir))
    hash.update(`${name}\0`).update(readFileSync(join(dir, name))).update("\0");
  return hash.digest("hex");
}
function readRulePacks(dir = PATTERNS_DIR) {
  const names = packFileNames(dir);
  const problems = [];
  const packs = [];
  for (const name of names) {
    try {
      packs.push(JSON.parse(readFileSync(join(dir, name), "utf8")));
    } catch (error) {
      problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (problems.length > 0)
    throw new RuleError(problems);
  return packs;
}
function loadRuleSet(dir) {
  return compileRulePacks(readRulePacks(dir));
}
var BUNDLE = fileURLToPath(new URL("../rules.bundle.json", import.meta.url));
function readShippedPacks(options = {}) {
  if (!options.withExamples && existsSync(BUNDLE)) {
    try {
      const bundle = JSON.parse(readFileSync(BUNDLE, "utf8"));
      if (bundle.patternsHash === patternsHash()) {
        primeGlobSources(bundle.globSources);
        return { packs: bundle.packs, fromBundle: true, groupCounts: bundle.groupCounts };
      }
    } catch {
    }
  }
  return { packs: readRulePacks(), fromBundle: false };
}

// dist/text/content.js
var BINARY_SNIFF_BYTES = 8e3;
function isBinaryContent(data) {
  return data.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}
function toNumberedLines(data, fullSize, maxBytes) {
  const lines = [];
  let start = 0;
  let bytes = 0;
  let truncated = fullSize > data.length;
  if (data[0] === 239 && data[1] === 187 && data[2] === 191)
    start = 3;
  while (start < data.length) {
    let end = data.indexOf(10, start);
    const hasNewline = end !== -1;
    if (!hasNewline)
      end = data.length;
    const lineBytes = end - start + (hasNewline ? 1 : 0);
    if (bytes + lineBytes > maxBytes) {
      truncated = true;
      break;
    }
    if (!hasNewline && fullSize > data.length)
      break;
    const textEnd = end > start && data[end - 1] === 13 ? end - 1 : end;
    lines.push({ line: lines.length + 1, text: data.toString("utf8", start, textEnd) });
    bytes += lineBytes;
    start = end + 1;
  }
  return { lines, bytes, truncated };
}
function knownLines(file) {
  if (file.content !== void 0)
    return file.content.split("\n").map((text, index) => ({ line: index + 1, text: text.replace(/\r$/, "") }));
  const byNumber = /* @__PURE__ */ new Map();
  for (const line of file.contextLines)
    byNumber.set(line.line, line.text);
  for (const line of file.addedLines)
    byNumber.set(line.line, line.text);
  return [...byNumber.entries()].sort((a, b) => a[0] - b[0]).map(([line, text]) => ({ line, text: text.replace(/\r$/, "") }));
}

// dist/shell/split.js
var OPENERS = { "$(": ")", "<(": ")", ">(": ")", "${": "}" };
function splitPipelines(text) {
  const pipelines = [];
  let commands = [];
  let current = "";
  const endCommand = () => {
    if (current.trim() !== "")
      commands.push(current.trim());
    current = "";
  };
  const endPipeline = () => {
    endCommand();
    if (commands.length > 0)
      pipelines.push(commands);
    commands = [];
  };
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    const next = text[index + 1];
    if (char === "\\" && next !== void 0) {
      if (next === "\n")
        current += " ";
      else
        current += char + next;
      index += 2;
    } else if (char === "'" || char === '"' || char === "`") {
      const end = closingQuote(text, index);
      current += text.slice(index, end);
      index = end;
    } else if ((char === "$" || char === "<" || char === ">") && (next === "(" || char === "$" && next === "{")) {
      const end = closingGroup(text, index + 2, OPENERS[char + next]);
      current += text.slice(index, end);
      index = end;
    } else if (char === "#" && (current === "" || /\s$/.test(current))) {
      while (index < text.length && text[index] !== "\n")
        index++;
    } else if (char === "\n" || char === ";") {
      endPipeline();
      index++;
    } else if (char === "&" && next === "&") {
      endPipeline();
      index += 2;
    } else if (char === "|" && next === "|") {
      endPipeline();
      index += 2;
    } else if (char === "&" && next !== ">" && !current.endsWith(">") && !current.endsWith("<")) {
      endPipeline();
      index++;
    } else if (char === "|") {
      endCommand();
      index += next === "&" ? 2 : 1;
    } else {
      current += char;
      index++;
    }
  }
  endPipeline();
  return pipelines;
}
function closingQuote(text, start) {
  const quote = text[start];
  let index = start + 1;
  while (index < text.length) {
    const char = text[index];
    if (char === "\\" && quote !== "'")
      index += 2;
    else if (char === quote)
      return index + 1;
    else if (quote === '"' && char === "$" && text[index + 1] === "(")
      index = closingGroup(text, index + 2, ")");
    else
      index++;
  }
  return text.length;
}
function closingGroup(text, start, close) {
  let depth = 1;
  let index = start;
  while (index < text.length) {
    const char = text[index];
    if (char === "\\")
      index += 2;
    else if (char === "'" || char === '"' || char === "`")
      index = closingQuote(text, index);
    else if (char === "(" || close === "}" && char === "{") {
      depth++;
      index++;
    } else if (char === close) {
      depth--;
      index++;
      if (depth === 0)
        return index;
    } else
      index++;
  }
  return text.length;
}
function shellWords(command) {
  const words = [];
  let raw = "";
  let value = "";
  let index = 0;
  const end = () => {
    if (raw !== "")
      words.push({ raw, text: value });
    raw = "";
    value = "";
  };
  while (index < command.length) {
    const char = command[index];
    if (/\s/.test(char)) {
      end();
      index++;
    } else if (char === "'" || char === '"') {
      const stop = closingQuote(command, index);
      raw += command.slice(index, stop);
      value += command.slice(index + 1, command[stop - 1] === char && stop - 1 > index ? stop - 1 : stop);
      index = stop;
    } else if (char === "\\" && index + 1 < command.length) {
      raw += command.slice(index, index + 2);
      value += command[index + 1];
      index += 2;
    } else if ((char === "$" || char === "<" || char === ">") && (command[index + 1] === "(" || char === "$" && command[index + 1] === "{")) {
      const stop = closingGroup(command, index + 2, OPENERS[char + command[index + 1]]);
      raw += command.slice(index, stop);
      value += command.slice(index, stop);
      index = stop;
    } else if (char === "`") {
      const stop = closingQuote(command, index);
      raw += command.slice(index, stop);
      value += command.slice(index, stop);
      index = stop;
    } else {
      raw += char;
      value += char;
      index++;
    }
  }
  end();
  return words;
}

// dist/shell/normalize.js
var WRAPPERS = {
  sudo: "ugpChUDRT",
  doas: "uC",
  env: "uSC",
  command: "",
  builtin: "",
  exec: "a",
  nohup: "",
  time: "fo",
  nice: "n",
  ionice: "cnp",
  xargs: "IinPLdEsa",
  timeout: "sk",
  stdbuf: "ioe",
  chroot: "",
  caffeinate: ""
};
var WRAPPER_ARGS = { timeout: 1, chroot: 1 };
var KNOWN_OPTIONS = {
  rm: { recursive: "r", force: "f", dir: "d", verbose: "v", interactive: "i" },
  rmdir: { parents: "p" },
  cp: { recursive: "r", force: "f" },
  mv: { force: "f" },
  chmod: { recursive: "R", silent: "f", quiet: "f", verbose: "v", changes: "c" },
  chown: { recursive: "R", silent: "f", quiet: "f", verbose: "v", changes: "c" },
  chgrp: { recursive: "R", silent: "f", quiet: "f", verbose: "v", changes: "c" },
  curl: { insecure: "k", silent: "s", location: "L", fail: "f", "show-error": "S", output: "o", user: "u", header: "H", data: "d", request: "X", "remote-name": "O" },
  wget: { quiet: "q", "output-document": "O" },
  shred: { force: "f", remove: "u", zero: "z", iterations: "n", verbose: "v" }
};
var CHMOD_OPTION_LETTERS = /^-[RfvchHLP]+$/;
function normalizeCommand(command) {
  const words = stripWrappers(shellWords(command));
  if (words.length === 0)
    return "";
  const name = words[0].text.replace(/^\\/, "").replace(/^.*\//, "");
  const known = KNOWN_OPTIONS[name];
  if (!known)
    return [name, ...words.slice(1).map((word) => word.raw)].join(" ");
  const shorts = /* @__PURE__ */ new Set();
  const longs = [];
  const args = [];
  let optionsEnded = false;
  for (const word of words.slice(1)) {
    const unquoted = word.raw === word.text;
    if (optionsEnded || !unquoted || !word.text.startsWith("-") || word.text === "-" || /^-\d/.test(word.text)) {
      args.push(word.raw);
    } else if (word.text === "--") {
      optionsEnded = true;
    } else if (word.text.startsWith("--")) {
      const [long = "", ...value] = word.text.slice(2).split("=");
      const short = known[long];
      if (short && value.length === 0)
        shorts.add(short);
      else
        longs.push(word.text);
    } else if (name === "chmod" && !CHMOD_OPTION_LETTERS.test(word.text)) {
      args.push(word.raw);
    } else {
      for (const letter of word.text.slice(1))
        shorts.add(letter);
    }
  }
  const flags = [...shorts].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()) || a.localeCompare(b)).map((letter) => `-${letter}`);
  return [name, ...flags, ...longs, ...args].join(" ");
}
var KEYWORDS = /* @__PURE__ */ new Set(["then", "do", "else", "elif", "if", "while", "until", "!", "{", "(", "((", "time"]);
function stripWrappers(input) {
  let words = input;
  for (let guard = 0; guard < 12; guard++) {
    while (words.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0].text))
      words = words.slice(1);
    const first = words[0];
    if (!first)
      return words;
    if (KEYWORDS.has(first.raw) || /^[^\s()'"]+\)$/.test(first.raw)) {
      words = words.slice(1);
      continue;
    }
    if (first.raw.startsWith("(") && first.raw.length > 1) {
      words = [{ raw: first.raw.slice(1), text: first.text.replace(/^\(/, "") }, ...words.slice(1)];
      continue;
    }
    const name = first.text.replace(/^.*\//, "");
    const valued = WRAPPERS[name];
    if (valued === void 0)
      return words;
    let index = 1;
    while (index < words.length && words[index].text.startsWith("-") && words[index].text !== "--") {
      const option = words[index].text;
      const takesValue = option.length === 2 && valued.includes(option[1]);
      index += takesValue ? 2 : 1;
    }
    if (words[index]?.text === "--")
      index++;
    index += WRAPPER_ARGS[name] ?? 0;
    words = words.slice(index);
  }
  return words;
}
function normalizePipelines(text, depth = 0) {
  const out = [];
  for (const pipeline of splitPipelines(text)) {
    const normalized = pipeline.map(normalizeCommand).filter((command) => command !== "").join(" | ");
    if (normalized !== "")
      out.push(normalized);
    if (depth >= 3)
      continue;
    for (const command of pipeline) {
      const inner = nestedCommand(stripWrappers(shellWords(command)));
      if (inner !== void 0)
        out.push(...normalizePipelines(inner, depth + 1));
    }
  }
  return out;
}
var SHELLS = /^(?:ba|z|da|k|a)?sh$|^su$/;
var SSH_VALUED = "bcDEeFIiJLlmOopQRSWw";
function nestedCommand(words) {
  const name = words[0]?.text.replace(/^.*\//, "");
  if (name === void 0)
    return void 0;
  if (SHELLS.test(name)) {
    const flag = words.findIndex((word, index) => index > 0 && /^-[A-Za-z]*c[A-Za-z]*$/.test(word.text));
    return flag > 0 ? words[flag + 1]?.text : void 0;
  }
  if (name === "ssh") {
    let index = 1;
    while (index < words.length && words[index].text.startsWith("-")) {
      const option = words[index].text;
      index += option.length === 2 && SSH_VALUED.includes(option[1]) ? 2 : 1;
    }
    const rest = words.slice(index + 1).map((word) => word.text);
    return rest.length > 0 ? rest.join(" ") : void 0;
  }
  if (name === "alias") {
    const value = words[1]?.text.split("=").slice(1).join("=");
    return value ? value : void 0;
  }
  if (/^(?:pwsh|powershell)(?:\.exe)?$/i.test(name)) {
    const flag = words.findIndex((word) => /^-(?:c|command)$/i.test(word.text));
    return flag > 0 ? words.slice(flag + 1).map((word) => word.text).join(" ") : void 0;
  }
  return void 0;
}

// dist/detect/fingerprint.js
import { createHash as createHash2 } from "node:crypto";
function fingerprint(ruleId, file, matched) {
  return createHash2("sha256").update(`stageguard:v1\0${ruleId}\0${file}\0${matched}`).digest("hex").slice(0, 32);
}

// dist/detect/keyword-index.js
var NONE = [];
var KeywordAutomaton = class {
  /** Character class of each UTF-16 code below 128 (0: a character no keyword uses). */
  asciiClass = new Uint8Array(128);
  /** Classes of the non-ASCII characters keywords use (rare). */
  otherClass = /* @__PURE__ */ new Map();
  classCount;
  /**
   * The automaton with failures resolved, indexed by state offset (state × classCount) + class.
   * An entry is the next state's offset, or its number bitwise-inverted (negative) when that
   * state ends a keyword: the scan loop tests one sign per character and leaves the loop's fast
   * path only where a keyword ends.
   */
  delta;
  /** For each state, the rule positions of every keyword that ends there (own and by suffix). */
  output;
  /** Per state: the last line it ended a keyword on (a "." may end one 40 times in a line). */
  seenState;
  /** Per rule position: the last line it was reported for, to report it once per line. */
  stamp;
  line = 0;
  constructor(rulesByKeyword, ruleCount) {
    let totalLength = 0;
    for (const keyword of rulesByKeyword.keys())
      totalLength += keyword.length;
    this.stamp = new Int32Array(ruleCount).fill(-1);
    let classes = 1;
    for (const keyword of rulesByKeyword.keys()) {
      for (let i = 0; i < keyword.length; i++) {
        const code = keyword.charCodeAt(i);
        if (code < 128) {
          if (this.asciiClass[code] === 0)
            this.asciiClass[code] = classes++;
        } else if (!this.otherClass.has(code))
          this.otherClass.set(code, classes++);
      }
    }
    for (let code = 65; code <= 90; code++)
      if (this.asciiClass[code + 32])
        this.asciiClass[code] = this.asciiClass[code + 32];
    this.classCount = classes;
    const maxStates = totalLength + 1;
    const goto = new Int32Array(maxStates * classes).fill(-1);
    const own = [];
    let states = 1;
    for (const [keyword, positions] of rulesByKeyword) {
      let state = 0;
      for (let i = 0; i < keyword.length; i++) {
        const slot = state * classes + this.classFor(keyword.charCodeAt(i));
        if (goto[slot] === -1)
          goto[slot] = states++;
        state = goto[slot];
      }
      own[state] = own[state] ? [...own[state], ...positions] : [...positions];
    }
    const next = new Int32Array(states * classes);
    const failure = new Int32Array(states);
    const output = new Array(states).fill(void 0);
    const queue = new Int32Array(states);
    let tail = 0;
    for (let cls = 0; cls < classes; cls++) {
      const child = goto[cls];
      next[cls] = child === -1 ? 0 : child;
      if (child !== -1)
        queue[tail++] = child;
    }
    for (let head = 0; head < tail; head++) {
      const state = queue[head];
      const fail = failure[state];
      const inherited = output[fail];
      const mine = own[state];
      output[state] = !mine ? inherited : !inherited ? mine : [.../* @__PURE__ */ new Set([...mine, ...inherited])];
      for (let cls = 0; cls < classes; cls++) {
        const child = goto[state * classes + cls];
        const viaFailure = next[fail * classes + cls];
        if (child === -1) {
          next[state * classes + cls] = viaFailure;
        } else {
          next[state * classes + cls] = child;
          failure[child] = viaFailure;
          queue[tail++] = child;
        }
      }
    }
    this.delta = new Int32Array(states * classes);
    for (let slot = 0; slot < next.length; slot++) {
      const target = next[slot];
      this.delta[slot] = output[target] === void 0 ? target * classes : ~target;
    }
    this.output = output;
    this.seenState = new Int32Array(states).fill(-1);
  }
  classFor(code) {
    return code < 128 ? this.asciiClass[code] : this.otherClass.get(code) ?? 0;
  }
  /**
   * Positions of the rules with a keyword in `text`, ascending; one pass over the text. With
   * `inScope`, rules whose position is 0 there are left out (rules that do not concern the file).
   */
  rulesIn(text, inScope) {
    const { delta, asciiClass, otherClass, classCount, seenState } = this;
    const hasOther = otherClass.size > 0;
    const line = ++this.line;
    let ended;
    let offset = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const entry = delta[offset + (code < 128 ? asciiClass[code] : hasOther ? otherClass.get(code) ?? 0 : 0)];
      if (entry >= 0) {
        offset = entry;
        continue;
      }
      const state = ~entry;
      offset = state * classCount;
      if (seenState[state] !== line) {
        seenState[state] = line;
        (ended ??= []).push(state);
      }
    }
    if (ended === void 0)
      return NONE;
    const { stamp, output } = this;
    let found;
    for (const state of ended) {
      for (const position of output[state]) {
        if (stamp[position] === line || inScope !== void 0 && inScope[position] === 0)
          continue;
        stamp[position] = line;
        (found ??= []).push(position);
      }
    }
    if (found === void 0)
      return NONE;
    return found.length > 1 ? found.sort((a, b) => a - b) : found;
  }
};
var NAIVE_CHARS = 16 * 1024;
var KeywordIndex = class {
  rulesByKeyword = /* @__PURE__ */ new Map();
  ruleCount;
  automaton;
  naiveChars = 0;
  naiveStamp;
  naiveLine = 0;
  constructor(rules, options = {}) {
    rules.forEach((rule, position) => {
      for (const keyword of rule.keywords) {
        const lower = asciiLower(keyword);
        const list = this.rulesByKeyword.get(lower);
        if (!list)
          this.rulesByKeyword.set(lower, [position]);
        else if (list[list.length - 1] !== position)
          list.push(position);
      }
    });
    this.ruleCount = rules.length;
    this.naiveStamp = new Int32Array(rules.length).fill(-1);
    this.naiveLimit = options.naiveChars ?? NAIVE_CHARS;
  }
  naiveLimit;
  /**
   * Positions of the rules with a keyword in `text`, ascending. With `inScope`, rules whose
   * position is 0 there are left out (rules that do not concern the file).
   */
  rulesIn(text, inScope) {
    if (this.automaton === void 0) {
      this.naiveChars += text.length;
      if (this.naiveChars <= this.naiveLimit)
        return this.naive(text, inScope);
      this.automaton = new KeywordAutomaton(this.rulesByKeyword, this.ruleCount);
    }
    return this.automaton.rulesIn(text, inScope);
  }
  naive(text, inScope) {
    const lower = asciiLower(text);
    const line = ++this.naiveLine;
    let found;
    for (const [keyword, positions] of this.rulesByKeyword) {
      if (!lower.includes(keyword))
        continue;
      for (const position of positions) {
        if (this.naiveStamp[position] === line || inScope !== void 0 && inScope[position] === 0)
          continue;
        this.naiveStamp[position] = line;
        (found ??= []).push(position);
      }
    }
    if (found === void 0)
      return NONE;
    return found.length > 1 ? found.sort((a, b) => a - b) : found;
  }
};
function asciiLower(text) {
  return /[^\x00-\x7f]/.test(text) ? text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()) : text.toLowerCase();
}
var cache2 = /* @__PURE__ */ new WeakMap();
function keywordIndexFor(rules) {
  let index = cache2.get(rules);
  if (!index) {
    index = new KeywordIndex(rules);
    cache2.set(rules, index);
  }
  return index;
}

// dist/detect/mask.js
var REVEAL_MIN_LENGTH = 16;
var KEEP_START = 4;
var KEEP_END = 2;
function maskSecret(secret) {
  const chars = [...secret];
  if (chars.length < REVEAL_MIN_LENGTH)
    return "*".repeat(Math.min(Math.max(chars.length, 4), 8));
  return `${chars.slice(0, KEEP_START).join("")}\u2026${chars.slice(-KEEP_END).join("")}`;
}
function maskSpans(text, spans) {
  const ordered = [...spans].sort((a, b) => a[0] - b[0]);
  let out = "";
  let cursor = 0;
  for (const [start, end] of ordered) {
    const to = Math.min(end, text.length);
    if (to <= cursor)
      continue;
    const from = Math.max(start, cursor);
    out += text.slice(cursor, from) + maskSecret(text.slice(from, to));
    cursor = to;
  }
  return out + text.slice(cursor);
}
function shannonEntropy(text) {
  if (text.length === 0)
    return 0;
  const counts = /* @__PURE__ */ new Map();
  for (const char of text)
    counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  const total = [...text].length;
  for (const count of counts.values()) {
    const p = count / total;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

// dist/detect/verify.js
function countCharClasses(value) {
  let classes = 0;
  if (/[a-z]/.test(value))
    classes++;
  if (/[A-Z]/.test(value))
    classes++;
  if (/[0-9]/.test(value))
    classes++;
  if (/[^A-Za-z0-9]/.test(value))
    classes++;
  return classes;
}
var VERIFY_CHECKS = {
  jwt: isLikelyJwt,
  "basic-auth": isBasicCredential,
  "not-sample-words": (value) => !isSampleWords(value)
};
var SAMPLE_WORDS = new Set("pass password passwd passphrase pwd secret secrets supersecret topsecret sooper super top very my your our the change changeme me let letmein in admin administrator root qwerty asdf test testing tester example sample demo dummy fake foo bar baz qux foobar hello world welcome default guest user username login hunter dragon monkey abc xyz key token api access private dev local development prod production staging db database mysql postgres redis mongo pa ss word".split(" "));
var LEET = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s", "!": "i" };
function isSampleWords(value) {
  const trimmed = value.toLowerCase().replace(/^[^a-z]+|[^a-z]+$/g, "");
  const core = trimmed.replace(/[0134579@$!]/g, (char) => LEET[char] ?? char).replace(/[^a-z]+/g, "");
  if (core.length < 4 || core.length < value.replace(/[^A-Za-z0-9@$!]/g, "").length * 0.6)
    return false;
  const reachable = new Array(core.length + 1).fill(false);
  reachable[0] = true;
  for (let end = 1; end <= core.length; end++) {
    for (let start = Math.max(0, end - 14); start < end && !reachable[end]; start++) {
      if (reachable[start] && SAMPLE_WORDS.has(core.slice(start, end)))
        reachable[end] = true;
    }
  }
  return reachable[core.length];
}
function decodeBase64Url(part) {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(part))
    return void 0;
  return Buffer.from(part.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8");
}
function parseJsonObject(text) {
  if (text === void 0)
    return void 0;
  try {
    const value = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
function isLikelyJwt(value) {
  const [header, payload, signature] = value.split(".");
  if (!header || !payload || !signature)
    return false;
  const head = parseJsonObject(decodeBase64Url(header));
  const body = parseJsonObject(decodeBase64Url(payload));
  if (!head || !body || typeof head.alg !== "string" || head.alg.toLowerCase() === "none")
    return false;
  return !(body.sub === "1234567890" && body.name === "John Doe");
}
function isBasicCredential(value) {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value))
    return false;
  const decoded = Buffer.from(value, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon > 0 && colon < decoded.length - 1 && !/[\x00-\x1f\ufffd]/.test(decoded);
}

// dist/detect/detect-file.js
var NEW_PATH_STATUSES = /* @__PURE__ */ new Set(["added", "renamed", "copied"]);
var TRACKED_PATH_STATUSES = /* @__PURE__ */ new Set(["modified", "type-changed"]);
var ALREADY_TRACKED = " It is already tracked, so it is in the repository's history: removing it now does not remove it from past commits \u2014 treat what it held as exposed and rotate it.";
var SNIPPET_MAX = 120;
function detectFile(file, ruleSet) {
  if (file.status === "deleted" || file.status === "unmerged")
    return [];
  const findings = [];
  if (NEW_PATH_STATUSES.has(file.status) || TRACKED_PATH_STATUSES.has(file.status)) {
    for (const rule of ruleSet.pathRules) {
      if (!rule.excludesPath(file.path) && rule.selectsPath(file.path) && contentConfirms(rule, file))
        findings.push(pathFinding(rule, file));
    }
  }
  let known;
  const lines = () => known ??= knownLines(file);
  if (file.addedLines.length > 0)
    findings.push(...detectContent(file, ruleSet.contentRules, lines));
  if (file.addedLines.length > 0 && ruleSet.commandRules.length > 0) {
    findings.push(...detectCommands(file, ruleSet.commandRules, ruleSet.contentRules, lines));
  }
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
function contentConfirms(rule, file) {
  if (rule.requireContent.length === 0)
    return true;
  const { content } = file;
  return content !== void 0 && rule.requireContent.every((regex) => regex.test(content));
}
function pathFinding(rule, file) {
  const tracked = TRACKED_PATH_STATUSES.has(file.status);
  return {
    ruleId: rule.id,
    title: rule.title,
    category: rule.category,
    severity: rule.severity,
    file: file.path,
    line: null,
    column: null,
    endColumn: null,
    message: tracked ? `${rule.message}${ALREADY_TRACKED}` : rule.message,
    fix: renderFix(rule, file.path),
    falseAlarm: falseAlarmHint(rule),
    match: null,
    fingerprint: fingerprint(rule.id, file.path, "")
  };
}
function detectContent(file, rules, lines) {
  const inScope = scopeMask(rules, file);
  if (inScope === void 0)
    return [];
  const index = keywordIndexFor(rules);
  const fileWide = /* @__PURE__ */ new Map();
  const holdsRequired = (position) => {
    let verdict = fileWide.get(position);
    if (verdict === void 0)
      fileWide.set(position, verdict = rules[position].requireInFile.every((required) => required.test(wholeText())));
    return verdict;
  };
  let byNumber;
  let text;
  const { addedLines } = file;
  const lineAbove = (at) => {
    const number = addedLines[at].line - 1;
    const previous = addedLines[at - 1];
    if (previous?.line === number)
      return previous.text;
    return (byNumber ??= new Map(lines().map((line) => [line.line, line.text]))).get(number) ?? "";
  };
  const wholeText = () => text ??= lines().map((line) => line.text).join("\n");
  const hits = [];
  for (let at = 0; at < addedLines.length; at++) {
    const line = addedLines[at];
    for (const position of index.rulesIn(line.text, inScope)) {
      const rule = rules[position];
      if (line.text.length > rule.maxLineLength)
        continue;
      if (rule.requireInFile.length > 0 && !holdsRequired(position))
        continue;
      if (rule.previousLine && !rule.previousLine.test(lineAbove(at)))
        continue;
      const regex = rule.regex;
      regex.lastIndex = 0;
      for (let match = regex.exec(line.text); match !== null; match = regex.exec(line.text)) {
        if (match[0].length === 0)
          regex.lastIndex++;
        const hit = toHit(rule, line, match);
        if (hit)
          hits.push(hit);
      }
    }
  }
  return dedupe(hits).map((hit) => contentFinding(hit, file.path, hits));
}
var scopeGroups = /* @__PURE__ */ new WeakMap();
function scopeMask(rules, file) {
  let groups = scopeGroups.get(rules);
  if (!groups) {
    const byScope = /* @__PURE__ */ new Map();
    rules.forEach((rule, position) => {
      const key = `${rule.paths.join("\0")}${scopeId(rule.excludesPath)}${scopeId(rule.selectsPath)}${rule.firstLine?.source ?? ""}${rule.concernsEveryFile}`;
      const group = byScope.get(key);
      if (group)
        group.positions.push(position);
      else
        byScope.set(key, { sample: rule, positions: [position] });
    });
    groups = [...byScope.values()];
    scopeGroups.set(rules, groups);
  }
  let mask;
  for (const group of groups) {
    if (!concerns(group.sample, file))
      continue;
    mask ??= new Uint8Array(rules.length);
    for (const position of group.positions)
      mask[position] = 1;
  }
  return mask;
}
var matcherIds = /* @__PURE__ */ new WeakMap();
var nextMatcherId = 0;
function scopeId(matcher) {
  let id = matcherIds.get(matcher);
  if (id === void 0)
    matcherIds.set(matcher, id = nextMatcherId++);
  return id;
}
function detectCommands(file, rules, contentRules, lines) {
  const inScope = rules.filter((rule) => !rule.excludesPath(file.path) && (rule.spec.paths === void 0 || rule.selectsPath(file.path)));
  if (inScope.length === 0)
    return [];
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  const sources = commandsIn(file, lines);
  const guarded = sources.length > 0 ? guardedVariables(lines()) : /* @__PURE__ */ new Map();
  const withGuards = (text, line) => text.replace(/\$(?:\{(\w+)\}|\((\w+)\)|(\w+))/g, (whole, braced, made, bare) => {
    const name = braced ?? made ?? bare ?? "";
    const since = guarded.get(name);
    return since !== void 0 && since < line ? `\${${name}:?}` : whole;
  });
  let lineRules;
  for (const source of sources) {
    if (source.documentation) {
      for (const rule of lineRules ??= contentRules.filter((candidate) => candidate.category === "risky-command")) {
        const regex = rule.regex;
        const key = `${rule.id}:${source.line}`;
        if (seen.has(key) || !rule.keywords.some((keyword) => source.text.toLowerCase().includes(keyword)))
          continue;
        regex.lastIndex = 0;
        if (!regex.test(source.text))
          continue;
        seen.add(key);
        findings.push(commandFinding(rule, file, source, source.text, 1));
      }
    }
    for (const pipeline of normalizePipelines(withGuards(source.text, source.line))) {
      const lower = pipeline.toLowerCase();
      const tails = pipelineTails(pipeline);
      for (const rule of inScope) {
        if (!rule.keywords.some((keyword) => lower.includes(keyword)))
          continue;
        const regex = rule.regex;
        if (!tails.some((tail) => (regex.lastIndex = 0, regex.test(tail))))
          continue;
        const key = `${rule.id}:${source.line}`;
        if (seen.has(key))
          continue;
        seen.add(key);
        const lineText = file.addedLines.find((line) => line.line === source.line)?.text ?? source.text;
        const column = lineText.indexOf(pipeline.split(" ", 1)[0]);
        findings.push(commandFinding(rule, file, source, pipeline, column >= 0 ? column + 1 : 1));
      }
    }
  }
  return findings;
}
function commandFinding(rule, file, source, matched, column) {
  return {
    ruleId: rule.id,
    title: rule.title,
    category: rule.category,
    severity: source.documentation ? "warn" : rule.severity,
    file: file.path,
    line: source.line,
    column,
    endColumn: null,
    message: source.documentation ? `${rule.message} (In documentation: a warning, since a reader may paste it.)` : rule.message,
    fix: renderFix(rule, file.path),
    falseAlarm: falseAlarmHint(rule),
    match: truncate(source.text.trim().replace(/\s+/g, " ")),
    fingerprint: fingerprint(rule.id, file.path, matched)
  };
}
function pipelineTails(pipeline) {
  const tails = [pipeline];
  for (let at = pipeline.indexOf(" | "); at !== -1; at = pipeline.indexOf(" | ", at + 3))
    tails.push(pipeline.slice(at + 3));
  return tails;
}
function concerns(rule, file) {
  if (rule.excludesPath(file.path))
    return false;
  if (rule.concernsEveryFile || rule.selectsPath(file.path))
    return true;
  if (!rule.firstLine)
    return false;
  const first = file.addedLines[0]?.line === 1 ? file.addedLines[0] : file.contextLines.find((line) => line.line === 1);
  return first !== void 0 && rule.firstLine.test(first.text);
}
function toHit(rule, line, match) {
  const group = rule.secretGroups.find((candidate) => match[candidate] !== void 0);
  if (group === void 0)
    return void 0;
  const secret = match[group];
  const span = match.indices?.[group];
  if (secret.length === 0 || !span || !passesChecks(rule, secret))
    return void 0;
  return { rule, line, span: [span[0], span[1]], matched: secret, whole: match[0], matchStart: match.index };
}
function passesChecks(rule, secret) {
  if (secret.length < rule.minSecretLength)
    return false;
  if (rule.minCharClasses > 1 && countCharClasses(secret) < rule.minCharClasses)
    return false;
  if (rule.minEntropy !== void 0 && shannonEntropy(secret) < rule.minEntropy)
    return false;
  if (rule.allow.some((allow) => allow.test(secret)))
    return false;
  return rule.verify.every((check) => VERIFY_CHECKS[check](secret));
}
function dedupe(hits) {
  const kept = [];
  const ordered = [...hits.filter((hit) => !hit.rule.fallback), ...hits.filter((hit) => hit.rule.fallback)];
  for (const hit of ordered) {
    const clash = kept.some((other) => other.rule.category === "secret" && hit.rule.category === "secret" && other.line.line === hit.line.line && other.span[0] < hit.span[1] && hit.span[0] < other.span[1]);
    if (!clash)
      kept.push(hit);
  }
  return kept.sort((a, b) => a.line.line - b.line.line || a.span[0] - b.span[0]);
}
function contentFinding(hit, path, allHits) {
  const { rule } = hit;
  const isSecret = rule.category === "secret";
  const start = hit.matchStart;
  const secretSpans = allHits.filter((other) => other.rule.category === "secret" && other.line === hit.line).concat(isSecret ? [hit] : []).map((other) => [other.span[0] - start, other.span[1] - start]).filter(([from, to]) => to > 0 && from < hit.whole.length);
  const match = truncate(maskSpans(hit.whole, secretSpans).trim());
  return {
    ruleId: rule.id,
    title: rule.title,
    category: rule.category,
    severity: rule.severity,
    file: path,
    line: hit.line.line,
    column: (isSecret ? hit.span[0] : hit.matchStart) + 1,
    endColumn: (isSecret ? hit.span[1] : hit.matchStart + hit.whole.length) + 1,
    message: rule.message,
    fix: renderFix(rule, path),
    falseAlarm: falseAlarmHint(rule),
    match,
    fingerprint: fingerprint(rule.id, path, hit.matched)
  };
}
function truncate(text) {
  return text.length <= SNIPPET_MAX ? text : `${text.slice(0, SNIPPET_MAX - 1)}\u2026`;
}

export {
  compileGlobs,
  compileRulePacks,
  ruleSetOf,
  loadRuleSet,
  readShippedPacks,
  isBinaryContent,
  toNumberedLines,
  VERIFY_CHECKS,
  detectFile
};
