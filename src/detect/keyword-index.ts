// The prefilter: which rules can match a line at all. Every rule names keywords, one of which must
// appear in a line before its regex runs. All keywords are found in one pass over each line by an
// Aho-Corasick automaton (as gitleaks and trufflehog do), compiled to a dense transition table
// over the few characters keywords use, with ASCII case folded into the table so no line is
// lower-cased. A V8 regex alternation of the same 550 keywords measured ~25 MB/s on real source;
// this table walk is one array read per character.

import type { Rule } from "../rules/compile.js";

/** Rule positions (in the list the index was built for) whose keywords occur in a line. */
export type RuleHits = readonly number[];

const NONE: RuleHits = [];

/** The dense automaton; built once a scan has read enough text to repay it (~5 ms warm, 20 ms cold). */
class KeywordAutomaton {
  /** Character class of each UTF-16 code below 128 (0: a character no keyword uses). */
  private readonly asciiClass = new Uint8Array(128);
  /** Classes of the non-ASCII characters keywords use (rare). */
  private readonly otherClass = new Map<number, number>();
  private readonly classCount: number;
  /**
   * The automaton with failures resolved, indexed by state offset (state × classCount) + class.
   * An entry is the next state's offset, or its number bitwise-inverted (negative) when that
   * state ends a keyword: the scan loop tests one sign per character and leaves the loop's fast
   * path only where a keyword ends.
   */
  private readonly delta: Int32Array;
  /** For each state, the rule positions of every keyword that ends there (own and by suffix). */
  private readonly output: Array<RuleHits | undefined>;
  /** Per state: the last line it ended a keyword on (a "." may end one 40 times in a line). */
  private readonly seenState: Int32Array;
  /** Per rule position: the last line it was reported for, to report it once per line. */
  private readonly stamp: Int32Array;
  private line = 0;

  constructor(rulesByKeyword: ReadonlyMap<string, readonly number[]>, ruleCount: number) {
    let totalLength = 0;
    for (const keyword of rulesByKeyword.keys()) totalLength += keyword.length;
    this.stamp = new Int32Array(ruleCount).fill(-1);

    let classes = 1;
    for (const keyword of rulesByKeyword.keys()) {
      for (let i = 0; i < keyword.length; i++) {
        const code = keyword.charCodeAt(i);
        if (code < 128) {
          if (this.asciiClass[code] === 0) this.asciiClass[code] = classes++;
        } else if (!this.otherClass.has(code)) this.otherClass.set(code, classes++);
      }
    }
    // Upper-case ASCII letters share their lower-case letter's class: matching ignores ASCII case.
    for (let code = 65; code <= 90; code++) if (this.asciiClass[code + 32]) this.asciiClass[code] = this.asciiClass[code + 32]!;
    this.classCount = classes;

    // The trie: goto[state * classes + class] = child state, or -1.
    const maxStates = totalLength + 1;
    const goto = new Int32Array(maxStates * classes).fill(-1);
    const own: Array<number[] | undefined> = [];
    let states = 1;
    for (const [keyword, positions] of rulesByKeyword) {
      let state = 0;
      for (let i = 0; i < keyword.length; i++) {
        const slot = state * classes + this.classFor(keyword.charCodeAt(i));
        if (goto[slot] === -1) goto[slot] = states++;
        state = goto[slot]!;
      }
      own[state] = own[state] ? [...own[state]!, ...positions] : [...positions];
    }

    // Breadth-first: each state's missing transitions are its failure state's, and its output
    // includes its failure state's (keywords that are suffixes of what was read).
    const next = new Int32Array(states * classes);
    const failure = new Int32Array(states);
    const output = new Array<RuleHits | undefined>(states).fill(undefined);
    const queue = new Int32Array(states);
    let tail = 0;
    for (let cls = 0; cls < classes; cls++) {
      const child = goto[cls]!;
      next[cls] = child === -1 ? 0 : child;
      if (child !== -1) queue[tail++] = child;
    }
    for (let head = 0; head < tail; head++) {
      const state = queue[head]!;
      const fail = failure[state]!;
      const inherited = output[fail];
      const mine = own[state];
      output[state] = !mine ? inherited : !inherited ? mine : [...new Set([...mine, ...inherited])];
      for (let cls = 0; cls < classes; cls++) {
        const child = goto[state * classes + cls]!;
        const viaFailure = next[fail * classes + cls]!;
        if (child === -1) {
          next[state * classes + cls] = viaFailure;
        } else {
          next[state * classes + cls] = child;
          failure[child] = viaFailure;
          queue[tail++] = child;
        }
      }
    }
    // Offsets instead of state numbers, except the inverted numbers of states that end a keyword.
    this.delta = new Int32Array(states * classes);
    for (let slot = 0; slot < next.length; slot++) {
      const target = next[slot]!;
      this.delta[slot] = output[target] === undefined ? target * classes : ~target;
    }
    this.output = output;
    this.seenState = new Int32Array(states).fill(-1);
  }

  private classFor(code: number): number {
    return code < 128 ? this.asciiClass[code]! : (this.otherClass.get(code) ?? 0);
  }

  /**
   * Positions of the rules with a keyword in `text`, ascending; one pass over the text. With
   * `inScope`, rules whose position is 0 there are left out (rules that do not concern the file).
   */
  rulesIn(text: string, inScope?: Uint8Array): RuleHits {
    return this.scan(text, 0, text.length, inScope);
  }

