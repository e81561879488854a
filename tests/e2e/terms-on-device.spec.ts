import { expect, test } from './support/fixtures.ts';
import { fakeTranslatorInputs, installFakeTranslator } from './support/device-translator-stand-in.ts';
import { configureProvider } from './support/provider.ts';
import { MENU_TRANSLATE, bubbleIn, clickMenu, selectContents } from './support/translate.ts';

/** A literal translator's French: "Le Bon Coin" (a classifieds site) would come out as "The Good Corner". */
const FRENCH_WORDS = { 'j’ai': 'I have', vendu: 'sold', mon: 'my', vélo: 'bike', sur: 'on', le: 'the', bon: 'good', coin: 'corner', hier: 'yesterday', soir: 'evening' };

test('the on-device Translator leaves a "keep as is" term unchanged: it is sent as a placeholder and put back', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server, (settings) => ({
    ...settings,
    routing: { ...settings.routing, translate: 'builtin' },
    wording: { ...settings.wording, terms: [{ source: 'Le Bon Coin', target: '', keep: true, caseSensitive: false, sourceLanguage: null, targetLanguage: null }] },
  }));
  await installFakeTranslator(serviceWorker, FRENCH_WORDS);
  const url = `${server.url}/pages/translate/wording.html`;
  await page.goto(url);
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: await selectContents(page, '#classifieds') });

  const bubble = bubbleIn(page);
  await expect(bubble.getByTestId('translation')).toHaveText('I have sold my bike on Le Bon Coin yesterday evening');
  await expect(bubble.getByTestId('provider')).toHaveText(/On-device/);
  // The Translator never saw the term, only its placeholder; nothing went to the provider.
  expect(await fakeTranslatorInputs(serviceWorker)).toEqual(['J’ai vendu mon vélo sur ⟦0⟧ hier soir']);
  expect(server.requests.filter((request) => request.path.endsWith('/chat/completions'))).toEqual([]);
});
