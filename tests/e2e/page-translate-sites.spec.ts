import type { Page, Worker } from '@playwright/test';
import { segmentTranslator } from '../fixtures/openai-server/segments.ts';
import { expect, test } from './support/fixtures.ts';
import { configureProvider } from './support/provider.ts';
import { pageRequests, progressControl, translatePageFromMenu, translationOf } from './support/page-translate.ts';

async function openPopupFor(serviceWorker: Worker, openExtensionPage: (file: string) => Promise<Page>, url: string): Promise<Page> {
  const tabId = await serviceWorker.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id, url);
  const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.getByRole('tab', { name: 'Translate' }).click();
  return popup;
}

test('"Always translate this site" translates the site on every visit; "Never" keeps Parley off it', async ({ page, server, serviceWorker, openExtensionPage }) => {
  await configureProvider(serviceWorker, server);
  server.setDefault(segmentTranslator());
  const url = `${server.url}/pages/page-translate/links.html`;
  await page.goto(url);
  const popup = await openPopupFor(serviceWorker, openExtensionPage, url);
  await popup.getByLabel('Always translate this site').click();
  await expect(popup.getByLabel('Always translate this site')).toBeChecked();
  const stored = await serviceWorker.evaluate(async () => ((await chrome.storage.local.get('settings')) as { settings: { pageTranslate: { alwaysSites: string[] } } }).settings.pageTranslate.alwaysSites);
  expect(stored).toEqual([server.url]);

  await page.bringToFront();
  await page.reload();
  await expect(translationOf(page, '#linked')).toContainText('EN(Die');

  await popup.getByLabel('Never translate this site').click();
  await expect(popup.getByLabel('Never translate this site')).toBeChecked();
  await expect(popup.getByLabel('Always translate this site')).not.toBeChecked();
  await expect(popup.getByRole('button', { name: 'Translate this page' })).toBeDisabled();
  await page.bringToFront();
  await page.reload();
  const requestsBefore = server.requests.length;
  await translatePageFromMenu(serviceWorker, url);
  await expect(progressControl(page)).toContainText('You chose never to translate this site');
  await expect(page.locator('parley-page-translation')).toHaveCount(0);
  expect(server.requests.length).toBe(requestsBefore);
});

test('translation only swaps the text, shows the original on hover, and Show original restores it exactly', async ({ page, server, serviceWorker, openExtensionPage }) => {
  await configureProvider(serviceWorker, server);
  server.setDefault(segmentTranslator());
  const url = `${server.url}/pages/page-translate/links.html`;
  await page.goto(url);
  const before = await page.locator('main').innerHTML();
  const popup = await openPopupFor(serviceWorker, openExtensionPage, url);
  await popup.getByLabel('Show').selectOption('translation-only');
  await popup.getByLabel('Translation style').selectOption('dimmed');
  await expect(popup.getByLabel('Show')).toHaveValue('translation-only');
  await popup.getByRole('button', { name: 'Translate this page' }).click();
  await page.bringToFront();

  const swapped = translationOf(page, '#linked');
  await expect(swapped).toContainText('EN(Die');
  // The page's own nodes are out of the paragraph, kept aside; the translation holds clones.
  await expect(page.locator('#linked > a#a1')).toHaveCount(0);
  await expect(page.locator('#linked')).toHaveText(/^EN\(Die/);
  await expect(swapped).toHaveAttribute('title', /Die Öffnungszeiten der Stadtbibliothek ändern sich ab Montag/);
  await expect(swapped).toHaveAttribute('style', /opacity/);

  await progressControl(page).getByRole('button', { name: 'Show original' }).click();
  await expect(page.locator('parley-page-translation')).toHaveCount(0);
  expect(await page.locator('main').innerHTML()).toBe(before);
});

test('a right-to-left target reads right to left', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server, (settings) => ({ ...settings, languages: { ...settings.languages, target: 'ar' } }));
  server.setDefault(segmentTranslator());
  const url = `${server.url}/pages/page-translate/links.html`;
  await page.goto(url);
  await translatePageFromMenu(serviceWorker, url);
  await expect(translationOf(page, '#linked')).toHaveAttribute('dir', 'rtl');
  await expect(translationOf(page, '#linked')).toHaveAttribute('lang', 'ar');
  expect(pageRequests(server.requests)[0]?.body).toMatchObject({ messages: [{ content: expect.stringContaining('into Arabic (ar)') }, {}] });
});

test('translations arriving above the viewport do not move what the reader is looking at', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.setDefault(segmentTranslator());
  const url = `${server.url}/pages/page-translate/long.html`;
  await page.goto(url);
  // Without the browser's own scroll anchoring (Safari has none, and pages turn it off), so only
  // Parley's anchoring can keep the reader's place.
  await page.addStyleTag({ content: '* { overflow-anchor: none !important; }' });
  await page.locator('#post-100').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  const topBefore = await page.locator('#post-100').evaluate((element) => element.getBoundingClientRect().top);
  await translatePageFromMenu(serviceWorker, url);
  // Blocks half a screen above the viewport are translated too, inserted above the reader.
  await expect(translationOf(page, '#post-95')).toBeAttached();
  await expect(translationOf(page, '#post-100')).toBeAttached();
  const topAfter = await page.locator('#post-100').evaluate((element) => element.getBoundingClientRect().top);
  expect(Math.abs(topAfter - topBefore)).toBeLessThanOrEqual(2);
});

test('a second visit costs nothing: every block comes from the cache', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.setDefault(segmentTranslator());
  const url = `${server.url}/pages/page-translate/links.html`;
  await page.goto(url);
  await translatePageFromMenu(serviceWorker, url);
  await expect(translationOf(page, '#dropped')).toContainText('EN(Fragen');
  const first = pageRequests(server.requests).length;
  expect(first).toBeGreaterThan(0);

  await page.reload();
  await translatePageFromMenu(serviceWorker, url);
  await expect(translationOf(page, '#linked')).toContainText('EN(Die');
  await expect(translationOf(page, '#dropped')).toContainText('EN(Fragen');
  expect(pageRequests(server.requests)).toHaveLength(first);
});

test('a page already open when its site is set to "Always" is translated at its next view of a single-page site, without a reload', async ({ page, server, serviceWorker, openExtensionPage }) => {
  await configureProvider(serviceWorker, server);
  server.setDefault(segmentTranslator());
  const url = `${server.url}/pages/page-translate/links.html`;
  await page.goto(url);
  const popup = await openPopupFor(serviceWorker, openExtensionPage, url);
  await popup.getByLabel('Always translate this site').click();
  await expect(popup.getByLabel('Always translate this site')).toBeChecked();

  await page.bringToFront();
  await page.evaluate(() => history.pushState({}, '', '#leserbriefe'));
  await expect(translationOf(page, '#linked')).toContainText('EN(Die');
});
