import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { BUDGETS } from './budgets.ts';
import type { Figure } from './figures.ts';

export interface Row extends Figure {
  budget: number | null;
  pass: boolean | null;
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

export function judge(figures: Figure[]): Row[] {
  return figures.map((figure) => {
    const budget = BUDGETS[figure.id];
    return { ...figure, budget: budget?.max ?? null, pass: budget ? figure.value <= budget.max : null };
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

/** A Markdown table: readable in the terminal, pasted as is into the README. */
export function markdownTable(results: Results): string {
  const lines = ['| Figure | Value | Budget | Result | Build |', '|---|---|---|---|---|'];
  for (const row of results.figures) {
    const budget = row.budget === null ? '' : `≤ ${row.budget} ${row.unit}`;
    const verdict = row.pass === null ? '' : row.pass ? 'pass' : '**FAIL**';
    lines.push(`| ${row.label} | ${valueCell(row)} | ${budget} | ${verdict} | ${row.build} |`);
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
