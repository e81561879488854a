import type { Locator, Page, Worker } from '@playwright/test';
import type { Responder, TestServer } from '../fixtures/openai-server/server.ts';
import { ask, lastAnswer, openChat } from './support/chat.ts';
import { expect, test } from './support/fixtures.ts';
import { configureProvider } from './support/provider.ts';
import { MENU_TRANSLATE, bubbleIn, clickMenu, selectContents } from './support/translate.ts';

// Every API fault the provider can throw at Parley, where the user meets it: the translation
// bubble and the chat. Each case says what went wrong in its own words, keeps what arrived, and
// (where retrying can help) offers Retry, which then gets the whole answer. Provider-level
// mapping is unit-tested in tests/unit/llm/faults.test.ts; this proves it reaches the screen.

const ANSWER = 'The contract renews automatically for one year unless it is cancelled three months before it ends.';
/** Port 9 (discard) is closed here: the connection is refused at once. */
const REFUSED_BASE_URL = 'http://127.0.0.1:9/v1';

interface FaultCase {
  name: string;
  /** What the server answers the first request(s) with. */
  responders: Responder[];
  maxRetries: number;
  baseUrl?: (server: TestServer) => string;
  /** Either the error the user sees, or success after the client's own retries. */
  outcome:
    | { kind: 'error'; code: string; says: RegExp; partial?: string; retry: boolean }
    | { kind: 'recovered'; requests: number; minGapMs: number };
}

const CASES: FaultCase[] = [
  { name: '401 rejected key', responders: [{ kind: 'error', status: 401 }], maxRetries: 2, outcome: { kind: 'error', code: 'invalid-key', says: /rejected the API key \(401\)/, retry: false } },
  { name: '403 region not supported', responders: [{ kind: 'error', status: 403 }], maxRetries: 2, outcome: { kind: 'error', code: 'forbidden', says: /refused the request \(403\).*Country, region, or territory not supported/, retry: false } },
  { name: '404 unknown model', responders: [{ kind: 'error', status: 404 }], maxRetries: 2, outcome: { kind: 'error', code: 'model-not-found', says: /no model "parley-test-model" \(404\), or the base URL is wrong/, retry: false } },
  {
    name: '429 with retry-after, then 200',
    responders: [{ kind: 'error', status: 429, code: 'rate_limit_exceeded', headers: { 'retry-after': '1' } }],
    maxRetries: 1,
    outcome: { kind: 'recovered', requests: 2, minGapMs: 900 },
  },
  { name: '429 insufficient_quota', responders: [{ kind: 'error', status: 429, code: 'insufficient_quota', type: 'insufficient_quota' }], maxRetries: 2, outcome: { kind: 'error', code: 'quota', says: /no credit left/, retry: false } },
  { name: '500, then 200', responders: [{ kind: 'error', status: 500 }], maxRetries: 1, outcome: { kind: 'recovered', requests: 2, minGapMs: 0 } },
  { name: '503 with no retries left', responders: [{ kind: 'error', status: 503 }], maxRetries: 0, outcome: { kind: 'error', code: 'server', says: /problem on its side \(503\)/, retry: true } },
  {
    name: 'a stream cut in the middle',
    responders: [{ kind: 'cut', chunks: ['The contract renews ', 'automatically for ', 'one year'], delayMs: 600 }],
    maxRetries: 0,
    // The last piece and the cut leave the server together, and an errored body drops chunks not yet read.
    outcome: { kind: 'error', code: 'stream-cut', says: /was cut off before it finished\. What arrived is kept/, partial: 'The contract renews automatically for', retry: true },
  },
  {
    name: 'a stream dropped after its headers and half an event',
    responders: [{ kind: 'cut', chunks: ['The contract renews '], partialEvent: true }],
    maxRetries: 0,
    // A 200 whose connection dropped before any text: an answer cut off, not a network problem.
    outcome: { kind: 'error', code: 'stream-cut', says: /was cut off: the connection dropped before any text arrived\. Retry to ask again\./, retry: true },
  },
  {
    name: 'a malformed SSE line',
    responders: [{ kind: 'malformed', chunks: ['The contract renews ', 'automatically'] }],
    maxRetries: 0,
    outcome: { kind: 'error', code: 'bad-response', says: /sent a reply Parley could not read/, partial: 'The contract renews automatically', retry: true },
  },
  { name: 'a server that never answers', responders: [{ kind: 'hang' }], maxRetries: 0, outcome: { kind: 'error', code: 'timeout', says: /did not answer in time|stopped answering for 5 s/, retry: true } },
  { name: 'a refused connection', responders: [], maxRetries: 0, baseUrl: () => REFUSED_BASE_URL, outcome: { kind: 'error', code: 'network', says: /could not reach http:\/\/127\.0\.0\.1:9\/v1\. Is the local server running\?/, retry: true } },
];

