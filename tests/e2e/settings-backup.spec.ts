import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { configureProvider, TEST_KEY } from './support/provider.ts';

async function exportBackup(page: Page): Promise<{ name: string; json: Record<string, unknown> }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export settings' }).click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), json: JSON.parse(await readFile(file, 'utf8')) };
}

async function importBackup(page: Page, name: string, content: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import settings…' }).click()]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content, 'utf8') });
}

test('exporting settings downloads a JSON file without the API key', async ({ openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server, (settings) => ({ ...settings, languages: { ...settings.languages, target: 'ja' } }));
  const page = await openExtensionPage('options.html');
  const { name, json } = await exportBackup(page);
  expect(name).toMatch(/^parley-settings-\d{4}-\d{2}-\d{2}\.json$/);
  expect(json).toMatchObject({ format: 'parley-settings-backup', settings: { provider: { baseUrl: server.baseUrl }, languages: { target: 'ja' } } });
  expect(JSON.stringify(json)).not.toContain(TEST_KEY);
  await expect(page.getByTestId('backup-status')).toHaveText('Settings exported, without the API key.');
});

test('ticking "Include the API key" warns that the file holds the secret and puts the key in it', async ({ openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const page = await openExtensionPage('options.html');
  await page.getByLabel('Include the API key').check();
  await expect(page.getByText('The file will then hold your API key as plain text')).toBeVisible();
  const { json } = await exportBackup(page);
  expect(json.apiKey).toBe(TEST_KEY);
  await expect(page.getByTestId('backup-status')).toHaveText('Settings exported with the API key: keep that file private.');
});

test('importing a backup saves its settings and key and shows them in the form', async ({ openExtensionPage, server, serviceWorker }) => {
  const page = await openExtensionPage('options.html');
  const backup = {
    format: 'parley-settings-backup',
    settings: {
      ...(await configureProvider(serviceWorker, server, (settings) => ({ ...settings, provider: { ...settings.provider, model: 'qwen3-32b' }, ui: { theme: 'dark' } }))),
    },
    apiKey: 'sk-imported-key-4f9a2c7e',
  };
  await serviceWorker.evaluate(() => chrome.storage.local.clear());
  await page.reload();
  await importBackup(page, 'parley-settings-2026-11-20.json', JSON.stringify(backup));
  await expect(page.getByTestId('backup-status')).toHaveText('Imported and saved the settings and the API key from parley-settings-2026-11-20.json.');
  await expect(page.getByLabel('Model', { exact: true })).toHaveValue('qwen3-32b');
  const stored = await serviceWorker.evaluate(() => chrome.storage.local.get(['settings', 'secrets']));
  expect(stored.settings).toMatchObject({ provider: { model: 'qwen3-32b', baseUrl: server.baseUrl }, ui: { theme: 'dark' } });
  expect(stored.secrets).toEqual({ apiKey: 'sk-imported-key-4f9a2c7e' });
  // The imported theme applies to the page at once.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a corrupted backup is refused with a clear message and changes nothing', async ({ openExtensionPage, server, serviceWorker }) => {
  const saved = await configureProvider(serviceWorker, server);
  const page = await openExtensionPage('options.html');
  const { json } = await exportBackup(page);
  const damaged = JSON.stringify({ ...json, settings: { ...(json.settings as object), provider: { preset: 'custom', baseUrl: 'https://llm.example.org/v1' } } }).slice(0, 200);
  await importBackup(page, 'parley-settings-damaged.json', damaged);
  const status = page.getByTestId('backup-status');
  await expect(status).toContainText('Nothing was imported from parley-settings-damaged.json:');
  await expect(status).toContainText('The file is not valid JSON: it may be damaged, or not a Parley settings backup.');
  await expect(status).toHaveAttribute('role', 'alert');
  const stored = await serviceWorker.evaluate(() => chrome.storage.local.get(['settings', 'secrets']));
  expect(stored.settings).toEqual(saved);
  expect((stored.secrets as { apiKey: string }).apiKey).not.toBe('');
});

test('a backup with an invalid value names the field and changes nothing', async ({ openExtensionPage, server, serviceWorker }) => {
  const saved = await configureProvider(serviceWorker, server);
  const page = await openExtensionPage('options.html');
  const invalid = { format: 'parley-settings-backup', settings: { ...saved, request: { ...saved.request, timeoutSeconds: 2 } } };
  await importBackup(page, 'edited.json', JSON.stringify(invalid));
  await expect(page.getByTestId('backup-status')).toContainText('Invalid "request" settings: timeoutSeconds:');
  const stored = await serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
  expect(stored.settings).toEqual(saved);
});
