import type { Page, Worker } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { configureProvider } from './support/provider.ts';
import { MENU_REPLACE, MENU_TRANSLATE, bubbleIn, clickMenu, selectContents } from './support/translate.ts';

const FRENCH_TRANSLATION =
  'The European Central Bank decided on Thursday to keep its key interest rates unchanged at 2.15%, while signalling that inflation in the euro area should return to its 2% target during the first half of 2026.';

test('a French paragraph is translated in a bubble next to the selection, streamed, copied and closed with Esc', async ({ context, page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({ kind: 'text', text: FRENCH_TRANSLATION, delayMs: 120 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const url = `${server.url}/pages/translate/article.html`;
  await page.goto(url);
  const selected = await selectContents(page, '#fr');

  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: selected });
  const bubble = bubbleIn(page);
  const translation = bubble.getByTestId('translation');
  // Part of the answer shows while the server is still sending the rest.
  await expect(translation).toContainText('The European Central Bank');
  expect(server.streams[0]?.finished).toBe(false);
  await expect(translation).toHaveText(FRENCH_TRANSLATION);
  await expect(bubble.getByTestId('source-language')).toHaveText('French');
  await expect(bubble.getByLabel('Translate into')).toHaveValue('en');
  await expect(bubble.getByTestId('provider')).toHaveText(/parley-test-model/);

  const body = server.requests[0]?.body as { messages: Array<{ content: string }>; temperature: number };
  const prompt = body.messages.map((message) => message.content).join('\n');
  expect(prompt).toContain(selected.trim());
  expect(prompt).toContain('into English (en)');
  expect(body.temperature).toBe(0.2);

  // Next to the selection (just below or above it) and fully inside the viewport.
  const box = await bubble.boundingBox();
  const paragraph = await page.locator('#fr').boundingBox();
  const viewport = page.viewportSize();
  if (!box || !paragraph || !viewport) throw new Error('no layout');
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  const below = box.y - (paragraph.y + paragraph.height);
  const above = paragraph.y - (box.y + box.height);
  expect(Math.min(Math.abs(below), Math.abs(above))).toBeLessThanOrEqual(16);

  await bubble.getByRole('button', { name: 'Copy' }).click();
  await expect(bubble.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(FRENCH_TRANSLATION);

  await page.keyboard.press('Escape');
  await expect(page.locator('parley-translate')).toHaveCount(0);
});

test('Chinese and Arabic selections are detected locally and named in the prompt', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue(
    { kind: 'text', text: 'Shanghai opened its first fully driverless bus line today.' },
    { kind: 'text', text: 'The Sharjah International Book Fair opened its 44th edition.' },
  );
  const url = `${server.url}/pages/translate/article.html`;
  await page.goto(url);

  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: await selectContents(page, '#zh') });
  await expect(bubbleIn(page).getByTestId('translation')).toHaveText('Shanghai opened its first fully driverless bus line today.');
  await expect(bubbleIn(page).getByTestId('source-language')).toHaveText('Chinese (Simplified)');

  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: await selectContents(page, '#ar') });
  await expect(bubbleIn(page).getByTestId('translation')).toHaveText('The Sharjah International Book Fair opened its 44th edition.');
  await expect(bubbleIn(page).getByTestId('source-language')).toHaveText('Arabic');

  const prompts = server.requests.map((request) => JSON.stringify(request.body));
  expect(prompts[0]).toContain('from Chinese (Simplified) into English (en)');
  expect(prompts[1]).toContain('from Arabic into English (en)');
  expect(prompts[1]).toContain('افتتح معرض الشارقة الدولي للكتاب');
});

const REPLY_IN_ENGLISH = 'Hello Mrs Martin, your parcel was shipped yesterday and will arrive on Friday.';

/** "Translate and replace" on the compose page's reply textarea: the field gets REPLY_IN_ENGLISH and the page an input event. */
async function translateAndReplaceReply(page: Page, serviceWorker: Worker, url: string): Promise<void> {
  const selected = await selectContents(page, '#reply');
  await clickMenu(serviceWorker, url, { menuItemId: MENU_REPLACE, selectionText: selected, editable: true });
  await expect(page.locator('#reply')).toHaveValue(REPLY_IN_ENGLISH);
  await expect(bubbleIn(page).getByRole('button', { name: 'Replaced' })).toBeVisible();
  const events = await page.evaluate(() => (window as unknown as { inputEvents: Array<{ target: string; inputType: string }> }).inputEvents);
  expect(events).toContainEqual(expect.objectContaining({ target: 'reply', inputType: 'insertText' }));
}

