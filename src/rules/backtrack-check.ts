// Times a rule's regexes on inputs built to make a backtracking regex engine blow up: long runs
// of the regex's own characters, its keywords followed by near-misses, its examples cut short,
// all as one long line. The test suite runs it on every shipped rule; loading a project's own
// rules runs a smaller version of it. Never on a scan's path for shipped rules.

import { createContext, Script, type Context } from "node:vm";
import type { Rule } from "./compile.js";
import { expandTemplate, seededRandom } from "./example-template.js";

/**
 * What a regex may spend per MB of input (CPU time). The worst shipped regexes that are linear
 * cost up to ~2.3 s/MB on these inputs (bounded look-arounds such as `[^\n]{0,300}?` tried at
 * every position; 2-core machine); 25 s/MB is ~10× that, room for a slower machine. A quadratic
 * regex costs minutes per MB and an exponential one never ends, and the growth check below
 * catches a super-linear one whose constant is small.
 */
export const BUDGET_MS_PER_MB = 25_000;

export interface BacktrackOptions {
  /** Bytes of the first, cheap pass (and twice that for the growth check) over every input. */
  screenBytes: number;
  /** Bytes of the confirming pass, run only on the inputs the first pass found slow or suspect. */
  confirmBytes: number;
  /** Inputs of the screen that are confirmed even when within budget (the slowest ones): 0 at load. */
  confirmWorst: number;
  budgetMsPerMB: number;
}

/** The suite's check: 64 KB lines per regex for the worst inputs found at 8 KB. */
export const THOROUGH: BacktrackOptions = { screenBytes: 4 * 1024, confirmBytes: 64 * 1024, confirmWorst: 1, budgetMsPerMB: BUDGET_MS_PER_MB };
/** Loading a project's rules: small inputs; a slow one is re-timed on 64 KB before it counts. */
export const AT_LOAD: BacktrackOptions = { screenBytes: 2 * 1024, confirmBytes: 64 * 1024, confirmWorst: 0, budgetMsPerMB: BUDGET_MS_PER_MB };

/** One regex of a rule, as the detector runs it. */
export interface RuleRegex {
  /** Where it sits in the rule: "pattern", "allow[0]", "continuesUntil"… */
  field: string;
  regex: RegExp;
  /** "scan": every match of the line in turn (exec loop); "test": one search. */
  mode: "scan" | "test";
}

export interface BacktrackVerdict {
  ruleId: string;
  field: string;
  source: string;
  /** Worst time over the inputs, per MB of input (Infinity when it ran out of time). */
  msPerMB: number;
  /** What the worst input was made of (never example text: examples are secret-shaped). */
  worstInput: string;
  overBudget: boolean;
}

interface Probe {
  label: string;
  /** Written once at the start of the line. */
  prefix?: string;
  /** Repeated to the wanted size. */
  unit: string;
}

/** Characters tried whatever the regex: separators and word characters common in config text. */
const GENERIC = ["a", "A", "0", " ", "=", '"', "-", "/", "_", ".", ":", "'"];
/** Breaks a run at its end, so `(a+)+$` must backtrack before it fails. */
const TAIL = "\u0000";

/** Every regex of `rule` that a scan or `redact` runs, with how it runs it. */
export function ruleRegexes(rule: Rule): RuleRegex[] {
  const found: RuleRegex[] = [];
  // A pattern run branch by branch (rules/branched-regex.ts) is timed whole: the whole pattern
  // tries every branch at every position, and takes over from the branches on big changes.
  if (rule.regex) found.push({ field: "pattern", regex: rule.regex instanceof RegExp ? rule.regex : new RegExp(rule.regex.source, rule.regex.flags), mode: "scan" });
  rule.allow.forEach((regex, index) => found.push({ field: `allow[${index}]`, regex, mode: "test" }));
  if (rule.previousLine) found.push({ field: "previousLine", regex: rule.previousLine, mode: "test" });
  if (rule.firstLine) found.push({ field: "firstLine", regex: rule.firstLine, mode: "test" });
  if (rule.continuesUntil) found.push({ field: "continuesUntil", regex: rule.continuesUntil, mode: "test" });
  rule.requireInFile.forEach((regex, index) => found.push({ field: `requireInFile[${index}]`, regex, mode: "test" }));
  rule.requireContent.forEach((regex, index) => found.push({ field: `requireContent[${index}]`, regex, mode: "test" }));
  return found;
}

