import type { Page, Worker } from '@playwright/test';
import { MENU_TRANSLATE } from '../tests/e2e/support/translate.ts';
import { defaultSettings } from '../utils/settings/defaults';
import { floorOf, RUNS, saveFigures, timed } from './figures.ts';
import { expect, GMAIL_THREAD, test } from './support/bench-test.ts';
import { CLAIRE_PARAGRAPH_ENGLISH, selectClaireParagraph } from './support/gmail-selection.ts';
import { armProbe, clickMenuTimed, readProbe, sendParleyRequest, type ProbeSpec } from './support/probes.ts';
import { stopWorker, workerRunning } from './support/worker-status.ts';

const WARM_UP_RUNS = 2;
const FIRST_TOKEN = { host: 'parley-translate', selector: '[data-testid="translation"]', text: { kind: 'any' } } as const;
const WHOLE_TRANSLATION = { host: 'parley-translate', selector: '[data-testid="translation"]', text: { kind: 'equals', value: CLAIRE_PARAGRAPH_ENGLISH } } as const;
/** The reference extension writes its answer into the page itself (bench/reference/background.js). */
const REFERENCE_ANSWER: ProbeSpec = { host: null, selector: '[data-reference-answer]', text: { kind: 'equals', value: CLAIRE_PARAGRAPH_ENGLISH } };
const REFERENCE_MENU = 'reference-translate';

/**
 * Clicks come no faster than the user's request limit (5 a second by default), as a reader's
 * do. Faster, the limiter rightly holds the sixth request within a second until the window
 * moves on: that wait was the p95 of 582 ms in earlier runs, which clicked about 8 times a second.
 */
const CLICK_GAP_MS = 1000 / defaultSettings('en-US').request.requestsPerSecond + 20;

function pacer(): () => Promise<void> {
  let last = 0;
  return async () => {
    const wait = last + CLICK_GAP_MS - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    last = performance.now();
  };
}

async function closeBubble(page: Page): Promise<void> {
  if ((await page.locator('parley-translate').count()) === 0) return;
  // A trusted Escape, as the user closes it; the bubble ignores synthetic key events.
  await page.keyboard.press('Escape');
  await expect(page.locator('parley-translate')).toHaveCount(0);
}

async function waitForWholeTranslation(page: Page): Promise<void> {
  await expect(page.locator('parley-translate').getByTestId('translation')).toHaveText(CLAIRE_PARAGRAPH_ENGLISH);
}

/** In real use the user's click wakes a stopped worker; here an extension message does, at the returned epoch ms. */
function wakeWorker(extensionPage: Page, message: unknown): Promise<number> {
  return extensionPage.evaluate((message) => {
    const at = performance.timeOrigin + performance.now();
    chrome.runtime.sendMessage(message).catch(() => undefined);
    return at;
  }, message);
}

