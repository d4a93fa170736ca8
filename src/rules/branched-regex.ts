// A long pattern that is an alternation of many branches (the generic detector's: one branch
// per syntax that pairs a name with a value) costs ~10–25 ms to compile on its first run, which
// is most of what a small commit's scan spends on detection. Run as separate regexes, each
// compiled only when a line holds a literal that its branch cannot match without, most branches
// are never compiled at all. Matches are exactly the whole pattern's: the leftmost match of any
// branch, the earlier branch on a tie, with the group numbers of the whole pattern.
// Each run of a branch reads the line again, so once a rule has been run on enough lines (a big
// change), the whole pattern is compiled after all: its one pass is 2-3× faster per line.

import { countCapturingGroups, gateOf, splitAlternatives } from "./regex-source.js";

/** What the detectors use of a rule's regex (a RegExp is one). */
export interface RuleRegex {
  lastIndex: number;
  readonly source: string;
  readonly flags: string;
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
}

/** Shorter patterns compile in about a millisecond: splitting them buys nothing. */
const SPLIT_FROM_LENGTH = 1000;
/**
 * Runs after which the whole pattern takes over. Branch by branch costs ~0.01 ms more per line
 * on the generic detector; compiling the whole costs ~20 ms: even after ~2,000 lines.
 */
export const WHOLE_PATTERN_AFTER = 2000;

/**
 * How a pattern splits into branches, worked out at build time (dist/rules.bundle.json): reading
 * a 6 KB source character by character in a cold process costs ~5-10 ms, more than it saves.
 */
export interface BranchLayout {
  /** Where each branch ends in the source (the `|` after it, or the source's length). */
  ends: number[];
  /** Per branch: it can only match a line holding one of these (lower-cased under `i`); empty: always try. */
  gates: string[][];
  /** Per branch: its capturing groups. */
  groups: number[];
}

/** The rule's regex: the pattern itself, or its branches run one by one when that pays. */
export function ruleRegex(source: string, flags: string, layout?: BranchLayout): RuleRegex {
  const made = layout ?? branchLayout(source, flags);
  return made === undefined ? new RegExp(source, flags) : new BranchedRegExp(source, flags, made);
}

/** The layout of a pattern worth running by branches; undefined for any other. */
export function branchLayout(source: string, flags: string, fromLength = SPLIT_FROM_LENGTH): BranchLayout | undefined {
  // Back-references and named groups would change meaning once the groups are renumbered.
  if (source.length < fromLength || /\\k<|\\[1-9]|\(\?<[^=!]/.test(source)) return undefined;
  const branches = splitAlternatives(source);
  if (branches.length === 1) return undefined;
  const ends: number[] = [];
  let end = -1;
  for (const branch of branches) ends.push((end += branch.length + 1));
  const ignoreCase = flags.includes("i");
  return { ends, gates: branches.map((branch) => gateOf(branch, ignoreCase)), groups: branches.map(countCapturingGroups) };
}

interface Branch {
  source: string;
  gate: readonly string[];
  /** Where the branch's groups start in the whole pattern's numbering. */
  groupOffset: number;
  regex: RegExp | undefined;
}

export class BranchedRegExp implements RuleRegex {
  lastIndex = 0;
  private readonly branches: Branch[];
  private readonly groupCount: number;
  private readonly ignoreCase: boolean;
  private seenText = "";
  private seenLower = "";
  private runs = 0;
  private whole: RegExp | undefined;

  constructor(
    readonly source: string,
    readonly flags: string,
    readonly layout: BranchLayout,
    private readonly wholeAfter = WHOLE_PATTERN_AFTER,
  ) {
    this.ignoreCase = flags.includes("i");
    let offset = 0;
    let start = 0;
    this.branches = layout.ends.map((end, at) => {
      const branch: Branch = { source: source.slice(start, end), gate: layout.gates[at]!, groupOffset: offset, regex: undefined };
      start = end + 1;
      offset += layout.groups[at]!;
      return branch;
    });
    this.groupCount = offset;
  }

  exec(text: string): RegExpExecArray | null {
    if (this.whole === undefined && ++this.runs > this.wholeAfter) this.whole = new RegExp(this.source, this.flags);
    if (this.whole !== undefined) {
      this.whole.lastIndex = this.lastIndex;
      const match = this.whole.exec(text);
      this.lastIndex = this.whole.lastIndex;
      return match;
    }
    const from = this.lastIndex;
    if (from > text.length) return this.miss();
    let best: RegExpExecArray | null = null;
    let bestBranch: Branch | undefined;
    for (const branch of this.branches) {
      if (branch.gate.length > 0 && !this.holdsAny(text, branch.gate)) continue;
      const regex = (branch.regex ??= new RegExp(branch.source, this.flags));
      regex.lastIndex = from;
      const match = regex.exec(text);
      if (match === null || (best !== null && match.index >= best.index)) continue;
      best = match;
      bestBranch = branch;
      if (match.index === from) break; // no later branch can start earlier
    }
    if (best === null) return this.miss();
    this.lastIndex = best.index + best[0].length;
    return this.renumber(best, bestBranch!, text);
  }

  test(text: string): boolean {
    return this.exec(text) !== null;
  }

  private miss(): null {
    this.lastIndex = 0;
    return null;
  }

  private holdsAny(text: string, literals: readonly string[]): boolean {
    let haystack = text;
    if (this.ignoreCase) {
      if (text !== this.seenText) {
        this.seenText = text;
        this.seenLower = text.toLowerCase();
      }
      haystack = this.seenLower;
    }
    return literals.some((literal) => haystack.includes(literal));
  }

  /** The branch's match as the whole pattern reports it: its groups at their numbers there. */
  private renumber(match: RegExpExecArray, branch: Branch, text: string): RegExpExecArray {
    const whole = new Array<string | undefined>(this.groupCount + 1) as unknown as RegExpExecArray;
    whole[0] = match[0];
    for (let group = 1; group < match.length; group++) whole[branch.groupOffset + group] = match[group]!;
    whole.index = match.index;
    whole.input = text;
    whole.groups = undefined;
    if (match.indices) {
      const indices = new Array<[number, number] | undefined>(this.groupCount + 1) as unknown as RegExpIndicesArray;
      indices[0] = match.indices[0]!;
      for (let group = 1; group < match.indices.length; group++) indices[branch.groupOffset + group] = match.indices[group]!;
      whole.indices = indices;
    }
    return whole;
  }
}
