import {
  loadScanSetup
} from "./chunk-BXDLSJOL.js";
import {
  detectFile
} from "./chunk-OWTXEH2N.js";
import "./chunk-RJDUTWBM.js";
import {
  findRepositoryIfAny
} from "./chunk-WTFPX6FU.js";
import "./chunk-VFHTMC3F.js";

// dist/rules/example-template.js
var ALPHABETS = {
  alnum: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
  upper: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  lower: "abcdefghijklmnopqrstuvwxyz",
  lowernum: "abcdefghijklmnopqrstuvwxyz0123456789",
  uppernum: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
  digits: "0123456789",
  hex: "0123456789abcdef",
  HEX: "0123456789ABCDEF",
  base64: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
  base64url: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
  base32: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
};
var GENERATOR = /\{\{(\w+):(\d+)(?::([^}]*))?\}\}/g;
function seededRandom(seed) {
  let state = 0;
  for (const char of seed)
    state = (Math.imul(state ^ char.charCodeAt(0), 2654435761) >>> 0) + 1;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function expandTemplate(template, random) {
  return template.replace(GENERATOR, (_whole, name, count, text) => {
    const length = Number(count);
    if (name === "repeat")
      return (text ?? "").repeat(length);
    const alphabet = ALPHABETS[name];
    if (!alphabet)
      throw new Error(`unknown example generator "{{${name}:\u2026}}"`);
    let out = "";
    for (let i = 0; i < length; i++)
      out += alphabet[Math.floor(random() * alphabet.length)];
    return out;
  });
}

// dist/rules/check-examples.js
function checkExamples(ruleSet, rules = ruleSet.rules) {
  const results = [];
  for (const rule of rules) {
    const examples = rule.spec.examples ?? { match: [], noMatch: [] };
    const random = seededRandom(rule.id);
    for (const [expected, list] of [["match", examples.match], ["noMatch", examples.noMatch]]) {
      for (const example of list) {
        const flagged = exampleFlags(rule, expandTemplate(example, random), ruleSet);
        results.push({ ruleId: rule.id, example, expected, passed: flagged === (expected === "match") });
      }
    }
  }
  return results;
}
function exampleFlags(rule, example, ruleSet) {
  const file = rule.target === "path" ? pathExample(example) : contentExample(rule, example.split("\n"));
  return detectFile(file, ruleSet).some((finding) => finding.ruleId === rule.id);
}
function pathExample(example) {
  const [path, ...lines] = example.split("\n");
  return newFile(path, lines, lines.join("\n"));
}
function contentExample(rule, lines) {
  const candidates = [
    ...rule.paths.filter((glob) => !/[*?[{]/.test(glob)),
    ...rule.paths.filter((glob) => /^\*\.\w+$/.test(glob)).map((glob) => glob.replace("*", "example")),
    ...rule.paths.filter((glob) => glob.startsWith("**/")).map((glob) => glob.slice(3).replace(/\*/g, "example")),
    "example.sh",
    "example.ts",
    "example.txt"
  ];
  const path = candidates.find((candidate) => !rule.excludesPath(candidate) && (rule.concernsEveryFile || rule.selectsPath(candidate)));
  return newFile(path ?? candidates[0] ?? "example.txt", lines);
}
function newFile(path, lines, content) {
  return {
    path,
    status: "added",
    mode: "regular",
    isBinary: false,
    size: 0,
    addedLines: lines.map((text, index) => ({ line: index + 1, text })),
    contextLines: [],
    truncated: false,
    ...content === void 0 ? {} : { content }
  };
}

// dist/cli/commands/rules.js
async function rulesCommand(options, flags, io) {
  const root = (await findRepositoryIfAny(io.cwd))?.root ?? io.cwd;
  const { config, ruleSet } = loadScanSetup(root, options, io.cwd, { thorough: flags.check });
  if (flags.check)
    return checkCommand(ruleSet, flags.json, io);
  const rules = ruleSet.rules.map((rule) => ({ id: rule.id, category: rule.category, severity: rule.severity, title: rule.title, pack: rule.pack }));
  if (flags.json) {
    io.stdout.write(`${JSON.stringify({ rules, source: config.source ?? null }, null, 2)}
`);
    return 0;
  }
  const width = Math.max(...rules.map((rule) => rule.id.length));
  for (const rule of rules)
    io.stdout.write(`${rule.id.padEnd(width)}  ${rule.category.padEnd(14)}  ${rule.severity.padEnd(5)}  ${rule.title}
`);
  io.stdout.write(`${rules.length} rules${config.source ? ` (settings: ${config.source})` : ""}
`);
  return 0;
}
function checkCommand(ruleSet, json, io) {
  const results = checkExamples(ruleSet);
  const failures = [];
  const position = /* @__PURE__ */ new Map();
  for (const result of results) {
    const key = `${result.ruleId}:${result.expected}`;
    const index = position.get(key) ?? 0;
    position.set(key, index + 1);
    if (result.passed)
      continue;
    failures.push({
      ruleId: result.ruleId,
      example: `examples.${result.expected}[${index}]`,
      problem: result.expected === "match" ? "is not flagged by the rule" : "is flagged by the rule"
    });
  }
  const checked = new Set(results.map((result) => result.ruleId)).size;
  if (json) {
    io.stdout.write(`${JSON.stringify({ rulesChecked: checked, examplesChecked: results.length, failures }, null, 2)}
`);
  } else {
    for (const failure of failures)
      io.stdout.write(`\u2716 ${failure.ruleId}: ${failure.example} ${failure.problem}
`);
    const verdict = failures.length === 0 ? "all behave as written" : `${failures.length} do not behave as written`;
    io.stdout.write(`${checked} rules, ${results.length} examples checked: ${verdict}
`);
  }
  return failures.length === 0 ? 0 : 1;
}
export {
  rulesCommand
};
