import { expect, test } from './support/fixtures.ts';
import { configureProvider } from './support/provider.ts';
import { MENU_REPLACE, MENU_TRANSLATE, bubbleIn, clickMenu, requestedTexts, selectContents } from './support/translate.ts';

const ENGLISH = 'The European Central Bank decided on Thursday to keep its key interest rates unchanged at 2.15%.';
const GERMAN = 'Die Europäische Zentralbank hat am Donnerstag beschlossen, ihre Leitzinsen unverändert bei 2,15 % zu belassen.';

async function translateFrench(page: import('@playwright/test').Page, serviceWorker: import('@playwright/test').Worker, url: string): Promise<void> {
  await page.goto(url);
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: await selectContents(page, '#fr') });
}

test('switching the target language in the bubble translates again into the new language', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({ kind: 'text', text: ENGLISH });
  // Each letter typed on the picker may pick a language on the way: every later request gets German.
  server.setDefault({ kind: 'text', text: GERMAN });
  const url = `${server.url}/pages/translate/article.html`;
  await translateFrench(page, serviceWorker, url);
  const bubble = bubbleIn(page);
  await expect(bubble.getByTestId('translation')).toHaveText(ENGLISH);

  // Typing on the focused picker, as a keyboard user does: the browser's own change event.
  await bubble.getByLabel('Translate into').focus();
  await page.keyboard.type('Deutsch');
  await expect(bubble.getByTestId('translation')).toHaveText(GERMAN);
  await expect(bubble.getByLabel('Translate into')).toHaveValue('de');
  expect(requestedTexts(server.requests).at(-1)).toContain('into German (de)');
  expect(requestedTexts(server.requests).at(-1)).toContain('La Banque centrale européenne');
});

test('Retry asks the server again even though the translation is cached', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const better = 'On Thursday the ECB left its key interest rates unchanged at 2.15%.';
  server.enqueue({ kind: 'text', text: ENGLISH }, { kind: 'text', text: better });
  const url = `${server.url}/pages/translate/article.html`;
  await translateFrench(page, serviceWorker, url);
  const bubble = bubbleIn(page);
  await expect(bubble.getByTestId('translation')).toHaveText(ENGLISH);

  await bubble.getByRole('button', { name: 'Retry' }).click();
  await expect(bubble.getByTestId('translation')).toHaveText(better);
  await expect(bubble.getByTestId('provider')).not.toContainText('from cache');
  expect(server.requests).toHaveLength(2);

  // The new answer replaced the cached one.
  await page.keyboard.press('Escape');
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: await selectContents(page, '#fr') });
  await expect(bubble.getByTestId('translation')).toHaveText(better);
  await expect(bubble.getByTestId('provider')).toContainText('from cache');
  expect(server.requests).toHaveLength(2);
});

test('Listen reads the translation aloud in the target language', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({ kind: 'text', text: ENGLISH });
  // A wrapper in the page's main world does not see the call: the bubble runs in the extension's
  // isolated world, whose SpeechSynthesis prototype is its own. The utterance's outcome shows in
  // the bubble instead: "Stop" while it speaks, or, where the browser has no voice (this
  // headless Chromium has none), the engine's refusal naming the utterance's language.
  const url = `${server.url}/pages/translate/article.html`;
  await translateFrench(page, serviceWorker, url);
  const bubble = bubbleIn(page);
  await expect(bubble.getByTestId('translation')).toHaveText(ENGLISH);
  const voices = await page.evaluate(() => speechSynthesis.getVoices().length);

  await bubble.getByRole('button', { name: 'Listen' }).click();
  if (voices === 0) {
    await expect(bubble.getByTestId('speech-problem')).toContainText('could not read this aloud in English (en)');
    await expect(bubble.getByRole('button', { name: 'Listen' })).toBeVisible();
  } else {
    await expect(bubble.getByRole('button', { name: 'Stop' })).toBeVisible();
  }
});

