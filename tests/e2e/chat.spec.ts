import { launchWithExtension, serviceWorkerOf, expect, test } from './support/fixtures.ts';
import { ask, chatBodies, openChat, lastAnswer, waitForAnswerDone } from './support/chat.ts';
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
      '',
      '<img src=x onerror="window.parleyPwned = 1">',
      '<script>window.parleyPwned = 2</script>',
      '[Open the details](javascript:window.parleyPwned=3)',
      `![status](${tracker})`,
      '<a href="javascript:window.parleyPwned=4">raw link</a>',
      '[A real source](https://example.org/report)',
    ].join('\n'),
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
    { kind: 'cut', chunks: ['El contrato ', 'se renueva ', 'cada año'], delayMs: 100 },
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
