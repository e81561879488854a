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
  server.enqueue({ kind: 'text', text: ENGLISH }, { kind: 'text', text: GERMAN });
  const url = `${server.url}/pages/translate/article.html`;
  await translateFrench(page, serviceWorker, url);
  const bubble = bubbleIn(page);
  await expect(bubble.getByTestId('translation')).toHaveText(ENGLISH);

  // Typing on the focused picker, as a keyboard user does: the browser's own change event.
  await bubble.getByLabel('Translate into').focus();
  await page.keyboard.type('Deutsch');
  await expect(bubble.getByTestId('translation')).toHaveText(GERMAN);
  await expect(bubble.getByLabel('Translate into')).toHaveValue('de');
  expect(server.requests).toHaveLength(2);
  expect(requestedTexts(server.requests)[1]).toContain('Translate into German (de)');
  expect(requestedTexts(server.requests)[1]).toContain('La Banque centrale européenne');
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
  // The page's own view of speechSynthesis.speak (the main world).
  await page.addInitScript(() => {
    const seen: Array<{ text: string; lang: string }> = [];
    (window as unknown as { spoken: typeof seen }).spoken = seen;
    const original = SpeechSynthesis.prototype.speak;
    SpeechSynthesis.prototype.speak = function (utterance: SpeechSynthesisUtterance) {
      seen.push({ text: utterance.text, lang: utterance.lang });
      original.call(this, utterance);
    };
  });
  const url = `${server.url}/pages/translate/article.html`;
  await translateFrench(page, serviceWorker, url);
  const bubble = bubbleIn(page);
  await expect(bubble.getByTestId('translation')).toHaveText(ENGLISH);

  await bubble.getByRole('button', { name: 'Listen' }).click();
  const speakingOrRefused = bubble.getByRole('button', { name: 'Stop' }).or(bubble.getByTestId('speech-problem'));
  await expect(speakingOrRefused.first()).toBeVisible();
  console.log('main world saw', await page.evaluate(() => (window as unknown as { spoken: unknown }).spoken));
  console.log('problem', await bubble.getByTestId('speech-problem').textContent().catch(() => null));
});

test('Open in popup puts the translation in the popup’s Translate tab', async ({ context, page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({ kind: 'text', text: ENGLISH });
  const url = `${server.url}/pages/translate/article.html`;
  await translateFrench(page, serviceWorker, url);
  const bubble = bubbleIn(page);
  await expect(bubble.getByTestId('translation')).toHaveText(ENGLISH);
  const opened = context.waitForEvent('page', { predicate: (candidate) => candidate.url().includes('/popup.html'), timeout: 5000 }).catch(() => null);
  await bubble.getByRole('button', { name: 'Open in popup' }).click();
  const popup = await opened;
  console.log('popup page', popup?.url(), context.pages().map((p) => p.url()));
  console.log(await serviceWorker.evaluate(async () => (await chrome.runtime.getContexts({})).map((c) => `${c.contextType} ${c.documentUrl}`)));
});
