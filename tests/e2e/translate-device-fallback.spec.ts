import { deviceTranslatorRecord, standInForDeviceTranslator } from './support/device-translator-stand-in.ts';
import { expect, test } from './support/fixtures.ts';
import { configureProvider } from './support/provider.ts';
import { MENU_TRANSLATE, bubbleIn, clickMenu, selectContents } from './support/translate.ts';
import type { Worker } from '@playwright/test';
import type { TestServer } from '../fixtures/openai-server/server.ts';

// The provider stays rate limited through its retries; the browser's on-device translator has the
// French → English pack. Only the browser's API is stood in for (in the worker, where Parley calls
// it); the provider, its retries, the fallback decision and the bubble are Parley's real code.

const FRENCH =
  "La Banque centrale européenne a décidé jeudi de maintenir ses taux directeurs inchangés, à 2,15 %, tout en signalant que l'inflation dans la zone euro devrait revenir vers son objectif de 2 % au cours du premier semestre 2026.";
const ON_DEVICE_ENGLISH =
  'The European Central Bank decided on Thursday to keep its key rates unchanged at 2.15%, while indicating that inflation in the euro area should return to its 2% target in the first half of 2026.';
const ARTICLE = '/pages/translate/article.html';

async function rateLimitedProviderWithDevicePack(serviceWorker: Worker, server: TestServer, deviceFallback: boolean): Promise<void> {
  await configureProvider(serviceWorker, server, (settings) => ({
    ...settings,
    // "My provider" for translation: the device is only the fallback here.
    routing: { ...settings.routing, translate: 'provider' },
    request: { ...settings.request, maxRetries: 1 },
    translate: { ...settings.translate, deviceFallback },
  }));
  server.setDefault({ kind: 'error', status: 429, code: 'rate_limit_exceeded', headers: { 'retry-after': '1' } });
  await standInForDeviceTranslator(serviceWorker, { translations: { 'fr>en': { [FRENCH]: ON_DEVICE_ENGLISH } } });
}

test('a rate-limited provider: the bubble shows the on-device translation and says why', async ({ page, server, serviceWorker }) => {
  await rateLimitedProviderWithDevicePack(serviceWorker, server, true);
  const url = `${server.url}${ARTICLE}`;
  await page.goto(url);
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: await selectContents(page, '#fr') });

  const bubble = bubbleIn(page);
  await expect(bubble.getByTestId('translation')).toHaveText(ON_DEVICE_ENGLISH, { timeout: 20_000 });
  await expect(bubble.getByTestId('provider')).toHaveText('On-device (Chrome): your provider is rate limited');
  await expect(bubble.getByRole('alert')).toHaveCount(0);
  // The provider was asked, and asked again after its retry-after, before the device served.
  expect(server.requests.map((request) => request.path)).toEqual(['/v1/chat/completions', '/v1/chat/completions']);
  expect((await deviceTranslatorRecord(serviceWorker)).created).toEqual(['fr>en']);
});

test('the fallback note shows in the popup’s Translate tab too', async ({ openExtensionPage, server, serviceWorker }) => {
  await rateLimitedProviderWithDevicePack(serviceWorker, server, true);
  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('tab', { name: 'Translate' }).click();
  await popup.getByLabel('Text to translate').fill(FRENCH);
  await popup.getByRole('button', { name: 'Translate', exact: true }).click();

  await expect(popup.getByTestId('popup-translation')).toHaveText(ON_DEVICE_ENGLISH, { timeout: 20_000 });
  await expect(popup.locator('.translate-result')).toContainText('On-device (Chrome): your provider is rate limited');
  expect(server.requests).toHaveLength(2);
});

test('with the fallback turned off in the options, the bubble shows the rate-limit error and the device is not used', async ({ openExtensionPage, page, server, serviceWorker }) => {
  await rateLimitedProviderWithDevicePack(serviceWorker, server, true);
  const options = await openExtensionPage('options.html');
  const setting = options.getByLabel('Translate on this device when my provider cannot answer');
  await expect(setting).toBeChecked();
  await setting.uncheck();
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByTestId('save-status')).toHaveText('Saved.');

  const url = `${server.url}${ARTICLE}`;
  await page.goto(url);
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: await selectContents(page, '#fr') });
  const bubble = bubbleIn(page);
  const alert = bubble.locator('[data-error-code="rate-limited"]');
  await expect(alert).toContainText('is limiting how fast you can send requests', { timeout: 20_000 });
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(bubble.getByTestId('translation')).toHaveText('');
  expect(server.requests).toHaveLength(2);
  expect((await deviceTranslatorRecord(serviceWorker)).created).toEqual([]);
});
