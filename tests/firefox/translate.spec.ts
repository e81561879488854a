import { MENU_TRANSLATE, selectContents } from '../e2e/support/translate.ts';
import { expect, test } from './support/fixtures.ts';
import { choose, click, fill, role, waitForText } from './support/page.ts';
import { configureProvider } from './support/provider.ts';

const FRENCH_TRANSLATION =
  'The European Central Bank decided on Thursday to keep its key interest rates unchanged at 2.15%, while signalling that inflation in the euro area should return to its 2% target during the first half of 2026.';

test('in Firefox, the popup\'s Translate tab translates typed text', async ({ firefox, server }) => {
  await configureProvider(firefox.control, server);
  server.enqueue({ kind: 'text', text: 'Good morning, everyone.' });
  const popup = await firefox.openExtensionPage('popup.html');
  await click(popup, role('tab', 'Translate'));
  await fill(popup, role('textbox', 'Text to translate'), 'Buenos días a todos.');
  await choose(popup, role('combobox', 'Translate into'), 'en');
  await click(popup, role('button', 'Translate'));
  await waitForText(popup, '[data-testid="popup-translation"]', 'Good morning, everyone.');
  expect(JSON.stringify(server.requests.at(-1)?.body)).toContain('Buenos días a todos.');
});

test('in Firefox, "Translate selection" from the context menu streams the translation into a bubble on the page', async ({ firefox, server }) => {
  await configureProvider(firefox.control, server);
  server.enqueue({ kind: 'text', text: FRENCH_TRANSLATION, delayMs: 120 });
  const url = `${server.url}/pages/translate/article.html`;
  const page = await firefox.openPage(url);
  // The Playwright helper only runs DOM code in the page, which puppeteer's evaluate does alike.
  const selected = await selectContents(page as unknown as Parameters<typeof selectContents>[0], '#fr');

  await firefox.clickMenu(url, { menuItemId: MENU_TRANSLATE, selectionText: selected });
  const translation = 'parley-translate >>> [data-testid="translation"]';
  // Part of the answer shows while the server is still sending the rest.
  await waitForText(page, translation, 'The European Central Bank');
  expect(server.streams[0]?.finished).toBe(false);
  await waitForText(page, translation, FRENCH_TRANSLATION);
  await waitForText(page, 'parley-translate >>> [data-testid="source-language"]', 'French');
  const body = server.requests[0]?.body as { messages: Array<{ content: string }> };
  const prompt = body.messages.map((message) => message.content).join('\n');
  expect(prompt).toContain(selected.trim());
  expect(prompt).toContain('into English (en)');
});