test('Open in popup puts the translation in the popup’s Translate tab', async ({ openExtensionPage, page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({ kind: 'text', text: ENGLISH });
  const url = `${server.url}/pages/translate/article.html`;
  // The popup belongs to the active tab, as the page with the bubble is for a user.
  await page.bringToFront();
  await translateFrench(page, serviceWorker, url);
  const bubble = bubbleIn(page);
  await expect(bubble.getByTestId('translation')).toHaveText(ENGLISH);
  const selected = await page.evaluate(() => document.getElementById('fr')?.textContent ?? '');

  // Playwright cannot drive the toolbar popup, but another page of the extension can read it. Opened
  // first: a tab opened later would take the focus, and the popup closes when it loses it.
  const reader = await openExtensionPage('options.html');
  await page.bringToFront();
  await bubble.getByRole('button', { name: 'Open in popup' }).click();
  await expect.poll(() => serviceWorker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.POPUP] })).length)).toBe(1);
  const readPopup = () =>
    reader.evaluate(() => {
      const popup = chrome.extension.getViews({ type: 'popup' })[0]?.document;
      return {
        tab: popup?.querySelector('[role="tab"][aria-selected="true"]')?.textContent ?? null,
        input: popup?.querySelector<HTMLTextAreaElement>('#translate-input')?.value ?? null,
        translation: popup?.querySelector('[data-testid="popup-translation"]')?.textContent ?? null,
      };
    });
  await expect.poll(readPopup).toEqual({ tab: 'Translate', input: selected, translation: ENGLISH });
  // Shown from the cache: no second request.
  expect(server.requests).toHaveLength(1);
});

test('clearing the translation cache in the options makes the same selection ask the server again', async ({ openExtensionPage, page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({ kind: 'text', text: ENGLISH }, { kind: 'text', text: ENGLISH });
  const url = `${server.url}/pages/translate/article.html`;
  await translateFrench(page, serviceWorker, url);
  await expect(bubbleIn(page).getByTestId('translation')).toHaveText(ENGLISH);

  const options = await openExtensionPage('options.html');
  await options.getByRole('button', { name: 'Clear translation cache' }).click();
  await expect(options.getByTestId('translate-cache-status')).toHaveText('Cleared 1 saved translation.');

  await page.bringToFront();
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: await selectContents(page, '#fr') });
  // The bubble still shows the first translation until the new one arrives: wait for the request.
  await expect.poll(() => server.requests.length).toBe(2);
  await expect(bubbleIn(page).getByTestId('translation')).toHaveText(ENGLISH);
  await expect(bubbleIn(page).getByTestId('provider')).not.toContainText('from cache');
});

test('a translation cut by the max-tokens limit says so, links to the settings, and is not cached', async ({ context, page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const cut = 'The European Central Bank decided on Thursday to keep';
  server.enqueue({ kind: 'text', text: cut, finishReason: 'length' }, { kind: 'text', text: ENGLISH });
  const url = `${server.url}/pages/translate/article.html`;
  await translateFrench(page, serviceWorker, url);
  const bubble = bubbleIn(page);
  await expect(bubble.getByTestId('translation')).toHaveText(cut);
  const alert = bubble.getByRole('alert').filter({ hasText: 'cut off by the max-tokens limit' });
  await expect(alert).toBeVisible();
  const optionsPage = context.waitForEvent('page', { predicate: (opened) => opened.url().includes('/options.html') });
  await alert.getByRole('button', { name: 'Open settings' }).click();
  await optionsPage;

  await page.bringToFront();
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: await selectContents(page, '#fr') });
  await expect(bubbleIn(page).getByTestId('translation')).toHaveText(ENGLISH);
  await expect(bubbleIn(page).getByRole('alert')).toHaveCount(0);
  expect(server.requests).toHaveLength(2);
});

test('replacing again after switching the target swaps the first translation in a contenteditable editor', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const english = 'The customer asked for a partial refund because of the delay.';
  const french = 'Le client a demandé un remboursement partiel en raison du retard.';
  server.enqueue({ kind: 'text', text: english });
  server.setDefault({ kind: 'text', text: french });
  const url = `${server.url}/pages/translate/compose.html`;
  await page.goto(url);
  await clickMenu(serviceWorker, url, { menuItemId: MENU_REPLACE, selectionText: await selectContents(page, '#editor p'), editable: true });
  await expect(page.locator('#editor')).toHaveText(english);

  const bubble = bubbleIn(page);
  await bubble.getByLabel('Translate into').focus();
  await page.keyboard.type('Fran');
  await expect(bubble.getByTestId('translation')).toHaveText(french);
  await bubble.getByRole('button', { name: 'Replace' }).click();
  await expect(bubble.getByRole('button', { name: 'Replaced' })).toBeVisible();
  await expect(page.locator('#editor')).toHaveText(french);
  expect(requestedTexts(server.requests).at(-1)).toContain('into French (fr)');
});
