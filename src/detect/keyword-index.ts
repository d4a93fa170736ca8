// The prefilter: which rules can match a file at all. One pass of one regex over the file's
// lower-cased text finds every keyword present, instead of one scan per keyword per rule
// (160 rules × 2 keywords would read each file 300 times).

import type { Rule } from "../rules/compile.js";

export class KeywordIndex {
  private readonly pattern: RegExp;
  /** For each keyword, the keywords that are prefixes of it (they match wherever it does). */
  private readonly prefixesOf = new Map<string, string[]>();
  private readonly rulesByKeyword = new Map<string, Rule[]>();

  constructor(rules: readonly Rule[]) {
    for (const rule of rules) {
      for (const keyword of rule.keywords) this.rulesByKeyword.set(keyword, [...(this.rulesByKeyword.get(keyword) ?? []), rule]);
    }
    // Longest first: at one position the regex reports the longest keyword; the shorter ones
    // starting there are exactly its prefixes, added back through prefixesOf.
    const keywords = [...this.rulesByKeyword.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    for (const keyword of keywords) this.prefixesOf.set(keyword, keywords.filter((other) => other !== keyword && keyword.startsWith(other)));
    const alternatives = keywords.map((keyword) => keyword.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    this.pattern = new RegExp(alternatives.length > 0 ? alternatives.join("|") : "(?!)", "g");
  }

  /** The rules (in their original order) with at least one keyword in `lowerText`. */
  rulesFor(lowerText: string, inScope: readonly Rule[]): Rule[] {
    const present = new Set<string>();
    const pattern = new RegExp(this.pattern);
    for (let match = pattern.exec(lowerText); match !== null; match = pattern.exec(lowerText)) {
      const keyword = match[0];
      if (!present.has(keyword)) {
        present.add(keyword);
        for (const prefix of this.prefixesOf.get(keyword) ?? []) present.add(prefix);
      }
      // Step one character, not past the match, so keywords that overlap it are found too.
      pattern.lastIndex = match.index + 1;
    }
    return inScope.filter((rule) => rule.keywords.some((keyword) => present.has(keyword)));
  }
}

const cache = new WeakMap<readonly Rule[], KeywordIndex>();

/** One index per rule list, built on first use. */
export function keywordIndexFor(rules: readonly Rule[]): KeywordIndex {
  let index = cache.get(rules);
  if (!index) {
    index = new KeywordIndex(rules);
    cache.set(rules, index);
  }
  return index;
}
