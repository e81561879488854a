import type { Page, Worker } from '@playwright/test';
import type { TestServer } from '../fixtures/openai-server/server.ts';
import { segmentTranslator } from '../fixtures/openai-server/segments.ts';
import { expect, test } from './support/fixtures.ts';
import { configureProvider } from './support/provider.ts';
import { pageRequests, sentSegments, translatePageFromMenu, translationCounts, translationOf } from './support/page-translate.ts';
import { RETRANSLATION_INTERVAL_MS } from '../../utils/page-translate/content/blocks.ts';
import { MAX_BLOCK_CHARS } from '../../utils/page-translate/messages.ts';

/** Opens a page of fixtures/pages/page-translate with a provider that answers every segment, and translates it from the menu. */
async function translateFixturePage(page: Page, server: TestServer, serviceWorker: Worker, file: string): Promise<void> {
  await configureProvider(serviceWorker, server);
  server.setDefault(segmentTranslator());
  const url = `${server.url}/pages/page-translate/${file}`;
  await page.goto(url);
  await translatePageFromMenu(serviceWorker, url);
}

function repeated(segments: string[]): string[] {
  return segments.filter((segment, index) => segments.indexOf(segment) !== index);
}

test('a 220-post page: the first requests cover only what is on screen and a screen ahead, scrolling translates the rest, in few requests, no block sent twice', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.setDefault(segmentTranslator());
  const url = `${server.url}/pages/page-translate/long.html`;
  await page.goto(url);
  const blocks = await page.locator('h1, p.post').count();
  expect(blocks).toBeGreaterThanOrEqual(200);

  await translatePageFromMenu(serviceWorker, url);
  await expect(translationOf(page, '#post-3')).toBeVisible();
  const firstWave = sentSegments(server.requests);
  const postNumbers = (segments: string[]) => segments.flatMap((segment) => /Beitrag Nummer (\d+)/.exec(segment)?.[1] ?? []).map(Number);
  expect(Math.max(...postNumbers(firstWave))).toBeLessThan(60);
  expect(firstWave.length).toBeLessThan(60);

  // Scroll down as a reader does, a little under a screen at a time.
  for (let step = 0; step < 80; step += 1) {
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, 600);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    const lastVisible = await page.evaluate(() => {
      const posts = Array.from(document.querySelectorAll('p.post'));
      return posts.filter((post) => post.getBoundingClientRect().top < window.innerHeight).at(-1)?.id ?? 'post-1';
    });
    await expect(translationOf(page, `#${lastVisible}`)).toBeAttached();
    if (atEnd) break;
  }
  await expect(translationOf(page, '#post-220')).toBeAttached();
  await expect(page.locator('parley-page-translation')).toHaveCount(blocks);
  const segments = sentSegments(server.requests);
  expect(repeated(segments)).toEqual([]);
  expect(segments).toHaveLength(blocks);
  expect(pageRequests(server.requests).length).toBeLessThanOrEqual(blocks / 5);
});

test('an infinite-scroll feed: each comment loaded later is translated exactly once', async ({ page, server, serviceWorker }) => {
  await translateFixturePage(page, server, serviceWorker, 'infinite.html');
  await expect(translationOf(page, '#c1')).toBeVisible();
  // Read down the feed a little under a screen at a time; the page loads more near its end.
  for (let step = 0; step < 200 && (await page.locator('.comment-text').count()) < 50; step += 1) {
    await page.mouse.wheel(0, 500);
    const lastVisible = await page.evaluate(() => Array.from(document.querySelectorAll('.comment-text')).filter((item) => item.getBoundingClientRect().top < window.innerHeight).at(-1)?.id ?? 'c1');
    await expect(translationOf(page, `#${lastVisible}`)).toBeAttached();
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(translationOf(page, '#c50')).toBeAttached();
  await expect.poll(() => translationCounts(page, '.comment-text')).toEqual(Array<number>(50).fill(1));
  expect(repeated(sentSegments(server.requests))).toEqual([]);
  expect(sentSegments(server.requests).filter((segment) => segment.includes('Kommentar'))).toHaveLength(50);
});

test('a single-page app: a route change translates the new content once, a re-rendered paragraph and the way back reuse their translations', async ({ page, server, serviceWorker }) => {
  await translateFixturePage(page, server, serviceWorker, 'spa.html');
  await expect(translationOf(page, '#r0')).toContainText('EN(Willkommen');
  await expect(translationOf(page, '#r2')).toContainText('EN(Das Bürgerbüro');

  // The page's own link (its translation holds a clone of it, with the same href).
  await page.locator('#menu > a[data-route="/abfall"]').click();
  await expect(translationOf(page, '#r0')).toContainText('EN(Die Biotonne');
  await expect(translationOf(page, '#r2')).toContainText('EN(Das Bürgerbüro');
  const afterRoute = server.requests.length;

  await page.goBack();
  await expect(page.locator('main[data-route="/"]')).toBeAttached();
  await expect(translationOf(page, '#r0')).toContainText('EN(Willkommen');
  expect(await translationCounts(page, '.route-p')).toEqual([1, 1, 1]);
  expect(await translationCounts(page, '#menu')).toEqual([1]);
  const segments = sentSegments(server.requests);
  expect(repeated(segments)).toEqual([]);
  expect(segments.filter((segment) => segment.includes('Bürgerbüro'))).toHaveLength(1);
  expect(server.requests.length).toBe(afterRoute);
});

test('flex and grid layouts keep their columns: each block keeps its x position once translated', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.setDefault(segmentTranslator());
  const url = `${server.url}/pages/page-translate/layouts.html`;
  await page.goto(url);
  const ids = ['f1', 'f2', 'f3', 'g1', 'g2', 'g3', 'g4', 'g5', 'g6'];
  const xs = () => page.evaluate((ids) => ids.map((id) => Math.round(document.getElementById(id)?.getBoundingClientRect().x ?? -1)), ids);
  const before = await xs();

  await translatePageFromMenu(serviceWorker, url);
  for (const id of ids) await expect(translationOf(page, `#${id}`)).toBeVisible();
  expect(await xs()).toEqual(before);
  // The grid's rows stay three columns wide: g4 starts a new row under g1.
  const [g1, g4] = await Promise.all([page.locator('#g1').boundingBox(), page.locator('#g4').boundingBox()]);
  expect(g4?.x).toBe(g1?.x);
});

