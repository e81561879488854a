import { expect, test } from '@playwright/test';
import { startTestServer, type TestServer } from '../fixtures/openai-server/server.ts';
import { launchRawChromium, type RawChromium, type RawPage } from './support/raw-chromium.ts';
import { defaultSettings } from '../../utils/settings/defaults';

// The MV3 service-worker lifetime, where Chromium really applies it: these tests launch Chromium
// themselves and attach to pages only (support/raw-chromium.ts), since Playwright's debugger on
// the worker keeps it alive forever.

const KEY = 'sk-lifetime-3Fh8Kq1Zp6Wd';
let server: TestServer;
let browser: RawChromium | undefined;

test.beforeEach(async () => {
  server = await startTestServer();
});
test.afterEach(async () => {
  await browser?.close();
  browser = undefined;
  await server.close();
});

interface Envelope {
  ok: boolean;
  data?: { settings?: { provider?: { baseUrl?: string } }; hasKey?: boolean };
  error?: { code: string };
}

/** Asks the background for the settings form's data, as the options page does. */
function askSettings(page: RawPage): Promise<Envelope> {
  return page.evaluate(() => chrome.runtime.sendMessage({ parley: 1, type: 'settings/get', payload: {} }), null);
}

/**
 * Points Parley at the test server the way the options page saves: through the background, so
 * the key is only ever written by a worker that has already closed storage to content scripts.
 */
async function storeProvider(page: RawPage): Promise<void> {
  const defaults = defaultSettings('en-US');
  const settings = { ...defaults, provider: { ...defaults.provider, preset: 'custom', baseUrl: server.baseUrl, model: 'parley-test-model' } };
  const saved = await page.evaluate(
    ({ settings, apiKey }) => chrome.runtime.sendMessage({ parley: 1, type: 'settings/save', payload: { settings, apiKey } }),
    { settings, apiKey: KEY },
  );
  expect(saved).toMatchObject({ ok: true, data: { hasKey: true } });
}

test('lifetime: an idle service worker is stopped after about 30 s when no debugger is attached', async () => {
  test.setTimeout(120_000);
  browser = await launchRawChromium();
  await browser.waitForWorker('running', 10_000);
  // Watching the worker's status (as stopAllWorkers does) must not keep it alive either.
  await expect.poll(() => browser?.workerStatuses()).toContain('running');
  const idleFor = await browser.waitForWorker('stopped', 90_000);
  expect((await browser.workerStatuses()).at(-1)).toBe('stopped');
  // Chromium's rule is 30 s without events; the install (welcome tab) counts as the last one.
  expect(idleFor).toBeLessThan(60_000);
  // And not at once: it lived until the idle rule stopped it, it did not crash.
  expect(idleFor).toBeGreaterThan(10_000);
  expect(await browser.serviceWorkers()).toEqual([]);
});

test('lifetime: after the service worker is stopped, the options page still gets its settings from a fresh worker', async () => {
  test.setTimeout(120_000);
  browser = await launchRawChromium();
  const options = await browser.openExtensionPage('options.html');
  await storeProvider(options);
  expect(await askSettings(options)).toMatchObject({ ok: true, data: { settings: { provider: { baseUrl: server.baseUrl } }, hasKey: true } });

  await browser.stopAllWorkers();
  expect((await browser.workerStatuses()).at(-1)).toBe('stopped');
  const afterStop = await askSettings(options);
  expect(afterStop).toMatchObject({ ok: true, data: { settings: { provider: { baseUrl: server.baseUrl } }, hasKey: true } });
  expect(JSON.stringify(afterStop)).not.toContain(KEY);
  // A fresh worker answered: the one that was stopped did not come back by itself.
  const statuses = await browser.workerStatuses();
  expect(statuses.slice(statuses.lastIndexOf('stopped'))).toContain('running');
  expect(options.errors()).toEqual([]);
});

test('lifetime: storage stays closed to web pages after the service worker restarts', async () => {
  test.setTimeout(120_000);
  browser = await launchRawChromium();
  const options = await browser.openExtensionPage('options.html');
  await storeProvider(options);
  const article = `${server.url}/pages/security/article.html`;
  await browser.openPage(article);

  await browser.stopAllWorkers();
  // The first message starts a fresh worker, which restricts storage again before anything else.
  expect(await askSettings(options)).toMatchObject({ ok: true });

  const outcome = await readSecretsFromPage(options, article);
  expect(outcome).toBe('Access to storage is not allowed from this context.');
  expect(options.errors()).toEqual([]);
});

/** What a script injected into the page at url gets when it reads the key's storage item. */
function readSecretsFromPage(options: RawPage, url: string): Promise<string | undefined> {
  return options.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    if (tab?.id === undefined) return 'no tab';
    const [injection] = await chrome.scripting.executeScript({
      target: { tabId: tab.id },
      func: () =>
        chrome.storage.local.get('secrets').then(
          (value) => JSON.stringify(value),
          (error: unknown) => (error instanceof Error ? error.message : String(error)),
        ),
    });
    return injection?.result;
  }, url);
}

test('lifetime: after a browser restart the settings are kept and storage is still closed to web pages', async () => {
  test.setTimeout(120_000);
  browser = await launchRawChromium();
  await storeProvider(await browser.openExtensionPage('options.html'));
  const profile = browser.userDataDir;
  await browser.close({ keepProfile: true });

  browser = await launchRawChromium({ userDataDir: profile });
  const article = `${server.url}/pages/security/article.html`;
  await browser.openPage(article);
  const options = await browser.openExtensionPage('options.html');
  expect(await readSecretsFromPage(options, article)).toBe('Access to storage is not allowed from this context.');
  expect(await askSettings(options)).toMatchObject({ ok: true, data: { settings: { provider: { baseUrl: server.baseUrl } }, hasKey: true } });
  expect(options.errors()).toEqual([]);
});
