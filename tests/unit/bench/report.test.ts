import { describe, expect, it } from 'vitest';
import { judge } from '../../../bench/report.ts';
import type { Figure } from '../../../bench/figures.ts';

// The bench's verdicts: a timing is judged against the floor measured in the same run.

const warm = (p50: number, p95: number, floorP50: number): Figure => ({
  id: 'translate.firstToken.warm',
  label: 'Menu click to first token in the bubble (warm worker)',
  unit: 'ms',
  value: p50,
  p50,
  p95,
  runs: 20,
  build: 'production',
  floor: { label: 'reference', p50: floorP50, p95: floorP50 * 1.5, runs: 20 },
});

describe('judge', () => {
  it('passes a warm click within 2× its floor and with a p95 within 2× its own p50', () => {
    const [row] = judge([warm(60, 110, 40)]);
    expect(row?.pass).toBe(true);
    expect(row?.ratio).toEqual({ p50: 1.5, p95: 1.83 });
    expect(row?.misses).toEqual([]);
  });

  it('names the missed ratio and the missed tail of the same figure', () => {
    const [row] = judge([warm(100, 500, 40)]);
    expect(row?.pass).toBe(false);
    expect(row?.misses).toEqual([
      'translate.firstToken.warm: p50 100 ms is 2.5× the floor\'s 40 ms (budget 2×)',
      'translate.firstToken.warm: p95 500 ms is 5× its own p50 100 ms (budget 2×)',
    ]);
  });

  it('fails a ratio budget when no floor was measured instead of passing it silently', () => {
    const { floor: _floor, ...withoutFloor } = warm(60, 80, 40);
    const [row] = judge([withoutFloor]);
    expect(row?.pass).toBe(false);
    expect(row?.misses[0]).toMatch(/no floor was measured/);
  });

  it('keeps fixed budgets for sizes: the start-time background bundle over 300 KB gzip fails', () => {
    const [row] = judge([{ id: 'size.background.gzip', label: 'Background service worker (gzip)', unit: 'KB', value: 595.7, build: 'production' }]);
    expect(row?.misses).toEqual(['size.background.gzip: 595.7 KB > 300 KB']);
  });
});
