import type { BrowserContext, Worker } from '@playwright/test';
import { readdirSync } from 'node:fs';
import type { TestServer } from '../fixtures/openai-server/server.ts';
import { extensionDir } from './support/browser.ts';
import { expect, test } from './support/fixtures.ts';
import { configureProvider } from './support/provider.ts';
import { leaksIn, pageTextAndState, recordAllConsole, tabIdOf } from './support/security-probes.ts';

// The key lives in storage.local, which the background closes to content scripts. These tests
// inject code into a web page with scripting.executeScript: it runs in an isolated world, with
// exactly a content script's powers, so what it cannot reach no Parley content script can.

const KEY = 'sk-sec-Zq81xW4kPv93Lm2TyR7d';
const ARTICLE = '/pages/security/article.html';

/** Saves KEY, opens a German news article from the test server, and returns its tab id. */
async function articleTabWithKeySaved({ context, serviceWorker, server }: { context: BrowserContext; serviceWorker: Worker; server: TestServer }): Promise<number> {
  await configureProvider(serviceWorker, server, undefined, KEY);
  const page = await context.newPage();
  await page.goto(`${server.url}${ARTICLE}`);
  return tabIdOf(serviceWorker, page.url());
}

test('a script injected into a web page cannot read storage.local, where the key is kept', async ({ context, serviceWorker, server }) => {
  const tabId = await articleTabWithKeySaved({ context, serviceWorker, server });

  const attempts = await serviceWorker.evaluate(async (tabId) => {
    const [injection] = await chrome.scripting.executeScript({
      target: { tabId },
      func: async () => {
        const attempt = async (read: () => Promise<unknown>) => {
          try {
            return { read: JSON.stringify(await read()) };
          } catch (error) {
            return { refused: error instanceof Error ? error.message : String(error) };
          }
        };
        return {
          everything: await attempt(() => chrome.storage.local.get()),
          secrets: await attempt(() => chrome.storage.local.get('secrets')),
          nullKeys: await attempt(() => chrome.storage.local.get(null)),
        };
      },
    });
    return injection?.result;
  }, tabId);

  const refusal = { refused: 'Access to storage is not allowed from this context.' };
  expect(attempts).toEqual({ everything: refusal, secrets: refusal, nullKeys: refusal });
  // The background itself still reads it: the restriction, not an empty store, is what refused.
  const stored = await serviceWorker.evaluate(() => chrome.storage.local.get('secrets'));
  expect(stored).toEqual({ secrets: { apiKey: KEY } });
});

test('a script injected into a web page gets the public settings and is refused the rest', async ({ context, serviceWorker, server }) => {
  const tabId = await articleTabWithKeySaved({ context, serviceWorker, server });

  const answers = await serviceWorker.evaluate(async (tabId) => {
    const [injection] = await chrome.scripting.executeScript({
      target: { tabId },
      func: async (baseUrl: string) => {
        const ask = (type: string, payload: unknown) => chrome.runtime.sendMessage({ parley: 1, type, payload });
        return {
          publicSettings: await ask('settings/public', {}),
          settings: await ask('settings/get', {}),
          save: await ask('settings/save', { settings: {}, apiKey: 'sk-attacker' }),
          test: await ask('provider/test', {
            provider: { preset: 'custom', baseUrl, model: 'm', apiStyle: 'chat', azureApiVersion: 'x' },
          }),
        };
      },
      args: ['https://attacker.example/v1'],
    });
    return injection?.result;
  }, tabId);

  expect(answers?.publicSettings).toEqual({
    ok: true,
    data: { languages: expect.any(Object), theme: 'system', showButtonOnSelect: false, hasKey: true },
  });
  const notAllowed = { ok: false, error: { code: 'not-allowed', message: expect.any(String), action: 'none' } };
  expect(answers?.settings).toEqual(notAllowed);
  expect(answers?.save).toEqual(notAllowed);
  expect(answers?.test).toEqual(notAllowed);
  expect(JSON.stringify(answers)).not.toContain(KEY);
  // Nothing reached the network, and the saved key was not replaced.
  expect(server.requests).toEqual([]);
  expect(await serviceWorker.evaluate(() => chrome.storage.local.get('secrets'))).toEqual({ secrets: { apiKey: KEY } });
});

test('the saved key appears in no extension page', async ({ context, serviceWorker, server, openExtensionPage }) => {
  const console = recordAllConsole(context);
  await configureProvider(serviceWorker, server, undefined, KEY);
  // Every page the build ships, so a page added later is covered without editing this test.
  const pages = readdirSync(extensionDir()).filter((file) => file.endsWith('.html'));
  expect(pages).toContain('options.html');
  for (const file of pages) {
    const page = await openExtensionPage(file);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('body')).not.toBeEmpty();
    if (file === 'options.html') await expect(page.getByLabel(/^API key/)).toHaveAttribute('placeholder', /A key is saved/);
    expect(leaksIn(await pageTextAndState(page), KEY), file).toEqual([]);
    await page.close();
  }
  expect(console().flatMap((line) => leaksIn(line, KEY))).toEqual([]);
});

test('a rejected saved key shows the 401 message with no trace of the key in the page or any log', async ({
  context,
  serviceWorker,
  server,
  openExtensionPage,
}) => {
  const console = recordAllConsole(context);
  server.setApiKey('sk-the-real-one-000000000000');
  await configureProvider(serviceWorker, server, undefined, KEY);
  const page = await openExtensionPage('options.html');
  await expect(page.getByLabel(/^API key/)).toHaveAttribute('placeholder', /A key is saved/);
  await page.getByRole('button', { name: 'Test connection' }).click();

  const alert = page.locator('[data-error-code="invalid-key"]');
  await expect(alert).toContainText('rejected the API key (401)');
  // The server did get the saved key, and answered with its masked form, which Parley drops.
  expect(server.requests.at(-1)?.headers.authorization).toBe(`Bearer ${KEY}`);
  expect(leaksIn(await pageTextAndState(page), KEY)).toEqual([]);
  expect(console().flatMap((line) => leaksIn(line, KEY))).toEqual([]);
});

test("an unhandled rejection in the service worker is caught by the suite's error check", async ({ serviceWorker, extensionErrors }) => {
  // The auto fixture installs its listeners in the worker; wait until they are in place.
  await expect
    .poll(() => serviceWorker.evaluate(() => (self as typeof self & { parleyUncaughtWatch?: true }).parleyUncaughtWatch === true))
    .toBe(true);
  await serviceWorker.evaluate(() => {
    setTimeout(() => void Promise.reject(new Error('provoked by the security suite')), 0);
  });
  // Pages that share the worker may echo its console too: at least the worker's own line is there.
  await expect
    .poll(() => extensionErrors.list())
    .toContainEqual('service worker: Unhandled rejection in the service worker: provoked by the security suite');
  extensionErrors.allow(/provoked by the security suite/);
});
