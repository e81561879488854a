import { readFile } from 'node:fs/promises';
import { launchWithExtension, serviceWorkerOf, expect, test } from './support/fixtures.ts';
import { ask, chatBodies, openArticleWithLeadSelected, openChat, lastAnswer, waitForAnswerDone } from './support/chat.ts';
import { configureProvider } from './support/provider.ts';

test('an answer streams into the popup and the next question sends the whole history', async ({ openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue(
    { kind: 'text', text: 'Bonjour means **hello** in French. It is used all day long.', delayMs: 120 },
    { kind: 'text', text: 'Bonsoir means good evening.' },
  );
  const page = await openChat(openExtensionPage);
  await ask(page, 'What does "bonjour" mean?');
  // Part of the answer shows while the rest is still on its way.
  await expect(lastAnswer(page)).toHaveAttribute('aria-busy', 'true');
  await expect(lastAnswer(page)).toContainText('Bonjour means');
  await expect(lastAnswer(page)).not.toContainText('all day long');
  await waitForAnswerDone(page);
  await expect(lastAnswer(page).locator('strong')).toHaveText('hello');

  await ask(page, 'And "bonsoir"?');
  await waitForAnswerDone(page);
  await expect(lastAnswer(page)).toContainText('Bonsoir means good evening.');
  const [first, second] = chatBodies(server);
  expect(first?.messages.map((message) => message.role)).toEqual(['system', 'user']);
  expect(second?.messages.map(({ role, content }) => ({ role, content })).slice(1)).toEqual([
    { role: 'user', content: 'What does "bonjour" mean?' },
    { role: 'assistant', content: 'Bonjour means **hello** in French. It is used all day long.' },
    { role: 'user', content: 'And "bonsoir"?' },
  ]);
  expect(second?.messages[0]?.role).toBe('system');
  // The provider reported usage in the stream: shown as reported, not estimated.
  await expect(lastAnswer(page).getByTestId('usage')).toContainText(/parley-test-model · \d+ in \+ \d+ out tokens/);
});

test('closing the popup in the middle of a slow answer loses nothing: reopened, the whole answer is there', async ({
  openExtensionPage,
  server,
  serviceWorker,
}) => {
  await configureProvider(serviceWorker, server);
  const answer = 'Der Vertrag verlängert sich automatisch um ein Jahr, wenn er nicht drei Monate vor Ablauf gekündigt wird.';
  server.enqueue({ kind: 'text', text: answer, delayMs: 200 });
  const page = await openChat(openExtensionPage);
  await ask(page, 'Fasse die Kündigungsklausel zusammen.');
  await expect(lastAnswer(page)).toContainText('Der Vertrag');
  await page.close();
  expect(server.streams[0]?.finished).toBe(false);

  await expect.poll(() => server.streams[0]?.finished, { timeout: 20_000 }).toBe(true);
  expect(server.streams[0]?.closedByClient).toBe(false);
  const reopened = await openChat(openExtensionPage);
  await expect(lastAnswer(reopened)).toHaveAttribute('data-status', 'done');
  await expect(lastAnswer(reopened)).toHaveText(new RegExp(answer.replace(/[.]/g, '\\.')));
  await expect(reopened.getByTestId('message-user')).toContainText('Fasse die Kündigungsklausel zusammen.');
});

test('after a browser restart the conversation is still listed and opens', async ({ context, userDataDir, openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({ kind: 'text', text: '東京の天気は晴れです。' });
  const page = await openChat(openExtensionPage);
  await ask(page, '東京の天気を日本語で教えて');
  await waitForAnswerDone(page);
  await context.close();

  const relaunched = await launchWithExtension(userDataDir);
  try {
    const worker = await serviceWorkerOf(relaunched);
    const popup = await openChat(async (file) => {
      const opened = await relaunched.newPage();
      await opened.goto(`chrome-extension://${new URL(worker.url()).host}/${file}`);
      return opened;
    });
    await popup.getByRole('button', { name: 'New chat' }).click();
    await expect(popup.getByTestId('message-assistant')).toHaveCount(0);
    await popup.getByRole('button', { name: 'History' }).click();
    const row = popup.getByTestId('conversation-row').filter({ hasText: '東京の天気を日本語で教えて' });
    await expect(row).toHaveCount(1);
    await row.getByRole('button', { name: /東京の天気/ }).click();
    await expect(lastAnswer(popup)).toHaveText(/東京の天気は晴れです。/);
  } finally {
    await relaunched.close();
  }
});

test('a hostile answer renders inert: no script runs, no image is fetched, no javascript: link', async ({
  context,
  openExtensionPage,
  server,
  serviceWorker,
}) => {
  await configureProvider(serviceWorker, server);
  const tracker = `${server.url}/pages/track.png`;
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));
  server.enqueue({
    kind: 'text',
    text: [
      'Here is the summary you asked for.',
      '<img src=x onerror="window.parleyPwned = 1">',
      '<script>window.parleyPwned = 2</script>',
      '[Open the details](javascript:window.parleyPwned=3)',
      `![status](${tracker})`,
      '<a href="javascript:window.parleyPwned=4">raw link</a>',
      '[A real source](https://example.org/report)',
    ].join('\n\n'),
  });
  const page = await openChat(openExtensionPage);
  await ask(page, 'Summarise the report.');
  await waitForAnswerDone(page);
  const answer = lastAnswer(page);
  await expect(answer).toContainText('Here is the summary you asked for.');
  await expect(answer.locator('img, script, iframe, svg')).toHaveCount(0);
  await expect(answer.locator('[onerror]')).toHaveCount(0);
  await expect(answer.locator('a[href^="javascript"]')).toHaveCount(0);
  await answer.getByText('Open the details').click();
  await answer.getByText('raw link').click();
  const realLink = answer.getByRole('link', { name: 'A real source' });
  await expect(realLink).toHaveAttribute('target', '_blank');
  await expect(realLink).toHaveAttribute('rel', 'noopener noreferrer');
  // The image is offered as a link the user may open, not loaded.
  await expect(answer.getByText('[Image: status]')).toBeVisible();
  // Raw HTML is shown as the text it is.
  await expect(answer).toContainText('<script>window.parleyPwned = 2</script>');
  expect(await page.evaluate(() => (window as unknown as { parleyPwned?: number }).parleyPwned)).toBeUndefined();
  expect(requested.filter((url) => url.includes('track.png') || url.endsWith('/x'))).toEqual([]);
});

