import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { TestServer } from '../fixtures/openai-server/server.ts';
import { expect, test } from './support/fixtures.ts';
import { configureProvider } from './support/provider.ts';
import { clickSuggestRepliesMenu, editorFrameId, fixtureApp, promptOf, repliesAnswer, tabIdOf } from './support/webmail-replies.ts';

const GERMAN_REPLIES = [
  { intent: 'accept LED wall', text: 'Hallo Herr Becker,\n\nvielen Dank, wir nehmen die LED-Rückwand gern dazu.\n\nViele Grüße\nAlex Morgan', gloss: 'Thank you, we will gladly add the LED back wall.' },
  { intent: 'decline LED wall', text: 'Hallo Herr Becker,\n\ndanke, die LED-Rückwand brauchen wir nicht.\n\nViele Grüße\nAlex Morgan', gloss: 'Thanks, we do not need the LED back wall.' },
  { intent: 'ask price', text: 'Hallo Herr Becker,\n\nwas kostet die LED-Rückwand zusätzlich?\n\nViele Grüße\nAlex Morgan', gloss: 'How much extra is the LED back wall?' },
];

/** Opens the Roundcube-like page and chooses "Suggest replies" on its reply textarea. */
async function suggestOnTextarea(context: BrowserContext, server: TestServer, serviceWorker: Worker): Promise<Page> {
  const page = await context.newPage();
  const url = `${server.url}/pages/webmail/generic-textarea.html`;
  await page.goto(url);
  // The right-click that opens the menu puts the caret in the field.
  await page.locator('#composebody').click({ position: { x: 20, y: 8 } });
  await clickSuggestRepliesMenu(serviceWorker, url, 0);
  return page;
}

