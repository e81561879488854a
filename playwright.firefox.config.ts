import { defineConfig } from '@playwright/test';

// Firefox ESR driven by puppeteer-core over WebDriver BiDi (tests/firefox/support/firefox.ts);
// Playwright is only the runner here. One Firefox per test, one at a time: Firefox is heavier
// than Chromium, and the machine has 2 cores.
export default defineConfig({
  testDir: 'tests/firefox',
  outputDir: 'test-results/firefox',
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 90_000,
  reporter: [['list']],
});
