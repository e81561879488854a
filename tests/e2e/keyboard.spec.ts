import { expect, test } from './support/fixtures.ts';
import { configureProvider } from './support/provider.ts';
import { MENU_TRANSLATE, bubbleIn, clickMenu, selectContents } from './support/translate.ts';
import { test as webmailTest } from './support/webmail.ts';
import { repliesAnswer } from './support/webmail-replies.ts';

const REPLIES = [
  { intent: 'accept Friday', text: 'Bonjour Claire,\n\nVendredi à 15 h me convient.\n\nBien à vous,\nAlex', gloss: 'Friday at 3 pm suits me.' },
  { intent: 'propose Monday', text: 'Bonjour Claire,\n\nLundi à 10 h vous irait-il ?\n\nBien à vous,\nAlex', gloss: 'Would Monday at 10 suit you?' },
  { intent: 'ask details', text: 'Bonjour Claire,\n\nToujours rue Mercière ?\n\nBien à vous,\nAlex', gloss: 'Still at rue Mercière?' },
];

test('the popup tabs follow the ARIA tabs pattern: arrows, Home and End move and show a tab', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html#chat');
  const tab = (name: string) => popup.getByRole('tab', { name });
  await tab('Chat').focus();
  await popup.keyboard.press('ArrowRight');
  await expect(tab('Translate')).toBeFocused();
  await expect(tab('Translate')).toHaveAttribute('aria-selected', 'true');
  await expect(popup.getByRole('tabpanel', { name: 'Translate' })).toBeVisible();
  await popup.keyboard.press('End');
  await expect(tab('Replies')).toBeFocused();
  await popup.keyboard.press('ArrowRight');
  await expect(tab('Chat')).toBeFocused();
  await popup.keyboard.press('ArrowLeft');
  await expect(tab('Replies')).toHaveAttribute('aria-selected', 'true');
  await popup.keyboard.press('Home');
  await expect(tab('Chat')).toHaveAttribute('aria-selected', 'true');
  // Only the shown tab is in the Tab order; the others are reached with the arrows.
  await expect(tab('Chat')).toHaveAttribute('tabindex', '0');
  await expect(tab('Translate')).toHaveAttribute('tabindex', '-1');
});

test('Esc leaves the chat history for the conversation', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html#chat');
  await popup.getByRole('button', { name: 'History' }).click();
  await expect(popup.getByLabel('Message', { exact: true })).toHaveCount(0);
  await popup.keyboard.press('Escape');
  await expect(popup.getByLabel('Message', { exact: true })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'History' })).toHaveAttribute('aria-pressed', 'false');
});

test('Esc closes the side panel, after first leaving its History view', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html#chat');
  await panel.getByRole('button', { name: 'History' }).click();
  await panel.keyboard.press('Escape');
  await expect(panel.getByLabel('Message', { exact: true })).toBeVisible();
  expect(panel.isClosed()).toBe(false);
  const closed = panel.waitForEvent('close');
  // The page closes under the key press, which is the point; Playwright reports the press as interrupted.
  await panel.keyboard.press('Escape').catch(() => undefined);
  await closed;
});

test('the translate bubble takes the focus when it opens and closes with Esc', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({ kind: 'text', text: 'The European Central Bank kept its key rates unchanged.' });
  const url = `${server.url}/pages/translate/article.html`;
  await page.goto(url);
  const selected = await selectContents(page, '#fr');
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: selected });
  const bubble = bubbleIn(page);
  await expect(bubble.getByTestId('translation')).toHaveText('The European Central Bank kept its key rates unchanged.');
  await expect(bubble).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(bubble.getByLabel('Translate into')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('parley-translate')).toHaveCount(0);
});

webmailTest('the reply panel takes the focus, closes with Esc and gives the focus back to the reply box', async ({ context, server, serviceWorker, webmail }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue(repliesAnswer('asks to move the meeting to Friday', REPLIES));
  const page = await context.newPage();
  await page.goto(webmail.url('mail.google.com', 'gmail-thread.html'));
  const button = page.getByRole('button', { name: 'Suggest replies' });
  await button.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: 'Parley: suggested replies' });
  await expect(panel.getByTestId('reply')).toHaveCount(3);
  await expect(panel).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Close suggested replies' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.locator('[role="textbox"][g_editable="true"]')).toBeFocused();
});

webmailTest('the "Suggest replies" shortcut opens the panel on the Gmail message', async ({ context, server, serviceWorker, webmail }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue(repliesAnswer('asks to move the meeting to Friday', REPLIES));
  const page = await context.newPage();
  const url = webmail.url('mail.google.com', 'gmail-thread.html');
  await page.goto(url);
  await serviceWorker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    if (!tab) throw new Error(`no tab for ${url}`);
    (chrome.commands.onCommand as unknown as { dispatch: (command: string, tab: chrome.tabs.Tab) => void }).dispatch('suggest-replies', tab);
  }, url);
  const panel = page.getByRole('dialog', { name: 'Parley: suggested replies' });
  await expect(panel.getByTestId('gloss')).toHaveText(REPLIES.map((reply) => reply.gloss));
});

test('every command can be rebound and says what it does', async ({ serviceWorker }) => {
  const commands = await serviceWorker.evaluate(() => chrome.commands.getAll());
  const byName = Object.fromEntries(commands.map((command) => [command.name, command]));
  expect(Object.keys(byName).sort()).toEqual(['_execute_action', 'open-side-panel', 'suggest-replies', 'translate-page', 'translate-selection', 'write-in']);
  // Chrome takes four suggested keys; the page command is bound by the user (README says how).
  expect(byName['translate-page']?.description).toBe('Translate the whole page');
  expect(byName['translate-page']?.shortcut).toBe('');
  expect(byName['suggest-replies']?.description).toBe('Suggest replies to the email open in this tab');
  expect(byName['translate-selection']?.shortcut).toBe('Alt+T');
  // Chrome takes four suggested keys: this one the user sets on the shortcuts page.
  expect(byName['write-in']?.description).toBe('Write in their language: translate the focused field, with a check');
  expect(byName['write-in']?.shortcut).toBe('');
});

test('the language search narrows the list and Enter picks the first match without saving the form', async ({ openExtensionPage, serviceWorker }) => {
  const page = await openExtensionPage('options.html');
  const target = page.getByRole('combobox', { name: 'Translate into' });
  const search = page.locator('.language-select').filter({ has: target }).getByRole('searchbox', { name: 'Search languages' });
  await search.fill('japon');
  await expect(search.locator('xpath=..').getByRole('status')).toHaveText('No language matches "japon".');
  await search.fill('日本');
  await expect(target.locator('option')).toHaveCount(2);
  await search.press('Enter');
  await expect(target).toHaveValue('ja');
  await expect(page.getByTestId('save-status')).toHaveCount(0);
  expect((await serviceWorker.evaluate(() => chrome.storage.local.get('settings'))).settings).toBeUndefined();
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await expect(target.locator('option')).toHaveCount(46);
  await search.fill('portugues');
  await search.press('ArrowDown');
  await expect(target).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(target).toHaveValue(/^pt-/);
});
