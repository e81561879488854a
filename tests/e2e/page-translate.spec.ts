import { fakeTranslation, segmentTranslator } from '../fixtures/openai-server/segments.ts';
import { expect, test } from './support/fixtures.ts';
import { fakeTranslatorInputs, installFakeTranslator } from './support/device-translator-stand-in.ts';
import { configureProvider } from './support/provider.ts';
import { progressControl, sentSegments, translatePageFromCommand, translatePageFromMenu, translationOf } from './support/page-translate.ts';

test('an article gets every paragraph and heading translated beneath it; code, input, marked, hidden and English text untouched; Show original restores the exact DOM', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.setDefault(segmentTranslator());
  const url = `${server.url}/pages/page-translate/article.html`;
  await page.goto(url);
  const before = await page.evaluate(() => ({ body: document.body.innerHTML, shadow: document.querySelector('travel-card')?.shadowRoot?.innerHTML, frame: (document.querySelector('#frame') as HTMLIFrameElement).contentDocument?.body.innerHTML }));

  await translatePageFromMenu(serviceWorker, url);
  for (const id of ['title', 'p1', 'p2', 'h2', 'p3', 'quote', 'li1', 'li2', 'p4', 'search-row', 'footer-p']) {
    const original = (await page.locator(`#${id}`).evaluate((element) => element.firstChild?.textContent ?? '')).trim().replace(/\s+/g, ' ');
    await expect(translationOf(page, `#${id}`)).toContainText(`EN(${original.slice(0, 20)}`);
  }
  // Open shadow roots and same-origin frames too.
  await expect(page.locator('travel-card #shadow-p > parley-page-translation')).toContainText('EN(Tipp: Reservieren');
  await expect(page.frameLocator('#frame').locator('#frame-p > parley-page-translation')).toContainText('EN(Der Winterfahrplan');
  await expect(progressControl(page)).toContainText('Translated');

  // Untouched: code, the input, translate="no", .notranslate, hidden, aria-hidden, the editable region, and the English paragraph.
  for (const id of ['code', 'skip-marked', 'skip-class', 'hidden', 'aria', 'editor', 'en']) await expect(page.locator(`#${id} parley-page-translation`)).toHaveCount(0);
  await expect(page.locator('#search')).toHaveValue('Wien nach Amsterdam');
  const sent = sentSegments(server.requests).join('\n');
  for (const text of ['curl https', 'Bundesbahnen', 'Ticketshop', 'ausgeblendet', 'Dekorativer', 'Kommentare', 'winter timetable']) expect(sent).not.toContain(text);
  // The navigation is translated too, but after the content.
  const order = sentSegments(server.requests);
  expect(order.findIndex((segment) => segment.includes('Politik'))).toBeGreaterThan(order.findIndex((segment) => segment.includes('Katrin Albers')));

  await progressControl(page).getByRole('button', { name: 'Show original' }).click();
  await expect(page.locator('parley-page-translation')).toHaveCount(0);
  await expect(page.locator('parley-page-progress')).toHaveCount(0);
  const after = await page.evaluate(() => ({ body: document.body.innerHTML, shadow: document.querySelector('travel-card')?.shadowRoot?.innerHTML, frame: (document.querySelector('#frame') as HTMLIFrameElement).contentDocument?.body.innerHTML }));
  expect(after).toEqual(before);
});