/**
 * Times every regex of `rule` on its pathological inputs. `seen` (regex source and flags →
 * verdict) spares re-timing a regex that rules share (a pack's default allow list).
 */
export function checkRuleBacktracking(rule: Rule, options: BacktrackOptions, seen?: Map<string, Omit<BacktrackVerdict, "ruleId" | "field">>): BacktrackVerdict[] {
  const probes = probesFor(rule);
  return ruleRegexes(rule).map(({ field, regex, mode }) => {
    const key = `${mode}/${regex.flags}/${regex.source}/${rule.maxLineLength}`;
    let verdict = seen?.get(key);
    if (!verdict) {
      const own = [...sourceProbes(regex.source), ...probes];
      verdict = timeRegex(regex, mode, mode === "scan" ? rule.maxLineLength : Number.POSITIVE_INFINITY, dedupe(own), options);
      seen?.set(key, verdict);
    }
    return { ruleId: rule.id, field, ...verdict };
  });
}

function timeRegex(regex: RegExp, mode: RuleRegex["mode"], maxLineLength: number, probes: Probe[], options: BacktrackOptions): Omit<BacktrackVerdict, "ruleId" | "field"> {
  const budget = options.budgetMsPerMB;
  // A fresh copy: the rule's own regex keeps its state (lastIndex) for the scan.
  const copy = new RegExp(regex.source, regex.flags);
  const run = (batch: Probe[], bytes: number, limitMs: number): Batch => runBatch(copy, mode, maxLineLength, batch, bytes, limitMs, budget);
  const verdict = (msPerMB: number, probe: Probe | undefined) => ({ source: regex.source, msPerMB, worstInput: probe?.label ?? "", overBudget: msPerMB > budget });
  // Screening: first every input in one batch on tiny lines, where an exponential regex is
  // already stuck (its 2^64 steps are caught by a short time limit), then at two sizes where a
  // polynomial one shows. A batch stops at an input far over budget; that input is timed again
  // alone before it counts (a pause of the machine is not the regex's fault).
  const screen = (batchProbes: Probe[], bytes: number, limit: number): Batch | ReturnType<typeof verdict> => {
    let batch = run(batchProbes, bytes, limit);
    if (batch.stoppedAt !== undefined) {
      const probe = batchProbes[batch.stoppedAt]!;
      const again = Math.min(batch.perMB[batch.stoppedAt]!, run([probe], bytes, limit).perMB[0]!);
      if (again > budget) return verdict(again, probe);
      batch = run(batchProbes, bytes, limit);
      if (batch.stoppedAt !== undefined) return verdict(batch.perMB[batch.stoppedAt]!, batchProbes[batch.stoppedAt]);
    }
    return batch;
  };
  const small = options.screenBytes;
  const limitFor = (bytes: number, count: number): number => 50 + (budget * bytes * count) / MB;
  const tiny = screen(probes, TINY_BYTES, 100);
  if (!("perMB" in tiny)) return tiny;
  const secondBatch = screen(probes, 2 * small, limitFor(2 * small, probes.length));
  if (!("perMB" in secondBatch)) return secondBatch;
  const second = secondBatch.perMB;
  // The growth check compares the two sizes, and only on inputs costly enough at the larger one
  // to be measured (over 2 ms): only those are timed at the smaller size too (the others could
  // not be suspects, and were most of the screening's time).
  const measurable = (index: number): boolean => (second[index]! * 2 * small) / MB > 2;
  const growing = [...second.keys()].filter(measurable);
  const firstBatch = screen(
    growing.map((index) => probes[index]!),
    small,
    limitFor(small, growing.length),
  );
  if (!("perMB" in firstBatch)) return firstBatch;
  const first = new Map(growing.map((index, at) => [index, firstBatch.perMB[at]!]));
  const bySlowness = [...second.keys()].sort((a, b) => second[b]! - second[a]!);
  // Over budget, or growing much faster than the input.
  const suspect = (index: number): boolean => second[index]! > budget || (first.has(index) && second[index]! > 1.5 * first.get(index)!);
  const suspects = [...new Set([...bySlowness.filter(suspect), ...bySlowness.slice(0, options.confirmWorst)])];
  // Confirmation: each suspect alone at a quarter of the large size, then at the large size
  // (best of two once costly enough to matter): over budget, or growing with the input. The
  // first one confirmed decides. The slowest input confirmed though not suspect skips the
  // quarter (an early exit for inputs expected over budget): the large size alone decides.
  let worst = verdict(0, probes[bySlowness[0] ?? 0]);
  const large = options.confirmBytes;
  for (const index of suspects) {
    const probe = [probes[index]!];
    const timed = (bytes: number): number => {
      const limit = 50 + (budget * 1.5 * bytes) / MB;
      const once = run(probe, bytes, limit).perMB[0] ?? Number.POSITIVE_INFINITY;
      return once > budget / 10 && once !== Number.POSITIVE_INFINITY ? Math.min(once, run(probe, bytes, limit).perMB[0] ?? Number.POSITIVE_INFINITY) : once;
    };
    if (suspect(index)) {
      const quarter = timed(large / 4);
      if (quarter > budget) return verdict(quarter, probe[0]);
    }
    const full = timed(large);
    // Per MB, a linear regex costs the same on any size; a quadratic one costs 8× more here
    // than at the screen's second size (16× at load). 5× counts, once costly enough to matter:
    // cheaper regexes wobble with the machine's caches, collector and neighbours. The screen's
    // figure was taken in a batch, maybe while the machine was busier: when it alone decides
    // against growth, the smaller size is timed again alone (best of the two).
    const alone = (): number => run(probe, 2 * small, limitFor(2 * small, 1)).perMB[0] ?? Number.POSITIVE_INFINITY;
    const grew = (): boolean => full > 5 * second[index]! || full > 5 * Math.min(alone(), alone());
    const superLinear = full > budget / 10 && grew();
    if (superLinear || full > worst.msPerMB) worst = { ...verdict(full, probe[0]), overBudget: full > budget || superLinear };
    if (worst.overBudget) break;
  }
  return worst;
}

