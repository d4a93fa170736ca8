import {
  compileGlobs,
  compileRulePacks,
  readShippedPacks,
  ruleSetOf
} from "./chunk-OWTXEH2N.js";
import {
  ConfigError,
  RuleError
} from "./chunk-VFHTMC3F.js";

// dist/config/scan-setup.js
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";

// dist/config/apply-levels.js
function applyLevels(ruleSet, config) {
  const known = new Set(ruleSet.rules.map((rule) => rule.id));
  const unknown = Object.keys(config.rules).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new ConfigError(unknown.map((id) => `${config.source ?? "config"}: rules.${id}: no such rule (see \`stageguard rules\`)`));
  }
  if (Object.keys(config.rules).length === 0 && Object.keys(config.categories).length === 0)
    return ruleSet;
  const adjust = (rules) => rules.flatMap((rule) => {
    const level = config.rules[rule.id] ?? config.categories[rule.category];
    if (level === void 0)
      return [rule];
    return level === "off" ? [] : [{ ...rule, severity: level }];
  });
  return ruleSetOf(adjust(ruleSet.rules));
}

// dist/config/load-config.js
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, isAbsolute, join, relative, resolve } from "node:path";
var DOMAIN = /^\.?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i;
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
var DEFAULTS = {
  ignorePaths: [],
  categories: {},
  rules: {},
  customRules: [],
  rulePacks: [],
  allowRegexes: [],
  stopWords: [],
  forbiddenFiles: { add: [], allow: [] },
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  generatedPaths: [],
  redact: { internalDomains: [] },
  source: void 0
};
var KNOWN_KEYS = [
  "$schema",
  "ignorePaths",
  "categories",
  "rules",
  "customRules",
  "rulePacks",
  "allowRegexes",
  "stopWords",
  "forbiddenFiles",
  "maxFileSize",
  "generatedPaths",
  "redact"
];
var LEVELS = ["off", "warn", "block"];
var CATEGORY_NAMES = ["secret", "forbidden-file", "risky-command", "insecure-code", "config"];
var CONFIG_FILES = ["stageguard.config.json", ".stageguardrc.json", ".stageguardrc.yaml", ".stageguardrc.yml"];
function loadConfig(root, explicit) {
  if (explicit) {
    const path = resolve(explicit.cwd, explicit.path);
    if (!existsSync(path))
      throw new ConfigError([`${explicit.path}: no such file (given with --config)`]);
    return fromFile(path, displayName(root, path));
  }
  for (const name of CONFIG_FILES) {
    const path = join(root, name);
    if (existsSync(path))
      return fromFile(path, name);
  }
  const packagePath = join(root, "package.json");
  if (existsSync(packagePath)) {
    const data = parseJson(read(packagePath, "package.json"), "package.json");
    if (data && typeof data === "object" && "stageguard" in data) {
      return { ...validate(data.stageguard, "package.json#stageguard"), source: "package.json#stageguard" };
    }
  }
  return DEFAULTS;
}
function fromFile(path, name) {
  const text = read(path, name);
  const data = /\.ya?ml$/i.test(path) ? parseYaml(text, name) : parseJson(text, name);
  return { ...validate(data, name), source: name };
}
function displayName(root, path) {
  const rel = relative(root, path);
  return rel.startsWith("..") || isAbsolute(rel) ? basename(path) : rel.split("\\").join("/");
}
function read(path, name) {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError([`${name}: cannot be read (${error.code ?? "error"})`]);
  }
}
function parseJson(text, name) {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError([`${name}: not valid JSON (${error.message})`]);
  }
}
function parseYaml(text, name) {
  const { parseDocument } = createRequire(import.meta.url)("yaml");
  const document = parseDocument(text);
  if (document.errors.length > 0) {
    throw new ConfigError(document.errors.map((error) => `${name}: not valid YAML (${error.message.split("\n")[0]})`));
  }
  return document.toJS() ?? {};
}
function validate(data, CONFIG_FILE) {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ConfigError([`${CONFIG_FILE}: expected an object at the top level, got ${describe(data)}`]);
  }
  const problems = [];
  const problem = (key, text) => void problems.push(`${CONFIG_FILE}: ${key}: ${text}`);
  const record = data;
  for (const key of Object.keys(record)) {
    if (KNOWN_KEYS.includes(key))
      continue;
    const near = KNOWN_KEYS.find((known) => editDistance(known.toLowerCase(), key.toLowerCase()) <= 2);
    problems.push(`${CONFIG_FILE}: unknown key "${key}" (${near ? `did you mean "${near}"?` : `known: ${KNOWN_KEYS.slice(1).join(", ")}`})`);
  }
  const categories = levels(record, "categories", problems, (name) => CATEGORY_NAMES.includes(name) ? void 0 : `unknown category (known: ${CATEGORY_NAMES.join(", ")})`, CONFIG_FILE);
  const rules = levels(record, "rules", problems, () => void 0, CONFIG_FILE);
  const forbidden = record.forbiddenFiles ?? {};
  let forbiddenFiles = { add: [], allow: [] };
  if (typeof forbidden !== "object" || forbidden === null || Array.isArray(forbidden)) {
    problem("forbiddenFiles", `expected an object { "add": [globs], "allow": [globs] }, got ${describe(forbidden)}`);
  } else {
    const entries = forbidden;
    for (const key of Object.keys(entries))
      if (key !== "add" && key !== "allow")
        problem(`forbiddenFiles.${key}`, `unknown key (known: add, allow)`);
    forbiddenFiles = { add: stringList(entries, "add", "forbiddenFiles.add", "glob", problem), allow: stringList(entries, "allow", "forbiddenFiles.allow", "glob", problem) };
  }
  const customRules = record.customRules ?? [];
  if (!Array.isArray(customRules))
    problem("customRules", `expected an array of rules (the patterns/ rule shape), got ${describe(customRules)}`);
  else
    customRules.forEach((rule, index) => {
      if (typeof rule !== "object" || rule === null || Array.isArray(rule))
        problem(`customRules[${index}]`, `expected a rule object, got ${describe(rule)}`);
    });
  const allowRegexes = stringList(record, "allowRegexes", "allowRegexes", "regex", problem);
  allowRegexes.forEach((source, index) => {
    try {
      new RegExp(source);
    } catch (error) {
      problem(`allowRegexes[${index}]`, `not a valid regular expression (${error.message})`);
    }
  });
  const result = {
    ignorePaths: stringList(record, "ignorePaths", "ignorePaths", "glob", problem),
    categories,
    rules,
    customRules: Array.isArray(customRules) ? customRules : [],
    rulePacks: stringList(record, "rulePacks", "rulePacks", "path", problem),
    allowRegexes,
    stopWords: stringList(record, "stopWords", "stopWords", "word", problem),
    forbiddenFiles,
    maxFileSize: byteSize(record.maxFileSize, problem),
    generatedPaths: stringList(record, "generatedPaths", "generatedPaths", "glob", problem),
    redact: redactSettings(record.redact, problems, CONFIG_FILE)
  };
  if (problems.length > 0)
    throw new ConfigError(problems);
  return result;
}
function stringList(record, key, keyPath, what, problem) {
  const value = record[key] ?? [];
  if (!Array.isArray(value)) {
    problem(keyPath, `expected an array of ${what} strings, got ${describe(value)}`);
    return [];
  }
  value.forEach((entry, index) => {
    if (typeof entry !== "string" || entry.trim() === "")
      problem(`${keyPath}[${index}]`, `expected a non-empty ${what} string, got ${describe(entry)}`);
  });
  return value.filter((entry) => typeof entry === "string" && entry.trim() !== "");
}
var UNITS = { "": 1, b: 1, kb: 1e3, kib: 1024, mb: 1e3 ** 2, mib: 1024 ** 2, gb: 1e3 ** 3, gib: 1024 ** 3 };
function byteSize(value, problem) {
  if (value === void 0)
    return DEFAULT_MAX_FILE_SIZE;
  const expected = `expected a size such as 1048576, "512 KiB" or "5 MB" (at least 1 KiB), got ${describe(value)}`;
  let bytes;
  if (typeof value === "number")
    bytes = value;
  else if (typeof value === "string") {
    const parsed = /^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b|b)?\s*$/i.exec(value);
    if (parsed)
      bytes = Math.round(Number(parsed[1]) * UNITS[(parsed[2] ?? "").toLowerCase()]);
  }
  if (bytes === void 0 || !Number.isFinite(bytes) || !Number.isInteger(bytes) || bytes < 1024) {
    problem("maxFileSize", expected);
    return DEFAULT_MAX_FILE_SIZE;
  }
  return bytes;
}
function redactSettings(value, problems, CONFIG_FILE) {
  if (value === void 0)
    return { internalDomains: [] };
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    problems.push(`${CONFIG_FILE}: redact: expected an object such as { "internalDomains": [...] }, got ${describe(value)}`);
    return { internalDomains: [] };
  }
  const record = value;
  for (const key of Object.keys(record))
    if (key !== "internalDomains")
      problems.push(`${CONFIG_FILE}: redact: unknown key "${key}" (known: internalDomains)`);
  const domains = record.internalDomains ?? [];
  if (!Array.isArray(domains)) {
    problems.push(`${CONFIG_FILE}: redact.internalDomains: expected an array of domain names, got ${describe(domains)}`);
    return { internalDomains: [] };
  }
  domains.forEach((domain, index) => {
    if (typeof domain !== "string" || !DOMAIN.test(domain))
      problems.push(`${CONFIG_FILE}: redact.internalDomains[${index}]: expected a domain name such as corp.example.com, got ${describe(domain)}`);
  });
  return { internalDomains: domains.filter((domain) => typeof domain === "string").map((domain) => domain.replace(/^\./, "")) };
}
function levels(record, key, problems, checkName, CONFIG_FILE) {
  const value = record[key] ?? {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    problems.push(`${CONFIG_FILE}: ${key}: expected an object of name \u2192 "off" | "warn" | "block", got ${describe(value)}`);
    return {};
  }
  const out = {};
  for (const [name, level] of Object.entries(value)) {
    const badName = checkName(name);
    if (badName)
      problems.push(`${CONFIG_FILE}: ${key}.${name}: ${badName}`);
    else if (typeof level !== "string" || !LEVELS.includes(level))
      problems.push(`${CONFIG_FILE}: ${key}.${name}: expected "off", "warn" or "block", got ${describe(level)}`);
    else
      out[name] = level;
  }
  return out;
}
function describe(value) {
  if (value === null)
    return "null";
  if (Array.isArray(value))
    return "an array";
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value);
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

