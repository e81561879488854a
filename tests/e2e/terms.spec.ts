import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { configureProvider } from './support/provider.ts';
import { MENU_TRANSLATE, bubbleIn, clickMenu, selectContents } from './support/translate.ts';
import type { TermEntry } from '../../utils/terms/schema';

const PAGE = '/pages/translate/wording.html';

function entry(source: string, target: string, extra: Partial<TermEntry> = {}): TermEntry {
  return { source, target, keep: false, caseSensitive: false, sourceLanguage: null, targetLanguage: null, ...extra };
}

/** A translation office's list: only two of its entries occur in the "two-terms" paragraph. */
const TERMS: TermEntry[] = [
  entry('BCE', 'ECB', { caseSensitive: true }),
  entry('taux directeurs', 'key interest rates', { sourceLanguage: 'fr', targetLanguage: 'en' }),
  entry('zone euro', 'euro area'),
  entry('Banque de France', 'Bank of France'),
  entry('Figma', '', { keep: true }),
  entry('taux', 'rate', { targetLanguage: 'de' }),
];

function promptOf(request: { body: unknown } | undefined): { system: string; user: string } {
  const messages = (request?.body as { messages?: Array<{ role: string; content: string }> } | undefined)?.messages ?? [];
  return { system: messages.find((message) => message.role === 'system')?.content ?? '', user: messages.find((message) => message.role === 'user')?.content ?? '' };
}

/** The lines of the terms block in a system prompt, or null when there is none. */
function termLines(system: string): string[] | null {
  const lines = system.split('\n');
  const start = lines.findIndex((line) => line.startsWith('Use these terms'));
  return start < 0 ? null : lines.slice(start + 1);
}

async function translateParagraph(page: Page, serviceWorker: Parameters<typeof clickMenu>[0], url: string, selector: string): Promise<void> {
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: await selectContents(page, selector) });
}

test('a selection holding two listed terms sends exactly those two entries; one holding none sends no terms block', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server, (settings) => ({ ...settings, wording: { ...settings.wording, terms: TERMS } }));
  server.enqueue({ kind: 'text', text: 'On Thursday the ECB left its key interest rates unchanged at 2.15%.' }, { kind: 'text', text: 'Manufacturers welcome a cautious decision.' });
  const url = `${server.url}${PAGE}`;
  await page.goto(url);

  await translateParagraph(page, serviceWorker, url, '#two-terms');
  await expect(bubbleIn(page).getByTestId('translation')).toHaveText('On Thursday the ECB left its key interest rates unchanged at 2.15%.');
  const first = promptOf(server.requests[0]);
  expect(termLines(first.system)).toEqual(['BCE → ECB', 'taux directeurs → key interest rates']);
  // None of the others, not even "taux" alone (inside the longer term, and meant for German).
  for (const other of ['euro area', 'Bank of France', 'Figma', '→ rate']) expect(first.system).not.toContain(other);

  await translateParagraph(page, serviceWorker, url, '#no-terms');
  await expect(bubbleIn(page).getByTestId('translation')).toHaveText('Manufacturers welcome a cautious decision.');
  const second = promptOf(server.requests[1]);
  expect(termLines(second.system)).toBeNull();
  expect(second.system).not.toContain('→');
});

test('"Add to terms" in the bubble takes a word picked in the original, saves it, and the next translation uses it', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({ kind: 'text', text: 'Manufacturers welcome a cautious decision.' }, { kind: 'text', text: 'Industrial firms welcome a cautious decision.' });
  const url = `${server.url}${PAGE}`;
  await page.goto(url);
  await translateParagraph(page, serviceWorker, url, '#no-terms');
  const bubble = bubbleIn(page);
  await expect(bubble.getByTestId('translation')).toHaveText('Manufacturers welcome a cautious decision.');
  expect(termLines(promptOf(server.requests[0]).system)).toBeNull();

  await bubble.getByRole('button', { name: 'Add to terms' }).click();
  const form = bubble.getByRole('form', { name: 'Add to your terms' });
  // The user double-clicks the word in the original, as a reader picks a word.
  const original = form.getByTestId('term-original');
  await expect(original).toHaveText(/Les industriels saluent/);
  const point = await original.evaluate(async (element) => {
    // The form grows the bubble, which then moves (a frame or two later) to stay on screen: a
    // reader aims where it rests, so the word is measured once it has stayed put for two frames.
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let last = '';
    for (let frames = 0, still = 0; frames < 60 && still < 2; frames += 1) {
      await nextFrame();
      const { x, y } = element.getBoundingClientRect();
      still = `${x},${y}` === last ? still + 1 : 0;
      last = `${x},${y}`;
    }
    const text = element.firstChild;
    if (!text) throw new Error('no text');
    const range = document.createRange();
    const start = (text.textContent ?? '').indexOf('industriels');
    range.setStart(text, start + 2);
    range.setEnd(text, start + 3);
    const box = range.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });
  await page.mouse.dblclick(point.x, point.y);
  await expect(form.getByLabel('Term')).toHaveValue('industriels');
  await form.getByLabel('Translation').fill('industrial firms');
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(form.getByRole('status')).toHaveText('Added to your terms. Retry to translate with it.');

  const saved = await serviceWorker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { wording: { terms: TermEntry[] } }).wording.terms);
  expect(saved).toEqual([entry('industriels', 'industrial firms', { targetLanguage: 'en' })]);

  await bubble.getByRole('button', { name: 'Retry' }).click();
  await expect(bubble.getByTestId('translation')).toHaveText('Industrial firms welcome a cautious decision.');
  expect(termLines(promptOf(server.requests[1]).system)).toEqual(['industriels → industrial firms']);
});
