// Secrets in a stream of lines, found by the same rules and detector as a scan: lines go to
// detectFile in batches, as one added file, with the few earlier lines a rule may look at
// carried over (the line above, line 1, a `kind: Secret` line). Pure: no I/O.

import { detectFile } from "../detect/detect-file.js";
import { addedFile } from "../text/content.js";
import type { Rule, RuleSet } from "../rules/compile.js";
import type { Finding, NumberedLine } from "../types.js";

/** One line as the detector sees it: `index` is unique per piece of a cut line, 1-based. */
export interface IndexedLine {
  index: number;
  text: string;
}

/** Only secret rules on content: a redactor has no use for file names, commands or code smells. */
export function secretRulesOf(ruleSet: RuleSet): RuleSet {
  return {
    ...ruleSet,
    rules: ruleSet.contentRules.filter((rule) => rule.category === "secret"),
    contentRules: ruleSet.contentRules.filter((rule) => rule.category === "secret"),
    pathRules: [],
    commandRules: [],
    needsContent: () => false,
  };
}

export class SecretFinder {
  private readonly byId: Map<string, Rule>;
  private readonly fileAnchors: RegExp[];
  private first: NumberedLine | undefined;
  private previous: NumberedLine | undefined;
  /** For each `requireInFile` regex, the latest earlier line that holds it. */
  private readonly anchors = new Map<RegExp, NumberedLine>();

  /** `ruleSet` from secretRulesOf; `path` decides which path-scoped rules apply (`.env`, `*.yaml`). */
  constructor(
    private readonly ruleSet: RuleSet,
    private readonly path: string,
  ) {
    this.byId = new Map(ruleSet.contentRules.map((rule) => [rule.id, rule]));
    this.fileAnchors = [...new Set(ruleSet.contentRules.flatMap((rule) => rule.requireInFile))];
  }

  rule(id: string): Rule | undefined {
    return this.byId.get(id);
  }

  /** Findings in `lines` (consecutive, in order), sorted by line then column. */
  find(lines: readonly IndexedLine[]): Finding[] {
    if (lines.length === 0) return [];
    const addedLines: NumberedLine[] = lines.map((line) => ({ line: line.index, text: line.text }));
    const context = new Map<number, NumberedLine>();
    for (const line of [this.first, ...this.anchors.values(), this.previous]) if (line) context.set(line.line, line);
    const file = addedFile(this.path, addedLines, {
      size: addedLines.reduce((sum, line) => sum + line.text.length + 1, 0),
      contextLines: [...context.values()].sort((a, b) => a.line - b.line),
    });
    const findings = detectFile(file, this.ruleSet);
    this.remember(addedLines);
    return findings;
  }

  private remember(lines: readonly NumberedLine[]): void {
    if (this.first === undefined && lines[0]?.line === 1) this.first = lines[0];
    this.previous = lines[lines.length - 1];
    for (const anchor of this.fileAnchors) {
      for (let i = lines.length - 1; i >= 0; i--) {
        anchor.lastIndex = 0;
        if (anchor.test(lines[i]!.text)) {
          this.anchors.set(anchor, lines[i]!);
          break;
        }
      }
    }
  }
}
