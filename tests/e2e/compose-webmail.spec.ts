import type { Page } from '@playwright/test';
import { clickWriteInMenu, writeInRequests, writeInResponder } from './support/compose.ts';
import { configureProvider } from './support/provider.ts';
import { expect, test } from './support/webmail.ts';
import { fixtureApp } from './support/webmail-replies.ts';

const DRAFT = 'Hello Claire, Friday 13 March at 3 pm works for me. I will let Kenji know.';
const FRENCH = 'Bonjour Claire,\nVendredi 13 mars à 15 h me convient. Je préviens Kenji.';
const BACK = 'Hello Claire,\nFriday 13 March at 3 pm suits me. I am letting Kenji know.';

const CASES = [
  { name: 'Gmail', host: 'mail.google.com', page: 'gmail-thread.html', box: '[role="textbox"][g_editable="true"]', quote: 'blockquote.gmail_quote', quoted: 'Je suis désolée de vous prévenir si tard', signature: 'Head of Partnerships' },
  { name: 'Outlook', host: 'outlook.live.com', page: 'outlook-french-thread.html', box: '#editorParent_1 [role="textbox"]', quote: '#divRplyFwdMsg', quoted: 'Élodie Marchand', signature: 'Head of Partnerships' },
] as const;

async function typeDraft(page: Page, box: string): Promise<void> {
  const field = page.locator(box);
  // The caret goes to the top line, above signature and quote, where a reply is typed.
  await field.click({ position: { x: 12, y: 8 } });
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(DRAFT);
}

for (const webmail of CASES) {
  test(`${webmail.name}: a French thread turns the English draft into French, checked by an English back-translation; Replace keeps quote and signature, Undo restores the draft`, async ({ context, server, serviceWorker, webmail: mail }) => {
    await configureProvider(serviceWorker, server);
    server.setDefault(writeInResponder({ fr: FRENCH }, BACK));
    const page = await context.newPage();
    const url = mail.url(webmail.host, webmail.page);
    await page.goto(url);
    await typeDraft(page, webmail.box);
    const typed = await page.locator(webmail.box).innerText();
    await clickWriteInMenu(serviceWorker, url);

    const panel = page.getByRole('dialog', { name: 'Parley: write in their language' });
    await expect(panel.getByTestId('compose-translation')).toHaveText(FRENCH);
    await expect(panel.getByTestId('compose-back')).toHaveText(BACK);
    await expect(panel.getByRole('combobox')).toHaveValue('fr');

    const { forward, back } = writeInRequests(server.requests);
    expect(forward).toHaveLength(1);
    expect(forward[0]?.system).toContain('into French (fr)');
    expect(forward[0]?.user).toContain(DRAFT);
    // The quote and signature are not part of the draft.
    expect(forward[0]?.user).not.toContain(webmail.signature);
    expect(back).toHaveLength(1);
    expect(back[0]?.system).toContain('from French into English (en)');
    // The check sees the translation only, never the draft.
    expect(back[0]?.user).toContain(FRENCH);
    expect(back[0]?.user).not.toContain('works for me');

    const inputsBefore = (await fixtureApp(page)).inputs.length;
    await panel.getByRole('button', { name: 'Replace' }).click();
    const box = page.locator(webmail.box);
    await expect(box).toContainText('Vendredi 13 mars à 15 h me convient.');
    await expect(box).not.toContainText('works for me');
    const text = (await box.innerText()).replace(/\s+/g, ' ');
    expect(text.indexOf('Vendredi 13 mars')).toBeLessThan(text.indexOf(webmail.signature));
    await expect(box.locator(webmail.quote)).toContainText(webmail.quoted);
    expect((await fixtureApp(page)).inputs.slice(inputsBefore)).toContain('insertText');
    await expect(page.locator('[data-draft-status]')).toHaveText('Draft saved');

    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect(box).not.toContainText('Vendredi 13 mars');
    expect(await box.innerText()).toBe(typed);
    await expect(box.locator(webmail.quote)).toContainText(webmail.quoted);
    expect((await fixtureApp(page)).sends).toBe(0);
  });
}