test('two links and a bold word keep their hrefs and stay clickable; a dropped placeholder gives plain text for that block only', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.setDefault(segmentTranslator({ dropPlaceholders: (segment) => segment.includes('Datenschutz') }));
  const url = `${server.url}/pages/page-translate/links.html`;
  await page.goto(url);
  const original = await page.locator('#linked').innerHTML();

  await translatePageFromCommand(serviceWorker, url);
  const linked = translationOf(page, '#linked');
  await expect(linked).toContainText('EN(Die');
  const links = linked.locator('a');
  await expect(links).toHaveCount(2);
  await expect(links.nth(0)).toHaveAttribute('href', 'https://bibliothek.example.org/oeffnungszeiten');
  await expect(links.nth(0)).toHaveText('Öffnungszeiten');
  await expect(links.nth(1)).toHaveAttribute('href', 'https://bibliothek.example.org/newsletter');
  await expect(links.nth(1)).toHaveAttribute('title', 'Newsletter');
  await expect(linked.locator('strong')).toHaveText('ab Montag');
  // Clones carry no duplicate ids.
  await expect(linked.locator('[id]')).toHaveCount(0);
  await links.nth(1).click({ noWaitAfter: true, trial: true });

  const dropped = translationOf(page, '#dropped');
  await expect(dropped).toHaveText(fakeTranslation('Fragen zum Datenschutz beantwortet das Team der Bibliothek gern.'));
  await expect(dropped.locator('a, em')).toHaveCount(0);
  expect(await page.locator('#linked').evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    copy.querySelector('parley-page-translation')?.remove();
    return copy.innerHTML;
  })).toBe(original);
});

test('Stop ends the batch in flight (its request is cancelled) and keeps what was translated', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.setDefault(segmentTranslator());
  const url = `${server.url}/pages/page-translate/long.html`;
  await page.goto(url);
  await translatePageFromMenu(serviceWorker, url);
  await expect(translationOf(page, '#post-2')).toBeAttached();

  server.setDefault({ kind: 'hang' });
  const inFlight = server.requests.length;
  await page.evaluate(() => window.scrollBy(0, 2_000));
  await expect.poll(() => server.requests.length).toBeGreaterThan(inFlight);
  await progressControl(page).getByRole('button', { name: 'Stop' }).click();
  await expect(progressControl(page)).toContainText('Stopped');
  const afterStop = server.requests.length;
  await expect(progressControl(page).getByRole('button', { name: 'Stop' })).toBeHidden();
  await expect(translationOf(page, '#post-2')).toBeAttached();
  // Scrolling on after Stop asks for nothing more (the observers are off).
  await page.evaluate(() => window.scrollBy(0, 2_000));
  await expect(progressControl(page)).toContainText('Stopped');
  expect(server.requests.length).toBe(afterStop);
});

/** A literal German → English word list for the two paragraphs of links.html (German nouns keep their capital). */
const GERMAN_WORDS = {
  die: 'the', öffnungszeiten: 'opening hours', der: 'of the', stadtbibliothek: 'city library', ändern: 'change', sich: 'themselves', ab: 'from', montag: 'Monday',
  details: 'details', stehen: 'are', im: 'in the', newsletter: 'newsletter', vom: 'of', oktober: 'October', fragen: 'questions', zum: 'about', datenschutz: 'data protection',
  beantwortet: 'answers', das: 'the', team: 'team', bibliothek: 'library', gern: 'gladly',
};

test('with no key, a page is translated on this device: the blocks go to the browser’s Translator, links come back with their hrefs, nothing goes to a provider', async ({ page, server, serviceWorker }) => {
  await installFakeTranslator(serviceWorker, GERMAN_WORDS);
  const url = `${server.url}/pages/page-translate/links.html`;
  await page.goto(url);
  await translatePageFromMenu(serviceWorker, url);

  const linked = translationOf(page, '#linked');
  await expect(linked).toHaveText('The Opening hours of the City library change themselves from Monday; Details are in the Newsletter of October.');
  await expect(linked.locator('a')).toHaveCount(2);
  await expect(linked.locator('a').nth(0)).toHaveAttribute('href', 'https://bibliothek.example.org/oeffnungszeiten');
  await expect(linked.locator('a').nth(1)).toHaveAttribute('href', 'https://bibliothek.example.org/newsletter');
  await expect(linked.locator('strong')).toHaveText('from Monday');
  await expect(translationOf(page, '#dropped')).toHaveText('Questions about Data protection answers the Team of the Library gladly.');
  // The Translator counts no tokens, and none are billed.
  await expect(progressControl(page)).toContainText('Translated · 2 of 2 blocks · 0 tokens');
  expect(server.requests).toEqual([]);
  // Both paragraphs in one call, as numbered lines.
  expect(await fakeTranslatorInputs(serviceWorker)).toHaveLength(1);
});
