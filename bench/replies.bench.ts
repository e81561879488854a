import type { Responder } from '../tests/fixtures/openai-server/server.ts';
import { RUNS, saveFigures, timed } from './figures.ts';
import { GMAIL_THREAD, test } from './support/bench-test.ts';
import { armProbe, readProbe } from './support/probes.ts';

const WARM_UP_RUNS = 2;

/** What a model answers for Claire's request to move the meeting; sent at once, in 24-character pieces. */
const ANSWER = JSON.stringify({
  reading: 'asks to move Thursday’s meeting to Friday; polite, a little urgent',
  replies: [
    { intent: 'accept Friday', text: 'Bonjour Claire,\n\nVendredi 13 mars à 15 h me convient très bien. Je préviens Kenji.\n\nBien à vous,\nAlex', gloss: 'Hello Claire, Friday 13 March at 3 pm suits me well. I will tell Kenji.' },
    { intent: 'propose Monday', text: 'Bonjour Claire,\n\nVendredi est difficile pour moi ; lundi matin à 10 h vous irait-il ?\n\nBien à vous,\nAlex', gloss: 'Friday is hard for me; would Monday at 10 am suit you?' },
    { intent: 'ask details', text: 'Bonjour Claire,\n\nPas de souci. La réunion se tiendra-t-elle toujours rue Mercière ?\n\nBien à vous,\nAlex', gloss: 'No problem. Will the meeting still be at rue Mercière?' },
  ],
  translation: 'Hello Alex, I am sorry to tell you so late…',
});

test('replies: Suggest replies click to the first reply visible, and after the server’s first byte', async ({ context, server, serviceWorker, webmail }) => {
  test.setTimeout(300_000);
  void serviceWorker; // configured with the test server
  const fromClick: number[] = [];
  const fromFirstByte: number[] = [];
  for (let run = 0; run < WARM_UP_RUNS + RUNS; run += 1) {
    let firstByteAt = Number.NaN;
    const answer: Responder = { kind: 'text', text: ANSWER, chunkSize: 24 };
    // Runs as the server starts answering: its headers go out right after.
    server.enqueue({ kind: 'fn', respond: () => ((firstByteAt = performance.timeOrigin + performance.now()), answer) });
    // A fresh Gmail load each time: the panel's script is injected on the first click, as in real use.
    const page = await context.newPage();
    await page.goto(GMAIL_THREAD(webmail));
    const button = page.getByRole('button', { name: 'Suggest replies' });
    await button.waitFor();
    await armProbe(page, { host: 'parley-replies-panel', selector: '[data-testid="reply"] .reply-text', text: { kind: 'any' } });
    await button.click();
    const shown = await readProbe(page);
    if (shown.clickAt === null) throw new Error('the page saw no trusted click');
    if (run >= WARM_UP_RUNS) {
      fromClick.push(shown.paintedAt - shown.clickAt);
      fromFirstByte.push(shown.paintedAt - firstByteAt);
    }
    await page.close();
  }
  saveFigures('replies', [
    timed('replies.firstReply', 'Suggest replies click to the first reply visible', fromClick),
    timed('replies.afterFirstByte', 'First reply visible after the server’s first byte', fromFirstByte),
  ]);
});
