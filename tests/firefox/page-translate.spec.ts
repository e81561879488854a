import { segmentTranslator } from '../fixtures/openai-server/segments.ts';
import { expect, test } from './support/fixtures.ts';
import { click, element, role, waitForText } from './support/page.ts';
import { configureProvider } from './support/provider.ts';

// Firefox's match patterns take no port, so the site rule asks for the host's port-less access
// (utils/settings/host-access.ts); a pattern with the test server's port was refused there.

test('in Firefox, "Always translate this site" for a site on a port translates it at its next load', async ({ firefox, server }) => {
  await configureProvider(firefox.control, server);
  server.setDefault(segmentTranslator());
  const url = `${server.url}/pages/page-translate/links.html`;
  const page = await firefox.openPage(url);
  const tabId = await firefox.control.evaluate(async (url) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    return (await api.tabs.query({})).find((tab) => tab.url === url)?.id;
  }, url);
  expect(tabId).toBeDefined();
  const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`);
  await click(popup, role('tab', 'Translate'));
  await click(popup, role('checkbox', 'Always translate this site'));
  const always = await element(popup, role('checkbox', 'Always translate this site'));
  await expect.poll(() => always.evaluate((box) => (box as HTMLInputElement).checked)).toBe(true);
  const stored = await firefox.control.evaluate(async () => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    return ((await api.storage.local.get('settings')) as { settings: { pageTranslate: { alwaysSites: string[] } } }).settings.pageTranslate.alwaysSites;
  });
  expect(stored).toEqual([server.url]);

  await page.bringToFront();
  await page.reload();
  await waitForText(page, '#linked > parley-page-translation', 'EN(Die');
});
