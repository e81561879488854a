import type { BrowserContext, Frame, Locator, Page } from '@playwright/test';
import { ask, lastAnswer, openChat, waitForAnswerDone } from './support/chat.ts';
import { configureProvider } from './support/provider.ts';
import { MENU_TRANSLATE, bubbleIn, clickMenu, selectContents } from './support/translate.ts';
import { expect, test } from './support/webmail.ts';
import { fixtureApp, repliesAnswer } from './support/webmail-replies.ts';

// What the model writes is text. Here it writes markup and links that would run script, load a
// tracking image or navigate if Parley rendered them as HTML, on every surface that shows model
// output. The popup's chat is covered by chat.spec.ts ("a hostile answer renders inert").

const PWNED = 'pwned by the model';

function hostileText(tracker: string): string {
  return [
    'Voici la réponse demandée.',
    `<img src=x onerror="document.title='${PWNED}';window.parleyPwned=1">`,
    `<script>document.title='${PWNED}';window.parleyPwned=2</script>`,
    `[Open the details](javascript:document.title='${PWNED}')`,
    `![status](${tracker}?markdown)`,
    `<img src="${tracker}?raw">`,
    `<a href="javascript:window.parleyPwned=4">raw link</a>`,
    `<svg onload="window.parleyPwned=5"></svg>`,
    `<iframe src="javascript:parent.parleyPwned=6"></iframe>`,
  ].join('\n\n');
}

/** Records every request the browser makes from now on (pages, frames, images). */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** No element the markup could have become, no script effect, no tracking request. */
async function expectInert(surface: Locator, scope: Page | Frame, requested: string[], title: string): Promise<void> {
  await expect(surface.locator('img, script, iframe, svg, object, embed')).toHaveCount(0);
  await expect(surface.locator('[onerror], [onload], a[href^="javascript"]')).toHaveCount(0);
  expect(await scope.evaluate(() => ({ pwned: (window as unknown as { parleyPwned?: number }).parleyPwned, title: document.title }))).toEqual({ pwned: undefined, title });
  expect(requested.filter((url) => url.includes('track.png') || url.endsWith('/x') || url.startsWith('javascript:'))).toEqual([]);
}

test('hostile model output in the translation bubble is shown as text: no script, no image, no tracking request', async ({ context, page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const requested = recordRequests(context);
  const answer = hostileText(`${server.url}/pages/track.png`);
  server.enqueue({ kind: 'text', text: answer, chunkSize: 7 });
  const url = `${server.url}/pages/translate/article.html`;
  await page.goto(url);
  const title = await page.title();
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: await selectContents(page, '#fr') });

  const bubble = bubbleIn(page);
  const translation = bubble.getByTestId('translation');
  await expect(translation).toHaveText(answer);
  await expect(bubble.getByRole('button', { name: 'Retry' })).toBeEnabled();
  await expectInert(bubble, page, requested, title);
});

test('hostile model output in the popup’s Translate tab is shown as text: no script, no image, no tracking request', async ({ context, openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const requested = recordRequests(context);
  const answer = hostileText(`${server.url}/pages/track.png`);
  server.enqueue({ kind: 'text', text: answer, chunkSize: 7 });
  const popup = await openExtensionPage('popup.html');
  const title = await popup.title();
  await popup.getByRole('tab', { name: 'Translate' }).click();
  await popup.getByLabel('Text to translate').fill('Bonjour, voici le rapport trimestriel.');
  await popup.getByRole('button', { name: 'Translate', exact: true }).click();

  const output = popup.getByTestId('popup-translation');
  await expect(output).toHaveText(answer);
  await expectInert(popup.locator('.translate-tab'), popup, requested, title);
});

test('hostile model output in the side panel’s chat renders inert: no script, no image, no javascript: link', async ({ context, openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const requested = recordRequests(context);
  server.enqueue({ kind: 'text', text: hostileText(`${server.url}/pages/track.png`), chunkSize: 7 });
  const panel = await openChat(openExtensionPage, 'sidepanel.html');
  const title = await panel.title();
  await ask(panel, 'Résume le rapport, s’il te plaît.');
  await waitForAnswerDone(panel);

  const answer = lastAnswer(panel);
  await expect(answer).toContainText('Voici la réponse demandée.');
  // Raw HTML shows as the text it is; the image is a label the user may follow, not a load.
  await expect(answer).toContainText(`<script>document.title='${PWNED}';window.parleyPwned=2</script>`);
  await expect(answer.getByText('[Image: status]')).toBeVisible();
  await answer.getByText('Open the details').click();
  await answer.getByText('raw link').click();
  await expectInert(answer, panel, requested, title);
  expect(panel.url()).toMatch(/\/sidepanel\.html$/);
});

test('Gmail: hostile model output in the reply panel is shown as text, and Insert puts it in as text', async ({ context, server, serviceWorker, webmail }) => {
  await configureProvider(serviceWorker, server);
  const requested = recordRequests(context);
  const hostile = hostileText(`${server.url}/pages/track.png`);
  server.enqueue(
    repliesAnswer(
      `<img src=x onerror="window.parleyPwned=7"> asks to move the meeting`,
      [
        { intent: '<b onmouseover="window.parleyPwned=8">accept</b>', text: hostile, gloss: `![tracker](${server.url}/pages/track.png?gloss)` },
        { intent: 'decline', text: 'Bonjour Claire,\n\nVendredi ne m’arrange pas.\n\nAlex', gloss: '<script>window.parleyPwned=9</script>' },
        { intent: 'ask', text: 'Bonjour Claire,\n\nÀ quelle heure ?\n\nAlex', gloss: 'At what time?' },
      ],
      `<iframe src="${server.url}/pages/track.png?translation"></iframe>`,
    ),
  );
  const page = await context.newPage();
  await page.goto(webmail.url('mail.google.com', 'gmail-thread.html'));
  const title = await page.title();
  await page.getByRole('button', { name: 'Suggest replies' }).click();

  const panel = page.getByRole('dialog', { name: 'Parley: suggested replies' });
  await expect(panel.getByTestId('reply')).toHaveCount(3);
  await expect(panel.getByTestId('reading')).toContainText('<img src=x onerror=');
  await expect(panel.getByTestId('reply').first()).toContainText('<script>');
  await panel.getByRole('button', { name: 'Show translation' }).click();
  await expect(panel.getByTestId('translation')).toContainText('<iframe src=');
  await expectInert(panel, page, requested, title);

  await panel.getByTestId('reply').first().getByRole('button', { name: 'Insert' }).click();
  const box = page.locator('[role="textbox"][g_editable="true"]');
  await expect(box).toContainText(`<img src=x onerror="document.title='${PWNED}';window.parleyPwned=1">`);
  await expectInert(box, page, requested, title);
  expect((await fixtureApp(page)).sends).toBe(0);
});
