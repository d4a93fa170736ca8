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

/**
 * The automaton's tables for a list of keywords: plain typed arrays, so the build can write the
 * shipped rules' tables to dist/keywords.bin and a scan can read them back instead of building
 * them (~15-20 ms in a cold process). Outputs name keywords by their index in `keywords`.
 */
export interface KeywordTables {
  keywords: readonly string[];
  classCount: number;
  /** Character class of each UTF-16 code below 128 (0: a character no keyword uses). */
  asciiClass: Uint8Array;
  /** Classes of the non-ASCII characters keywords use, as [code, class] pairs. */
  otherClass: Int32Array;
  /**
   * Transitions, indexed by state offset (state × classCount) + class. An entry is the next
   * state's offset, or its number bitwise-inverted (negative) when that state ends a keyword:
   * the scan loop tests one sign per character and leaves its fast path only where one ends.
   */
  delta: Int32Array;
  /** Keywords ending at state s (its own and those that are suffixes of it): outputKeywords[outputStart[s]..outputStart[s+1]). */
  outputStart: Int32Array;
  outputKeywords: Int32Array;
}

export function buildKeywordTables(keywords: readonly string[]): KeywordTables {
  const asciiClass = new Uint8Array(128);
  const otherClass = new Map<number, number>();
  let classes = 1;
  let totalLength = 0;
  for (const keyword of keywords) {
    totalLength += keyword.length;
    for (let i = 0; i < keyword.length; i++) {
      const code = keyword.charCodeAt(i);
      if (code < 128) {
        if (asciiClass[code] === 0) asciiClass[code] = classes++;
      } else if (!otherClass.has(code)) otherClass.set(code, classes++);
    }
  }
  // Upper-case ASCII letters share their lower-case letter's class: matching ignores ASCII case.
  for (let code = 65; code <= 90; code++) if (asciiClass[code + 32]) asciiClass[code] = asciiClass[code + 32]!;
  const classFor = (code: number): number => (code < 128 ? asciiClass[code]! : (otherClass.get(code) ?? 0));

  // The trie: goto[state * classes + class] = child state, or -1.
  const goto = new Int32Array((totalLength + 1) * classes).fill(-1);
  const own: Array<number[] | undefined> = [];
  let states = 1;
  keywords.forEach((keyword, id) => {
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const slot = state * classes + classFor(keyword.charCodeAt(i));
      if (goto[slot] === -1) goto[slot] = states++;
      state = goto[slot]!;
    }
    (own[state] ??= []).push(id);
  });

  // Breadth-first: each state's missing transitions are its failure state's, and its output
  // includes its failure state's (keywords that are suffixes of what was read).
  const next = new Int32Array(states * classes);
  const failure = new Int32Array(states);
  const output = new Array<number[] | undefined>(states).fill(undefined);
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
  const delta = new Int32Array(states * classes);
  for (let slot = 0; slot < next.length; slot++) {
    const target = next[slot]!;
    delta[slot] = output[target] === undefined ? target * classes : ~target;
  }
  const outputStart = new Int32Array(states + 1);
  const flat: number[] = [];
  for (let state = 0; state < states; state++) {
    outputStart[state] = flat.length;
    for (const id of output[state] ?? []) flat.push(id);
  }
  outputStart[states] = flat.length;
  return { keywords, classCount: classes, asciiClass, otherClass: Int32Array.from([...otherClass].flat()), delta, outputStart, outputKeywords: Int32Array.from(flat) };
}

const TABLES_MAGIC = 0x5347_4b31; // "SGK1"

/** The tables as bytes (keywords travel separately, in the rules bundle). */
export function keywordTablesToBuffer(tables: KeywordTables): Buffer {
  const header = Int32Array.of(TABLES_MAGIC, tables.keywords.length, tables.classCount, tables.otherClass.length, tables.delta.length, tables.outputStart.length, tables.outputKeywords.length);
  const parts = [header, Int32Array.from(tables.asciiClass), tables.otherClass, tables.delta, tables.outputStart, tables.outputKeywords];
  return Buffer.concat(parts.map((part) => Buffer.from(part.buffer, part.byteOffset, part.byteLength)));
}