/** Lines of the first screening: long enough for any nested quantifier to explode. */
const TINY_BYTES = 64;
const MB = 2 ** 20;

interface Batch {
  /** Milliseconds per MB of input, per probe run. */
  perMB: number[];
  /** The probe the batch stopped at: far over budget, or still running at the time limit. */
  stoppedAt: number | undefined;
}

/**
 * A script in a context of its own, run under a time limit that interrupts a regex stuck
 * backtracking; the context holds the batch to run (a context, not the global object, which
 * a test runner may not share with node's).
 */
let runner: { script: Script; context: Context } | undefined;

/**
 * Times each probe (CPU time) on `bytes` of input, run the way the detector runs the regex.
 * Stops at a probe 20× over budget, or at `limitMs` for the whole batch (an exponential regex
 * would never return: the vm's time limit interrupts it).
 */
function runBatch(regex: RegExp, mode: RuleRegex["mode"], maxLineLength: number, probes: Probe[], bytes: number, limitMs: number, budget: number): Batch {
  const perMB: number[] = [];
  let stoppedAt: number | undefined;
  const batch = (): void => {
    for (const probe of probes) {
      // Lines longer than the rule's maxLineLength are never searched: the bytes come as several lines.
      const line = inputOf(probe, Math.min(bytes, maxLineLength));
      const lines = Math.max(1, Math.round(bytes / line.length));
      const start = process.cpuUsage();
      for (let count = 0; count < lines; count++) {
        regex.lastIndex = 0;
        if (mode === "test") regex.test(line);
        else for (let match = regex.exec(line); match !== null; match = regex.exec(line)) if (match[0].length === 0) regex.lastIndex++;
      }
      const ms = cpuMs(start);
      perMB.push((ms * MB) / (lines * line.length));
      if (perMB.at(-1)! > 20 * budget && ms > 1) return void (stoppedAt = perMB.length - 1);
    }
  };
  runner ??= { script: new Script("batch()"), context: createContext({ batch: undefined }) };
  runner.context.batch = batch;
  try {
    // The time limit is wall-clock: a run cut short while the process mostly waited for a CPU
    // (a busy machine) is run again.
    for (let attempt = 1; ; attempt++) {
      const start = process.cpuUsage();
      try {
        runner.script.runInContext(runner.context, { timeout: Math.ceil(limitMs) });
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== "ERR_SCRIPT_EXECUTION_TIMEOUT" || attempt === 3 || cpuMs(start) > limitMs / 2) throw error;
        perMB.length = 0;
        stoppedAt = undefined;
      }
    }
  } catch (error) {
    if ((error as { code?: string }).code !== "ERR_SCRIPT_EXECUTION_TIMEOUT") throw error;
    // Out of time after the last probe is no verdict on any of them.
    if (perMB.length < probes.length) {
      stoppedAt = perMB.length;
      perMB.push(Number.POSITIVE_INFINITY);
    }
  } finally {
    runner.context.batch = undefined;
  }
  return { perMB, stoppedAt };
}

