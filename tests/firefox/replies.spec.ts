import { fixtureApp, promptOf, repliesAnswer } from '../e2e/support/webmail-replies.ts';
import { expect, test } from './support/fixtures.ts';
import { element, textOf, waitForText } from './support/page.ts';
import { configureProvider } from './support/provider.ts';

const GERMAN_REPLIES = [
  { intent: 'accept LED wall', text: 'Hallo Herr Becker,\n\nvielen Dank, wir nehmen die LED-Rückwand gern dazu.\n\nViele Grüße\nAlex Morgan', gloss: 'Thank you, we will gladly add the LED back wall.' },
  { intent: 'decline LED wall', text: 'Hallo Herr Becker,\n\ndanke, die LED-Rückwand brauchen wir nicht.\n\nViele Grüße\nAlex Morgan', gloss: 'Thanks, we do not need the LED back wall.' },
  { intent: 'ask price', text: 'Hallo Herr Becker,\n\nwas kostet die LED-Rückwand zusätzlich?\n\nViele Grüße\nAlex Morgan', gloss: 'How much extra is the LED back wall?' },
];

test('in Firefox, "Suggest replies" on a textarea holding a quoted mail suggests replies and inserts one above the quote', async ({ firefox, server }) => {
  await configureProvider(firefox.control, server);
  server.enqueue(repliesAnswer('sends the offer, asks by Friday whether to add the LED wall; formal', GERMAN_REPLIES));
  const url = `${server.url}/pages/webmail/generic-textarea.html`;
  const page = await firefox.openPage(url);
  // The right-click that opens the menu puts the caret in the field.
  await page.click('#composebody', { offset: { x: 20, y: 8 } });
  await firefox.clickMenu(url, { menuItemId: 'parley-suggest-replies', editable: true });

  const panel = 'parley-replies-panel >>> ';
  await waitForText(page, `${panel}[data-testid="reply"]:nth-of-type(3) [data-testid="gloss"]`, GERMAN_REPLIES[2]?.gloss ?? '');
  const glosses = await Promise.all((await page.$$(`${panel}[data-testid="gloss"]`)).map((gloss) => gloss.evaluate((node) => node.textContent)));
  expect(glosses).toEqual(GERMAN_REPLIES.map((reply) => reply.gloss));
  const prompt = promptOf(server.requests.find((request) => request.path === '/v1/chat/completions'));
  expect(prompt.thread.messages[0]?.from).toBe('Jonas Becker');
  expect(prompt.thread.messages[0]?.text).toContain('ob Sie die LED-Rückwand\nzusätzlich wünschen?');
  expect(prompt.system).toContain('the reply body in German (de)');

  // The page's own code listens on the field, as a webmail's draft model does.
  await page.evaluate(() => {
    const heard: string[] = [];
    Object.assign(window, { heardInputs: heard });
    document.getElementById('composebody')?.addEventListener('input', (event) => heard.push((event as InputEvent).inputType));
  });
  const third = await element(page, `${panel}[data-testid="reply"]:nth-of-type(3)`);
  const insert = await third.$('::-p-aria([name="Insert"][role="button"])');
  if (!insert) throw new Error('The third reply has no Insert button');
  await insert.click();
  const value = await waitForText(page, '#composebody', 'was kostet die LED-Rückwand zusätzlich?');
  expect(value.indexOf('was kostet')).toBeLessThan(value.indexOf('On 10.03.2026 09:12, Jonas Becker wrote:'));
  expect(await textOf(page, '#composebody')).toContain('> Könnten Sie uns bis Freitag mitteilen, ob Sie die LED-Rückwand');
  // The page heard the change as typing, and nothing was sent.
  expect(await page.evaluate(() => (window as unknown as { heardInputs: string[] }).heardInputs)).toContain('insertText');
  expect((await fixtureApp(page as unknown as Parameters<typeof fixtureApp>[0])).sends).toBe(0);
});
