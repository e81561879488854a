import type { Page } from '@playwright/test';
import { ask, openChat, waitForAnswerDone } from './support/chat.ts';
import { expect, test } from './support/fixtures.ts';
import { TEST_KEY, configureProvider } from './support/provider.ts';
import { tabIdOf } from './support/security-probes.ts';
import { MENU_TRANSLATE, bubbleIn, clickMenu, selectContents } from './support/translate.ts';

// Headers a user adds in the options page (OpenRouter's HTTP-Referer and X-Title here) go with
// every kind of provider request, and stay in the background like the key.

const HEADERS = { 'HTTP-Referer': 'https://intranet.acme.example/parley', 'X-Title': 'Parley at Acme 9c41' };

async function addHeader(options: Page, index: number, name: string, value: string) {
  await options.getByRole('button', { name: 'Add header' }).click();
  await options.getByLabel('Header name').nth(index).fill(name);
  const valueField = options.getByLabel('Header value').nth(index);
  await expect(valueField).toHaveAttribute('type', 'password');
  await valueField.fill(value);
}

test('custom headers from the options page reach the server with every request kind and never reach a content script', async ({
  context,
  openExtensionPage,
  server,
  serviceWorker,
}) => {
  test.setTimeout(120_000);
  server.setApiKey(TEST_KEY);
  await configureProvider(serviceWorker, server, (settings) => ({ ...settings, routing: { ...settings.routing, translate: 'provider' } }));

  // Typed, tested before saving (models), saved, and masked on return.
  const options = await openExtensionPage('options.html');
  await options.getByText('Request headers (advanced)').click();
  await addHeader(options, 0, 'HTTP-Referer', HEADERS['HTTP-Referer']);
  await addHeader(options, 1, 'X-Title', HEADERS['X-Title']);
  await options.getByRole('button', { name: 'Test connection' }).click();
  await expect(options.getByTestId('connection-ok')).toBeVisible();
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByTestId('save-status')).toHaveText('Saved.');
  const stored = await serviceWorker.evaluate(() => chrome.storage.local.get('secrets'));
  expect(stored.secrets).toEqual({ apiKey: TEST_KEY, headers: Object.entries(HEADERS).map(([name, value]) => ({ name, value })) });
  await options.reload();
  await expect(options.getByLabel('Header name')).toHaveCount(2);
  await expect(options.getByLabel('Header value').first()).toHaveValue('');
  expect(await options.content()).not.toContain(HEADERS['X-Title']);
  // The saved values, tested again from the reloaded page.
  await options.getByRole('button', { name: 'Test connection' }).click();
  await expect(options.getByTestId('connection-ok')).toBeVisible();

  // Chat Completions: a translation in the page and a chat in the popup.
  server.enqueue({ kind: 'text', text: 'The European Central Bank left its key rates unchanged.' }, { kind: 'text', text: 'Bonjour means hello.' });
  const article = await context.newPage();
  const articleUrl = `${server.url}/pages/translate/article.html`;
  await article.goto(articleUrl);
  await clickMenu(serviceWorker, articleUrl, { menuItemId: MENU_TRANSLATE, selectionText: await selectContents(article, '#fr') });
  await expect(bubbleIn(article).getByTestId('translation')).toHaveText('The European Central Bank left its key rates unchanged.');
  const popup = await openChat(openExtensionPage);
  await ask(popup, 'What does "bonjour" mean?');
  await waitForAnswerDone(popup);

  // Legacy Completions, chosen in the options page.
  await options.getByLabel('API style').selectOption('completions');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByTestId('save-status')).toHaveText('Saved.');
  // Another paragraph: the first one's translation is cached.
  server.enqueue({ kind: 'text', text: 'The central bank kept its rates.' });
  await clickMenu(serviceWorker, articleUrl, { menuItemId: MENU_TRANSLATE, selectionText: await selectContents(article, '#zh') });
  await expect(bubbleIn(article).getByTestId('translation')).toHaveText('The central bank kept its rates.');

  const kinds = server.requests.map((request) => request.path);
  expect(kinds).toEqual(expect.arrayContaining(['/v1/models', '/v1/chat/completions', '/v1/completions']));
  expect(kinds.filter((kind) => kind === '/v1/models')).toHaveLength(2);
  for (const request of server.requests) {
    expect(request.headers['http-referer'], request.path).toBe(HEADERS['HTTP-Referer']);
    expect(request.headers['x-title'], request.path).toBe(HEADERS['X-Title']);
  }

  // What a content script can learn of the settings: the public settings message, nothing else.
  const seen = await serviceWorker.evaluate(async (tabId) => {
    const [result] = await chrome.scripting.executeScript({
      target: { tabId },
      func: async () => {
        const attempt = (read: () => Promise<unknown>) => read().then((value) => JSON.stringify(value), (error: unknown) => (error instanceof Error ? error.message : String(error)));
        return [
          await attempt(() => chrome.runtime.sendMessage({ parley: 1, type: 'settings/public', payload: {} })),
          await attempt(() => chrome.runtime.sendMessage({ parley: 1, type: 'settings/get', payload: {} })),
          await attempt(() => chrome.storage.local.get()),
        ];
      },
    });
    return (result?.result as string[] | undefined) ?? [];
  }, await tabIdOf(serviceWorker, articleUrl));
  expect(seen).toHaveLength(3);
  expect(seen[0]).toContain('"ok":true');
  expect(seen[0]).toContain('"languages"');
  expect(seen[1]).toContain('not-allowed');
  expect(seen[2]).toBe('Access to storage is not allowed from this context.');
  for (const view of seen) for (const value of Object.values(HEADERS)) expect(view).not.toContain(value);
});