interface Surface {
  name: string;
  /** Starts the request the user would make, and returns where its answer shows. */
  start: (tools: { page: Page; serviceWorker: Worker; server: TestServer; openExtensionPage: (file: string) => Promise<Page> }) => Promise<Locator>;
  text: (answer: Locator) => Locator;
}

const SURFACES: Surface[] = [
  {
    name: 'the translation bubble',
    async start({ page, serviceWorker, server }) {
      const url = `${server.url}/pages/translate/article.html`;
      await page.goto(url);
      await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: await selectContents(page, '#fr') });
      return bubbleIn(page);
    },
    text: (bubble) => bubble.getByTestId('translation'),
  },
  {
    name: 'the chat',
    async start({ openExtensionPage }) {
      const chat = await openChat(openExtensionPage);
      await ask(chat, 'Summarise the renewal clause in one sentence.');
      return lastAnswer(chat);
    },
    text: (answer) => answer.locator('.markdown'),
  },
];

for (const surface of SURFACES) {
  for (const fault of CASES) {
    test(`${fault.name}: ${surface.name} says so and keeps what arrived`, async ({ page, openExtensionPage, server, serviceWorker }) => {
      test.setTimeout(90_000);
      await configureProvider(serviceWorker, server, (settings) => ({
        ...settings,
        provider: { ...settings.provider, baseUrl: fault.baseUrl?.(server) ?? server.baseUrl },
        request: { ...settings.request, maxRetries: fault.maxRetries, timeoutSeconds: 5 },
      }));
      server.enqueue(...fault.responders, { kind: 'text', text: ANSWER });
      const where = await surface.start({ page, serviceWorker, server, openExtensionPage });
      const { outcome } = fault;

      if (outcome.kind === 'recovered') {
        await expect(surface.text(where)).toHaveText(ANSWER, { timeout: 20_000 });
        await expect(where.getByRole('alert')).toHaveCount(0);
        expect(server.requests).toHaveLength(outcome.requests);
        expect((server.requests[1]?.receivedAt ?? 0) - (server.requests[0]?.receivedAt ?? 0)).toBeGreaterThanOrEqual(outcome.minGapMs);
        return;
      }

      const alert = where.locator(`[data-error-code="${outcome.code}"]`);
      await expect(alert).toHaveText(outcome.says, { timeout: 20_000 });
      if (outcome.partial) await expect(surface.text(where)).toContainText(outcome.partial);
      if (!outcome.retry) {
        await expect(alert.getByRole('button', { name: 'Open settings' })).toBeVisible();
        // The provider will not change its mind: the client did not retry on its own.
        expect(server.requests).toHaveLength(1);
        return;
      }
      // Retry: the server is fine again (the refused connection's server comes back at its address).
      if (fault.baseUrl) await configureProvider(serviceWorker, server, (settings) => ({ ...settings, request: { ...settings.request, timeoutSeconds: 5 } }));
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(surface.text(where)).toHaveText(ANSWER, { timeout: 20_000 });
      await expect(where.locator('[data-error-code]')).toHaveCount(0);
    });
  }
}
