import type { Page, Worker } from '@playwright/test';
import type { TestServer } from '../fixtures/openai-server/server.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { clickWriteInMenu, writeInRequests, writeInResponder } from './support/compose.ts';
import { expect, test } from './support/fixtures.ts';
import { configureProvider } from './support/provider.ts';
import { editorFrameId, fixtureApp } from './support/webmail-replies.ts';

const DRAFT = 'Thank you, we will take the LED back wall as well. Please send the updated offer.';
const GERMAN = 'Vielen Dank, wir nehmen die LED-Rückwand ebenfalls. Bitte senden Sie uns das aktualisierte Angebot.';
const SPANISH = 'Gracias, también nos quedamos con la pared LED. Envíenos la oferta actualizada, por favor.';
const BACK = 'Thank you very much, we are also taking the LED back wall. Please send us the updated offer.';

interface FieldCase {
  name: string;
  page: string;
  /** The field in the page, or in the editor's iframe. */
  inFrame: boolean;
  selector: string;
  target: 'de' | 'es';
  translation: string;
}

const CASES: FieldCase[] = [
  { name: 'a webmail textarea with a German quoted original', page: 'webmail/generic-textarea.html', inFrame: false, selector: '#composebody', target: 'de', translation: GERMAN },
  { name: 'a rich editor in an about:blank iframe on a German help desk', page: 'compose/kundendienst-editor.html', inFrame: true, selector: 'body', target: 'de', translation: GERMAN },
  { name: 'an ordinary page’s textarea with lang="de"', page: 'compose/vereinsforum.html', inFrame: false, selector: '#message', target: 'de', translation: GERMAN },
  { name: 'a rich editor in an iframe under a Spanish ticket', page: 'webmail/generic-iframe-editor.html', inFrame: true, selector: 'body', target: 'es', translation: SPANISH },
];

async function openWithDraft(page: Page, server: TestServer, serviceWorker: Worker, field: FieldCase): Promise<{ url: string; frameId: number }> {
  const url = `${server.url}/pages/${field.page}`;
  await page.goto(url);
  const locator = field.inFrame ? page.frameLocator('iframe').locator(field.selector) : page.locator(field.selector);
  await locator.click({ position: { x: 10, y: 8 } });
  // A textarea holding a quote: the draft goes above it, as a user types a reply.
  if (!field.inFrame) await locator.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(0, 0));
  await page.keyboard.type(DRAFT);
  return { url, frameId: field.inFrame ? await editorFrameId(serviceWorker, url) : 0 };
}

for (const field of CASES) {
  test(`Write in: ${field.name} gets ${field.target === 'de' ? 'German' : 'Spanish'}, replaced in place and undone`, async ({ context, server, serviceWorker }) => {
    await configureProvider(serviceWorker, server);
    server.setDefault(writeInResponder({ de: GERMAN, es: SPANISH }, BACK));
    const page = await context.newPage();
    const { url, frameId } = await openWithDraft(page, server, serviceWorker, field);
    const fieldLocator = field.inFrame ? page.frameLocator('iframe').locator(field.selector) : page.locator(field.selector);
    const before = field.inFrame ? await fieldLocator.innerText() : await fieldLocator.inputValue();
    await clickWriteInMenu(serviceWorker, url, frameId);

    // The panel sits in the page, beside the editor's frame, not inside it.
    const panel = page.getByRole('dialog', { name: 'Parley: write in their language' });
    await expect(panel.getByTestId('compose-translation')).toHaveText(field.translation);
    await expect(panel.getByTestId('compose-back')).toHaveText(BACK);
    await expect(panel.getByRole('combobox')).toHaveValue(field.target);
    const { forward } = writeInRequests(server.requests);
    expect(forward[0]?.system).toContain(field.target === 'de' ? 'into German (de)' : 'into Spanish (es)');
    expect(forward[0]?.user).toContain(DRAFT);
    expect(forward[0]?.user).not.toContain('Jonas Becker');

    // What the page's own editor script would hear: recorded on the field, in the page's world.
    await fieldLocator.evaluate((element) => {
      const heard: string[] = [];
      Object.assign(element, { heard });
      element.addEventListener('input', (event) => heard.push((event as InputEvent).inputType));
    });
    await panel.getByRole('button', { name: 'Replace' }).click();
    if (field.inFrame) await expect(fieldLocator).toHaveText(field.translation);
    else await expect(fieldLocator).toHaveValue(new RegExp(`^${field.translation.replace(/[.?*+()]/g, '\\$&')}`));
    if (field.page === 'webmail/generic-textarea.html') await expect(fieldLocator).toHaveValue(/\n> Könnten Sie uns bis Freitag mitteilen/);
    expect(await fieldLocator.evaluate((element) => (element as unknown as { heard: string[] }).heard)).toEqual(['insertText']);

    await panel.getByRole('button', { name: 'Undo' }).click();
    if (field.inFrame) await expect(fieldLocator).toHaveText(before);
    else await expect(fieldLocator).toHaveValue(before);
    expect((await fixtureApp(page)).sends).toBe(0);
  });
}

