// Applies the project's per-category and per-rule levels to the compiled rules: "off" removes a
// rule, "warn"/"block" set its severity. A rule id the rules do not have is an error (a typo
// would otherwise silently keep a rule the team meant to switch off, or on).

import { ConfigError } from "../errors.js";
import { ruleSetOf, type Rule, type RuleSet } from "../rules/compile.js";
import type { StageguardConfig } from "./load-config.js";

export function applyLevels(ruleSet: RuleSet, config: Pick<StageguardConfig, "categories" | "rules" | "source">): RuleSet {
  const known = new Set(ruleSet.rules.map((rule) => rule.id));
  const unknown = Object.keys(config.rules).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new ConfigError(unknown.map((id) => `${config.source ?? "config"}: rules.${id}: no such rule (see \`stageguard rules\`)`));
  }
  if (Object.keys(config.rules).length === 0 && Object.keys(config.categories).length === 0) return ruleSet;
  const adjust = (rules: readonly Rule[]): Rule[] =>
    rules.flatMap((rule) => {
      const level = config.rules[rule.id] ?? config.categories[rule.category];
      if (level === undefined) return [rule];
      return level === "off" ? [] : [{ ...rule, severity: level }];
    });
  return ruleSetOf(adjust(ruleSet.rules));
}
