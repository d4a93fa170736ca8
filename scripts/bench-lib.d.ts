// Types for scripts/bench-lib.js (used by test/integration/bench-scenarios.test.ts).
export type Random = () => number;
export interface Planted { file: string; line: number; type: string }
export interface ScenarioContext {
  expand: (template: string, random: Random) => string;
  seededRandom: (seed: string) => Random;
  seed: string;
  scale?: number;
  env: NodeJS.ProcessEnv;
  nodeModules: string;
}
export interface StagedStats { files: number; statuses: Record<string, number>; addedLines: number }
export const SCENARIO_NAMES: string[];
export const HEAVY_SCENARIOS: Set<string>;
export const PLANTED_TEMPLATES: Array<{ type: string; template: string }>;
export function isolatedEnv(home: string, base?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export function git(cwd: string, args: string[], env: NodeJS.ProcessEnv, input?: string): string;
export function buildScenario(name: string, dir: string, ctx: ScenarioContext): { planted: Planted[]; description: string };
export function selectSourceFiles(nodeModules: string, limits: { maxFiles: number; maxBytes: number }): Array<{ rel: string; size: number; source: string }>;
export function minifiedLine(random: Random, bytes: number, secrets?: Array<{ value: string; at: number }>): string;
export function stagedPaths(repo: string, env: NodeJS.ProcessEnv): string[];
export function stagedStats(repo: string, env: NodeJS.ProcessEnv): StagedStats;
export function exportStaged(repo: string, out: string, env: NodeJS.ProcessEnv): { files: number; bytes: number };
export function median(values: number[]): number;
export function describeMachine(root: string): Record<string, string | number | null>;
