import type { Page } from '@playwright/test';
import type { Responder } from '../fixtures/openai-server/server.ts';
import { expect, test } from './support/fixtures.ts';
import { configureProvider } from './support/provider.ts';
import { requestedTexts } from './support/translate.ts';

// Fifty translations at once, each on its own port from the popup page, exactly as the popup's
// Translate tab starts one (streamFrom on `translate/text`): the background's shared queue must
// hold them to the user's limits, and every one must complete.

const SENTENCES = Array.from({ length: 50 }, (_, index) => `Satz ${index + 1}: Der Zug nach Köln fährt heute von Gleis ${(index % 12) + 1} ab.`);

/** Answers each request with the translation of its own numbered sentence, `delayMs` between its SSE events. */
function numberedTranslation(delayMs: number): Responder {
  return {
    kind: 'fn',
    respond: (request) => {
      const number = /Satz (\d+)/.exec(requestedTexts([request])[0] ?? '')?.[1] ?? '?';
      return { kind: 'text', text: `Sentence ${number}: the train to Cologne leaves from its usual platform today.`, delayMs };
    },
  };
}

/** Starts every translation at once from the page and resolves with each one's text or error code. */
function translateAll(page: Page, texts: string[]): Promise<string[]> {
  return page.evaluate(
    (texts) =>
      Promise.all(
        texts.map(
          (text) =>
            new Promise<string>((resolve) => {
              const port = chrome.runtime.connect({ name: 'translate/text' });
              let translation = '';
              port.onMessage.addListener((message: { kind: string; events?: Array<{ type: string; text?: string }>; error?: { code: string } }) => {
                for (const event of message.kind === 'events' ? (message.events ?? []) : []) if (event.type === 'text') translation += event.text ?? '';
                if (message.kind === 'end') resolve(translation);
                if (message.kind === 'error') resolve(`error: ${message.error?.code}`);
              });
              port.onDisconnect.addListener(() => resolve(translation || 'error: disconnected'));
              port.postMessage({ kind: 'start', payload: { text, sourceLanguage: 'de', targetLanguage: 'en' } });
            }),
        ),
      ),
    texts,
  );
}

test('fifty translations at once are queued under the concurrency and requests-per-second limits, and all complete', async ({ openExtensionPage, server, serviceWorker }) => {
  test.setTimeout(120_000);
  await configureProvider(serviceWorker, server, (settings) => ({ ...settings, request: { ...settings.request, maxConcurrent: 3, requestsPerSecond: 8 } }));
  server.setDefault(numberedTranslation(40));
  const popup = await openExtensionPage('popup.html');

  const results = await translateAll(popup, SENTENCES);
  expect(results).toEqual(SENTENCES.map((_, index) => `Sentence ${index + 1}: the train to Cologne leaves from its usual platform today.`));
  expect(server.requests).toHaveLength(50);
  expect(server.maxConcurrent).toBeLessThanOrEqual(3);
  expect(server.maxConcurrent).toBeGreaterThan(1);
  // At most 8 requests start in any second: the 9th after any request comes a second later (a little
  // network jitter allowed for).
  const starts = server.requests.map((request) => request.receivedAt).sort((a, b) => a - b);
  const tightest = Math.min(...starts.slice(8).map((start, index) => start - (starts[index] ?? 0)));
  expect(tightest).toBeGreaterThanOrEqual(900);
});

test('a 429 storm from a server allowing fewer requests than the client sends is backed off, and every translation completes', async ({ openExtensionPage, server, serviceWorker }) => {
  test.setTimeout(120_000);
  await configureProvider(serviceWorker, server, (settings) => ({ ...settings, request: { ...settings.request, maxConcurrent: 4, requestsPerSecond: 50, maxRetries: 6 } }));
  server.setDefault(numberedTranslation(10));
  // Beyond two in flight the server answers 429 rate_limit_exceeded with retry-after: 1.
  server.setConcurrencyLimit(2);
  const popup = await openExtensionPage('popup.html');

  const texts = SENTENCES.slice(0, 16);
  const results = await translateAll(popup, texts);
  expect(results).toEqual(texts.map((_, index) => `Sentence ${index + 1}: the train to Cologne leaves from its usual platform today.`));
  // There was a storm (refused requests were retried), and the server never served more than it allows.
  expect(server.requests.length).toBeGreaterThan(texts.length);
  expect(server.maxConcurrent).toBeLessThanOrEqual(2);
});
