import { expect, rawTest as test, type RawFixtures } from './support/raw-fixtures.ts';
import { markAllSitesGrantedBefore } from './support/all-sites-granted.ts';
import { storeProvider } from './support/raw-chat.ts';
import { pollUntil, type RawChromium, type RawPage } from './support/raw-chromium.ts';

// The in-page bubble under the real MV3 idle rule (raw CDP, nothing attached to the worker). A
// context-menu click cannot be dispatched without attaching to the worker, so the user's other
// way in starts it: the optional "translate button on every selection", clicked with real mouse
// events. The profile carries an earlier all-sites grant (support/all-sites-granted.ts), since no
// test can click the permission prompt.

const KEY = 'sk-lifetime-bubble-7Qe2Lm';
const LONG_TRANSLATION = Array.from(
  { length: 5 },
  (_, round) =>
    `Part ${round + 1}. The European Central Bank decided on Thursday to keep its key interest rates unchanged, while signalling that inflation should return to its target.`,
).join(' ');

async function launchWithAllSitesGrantedBefore(launchRaw: RawFixtures['launchRaw']): Promise<RawChromium> {
  const first = await launchRaw();
  await first.close({ keepProfile: true });
  markAllSitesGrantedBefore(first.userDataDir, first.extensionId);
  return launchRaw({ userDataDir: first.userDataDir });
}

/** A real (trusted) click at the centre of what `locate` finds, through the input pipeline. */
async function mouseClick(page: RawPage, locate: () => { x: number; y: number } | null, clickCount = 1): Promise<void> {
  const point = await pollUntil(async () => (await page.evaluate(locate, null)) ?? undefined, 10_000, 'the element to click');
  for (const type of ['mousePressed', 'mouseReleased']) {
    await page.send('Input.dispatchMouseEvent', { type, x: point.x, y: point.y, button: 'left', clickCount });
  }
}

test('lifetime: a 45-second translation streams to the end in the in-page bubble', async ({ server, launchRaw }) => {
  test.setTimeout(150_000);
  const browser = await launchWithAllSitesGrantedBefore(launchRaw);
  const options = await browser.openExtensionPage('options.html');
  await storeProvider(options, server, KEY);
  // The user's click on the setting: the permission request inside it is answered without a prompt.
  const setting = () => {
    const box = [...document.querySelectorAll('label')]
      .find((label) => label.textContent?.includes('Show a translate button whenever I select text'))
      ?.querySelector<HTMLInputElement>('input[type="checkbox"]:not(:disabled)')
      ?.getBoundingClientRect();
    return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
  };
  await options.evaluate(
    () => [...document.querySelectorAll('label')].find((label) => label.textContent?.includes('Show a translate button whenever I select text'))?.scrollIntoView({ block: 'center' }),
    null,
  );
  await mouseClick(options, setting);
  await pollUntil(
    async () => ((await options.evaluate(() => chrome.runtime.sendMessage({ parley: 1, type: 'translate/select-button-state', payload: {} }), null)) as { data?: { enabled?: boolean } }).data?.enabled || undefined,
    10_000,
    'the selection button to be on',
  );
  await options.close();
  server.enqueue({ kind: 'text', text: LONG_TRANSLATION, delayMs: 400 });

  const page = await browser.openPage(`${server.url}/pages/translate/article.html`);
  // A triple-click selects the paragraph, as a user does.
  const paragraph = () => {
    const box = document.querySelector('#fr')?.getBoundingClientRect();
    return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
  };
  for (const clickCount of [1, 2, 3]) await mouseClick(page, paragraph, clickCount);
  // The button follows the selection (a word after the second click, the paragraph after the third):
  // click it once the whole paragraph is selected and the button has stayed put between two looks.
  await mouseClick(page, () => {
    const box = document.querySelector('parley-select-button')?.shadowRoot?.querySelector('button')?.getBoundingClientRect();
    if (!box || box.width === 0 || (window.getSelection()?.toString().length ?? 0) < 100) return null;
    const point = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    const seen = window as unknown as { parleyLastButtonPoint?: string };
    const stable = seen.parleyLastButtonPoint === JSON.stringify(point);
    seen.parleyLastButtonPoint = JSON.stringify(point);
    return stable ? point : null;
  });

  const shown = () => page.evaluate(() => (document.querySelector('parley-translate')?.shadowRoot?.querySelector('[data-testid="translation"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(), null);
  await pollUntil(async () => ((await shown()).startsWith('Part 1.') ? true : undefined), 20_000, 'the bubble to start showing the translation');
  // Well past Chromium's 30-s idle rule; the only page open is the web page.
  await pollUntil(async () => server.streams[0]?.finished || undefined, 90_000, 'the stream to finish');
  expect(server.streams[0]).toMatchObject({ finished: true, closedByClient: false });
  expect(server.streams[0]?.eventsWritten).toBeGreaterThan(110);
  await pollUntil(async () => ((await shown()) === LONG_TRANSLATION ? true : undefined), 10_000, 'the whole translation in the bubble');
  expect(server.requests).toHaveLength(1);
});
