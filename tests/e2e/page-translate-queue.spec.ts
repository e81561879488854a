import { segmentTranslator } from '../fixtures/openai-server/segments.ts';
import type { RecordedRequest } from '../fixtures/openai-server/server.ts';
import { expect, test } from './support/fixtures.ts';
import { configureProvider } from './support/provider.ts';
import { pageRequests, progressControl, sentSegments, translatePageFromMenu, translationCounts, translationOf } from './support/page-translate.ts';
import { MENU_TRANSLATE, bubbleIn, clickMenu, selectContents } from './support/translate.ts';

const SELECTION_ANSWER = 'The town council decided on Tuesday to introduce new opening hours.';
const FIRST_TOKEN_DELAY_MS = 1_000;

test('the popup shows the whole-page estimate; a selection translated during the page translation gets its first token before the page sends its next batch', async ({ page, server, serviceWorker, openExtensionPage }) => {
  // Two slots: the page keeps one batch in flight, a short one, so its next batch is always due soon.
  await configureProvider(serviceWorker, server, (settings) => ({ ...settings, request: { ...settings.request, maxConcurrent: 2 } }));
  let selectionAnsweredAt = 0;
  server.setDefault(segmentTranslator({ delayMs: 400, otherText: SELECTION_ANSWER, otherDelayMs: FIRST_TOKEN_DELAY_MS, onOther: () => (selectionAnsweredAt = Date.now()) }));
  const url = `${server.url}/pages/page-translate/long.html`;
  await page.goto(url);
  await translatePageFromMenu(serviceWorker, url);
  await expect.poll(() => pageRequests(server.requests).length).toBeGreaterThanOrEqual(1);

  const tabId = await serviceWorker.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id, url);
  const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.getByRole('tab', { name: 'Translate' }).click();
  const estimate = popup.getByTestId('page-estimate');
  await expect(estimate).toContainText(/About [\d,]+ more tokens for the whole page/);
  await popup.getByRole('button', { name: 'Translate the rest of the page' }).click();
  await page.bringToFront();
  await expect.poll(() => pageRequests(server.requests).length).toBeGreaterThanOrEqual(2);

  const selected = await selectContents(page, '#post-2');
  const before = server.requests.length;
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: selected });
  await expect(bubbleIn(page).getByTestId('translation')).toHaveText(SELECTION_ANSWER);
  const selection = server.requests.slice(before).find((request) => !pageRequests([request]).length) as RecordedRequest;
  // Page batches waiting in the queue went on after the selection's first token, not before.
  await expect.poll(() => pageRequests(server.requests.slice(server.requests.indexOf(selection))).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
  const nextBatches = pageRequests(server.requests.slice(server.requests.indexOf(selection)));
  for (const batch of nextBatches) expect(batch.receivedAt).toBeGreaterThanOrEqual(selectionAnsweredAt + FIRST_TOKEN_DELAY_MS);
  expect(selection.receivedAt - (server.requests[before]?.receivedAt ?? 0)).toBeLessThan(1000);
});

test('a 429 storm during a page translation: the page completes at a slower pace, nothing shown twice, no error left on screen', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({ kind: 'error', status: 429 }, { kind: 'error', status: 429 }, { kind: 'error', status: 429 }, { kind: 'error', status: 429 });
  server.setDefault(segmentTranslator());
  const url = `${server.url}/pages/page-translate/article.html`;
  await page.goto(url);

  await translatePageFromMenu(serviceWorker, url);
  await expect(translationOf(page, '#p4')).toBeAttached({ timeout: 30_000 });
  await expect(translationOf(page, '#footer-p')).toBeAttached({ timeout: 30_000 });
  await expect(progressControl(page)).toContainText('Translated', { timeout: 30_000 });
  const calls = server.requests.filter((request) => request.path.endsWith('/chat/completions'));
  expect(calls.length).toBeGreaterThanOrEqual(5);
  // Each 429 said "retry after 1 s" and the page waited it out: four 429s, even two batches at a
  // time, take at least two such waits before the last batch goes through.
  const firstLimited = calls[0]?.receivedAt ?? 0;
  expect((calls.at(-1)?.receivedAt ?? 0) - firstLimited).toBeGreaterThanOrEqual(1_900);
  for (const id of ['title', 'p1', 'p2', 'h2', 'p3', 'quote', 'li1', 'li2', 'p4', 'footer-p']) expect(await translationCounts(page, `#${id}`)).toEqual([1]);
  // Every block went to the server in exactly one successful batch.
  const answered = sentSegments(calls.slice(4));
  expect(answered.length).toBe(new Set(answered).size);
  await expect(progressControl(page).locator('.error')).toBeHidden();
  await expect(progressControl(page).getByRole('button', { name: 'Retry' })).toBeHidden();
});

test('an error shows once in the progress control, with Retry that finishes the page', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.setDefault({ kind: 'error', status: 500 });
  const url = `${server.url}/pages/page-translate/links.html`;
  await page.goto(url);
  await translatePageFromMenu(serviceWorker, url);
  const control = progressControl(page);
  await expect(control.locator('.error')).toBeVisible();
  await expect(control.locator('.error')).toHaveCount(1);
  await expect(control.locator('.error')).toContainText(/problem on its side \(500\)/);

  server.setDefault(segmentTranslator());
  await control.getByRole('button', { name: 'Retry' }).click();
  await expect(translationOf(page, '#linked')).toContainText('EN(Die');
  await expect(translationOf(page, '#dropped')).toContainText('EN(Fragen');
  await expect(control.locator('.error')).toBeHidden();
});
