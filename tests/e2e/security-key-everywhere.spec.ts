import { configureProvider } from './support/provider.ts';
import { ask, lastAnswer, openChat, waitForAnswerDone } from './support/chat.ts';
import { leaksIn, pageTextAndState, recordAllConsole, tabIdOf } from './support/security-probes.ts';
import { MENU_TRANSLATE, bubbleIn, clickMenu, selectContents } from './support/translate.ts';
import { expect, test } from './support/webmail.ts';
import { repliesAnswer } from './support/webmail-replies.ts';

// After every flow has run (translation bubble, popup chat, side-panel chat, Gmail replies) and
// after the provider rejected the key (its 401 message echoes a masked form of it), the key is in
// no page's DOM or web storage, in nothing a content script can read, and in no console line.

const KEY = 'sk-everywhere-Vb7Qm2Kx9Rt4Nw8Z';

test('after every flow and a rejected key, the key is in no page, no content-script read and no console line', async ({ context, openExtensionPage, server, serviceWorker, webmail }) => {
  test.setTimeout(120_000);
  const consoleLines = recordAllConsole(context);
  await configureProvider(serviceWorker, server, undefined, KEY);
  server.setApiKey(KEY);

  // Translate in the bubble.
  server.enqueue({ kind: 'text', text: 'The European Central Bank left its key rates unchanged.' });
  const article = await context.newPage();
  const articleUrl = `${server.url}/pages/translate/article.html`;
  await article.goto(articleUrl);
  await clickMenu(serviceWorker, articleUrl, { menuItemId: MENU_TRANSLATE, selectionText: await selectContents(article, '#fr') });
  await expect(bubbleIn(article).getByTestId('translation')).toHaveText('The European Central Bank left its key rates unchanged.');

  // Chat in the popup and in the side panel.
  server.enqueue({ kind: 'text', text: 'Bonjour means hello.' }, { kind: 'text', text: 'Bonsoir means good evening.' });
  const popup = await openChat(openExtensionPage);
  await ask(popup, 'What does "bonjour" mean?');
  await waitForAnswerDone(popup);
  const panel = await openChat(openExtensionPage, 'sidepanel.html');
  await ask(panel, 'And "bonsoir"?');
  await waitForAnswerDone(panel);

  // Replies in Gmail.
  server.enqueue(
    repliesAnswer('asks to move the meeting', [
      { intent: 'accept', text: 'Bonjour Claire,\n\nVendredi me convient.\n\nAlex', gloss: 'Friday suits me.' },
      { intent: 'decline', text: 'Bonjour Claire,\n\nVendredi est difficile.\n\nAlex', gloss: 'Friday is hard.' },
      { intent: 'ask', text: 'Bonjour Claire,\n\nÀ quelle heure ?\n\nAlex', gloss: 'At what time?' },
    ]),
  );
  const gmail = await context.newPage();
  await gmail.goto(webmail.url('mail.google.com', 'gmail-thread.html'));
  await gmail.getByRole('button', { name: 'Suggest replies' }).click();
  await expect(gmail.getByRole('dialog', { name: 'Parley: suggested replies' }).getByTestId('reply')).toHaveCount(3);
  expect(server.requests.every((request) => request.headers.authorization === `Bearer ${KEY}`)).toBe(true);

  // The provider now rejects the key: its 401 message quotes a masked form of it, in the bubble and the chat.
  server.setApiKey('sk-the-provider-rotated-it-000000');
  await clickMenu(serviceWorker, articleUrl, { menuItemId: MENU_TRANSLATE, selectionText: await selectContents(article, '#zh') });
  await expect(bubbleIn(article).locator('[data-error-code="invalid-key"]')).toContainText('401');
  await ask(popup, 'Once more?');
  await expect(lastAnswer(popup).locator('[data-error-code="invalid-key"]')).toContainText('401');

  // The browser's own blank start tab has no storage to read; every other page is checked.
  const pages = context.pages().filter((page) => page.url() !== 'about:blank');
  expect(pages.map((page) => new URL(page.url()).pathname)).toEqual(expect.arrayContaining(['/pages/translate/article.html', '/popup.html', '/sidepanel.html', '/mail/u/0/gmail-thread.html']));
  for (const page of pages) {
    expect(leaksIn(await pageTextAndState(page), KEY), page.url()).toEqual([]);
    // Parley's in-page UI sits in open shadow roots, which outerHTML leaves out.
    const shadowText = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? [element.shadowRoot.innerHTML] : [])).join('\n'),
    );
    expect(leaksIn(shadowText, KEY), `${page.url()} shadow roots`).toEqual([]);
  }

  // What a content script in each web page gets from storage: refused, whatever it asks.
  for (const url of [articleUrl, gmail.url()]) {
    const reads = await serviceWorker.evaluate(async (tabId) => {
      const results = await chrome.scripting.executeScript({
        target: { tabId, allFrames: true },
        func: async () => {
          const attempt = (read: () => Promise<unknown>) => read().then((value) => JSON.stringify(value), (error: unknown) => (error instanceof Error ? error.message : String(error)));
          return [await attempt(() => chrome.storage.local.get()), await attempt(() => chrome.storage.local.get(['secrets', 'settings'])), await attempt(() => chrome.storage.session.get())];
        },
      });
      return results.flatMap((result) => (result.result as string[] | undefined) ?? []);
    }, await tabIdOf(serviceWorker, url));
    expect(reads.length).toBeGreaterThanOrEqual(3);
    for (const read of reads) expect(read).toBe('Access to storage is not allowed from this context.');
  }

  expect(consoleLines().flatMap((line) => leaksIn(line, KEY))).toEqual([]);
});
