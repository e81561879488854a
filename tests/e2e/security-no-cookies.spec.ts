import type { BrowserContext } from '@playwright/test';
import type { RecordedRequest, TestServer } from '../fixtures/openai-server/server.ts';
import { ask, openChat, waitForAnswerDone } from './support/chat.ts';
import { configureProvider } from './support/provider.ts';
import { MENU_TRANSLATE, bubbleIn, clickMenu, selectContents } from './support/translate.ts';
import { expect, test } from './support/webmail.ts';
import { repliesAnswer } from './support/webmail-replies.ts';

// Cookies ignore ports: a session the user holds on the provider's host (a webmail, a gateway
// behind single sign-on, a self-hosted server on localhost) would ride along on every request the
// background makes to that host. The test server is that host here.

/** Opens a page of the provider's host that signs the user in, and checks the browser holds its cookies. */
async function signInOnProviderHost(context: BrowserContext, server: TestServer): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${server.url}/pages/security/signed-in.html`);
  await expect(page.locator('body')).toHaveAttribute('data-cookies-set', 'true');
  const names = (await context.cookies(server.url)).map((cookie) => cookie.name).sort();
  expect(names).toEqual(['sso_token', 'webmail_session']);
  await page.close();
}

function expectNoAmbientCredentials(requests: RecordedRequest[], path: string): void {
  const sent = requests.filter((request) => request.path === path);
  expect(sent.length, `requests to ${path}`).toBeGreaterThan(0);
  for (const request of sent) {
    expect(request.headers.cookie, `Cookie header on ${request.method} ${request.path}`).toBeUndefined();
    expect(request.headers.authorization).toMatch(/^Bearer sk-/);
  }
}

test('a selection translation reaches the provider without the cookies of its host', async ({ context, page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server, (settings) => ({ ...settings, routing: { ...settings.routing, translate: 'provider' } }));
  await signInOnProviderHost(context, server);
  server.enqueue({ kind: 'text', text: 'The European Central Bank kept its rates unchanged.' });
  const url = `${server.url}/pages/translate/article.html`;
  await page.goto(url);
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: await selectContents(page, '#fr') });
  await expect(bubbleIn(page).getByTestId('translation')).toHaveText('The European Central Bank kept its rates unchanged.');
  expectNoAmbientCredentials(server.requests, '/v1/chat/completions');
});

test('a chat answer reaches the provider without the cookies of its host', async ({ context, openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  await signInOnProviderHost(context, server);
  server.enqueue({ kind: 'text', text: 'A deposit is usually returned within six months.' });
  const page = await openChat(openExtensionPage);
  await ask(page, 'How long may a landlord keep the deposit?');
  await waitForAnswerDone(page);
  expectNoAmbientCredentials(server.requests, '/v1/chat/completions');
});

test('suggested replies reach the provider without the cookies of its host', async ({ context, server, serviceWorker, webmail }) => {
  await configureProvider(serviceWorker, server);
  await signInOnProviderHost(context, server);
  server.enqueue(
    repliesAnswer('asks to move the meeting to Friday', [
      { intent: 'accept', text: 'Bonjour Claire,\n\nVendredi me convient.\n\nAlex', gloss: 'Friday suits me.' },
      { intent: 'decline', text: 'Bonjour Claire,\n\nVendredi est difficile pour moi.\n\nAlex', gloss: 'Friday is hard for me.' },
      { intent: 'ask', text: 'Bonjour Claire,\n\nÀ quelle heure ?\n\nAlex', gloss: 'At what time?' },
    ]),
  );
  const page = await context.newPage();
  await page.goto(webmail.url('mail.google.com', 'gmail-thread.html'));
  await page.getByRole('button', { name: 'Suggest replies' }).click();
  await expect(page.getByRole('dialog', { name: 'Parley: suggested replies' }).getByTestId('reply')).toHaveCount(3);
  expectNoAmbientCredentials(server.requests, '/v1/chat/completions');
});

test('Test connection reaches the provider without the cookies of its host', async ({ context, openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  await signInOnProviderHost(context, server);
  const page = await openExtensionPage('options.html');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByTestId('connection-ok')).toBeVisible();
  expectNoAmbientCredentials(server.requests, '/v1/models');
});
