// Runs every rule against one file: path rules on its name, content rules on its added lines.
// Pure: no I/O, no clock. Findings leave here already redacted.

import type { Rule, RuleSet } from "../rules/compile.js";
import type { FileChange, Finding, NumberedLine } from "../types.js";
import { commandsIn, guardedVariables, type CommandSource } from "../shell/contexts.js";
import { normalizePipelines } from "../shell/normalize.js";
import { knownLines } from "../text/content.js";
import { joinedText } from "../text/joined.js";
import { fingerprint } from "./fingerprint.js";
import { keywordIndexFor } from "./keyword-index.js";
import { maskSecret, maskSpans, maskValues, shannonEntropy } from "./mask.js";
import { renderFix, falseAlarmHint } from "./render-fix.js";
import { countCharClasses, VERIFY_CHECKS } from "./verify.js";

/** Statuses whose path is new in this commit, so a forbidden name is being introduced. */
const NEW_PATH_STATUSES = new Set(["added", "renamed", "copied"]);
/** Statuses of a path already tracked: still forbidden, and already in history. */
const TRACKED_PATH_STATUSES = new Set(["modified", "type-changed"]);

const ALREADY_TRACKED =
  " It is already tracked, so it is in the repository's history: removing it now does not remove it from past commits — treat what it held as exposed and rotate it.";

/** Longest snippet of a risky command shown in a report. */
const SNIPPET_MAX = 120;

interface Hit {
  rule: Rule;
  line: NumberedLine;
  /** [start, end) of the secret (or the whole match) in the line. */
  span: [number, number];
  /** The secret (secret rules) or the whole match: what the fingerprint hashes. */
  matched: string;
  /** The whole match and where it starts in the line. */
  whole: string;
  matchStart: number;
}

/** Every finding for `file`, sorted by line then column. */
export function detectFile(file: FileChange, ruleSet: RuleSet): Finding[] {
  if (file.status === "deleted" || file.status === "unmerged") return [];
  const findings: Finding[] = [];
  // A submodule's entry records a commit id of another repository, never a file's bytes: a
  // forbidden-file name (`.env`, `id_rsa`) describes content this commit does not hold.
  const isFile = file.mode !== "submodule";
  if (isFile && (NEW_PATH_STATUSES.has(file.status) || TRACKED_PATH_STATUSES.has(file.status))) {
    for (const rule of ruleSet.pathRules) {
      if (!rule.excludesPath(file.path) && rule.selectsPath(file.path) && contentConfirms(rule, file)) findings.push(pathFinding(rule, file));
    }
  }
  // The file's known lines, split once and only if a multi-line rule or the shell reader asks.
  let known: NumberedLine[] | undefined;
  const lines = (): NumberedLine[] => (known ??= knownLines(file));
  // The secrets content rules found: a command's snippet must not show them either.
  const secrets: string[] = [];
  if (file.addedLines.length > 0) findings.push(...detectContent(file, ruleSet.contentRules, lines, secrets));
  if (file.addedLines.length > 0 && ruleSet.commandRules.length > 0) {
    findings.push(...detectCommands(file, ruleSet.commandRules, ruleSet.contentRules, lines, secrets));
  }
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** A content-aware path rule fires only when the file's text holds every required pattern. */
function contentConfirms(rule: Rule, file: FileChange): boolean {
  if (rule.requireContent.length === 0) return true;
  const { content } = file;
  return content !== undefined && rule.requireContent.every((regex) => regex.test(content));
}

function pathFinding(rule: Rule, file: FileChange): Finding {
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
    fingerprint: fingerprint(rule.id, file.path, ""),
  };
}

