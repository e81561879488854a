import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OpenAiCompatibleProvider } from '../../../utils/llm/openai-provider';
import { guarded } from '../../../utils/providers/registry';
import { RequestLimiter } from '../../../utils/llm/request-limiter';
import { defaultSettings } from '../../../utils/settings/defaults';
import { startTestServer, type TestServer } from '../../fixtures/openai-server/server.ts';

// The shared queue in front of every provider request, against the real test server.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => server.reset());
afterAll(() => server.close());

function provider(maxRetries: number): OpenAiCompatibleProvider {
  const defaults = defaultSettings('en-US');
  return new OpenAiCompatibleProvider(
    {
      ...defaults,
      provider: { ...defaults.provider, preset: 'custom', baseUrl: server.baseUrl, model: 'parley-test-model' },
      request: { ...defaults.request, maxRetries, timeoutSeconds: 30 },
    },
    'sk-limiter-test-0000',
  );
}

function translations(count: number, run: (index: number) => Promise<string>): Promise<string[]> {
  return Promise.all(Array.from({ length: count }, (_, index) => run(index)));
}

const translate = (limited: ReturnType<typeof guarded>, index: number) =>
  limited.complete({ feature: 'translate', messages: [{ role: 'user', content: `Satz Nummer ${index}` }] }, new AbortController().signal).then((c) => c.text);

describe('RequestLimiter', () => {
  it('runs 50 translations fired at once, never more than the concurrency limit at a time', async () => {
    server.setDefault({ kind: 'text', text: 'Sentence translated.', delayMs: 15 });
    server.setConcurrencyLimit(5);
    const limited = guarded(provider(0), new RequestLimiter({ maxConcurrent: 5, requestsPerSecond: 100 }));
    const texts = await translations(50, (index) => translate(limited, index));
    expect(texts).toEqual(Array(50).fill('Sentence translated.'));
    expect(server.maxConcurrent).toBeLessThanOrEqual(5);
    // No request was refused: the queue, not the server's 429, kept the pace.
    expect(server.requests).toHaveLength(50);
  }, 30_000);

  it('keeps to the requests-per-second limit', async () => {
    const limited = guarded(provider(0), new RequestLimiter({ maxConcurrent: 10, requestsPerSecond: 5 }));
    const started = Date.now();
    await translations(12, (index) => translate(limited, index));
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    const times = server.requests.map((request) => request.receivedAt).sort((a, b) => a - b);
    // In any window a little under a second, at most five requests started.
    const busiest = Math.max(...times.map((start) => times.filter((time) => time >= start && time < start + 900).length));
    expect(busiest).toBeLessThanOrEqual(5);
  }, 30_000);

  it('backs off through a 429 storm instead of failing everything', async () => {
    server.setDefault({ kind: 'text', text: 'Sentence translated.', delayMs: 100 });
    // The user's limit is looser than the server's: the server answers the excess with 429 + retry-after.
    server.setConcurrencyLimit(3);
    const limited = guarded(provider(6), new RequestLimiter({ maxConcurrent: 8, requestsPerSecond: 50 }));
    const texts = await translations(16, (index) => translate(limited, index));
    expect(texts).toEqual(Array(16).fill('Sentence translated.'));
    expect(server.requests.length).toBeGreaterThan(16);
  }, 60_000);

  it('lets a cancelled job leave the queue without running', async () => {
    const limiter = new RequestLimiter({ maxConcurrent: 1, requestsPerSecond: 100 });
    const limited = guarded(provider(0), limiter);
    server.setDefault({ kind: 'text', text: 'slow', delayMs: 200 });
    const first = translate(limited, 0);
    const controller = new AbortController();
    const second = limited.complete({ feature: 'translate', messages: [{ role: 'user', content: 'zwei' }] }, controller.signal);
    controller.abort();
    await expect(second).rejects.toBeDefined();
    await first;
    expect(server.requests).toHaveLength(1);
  });

  it('applies limits the user changed to the requests that follow', async () => {
    server.setDefault({ kind: 'text', text: 'ok', delayMs: 100 });
    const limiter = new RequestLimiter({ maxConcurrent: 1, requestsPerSecond: 100 });
    limiter.updateLimitsIfChanged({ maxConcurrent: 3, requestsPerSecond: 100 });
    const limited = guarded(provider(0), limiter);
    await translations(6, (index) => translate(limited, index));
    expect(server.maxConcurrent).toBe(3);
  });
});
