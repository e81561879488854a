import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { TEST_KEY, configureProvider } from './support/provider.ts';
import { MENU_TRANSLATE, bubbleIn, clickMenu, requestedTexts, selectContents } from './support/translate.ts';

// Input nobody designs for: a whole report selected, nothing selected, emoji sequences, right-to-left
// text mixed with Latin, text that looks like markup, base URLs typed three ways, and settings
// storage holding garbage. Each gets correct behaviour or a message saying what to do.
// Covered elsewhere: a selection of spaces (translate.spec.ts), "not a url" refused on save
// (options.spec.ts), a corrupted settings import (settings-backup.spec.ts), Arabic and Chinese detection (translate.spec.ts), ftp:// and blank base
// URLs (tests/unit/security/settings.test.ts).

const ODD = '/pages/security/odd-text.html';

async function translateIn(page: Page, serviceWorker: import('@playwright/test').Worker, url: string, selector: string) {
  const selected = await selectContents(page, selector);
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: selected });
  return selected;
}

test('a 200 KB selection gets a clear "too long" message and sends nothing', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const url = `${server.url}/pages/security/long-report.html`;
  await page.goto(url);
  const selected = await translateIn(page, serviceWorker, url, '#report');
  expect(selected.length).toBeGreaterThan(200_000);

  const alert = bubbleIn(page).locator('[data-error-code="too-long"]');
  await expect(alert).toContainText('The selection is too long to translate at once');
  await expect(alert).toContainText('the limit is 20,000');
  await expect(alert).toContainText('Select a shorter part.');
  expect(server.requests).toEqual([]);
});

for (const [name, selection] of [
  ['an empty selection', ''],
  ['a selection of line breaks, tabs and no-break spaces', '\n\t\u00a0 \n'],
] as const) {
  test(`${name} gets "select some text first" and sends nothing`, async ({ page, server, serviceWorker }) => {
    await configureProvider(serviceWorker, server);
    const url = `${server.url}${ODD}`;
    await page.goto(url);
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: selection });
    await expect(bubbleIn(page).locator('[data-error-code="empty-input"]')).toContainText('Select some text first');
    expect(server.requests).toEqual([]);
  });
}

test('emoji with ZWJ sequences and skin tones reach the model and come back whole', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const answer = '👩‍👩‍👧‍👦 Family outing on Sunday: we meet at 10 at the station 🚉, please bring rain jackets 🌧️. The children 👧🏽👦🏻 are looking forward to it! 🏳️‍🌈 Parade afterwards, 👨🏽‍💻 Jonas comes later.';
  // Three code points a piece: every ZWJ sequence and skin tone is split across SSE events.
  server.enqueue({ kind: 'text', text: answer, chunkSize: 3 });
  const url = `${server.url}${ODD}`;
  await page.goto(url);
  const selected = await translateIn(page, serviceWorker, url, '#emoji');

  await expect(bubbleIn(page).getByTestId('translation')).toHaveText(answer);
  expect(requestedTexts(server.requests)[0]).toContain(selected.trim());
  expect(requestedTexts(server.requests)[0]).toContain('👩‍👩‍👧‍👦');
});

test('Hebrew mixed with Latin names and numbers is sent intact and shown right to left', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const answer = 'The meeting with Acme Corp was postponed to 14 March at 15:30; the document “Q1-Budget v2.xlsx” was sent to Daniel (CFO).';
  server.enqueue({ kind: 'text', text: answer });
  const url = `${server.url}${ODD}`;
  await page.goto(url);
  const selected = await translateIn(page, serviceWorker, url, '#mixed');

  const translation = bubbleIn(page).getByTestId('translation');
  await expect(translation).toHaveText(answer);
  await expect(bubbleIn(page).getByTestId('source-language')).toHaveText('Hebrew');
  await expect(translation).toHaveAttribute('dir', 'auto');
  expect(requestedTexts(server.requests)[0]).toContain(selected.trim());
  expect(JSON.stringify(server.requests[0]?.body)).toContain('from Hebrew into English (en)');
});

