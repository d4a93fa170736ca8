// Reading a regex's source without compiling it (compiling a long one is what costs): its groups,
// its top-level alternatives, and the literal text any match must contain.

/** Counts capturing groups by reading the source: no compilation needed. */
export function countCapturingGroups(source: string): number {
  let count = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === "\\") i++;
    else if (char === "[") i = classEnd(source, i);
    else if (char === "(" && (source[i + 1] !== "?" || (source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!"))) count++;
  }
  return count;
}

/** The pattern's top-level alternatives (the whole source when it has none). */
export function splitAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === "\\") i++;
    else if (char === "[") i = classEnd(source, i);
    else if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (char === "|" && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/** Index of the `]` closing the class that opens at `open`. */
function classEnd(source: string, open: number): number {
  // In JavaScript a `]` right after `[` or `[^` closes the class (`[]` matches nothing, `[^]` anything).
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "]") return i;
  }
  return source.length;
}

/** Index just past the `)` matching the `(` at `open`. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const char = source[i];
    if (char === "\\") i++;
    else if (char === "[") i = classEnd(source, i);
    else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return i + 1;
  }
  return source.length;
}

const QUANTIFIER = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/;
/** Escapes that stand for one literal character (the rest are classes, assertions or references). */
const LITERAL_ESCAPE = /^[^A-Za-z0-9]$/;

type Atom = { literal: string } | { anyOf: string[] } | { zeroWidth: true } | { other: true };

/**
 * Literal text every match of `branch` contains: one string, or a set of alternatives one of
 * which it contains. The longest such requirement found on the branch's top level wins; empty
 * when there is none (the branch is always tried).
 */
export function gateOf(branch: string, ignoreCase: boolean): string[] {
  const candidates: string[][] = [];
  let run = "";
  const endRun = (): void => {
    if (run.length > 0) candidates.push([run]);
    run = "";
  };
  for (const { atom, optional } of topLevelAtoms(branch)) {
    if ("zeroWidth" in atom) continue; // \b, ^, lookarounds: the text on both sides stays adjacent
    if (optional || "other" in atom) endRun();
    else if ("literal" in atom) run += atom.literal;
    else {
      endRun();
      candidates.push(atom.anyOf);
    }
  }
  endRun();
  let best: string[] = [];
  let bestLength = 0;
  for (const candidate of candidates) {
    if (candidate.some((literal) => !/^[\x20-\x7e]+$/.test(literal))) continue;
    const shortest = Math.min(...candidate.map((literal) => literal.length));
    if (shortest > bestLength) {
      best = candidate;
      bestLength = shortest;
    }
  }
  return ignoreCase ? best.map((literal) => literal.toLowerCase()) : best;
}

/** The whole of `source` as one literal string, or undefined when any part of it is not literal. */
function literalOf(source: string): string | undefined {
  let text = "";
  for (const { atom, optional } of topLevelAtoms(source)) {
    if (optional || !("literal" in atom)) return undefined;
    text += atom.literal;
  }
  return text;
}

function* topLevelAtoms(source: string): Generator<{ atom: Atom; optional: boolean }> {
  let i = 0;
  while (i < source.length) {
    const char = source[i]!;
    let atom: Atom;
    let end: number;
    if (char === "\\") {
      const escaped = source[i + 1] ?? "";
      end = i + 2;
      if (escaped === "b" || escaped === "B") atom = { zeroWidth: true };
      else if (LITERAL_ESCAPE.test(escaped)) atom = { literal: escaped };
      else {
        atom = { other: true };
        if (escaped === "x") end = i + 4;
        else if (escaped === "u") end = i + 6;
        else if (escaped === "c") end = i + 3;
      }
    } else if (char === "[") {
      atom = { other: true };
      end = classEnd(source, i) + 1;
    } else if (char === "(") {
      end = groupEnd(source, i);
      const inner = source.slice(i + 1, end - 1);
      if (/^\?<?[=!]/.test(inner)) atom = { zeroWidth: true };
      else {
        const body = inner.replace(/^\?(?::|<[^>]*>)/, "");
        const literals = splitAlternatives(body).map(literalOf);
        atom = literals.every((literal): literal is string => literal !== undefined && literal.length > 0) ? { anyOf: literals } : { other: true };
      }
    } else if (char === "^" || char === "$") {
      atom = { zeroWidth: true };
      end = i + 1;
    } else if (char === ".") {
      atom = { other: true };
      end = i + 1;
    } else {
      atom = { literal: char };
      end = i + 1;
    }
    const quantifier = QUANTIFIER.exec(source.slice(end, end + 12));
    let optional = false;
    if (quantifier) {
      end += quantifier[0].length;
      // `x+` still requires x, but not next to what follows: only a required literal run counts.
      optional = true;
      if ("literal" in atom || "anyOf" in atom) {
        const least = quantifier[1] !== undefined ? Number(quantifier[1]) : quantifier[0][0] === "+" ? 1 : 0;
        if (least >= 1) {
          yield { atom, optional: false };
          yield { atom: { other: true }, optional: true };
          i = end;
          continue;
        }
      }
    }
    yield { atom, optional };
    i = end;
  }
}
