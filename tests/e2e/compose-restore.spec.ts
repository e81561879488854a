import type { BrowserContext, Page } from '@playwright/test';
import { clickWriteInMenu, writeInRequests, writeInResponder } from './support/compose.ts';
import { configureProvider } from './support/provider.ts';
import { expect, test } from './support/webmail.ts';

const PANEL = 'Parley: write in their language';

/** Stops the extension's service worker, as the browser does after 30 idle seconds. */
async function stopServiceWorker(context: BrowserContext, extensionPage: Page): Promise<void> {
  const cdp = await context.newCDPSession(extensionPage);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

test('an ordinary page: the panel closed, the worker stopped and the page reloaded, the draft and its translation come back in the same field', async ({ context, server, serviceWorker, openExtensionPage }) => {
  const draft = 'Hello everyone, I have two tomato seedlings to give away. Who would like them?';
  const german = 'Hallo zusammen, ich habe zwei Tomatensetzlinge abzugeben. Wer möchte sie haben?';
  const back = 'Hello all, I have two tomato seedlings to give away. Who would like to have them?';
  await configureProvider(serviceWorker, server);
  server.setDefault(writeInResponder({ de: german }, back));
  const page = await context.newPage();
  const url = `${server.url}/pages/compose/vereinsforum.html`;
  await page.goto(url);
  await page.locator('#message').click();
  await page.keyboard.type(draft);
  await clickWriteInMenu(serviceWorker, url);
  const panel = page.getByRole('dialog', { name: PANEL });
  await expect(panel.getByTestId('compose-back')).toHaveText(back);

  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toHaveCount(0);
  await stopServiceWorker(context, await openExtensionPage('popup.html'));
  // The form's text is gone too, as after a reload that does not restore forms (most editors).
  await page.evaluate(() => ((document.getElementById('message') as HTMLTextAreaElement).value = ''));
  await page.reload();

  const restored = page.getByRole('dialog', { name: PANEL });
  await expect(restored.getByTestId('compose-restored')).toBeVisible();
  await expect(restored.getByTestId('compose-translation')).toHaveText(german);
  await expect(restored.getByTestId('compose-back')).toHaveText(back);
  await expect(page.locator('#message')).toHaveValue(draft);
  // Given back from session storage, not asked again.
  expect(writeInRequests(server.requests).forward).toHaveLength(1);

  await restored.getByRole('button', { name: 'Replace' }).click();
  await expect(page.locator('#message')).toHaveValue(german);
});

test('Gmail: after the panel is closed and the page reloaded, the English draft is back in the compose box and its French translation beside it', async ({ context, server, serviceWorker, webmail }) => {
  const draft = 'Hello Claire, Friday works for me.';
  const french = 'Bonjour Claire, vendredi me convient.';
  await configureProvider(serviceWorker, server);
  server.setDefault(writeInResponder({ fr: french }, 'Hello Claire, Friday suits me.'));
  const page = await context.newPage();
  const url = webmail.url('mail.google.com', 'gmail-thread.html');
  await page.goto(url);
  const box = page.locator('[role="textbox"][g_editable="true"]');
  await box.click({ position: { x: 12, y: 8 } });
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(draft);
  await clickWriteInMenu(serviceWorker, url);
  const panel = page.getByRole('dialog', { name: PANEL });
  await expect(panel.getByTestId('compose-back')).toHaveText('Hello Claire, Friday suits me.');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);

  await page.reload();
  const restored = page.getByRole('dialog', { name: PANEL });
  await expect(restored.getByTestId('compose-translation')).toHaveText(french);
  await expect(box).toContainText(draft);
  const text = (await box.innerText()).replace(/\s+/g, ' ');
  expect(text.indexOf(draft)).toBeLessThan(text.indexOf('Head of Partnerships'));
  expect(writeInRequests(server.requests).forward).toHaveLength(1);

  // Discard: session storage forgets the draft, so no later reload brings it back.
  const savedDrafts = () => serviceWorker.evaluate(async () => {
    const { composeSessions } = await chrome.storage.session.get('composeSessions');
    return (composeSessions as Array<{ saved: { draft: string } | null }>).filter((session) => session.saved !== null).map((session) => session.saved?.draft);
  });
  expect(await savedDrafts()).toEqual([draft]);
  await restored.getByRole('button', { name: 'Discard' }).click();
  await expect(restored).toHaveCount(0);
  await expect.poll(savedDrafts).toEqual([]);
});

test('only a page with a draft gets the restore script; the same page in another tab gets no panel, and Discard takes the script away', async ({ context, server, serviceWorker }) => {
  const draft = 'Dear all, the garden meeting moves to Saturday at ten.';
  const german = 'Liebe alle, das Gartentreffen wird auf Samstag um zehn verschoben.';
  await configureProvider(serviceWorker, server);
  server.setDefault(writeInResponder({ de: german }, 'Dear all, the garden meeting is moved to Saturday at ten.'));
  const restoreMatches = () => serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts({ ids: ['parley-compose-restore'] }))[0]?.matches ?? null);
  expect(await restoreMatches()).toBeNull();

  const page = await context.newPage();
  const url = `${server.url}/pages/compose/vereinsforum.html`;
  await page.goto(url);
  await page.locator('#message').click();
  await page.keyboard.type(draft);
  await clickWriteInMenu(serviceWorker, url);
  const panel = page.getByRole('dialog', { name: PANEL });
  await expect(panel.getByTestId('compose-translation')).toHaveText(german);
  await expect.poll(restoreMatches).toEqual([`${server.url}/pages/compose/vereinsforum.html*`]);
  await panel.getByRole('button', { name: 'Close' }).click();

  // The same forum page in a second tab: the draft belongs to the first tab only.
  const other = await context.newPage();
  await other.goto(url);
  await page.reload();
  const restored = page.getByRole('dialog', { name: PANEL });
  await expect(restored.getByTestId('compose-translation')).toHaveText(german);
  await expect(other.getByRole('dialog', { name: PANEL })).toHaveCount(0);

  await restored.getByRole('button', { name: 'Discard' }).click();
  await expect(restored).toHaveCount(0);
  await expect.poll(restoreMatches).toBeNull();
});

test('Gmail: another thread opened in the page and back again, the draft’s panel comes back without a reload', async ({ context, server, serviceWorker, webmail }) => {
  const draft = 'Hello Claire, Friday works for me.';
  const french = 'Bonjour Claire, vendredi me convient.';
  await configureProvider(serviceWorker, server);
  server.setDefault(writeInResponder({ fr: french }, 'Hello Claire, Friday suits me.'));
  const page = await context.newPage();
  const url = webmail.url('mail.google.com', 'gmail-thread.html');
  await page.goto(url);
  await page.locator('[role="textbox"][g_editable="true"]').click({ position: { x: 12, y: 8 } });
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(draft);
  await clickWriteInMenu(serviceWorker, url);
  const panel = page.getByRole('dialog', { name: PANEL });
  await expect(panel.getByTestId('compose-translation')).toHaveText(french);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);

  // Gmail shows another thread by changing the #fragment: that view has no draft, so no panel.
  await page.evaluate(() => (location.hash = '#inbox/FMfcgzQXKkzJ'));
  await expect(page).toHaveURL(/#inbox\/FMfcgzQXKkzJ$/);
  await page.goBack();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('dialog', { name: PANEL }).getByTestId('compose-translation')).toHaveText(french);
  expect(writeInRequests(server.requests).forward).toHaveLength(1);
});
