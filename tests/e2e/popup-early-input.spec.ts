import { expect, test } from './support/fixtures.ts';
import { chatBodies, lastAnswer, openChat, waitForAnswerDone } from './support/chat.ts';
import { configureProvider } from './support/provider.ts';

// The popup draws its input before it has read the settings and the chat store (they load after
// the first paint). What a user types in that moment is kept, and Enter sends once both are known.

type EarlyWindow = Window & { __typedBeforeRead?: Promise<{ storeRead: boolean; tabsSettled: boolean }> };

test('text typed and sent before the popup has read its settings and the chat is kept, joined to the saved draft, and sent', async ({ context, extensionId, openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({ kind: 'text', text: 'Gern, ich bestätige den Termin am Donnerstag um 10 Uhr.' });
  const saved = 'Liebe Frau Keller,';
  const first = await openChat(openExtensionPage);
  await first.getByLabel('Message', { exact: true }).pressSequentially(saved, { delay: 5 });
  await first.close();

  const page = await context.newPage();
  // Runs in the popup itself, in the microtask after React first puts the input in the page:
  // no frame has been painted yet, so nothing loaded after the first paint can have arrived.
  await page.addInitScript(() => {
    (window as EarlyWindow).__typedBeforeRead = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const input = document.querySelector('textarea[aria-label="Message"]');
        if (!(input instanceof HTMLTextAreaElement)) return;
        observer.disconnect();
        const storeRead = document.querySelector('select[aria-label="Preset"]') !== null;
        // The tab list is busy until the settings say which tabs are on.
        const tabsSettled = document.querySelector('[role="tablist"][aria-busy="true"]') === null;
        const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
        setValue?.call(input, 'bitte bestätigen Sie den Termin.');
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
        resolve({ storeRead, tabsSettled });
      });
      observer.observe(document, { childList: true, subtree: true });
    });
  });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const early = await page.evaluate(() => (window as EarlyWindow).__typedBeforeRead);
  expect(early).toEqual({ storeRead: false, tabsSettled: false });

  await waitForAnswerDone(page);
  await expect(lastAnswer(page)).toContainText('Donnerstag um 10 Uhr');
  expect(chatBodies(server).at(-1)?.messages.at(-1)).toEqual({ role: 'user', content: `${saved}\nbitte bestätigen Sie den Termin.` });
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue('');
});

type FirstTabsWindow = Window & { __firstTabs?: Promise<string[]> };

test('chat turned off since the last opening goes once the settings arrive, and the next opening draws without it from the first frame', async ({ context, extensionId, openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const before = await openExtensionPage('popup.html');
  await expect(before.getByRole('tablist')).toHaveAttribute('aria-busy', 'false');
  await expect(before.getByRole('tab', { name: 'Chat' })).toBeVisible();
  await before.close();

  await configureProvider(serviceWorker, server, (settings) => ({ ...settings, features: { ...settings.features, chat: false } }));
  const changed = await openExtensionPage('popup.html');
  await expect(changed.getByRole('tablist')).toHaveAttribute('aria-busy', 'false');
  await expect(changed.getByRole('tab', { name: 'Chat' })).toHaveCount(0);
  await expect(changed.getByRole('tab', { name: 'Translate' })).toHaveAttribute('aria-selected', 'true');
  await expect(changed.getByLabel('Message', { exact: true })).toHaveCount(0);
  await changed.close();

  const next = await context.newPage();
  await next.addInitScript(() => {
    (window as FirstTabsWindow).__firstTabs = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const tabs = [...document.querySelectorAll('[role="tab"]')];
        if (tabs.length === 0) return;
        observer.disconnect();
        resolve(tabs.map((tab) => tab.textContent ?? ''));
      });
      observer.observe(document, { childList: true, subtree: true });
    });
  });
  await next.goto(`chrome-extension://${extensionId}/popup.html`);
  expect(await next.evaluate(() => (window as FirstTabsWindow).__firstTabs)).toEqual(['Translate', 'Replies']);
  await expect(next.getByRole('tablist')).toHaveAttribute('aria-busy', 'false');
  await expect(next.getByRole('tab', { name: 'Chat' })).toHaveCount(0);
});
