import { MENU_TRANSLATE } from '../tests/e2e/support/translate.ts';
import { RUNS, saveFigures, timed } from './figures.ts';
import { GMAIL_THREAD, test } from './support/bench-test.ts';
import { CLAIRE_PARAGRAPH_ENGLISH, selectClaireParagraph } from './support/gmail-selection.ts';
import { armProbe, clickMenuTimed, readProbe, sendParleyRequest } from './support/probes.ts';
import { stopWorker } from './support/worker-status.ts';

const WARM_UP_RUNS = 1;

/**
 * A user's usual first translation on a page: the worker stopped (it does after 30 s idle) and
 * the bubble's script not yet in the page, so the click itself starts the worker, which loads
 * its engine while the page loads the bubble's script (utils/translate/early-bubble.ts).
 * translate.bench.ts's cold figure wakes the worker with a message first and reuses a page that
 * has the bubble; this one does neither. No floor: the reference has no script to load.
 */
test('first click: a fresh page and a stopped worker, the click waking it', async ({ context, server, serviceWorker, extensionPage, webmail }) => {
  test.setTimeout(Number(process.env.BENCH_TIMEOUT ?? 600_000));
  server.setDefault({ kind: 'text', text: CLAIRE_PARAGRAPH_ENGLISH });
  const url = GMAIL_THREAD(webmail);
  const cdp = await context.newCDPSession(extensionPage);
  await cdp.send('ServiceWorker.enable');
  const scopeURL = new URL('/', serviceWorker.url()).href;
  const samples: number[] = [];
  for (let run = 0; run < WARM_UP_RUNS + RUNS; run += 1) {
    await sendParleyRequest(extensionPage, 'translate/cache-clear');
    const page = await context.newPage();
    await page.goto(url);
    const selected = await selectClaireParagraph(page);
    await stopWorker(cdp, serviceWorker.url());
    await armProbe(page, { host: 'parley-translate', selector: '[data-testid="translation"]', text: { kind: 'any' } });
    // Started with no event (DevTools), so that the click is the first event the worker sees, as
    // when the user's click wakes it; Playwright needs a running worker to fire the click in.
    await cdp.send('ServiceWorker.startWorker', { scopeURL });
    const clickAt = await clickMenuTimed(serviceWorker, url, MENU_TRANSLATE, selected);
    const shown = await readProbe(page);
    if (run >= WARM_UP_RUNS) samples.push(shown.paintedAt - clickAt);
    await page.close();
  }
  saveFigures('first-click', [
    timed('translate.firstClick.cold', 'First click on a page, worker stopped: menu click to first token (bubble script and engine loaded by the click)', samples, {
      note: 'timed from the click fired in the freshly started worker; the worker’s own start (before the click) is not included',
    }),
  ]);
});
