// Shared settings of the property-based tests: a fixed seed per property and a documented number
// of runs, so `npm test` is deterministic and fast. Locally, run more (or other) cases with
//   STAGEGUARD_PROPERTY_RUNS=2000 STAGEGUARD_PROPERTY_SEED=random npm run jest -- test/property
// A failure prints the seed and the shrunk counterexample; pass the seed back to replay it.

import type { Parameters } from "fast-check";

/** Overrides every property's number of runs (a positive integer). */
export const RUNS_ENV = "STAGEGUARD_PROPERTY_RUNS";
/** Overrides every property's seed: an integer, or `random` for a fresh one per run. */
export const SEED_ENV = "STAGEGUARD_PROPERTY_SEED";

function positiveInteger(name: string, value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed < 1) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return parsed;
}

/** The number of runs of a property: `defaultRuns`, unless STAGEGUARD_PROPERTY_RUNS says otherwise. */
export function runsFor(defaultRuns: number): number {
  const value = process.env[RUNS_ENV];
  return value === undefined || value === "" ? defaultRuns : positiveInteger(RUNS_ENV, value);
}

/**
 * fast-check parameters for one property: its own fixed seed (each property has a distinct one,
 * written next to it) and its default number of runs, both overridable from the environment.
 */
export function propertyParams<T>(seed: number, defaultRuns: number, extra: Parameters<T> = {}): Parameters<T> {
  const override = process.env[SEED_ENV];
  const chosen = override === undefined || override === "" ? seed : override === "random" ? Date.now() ^ (Math.random() * 0x7fffffff) : Number(override);
  if (!Number.isSafeInteger(chosen)) throw new Error(`${SEED_ENV} must be an integer or "random", got "${override}"`);
  return { seed: chosen, numRuns: runsFor(defaultRuns), verbose: 1, ...extra };
}
