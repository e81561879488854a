import { RUNS, saveFigures, timed } from './figures.ts';
import { test } from './support/bench-test.ts';

const WARM_UP_OPENS = 2;

type ReadyWindow = Window & { __parleyBenchReady?: Promise<number> };

test('popup: opening popup.html to the chat input ready', async ({ context, extensionId, serviceWorker }) => {
  test.setTimeout(300_000);
  void serviceWorker; // configured with the test server, as a user with a key set up
  const samples: number[] = [];
  for (let run = 0; run < WARM_UP_OPENS + RUNS; run += 1) {
    const page = await context.newPage();
    // Installed before the popup's own scripts: notes when the Message box exists, is enabled and is painted.
    await page.addInitScript(() => {
      (window as ReadyWindow).__parleyBenchReady = new Promise<number>((resolve) => {
        const ready = () => {
          const input = document.querySelector('textarea[aria-label="Message"]');
          return input instanceof HTMLTextAreaElement && !input.disabled;
        };
        const observer = new MutationObserver(() => {
          if (!ready()) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now()));
        });
        observer.observe(document, { childList: true, subtree: true, attributes: true });
      });
    });
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    // performance.now() counts from the navigation's start: the moment the popup is asked for.
    const readyAt = await page.evaluate(() => (window as ReadyWindow).__parleyBenchReady ?? Promise.reject(new Error('no probe')));
    if (run >= WARM_UP_OPENS) samples.push(readyAt);
    await page.close();
  }
  saveFigures('popup', [timed('popup.chatReady', 'Popup (popup.html in a tab) to the chat input ready', samples)]);
});
