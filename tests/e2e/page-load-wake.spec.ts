import { segmentTranslator } from '../fixtures/openai-server/segments.ts';
import { storeProvider } from './support/raw-chat.ts';
import { pollUntil, type RawChromium, type RawPage } from './support/raw-chromium.ts';
import { expect, rawTest as test } from './support/raw-fixtures.ts';

// Whether a page load wakes Parley's background, under the real MV3 lifetime: Chromium driven
// over raw CDP with nothing attached to the worker (support/raw-chromium.ts). Under Playwright a
// debugger sits on the worker, and once woken it would never stop again.

const KEY = 'sk-page-load-wake-4Rt8Pq';
/**
 * After the load event (or the close), how long a woken worker has to show up: a tabs.onUpdated
 * or tabs.onRemoved listener woke it within milliseconds (seen: `starting` by the load event),
 * with room for a busy machine.
 */
const QUIET_AFTER_LOAD_MS = 3_000;

const ALWAYS_SCRIPT_ID = 'parley-page-translate-always';

/** Sleeps on purpose: proving that something does NOT happen takes a fair wait. */
function quietFor(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function wakes(browser: RawChromium, since: number): Promise<string[]> {
  return (await browser.workerStatuses()).slice(since).filter((status) => status === 'starting' || status === 'running');
}

/**
 * Stops the worker once nothing is left to wake it: Parley's welcome tab, opened at install, asks
 * the background for settings as it loads. Returns where the statuses seen after the stop begin.
 */
async function stopWorkerForGood(browser: RawChromium): Promise<number> {
  await pollUntil(async () => ((await browser.targets()).some((target) => target.url.endsWith('/welcome.html')) ? true : undefined), 10_000, 'the welcome tab');
  // The worker has answered once, so its listeners are all registered before it is stopped.
  const extensionPage = await browser.openExtensionPage('popup.html');
  expect(await extensionPage.evaluate(() => chrome.runtime.sendMessage({ parley: 1, type: 'settings/public', payload: {} }), null)).toMatchObject({ ok: true });
  await extensionPage.close();
  for (let attempt = 0; attempt < 5; attempt++) {
    await browser.stopAllWorkers();
    const since = (await browser.workerStatuses()).length;
    await quietFor(1_000);
    if ((await wakes(browser, since)).length === 0) return since;
  }
  throw new Error("Parley's worker kept starting again with no page loading.");
}

/** Sets the site rule through the background, as the popup's radio button does (the e2e build holds 127.0.0.1's access). */
async function setSiteRule(page: RawPage, origin: string, rule: 'always' | 'never' | 'ask'): Promise<void> {
  const answer = await page.evaluate(({ origin, rule }) => chrome.runtime.sendMessage({ parley: 1, type: 'page-translate/site-rule', payload: { origin, rule } }), { origin, rule });
  expect(answer).toMatchObject({ ok: true, data: { rule } });
}

async function registeredMatches(page: RawPage, id: string): Promise<string[] | null> {
  return page.evaluate(async (id) => (await chrome.scripting.getRegisteredContentScripts({ ids: [id] }))[0]?.matches ?? null, id);
}

function translatedText(page: RawPage, selector: string): Promise<string> {
  return page.evaluate((selector) => document.querySelector(`${selector} > parley-page-translation`)?.textContent ?? '', selector);
}

test('loading an ordinary page leaves the stopped background asleep', async ({ server, launchRaw }) => {
  test.setTimeout(90_000);
  const browser = await launchRaw();
  const since = await stopWorkerForGood(browser);

  const page = await browser.openPage(`${server.url}/pages/page-translate/article.html`);
  await quietFor(QUIET_AFTER_LOAD_MS);
  expect(await wakes(browser, since), 'worker statuses after a page load').toEqual([]);
  expect(await page.evaluate(() => document.querySelector('parley-page-translation, parley-progress') === null, null)).toBe(true);
});

test('closing a tab leaves the stopped background asleep', async ({ server, launchRaw }) => {
  test.setTimeout(90_000);
  const browser = await launchRaw();
  const page = await browser.openPage(`${server.url}/pages/page-translate/article.html`);
  const since = await stopWorkerForGood(browser);

  await page.close();
  await quietFor(QUIET_AFTER_LOAD_MS);
  expect(await wakes(browser, since), 'worker statuses after a tab closed').toEqual([]);
});

test('a site set to "Always translate" is translated at load, and only it wakes the background', async ({ server, launchRaw }) => {
  test.setTimeout(120_000);
  server.setDefault(segmentTranslator());
  const browser = await launchRaw();
  const options = await browser.openExtensionPage('options.html');
  await storeProvider(options, server, KEY);
  await setSiteRule(options, server.url, 'always');
  await pollUntil(async () => ((await registeredMatches(options, ALWAYS_SCRIPT_ID))?.includes(`${server.url}/*`) ? true : undefined), 10_000, 'the Always script to be registered');
  await options.close();

  const since = await stopWorkerForGood(browser);
  const page = await browser.openPage(`${server.url}/pages/page-translate/article.html`);
  await pollUntil(async () => ((await translatedText(page, '#p1')).includes('EN(Wer heute Abend') ? true : undefined), 30_000, 'the article to be translated');
  expect(await wakes(browser, since)).toContain('starting');

  // Back to "ask": the registration goes, and the next load neither translates nor wakes anything.
  const settings = await browser.openExtensionPage('options.html');
  await setSiteRule(settings, server.url, 'ask');
  await pollUntil(async () => ((await registeredMatches(settings, ALWAYS_SCRIPT_ID)) === null ? true : undefined), 10_000, 'the Always script to be gone');
  await settings.close();
  const afterRuleGone = await stopWorkerForGood(browser);
  const again = await browser.openPage(`${server.url}/pages/page-translate/article.html`);
  await quietFor(QUIET_AFTER_LOAD_MS);
  expect(await wakes(browser, afterRuleGone)).toEqual([]);
  expect(await translatedText(again, '#p1')).toBe('');
});
