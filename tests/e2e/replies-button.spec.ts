import { readFile } from 'node:fs/promises';
import { configureProvider } from './support/provider.ts';
import { expect, test } from './support/webmail.ts';
import { repliesAnswer } from './support/webmail-replies.ts';

// The always-on button in Gmail: in a page an earlier version of Parley left behind, and in the
// browser's language. (The injection into open tabs after an install or update, and the click on an
// orphaned button, are covered in tests/unit/replies/: chrome.runtime.reload() leaves a
// --load-extension build disabled, and installing into a running browser needs CDP over a pipe.)

const REPLIES = [
  { intent: 'accept', text: 'Bonjour Claire,\n\nVendredi me convient.\n\nAlex', gloss: 'Friday suits me.' },
  { intent: 'decline', text: 'Bonjour Claire,\n\nVendredi ne m’arrange pas.\n\nAlex', gloss: 'Friday does not suit me.' },
  { intent: 'ask', text: 'Bonjour Claire,\n\nÀ quelle heure ?\n\nAlex', gloss: 'At what time?' },
];
const GMAIL_FIXTURE = new URL('../fixtures/pages/webmail/gmail-thread.html', import.meta.url);

test('Gmail: buttons an earlier Parley left in the page (the new version runs in open tabs after an update) give way to one that works', async ({ context, server, serviceWorker, webmail }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue(repliesAnswer('asks to move the meeting to Friday', REPLIES));
  const url = webmail.url('mail.google.com', 'gmail-thread.html');
  const fixture = await readFile(GMAIL_FIXTURE, 'utf8');
  // The page as the earlier script left it: its mark on <html> and its button, no longer listened to, above the reply box.
  const leftBehind = fixture
    .replace('<html lang="en">', '<html lang="en" data-parley-webmail>')
    .replace('<div class="Am aiL', '<div data-parley-reply-button><button type="button">Suggest replies</button></div><div class="Am aiL');
  expect(leftBehind).not.toBe(fixture);
  const page = await context.newPage();
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: leftBehind }));
  await page.goto(url);

  await expect(page.locator('[data-parley-reply-button] + [role="textbox"][g_editable="true"]')).toHaveCount(1);
  const button = page.getByRole('button', { name: 'Suggest replies' });
  await expect(button).toHaveCount(1);
  await button.click();
  await expect(page.getByRole('dialog', { name: 'Parley: suggested replies' }).getByTestId('reply')).toHaveCount(3);
});

test('Gmail: with suggested replies switched off there is no button; switched on or off again, an open page follows at once', async ({ context, server, serviceWorker, webmail }) => {
  const switchReplies = (replies: boolean) => configureProvider(serviceWorker, server, (settings) => ({ ...settings, features: { ...settings.features, replies } }));
  await switchReplies(false);
  await expect.poll(() => serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id))).toContain('parley-replies-off');
  const url = webmail.url('mail.google.com', 'gmail-thread.html');
  const page = await context.newPage();
  await page.goto(url);
  // Both scripts ran in the page's isolated world: the marker first, then the webmail script.
  const tabId = await serviceWorker.evaluate(async (pageUrl) => (await chrome.tabs.query({})).find((tab) => tab.url === pageUrl)?.id, url);
  const scriptsSeen = () =>
    serviceWorker.evaluate(async (tabId) => {
      const [frame] = await chrome.scripting.executeScript({
        target: { tabId: tabId ?? -1 },
        func: () => {
          const scope = globalThis as { parleyRepliesOff?: boolean; parleyReplyButtons?: unknown };
          return { off: scope.parleyRepliesOff === true, webmailScript: scope.parleyReplyButtons !== undefined };
        },
      });
      return frame?.result;
    }, tabId);
  await expect.poll(scriptsSeen).toEqual({ off: true, webmailScript: true });
  // The webmail script places its buttons within 1.5 s of the load when it places any (an idle callback).
  await page.waitForTimeout(2_000);
  const button = page.getByRole('button', { name: 'Suggest replies' });
  await expect(button).toHaveCount(0);

  await switchReplies(true);
  await expect(button).toHaveCount(1);
  await expect(page.locator('[data-parley-reply-button] + [role="textbox"][g_editable="true"]')).toHaveCount(1);
  await expect.poll(() => serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id))).not.toContain('parley-replies-off');

  await switchReplies(false);
  await expect(button).toHaveCount(0);
});

test.describe('in a Japanese browser', () => {
  test.use({ uiLanguage: 'ja' });

  test('Gmail: the button is labelled in the browser’s language', async ({ context, webmail }) => {
    const page = await context.newPage();
    await page.goto(webmail.url('mail.google.com', 'gmail-thread.html'));
    await expect(page.getByRole('button', { name: '返信を提案' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Suggest replies' })).toHaveCount(0);
  });
});
