import { expect, rawTest as test } from './support/raw-fixtures.ts';
import { storeProvider } from './support/raw-chat.ts';
import { type RawPage } from './support/raw-chromium.ts';

// The MV3 service-worker lifetime, where Chromium really applies it: these tests launch Chromium
// themselves and attach to pages only (support/raw-chromium.ts), since Playwright's debugger on
// the worker keeps it alive forever.

const KEY = 'sk-lifetime-3Fh8Kq1Zp6Wd';
interface Envelope {
  ok: boolean;
  data?: { settings?: { provider?: { baseUrl?: string } }; hasKey?: boolean };
  error?: { code: string };
}

/** Asks the background for the settings form's data, as the options page does. */
function askSettings(page: RawPage): Promise<Envelope> {
  return page.evaluate(() => chrome.runtime.sendMessage({ parley: 1, type: 'settings/get', payload: {} }), null);
}

test('lifetime: an idle service worker is stopped after about 30 s when no debugger is attached', async ({ launchRaw }) => {
  test.setTimeout(120_000);
  const browser = await launchRaw();
  await browser.waitForWorker('running', 10_000);
  // Watching the worker's status (as stopAllWorkers does) must not keep it alive either.
  await expect.poll(() => browser.workerStatuses()).toContain('running');
  const idleFor = await browser.waitForWorker('stopped', 90_000);
  expect((await browser.workerStatuses()).at(-1)).toBe('stopped');
  // Chromium's rule is 30 s without events; the install (welcome tab) counts as the last one.
  expect(idleFor).toBeLessThan(60_000);
  // And not at once: it lived until the idle rule stopped it, it did not crash.
  expect(idleFor).toBeGreaterThan(10_000);
  expect(await browser.serviceWorkers()).toEqual([]);
});

test('lifetime: after the service worker is stopped, the options page still gets its settings from a fresh worker', async ({ server, launchRaw }) => {
  test.setTimeout(120_000);
  const browser = await launchRaw();
  const options = await browser.openExtensionPage('options.html');
  await storeProvider(options, server, KEY);
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

test('lifetime: storage stays closed to web pages after the service worker restarts', async ({ server, launchRaw }) => {
  test.setTimeout(120_000);
  const browser = await launchRaw();
  const options = await browser.openExtensionPage('options.html');
  await storeProvider(options, server, KEY);
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

test('lifetime: after a browser restart the settings are kept and storage is still closed to web pages', async ({ server, launchRaw }) => {
  test.setTimeout(120_000);
  let browser = await launchRaw();
  await storeProvider(await browser.openExtensionPage('options.html'), server, KEY);
  const profile = browser.userDataDir;
  await browser.close({ keepProfile: true });

  browser = await launchRaw({ userDataDir: profile });
  const article = `${server.url}/pages/security/article.html`;
  await browser.openPage(article);
  const options = await browser.openExtensionPage('options.html');
  expect(await readSecretsFromPage(options, article)).toBe('Access to storage is not allowed from this context.');
  expect(await askSettings(options)).toMatchObject({ ok: true, data: { settings: { provider: { baseUrl: server.baseUrl } }, hasKey: true } });
  expect(options.errors()).toEqual([]);
});
