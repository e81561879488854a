import { test as base, expect } from '@playwright/test';
import type { TestServer } from '../../fixtures/openai-server/server.ts';
import { testServerFixture } from '../../e2e/support/test-server-fixture.ts';
import { launchParleyFirefox, type ParleyFirefox } from './firefox.ts';

export interface FirefoxFixtures {
  /** The local OpenAI-compatible server, also serving tests/fixtures/pages under /pages/. */
  server: TestServer;
  /** A fresh Firefox profile with Parley installed; the test fails on any error from Parley's code. */
  firefox: ParleyFirefox;
}

export const test = base.extend<FirefoxFixtures>({
  server: testServerFixture,
  firefox: async ({}, use) => {
    const firefox = await launchParleyFirefox();
    try {
      await use(firefox);
      expect(await firefox.errors(), 'errors from Parley in Firefox (pages, content scripts, background page)').toEqual([]);
    } finally {
      await firefox.close();
    }
  },
});

export { expect };