// dist/config/scan-setup.js
var PROJECT_FORBIDDEN_FILE = "project-forbidden-file";
function loadScanSetup(root, options, cwd, compile = {}) {
  const config = loadConfig(root, options.config === void 0 ? void 0 : { path: options.config, cwd });
  return { config, ruleSet: buildRuleSet(root, config, compile) };
}
function buildRuleSet(root, config, compile = {}) {
  const source = config.source ?? "config";
  const shipped = readShippedPacks({ withExamples: compile.thorough === true });
  const shippedRules = compileRulePacks(shipped.packs, {
    ...compile,
    ...shipped.fromBundle ? { examplesOptional: true, ...shipped.groupCounts ? { groupCounts: shipped.groupCounts } : {} } : {}
  }).rules;
  const projectRules = [];
  const projectPacks = readProjectPacks(root, config);
  if (projectPacks.length > 0) {
    const problems = [];
    try {
      projectRules.push(...compileRulePacks(projectPacks, compile).rules);
    } catch (error) {
      if (!(error instanceof RuleError))
        throw error;
      problems.push(...error.problems);
    }
    const shippedIds = new Set(shippedRules.map((rule) => rule.id));
    for (const pack of projectPacks) {
      for (const rule of pack.rules ?? [])
        if (shippedIds.has(rule.id))
          problems.push(`${pack.pack}/${rule.id}: duplicate rule id`);
    }
    if (problems.length > 0)
      throw new ConfigError(problems.map((problem) => `${source}: ${problem}`));
  }
  const extra = config.forbiddenFiles.add.length > 0 ? compileRulePacks([forbiddenFilesPack(config)], { examplesOptional: true }).rules : [];
  return applyLevels(withProjectExceptions([...shippedRules, ...projectRules, ...extra], config), config);
}
function readProjectPacks(root, config) {
  const source = config.source ?? "config";
  const packs = [];
  if (config.customRules.length > 0)
    packs.push({ pack: "customRules", category: "secret", rules: config.customRules });
  const problems = [];
  config.rulePacks.forEach((path, index) => {
    const where = `${source}: rulePacks[${index}] (${path})`;
    const file = join2(root, path);
    if (!existsSync2(file))
      return void problems.push(`${where}: no such file (paths are from the repository root)`);
    let data;
    try {
      data = JSON.parse(readFileSync2(file, "utf8"));
    } catch (error) {
      return void problems.push(`${where}: not valid JSON (${error.message})`);
    }
    const pack = data;
    if (!pack || typeof pack !== "object" || typeof pack.pack !== "string" || typeof pack.category !== "string" || !Array.isArray(pack.rules)) {
      return void problems.push(`${where}: expected a rule pack { "pack", "category", "rules": [...] } as in patterns/`);
    }
    packs.push(pack);
  });
  if (problems.length > 0)
    throw new ConfigError(problems);
  return packs;
}
function forbiddenFilesPack(config) {
  const rule = {
    id: PROJECT_FORBIDDEN_FILE,
    title: "A file this project keeps out of git",
    target: "path",
    message: `This name is listed in forbiddenFiles.add of ${config.source ?? "the settings"}: the project keeps such files out of the repository.`,
    fix: "Unstage it (git rm --cached -- {shellPath}) and add it to .gitignore.",
    paths: config.forbiddenFiles.add,
    gitignore: config.forbiddenFiles.add,
    examples: { match: [], noMatch: [] }
  };
  return { pack: "forbiddenFiles", category: "forbidden-file", rules: [rule] };
}
function withProjectExceptions(rules, config) {
  const allowed = config.forbiddenFiles.allow.length > 0 ? compileGlobs(config.forbiddenFiles.allow) : void 0;
  const generated = config.generatedPaths.length > 0 ? compileGlobs(config.generatedPaths) : void 0;
  const allow = [
    ...config.allowRegexes.map((source) => source.startsWith("(?-i)") ? new RegExp(source.slice(5)) : new RegExp(source, "i")),
    ...config.stopWords.map((word) => new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i"))
  ];
  if (!allowed && !generated && allow.length === 0)
    return ruleSetOf(rules);
  const wrappers = /* @__PURE__ */ new Map();
  const excluding = (rule, extra) => {
    const byExtra = wrappers.get(extra) ?? /* @__PURE__ */ new Map();
    wrappers.set(extra, byExtra);
    let wrapped = byExtra.get(rule.excludesPath);
    if (!wrapped) {
      const original = rule.excludesPath;
      wrapped = (path) => original(path) || extra(path);
      byExtra.set(original, wrapped);
    }
    return { ...rule, excludesPath: wrapped };
  };
  return ruleSetOf(rules.map((rule) => {
    let adjusted = rule;
    if (allowed && rule.category === "forbidden-file")
      adjusted = excluding(adjusted, allowed);
    if (generated && (rule.fallback || rule.category === "insecure-code"))
      adjusted = excluding(adjusted, generated);
    if (allow.length > 0 && rule.target === "content")
      adjusted = { ...adjusted, allow: [...adjusted.allow, ...allow] };
    return adjusted;
  }));
}

export {
  loadScanSetup
};
