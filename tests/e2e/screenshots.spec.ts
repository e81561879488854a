import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { ask, lastAnswer, openChat, waitForAnswerDone } from './support/chat.ts';
import { expect, test } from './support/fixtures.ts';
import { configureProvider } from './support/provider.ts';
import { MENU_TRANSLATE, bubbleIn, clickMenu, selectContents } from './support/translate.ts';
import { test as webmailTest } from './support/webmail.ts';
import { repliesAnswer } from './support/webmail-replies.ts';

// The README's and the store listing's pictures, taken from the real extension in each run
// (1280×800, the size the Chrome Web Store asks for). Each test checks the flow it pictures.
// A test run leaves the checked-in pictures alone and writes to test-results/screenshots/;
// `npm run screenshots` (PARLEY_SCREENSHOTS=docs) renews docs/screenshots/.

const SCREENSHOTS = fileURLToPath(new URL(process.env.PARLEY_SCREENSHOTS === 'docs' ? '../../docs/screenshots/' : '../../test-results/screenshots/', import.meta.url));
const VIEWPORT = { width: 1280, height: 800 };

async function save(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Caret and focus rings blink or depend on timing; the picture should not.
  await page.screenshot({ path: path.join(SCREENSHOTS, name), caret: 'hide', animations: 'disabled' });
}

/** The popup is 420×560: shown on a quiet backdrop in the middle of the picture, as it floats over a page. */
async function presentAsPopup(page: Page): Promise<void> {
  await page.addStyleTag({
    content: `html, body { height: 100%; } body { display: grid; place-items: center; background: #dfe3ea; }
      .shell-popup { background: var(--parley-bg); border-radius: 12px; box-shadow: 0 12px 40px rgba(0,0,0,.25); overflow: hidden; }`,
  });
}

test('screenshot: a French paragraph translated in the bubble', async ({ page, server, serviceWorker }) => {
  await page.setViewportSize(VIEWPORT);
  await configureProvider(serviceWorker, server);
  const english =
    'The European Central Bank decided on Thursday to keep its key interest rates unchanged at 2.15%, while signalling that inflation in the euro area should return to its 2% target during the first half of 2026.';
  server.enqueue({ kind: 'text', text: english });
  const url = `${server.url}/pages/translate/article.html`;
  await page.goto(url);
  const selected = await selectContents(page, '#fr');
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: selected });
  await expect(bubbleIn(page).getByTestId('translation')).toHaveText(english);
  await save(page, 'translate-bubble.png');
});

test('screenshot: the popup chat with an answer', async ({ openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({
    kind: 'text',
    text: 'In a German rental contract, **Kaution** is the security deposit:\n\n- at most **three months** of the net rent (§ 551 BGB);\n- you may pay it in three monthly instalments;\n- the landlord must keep it apart from their own money and return it with interest.',
  });
  const popup = await openChat(openExtensionPage);
  await popup.setViewportSize(VIEWPORT);
  await ask(popup, 'What does “Kaution” mean in my German rental contract?');
  await waitForAnswerDone(popup);
  await expect(lastAnswer(popup).locator('li')).toHaveCount(3);
  await presentAsPopup(popup);
  await save(popup, 'popup-chat.png');
});

webmailTest('screenshot: three suggested replies in Gmail', async ({ context, server, serviceWorker, webmail }) => {
  await configureProvider(serviceWorker, server);
  const replies = [
    { intent: 'accept Friday', text: 'Bonjour Claire,\n\nVendredi 13 mars à 15 h me convient très bien. Je préviens Kenji.\n\nBien à vous,\nAlex', gloss: 'Hello Claire, Friday 13 March at 3 pm suits me well. I will tell Kenji.' },
    { intent: 'propose Monday', text: 'Bonjour Claire,\n\nVendredi est difficile pour moi ; lundi matin à 10 h vous irait-il ?\n\nBien à vous,\nAlex', gloss: 'Friday is hard for me; would Monday at 10 am suit you?' },
    { intent: 'ask details', text: 'Bonjour Claire,\n\nPas de souci. La réunion se tiendra-t-elle toujours rue Mercière ?\n\nBien à vous,\nAlex', gloss: 'No problem. Will the meeting still be at rue Mercière?' },
  ];
  server.enqueue(repliesAnswer('asks to move Thursday’s meeting to Friday; polite, a little urgent', replies));
  const page = await context.newPage();
  await page.setViewportSize(VIEWPORT);
  await page.goto(webmail.url('mail.google.com', 'gmail-thread.html'));
  await page.getByRole('button', { name: 'Suggest replies' }).click();
  const panel = page.getByRole('dialog', { name: 'Parley: suggested replies' });
  await expect(panel.getByTestId('gloss')).toHaveText(replies.map((reply) => reply.gloss));
  await save(page, 'gmail-replies.png');
});

test('screenshot: the options page', async ({ openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const page = await openExtensionPage('options.html');
  await page.setViewportSize(VIEWPORT);
  await expect(page.getByLabel('Base URL')).toHaveValue(server.baseUrl);
  await save(page, 'options.png');
});
