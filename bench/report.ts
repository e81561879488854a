import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { BUDGETS, type Budget } from './budgets.ts';
import { round, type Figure } from './figures.ts';

export interface Row extends Figure {
  /** Parley's p50 and p95 as multiples of the floor's, when the figure has a floor. */
  ratio?: { p50: number; p95: number };
  /** The budget in words (`≤ 1.5× floor p50`), or null for a figure without one. */
  budget: string | null;
  pass: boolean | null;
  /** What missed the budget, naming the figure: printed when the bench fails. */
  misses: string[];
}

export interface Results {
  date: string;
  machine: { cores: number; cpu: string; memoryGb: number; os: string; node: string };
  browser: string;
  figures: Row[];
}

function browserVersion(executable: string | undefined): string {
  if (!executable) return 'Playwright’s Chromium';
  try {
    return execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return executable;
  }
}

function budgetWords(budget: Budget, unit: string): string {
  if (budget.kind === 'max') return `≤ ${budget.max} ${unit}`;
  return `p50 ≤ ${budget.maxRatio}× floor p50${budget.maxTail ? `; p95 ≤ ${budget.maxTail}× own p50` : ''}`;
}

function missesOf(figure: Figure, budget: Budget): string[] {
  if (budget.kind === 'max') return figure.value <= budget.max ? [] : [`${figure.id}: ${figure.value} ${figure.unit} > ${budget.max} ${figure.unit}`];
  if (!figure.floor || figure.p50 === undefined) return [`${figure.id}: no floor was measured, so its ratio budget cannot be judged`];
  const misses: string[] = [];
  const ratio = figure.p50 / figure.floor.p50;
  if (ratio > budget.maxRatio) misses.push(`${figure.id}: p50 ${figure.p50} ms is ${round(ratio, 2)}× the floor's ${figure.floor.p50} ms (budget ${budget.maxRatio}×)`);
  if (budget.maxTail && figure.p95 !== undefined && figure.p95 > budget.maxTail * figure.p50) {
    misses.push(`${figure.id}: p95 ${figure.p95} ms is ${round(figure.p95 / figure.p50, 2)}× its own p50 ${figure.p50} ms (budget ${budget.maxTail}×)`);
  }
  return misses;
}

export function judge(figures: Figure[]): Row[] {
  return figures.map((figure) => {
    const budget = BUDGETS[figure.id];
    const ratio = figure.floor && figure.p50 !== undefined && figure.p95 !== undefined ? { p50: round(figure.p50 / figure.floor.p50, 2), p95: round(figure.p95 / figure.floor.p95, 2) } : undefined;
    const misses = budget ? missesOf(figure, budget) : [];
    return { ...figure, ...(ratio ? { ratio } : {}), budget: budget ? budgetWords(budget, figure.unit) : null, pass: budget ? misses.length === 0 : null, misses };
  });
}

export function collectResults(figures: Figure[], chromiumExecutable: string | undefined): Results {
  return {
    date: new Date().toISOString(),
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
      os: `${os.type()} ${os.release()} (${os.platform()} ${os.arch()})`,
      node: process.version,
    },
    browser: browserVersion(chromiumExecutable),
    figures: judge(figures),
  };
}

function valueCell(row: Row): string {
  const unit = row.unit === 'count' ? '' : ` ${row.unit}`;
  if (row.p50 === undefined) return `${row.value}${unit}`;
  return `p50 ${row.p50}${unit} · p95 ${row.p95 ?? '?'}${unit} (${row.runs ?? '?'} runs)`;
}

function floorCell(row: Row): string {
  if (!row.floor) return '';
  return `p50 ${row.floor.p50} ms · p95 ${row.floor.p95} ms (${row.floor.label})`;
}

/** A Markdown table: readable in the terminal, pasted as is into the README. */
export function markdownTable(results: Results): string {
  const lines = ['| Figure | Parley | Floor (reference extension, same run) | Ratio p50 · p95 | Budget | Result |', '|---|---|---|---|---|---|'];
  for (const row of results.figures) {
    const ratio = row.ratio ? `${row.ratio.p50}× · ${row.ratio.p95}×` : '';
    const verdict = row.pass === null ? '' : row.pass ? 'pass' : '**FAIL**';
    lines.push(`| ${row.label} | ${valueCell(row)} | ${floorCell(row)} | ${ratio} | ${row.budget ?? ''} | ${verdict} |`);
  }
  return lines.join('\n');
}

export function machineLine(results: Results): string {
  const { machine } = results;
  return `${results.date.slice(0, 10)} · ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB · ${machine.os} · ${results.browser} · Node ${machine.node}`;
}

export function writeResults(file: string, results: Results): void {
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