/** Reads tables written by keywordTablesToBuffer; undefined when the bytes do not fit `keywords`. */
export function keywordTablesFromBuffer(bytes: Buffer, keywords: readonly string[]): KeywordTables | undefined {
  if (bytes.byteLength < 28 || bytes.byteLength % 4 !== 0) return undefined;
  // An aligned copy when the buffer is not (readFileSync may hand out a slice of a pool).
  const words = bytes.byteOffset % 4 === 0 ? new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4) : new Int32Array(Uint8Array.from(bytes).buffer);
  const [magic, keywordCount, classCount, otherLength, deltaLength, startLength, outputLength] = words;
  if (magic !== TABLES_MAGIC || keywordCount !== keywords.length) return undefined;
  let at = 7;
  const take = (length: number): Int32Array => words.subarray(at, (at += length));
  const asciiClass = Uint8Array.from(take(128));
  const tables = { keywords, classCount: classCount!, asciiClass, otherClass: take(otherLength!), delta: take(deltaLength!), outputStart: take(startLength!), outputKeywords: take(outputLength!) };
  return at === words.length ? tables : undefined;
}

/**
 * Which rules each line names a keyword of, as flat pairs: pairs[2k] is a line's index (0-based,
 * in the lines given), pairs[2k + 1] a rule's position; lines ascending, and positions ascending
 * within a line. No array per line: a 1M-line change made ~600k of them.
 */
export interface LineRulePairs {
  pairs: Int32Array;
  count: number;
}

/** Scans text with a set of tables, reporting the positions of the rules whose keywords it meets. */
class KeywordAutomaton {
  private readonly asciiClass: Uint8Array;
  private readonly otherClass = new Map<number, number>();
  private readonly classCount: number;
  private readonly delta: Int32Array;
  /** For each state, the rule positions of every keyword that ends there (own and by suffix): outputRules[outputStart[s]..outputStart[s+1]). */
  private readonly outputStart: Int32Array;
  private readonly outputRules: Int32Array;
  /** Per state: the last line it ended a keyword on (a "." may end one 40 times in a line). */
  private readonly seenState: Int32Array;
  /** Per rule position: the last line it was reported for, to report it once per line. */
  private readonly stamp: Int32Array;
  private line = 0;
  /** States that ended a keyword on the current line (reused). */
  private ended: Int32Array = new Int32Array(64);
  /** The rule positions found on the current line (reused). */
  private found: Int32Array = new Int32Array(64);
  private pairs: Int32Array = new Int32Array(1024);

  constructor(tables: KeywordTables, rulesByKeyword: ReadonlyMap<string, readonly number[]>, ruleCount: number) {
    this.asciiClass = tables.asciiClass;
    for (let i = 0; i < tables.otherClass.length; i += 2) this.otherClass.set(tables.otherClass[i]!, tables.otherClass[i + 1]!);
    this.classCount = tables.classCount;
    // A copy with its own buffer: scanning through a view into the file's buffer measured ~1.6x slower.
    this.delta = tables.delta.byteOffset === 0 && tables.delta.length === tables.delta.buffer.byteLength / 4 ? tables.delta : Int32Array.from(tables.delta);
    this.stamp = new Int32Array(ruleCount).fill(-1);
    const states = tables.outputStart.length - 1;
    this.seenState = new Int32Array(states).fill(-1);
    // Keyword ids to the positions of this rule list's rules (a keyword no rule uses: none).
    const positionsOf = tables.keywords.map((keyword) => rulesByKeyword.get(keyword) ?? []);
    this.outputStart = new Int32Array(states + 1);
    const flat: number[] = [];
    for (let state = 0; state < states; state++) {
      this.outputStart[state] = flat.length;
      const from = tables.outputStart[state]!;
      const to = tables.outputStart[state + 1]!;
      if (from === to) continue;
      if (to === from + 1) {
        for (const position of positionsOf[tables.outputKeywords[from]!]!) flat.push(position);
        continue;
      }
      const positions = new Set<number>();
      for (let at = from; at < to; at++) for (const position of positionsOf[tables.outputKeywords[at]!]!) positions.add(position);
      for (const position of positions) flat.push(position);
    }
    this.outputStart[states] = flat.length;
    this.outputRules = Int32Array.from(flat);
  }