test('translate: context-menu click to the first token (warm and cold) and a cache hit, turn about with the reference', async ({ context, server, serviceWorker, extensionPage, webmail, reference }) => {
  test.setTimeout(Number(process.env.BENCH_TIMEOUT ?? 600_000));
  server.setDefault({ kind: 'text', text: CLAIRE_PARAGRAPH_ENGLISH });
  const url = GMAIL_THREAD(webmail);
  const page = await context.newPage();
  await page.goto(url);
  const referencePage = await reference.context.newPage();
  await referencePage.goto(url);
  const worker: Worker = serviceWorker;
  const paceParley = pacer();
  const paceReference = pacer();

  /** One Parley click, timed from the click in the worker to the text painted in the bubble. */
  async function parleyClick(spec: typeof FIRST_TOKEN | typeof WHOLE_TRANSLATION): Promise<number> {
    await closeBubble(page);
    const selected = await selectClaireParagraph(page);
    await armProbe(page, spec);
    await paceParley();
    const clickAt = await clickMenuTimed(worker, url, MENU_TRANSLATE, selected);
    const shown = await readProbe(page);
    await waitForWholeTranslation(page);
    return shown.paintedAt - clickAt;
  }

  async function prepareReferenceClick(): Promise<string> {
    await referencePage.evaluate(() => document.querySelectorAll('[data-reference-answer]').forEach((answer) => answer.remove()));
    const selected = await selectClaireParagraph(referencePage);
    await armProbe(referencePage, REFERENCE_ANSWER);
    return selected;
  }

  /** The same click on the reference: its worker fetches the answer and writes it into the page. */
  async function referenceClick(): Promise<number> {
    const selected = await prepareReferenceClick();
    await paceReference();
    const clickAt = await clickMenuTimed(reference.serviceWorker, url, REFERENCE_MENU, selected);
    return (await readProbe(referencePage)).paintedAt - clickAt;
  }

  const warm = { parley: [] as number[], reference: [] as number[] };
  for (let run = 0; run < WARM_UP_RUNS + RUNS; run += 1) {
    await sendParleyRequest(extensionPage, 'translate/cache-clear');
    const parleyMs = await parleyClick(FIRST_TOKEN);
    const referenceMs = await referenceClick();
    if (run < WARM_UP_RUNS) continue;
    warm.parley.push(parleyMs);
    warm.reference.push(referenceMs);
  }

  // The last warm run cached the paragraph: from here on, no request of Parley's may reach the server.
  const parleyRequests = () => server.requests.filter((request) => request.headers.authorization !== 'Bearer sk-reference').length;
  const requestsBefore = parleyRequests();
  const cacheHit: number[] = [];
  for (let run = 0; run < RUNS; run += 1) cacheHit.push(await parleyClick(WHOLE_TRANSLATION));
  expect(parleyRequests(), 'cache hits must not call the provider').toBe(requestsBefore);

  const cdp = await context.newCDPSession(extensionPage);
  await cdp.send('ServiceWorker.enable');
  const referenceCdp = await reference.context.newCDPSession(reference.extensionPage);
  await referenceCdp.send('ServiceWorker.enable');
  const cold = { parley: [] as number[], reference: [] as number[] };
  const startup = { parley: [] as number[], reference: [] as number[] };
  for (let run = 0; run < RUNS; run += 1) {
    await sendParleyRequest(extensionPage, 'translate/cache-clear');
    await closeBubble(page);
    const selected = await selectClaireParagraph(page);
    await stopWorker(cdp, worker.url());
    await armProbe(page, FIRST_TOKEN);
    const running = workerRunning(cdp, worker.url());
    // The click is fired as soon as Playwright reaches the new worker (its attach time included, on both sides).
    const wokenAt = await wakeWorker(extensionPage, { parley: 1, type: 'translate/cache-stats', payload: {} });
    await clickMenuTimed(worker, url, MENU_TRANSLATE, selected);
    const shown = await readProbe(page);
    startup.parley.push(await running);
    await waitForWholeTranslation(page);
    cold.parley.push(shown.paintedAt - wokenAt);

    const referenceSelected = await prepareReferenceClick();
    await stopWorker(referenceCdp, reference.serviceWorker.url());
    const referenceRunning = workerRunning(referenceCdp, reference.serviceWorker.url());
    const referenceWokenAt = await wakeWorker(reference.extensionPage, { wake: true });
    await clickMenuTimed(reference.serviceWorker, url, REFERENCE_MENU, referenceSelected);
    const referenceShown = await readProbe(referencePage);
    startup.reference.push(await referenceRunning);
    cold.reference.push(referenceShown.paintedAt - referenceWokenAt);
  }

  const warmFloor = floorOf('reference: menu listener, fetch, one injected function', warm.reference);
  saveFigures('translate', [
    timed('translate.firstToken.warm', 'Menu click to first token in the bubble (warm worker)', warm.parley, { floor: warmFloor }),
    timed('translate.firstToken.cold', 'Menu click to first token in the bubble (worker stopped first)', cold.parley, {
      note: 'timed from the message that wakes the stopped worker; includes Playwright attaching to the new worker before it fires the click (the floor likewise)',
      floor: floorOf('reference, its worker stopped first', cold.reference),
    }),
    timed('worker.startup', 'Service worker start: starting to running (background.js, the bootstrap, evaluated)', startup.parley, {
      floor: floorOf('reference worker: one menu listener', startup.reference),
    }),
    timed('translate.cacheHit', 'Cache hit: menu click to the whole translation in the bubble', cacheHit, {
      note: 'its floor is the reference’s warm click: a cached answer should come faster than a fetch',
      floor: warmFloor,
    }),
  ]);
});
