// Turns batches of lines into redacted lines: secrets (the project's secret rules) become
// `<REDACTED:rule-id>`, multi-line key bodies are replaced line by line, and the default profile
// adds typed placeholders (pii.ts). Stateful only across batches of one input. Pure: no I/O.

import type { RuleSet } from "../rules/compile.js";
import type { Finding } from "../types.js";
import { KeyBlocks, matchEndAround } from "./key-blocks.js";
import type { LineEnding, SourceLine } from "./line-stream.js";
import { createPiiFinder } from "./pii.js";
import { SecretFinder, secretRulesOf } from "./secret-spans.js";
import { applySpans, secretPlaceholder, type Span } from "./spans.js";

/** `default`: secrets and the typed placeholders. `secrets`: secrets only. */
export type Profile = "default" | "secrets";

/** What replaces a run too long to check (see line-stream.ts). */
export const OVERSIZED_KIND = "oversized";

export interface RedactorOptions {
  /** The project's rules after its levels (a rule switched off does not redact). */
  ruleSet: RuleSet;
  /** The input's name: path-scoped rules (`.env`, `*.yaml`) apply by it. */
  path: string;
  profile: Profile;
  /** Extra internal domains whose host names become `<HOST>`. */
  internalDomains?: readonly string[];
}

export interface RedactedLine {
  line: number;
  text: string;
  ending: LineEnding;
  /** What was replaced on this line (rule ids, `email`, `ip`…); empty when nothing changed. */
  kinds: string[];
}

const secretRuleSets = new WeakMap<RuleSet, RuleSet>();

export class Redactor {
  private readonly secrets: SecretFinder;
  private readonly pii: ((text: string) => Span[]) | undefined;
  private readonly blocks = new KeyBlocks();
  private nextIndex = 1;

  constructor(options: RedactorOptions) {
    let secretRules = secretRuleSets.get(options.ruleSet);
    if (!secretRules) secretRuleSets.set(options.ruleSet, (secretRules = secretRulesOf(options.ruleSet)));
    this.secrets = new SecretFinder(secretRules, options.path);
    this.pii = options.profile === "default" ? createPiiFinder({ internalDomains: options.internalDomains ?? [] }) : undefined;
  }

  /** The next consecutive lines of the input, redacted, in order. */
  redact(lines: readonly SourceLine[]): RedactedLine[] {
    const indexed = lines.map((line) => ({ line, index: this.nextIndex++ }));
    const findings = this.secrets.find(indexed.filter(({ line }) => !line.oversized).map(({ line, index }) => ({ index, text: line.text })));
    const byIndex = new Map<number, Finding[]>();
    for (const finding of findings) {
      const list = byIndex.get(finding.line!);
      if (list) list.push(finding);
      else byIndex.set(finding.line!, [finding]);
    }
    return indexed.map(({ line, index }) => this.redactLine(line, byIndex.get(index) ?? []));
  }

  private redactLine(source: SourceLine, findings: readonly Finding[]): RedactedLine {
    if (source.oversized) return { line: source.line, text: secretPlaceholder(OVERSIZED_KIND), ending: source.ending, kinds: [OVERSIZED_KIND] };
    const { text } = source;
    const spans: Span[] = [];
    let resumeAt = 0;
    if (this.blocks.isOpen) {
      const part = this.blocks.continueOn(text);
      spans.push(...part.spans);
      resumeAt = part.resumeAt;
    }
    for (const finding of findings) {
      const start = finding.column! - 1;
      const end = finding.endColumn! - 1;
      if (resumeAt === -1 || start < resumeAt) continue;
      const rule = this.secrets.rule(finding.ruleId);
      if (rule?.continuesUntil) {
        // The opening line stays readable (`-----BEGIN … PRIVATE KEY-----`); what follows it goes.
        const part = this.blocks.openAfter(rule, text, matchEndAround(rule, text, start, end));
        spans.push(...part.spans);
        resumeAt = part.resumeAt;
      } else {
        spans.push({ start, end, replacement: secretPlaceholder(finding.ruleId), kind: finding.ruleId });
      }
    }
    if (this.pii) spans.push(...this.pii(text));
    const applied = applySpans(text, spans);
    return { line: source.line, text: applied.text, ending: source.ending, kinds: applied.kinds };
  }
}
