import { test as base, chromium, expect, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestServer } from '../fixtures/openai-server/server.ts';
import { chromiumArgs, chromiumExecutable } from './support/browser.ts';
import { watchExtensionErrors } from './support/console-errors.ts';
import { serviceWorkerOf } from './support/fixtures.ts';
import { copyOfBuild, writeExtensionPolicy } from './support/managed-policy.ts';
import { TEST_KEY } from './support/provider.ts';
import { testServerFixture } from './support/test-server-fixture.ts';
import { MENU_TRANSLATE, bubbleIn, clickMenu, selectContents } from './support/translate.ts';

// A real Chromium policy (/etc/chromium/policies/managed, root), for a copy of the e2e build whose
// id no other test uses; the file is removed in `finally`, since every Chromium on the machine reads it.
// Elsewhere (non-root, macOS, Windows): README, "Running the policy test elsewhere".

const test = base.extend<{ server: TestServer }>({ server: testServerFixture });

const GATEWAY_HEADER = 'x-gateway-team';
const GATEWAY_TEAM = 'legal-e2e-4821';

test('an organisation policy locks the base URL, adds its header to a translation and turns chat off', async ({ server }) => {
  test.setTimeout(90_000);
  server.setApiKey(TEST_KEY);
  const build = copyOfBuild();
  const policy = writeExtensionPolicy(build.id, {
    preset: 'custom',
    baseUrl: server.baseUrl,
    model: 'parley-test-model',
    apiKey: TEST_KEY,
    headers: { 'X-Gateway-Team': GATEWAY_TEAM },
    features: { chat: false, onDevice: false },
    // Fits Chrome's schema (an integer) but not Parley's (at most 3650): ignored with a line on
    // the options page, the rest applies. A value of the wrong type Chrome drops before Parley sees it.
    chatHistoryDays: 99_999,
    locked: ['baseUrl', 'features', 'apiKey'],
  });
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'parley-policy-profile-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(userDataDir, { executablePath: chromiumExecutable(), headless: true, args: chromiumArgs(build.dir) });
    const errors = watchExtensionErrors(context, build.id);
    const serviceWorker = await serviceWorkerOf(context);
    expect(new URL(serviceWorker.url()).host, 'Chromium names the copy as computed from its path').toBe(build.id);
    await expect.poll(() => serviceWorker.evaluate(() => chrome.storage.managed.get()), { timeout: 20_000 }).toMatchObject({ baseUrl: server.baseUrl });

    // Options: the locked base URL is shown read-only as the organisation's; the key is never shown.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${build.id}/options.html`);
    const baseUrl = options.getByLabel('Base URL');
    await expect(baseUrl).toHaveValue(server.baseUrl);
    await expect(baseUrl).not.toBeEditable();
    await expect(options.getByTestId('org-baseUrl')).toHaveText('Set by your organisation');
    await expect(options.getByTestId('managed-key-location')).toContainText("Your organisation's policy provides the API key");
    await expect(options.getByRole('alert').filter({ hasText: "Your organisation's setting chatHistoryDays is invalid" })).toBeVisible();
    expect(await options.content()).not.toContain(TEST_KEY);

    // A translation reaches the provider with the policy's header and key.
    server.enqueue({ kind: 'text', text: 'The European Central Bank left its key rates unchanged.' });
    const article = await context.newPage();
    const articleUrl = `${server.url}/pages/translate/article.html`;
    await article.goto(articleUrl);
    await clickMenu(serviceWorker, articleUrl, { menuItemId: MENU_TRANSLATE, selectionText: await selectContents(article, '#fr') });
    await expect(bubbleIn(article).getByTestId('translation')).toHaveText('The European Central Bank left its key rates unchanged.');
    const translation = server.requests.find((request) => request.path === '/v1/chat/completions');
    expect(translation?.headers[GATEWAY_HEADER]).toBe(GATEWAY_TEAM);
    expect(translation?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);

    // The popup has no Chat tab, and says the organisation sets some settings.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${build.id}/popup.html`);
    await expect(popup.getByRole('tab', { name: 'Translate' })).toBeVisible();
    await expect(popup.getByRole('tab', { name: 'Replies' })).toBeVisible();
    await expect(popup.getByRole('tab', { name: 'Chat' })).toHaveCount(0);
    await expect(popup.getByTestId('popup-managed')).toHaveText('Some settings are set by your organisation');
    expect(errors.list()).toEqual([]);
  } finally {
    await context?.close();
    policy.remove();
    build.remove();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