function detectContent(file: FileChange, rules: readonly Rule[], lines: () => NumberedLine[], secrets: string[]): Finding[] {
  // Line by line, only the rules whose keyword is on the line. Rules come in a few scopes (23 in
  // the shipped packs); a scope is decided once per file, the first time one of its rules is a
  // candidate, so a small change never evaluates the scopes of rules it gives no reason to run.
  const index = keywordIndexFor(rules);
  const { groupOf, groups } = scopeGroupsOf(rules);
  const verdicts = new Int8Array(groups.length);
  const inScope = (position: number): boolean => {
    const group = groupOf[position]!;
    if (verdicts[group] === 0) verdicts[group] = concerns(groups[group]!, file) ? 1 : 2;
    return verdicts[group] === 1;
  };
  const fileWide = new Map<number, boolean>();
  const holdsRequired = (position: number): boolean => {
    let verdict = fileWide.get(position);
    if (verdict === undefined) fileWide.set(position, (verdict = rules[position]!.requireInFile.every((required) => required.test(wholeText()))));
    return verdict;
  };
  let byNumber: Map<number, string> | undefined;
  let text: string | undefined;
  const { addedLines } = file;
  // The line above is most often the previous added line; otherwise the diff's context.
  const lineAbove = (at: number): string => {
    const number = addedLines[at]!.line - 1;
    const previous = addedLines[at - 1];
    if (previous?.line === number) return previous.text;
    return (byNumber ??= new Map(lines().map((line) => [line.line, line.text]))).get(number) ?? "";
  };
  const wholeText = (): string => (text ??= joinedText(lines()));
  const hits: Hit[] = [];
  const { pairs, count } = index.pairsPerLine(joinedText(addedLines), addedLines.length);
  for (let k = 0; k < count; k++) {
    const at = pairs[2 * k]!;
    const position = pairs[2 * k + 1]!;
    const line = addedLines[at]!;
    const rule = rules[position]!;
    if (line.text.length > rule.maxLineLength || !inScope(position)) continue;
    if (rule.requireInFile.length > 0 && !holdsRequired(position)) continue;
    if (rule.previousLine && !rule.previousLine.test(lineAbove(at))) continue;
    const regex = rule.regex!;
    regex.lastIndex = 0;
    for (let match = regex.exec(line.text); match !== null; match = regex.exec(line.text)) {
      if (match[0].length === 0) regex.lastIndex++;
      const hit = toHit(rule, line, match);
      if (hit) hits.push(hit);
    }
  }
  for (const hit of hits) if (hit.rule.category === "secret") secrets.push(hit.matched);
  return dedupe(hits).map((hit) => contentFinding(hit, file.path, hits));
}

/** Rules grouped by identical scope (paths, excludePaths, firstLine): a sample rule per group. */
const scopeGroupCache = new WeakMap<readonly Rule[], { groupOf: Int32Array; groups: Rule[] }>();

function scopeGroupsOf(rules: readonly Rule[]): { groupOf: Int32Array; groups: Rule[] } {
  let found = scopeGroupCache.get(rules);
  if (!found) {
    const byScope = new Map<string, number>();
    const groups: Rule[] = [];
    const groupOf = new Int32Array(rules.length);
    rules.forEach((rule, position) => {
      // Matchers are shared per glob list, so the same functions mean the same scope.
      const key = `${scopeId(rule.excludesPath)}\u0001${scopeId(rule.selectsPath)}\u0001${rule.firstLine?.source ?? ""}\u0001${rule.concernsEveryFile}`;
      let group = byScope.get(key);
      if (group === undefined) {
        group = groups.length;
        byScope.set(key, group);
        groups.push(rule);
      }
      groupOf[position] = group;
    });
    found = { groupOf, groups };
    scopeGroupCache.set(rules, found);
  }
  return found;
}

/** A stable id per matcher function (settings may wrap a rule's matcher in a new one). */
const matcherIds = new WeakMap<object, number>();
let nextMatcherId = 0;
function scopeId(matcher: object): number {
  let id = matcherIds.get(matcher);
  if (id === undefined) matcherIds.set(matcher, (id = nextMatcherId++));
  return id;
}

/**
 * Command rules run on each shell pipeline the file holds where shell lives, normalized
 * (wrappers dropped, flags split and sorted) so spelling variants meet the same regex. A
 * finding sits on the command's first line; in Markdown fences it only warns.
 */