test('translate and replace puts the translation into a contenteditable editor and the page sees an input event', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const english = 'The customer asked for a partial refund because of the delay.';
  server.enqueue({ kind: 'text', text: english });
  const url = `${server.url}/pages/translate/compose.html`;
  await page.goto(url);
  const selected = await selectContents(page, '#editor p');

  await clickMenu(serviceWorker, url, { menuItemId: MENU_REPLACE, selectionText: selected, editable: true });
  await expect(page.locator('#editor')).toHaveText(english);
  expect(JSON.stringify(server.requests[0]?.body)).toContain('El cliente pidió un reembolso parcial');
  const events = await page.evaluate(() => (window as unknown as { inputEvents: Array<{ target: string; inputType: string }> }).inputEvents);
  expect(events).toContainEqual(expect.objectContaining({ target: 'editor', inputType: 'insertText' }));
});

test('a selection inside an iframe is translated in that frame', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const english = 'Dear editors, thank you for your detailed report on the new tram line in Freiburg.';
  server.enqueue({ kind: 'text', text: english });
  const url = `${server.url}/pages/translate/article.html`;
  await page.goto(url);
  const frame = page.frame({ url: /letter-frame\.html$/ });
  if (!frame) throw new Error('the letter frame did not load');
  const selected = await selectContents(frame, '#letter');

  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: selected, frameUrl: frame.url() });
  await expect(bubbleIn(frame).getByTestId('translation')).toHaveText(english);
  await expect(bubbleIn(frame).getByTestId('source-language')).toHaveText('German');
  expect(JSON.stringify(server.requests[0]?.body)).toContain('Sehr geehrte Redaktion');
});

test('the same selection a second time comes from the cache without a request, in the bubble’s first paint (never "Translating…"), and joins the tab’s list', async ({ openExtensionPage, page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({ kind: 'text', text: FRENCH_TRANSLATION });
  const url = `${server.url}/pages/translate/article.html`;
  await page.goto(url);
  const selected = await selectContents(page, '#fr');
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: selected });
  await expect(bubbleIn(page).getByTestId('translation')).toHaveText(FRENCH_TRANSLATION);
  await expect(bubbleIn(page).getByTestId('provider')).not.toContainText('from cache');
  await page.keyboard.press('Escape');
  await expect(page.locator('parley-translate')).toHaveCount(0);

  // Every state of the next bubble's translation area, from its shadow root's first change on.
  await page.evaluate(() => {
    const states: string[] = [];
    (window as unknown as { bubbleStates: string[] }).bubbleStates = states;
    const watch = (root: ShadowRoot) =>
      new MutationObserver(() => {
        const area = root.querySelector('[data-testid="translation"]');
        if (area) states.push(area.textContent ?? '');
      }).observe(root, { childList: true, subtree: true, characterData: true });
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof Element && node.localName === 'parley-translate' && node.shadowRoot) watch(node.shadowRoot);
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
  await selectContents(page, '#fr');
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: selected });
  await expect(bubbleIn(page).getByTestId('translation')).toHaveText(FRENCH_TRANSLATION);
  await expect(bubbleIn(page).getByTestId('provider')).toContainText('from cache');
  await expect(bubbleIn(page).getByTestId('source-language')).toHaveText('French');
  const states = await page.evaluate(() => (window as unknown as { bubbleStates: string[] }).bubbleStates);
  expect(states.length).toBeGreaterThan(0);
  expect(new Set(states)).toEqual(new Set([FRENCH_TRANSLATION]));
  expect(server.requests).toHaveLength(1);

  const tabId = await serviceWorker.evaluate(async (pageUrl) => (await chrome.tabs.query({})).find((tab) => tab.url === pageUrl)?.id, url);
  const popup = await openExtensionPage(`popup.html?tab=${tabId}#translate`);
  await expect(popup.getByRole('region', { name: 'Recent translations on this tab' }).getByRole('listitem')).toHaveCount(2);

  // Retry still asks the server from a bubble that opened with a cached answer.
  await page.bringToFront();
  server.enqueue({ kind: 'text', text: 'A fresh answer.' });
  await bubbleIn(page).getByRole('button', { name: 'Retry' }).click();
  await expect(bubbleIn(page).getByTestId('translation')).toHaveText('A fresh answer.');
  expect(server.requests).toHaveLength(2);
});

