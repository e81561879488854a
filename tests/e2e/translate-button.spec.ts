import { test as base, expect } from './support/fixtures.ts';
import { launchWithAllSitesGrantedBefore } from './support/all-sites-granted.ts';
import { configureProvider } from './support/provider.ts';
import { bubbleIn } from './support/translate.ts';

const ENGLISH = 'The European Central Bank decided on Thursday to keep its key interest rates unchanged at 2.15%.';
const SETTING = 'Show a translate button whenever I select text';

const test = base.extend({
  context: async ({ userDataDir }, use) => {
    const context = await launchWithAllSitesGrantedBefore(userDataDir);
    await use(context);
    await context.close();
  },
});

function selectButtonIn(page: import('@playwright/test').Page) {
  return page.locator('parley-select-button').getByRole('button', { name: 'Translate the selection with Parley' });
}

test('with the setting on, selecting text shows a Translate button whose click streams the translation in a bubble', async ({ openExtensionPage, page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({ kind: 'text', text: ENGLISH, delayMs: 60 });
  const options = await openExtensionPage('options.html');
  await options.getByLabel(SETTING).check();
  await expect(options.getByTestId('select-button-status')).toContainText('On:');
  expect(await serviceWorker.evaluate(() => chrome.permissions.contains({ origins: ['https://*/*', 'http://*/*'] }))).toBe(true);

  await page.bringToFront();
  await page.goto(`${server.url}/pages/translate/article.html`);
  // A user's triple-click selects the paragraph.
  await page.locator('#fr').click({ clickCount: 3 });
  await selectButtonIn(page).click();

  const translation = bubbleIn(page).getByTestId('translation');
  await expect(translation).toContainText('The European Central Bank');
  await expect(translation).toHaveText(ENGLISH);
  await expect(page.locator('parley-select-button')).toHaveCount(0);
  expect(JSON.stringify(server.requests[0]?.body)).toContain('La Banque centrale européenne a décidé jeudi');
});

test('a click the page script makes on the Translate button starts nothing', async ({ openExtensionPage, page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const options = await openExtensionPage('options.html');
  await options.getByLabel(SETTING).check();
  await expect(options.getByTestId('select-button-status')).toContainText('On:');
  await page.bringToFront();
  await page.goto(`${server.url}/pages/translate/article.html`);
  await page.locator('#fr').click({ clickCount: 3 });
  await expect(selectButtonIn(page)).toBeVisible();

  await page.evaluate(() => document.querySelector('parley-select-button')?.shadowRoot?.querySelector('button')?.click());
  await expect(selectButtonIn(page)).toBeEnabled();
  await expect(page.locator('parley-translate')).toHaveCount(0);
  expect(server.requests).toHaveLength(0);
});

test('with the setting off (the default), selecting text shows no button', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  await page.goto(`${server.url}/pages/translate/article.html`);
  await page.locator('#fr').click({ clickCount: 3 });
  // Give a registered script every chance to react before concluding there is none.
  await page.waitForTimeout(500);
  await expect(page.locator('parley-select-button')).toHaveCount(0);
  expect(await serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
});

test('turning the setting off removes the button from new pages and gives the all-sites access back', async ({ openExtensionPage, page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const options = await openExtensionPage('options.html');
  const toggle = options.getByLabel(SETTING);
  await toggle.check();
  await expect(options.getByTestId('select-button-status')).toContainText('On:');
  await toggle.uncheck();
  await expect(options.getByTestId('select-button-status')).toContainText('Off:');

  expect(await serviceWorker.evaluate(() => chrome.permissions.contains({ origins: ['https://*/*', 'http://*/*'] }))).toBe(false);
  expect(await serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
  await page.bringToFront();
  await page.goto(`${server.url}/pages/translate/article.html`);
  await page.locator('#fr').click({ clickCount: 3 });
  await page.waitForTimeout(500);
  await expect(page.locator('parley-select-button')).toHaveCount(0);
  // The saved setting follows.
  await options.reload();
  await expect(options.getByLabel(SETTING)).not.toBeChecked();
});