function detectCommands(file: FileChange, rules: readonly Rule[], contentRules: readonly Rule[], lines: () => NumberedLine[], secrets: readonly string[]): Finding[] {
  const inScope = rules.filter((rule) => !rule.excludesPath(file.path) && (rule.spec.paths === undefined || rule.selectsPath(file.path)));
  if (inScope.length === 0) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const sources = commandsIn(file, lines);
  const guarded = sources.length > 0 ? guardedVariables(lines()) : new Map<string, number>();
  // A variable the file guarantees non-empty on an earlier line reads as guarded: `${X:?}`.
  const withGuards = (text: string, line: number): string =>
    text.replace(/\$(?:\{(\w+)\}|\((\w+)\)|(\w+))/g, (whole, braced?: string, made?: string, bare?: string) => {
      const name = braced ?? made ?? bare ?? "";
      const since = guarded.get(name);
      return since !== undefined && since < line ? `\${${name}:?}` : whole;
    });
  let lineRules: Rule[] | undefined;
  for (const source of sources) {
    // In documentation, the raw-line risky rules (TLS settings) read the fence's commands too.
    if (source.documentation) {
      const lowerSource = source.text.toLowerCase();
      for (const rule of (lineRules ??= contentRules.filter((candidate) => candidate.category === "risky-command"))) {
        const regex = rule.regex!;
        const key = `${rule.id}:${source.line}`;
        if (seen.has(key) || !rule.keywords.some((keyword) => lowerSource.includes(keyword))) continue;
        regex.lastIndex = 0;
        if (!regex.test(source.text)) continue;
        seen.add(key);
        findings.push(commandFinding(rule, file, source, source.text, 1, secrets));
      }
    }
    for (const pipeline of normalizePipelines(withGuards(source.text, source.line))) {
      const lower = pipeline.toLowerCase();
      // A rule anchored at ^ reads any command of the pipeline (`find … | xargs rm -rf /`) and
      // what follows it (`curl … | tee log | sh`).
      const tails = pipelineTails(pipeline);
      for (const rule of inScope) {
        if (!rule.keywords.some((keyword) => lower.includes(keyword))) continue;
        const regex = rule.regex!;
        if (!tails.some((tail) => ((regex.lastIndex = 0), regex.test(tail)))) continue;
        const key = `${rule.id}:${source.line}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const lineText = file.addedLines.find((line) => line.line === source.line)?.text ?? source.text;
        const column = lineText.indexOf(pipeline.split(" ", 1)[0]!);
        findings.push(commandFinding(rule, file, source, pipeline, column >= 0 ? column + 1 : 1, secrets));
      }
    }
  }
  return findings;
}

function commandFinding(rule: Rule, file: FileChange, source: CommandSource, matched: string, column: number, secrets: readonly string[]): Finding {
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
    // The snippet is the command as written: a token it carries (curl -H "Authorization: …") is masked.
    match: truncate(maskValues(source.text, secrets).trim().replace(/\s+/g, " ")),
    fingerprint: fingerprint(rule.id, file.path, matched),
  };
}

function pipelineTails(pipeline: string): string[] {
  const tails = [pipeline];
  for (let at = pipeline.indexOf(" | "); at !== -1; at = pipeline.indexOf(" | ", at + 3)) tails.push(pipeline.slice(at + 3));
  return tails;
}

/** Whether a content rule looks at this file at all (paths, excludePaths, firstLine). */
function concerns(rule: Rule, file: FileChange): boolean {
  if (rule.excludesPath(file.path)) return false;
  if (rule.concernsEveryFile || rule.selectsPath(file.path)) return true;
  if (!rule.firstLine) return false;
  const first = file.addedLines[0]?.line === 1 ? file.addedLines[0] : file.contextLines.find((line) => line.line === 1);
  return first !== undefined && rule.firstLine.test(first.text);
}

function toHit(rule: Rule, line: NumberedLine, match: RegExpExecArray): Hit | undefined {
  const group = rule.secretGroups.find((candidate) => match[candidate] !== undefined);
  if (group === undefined) return undefined;
  const secret = match[group]!;
  const span = match.indices?.[group];
  if (secret.length === 0 || !span || !passesChecks(rule, secret)) return undefined;
  return { rule, line, span: [span[0], span[1]], matched: secret, whole: match[0], matchStart: match.index };
}

/** The rule's value checks, cheapest first. */
function passesChecks(rule: Rule, secret: string): boolean {
  if (secret.length < rule.minSecretLength) return false;
  if (rule.minCharClasses > 1 && countCharClasses(secret) < rule.minCharClasses) return false;
  if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) return false;
  if (rule.allow.some((allow) => allow.test(secret))) return false;
  return rule.verify.every((check) => VERIFY_CHECKS[check](secret));
}

/**
 * Two rules matching the same secret on the same line report once: the earlier rule wins, and a
 * fallback rule (the generic detector) always yields to a specific one.
 */
function dedupe(hits: Hit[]): Hit[] {
  const kept: Hit[] = [];
  const ordered = [...hits.filter((hit) => !hit.rule.fallback), ...hits.filter((hit) => hit.rule.fallback)];
  for (const hit of ordered) {
    const clash = kept.some(
      (other) =>
        other.rule.category === "secret" &&
        hit.rule.category === "secret" &&
        other.line.line === hit.line.line &&
        other.span[0] < hit.span[1] &&
        hit.span[0] < other.span[1],
    );
    if (!clash) kept.push(hit);
  }
  return kept.sort((a, b) => a.line.line - b.line.line || a.span[0] - b.span[0]);
}

function contentFinding(hit: Hit, path: string, allHits: readonly Hit[]): Finding {
  const { rule } = hit;
  const isSecret = rule.category === "secret";
  // Show what the pattern matched (context such as `aws_secret_access_key = `) with every secret
  // found on the same line masked, this finding's own secret included.
  const start = hit.matchStart;
  const secretSpans = allHits
    .filter((other) => other.rule.category === "secret" && other.line === hit.line)
    .concat(isSecret ? [hit] : [])
    .map((other): [number, number] => [other.span[0] - start, other.span[1] - start])
    .filter(([from, to]) => to > 0 && from < hit.whole.length);
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
    fingerprint: fingerprint(rule.id, path, hit.matched),
  };
}

function truncate(text: string): string {
  return text.length <= SNIPPET_MAX ? text : `${text.slice(0, SNIPPET_MAX - 1)}…`;
}
