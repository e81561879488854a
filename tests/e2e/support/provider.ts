import type { Worker } from '@playwright/test';
import { defaultSettings } from '../../../utils/settings/defaults';
import type { Settings } from '../../../utils/settings/schema';
import type { TestServer } from '../../fixtures/openai-server/server.ts';

export const TEST_KEY = 'sk-parley-test-0123456789abcdef';

/**
 * Points Parley at the test server by writing storage from the service worker, for tests whose
 * subject is not the settings page (options.spec.ts configures through the UI like a user).
 */
export async function configureProvider(
  serviceWorker: Worker,
  server: TestServer,
  change: (settings: Settings) => Settings = (settings) => settings,
  apiKey: string = TEST_KEY,
): Promise<Settings> {
  const defaults = defaultSettings('en-US');
  const settings = change({
    ...defaults,
    provider: { ...defaults.provider, preset: 'custom', baseUrl: server.baseUrl, model: 'parley-test-model' },
    // Tests fail fast instead of waiting on the SDK's backoff, unless a test asks for retries.
    request: { ...defaults.request, maxRetries: 0, timeoutSeconds: 10 },
  });
  await serviceWorker.evaluate(
    async ({ settings, apiKey }) => {
      await chrome.storage.local.set({ settings, secrets: { apiKey } });
    },
    { settings, apiKey },
  );
  return settings;
}