test('translate and replace puts the translation into a textarea (the page sees an input event), and a second time the cached one at once', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({ kind: 'text', text: REPLY_IN_ENGLISH });
  const url = `${server.url}/pages/translate/compose.html`;
  await page.goto(url);
  await translateAndReplaceReply(page, serviceWorker, url);

  await page.reload();
  await translateAndReplaceReply(page, serviceWorker, url);
  await expect(bubbleIn(page).getByTestId('provider')).toContainText('from cache');
  expect(server.requests).toHaveLength(1);
});

test('a rejected key shows in the bubble with a way to the settings', async ({ context, page, server, serviceWorker }) => {
  server.setApiKey('sk-the-server-wants-another-key');
  await configureProvider(serviceWorker, server);
  const url = `${server.url}/pages/translate/article.html`;
  await page.goto(url);
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: await selectContents(page, '#fr') });

  const alert = bubbleIn(page).locator('[data-error-code="invalid-key"]');
  await expect(alert).toContainText('401');
  const optionsPage = context.waitForEvent('page', { predicate: (opened) => opened.url().includes('/options.html') });
  await alert.getByRole('button', { name: 'Open settings' }).click();
  await optionsPage;
});

test('an empty selection gets a clear message and no request', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const url = `${server.url}/pages/translate/article.html`;
  await page.goto(url);
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: '   ' });
  await expect(bubbleIn(page).locator('[data-error-code="empty-input"]')).toContainText('Select some text first');
  expect(server.requests).toHaveLength(0);
});

test('on a page where scripts cannot run, the selected text is translated in the popup', async ({ openExtensionPage, page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({ kind: 'text', text: 'Chrome version information' });
  await page.goto('chrome://version/');
  await page.bringToFront();
  await clickMenu(serviceWorker, 'chrome://version/', { menuItemId: MENU_TRANSLATE, selectionText: 'Informations sur la version de Chrome' });

  // The toolbar popup opened and translated the text from the menu event (Playwright cannot drive
  // the toolbar popup itself, so its work is checked on the server and in the tab's list).
  await expect.poll(() => server.requests.length).toBe(1);
  expect(JSON.stringify(server.requests[0]?.body)).toContain('Informations sur la version de Chrome');
  const { popups, tabId } = await serviceWorker.evaluate(async () => ({
    popups: (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.POPUP] })).length,
    tabId: (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  }));
  expect(popups).toBe(1);
  const popup = await openExtensionPage(`popup.html?tab=${tabId}#translate`);
  await expect(popup.getByRole('region', { name: 'Recent translations on this tab' })).toContainText('Chrome version information');
});

test('the popup translates typed text, and lists the tab’s latest translations', async ({ openExtensionPage, page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({ kind: 'text', text: FRENCH_TRANSLATION }, { kind: 'text', text: 'Good morning, everyone.' });
  const url = `${server.url}/pages/translate/article.html`;
  await page.goto(url);
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: await selectContents(page, '#fr') });
  await expect(bubbleIn(page).getByTestId('translation')).toHaveText(FRENCH_TRANSLATION);
  const tabId = await serviceWorker.evaluate(async (pageUrl) => (await chrome.tabs.query({})).find((tab) => tab.url === pageUrl)?.id, url);

  const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.getByRole('tab', { name: 'Translate' }).click();
  const recent = popup.getByRole('region', { name: 'Recent translations on this tab' });
  await expect(recent).toContainText(FRENCH_TRANSLATION);

  await popup.getByLabel('Text to translate').fill('Buenos días a todos.');
  await popup.getByRole('combobox', { name: 'Translate into' }).selectOption('en');
  await popup.getByRole('button', { name: 'Translate', exact: true }).click();
  await expect(popup.getByTestId('popup-translation')).toHaveText('Good morning, everyone.');
  expect(JSON.stringify(server.requests[1]?.body)).toContain('Buenos días a todos.');
  await expect(recent.getByRole('listitem')).toHaveCount(2);
});
