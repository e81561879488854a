import { expect, rawTest as test } from './support/raw-fixtures.ts';
import type { TestServer } from '../fixtures/openai-server/server.ts';
import { askInChat, clickNamed, lastAnswer, storeProvider, typeInto } from './support/raw-chat.ts';
import { pollUntil, type RawPage } from './support/raw-chromium.ts';

// Long streams and worker restarts where Chromium applies the MV3 lifetime for real: Chromium
// launched by the test, driven over CDP on pages only (support/raw-chromium.ts). Nothing here
// attaches to the service worker, so the context-menu dispatch other specs use is out of reach;
// translations start from the popup's Translate tab, which streams through the same background
// path as the bubble (translate/background.ts: translateForUser, the provider queue and keep-alive).

const KEY = 'sk-lifetime-streams-8Jq2Lw5Xc';
/** About 115 words: one SSE event per word every 400 ms is a stream of about 46 s. */
const LONG_ANSWER = Array.from(
  { length: 5 },
  (_, round) =>
    `Part ${round + 1}. The tenancy deposit must be repaid within a reasonable period after the tenant moves out, usually three to six months, and the landlord may keep a part only for documented claims.`,
).join(' ');

async function translateInPopup(popup: RawPage, text: string): Promise<void> {
  await clickNamed(popup, 'Translate');
  await typeInto(popup, '#translate-input', text);
  await pollUntil(async () => ((await popup.evaluate(() => (document.querySelector('.translate-languages button.primary') as HTMLButtonElement | null)?.disabled === false, null)) ? true : undefined), 10_000, 'the Translate button');
  await popup.evaluate(() => (document.querySelector('.translate-languages button.primary') as HTMLButtonElement).click(), null);
}

function popupTranslation(popup: RawPage): Promise<string> {
  return popup.evaluate(() => document.querySelector('[data-testid="popup-translation"]')?.textContent ?? '', null);
}

function expectStreamCompleted(server: TestServer, index: number): void {
  // Every event the server wrote was read to the end: it finished the stream, the client did not hang up.
  expect(server.streams[index]).toMatchObject({ finished: true, closedByClient: false });
  expect(server.streams[index]?.eventsWritten).toBeGreaterThan(110);
}

test('lifetime: a 45-second chat answer completes with the popup closed, and the reopened popup shows all of it', async ({ server, launchRaw }) => {
  test.setTimeout(150_000);
  const browser = await launchRaw();
  const options = await browser.openExtensionPage('options.html');
  await storeProvider(options, server, KEY);
  await options.close();
  server.enqueue({ kind: 'text', text: LONG_ANSWER, delayMs: 400 });

  const popup = await browser.openExtensionPage('popup.html');
  await askInChat(popup, 'How long may my landlord keep the deposit?');
  await pollUntil(async () => ((server.streams[0]?.eventsWritten ?? 0) > 3 || undefined), 20_000, 'the answer to start');
  await popup.close();
  expect(server.streams[0]?.finished).toBe(false);

  // Well past Chromium's 30-s idle rule, with no page of Parley open.
  await pollUntil(async () => server.streams[0]?.finished || undefined, 90_000, 'the stream to finish');
  expectStreamCompleted(server, 0);
  const reopened = await browser.openExtensionPage('popup.html');
  await clickNamed(reopened, 'Chat');
  const answer = await pollUntil(async () => {
    const last = await lastAnswer(reopened);
    return last?.status === 'done' ? last : undefined;
  }, 15_000, 'the saved answer');
  expect(answer.text).toBe(LONG_ANSWER);
  expect(reopened.errors()).toEqual([]);
});

test('lifetime: a 45-second translation streams to the end in the popup’s Translate tab', async ({ server, launchRaw }) => {
  test.setTimeout(150_000);
  const browser = await launchRaw();
  await storeProvider(await browser.openExtensionPage('options.html'), server, KEY);
  server.enqueue({ kind: 'text', text: LONG_ANSWER, delayMs: 400 });

  const popup = await browser.openExtensionPage('popup.html');
  await translateInPopup(popup, 'Die Mietkaution muss innerhalb einer angemessenen Frist nach dem Auszug zurückgezahlt werden.');
  await pollUntil(async () => server.streams[0]?.finished || undefined, 90_000, 'the stream to finish');
  expectStreamCompleted(server, 0);
  await pollUntil(async () => ((await popupTranslation(popup)).replace(/\s+/g, ' ').trim() === LONG_ANSWER ? true : undefined), 10_000, 'the whole translation on screen');
  expect(popup.errors()).toEqual([]);
});

test('lifetime: after the service worker is stopped between steps, the next translation and chat message work', async ({ server, launchRaw }) => {
  test.setTimeout(150_000);
  const browser = await launchRaw();
  await storeProvider(await browser.openExtensionPage('options.html'), server, KEY);
  server.enqueue(
    { kind: 'text', text: 'The deposit must be repaid.' },
    { kind: 'text', text: 'Usually within three to six months.' },
    { kind: 'text', text: 'The landlord may keep part of it for documented claims.' },
  );
  const popup = await browser.openExtensionPage('popup.html');
  await translateInPopup(popup, 'Die Kaution muss zurückgezahlt werden.');
  await pollUntil(async () => ((await popupTranslation(popup)) === 'The deposit must be repaid.' ? true : undefined), 20_000, 'the first translation');

  await browser.stopAllWorkers();
  await askInChat(popup, 'How long does the landlord have?');
  await pollUntil(async () => ((await lastAnswer(popup))?.status === 'done' ? true : undefined), 20_000, 'the chat answer');
  expect((await lastAnswer(popup))?.text).toBe('Usually within three to six months.');

  await browser.stopAllWorkers();
  await translateInPopup(popup, 'Der Vermieter darf einen Teil für belegte Forderungen einbehalten.');
  await pollUntil(async () => ((await popupTranslation(popup)) === 'The landlord may keep part of it for documented claims.' ? true : undefined), 20_000, 'the second translation');
  // Each step after a stop ran on a fresh worker.
  const statuses = await browser.workerStatuses();
  expect(statuses.filter((status) => status === 'stopped').length).toBeGreaterThanOrEqual(2);
  expect(statuses.at(-1)).toBe('running');
  expect(popup.errors()).toEqual([]);
});

test('lifetime: chat history survives a browser restart', async ({ server, launchRaw }) => {
  test.setTimeout(150_000);
  let browser = await launchRaw();
  await storeProvider(await browser.openExtensionPage('options.html'), server, KEY);
  server.enqueue({ kind: 'text', text: 'Bonjour means hello.' });
  const popup = await browser.openExtensionPage('popup.html');
  await askInChat(popup, 'What does "bonjour" mean?');
  await pollUntil(async () => ((await lastAnswer(popup))?.status === 'done' ? true : undefined), 20_000, 'the answer');
  const profile = browser.userDataDir;
  await browser.close({ keepProfile: true });

  browser = await launchRaw({ userDataDir: profile });
  const reopened = await browser.openExtensionPage('popup.html');
  await clickNamed(reopened, 'Chat');
  await clickNamed(reopened, 'History');
  const rows = await pollUntil(async () => {
    const texts = await reopened.evaluate(() => [...document.querySelectorAll('[data-testid="conversation-row"]')].map((row) => row.textContent ?? ''), null);
    return texts.length > 0 ? texts : undefined;
  }, 15_000, 'the history list');
  expect(rows).toHaveLength(1);
  expect(rows[0]).toContain('What does "bonjour" mean?');
  expect(server.requests).toHaveLength(1);
  expect(reopened.errors()).toEqual([]);
});