/**
 * Milliseconds of CPU this process spent since `start`: unlike the wall clock, not inflated
 * while other processes hold the CPU (a CI machine running tests in parallel).
 */
function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The prefix, then the unit repeated to `length` characters (less the tail), then the tail. */
function inputOf({ prefix = "", unit }: Probe, length: number): string {
  const body = Math.max(1, length - TAIL.length - prefix.length);
  return prefix + unit.repeat(Math.ceil(body / unit.length)).slice(0, body) + TAIL;
}

/** Inputs from the rule: its keywords followed by near-misses, and its match examples cut short. */
function probesFor(rule: Rule): Probe[] {
  const probes: Probe[] = [];
  const fills = ["a", "0", "A"];
  for (const keyword of rule.keywords.slice(0, 6)) {
    for (const separator of ["", '="', " = ", ": "]) {
      for (const fill of fills) probes.push({ label: `keyword "${keyword}" + ${JSON.stringify(separator)} + ${fill}×24, repeated`, unit: `${keyword}${separator}${fill.repeat(24)} ` });
    }
    probes.push({ label: `keyword "${keyword}" repeated`, unit: keyword });
    // The keyword once, then a run: `token=(a+)+$` on `token=aaaa…`.
    for (const separator of ["", "=", '="', " = ", ": ", "_", "-"]) {
      for (const fill of [...fills, " ", "x"]) probes.push({ label: `keyword "${keyword}" + ${JSON.stringify(separator)} + ${JSON.stringify(fill)}×N`, prefix: keyword + separator, unit: fill });
    }
  }
  const random = seededRandom(rule.id);
  (rule.spec.examples?.match ?? []).slice(0, 4).forEach((template, index) => {
    const example = expandTemplate(template, random).split("\n")[0]!;
    if (example.length < 2) return;
    probes.push({ label: `examples.match[${index}] less its last character, repeated`, unit: example.slice(0, -1) });
    probes.push({ label: `examples.match[${index}] cut in half, repeated`, unit: example.slice(0, Math.ceil(example.length / 2)) });
    probes.push({ label: `examples.match[${index}] repeated`, unit: `${example} ` });
    // The example up to its last character, whose run goes on to the end of the line.
    probes.push({ label: `examples.match[${index}] with its last character run on`, prefix: example.slice(0, -1), unit: example.at(-1)! });
  });
  return probes;
}

