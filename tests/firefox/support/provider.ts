import type { Page } from 'puppeteer-core';
import { defaultSettings } from '../../../utils/settings/defaults';
import type { Settings } from '../../../utils/settings/schema';
import type { TestServer } from '../../fixtures/openai-server/server.ts';
import { TEST_KEY } from '../../e2e/support/provider.ts';

/** Points Parley at the test server by writing storage from an extension page, for tests whose subject is not the settings page. */
export async function configureProvider(control: Page, server: TestServer): Promise<Settings> {
  const defaults = defaultSettings('en-US');
  const settings: Settings = {
    ...defaults,
    provider: { ...defaults.provider, preset: 'custom', baseUrl: server.baseUrl, model: 'parley-test-model' },
    // Tests fail fast instead of waiting on the SDK's backoff.
    request: { ...defaults.request, maxRetries: 0, timeoutSeconds: 10 },
  };
  await control.evaluate(
    async (settings, apiKey) => {
      await (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.set({ settings, secrets: { apiKey } });
    },
    settings,
    TEST_KEY,
  );
  return settings;
}
