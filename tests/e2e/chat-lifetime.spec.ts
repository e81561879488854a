import { expect, rawTest as test } from './support/raw-fixtures.ts';
import { pollUntil } from './support/raw-chromium.ts';
import { askInChat, clickNamed, lastAnswer, storeProvider } from './support/raw-chat.ts';

// The worker stopped in the middle of an answer, as Chromium does when it updates or kills the
// extension's worker: raw CDP (support/raw-chromium.ts), since Playwright's debugger on the worker
// would keep it alive.

const KEY = 'sk-chat-lifetime-3Fh8Kq1Zr';
const SLOW_ANSWER =
  'Die Kaution muss nach dem Auszug innerhalb einer angemessenen Frist zurückgezahlt werden, meist drei bis sechs Monate, und der Vermieter darf nur für belegte Forderungen einen Teil einbehalten.';
const FULL_ANSWER = 'Meist drei bis sechs Monate; für belegte Forderungen darf der Vermieter einen Teil einbehalten.';

test('an answer cut off by the service worker stopping is marked interrupted with Retry, and Retry completes it', async ({ server, launchRaw }) => {
  test.setTimeout(120_000);
  const browser = await launchRaw();
  await storeProvider(await browser.openExtensionPage('options.html'), server, KEY);
  server.enqueue({ kind: 'text', text: SLOW_ANSWER, delayMs: 400 }, { kind: 'text', text: FULL_ANSWER });

  const popup = await browser.openExtensionPage('popup.html');
  const question = 'Wie lange darf der Vermieter die Kaution behalten?';
  await askInChat(popup, question);
  await pollUntil(async () => ((await lastAnswer(popup))?.text.startsWith('Die Kaution muss') ? true : undefined), 20_000, 'the answer to start');

  // Stopped from the popup's own session rather than with browser.stopAllWorkers(), which waits
  // for the worker to stay stopped: here the popup rightly wakes a new one at once.
  const seenBefore = (await browser.workerStatuses()).length;
  await popup.send('ServiceWorker.enable');
  await popup.send('ServiceWorker.stopAllWorkers');
  await pollUntil(async () => ((await browser.workerStatuses())?.slice(seenBefore).includes('stopped') ? true : undefined), 10_000, 'the worker to stop');
  await pollUntil(async () => server.streams[0]?.closedByClient || undefined, 20_000, 'the stream to be dropped');
  expect(server.streams[0]?.finished).toBe(false);
  const interrupted = await pollUntil(async () => {
    const shown = await lastAnswer(popup);
    return shown?.status === 'error' ? shown : undefined;
  }, 20_000, 'the answer to be marked interrupted');
  expect(interrupted.error?.text).toContain('interrupted');
  expect(interrupted.text.startsWith('Die Kaution muss')).toBe(true);
  expect(interrupted.buttons).toContain('Retry');

  await clickNamed(popup, 'Retry', '[data-testid="message-assistant"]');
  const completed = await pollUntil(async () => {
    const shown = await lastAnswer(popup);
    return shown?.status === 'done' ? shown : undefined;
  }, 20_000, 'the retried answer');
  expect(completed.text).toBe(FULL_ANSWER);
  const retried = server.requests.filter((request) => request.path === '/v1/chat/completions').at(-1)?.body as { messages: Array<{ role: string; content: string }> };
  expect(retried.messages.at(-1)).toEqual({ role: 'user', content: question });
  expect(await popup.evaluate(() => document.querySelectorAll('[data-testid="message-user"]').length, null)).toBe(1);
  expect(popup.errors()).toEqual([]);
});