/** Runs of each character the regex names (literals, class members, escapes), and pairs of them. */
export function sourceProbes(source: string): Probe[] {
  const { words, others } = alphabetOf(source);
  const all = [...new Set([...words, ...others, ...GENERIC])].slice(0, 48);
  const probes: Probe[] = all.map((char) => ({ label: `${JSON.stringify(char)}×N`, unit: char }));
  // Word characters interleaved with separators: `(\w+\s?)+`, `([a-z]+[-.])+` and their kind.
  const separators = [...new Set([...others.filter((char) => !/\w/.test(char)), " ", "=", "-", "."])].slice(0, 12);
  for (const word of [...new Set([...words.slice(0, 3), "a"])]) {
    for (const separator of separators) probes.push({ label: `(${JSON.stringify(word)} + ${JSON.stringify(separator)})×N`, unit: word + separator });
  }
  return probes;
}

/** Characters a regex source mentions: word characters (letters, digits, _) and the rest. */
function alphabetOf(source: string): { words: string[]; others: string[] } {
  const chars: string[] = [];
  const escape = (next: string, rest: string): number => {
    // Returns how many characters after the backslash the escape used.
    const classes: Record<string, string[]> = { w: ["a", "Z", "0", "_"], d: ["0", "9"], s: [" ", "\t"], W: ["-", " "], D: ["a", "-"], S: ["a", "-"] };
    if (classes[next]) chars.push(...classes[next]!);
    else if (next === "x" && /^[0-9a-f]{2}/i.test(rest)) return chars.push(String.fromCharCode(parseInt(rest.slice(0, 2), 16))), 3;
    else if (next === "u" && /^[0-9a-f]{4}/i.test(rest)) return chars.push(String.fromCharCode(parseInt(rest.slice(0, 4), 16))), 5;
    else if (next === "t") chars.push("\t");
    else if (next === "p" || next === "P") return chars.push("a", "A"), 1 + (/^\{[^}]*\}/.exec(rest)?.[0].length ?? 0);
    else if (!/[bBnrfv0-9kc]/.test(next)) chars.push(next);
    return 1;
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === "\\") {
      i += escape(source[i + 1] ?? "", source.slice(i + 2));
    } else if (char === "[") {
      let j = i + 1;
      if (source[j] === "^") j++;
      for (; j < source.length && source[j] !== "]"; j++) {
        if (source[j] === "\\") j += escape(source[j + 1] ?? "", source.slice(j + 2));
        else chars.push(source[j]!);
      }
      i = j;
    } else if (char === "(" && source[i + 1] === "?") {
      // Group syntax, not characters: (?:  (?=  (?!  (?<=  (?<!  (?<name>
      const name = /^\(\?(?:<[A-Za-z_]\w*>|<=|<!|[:=!])/.exec(source.slice(i));
      if (name) i += name[0].length - 1;
    } else if (char === "{" && /^\{\d+(?:,\d*)?\}/.test(source.slice(i))) {
      i += /^\{\d+(?:,\d*)?\}/.exec(source.slice(i))![0].length - 1;
    } else if (char === ".") {
      chars.push("x");
    } else if (!"^$|()*+?".includes(char)) {
      chars.push(char);
    }
  }
  const unique = [...new Set(chars)].filter((char) => char !== "\n" && char !== "\r");
  return { words: unique.filter((char) => /\w/.test(char)), others: unique.filter((char) => !/\w/.test(char)) };
}

function dedupe(probes: Probe[]): Probe[] {
  const seen = new Set<string>();
  return probes.filter((probe) => {
    const key = `${probe.prefix ?? ""}\u0000${probe.unit}`;
    return !seen.has(key) && (seen.add(key), true);
  });
}