test('text that looks like HTML is sent as text and its translation is shown as text', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const answer = 'Bitte im Template escapen: <div class="alert" onclick="track()">Gespeichert & geschlossen</div> <script>alert("hi")</script>';
  server.enqueue({ kind: 'text', text: answer });
  const url = `${server.url}${ODD}`;
  await page.goto(url);
  await translateIn(page, serviceWorker, url, '#markup');

  const bubble = bubbleIn(page);
  await expect(bubble.getByTestId('translation')).toHaveText(answer);
  await expect(bubble.locator('div.alert, script, [onclick]')).toHaveCount(0);
  expect(requestedTexts(server.requests)[0]).toContain('<div class="alert" onclick="track()">Saved & closed</div> <script>alert("hi")</script>');
});

async function testConnection(page: Page, baseUrl: string): Promise<void> {
  await page.getByLabel('Provider', { exact: true }).selectOption('custom');
  await page.getByLabel('Base URL').fill(baseUrl);
  await page.getByRole('textbox', { name: /API key/ }).fill(TEST_KEY);
  await page.getByLabel('Model', { exact: true }).fill('gpt-4o-mini');
  await page.getByRole('button', { name: 'Test connection' }).click();
}

test('a base URL with a trailing slash works as without it', async ({ openExtensionPage, server }) => {
  const page = await openExtensionPage('options.html');
  await testConnection(page, `${server.baseUrl}/`);
  await expect(page.getByTestId('connection-ok')).toHaveText(/Connected\. The server offers 3 models\./);
  expect(server.requests.map((request) => request.path)).toEqual(['/v1/models']);
});

test('a base URL without /v1 gets the 404 message saying the base URL may be wrong', async ({ openExtensionPage, server }) => {
  const page = await openExtensionPage('options.html');
  await testConnection(page, server.url);
  const alert = page.locator('[data-error-code="model-not-found"]');
  await expect(alert).toContainText('(404), or the base URL is wrong');
  // The test server records only /v1 requests: the one to /models was answered 404, as a real API does.
  expect(server.requests).toEqual([]);
});

test('a base URL that is not a URL is refused with a message before anything is sent', async ({ openExtensionPage, server }) => {
  const page = await openExtensionPage('options.html');
  await testConnection(page, 'api.openai.com/v1');
  await expect(page.locator('[data-error-code="bad-request"]')).toHaveText('baseUrl: That is not a URL: it should look like https://api.example.com/v1');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('save-status')).toContainText('provider.baseUrl: That is not a URL');
  expect(server.requests).toEqual([]);
});

test('corrupted settings in storage are reported section by section, the rest is kept, and the page keeps working', async ({ openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  // What a bad import, a hand edit or a disk error could leave: wrong types in two sections.
  await serviceWorker.evaluate(async () => {
    const { settings } = (await chrome.storage.local.get('settings')) as { settings: Record<string, unknown> };
    await chrome.storage.local.set({ settings: { ...settings, request: 'as fast as possible', languages: { mine: 42, target: null } } });
  });
  const page = await openExtensionPage('options.html');
  await expect(page.getByRole('alert').filter({ hasText: 'The "request" settings were invalid and were reset' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'The "languages" settings were invalid and were reset' })).toBeVisible();
  // The provider section was fine and is kept, key included.
  await expect(page.getByLabel('Base URL')).toHaveValue(server.baseUrl);
  await expect(page.getByRole('textbox', { name: /API key/ })).toHaveAttribute('placeholder', /A key is saved/);

  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByTestId('connection-ok')).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved.');
  await page.reload();
  await expect(page.getByLabel('Base URL')).toHaveValue(server.baseUrl);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('settings storage holding something that is not settings at all is reset with a message, keeping the key', async ({ openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: '\u0000\u00ff{"version":1,"provider":' }));
  const page = await openExtensionPage('options.html');
  await expect(page.getByRole('alert').filter({ hasText: 'Saved settings were unreadable and were reset to the defaults.' })).toBeVisible();
  await expect(page.getByLabel('Provider', { exact: true })).toHaveValue('openai');
  await expect(page.getByRole('textbox', { name: /API key/ })).toHaveAttribute('placeholder', /A key is saved/);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved.');
});
