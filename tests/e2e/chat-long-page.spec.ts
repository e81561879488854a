import { expect, test } from './support/fixtures.ts';
import { ask, chatBodies, openChat, waitForAnswerDone } from './support/chat.ts';
import { configureProvider } from './support/provider.ts';

test('a page with inline event handlers, relative images and media is read without a console error in the popup', async ({
  context,
  openExtensionPage,
  server,
  serviceWorker,
}) => {
  await configureProvider(serviceWorker, server);
  const article = await context.newPage();
  await article.goto(`${server.url}/pages/chat/handlers-news.html`);
  const page = await openChat(openExtensionPage);
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(message.text());
  });
  const failedLoads: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('chrome-extension://')) failedLoads.push(request.url());
  });
  await page.getByRole('button', { name: 'Ask about this page' }).click();
  await expect(page.getByTestId('context-chip')).toContainText('Praha otevřela nový most přes Vltavu');
  server.enqueue({ kind: 'text', text: 'Lávka stála 520 milionů korun.' });
  await ask(page, 'Kolik lávka stála?');
  await waitForAnswerDone(page);
  const sent = chatBodies(server)[0]?.messages.at(-1)?.content ?? '';
  expect(sent).toContain('zkrátí cestu pěším a cyklistům');
  expect(sent).toContain('chybějící navazující cyklostezky');
  expect(consoleErrors).toEqual([]);
  // Nothing of the page's markup (images, media, frames) was fetched by the popup.
  expect(failedLoads).toEqual([]);
});
