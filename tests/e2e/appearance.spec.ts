import { expect, test } from './support/fixtures.ts';
import { configureProvider } from './support/provider.ts';
import { test as webmailTest } from './support/webmail.ts';
import { repliesAnswer } from './support/webmail-replies.ts';

const DARK_BACKGROUND = 'rgb(23, 25, 29)';
const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';

test('the Appearance setting switches Parley\'s pages to the dark theme', async ({ openExtensionPage, serviceWorker }) => {
  const page = await openExtensionPage('options.html');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'system');
  await page.getByLabel('Theme').selectOption('dark');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK_BACKGROUND);
  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect((await serviceWorker.evaluate(() => chrome.storage.local.get('settings'))).settings).toMatchObject({ ui: { theme: 'dark' } });
});

test('pages follow a dark system unless the setting says light', async ({ openExtensionPage, server, serviceWorker }) => {
  const page = await openExtensionPage('options.html');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK_BACKGROUND);
  await configureProvider(serviceWorker, server, (settings) => ({ ...settings, ui: { theme: 'light' } }));
  // The stored change reaches the open page without a reload.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(LIGHT_BACKGROUND);
});

webmailTest('the reply panel on a web page follows the dark theme setting', async ({ context, server, serviceWorker, webmail }) => {
  await configureProvider(serviceWorker, server, (settings) => ({ ...settings, ui: { theme: 'dark' } }));
  server.enqueue(
    repliesAnswer('asks to move the meeting to Friday', [
      { intent: 'accept Friday', text: 'Bonjour Claire,\n\nVendredi me convient.\n\nAlex', gloss: 'Friday suits me.' },
      { intent: 'propose Monday', text: 'Bonjour Claire,\n\nLundi plutôt ?\n\nAlex', gloss: 'Monday instead?' },
      { intent: 'ask details', text: 'Bonjour Claire,\n\nÀ quelle heure ?\n\nAlex', gloss: 'At what time?' },
    ]),
  );
  const page = await context.newPage();
  await page.goto(webmail.url('mail.google.com', 'gmail-thread.html'));
  await page.getByRole('button', { name: 'Suggest replies' }).click();
  const panel = page.getByRole('dialog', { name: 'Parley: suggested replies' });
  await expect(panel).toHaveAttribute('data-theme', 'dark');
  expect(await panel.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(31, 33, 37)');
});