  /**
   * The rules with a keyword on each line of `text` (lines split on \n). One walk over one flat
   * string: the lines a diff yields are slices of larger strings, and reading characters through
   * a slice cost ~3x a flat string. The state resets at each \n (no keyword holds one). The
   * pairs live in a buffer reused by the next call.
   */
  pairsPerLine(text: string): LineRulePairs {
    const { delta, asciiClass, otherClass, classCount, seenState } = this;
    const hasOther = otherClass.size > 0;
    let stampLine = ++this.line;
    let lineIndex = 0;
    let endedCount = 0;
    let count = 0;
    let offset = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) {
        if (endedCount > 0) count = this.flush(lineIndex, stampLine, endedCount, count);
        endedCount = 0;
        offset = 0;
        lineIndex++;
        stampLine = ++this.line;
        continue;
      }
      const entry = delta[offset + (code < 128 ? asciiClass[code]! : hasOther ? (otherClass.get(code) ?? 0) : 0)]!;
      if (entry >= 0) {
        offset = entry;
        continue;
      }
      const state = ~entry;
      offset = state * classCount;
      if (seenState[state] !== stampLine) {
        seenState[state] = stampLine;
        if (endedCount === this.ended.length) this.ended = grown(this.ended);
        this.ended[endedCount++] = state;
      }
    }
    if (endedCount > 0) count = this.flush(lineIndex, stampLine, endedCount, count);
    return { pairs: this.pairs, count };
  }

  /** Appends the line's rule positions (each once, ascending) to the pairs; returns the new count. */
  private flush(lineIndex: number, stampLine: number, endedCount: number, count: number): number {
    const { stamp, outputStart, outputRules, ended } = this;
    let found = 0;
    for (let e = 0; e < endedCount; e++) {
      const state = ended[e]!;
      for (let at = outputStart[state]!; at < outputStart[state + 1]!; at++) {
        const position = outputRules[at]!;
        if (stamp[position] === stampLine) continue;
        stamp[position] = stampLine;
        if (found === this.found.length) this.found = grown(this.found);
        // Insertion keeps them ascending: a line names a few rules.
        let slot = found++;
        while (slot > 0 && this.found[slot - 1]! > position) {
          this.found[slot] = this.found[slot - 1]!;
          slot--;
        }
        this.found[slot] = position;
      }
    }
    while (count + found > this.pairs.length / 2) this.pairs = grown(this.pairs);
    for (let f = 0; f < found; f++) {
      this.pairs[2 * (count + f)] = lineIndex;
      this.pairs[2 * (count + f) + 1] = this.found[f]!;
    }
    return count + found;
  }
}

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Pairs as one array per line (undefined: no rule), for `lineCount` lines. */
function perLineOf({ pairs, count }: LineRulePairs, lineCount: number): Array<RuleHits | undefined> {
  const perLine = new Array<RuleHits | undefined>(lineCount).fill(undefined);
  for (let k = 0; k < count; k++) ((perLine[pairs[2 * k]!] as number[] | undefined) ?? (perLine[pairs[2 * k]!] = [])).push(pairs[2 * k + 1]!);
  return perLine;
}

/** The distinct keywords of `rules`, as the index matches them (ASCII lower case). */
export function keywordsOf(rules: readonly Rule[]): string[] {
  return [...new Set(rules.flatMap((rule) => rule.keywords.map(asciiLower)))];
}