  /**
   * The same for each line of `text` (lines split on \n), as a sparse array by line index. One
   * walk over one flat string: the lines a diff yields are slices of larger strings, and
   * reading characters through a slice cost ~3x reading a flat string.
   */
  rulesPerLine(text: string): Array<RuleHits | undefined> {
    const perLine: Array<RuleHits | undefined> = [];
    let lineIndex = 0;
    for (let start = 0; start <= text.length; lineIndex++) {
      let end = text.indexOf("\n", start);
      if (end === -1) end = text.length;
      const hits = this.scan(text, start, end, undefined);
      if (hits !== NONE) perLine[lineIndex] = hits;
      start = end + 1;
    }
    return perLine;
  }

  private scan(text: string, from: number, to: number, inScope: Uint8Array | undefined): RuleHits {
    const { delta, asciiClass, otherClass, classCount, seenState } = this;
    const hasOther = otherClass.size > 0;
    const line = ++this.line;
    let ended: number[] | undefined;
    let offset = 0;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      const entry = delta[offset + (code < 128 ? asciiClass[code]! : hasOther ? (otherClass.get(code) ?? 0) : 0)]!;
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
    if (ended === undefined) return NONE;
    const { stamp, output } = this;
    let found: number[] | undefined;
    for (const state of ended) {
      for (const position of output[state]!) {
        if (stamp[position] === line || (inScope !== undefined && inScope[position] === 0)) continue;
        stamp[position] = line;
        (found ??= []).push(position);
      }
    }
    if (found === undefined) return NONE;
    return found.length > 1 ? found.sort((a, b) => a - b) : found;
  }
}

/** Text read with plain substring tests before the automaton is built: about a tiny commit's worth. */
const NAIVE_CHARS = 16 * 1024;

/**
 * Which rules' keywords a line holds. A small scan (the everyday commit) tests each keyword with
 * includes() and never pays for the automaton; past NAIVE_CHARS the automaton takes over. Both
 * fold ASCII case only, so they agree on every input.
 */
export class KeywordIndex {
  private readonly rulesByKeyword = new Map<string, number[]>();
  private readonly ruleCount: number;
  private automaton: KeywordAutomaton | undefined;
  private naiveChars = 0;
  private readonly naiveStamp: Int32Array;
  private naiveLine = 0;

  constructor(rules: readonly Rule[], options: { naiveChars?: number } = {}) {
    rules.forEach((rule, position) => {
      for (const keyword of rule.keywords) {
        const lower = asciiLower(keyword);
        const list = this.rulesByKeyword.get(lower);
        if (!list) this.rulesByKeyword.set(lower, [position]);
        else if (list[list.length - 1] !== position) list.push(position);
      }
    });
    this.ruleCount = rules.length;
    this.naiveStamp = new Int32Array(rules.length).fill(-1);
    this.naiveLimit = options.naiveChars ?? NAIVE_CHARS;
  }

  private readonly naiveLimit: number;

  /**
   * Positions of the rules with a keyword in `text`, ascending. With `inScope`, rules whose
   * position is 0 there are left out (rules that do not concern the file).
   */
  rulesIn(text: string, inScope?: Uint8Array): RuleHits {
    if (this.automaton === undefined) {
      this.naiveChars += text.length;
      if (this.naiveChars <= this.naiveLimit) return this.naive(text, inScope);
      this.automaton = new KeywordAutomaton(this.rulesByKeyword, this.ruleCount);
    }
    return this.automaton.rulesIn(text, inScope);
  }

  /** For each of `lines`, the positions of the rules with a keyword on it (undefined: none). */
  rulesPerLine(lines: readonly string[]): Array<RuleHits | undefined> {
    if (this.automaton === undefined) {
      for (const line of lines) this.naiveChars += line.length;
      if (this.naiveChars <= this.naiveLimit) return lines.map((line) => this.naive(line, undefined)).map((hits) => (hits === NONE ? undefined : hits));
      this.automaton = new KeywordAutomaton(this.rulesByKeyword, this.ruleCount);
    }
    // Keywords never hold a newline, so the joined text splits back into the same lines.
    return this.automaton.rulesPerLine(lines.join("\n"));
  }

  private naive(text: string, inScope: Uint8Array | undefined): RuleHits {
    const lower = asciiLower(text);
    const line = ++this.naiveLine;
    let found: number[] | undefined;
    for (const [keyword, positions] of this.rulesByKeyword) {
      if (!lower.includes(keyword)) continue;
      for (const position of positions) {
        if (this.naiveStamp[position] === line || (inScope !== undefined && inScope[position] === 0)) continue;
        this.naiveStamp[position] = line;
        (found ??= []).push(position);
      }
    }
    if (found === undefined) return NONE;
    return found.length > 1 ? found.sort((a, b) => a - b) : found;
  }
}

/** Lower-cases A–Z only, as the automaton folds case. */
function asciiLower(text: string): string {
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(text) ? text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()) : text.toLowerCase();
}

const cache = new WeakMap<readonly Rule[], KeywordIndex>();

/** One index per rule list, built on first use (~2 ms for the shipped rules). */
export function keywordIndexFor(rules: readonly Rule[]): KeywordIndex {
  let index = cache.get(rules);
  if (!index) {
    index = new KeywordIndex(rules);
    cache.set(rules, index);
  }
  return index;
}
