import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { configureProvider } from './support/provider.ts';
import { MENU_TRANSLATE, bubbleIn, clickMenu, selectContents } from './support/translate.ts';

const FRENCH = 'Merci pour votre message, je vous réponds dès demain matin.';

async function tryFrenchToEnglish(page: Page) {
  await page.getByLabel('Try from').selectOption('fr');
  await page.getByLabel('Try into').selectOption('en');
  await page.getByLabel(/^Text/).fill(FRENCH);
  await page.getByRole('button', { name: 'Try it' }).click();
}

test('the built-in APIs are there in the service worker and fr→en needs a download', async ({ serviceWorker }) => {
  const probe = await serviceWorker.evaluate(async () => {
    const translator = Reflect.get(globalThis, 'Translator') as { availability(o: object): Promise<string> } | undefined;
    return { translator: await translator?.availability({ sourceLanguage: 'fr', targetLanguage: 'en' }), hasModel: 'LanguageModel' in globalThis };
  });
  // What the rest of this file relies on; if Chromium changes, this says so first.
  expect(probe).toEqual({ translator: 'downloadable', hasModel: true });
});

test('with no key, the welcome page offers translating on this device before the provider form', async ({ context }) => {
  const welcome =
    context.pages().find((page) => page.url().includes('/welcome.html')) ??
    (await context.waitForEvent('page', { predicate: (page) => page.url().includes('/welcome.html') }));
  const keyless = welcome.getByTestId('keyless-start');
  await expect(keyless.getByRole('heading', { name: 'Translate now on this device' })).toBeVisible();
  await expect(keyless).toContainText('No key needed');
  await keyless.getByLabel('I often read').selectOption('fr');
  await expect(keyless).toContainText('French → English needs a one-time download');
  await expect(keyless.getByRole('button', { name: 'Download French → English (on-device)' })).toBeVisible();
  // The key-less path comes first, the provider form second.
  const keylessTop = (await keyless.boundingBox())?.y ?? Infinity;
  const formTop = (await welcome.getByRole('button', { name: 'Test connection' }).boundingBox())?.y ?? -Infinity;
  expect(keylessTop).toBeLessThan(formTop);
});

test('with no key, "on this device when it can" reaches the built-in translator, which offers the download', async ({ openExtensionPage, server }) => {
  const page = await openExtensionPage('options.html');
  await expect(page.getByLabel('Translation', { exact: true })).toHaveValue('builtin-first');
  await tryFrenchToEnglish(page);
  const alert = page.locator('[data-error-code="unsupported"]');
  await expect(alert).toContainText('French → English can run on this device after a one-time download of its language pack. Download it, or add a provider');
  await expect(alert.getByRole('button', { name: 'Open settings' })).toBeVisible();
  await expect(page.getByTestId('try-result')).toHaveCount(0);
  const section = page.locator('fieldset', { hasText: 'Try a translation' });
  await expect(section.getByRole('button', { name: 'Download French → English (on-device)' })).toBeVisible();
  expect(server.requests).toEqual([]);
});

test('a pack download that cannot complete offline ends in a message saying why and what to do', async ({ openExtensionPage }) => {
  test.setTimeout(90_000);
  const page = await openExtensionPage('options.html');
  const row = page.locator('li[data-pair="fr>en"]');
  await expect(row).toHaveAttribute('data-availability', 'downloadable');
  await expect(row).toContainText('French → English: needs a one-time download');
  await row.getByRole('button', { name: 'Download French → English (on-device)' }).click();
  await expect(row.getByRole('progressbar', { name: 'Download of French → English' })).toBeVisible();
  await expect(row.getByText('Starting the download…')).toBeVisible();
  const failure = row.getByTestId('pack-failure');
  await expect(failure).toContainText('The French → English pack has not started downloading', { timeout: 40_000 });
  await expect(failure).toContainText('check that this computer is online');
  await expect(failure).toContainText('add a provider in Parley');
  await expect(failure.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('the options page lists the common pairs and says this device cannot run the on-device model', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  await expect(page.getByRole('heading', { name: 'On this device (no key needed)' })).toBeVisible();
  await expect(page.locator('li[data-pair="zh-CN>en"]')).toContainText('Chinese (Simplified) → English: needs a one-time download');
  await expect(page.getByTestId('model-status')).toContainText("This device cannot run Chrome's on-device model");
});

test('"always my provider" sends the translation to the provider, and the result names it', async ({ openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server, (settings) => ({ ...settings, routing: { ...settings.routing, translate: 'provider' } }));
  server.enqueue({ kind: 'text', text: 'Thank you for your message, I will reply tomorrow morning.' });
  const page = await openExtensionPage('options.html');
  await expect(page.getByLabel('Translation', { exact: true })).toHaveValue('provider');
  await tryFrenchToEnglish(page);
  await expect(page.getByTestId('try-result')).toContainText('Thank you for your message, I will reply tomorrow morning.');
  await expect(page.getByTestId('try-label')).toHaveText('Custom · parley-test-model');
  expect(server.requests).toHaveLength(1);
  expect(JSON.stringify(server.requests[0]?.body)).toContain(FRENCH);
});

test('with a provider set up, "on this device when it can" uses the provider for a pair the device lacks', async ({ openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({ kind: 'text', text: 'Thank you for your message.' });
  const page = await openExtensionPage('options.html');
  await expect(page.getByLabel('Translation', { exact: true })).toHaveValue('builtin-first');
  await tryFrenchToEnglish(page);
  await expect(page.getByTestId('try-label')).toHaveText('Custom · parley-test-model');
  expect(server.requests).toHaveLength(1);
});

test('"always on this device" is saved and then refuses with the download offer even with a provider set up', async ({ openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const page = await openExtensionPage('options.html');
  await page.getByLabel('Translation', { exact: true }).selectOption('builtin');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved.');
  const stored = await serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
  expect(stored.settings).toMatchObject({ routing: { translate: 'builtin', chat: 'provider', replies: 'provider' } });
  await tryFrenchToEnglish(page);
  await expect(page.locator('[data-error-code="unsupported"]')).toContainText('French → English can run on this device after a one-time download');
  expect(server.requests).toEqual([]);
});

test('with no key, the bubble says the pair can run on this device and offers the download, which fails clearly offline', async ({ page, server, serviceWorker }) => {
  test.setTimeout(90_000);
  const url = `${server.url}/pages/translate/article.html`;
  await page.goto(url);
  const selected = await selectContents(page, '#fr');
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: selected });
  const bubble = bubbleIn(page);
  const alert = bubble.locator('[data-error-code="unsupported"]');
  await expect(alert).toContainText('French → English can run on this device after a one-time download');
  await bubble.getByRole('button', { name: 'Download French → English (on-device)' }).click();
  await expect(bubble.getByTestId('pack-failure')).toContainText('has not started downloading', { timeout: 40_000 });
  expect(server.requests).toEqual([]);
});