interface TickerPage {
  runTicker: (count: number, everyMs: number) => void;
}

test('a live ticker the page keeps rewriting: its first change is translated at once, later ones at most once per interval, the latest text last', async ({ page, server, serviceWorker }) => {
  await translateFixturePage(page, server, serviceWorker, 'ticker.html');
  await expect(translationOf(page, '#ticker')).toContainText('Spielstand 0:0');

  // Six goals, 400 ms apart: each seen by Parley (it rescans 250 ms after a change).
  await page.evaluate(() => (window as unknown as TickerPage).runTicker(6, 400));
  await expect(page.locator('body[data-ticker-done="6"]')).toBeAttached();
  await expect(translationOf(page, '#ticker')).toContainText('Spielstand 6:0', { timeout: 20_000 });
  expect(await translationCounts(page, '#ticker')).toEqual([1]);

  const scoreRequests = pageRequests(server.requests).filter((request) => sentSegments([request]).some((segment) => segment.includes('Spielstand')));
  const scores = sentSegments(scoreRequests).flatMap((segment) => /Spielstand (\d:\d)/.exec(segment)?.[1] ?? []);
  expect(scores[0]).toBe('0:0');
  expect(scores.at(-1)).toBe('6:0');
  // Not every goal was sent; the re-translations after the first are an interval apart (the
  // server's clock, so a little is allowed for the requests' own travel).
  expect(scores.length).toBeLessThan(7);
  const gaps = scoreRequests.slice(1).map((request, index) => request.receivedAt - (scoreRequests[index]?.receivedAt ?? 0)).slice(1);
  for (const gap of gaps) expect(gap).toBeGreaterThan(RETRANSLATION_INTERVAL_MS - 1_000);
});

test('a block the page changes while its request is out never shows the older text’s translation, and ends with the newer one’s', async ({ page, server, serviceWorker }) => {
  await translateFixturePage(page, server, serviceWorker, 'ticker.html');
  await expect(translationOf(page, '#ticker')).toContainText('Spielstand 0:0');

  // Every translation shown for the score from here on.
  await page.evaluate(() => {
    const shown: string[] = [];
    Reflect.set(window, 'shownScores', shown);
    new MutationObserver((records) => {
      for (const record of records) for (const node of Array.from(record.addedNodes)) if (node instanceof Element && node.localName === 'parley-page-translation') shown.push(node.textContent ?? '');
    }).observe(document.getElementById('ticker') as HTMLElement, { childList: true });
  });
  // A slow answer for the first goal (its events 2.5 s apart: longer than the cap's interval in
  // all, so the newer text may go at once); the second goal comes while it is on its way.
  server.setDefault(segmentTranslator({ delayMs: 2_500 }));
  await page.evaluate(() => (window as unknown as TickerPage).runTicker(1, 10));
  await expect.poll(() => sentSegments(server.requests).some((segment) => segment.includes('Spielstand 1:0'))).toBe(true);
  server.setDefault(segmentTranslator());
  await page.evaluate(() => (window as unknown as TickerPage).runTicker(1, 10));
  await expect(page.locator('#ticker')).toContainText('Spielstand 2:0');

  await expect(translationOf(page, '#ticker')).toContainText('Spielstand 2:0', { timeout: 20_000 });
  expect(await translationCounts(page, '#ticker')).toEqual([1]);
  // The first goal's answer, come too late, was never shown.
  expect(await page.evaluate(() => Reflect.get(window, 'shownScores') as string[])).toEqual(['EN(Liveticker: Spielstand 2:0 in der 12. Minute.)']);
});

test('a paragraph longer than what is sent of a block is not sent again when something else on the page changes', async ({ page, server, serviceWorker }) => {
  await translateFixturePage(page, server, serviceWorker, 'long-paragraph.html');
  expect((await page.locator('#long').textContent())?.length).toBeGreaterThan(MAX_BLOCK_CHARS);
  await expect(translationOf(page, '#long')).toBeAttached();

  await page.evaluate(() => (window as unknown as { addComment: () => void }).addComment());
  // Below the long paragraph and its translation: the reader scrolls down to it.
  await page.locator('#comment').scrollIntoViewIfNeeded();
  await expect(translationOf(page, '#comment')).toBeAttached();
  expect(sentSegments(server.requests).filter((segment) => segment.startsWith('§ 1:'))).toHaveLength(1);
  expect(await translationCounts(page, '#long')).toEqual([1]);
});
