import type { BrowserContext } from '@playwright/test';
import { floorOf, RUNS, saveFigures, timed } from './figures.ts';
import { test } from './support/bench-test.ts';

const WARM_UP_OPENS = 2;

type ReadyWindow = Window & { __parleyBenchReady?: Promise<number> };

/** Milliseconds from the navigation's start to a Message box present, enabled and painted. */
async function openToReady(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    // Installed before the page's own scripts.
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
    await page.goto(url);
    // performance.now() counts from the navigation's start: the moment the popup is asked for.
    return await page.evaluate(() => (window as ReadyWindow).__parleyBenchReady ?? Promise.reject(new Error('no probe')));
  } finally {
    await page.close();
  }
}

test('popup: opening popup.html to the chat input ready, turn about with the reference popup', async ({ context, extensionId, serviceWorker, reference }) => {
  test.setTimeout(300_000);
  void serviceWorker; // configured with the test server, as a user with a key set up
  const samples = { parley: [] as number[], reference: [] as number[] };
  for (let run = 0; run < WARM_UP_OPENS + RUNS; run += 1) {
    const parleyMs = await openToReady(context, `chrome-extension://${extensionId}/popup.html`);
    const referenceMs = await openToReady(reference.context, `chrome-extension://${reference.extensionId}/popup.html`);
    if (run < WARM_UP_OPENS) continue;
    samples.parley.push(parleyMs);
    samples.reference.push(referenceMs);
  }
  saveFigures('popup', [
    timed('popup.chatReady', 'Popup (popup.html in a tab) to the chat input ready', samples.parley, {
      floor: floorOf('reference popup: React mounting one textarea', samples.reference),
    }),
  ]);
});
