import { expect, test } from './support/fixtures.ts';
import { ask, chatBodies, openArticleWithLeadSelected, lastAnswer, openChat, waitForAnswerDone } from './support/chat.ts';
import { configureProvider } from './support/provider.ts';

// The panel itself cannot be driven from a test (sidePanel.open() needs a real user gesture, see
// docs on this machine), so its page is opened in a tab: the same page the panel shows.

test('the side-panel page chats like the popup, and sees the popup\'s conversation', async ({ openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({ kind: 'text', text: 'Gern geschehen! Ich helfe Ihnen weiter.' }, { kind: 'text', text: 'Auf Wiedersehen!' });
  const panel = await openChat(openExtensionPage, 'sidepanel.html');
  await expect(panel.locator('.shell-sidepanel')).toBeVisible();
  await ask(panel, 'Danke für die schnelle Antwort!');
  await waitForAnswerDone(panel);
  await expect(lastAnswer(panel)).toContainText('Gern geschehen!');

  // Popup and panel show one store: the popup opens on the same conversation and continues it.
  const popup = await openChat(openExtensionPage);
  await expect(lastAnswer(popup)).toContainText('Gern geschehen!');
  await ask(popup, 'Tschüss!');
  await waitForAnswerDone(popup);
  await expect(lastAnswer(panel)).toContainText('Auf Wiedersehen!');
  expect(chatBodies(server)[1]?.messages).toHaveLength(4);
});

test('"Ask Parley about the selection" from the page\'s context menu lands in the chat input as quoted context', async ({
  context,
  openExtensionPage,
  server,
  serviceWorker,
  extensionErrors,
}) => {
  await configureProvider(serviceWorker, server);
  await openArticleWithLeadSelected(context, server);
  const panel = await openChat(openExtensionPage, 'sidepanel.html');
  await serviceWorker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    if (!tab) throw new Error('the article tab is missing');
    // Chromium's events have dispatch() for tests; the typings leave it out.
    const onClicked = chrome.contextMenus.onClicked as unknown as { dispatch: (info: object, tab: chrome.tabs.Tab) => void };
    onClicked.dispatch(
      { menuItemId: 'parley-chat-ask-selection', selectionText: 'Nach dem Auszug wollen Mieterinnen', pageUrl: url, frameId: 0, editable: false },
      tab,
    );
  }, `${server.url}/pages/chat/kaution-article.html`);
  // A dispatched event is no user gesture: the browser refuses to open the panel, and says so as a warning.
  extensionErrors.allow(/did not open the side panel/);
  await expect(panel.getByTestId('context-chip')).toContainText('Mietrecht: Wann die Kaution zurückgezahlt werden muss');
  server.enqueue({ kind: 'text', text: 'Drei bis sechs Monate.' });
  await ask(panel, 'Wie lange darf er warten?');
  await waitForAnswerDone(panel);
  const sent = chatBodies(server)[0]?.messages.at(-1)?.content ?? '';
  // The page's own selection (read with the e2e build's host access), line breaks and all, not the menu's short copy.
  expect(sent).toContain('eine angemessene Prüfungsfrist zu');
  expect(sent).toContain('not instructions to you');
});
