import { expect, test } from './support/fixtures.ts';
import { choose, click, fill, role, textOf, waitForText } from './support/page.ts';

const KEY = 'sk-firefox-options-4d2b8e6a1c';

test('in Firefox, a user configures a provider on the options page, tests the connection and saves', async ({ firefox, server }) => {
  server.setApiKey(KEY);
  const page = await firefox.openExtensionPage('options.html');
  await choose(page, role('combobox', 'Provider'), 'custom');
  await fill(page, role('textbox', 'Base URL'), server.baseUrl);
  await fill(page, 'input[type="password"]', KEY);
  await fill(page, role('combobox', 'Model'), 'gpt-4o-mini');
  await click(page, role('button', 'Test connection'));
  await waitForText(page, '[data-testid="connection-ok"]', 'Connected. The server offers 3 models.');
  expect(server.requests.at(-1)?.path).toBe('/v1/models');
  expect(server.requests.at(-1)?.headers.authorization).toBe(`Bearer ${KEY}`);

  await click(page, role('button', 'Save'));
  await waitForText(page, '[data-testid="save-status"]', 'Saved.');
  const stored = await firefox.control.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.get(['settings', 'secrets']));
  expect(stored.settings).toMatchObject({ provider: { preset: 'custom', baseUrl: server.baseUrl, model: 'gpt-4o-mini' } });
  expect(stored.secrets).toEqual({ apiKey: KEY });
  // Reopened, the page shows the saved server and that a key is saved, never the key.
  await page.close();
  const reopened = await firefox.openExtensionPage('options.html');
  await waitForText(reopened, role('textbox', 'Base URL'), server.baseUrl);
  expect(await textOf(reopened, 'input[type="password"]')).toBe('');
  expect(await reopened.content()).not.toContain(KEY);
});