test('a chat without a key says so in the chat, and Retry answers once the key is added', async ({ openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server, (settings) => ({ ...settings, provider: { ...settings.provider, preset: 'openai' } }), '');
  const page = await openChat(openExtensionPage);
  await ask(page, 'Hello?');
  const failed = lastAnswer(page);
  await expect(failed).toHaveAttribute('data-status', 'error');
  await expect(failed.locator('[data-error-code="no-key"]')).toContainText('API key');
  await expect(failed.getByRole('button', { name: 'Open settings' })).toBeVisible();
  expect(chatBodies(server)).toEqual([]);

  await configureProvider(serviceWorker, server, (settings) => ({ ...settings, provider: { ...settings.provider, preset: 'openai' } }));
  server.enqueue({ kind: 'text', text: 'Hello! How can I help?' });
  await failed.getByRole('button', { name: 'Retry' }).click();
  await waitForAnswerDone(page);
  await expect(lastAnswer(page)).toContainText('Hello! How can I help?');
  await expect(page.getByTestId('message-user')).toHaveCount(1);
});

test('a rejected key (401) shows the invalid-key message in the chat with Retry', async ({ openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.setApiKey('sk-the-real-key-000000000000');
  const page = await openChat(openExtensionPage);
  await ask(page, 'Draft a polite reminder about the unpaid invoice.');
  await expect(lastAnswer(page)).toHaveAttribute('data-status', 'error');
  await expect(lastAnswer(page).locator('[data-error-code="invalid-key"]')).toContainText('401');
  await expect(lastAnswer(page).getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(page.getByTestId('message-user')).toContainText('Draft a polite reminder about the unpaid invoice.');
});

test('a stream cut keeps the text that arrived, and Retry gets the whole answer', async ({ openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue(
    // An errored fetch body drops the chunks its reader has not taken yet (the Streams spec clears
    // the queue), so the piece written with the cut may never arrive: the assertion is on what came
    // well before it.
    { kind: 'cut', chunks: ['El contrato ', 'se renueva ', 'cada año', ' salvo'], delayMs: 600 },
    { kind: 'text', text: 'El contrato se renueva cada año salvo aviso con tres meses de antelación.' },
  );
  const page = await openChat(openExtensionPage);
  await ask(page, '¿Cuándo se renueva el contrato?');
  const answer = lastAnswer(page);
  await expect(answer).toHaveAttribute('data-status', 'error');
  await expect(answer).toContainText('El contrato se renueva cada año');
  await expect(answer.locator('[data-error-code="stream-cut"]')).toContainText('cut off');
  await answer.getByRole('button', { name: 'Retry' }).click();
  await waitForAnswerDone(page);
  await expect(lastAnswer(page)).toContainText('salvo aviso con tres meses de antelación.');
  expect(chatBodies(server)[1]?.messages.at(-1)).toMatchObject({ role: 'user', content: '¿Cuándo se renueva el contrato?' });
});

test('Stop keeps what arrived, and Regenerate answers the same question again', async ({ openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue(
    { kind: 'text', text: 'Erster Punkt: die Frist. Zweiter Punkt: die Zinsen. Dritter Punkt: die Mahnung.', delayMs: 250 },
    { kind: 'text', text: 'Kurz gesagt: drei bis sechs Monate.' },
  );
  const page = await openChat(openExtensionPage);
  await ask(page, 'Wie lange darf der Vermieter die Kaution behalten?');
  await expect(lastAnswer(page)).toContainText('Erster Punkt');
  await lastAnswer(page).getByRole('button', { name: 'Stop' }).click();
  await expect(lastAnswer(page)).toHaveAttribute('data-status', 'stopped');
  await expect(lastAnswer(page)).toContainText('Erster Punkt');
  await expect(lastAnswer(page)).not.toContainText('Dritter Punkt');
  await expect.poll(() => server.streams[0]?.closedByClient).toBe(true);

  await lastAnswer(page).getByRole('button', { name: 'Regenerate' }).click();
  await waitForAnswerDone(page);
  await expect(page.getByTestId('message-assistant')).toHaveCount(1);
  await expect(lastAnswer(page)).toContainText('Kurz gesagt: drei bis sechs Monate.');
  expect(chatBodies(server)[1]?.messages.at(-1)?.content).toBe('Wie lange darf der Vermieter die Kaution behalten?');
});

test('editing the last question replaces it and answers the new one', async ({ openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({ kind: 'text', text: 'Paris.' }, { kind: 'text', text: 'Berlin.' });
  const page = await openChat(openExtensionPage);
  await ask(page, 'Capital of France?');
  await waitForAnswerDone(page);
  await page.getByTestId('message-user').getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Edit your message').fill('Capital of Germany?');
  await page.getByRole('button', { name: 'Send edited' }).click();
  await expect(lastAnswer(page)).toContainText('Berlin.');
  await waitForAnswerDone(page);
  await expect(page.getByTestId('message-user')).toHaveText(/Capital of Germany\?/);
  await expect(page.getByTestId('message-assistant')).toHaveCount(1);
  expect(chatBodies(server)[1]?.messages.slice(1)).toEqual([{ role: 'user', content: 'Capital of Germany?' }]);
});

test('what the user typed survives the popup closing', async ({ openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const page = await openChat(openExtensionPage);
  const draft = 'Bitte formuliere eine freundliche Erinnerung an die Rechnung Nr. 2026-0418';
  await page.getByLabel('Message', { exact: true }).pressSequentially(draft, { delay: 5 });
  await page.close();
  const reopened = await openChat(openExtensionPage);
  await expect(reopened.getByLabel('Message', { exact: true })).toHaveValue(draft);
});

test('"Ask about the selection" quotes the selected text of the page as data', async ({ context, openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  await openArticleWithLeadSelected(context, server);
  const page = await openChat(openExtensionPage);
  await page.getByRole('button', { name: 'Ask about the selection' }).click();
  await expect(page.getByTestId('context-chip')).toContainText('Mietrecht: Wann die Kaution zurückgezahlt werden muss');
  server.enqueue({ kind: 'text', text: 'Meist drei bis sechs Monate.' });
  await ask(page, 'Wie lange ist die Prüfungsfrist?');
  await waitForAnswerDone(page);
  const sent = chatBodies(server)[0]?.messages.at(-1)?.content ?? '';
  expect(sent).toContain('not instructions to you');
  expect(sent).toContain('eine angemessene Prüfungsfrist zu');
  expect(sent).toContain(`url="${server.url}/pages/chat/kaution-article.html"`);
  expect(sent.endsWith('Wie lange ist die Prüfungsfrist?')).toBe(true);
  // The footer was not selected, so it is not sent.
  expect(sent).not.toContain('Impressum');
  await expect(page.getByTestId('context-chip')).toHaveCount(0);
});

test('"Ask about this page" quotes the article text, not the navigation', async ({ context, openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const article = await context.newPage();
  await article.goto(`${server.url}/pages/chat/kaution-article.html`);
  const page = await openChat(openExtensionPage);
  await page.getByRole('button', { name: 'Ask about this page' }).click();
  await expect(page.getByTestId('context-chip')).toContainText('Asking about the page');
  server.enqueue({ kind: 'text', text: 'Ja, samt Zinsen.' });
  await ask(page, 'Bekomme ich Zinsen?');
  await waitForAnswerDone(page);
  const sent = chatBodies(server)[0]?.messages.at(-1)?.content ?? '';
  expect(sent).toContain('die Zinsen stehen dem Mieter zu');
  expect(sent).not.toContain('Datenschutz');
});

test('a page scripts cannot run in gets a clear message instead of context', async ({ context, openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const settingsPage = await context.newPage();
  await settingsPage.goto('chrome://version');
  const page = await openChat(openExtensionPage);
  await page.getByRole('button', { name: 'Ask about this page' }).click();
  await expect(page.locator('[data-error-code="page-unavailable"]')).toContainText('Parley cannot read');
  await expect(page.getByTestId('context-chip')).toHaveCount(0);
});

test('reasoning is shown folded, apart from the answer', async ({
  openExtensionPage,
  server,
  serviceWorker,
}) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({
    kind: 'text',
    text: 'The answer is 42.',
    reasoning: { field: 'reasoning_content', text: 'Six times seven is forty-two.' },
  });
  const page = await openChat(openExtensionPage);
  await ask(page, 'What is six times seven?');
  await waitForAnswerDone(page);
  const reasoning = lastAnswer(page).locator('details.reasoning');
  await expect(reasoning).not.toHaveAttribute('open');
  await expect(reasoning.locator('summary')).toHaveText('Reasoning');
  await reasoning.locator('summary').click();
  await expect(reasoning).toContainText('Six times seven is forty-two.');
  await expect(lastAnswer(page).locator('.markdown')).toHaveText('The answer is 42.');
});

test('conversations can be searched, renamed, exported as Markdown and deleted', async ({ openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({ kind: 'text', text: 'Un croissant, s’il vous plaît.' }, { kind: 'text', text: 'Zwei Brötchen, bitte.' });
  const page = await openChat(openExtensionPage);
  await ask(page, 'How do I order a croissant in French?');
  await waitForAnswerDone(page);
  await page.getByRole('button', { name: 'New chat' }).click();
  await ask(page, 'And bread rolls in German?');
  await waitForAnswerDone(page);

  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.getByTestId('conversation-row')).toHaveCount(2);
  await page.getByLabel('Search chats').fill('Brötchen');
  await expect(page.getByTestId('conversation-row')).toHaveCount(1);
  const row = page.getByTestId('conversation-row');
  await row.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New title').fill('Bakery German');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByRole('button', { name: /Bakery German/ })).toBeVisible();

  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: 'Export Markdown' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^parley-\d{4}-\d{2}-\d{2}-Bakery-German\.md$/);
  const markdown = await readFile(await file.path(), 'utf8');
  expect(markdown).toContain('# Bakery German');
  expect(markdown).toContain('## You\n\nAnd bread rolls in German?');
  expect(markdown).toContain('Zwei Brötchen, bitte.');

  await row.getByRole('button', { name: 'Delete' }).click();
  await row.getByRole('button', { name: 'Confirm delete' }).click();
  await page.getByLabel('Search chats').fill('');
  await expect(page.getByTestId('conversation-row')).toHaveCount(1);
  await expect(page.getByTestId('conversation-row')).toContainText('How do I order a croissant in French?');
});
