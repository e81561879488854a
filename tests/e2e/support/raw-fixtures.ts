import { test as base } from '@playwright/test';
import { startTestServer, type TestServer } from '../../fixtures/openai-server/server.ts';
import { launchRawChromium, type RawChromium } from './raw-chromium.ts';

export interface RawFixtures {
  /** The local OpenAI-compatible test server, closed after the test. */
  server: TestServer;
  /** Launches Chromium with Parley and no debugger on its worker (raw-chromium.ts); every browser it launched is closed after the test. */
  launchRaw: (options?: { userDataDir?: string }) => Promise<RawChromium>;
}

/** For the MV3 lifetime tests: Playwright's runner, but Chromium launched and driven over raw CDP. */
export const rawTest = base.extend<RawFixtures>({
  server: async ({}, use) => {
    const server = await startTestServer();
    await use(server);
    await server.close();
  },
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
