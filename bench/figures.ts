import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Which build a figure was measured on: the shipped one, or none (sizes on disk, prompt text). */
export type BuildKind = 'production' | 'none';

/** The same measurement taken on the reference extension (bench/reference/), turn about with Parley's. */
export interface Floor {
  /** What the reference did, for the table. */
  label: string;
  p50: number;
  p95: number;
  runs: number;
}

/** One measured figure, as the bench files hand it to the report. */
export interface Figure {
  /** Stable id; budgets.ts names the same ids. */
  id: string;
  label: string;
  unit: 'ms' | 'KB' | 'MB' | 'tokens' | 'requests' | 'count';
  /** A single value (a size, a count), or the median where `samples` exist. */
  value: number;
  p50?: number;
  p95?: number;
  runs?: number;
  build: BuildKind;
  note?: string;
  /** The floor measured in the same run; the report gives Parley's figure as a ratio of it. */
  floor?: Floor;
}

/** Nearest-rank percentile: a value that was really measured, never an interpolation. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** A timed figure: p50 is its value, p95 beside it. */
export function timed(id: string, label: string, samples: readonly number[], extra: Partial<Figure> = {}): Figure {
  const p50 = round(percentile(samples, 50));
  return { id, label, unit: 'ms', value: p50, p50, p95: round(percentile(samples, 95)), runs: samples.length, build: 'production', ...extra };
}

export function floorOf(label: string, samples: readonly number[]): Floor {
  return { label, p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), runs: samples.length };
}

/** How many times each timed figure is measured; the issue asks for at least 20. */
export const RUNS = Number(process.env.BENCH_RUNS ?? 20);

/** Where the bench files leave their figures for run.ts (one JSON file per measurement). */
export function saveFigures(name: string, figures: Figure[]): void {
  const dir = process.env.BENCH_FIGURES_DIR;
  if (!dir) throw new Error('BENCH_FIGURES_DIR is not set: start the bench with `npm run bench`.');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(figures, null, 2));
}