test('Write in: the shortcut opens the panel for the focused field, in the frame that has it', async ({ context, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.setDefault(writeInResponder({ de: GERMAN }, BACK));
  const page = await context.newPage();
  const field = CASES[1];
  if (!field) throw new Error('no iframe case');
  const { url } = await openWithDraft(page, server, serviceWorker, field);
  await serviceWorker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    if (!tab) throw new Error(`no tab for ${pageUrl}`);
    (chrome.commands.onCommand as unknown as { dispatch: (command: string, tab: chrome.tabs.Tab) => void }).dispatch('write-in', tab);
  }, url);
  const panel = page.getByRole('dialog', { name: 'Parley: write in their language' });
  await expect(panel.getByTestId('compose-translation')).toHaveText(GERMAN);
  expect(writeInRequests(server.requests).forward[0]?.user).toContain(DRAFT);
});

test('Write in: the panel has no serious accessibility problems and takes the focus', async ({ context, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.setDefault(writeInResponder({ de: GERMAN }, BACK));
  const page = await context.newPage();
  const field = CASES[2];
  if (!field) throw new Error('no ordinary-page case');
  const { url } = await openWithDraft(page, server, serviceWorker, field);
  await clickWriteInMenu(serviceWorker, url);
  const panel = page.getByRole('dialog', { name: 'Parley: write in their language' });
  await expect(panel.getByTestId('compose-back')).toHaveText(BACK);
  await expect(panel).toBeFocused();
  await expectNoSeriousViolations(page, 'parley-compose');
});

test('Write in: a refused key shows what to do in the panel, and the draft stays in the field untouched', async ({ context, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.setApiKey('sk-another-key');
  const page = await context.newPage();
  const field = CASES[2];
  if (!field) throw new Error('no ordinary-page case');
  const { url } = await openWithDraft(page, server, serviceWorker, field);
  await clickWriteInMenu(serviceWorker, url);
  const panel = page.getByRole('dialog', { name: 'Parley: write in their language' });
  await expect(panel.getByRole('alert')).toHaveAttribute('data-error-code', 'invalid-key');
  await expect(panel.getByRole('alert').getByRole('button', { name: 'Open settings' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Replace' })).toBeDisabled();
  await expect(page.locator(field.selector)).toHaveValue(DRAFT);
});

test('Write in: a field in a web component’s shadow root, on an English page answering an Italian review, gets Italian', async ({ context, server, serviceWorker }) => {
  const draft = 'Thank you for your kind review, we hope to welcome you again soon.';
  const italian = 'Grazie per la sua gentile recensione, speriamo di accoglierla di nuovo presto.';
  await configureProvider(serviceWorker, server);
  server.setDefault(writeInResponder({ it: italian }, 'Thank you for your kind review, we hope to welcome you again soon.'));
  const page = await context.newPage();
  const url = `${server.url}/pages/translate/web-component.html`;
  await page.goto(url);
  const input = page.locator('review-card #answer');
  await input.fill('');
  await input.click();
  await page.keyboard.type(draft);
  await clickWriteInMenu(serviceWorker, url);

  const panel = page.getByRole('dialog', { name: 'Parley: write in their language' });
  await expect(panel.getByTestId('compose-translation')).toHaveText(italian);
  await expect(panel.getByRole('combobox')).toHaveValue('it');
  expect(writeInRequests(server.requests).forward[0]?.system).toContain('into Italian (it)');
  await panel.getByRole('button', { name: 'Replace' }).click();
  await expect(input).toHaveValue(italian);
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(input).toHaveValue(draft);
});