test('generic mode: a textarea holding a quoted reply gets replies from the quote, inserted above it', async ({ context, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue(repliesAnswer('sends the offer, asks by Friday whether to add the LED wall; formal', GERMAN_REPLIES));
  const page = await suggestOnTextarea(context, server, serviceWorker);

  const panel = page.getByRole('dialog', { name: 'Parley: suggested replies' });
  await expect(panel.getByTestId('gloss')).toHaveText(GERMAN_REPLIES.map((reply) => reply.gloss));
  const prompt = promptOf(server.requests.find((request) => request.path === '/v1/chat/completions'));
  expect(prompt.thread.messages).toHaveLength(1);
  expect(prompt.thread.messages[0]?.from).toBe('Jonas Becker');
  expect(prompt.thread.messages[0]?.text).toContain('ob Sie die LED-Rückwand\nzusätzlich wünschen?');
  expect(prompt.system).toContain('the reply body in German (de)');

  await panel.getByTestId('reply').nth(2).getByRole('button', { name: 'Insert' }).click();
  const textarea = page.locator('#composebody');
  await expect(textarea).toHaveValue(/was kostet die LED-Rückwand zusätzlich\?/);
  const value = await textarea.inputValue();
  expect(value.indexOf('was kostet')).toBeLessThan(value.indexOf('On 10.03.2026 09:12, Jonas Becker wrote:'));
  expect(value).toContain('> Könnten Sie uns bis Freitag mitteilen, ob Sie die LED-Rückwand');
  expect((await fixtureApp(page)).sends).toBe(0);
});

test('generic mode: a rich editor in an about:blank iframe gets replies from the ticket beside it', async ({ context, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const spanish = [
    { intent: 'send replacement', text: 'Hola, Lucía:\n\nSentimos mucho lo ocurrido. Le enviamos hoy una lámpara nueva.\n\nUn saludo,\nAlex', gloss: 'We are very sorry. We are sending you a new lamp today.' },
    { intent: 'refund', text: 'Hola, Lucía:\n\nLe devolvemos el importe completo en 3 días.\n\nUn saludo,\nAlex', gloss: 'We will refund the full amount within 3 days.' },
    { intent: 'ask photos', text: 'Hola, Lucía:\n\n¿Podría reenviarnos las fotos? No nos llegaron.\n\nUn saludo,\nAlex', gloss: 'Could you resend the photos? They did not reach us.' },
  ];
  server.enqueue(repliesAnswer('a broken lamp: asks for a replacement before the 20th, else a refund; polite', spanish));
  const page = await context.newPage();
  const url = `${server.url}/pages/webmail/generic-iframe-editor.html`;
  await page.goto(url);
  const editor = page.frameLocator('#reply_ifr').locator('body');
  await editor.click();
  await clickSuggestRepliesMenu(serviceWorker, url, await editorFrameId(serviceWorker, url));

  const panel = page.getByRole('dialog', { name: 'Parley: suggested replies' });
  await expect(panel.getByTestId('reply')).toHaveCount(3);
  const prompt = promptOf(server.requests.find((request) => request.path === '/v1/chat/completions'));
  expect(prompt.thread.messages[0]?.text).toContain('la lámpara de mesa llegó con el cristal roto');
  expect(prompt.system).toContain('the reply body in Spanish (es)');

  await panel.getByTestId('reply').first().getByRole('button', { name: 'Insert' }).click();
  await expect(editor).toContainText('Le enviamos hoy una lámpara nueva.');
  expect((await fixtureApp(page)).inputs).toContain('insertText');
  expect((await fixtureApp(page)).sends).toBe(0);
});

test('the popup Replies tab suggests replies for the tab and inserts them into its page', async ({ context, server, serviceWorker, extensionId }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue(repliesAnswer('sends the offer', GERMAN_REPLIES));
  const page = await context.newPage();
  const url = `${server.url}/pages/webmail/generic-textarea.html`;
  await page.goto(url);
  await page.locator('#composebody').click({ position: { x: 20, y: 8 } });
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${await tabIdOf(serviceWorker, url)}`);
  await popup.getByRole('tab', { name: 'Replies' }).click();
  await popup.getByRole('button', { name: 'Suggest replies for this tab' }).click();
  await expect(popup.getByTestId('reply')).toHaveCount(3);
  await popup.getByTestId('reply').first().getByRole('button', { name: 'Insert' }).click();
  await expect(popup.getByTestId('inserted')).toBeVisible();
  await expect(page.locator('#composebody')).toHaveValue(/wir nehmen die LED-Rückwand gern dazu/);
});

test('an inserted, liked reply shapes the next request for that correspondent, shows in the options and can be cleared', async ({ context, server, serviceWorker, openExtensionPage }) => {
  await configureProvider(serviceWorker, server, (settings) => ({ ...settings, replies: { ...settings.replies, name: 'Alex Morgan', role: 'Head of Partnerships' } }));
  server.enqueue(repliesAnswer('sends the offer', GERMAN_REPLIES), repliesAnswer('sends the offer', GERMAN_REPLIES));
  const page = await suggestOnTextarea(context, server, serviceWorker);
  const panel = page.getByRole('dialog', { name: 'Parley: suggested replies' });
  const first = panel.getByTestId('reply').first();
  await first.getByRole('button', { name: 'Good suggestion' }).click();
  await expect(first.getByRole('button', { name: 'Good suggestion' })).toHaveAttribute('aria-pressed', 'true');
  await first.getByRole('button', { name: 'Insert' }).click();
  await expect(panel.getByTestId('inserted')).toBeVisible();
  expect(promptOf(server.requests[0]).system).toContain('Suggest replies for Alex Morgan (Head of Partnerships)');

  await panel.getByRole('button', { name: 'Regenerate' }).click();
  await expect.poll(() => server.requests.filter((request) => request.path === '/v1/chat/completions').length).toBe(2);
  const second = promptOf(server.requests.filter((request) => request.path === '/v1/chat/completions')[1]);
  expect(second.system).toContain('Replies they liked: accept LED wall.');
  expect(second.system).toContain('They greet this person as: "Hallo Herr Becker,".');

  const options = await openExtensionPage('options.html');
  const learned = options.getByTestId('learned-list');
  await expect(learned).toContainText('Jonas Becker: 1 inserted · 1 👍 · 0 👎');
  await expect(options.getByLabel('Your name (replies are signed with it)')).toHaveValue('Alex Morgan');
  await learned.getByRole('button', { name: 'Clear everything learned' }).click();
  await expect(learned).toContainText('Nothing yet.');
});
