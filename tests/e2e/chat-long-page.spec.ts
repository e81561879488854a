import { expect, test } from './support/fixtures.ts';
import { ask, chatBodies, openChat, waitForAnswerDone } from './support/chat.ts';
import { configureProvider } from './support/provider.ts';
import { countChatPromptTokens } from '../fixtures/openai-server/tokens.ts';

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

test('"Ask about this page" on a 12,000-token article with an 8,192-token model sends the part that fits and says how much', async ({
  context,
  openExtensionPage,
  server,
  serviceWorker,
}) => {
  // parley-test-model is a model Parley does not know: 8,192 tokens are assumed.
  await configureProvider(serviceWorker, server);
  const article = await context.newPage();
  await article.goto(`${server.url}/pages/chat/long-article.html`);
  const page = await openChat(openExtensionPage);
  await page.getByRole('button', { name: 'Ask about this page' }).click();
  const chip = page.getByTestId('context-chip');
  await expect(chip).toContainText('Aldermoor');
  await expect(chip).toContainText(/the first \d+ % of the page was sent/);
  const percent = Number(/the first (\d+) %/.exec((await chip.textContent()) ?? '')?.[1]);
  expect(percent).toBeGreaterThan(20);
  expect(percent).toBeLessThan(80);

  server.enqueue({ kind: 'text', text: 'Only part of the article was sent; from that part: it is a market town on the river Aller.' });
  await ask(page, 'What is Aldermoor known for?');
  await waitForAnswerDone(page);
  const [body] = chatBodies(server);
  const messages = body?.messages ?? [];
  const sent = messages.at(-1)?.content ?? '';
  expect(sent).toContain('Aldermoor is a market town on the river Aller');
  expect(sent).not.toContain('The last paragraph of the article');
  expect(sent).toContain(`Only ${percent} % of the page fit in this request (its start); the rest was left out. Say so in your answer.`);
  // It fits: the whole prompt, counted with the server's own tokenizer, leaves the answer its room.
  const promptTokens = countChatPromptTokens(messages.map((message) => ({ role: message.role, texts: [message.content] })));
  expect(promptTokens).toBeLessThan(8192 - 2048);
  await expect(page.getByTestId('message-assistant').last()).toContainText('Only part of the article was sent');
});
