import { expectNoSeriousViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { configureProvider } from './support/provider.ts';
import { MENU_TRANSLATE, bubbleIn, clickMenu, selectContents } from './support/translate.ts';
import { test as webmailTest } from './support/webmail.ts';
import { repliesAnswer } from './support/webmail-replies.ts';

const TABS = ['Chat', 'Translate', 'Replies'] as const;

test('the options page has no serious accessibility problems', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('the welcome page has no serious accessibility problems', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('welcome.html');
  await expect(page.getByRole('heading', { name: 'Welcome to Parley' })).toBeVisible();
  await expectNoSeriousViolations(page);
});

for (const file of ['popup.html', 'sidepanel.html']) {
  test(`every tab of ${file} has no serious accessibility problems`, async ({ openExtensionPage }) => {
    const page = await openExtensionPage(file);
    for (const name of TABS) {
      await page.getByRole('tab', { name }).click();
      await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('tabpanel')).toBeVisible();
      await expectNoSeriousViolations(page);
    }
  });
}

test('in the dark theme the options page and every popup tab have no serious accessibility problems', async ({ openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server, (settings) => ({ ...settings, ui: { theme: 'dark' } }));
  const options = await openExtensionPage('options.html');
  await expect(options.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(options.getByRole('button', { name: 'Save' })).toBeVisible();
  await expectNoSeriousViolations(options);
  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('html')).toHaveAttribute('data-theme', 'dark');
  for (const name of TABS) {
    await popup.getByRole('tab', { name }).click();
    await expect(popup.getByRole('tabpanel')).toBeVisible();
    await expectNoSeriousViolations(popup);
  }
});

test('the translate bubble on a page has no serious accessibility problems', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({ kind: 'text', text: 'The European Central Bank kept its key rates unchanged.' });
  const url = `${server.url}/pages/translate/article.html`;
  await page.goto(url);
  const selected = await selectContents(page, '#fr');
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: selected });
  await expect(bubbleIn(page).getByTestId('translation')).toHaveText('The European Central Bank kept its key rates unchanged.');
  await expectNoSeriousViolations(page, 'parley-translate');
});

webmailTest('the suggested-replies panel in Gmail has no serious accessibility problems', async ({ context, server, serviceWorker, webmail }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue(
    repliesAnswer('asks to move the meeting to Friday', [
      { intent: 'accept Friday', text: 'Bonjour Claire,\n\nVendredi à 15 h me convient.\n\nBien à vous,\nAlex', gloss: 'Friday at 3 pm suits me.' },
      { intent: 'propose Monday', text: 'Bonjour Claire,\n\nLundi à 10 h vous irait-il ?\n\nBien à vous,\nAlex', gloss: 'Would Monday at 10 suit you?' },
      { intent: 'ask details', text: 'Bonjour Claire,\n\nToujours rue Mercière ?\n\nBien à vous,\nAlex', gloss: 'Still at rue Mercière?' },
    ]),
  );
  const page = await context.newPage();
  await page.goto(webmail.url('mail.google.com', 'gmail-thread.html'));
  await page.getByRole('button', { name: 'Suggest replies' }).click();
  const panel = page.getByRole('dialog', { name: 'Parley: suggested replies' });
  await expect(panel.getByTestId('reply')).toHaveCount(3);
  await expectNoSeriousViolations(page, 'parley-replies-panel');
});
