import { defineConfig } from '@playwright/test';

// The bench's own runner config: one worker, so measurements never share the 2 cores with each other.
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  outputDir: process.env.PARLEY_OUT_DIR ? `../test-results/bench-${process.env.PARLEY_OUT_DIR.replace(/\W+/g, '-')}` : '../test-results/bench',
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 300_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: { trace: 'off' },
});