/** Tables read from the build (dist/keywords.bin), when the shipped rules are in use. */
let primed: { tables: KeywordTables; known: ReadonlySet<string> } | undefined;

export function primeKeywordTables(tables: KeywordTables): void {
  primed = { tables, known: new Set(tables.keywords) };
}

/** Text read with plain substring tests before the automaton is built: about a tiny commit's worth. */
const NAIVE_CHARS = 16 * 1024;

/**
 * Which rules' keywords a line holds. With the shipped rules the build's tables are read, not
 * built. Otherwise a small scan tests each keyword with includes() and never pays for building
 * the automaton; past NAIVE_CHARS it is built. Both fold ASCII case only, so they agree.
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
    // Tables the build made for the shipped rules serve any list whose keywords they all know.
    if (primed !== undefined && [...this.rulesByKeyword.keys()].every((keyword) => primed!.known.has(keyword))) {
      this.automaton = new KeywordAutomaton(primed.tables, this.rulesByKeyword, this.ruleCount);
    }
  }

  private readonly naiveLimit: number;

  /**
   * Positions of the rules with a keyword in the line `text`, ascending. With `inScope`, rules
   * whose position is 0 there are left out (rules that do not concern the file).
   */
  rulesIn(text: string, inScope?: Uint8Array): RuleHits {
    const hits = this.rulesPerLine([text])[0] ?? NONE;
    return inScope === undefined ? hits : hits.filter((position) => inScope[position] !== 0);
  }

  /** For each of `lines`, the positions of the rules with a keyword on it (undefined: none). */
  rulesPerLine(lines: readonly string[]): Array<RuleHits | undefined> {
    // Keywords never hold a newline, so the joined text splits back into the same lines.
    return perLineOf(this.pairsPerLine(lines.join("\n"), lines.length), lines.length);
  }

  /**
   * The rules with a keyword on each of `count` lines joined with \n (none of them holding one),
   * as flat pairs (see LineRulePairs). They stay valid until the next call.
   */
  pairsPerLine(text: string, count: number): LineRulePairs {
    if (count === 0) return { pairs: new Int32Array(0), count: 0 };
    if (this.automaton === undefined) {
      this.naiveChars += text.length - (count - 1);
      if (this.naiveChars <= this.naiveLimit) {
        const pairs: number[] = [];
        text.split("\n").forEach((line, at) => {
          for (const position of this.naive(line) ?? NONE) pairs.push(at, position);
        });
        return { pairs: Int32Array.from(pairs), count: pairs.length / 2 };
      }
      this.automaton = this.built();
    }
    return this.automaton.pairsPerLine(text);
  }

  private built(): KeywordAutomaton {
    return new KeywordAutomaton(buildKeywordTables([...this.rulesByKeyword.keys()]), this.rulesByKeyword, this.ruleCount);
  }

  private naive(text: string): RuleHits | undefined {
    const lower = asciiLower(text);
    const line = ++this.naiveLine;
    let found: number[] | undefined;
    for (const [keyword, positions] of this.rulesByKeyword) {
      if (!lower.includes(keyword)) continue;
      for (const position of positions) {
        if (this.naiveStamp[position] === line) continue;
        this.naiveStamp[position] = line;
        (found ??= []).push(position);
      }
    }
    return found !== undefined && found.length > 1 ? found.sort((a, b) => a - b) : found;
  }
}

/** Lower-cases A–Z only, as the automaton folds case. */
function asciiLower(text: string): string {
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(text) ? text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()) : text.toLowerCase();
}

const cache = new WeakMap<readonly Rule[], KeywordIndex>();

/** One index per rule list, made on first use. */
export function keywordIndexFor(rules: readonly Rule[]): KeywordIndex {
  let index = cache.get(rules);
  if (!index) {
    index = new KeywordIndex(rules);
    cache.set(rules, index);
  }
  return index;
}
