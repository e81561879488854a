import { expect, test } from './support/fixtures.ts';
import { configureProvider } from './support/provider.ts';
import { MENU_TRANSLATE, bubbleIn, clickMenu, pressShortcut, requestedTexts, selectContents } from './support/translate.ts';

test('Alt+T translates the current selection in a bubble', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const english = 'The European Central Bank decided on Thursday to keep its key interest rates unchanged at 2.15%.';
  server.enqueue({ kind: 'text', text: english });
  const url = `${server.url}/pages/translate/article.html`;
  await page.goto(url);
  await page.locator('#fr').click({ clickCount: 3 });
  await pressShortcut(serviceWorker, url);
  await expect(bubbleIn(page).getByTestId('translation')).toHaveText(english);
  expect(requestedTexts(server.requests)[0]).toContain('La Banque centrale européenne a décidé jeudi');
});

test('Alt+T with nothing selected says to select text first and sends nothing', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const url = `${server.url}/pages/translate/article.html`;
  await page.goto(url);
  await pressShortcut(serviceWorker, url);
  await expect(page.locator('parley-translate').getByRole('status')).toContainText('select some text first');
  expect(server.requests).toHaveLength(0);
});

test('text and a field inside a web component’s open shadow root are translated', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const review = 'Spacious and spotless room, generous breakfast with homemade cakes.';
  const answer = 'Thank you for your review, we hope to welcome you again soon.';
  server.enqueue({ kind: 'text', text: review }, { kind: 'text', text: answer });
  const url = `${server.url}/pages/translate/web-component.html`;
  await page.goto(url);

  await page.locator('review-card #review').click({ clickCount: 3 });
  await pressShortcut(serviceWorker, url);
  await expect(bubbleIn(page).getByTestId('translation')).toHaveText(review);
  await expect(bubbleIn(page).getByTestId('source-language')).toHaveText('Italian');
  expect(requestedTexts(server.requests)[0]).toContain('Camera spaziosa e pulitissima');
  await page.keyboard.press('Escape');

  await page.locator('review-card #answer').focus();
  await page.keyboard.press('ControlOrMeta+A');
  await pressShortcut(serviceWorker, url);
  await expect(bubbleIn(page).getByTestId('translation')).toHaveText(answer);
  expect(requestedTexts(server.requests)[1]).toContain('Obrigado pela sua avaliação');
});

test('a long selection is translated paragraph by paragraph, in order, each shown as it streams', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const translations = [
    'Freiburg’s municipal utility presented its annual report on Tuesday and announced a clear shift in its energy mix.',
    'For households this means stable prices at first: the basic tariff stays at 32.4 cents per kilowatt hour.',
    'The opposition on the city council was critical: the planned wind turbines could only be built after long approvals.',
  ];
  const openings = ['Die Stadtwerke Freiburg', 'Für die Haushalte', 'Kritik kam von der Opposition'];
  // Each request is answered with the translation of the paragraph it carries, word by word.
  const byParagraph = { kind: 'fn' as const, respond: (request: { body: unknown }) => {
    const prompt = requestedTexts([request])[0] ?? '';
    const index = openings.findIndex((opening) => prompt.includes(opening));
    return { kind: 'text' as const, text: translations[index] ?? 'unexpected request', delayMs: 60 };
  } };
  server.enqueue(byParagraph, byParagraph, byParagraph);
  const url = `${server.url}/pages/translate/long-article.html`;
  await page.goto(url);
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: await selectContents(page, '#report') });

  const translation = bubbleIn(page).getByTestId('translation');
  // The first paragraph shows while the others are not even asked for yet.
  await expect(translation).toContainText('Freiburg’s municipal utility');
  expect(server.requests.length).toBe(1);
  await expect(translation).toContainText(translations[2] ?? '');
  expect(await translation.textContent()).toBe(translations.join('\n\n'));
  const asked = requestedTexts(server.requests);
  expect(asked).toHaveLength(3);
  asked.forEach((prompt, index) => {
    expect(prompt).toContain(openings[index]);
    // One paragraph per request: none carries the next one.
    expect(prompt).not.toContain(openings[index + 1] ?? '\u0000');
  });
});

test('a selection above 20,000 characters gets a clear message and no request', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const url = `${server.url}/pages/translate/terms.html`;
  await page.goto(url);
  const selected = await selectContents(page, '#terms');
  expect(selected.length).toBeGreaterThan(25_000);
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: selected });
  const alert = bubbleIn(page).locator('[data-error-code="too-long"]');
  await expect(alert).toContainText('too long to translate at once');
  await expect(alert).toContainText('the limit is 20,000');
  expect(server.requests).toHaveLength(0);
});

test('emoji sequences, right-to-left text and text that looks like HTML travel intact and show as text', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  await page.addInitScript(() => {
    window.alert = () => {
      (window as unknown as { alerted: boolean }).alerted = true;
    };
  });
  const cases = [
    { id: '#emoji', sent: '👨‍👩‍👧‍👦', answer: 'Family outing on Sunday 👨‍👩‍👧‍👦 — who brings the cake? 🏳️‍🌈 I’ll take care of the drinks 👩🏽‍💻' },
    { id: '#rtl', sent: 'הפגישה עם Siemens נדחתה ל-14:30', answer: 'הפגישה עם Siemens נדחתה ל-14:30 — The meeting with Siemens moved to 14:30 ✅' },
    { id: '#markup', sent: '<b>fett</b> & <script>alert(1)</script>', answer: 'Please do not delete <b>bold</b> & <script>alert(1)</script> in the template.' },
  ];
  server.enqueue(...cases.map((entry) => ({ kind: 'text' as const, text: entry.answer })));
  const url = `${server.url}/pages/translate/mixed-scripts.html`;
  await page.goto(url);
  for (const [index, entry] of cases.entries()) {
    await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: await selectContents(page, entry.id) });
    const translation = bubbleIn(page).getByTestId('translation');
    await expect(translation).toHaveText(entry.answer);
    expect(await translation.textContent()).toBe(entry.answer);
    expect(requestedTexts(server.requests)[index]).toContain(entry.sent);
    await expect(translation.locator('b, script')).toHaveCount(0);
    await page.keyboard.press('Escape');
  }
  expect(await page.evaluate(() => (window as unknown as { alerted?: boolean }).alerted)).toBeUndefined();
});

test('hostile model output shows as inert text: no script runs and no image loads', async ({ context, page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const tracker = `${server.url}/pages/track.png`;
  const hostile = `Voici <img src=x onerror="window.pwned=1"> <script>window.pwned=2</script> [open](javascript:window.pwned=3) ![](${tracker})`;
  server.enqueue({ kind: 'text', text: hostile });
  const loaded: string[] = [];
  context.on('request', (request) => loaded.push(request.url()));
  const url = `${server.url}/pages/translate/article.html`;
  await page.goto(url);
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: await selectContents(page, '#fr') });

  const bubble = bubbleIn(page);
  const translation = bubble.getByTestId('translation');
  await expect(translation).toHaveText(hostile);
  await expect(translation.locator('img, script, a')).toHaveCount(0);
  await translation.getByText('[open](javascript:window.pwned=3)', { exact: false }).click();
  // Long enough for an image or an error handler to have fired.
  await expect.poll(() => server.streams[0]?.finished).toBe(true);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(loaded.filter((address) => address.includes('track.png') || address.endsWith('/pages/translate/x'))).toEqual([]);
});
