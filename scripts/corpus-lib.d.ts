// Types for scripts/corpus-lib.js (used by test/integration/corpus.test.ts).
export type Random = () => number;
export type Expand = (template: string, random: Random) => string;
export type Segment =
  | { kind: "text"; text: string }
  | { kind: "label"; type: string; template: string }
  | { kind: "mark"; type: string }
  | { kind: "fill"; template: string }
  | { kind: "case" };
/** `whole`: a line label (`⟪!type⟫`), whose value is the line's own text. */
export interface Label { line: number; endLine: number; type: string; value: string; whole?: boolean }
export interface Positive extends Label { file: string; stored: string }
export interface NegativeCase { file: string; stored: string; line: number }
export interface Materialized {
  files: Array<{ file: string; stored: string; bytes: number }>;
  positives: Positive[];
  negatives: NegativeCase[];
  errors: string[];
  bytes: number;
}
export const LABEL_OPEN: string;
export const LABEL_CLOSE: string;
export const FILL_OPEN: string;
export const FILL_CLOSE: string;
export function makeExpander(expandTemplate: Expand): Expand;
export function materializedPath(storedPath: string): string;
export function listCorpusFiles(root: string): string[];
export function parseLine(line: string): Segment[];
export function expandFile(raw: string, expand: Expand, random: Random): { text: string; labels: Label[]; cases: number[]; errors: string[] };
export function materializeCorpus(
  corpusRoot: string,
  options: { expand: Expand; seededRandom: (seed: string) => Random; seed: string | number; outDir?: string },
): Materialized;
export function shannonEntropy(value: string): number;
export function literalSecretShapes(raw: string, threshold?: number): Array<{ line: number; run: string }>;
export function strayGenerators(raw: string): number[];
export function redact(value: unknown): string;
export function isDirectory(path: string): boolean;
