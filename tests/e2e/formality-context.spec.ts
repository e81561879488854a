import type { BrowserContext, Page, Worker } from '@playwright/test';
import { countTokens } from 'gpt-tokenizer/encoding/cl100k_base';
import type { TestServer } from '../fixtures/openai-server/server.ts';
import { expect, test } from './support/fixtures.ts';
import { configureProvider } from './support/provider.ts';
import { MENU_TRANSLATE, bubbleIn, clickMenu, selectContents } from './support/translate.ts';
import { clickSuggestRepliesMenu, promptOf, repliesAnswer } from './support/webmail-replies.ts';
import type { Settings } from '../../utils/settings/schema';

const PAGE = '/pages/translate/wording.html';
const GERMAN = 'Die EZB hat am Donnerstag beschlossen, ihre Leitzinsen unverändert bei 2,15 % zu belassen.';

function systemAndUser(request: { body: unknown } | undefined): { system: string; user: string } {
  const messages = (request?.body as { messages?: Array<{ role: string; content: string }> } | undefined)?.messages ?? [];
  return { system: messages.find((message) => message.role === 'system')?.content ?? '', user: messages.find((message) => message.role === 'user')?.content ?? '' };
}

const germanFormal = (settings: Settings): Settings => ({
  ...settings,
  languages: { ...settings.languages, target: 'de' },
  wording: { ...settings.wording, formality: { ...settings.wording.formality, de: 'formal' } },
});

async function translateIntoGerman(page: Page, serviceWorker: Worker, url: string): Promise<void> {
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: await selectContents(page, '#two-terms') });
  await expect(bubbleIn(page).getByTestId('translation')).toHaveText(GERMAN);
}

test('formal German is asked for in a German translation, with the page title and heading capped in one line', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server, germanFormal);
  server.enqueue({ kind: 'text', text: GERMAN });
  const url = `${server.url}${PAGE}`;
  await page.goto(url);
  await translateIntoGerman(page, serviceWorker, url);

  const { system, user } = systemAndUser(server.requests[0]);
  expect(system).toContain('into German (de)');
  expect(system).toContain('Address the reader formally (Sie).');
  const line = /^<page>(.*)<\/page>$/m.exec(user)?.[1] ?? '';
  // The title's start and the nearest heading above the selection ("Politique monétaire", not the h1 or a later h2).
  expect(line.startsWith('Économie : la Banque centrale européenne')).toBe(true);
  expect(line.endsWith(' › Politique monétaire')).toBe(true);
  expect(line).not.toContain('Réactions des entreprises');
  // Capped: the title is cut (its end never arrives) and the line stays within its 160 bytes (about 40 tokens in French).
  expect(line).not.toContain('édition du jeudi');
  expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(160);
  expect(countTokens(line)).toBeLessThanOrEqual(50);
  // Never the page's body: only the selected paragraph is there.
  expect(user).not.toContain('Les marchés attendaient');
  expect(user).not.toContain('aucun calendrier');
});

test('with page context turned off, the translation prompt has no title or heading', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server, (settings) => ({ ...germanFormal(settings), wording: { ...germanFormal(settings).wording, pageContext: false } }));
  server.enqueue({ kind: 'text', text: GERMAN });
  const url = `${server.url}${PAGE}`;
  await page.goto(url);
  await translateIntoGerman(page, serviceWorker, url);
  const { system, user } = systemAndUser(server.requests[0]);
  expect(user).not.toContain('<page>');
  expect(user).not.toContain('Politique monétaire');
  expect(user).not.toContain('Banque centrale européenne');
  expect(system).not.toContain('<page>');
  expect(system).toContain('Address the reader formally (Sie).');
});

async function suggestOnGermanThread(context: BrowserContext, server: TestServer, serviceWorker: Worker): Promise<void> {
  const page = await context.newPage();
  const url = `${server.url}/pages/webmail/generic-textarea.html`;
  await page.goto(url);
  await page.locator('#composebody').click({ position: { x: 20, y: 8 } });
  await clickSuggestRepliesMenu(serviceWorker, url, 0);
  await expect(page.getByRole('dialog', { name: 'Parley: suggested replies' }).getByTestId('reply')).toHaveCount(3);
  // The menu is dispatched to the first tab at this address: one tab at a time.
  await page.close();
}

const GERMAN_REPLIES = [
  { intent: 'accept', text: 'Sehr geehrter Herr Becker,\n\nvielen Dank, wir nehmen die LED-Rückwand gern dazu.\n\nMit freundlichen Grüßen\nAlex Morgan', gloss: 'Thank you, we will add the LED wall.' },
  { intent: 'decline', text: 'Sehr geehrter Herr Becker,\n\ndie LED-Rückwand benötigen wir nicht.\n\nMit freundlichen Grüßen\nAlex Morgan', gloss: 'We do not need the LED wall.' },
  { intent: 'ask price', text: 'Sehr geehrter Herr Becker,\n\nwas kostet die LED-Rückwand zusätzlich?\n\nMit freundlichen Grüßen\nAlex Morgan', gloss: 'How much extra is the LED wall?' },
];

test('formal German is asked for in German replies; without a choice the replies follow the thread', async ({ context, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server, germanFormal);
  server.enqueue(repliesAnswer('sends the offer; formal', GERMAN_REPLIES));
  await suggestOnGermanThread(context, server, serviceWorker);
  const formal = promptOf(server.requests.find((request) => request.path === '/v1/chat/completions'));
  expect(formal.system).toContain('the reply body in German (de)');
  expect(formal.system).toContain('Address the correspondent formally (Sie).');

  await configureProvider(serviceWorker, server);
  server.enqueue(repliesAnswer('sends the offer; formal', GERMAN_REPLIES));
  await suggestOnGermanThread(context, server, serviceWorker);
  const automatic = promptOf(server.requests.filter((request) => request.path === '/v1/chat/completions').at(-1));
  expect(automatic.system).toContain('the reply body in German (de)');
  expect(automatic.system).not.toContain('Address the correspondent');
});
