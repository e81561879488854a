import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';

const KEY = 'sk-options-test-7f3a9c1e5b';

async function fillProvider(page: Page, { baseUrl, apiKey, model }: { baseUrl: string; apiKey: string; model: string }) {
  await page.getByLabel('Provider', { exact: true }).selectOption('custom');
  await page.getByLabel('Base URL').fill(baseUrl);
  await page.getByLabel(/^API key/).fill(apiKey);
  await page.getByLabel('Model', { exact: true }).fill(model);
}

test('a user configures a provider, tests the connection and saves', async ({ openExtensionPage, server, serviceWorker }) => {
  server.setApiKey(KEY);
  const page = await openExtensionPage('options.html');
  await fillProvider(page, { baseUrl: server.baseUrl, apiKey: KEY, model: 'gpt-4o-mini' });
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByTestId('connection-ok')).toHaveText(/Connected\. The server offers 3 models\./);
  expect(server.requests.at(-1)?.path).toBe('/v1/models');
  expect(server.requests.at(-1)?.headers.authorization).toBe(`Bearer ${KEY}`);

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved.');
  const stored = await serviceWorker.evaluate(() => chrome.storage.local.get(['settings', 'secrets']));
  expect(stored.settings).toMatchObject({ provider: { preset: 'custom', baseUrl: server.baseUrl, model: 'gpt-4o-mini' } });
  expect(stored.secrets).toEqual({ apiKey: KEY });
  // The page never gets the saved key back, only that one is saved.
  await page.reload();
  await expect(page.getByLabel(/^API key/)).toHaveValue('');
  await expect(page.getByLabel(/^API key/)).toHaveAttribute('placeholder', /A key is saved/);
  expect(await page.content()).not.toContain(KEY);
});

test('a wrong key shows the invalid-key message without echoing the key', async ({ openExtensionPage, server }) => {
  server.setApiKey(KEY);
  const page = await openExtensionPage('options.html');
  const wrongKey = 'sk-wrong-key-0000111122223333';
  await fillProvider(page, { baseUrl: server.baseUrl, apiKey: wrongKey, model: 'gpt-4o-mini' });
  await page.getByRole('button', { name: 'Test connection' }).click();
  const alert = page.locator('[data-error-code="invalid-key"]');
  await expect(alert).toContainText('rejected the API key (401)');
  await expect(alert.getByRole('button', { name: 'Open settings' })).toBeVisible();
  expect(await alert.textContent()).not.toContain(wrongKey);
  // The server's own message quotes part of the key; Parley passes none of it on.
  expect(await alert.textContent()).not.toMatch(/sk-wr/);
});

test('an unreachable base URL shows the network message', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  // Port 9 (discard) is closed here: the connection is refused at once.
  await fillProvider(page, { baseUrl: 'http://127.0.0.1:9/v1', apiKey: KEY, model: 'gpt-4o-mini' });
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.locator('[data-error-code="network"]')).toContainText('could not reach http://127.0.0.1:9/v1');
});

test('a rate limit answered with retry-after is retried and ends in success', async ({ openExtensionPage, server }) => {
  server.enqueue({ kind: 'error', status: 429, code: 'rate_limit_exceeded', headers: { 'retry-after': '1' } });
  const page = await openExtensionPage('options.html');
  await fillProvider(page, { baseUrl: server.baseUrl, apiKey: KEY, model: 'gpt-4o-mini' });
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByTestId('connection-ok')).toBeVisible();
  expect(server.requests.map((request) => request.path)).toEqual(['/v1/models', '/v1/models']);
  const [first, second] = server.requests;
  expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(900);
});

test('a settings value out of range is refused with a message naming it', async ({ openExtensionPage, serviceWorker }) => {
  const page = await openExtensionPage('options.html');
  await page.getByLabel('Base URL').fill('not a url');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('save-status')).toContainText('provider.baseUrl: That is not a URL');
  const stored = await serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
  expect(stored.settings).toBeUndefined();
});

test('a new install opens the welcome page with the provider form', async ({ context, extensionId }) => {
  const welcome =
    context.pages().find((page) => page.url().includes('/welcome.html')) ??
    (await context.waitForEvent('page', { predicate: (page) => page.url().includes('/welcome.html') }));
  expect(welcome.url()).toBe(`chrome-extension://${extensionId}/welcome.html`);
  await expect(welcome.getByRole('heading', { name: 'Welcome to Parley' })).toBeVisible();
  await expect(welcome.getByRole('button', { name: 'Test connection' })).toBeVisible();
});
