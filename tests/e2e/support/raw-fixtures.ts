import { test as base } from '@playwright/test';
import type { TestServer } from '../../fixtures/openai-server/server.ts';
import { launchRawChromium, type RawChromium } from './raw-chromium.ts';
import { testServerFixture } from './test-server-fixture.ts';

export interface RawFixtures {
  /** The local OpenAI-compatible test server, closed after the test. */
  server: TestServer;
  /** Launches Chromium with Parley and no debugger on its worker (raw-chromium.ts); every browser it launched is closed after the test. */
  launchRaw: (options?: { userDataDir?: string }) => Promise<RawChromium>;
}

/** For the MV3 lifetime tests: Playwright's runner, but Chromium launched and driven over raw CDP. */
export const rawTest = base.extend<RawFixtures>({
  server: testServerFixture,
  launchRaw: async ({}, use) => {
    const launched: RawChromium[] = [];
    await use(async (options) => {
      const browser = await launchRawChromium(options);
      launched.push(browser);
      return browser;
    });
    for (const browser of launched.reverse()) await browser.close();
  },
});

export { expect } from '@playwright/test';
