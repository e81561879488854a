import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  // Parallel runs with their own builds (PARLEY_OUT_DIR) keep their own traces too.
  outputDir: process.env.PARLEY_OUT_DIR ? `test-results/${process.env.PARLEY_OUT_DIR.replace(/\W+/g, '-')}` : 'test-results/default',
  // Each test launches its own browser profile; two at a time suits a 2-core machine.
  workers: process.env.CI ? 2 : undefined,
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: { trace: 'retain-on-failure' },
});
