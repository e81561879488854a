import { saveFigures } from './figures.ts';
import { expect, test } from './support/bench-test.ts';

const TRANSLATIONS = 50;
const SERVER_LIMIT = 5;

/** Fifty different French lines a user might queue from an order-tracking page. */
const LINES = Array.from({ length: TRANSLATIONS }, (_, index) => `Commande n° ${4810 + index} : le colis quittera notre entrepôt de Lyon le ${(index % 28) + 1} mars et sera livré sous 48 heures.`);

interface StreamOutcome {
  text: string;
  error: string | null;
}

test('throughput: 50 translations queued at once against a server that allows 5 concurrent requests', async ({ context, extensionId, server, serviceWorker }) => {
  test.setTimeout(300_000);
  void serviceWorker; // configured with the test server and the default request limits
  server.setConcurrencyLimit(SERVER_LIMIT);
  // Each answer takes a moment to stream (about 200 ms), as a real model's would.
  server.setDefault({ kind: 'text', text: 'Order shipped from our Lyon warehouse; delivery within 48 hours.', delayMs: 20 });
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const startedAt = performance.now();
  // The Translate tab's own stream (translate/text), opened 50 times at once from the popup page.
  const outcomes = await popup.evaluate(
    (lines) =>
      Promise.all(
        lines.map(
          (text) =>
            new Promise<StreamOutcome>((resolve) => {
              const port = chrome.runtime.connect({ name: 'translate/text' });
              let translation = '';
              port.onMessage.addListener((message: { kind: string; events?: Array<{ type: string; text?: string }>; error?: { message: string } }) => {
                for (const event of message.kind === 'events' ? (message.events ?? []) : []) if (event.type === 'text') translation += event.text ?? '';
                if (message.kind === 'end') resolve({ text: translation, error: null });
                if (message.kind === 'error') resolve({ text: translation, error: message.error?.message ?? 'error' });
              });
              port.onDisconnect.addListener(() => resolve({ text: translation, error: 'disconnected' }));
              port.postMessage({ kind: 'start', payload: { text, sourceLanguage: 'fr', targetLanguage: 'en', fresh: true } });
            }),
        ),
      ),
    LINES,
  );
  const totalMs = performance.now() - startedAt;
  const failed = outcomes.filter((outcome) => outcome.error !== null);
  expect(failed, 'every queued translation should finish').toEqual([]);
  const refused = server.requests.length - TRANSLATIONS;
  saveFigures('throughput', [
    { id: 'throughput.total', label: `${TRANSLATIONS} queued translations, server limit ${SERVER_LIMIT} concurrent: total time`, unit: 'ms', value: Math.round(totalMs), build: 'production', note: 'driven through the Translate tab’s translate/text stream from popup.html; default limits: 4 concurrent, 5 requests/s' },
    { id: 'throughput.peak', label: 'Peak concurrent requests seen by the server', unit: 'requests', value: server.maxConcurrent, build: 'production' },
    { id: 'throughput.refused', label: 'Requests refused by the server (429) and retried', unit: 'requests', value: refused, build: 'production' },
  ]);
});
