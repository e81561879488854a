import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ParleyError } from '../../../utils/errors/parley-error';
import { OpenAiCompatibleProvider } from '../../../utils/llm/openai-provider';
import type { GenerateRequest } from '../../../utils/llm/provider';
import { defaultSettings } from '../../../utils/settings/defaults';
import type { Settings } from '../../../utils/settings/schema';
import { startTestServer, type TestServer } from '../../fixtures/openai-server/server.ts';

// The real provider class against the real test server: each fault the API can produce, and
// what the user is told. No mocks between the SDK and the wire.

const KEY = 'sk-faults-4Hq9LmXc2Vb7Np0Rt5Wz';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => server.reset());
afterAll(() => server.close());

function providerWith(change: (settings: Settings) => Settings = (settings) => settings): OpenAiCompatibleProvider {
  const defaults = defaultSettings('en-US');
  const settings = change({
    ...defaults,
    provider: { ...defaults.provider, preset: 'custom', baseUrl: server.baseUrl, model: 'parley-test-model' },
    request: { ...defaults.request, maxRetries: 0, timeoutSeconds: 5 },
  });
  return new OpenAiCompatibleProvider(settings, KEY);
}

const withRetries = (maxRetries: number) => (settings: Settings) => ({ ...settings, request: { ...settings.request, maxRetries } });

const REQUEST: GenerateRequest = {
  feature: 'translate',
  messages: [
    { role: 'system', content: 'Translate the quoted text into English.' },
    { role: 'user', content: '"""Sehr geehrte Frau Albers, vielen Dank für Ihre schnelle Antwort."""' },
  ],
};

interface Outcome {
  text: string;
  reasoning: string;
  finished: boolean;
  error?: ParleyError;
}

/** Reads a stream to its end or its error, keeping what arrived before the error. */
async function run(provider: OpenAiCompatibleProvider, request: GenerateRequest = REQUEST): Promise<Outcome> {
  const outcome: Outcome = { text: '', reasoning: '', finished: false };
  try {
    for await (const part of provider.stream(request, new AbortController().signal)) {
      if (part.type === 'text') outcome.text += part.text;
      else if (part.type === 'reasoning') outcome.reasoning += part.text;
      else outcome.finished = true;
    }
  } catch (error) {
    if (!(error instanceof ParleyError)) throw error;
    outcome.error = error;
  }
  return outcome;
}

/** The error a stream ended with; fails the test when there was none, or when it holds the key. */
async function failure(provider: OpenAiCompatibleProvider, request?: GenerateRequest): Promise<ParleyError> {
  const { error } = await run(provider, request);
  if (!error) throw new Error('expected the stream to fail');
  expect(JSON.stringify(error.data)).not.toContain(KEY);
  expect(error.message).not.toContain(KEY.slice(0, 8));
  return error;
}


describe('API errors', () => {
  it('401: says the key was rejected and offers the settings, without echoing the key', async () => {
    server.setApiKey('sk-another-key-entirely-000000');
    const error = await failure(providerWith());
    expect(error.data).toMatchObject({ code: 'invalid-key', action: 'open-settings' });
    expect(error.message).toContain('rejected the API key (401)');
  });

  it('403: says the account or region has no access, quoting the server', async () => {
    server.enqueue({ kind: 'error', status: 403 });
    const error = await failure(providerWith());
    expect(error.data).toMatchObject({ code: 'forbidden', action: 'open-settings' });
    expect(error.message).toContain('Country, region, or territory not supported');
  });

  it('404: names the missing model', async () => {
    server.enqueue({ kind: 'error', status: 404 });
    const error = await failure(providerWith());
    expect(error.data).toMatchObject({ code: 'model-not-found', action: 'open-settings' });
    expect(error.message).toContain('"parley-test-model"');
  });

  it('429 with retry-after: waits, retries and succeeds', async () => {
    server.enqueue({ kind: 'error', status: 429, code: 'rate_limit_exceeded', headers: { 'retry-after': '1' } }, { kind: 'text', text: 'Dear Ms Albers, thank you.' });
    const outcome = await run(providerWith(withRetries(2)));
    expect(outcome).toEqual({ text: 'Dear Ms Albers, thank you.', reasoning: '', finished: true });
    const [first, second] = server.requests;
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('429 with retry-after and no retries left: says how long to wait', async () => {
    server.enqueue({ kind: 'error', status: 429, code: 'rate_limit_exceeded', headers: { 'retry-after': '7' } });
    const error = await failure(providerWith());
    expect(error.data).toMatchObject({ code: 'rate-limited', action: 'retry', retryAfterSeconds: 7 });
    expect(error.message).toContain('Wait 7 s');
  });

  it('429 insufficient_quota: is not retried and says to add credit', async () => {
    server.enqueue({ kind: 'error', status: 429, code: 'insufficient_quota' }, { kind: 'text', text: 'should not be reached' });
    const error = await failure(providerWith(withRetries(2)));
    expect(error.data).toMatchObject({ code: 'quota', action: 'open-settings' });
    expect(error.message).toContain('no credit left');
    expect(server.requests).toHaveLength(1);
  });

  it('500 then 200: retries and succeeds', async () => {
    server.enqueue({ kind: 'error', status: 500 }, { kind: 'text', text: 'Thank you.' });
    const outcome = await run(providerWith(withRetries(1)));
    expect(outcome).toEqual({ text: 'Thank you.', reasoning: '', finished: true });
    expect(server.requests).toHaveLength(2);
  });

  it('503 with no retries left: says the provider has a problem on its side', async () => {
    server.enqueue({ kind: 'error', status: 503 });
    const error = await failure(providerWith());
    expect(error.data).toMatchObject({ code: 'server', action: 'retry' });
    expect(error.message).toContain('(503)');
  });
});

describe('broken streams and connections', () => {
  it('a stream cut in the middle keeps the text that arrived and says it was cut', async () => {
    server.enqueue({ kind: 'cut', chunks: ['Dear Ms Albers,', ' thank you for', ' your quick'] });
    const outcome = await run(providerWith());
    expect(outcome.text).toBe('Dear Ms Albers, thank you for your quick');
    expect(outcome.error?.data).toMatchObject({ code: 'stream-cut', action: 'retry' });
    expect(outcome.error?.message).toContain('What arrived is kept');
  });

  it('a stream dropped after its headers and half an event, before any text, says the answer was cut off, not a network error', async () => {
    server.enqueue({ kind: 'cut', chunks: ['Dear Ms Albers,'], partialEvent: true });
    const outcome = await run(providerWith());
    expect(outcome.text).toBe('');
    expect(outcome.error?.data).toMatchObject({ code: 'stream-cut', action: 'retry' });
    expect(outcome.error?.message).toBe('The answer from Custom was cut off: the connection dropped before any text arrived. Retry to ask again.');
  });

  it('a malformed SSE line is a bad response, after the text before it', async () => {
    server.enqueue({ kind: 'malformed', chunks: ['Dear Ms Albers,'] });
    const outcome = await run(providerWith());
    expect(outcome.text).toBe('Dear Ms Albers,');
    expect(outcome.error?.data).toMatchObject({ code: 'bad-response', action: 'retry' });
  });

  it('a server that never answers times out', async () => {
    server.enqueue({ kind: 'hang' });
    const started = Date.now();
    // Below the settings' 5-s minimum: the class takes what it is given, and the test stays short.
    const error = await failure(providerWith((settings) => ({ ...settings, request: { ...settings.request, timeoutSeconds: 1 } })));
    expect(error.data).toMatchObject({ code: 'timeout', action: 'retry' });
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('a refused connection says the server cannot be reached', async () => {
    const closed = await closedPort();
    const error = await failure(providerWith((settings) => ({ ...settings, provider: { ...settings.provider, baseUrl: `http://127.0.0.1:${closed}/v1` } })));
    expect(error.data).toMatchObject({ code: 'network', action: 'retry' });
    expect(error.message).toContain('Is the local server running?');
  });

  it('an empty 403 from a local server explains OLLAMA_ORIGINS', async () => {
    server.enqueue({ kind: 'empty-403' });
    const error = await failure(providerWith());
    expect(error.data).toMatchObject({ code: 'origin-refused', action: 'retry' });
    expect(error.message).toContain('OLLAMA_ORIGINS');
  });
});

describe('what reaches the answer', () => {
  it('a <think> block goes to reasoning, never into the text', async () => {
    server.enqueue({ kind: 'text', text: '<think>The user wants English. Formal register.</think>\n\nDear Ms Albers, thank you.', chunkSize: 3 });
    const outcome = await run(providerWith());
    expect(outcome.text).toBe('Dear Ms Albers, thank you.');
    expect(outcome.reasoning).toBe('The user wants English. Formal register.');
  });

  it.each(['reasoning_content', 'reasoning'] as const)('%s goes to reasoning, never into the text', async (field) => {
    server.enqueue({ kind: 'text', text: 'Dear Ms Albers, thank you.', reasoning: { field, text: 'Formal letter, keep the salutation.' } });
    const outcome = await run(providerWith());
    expect(outcome.text).toBe('Dear Ms Albers, thank you.');
    expect(outcome.reasoning).toBe('Formal letter, keep the salutation.');
  });

  it('the legacy completions style streams from /completions', async () => {
    server.enqueue({ kind: 'text', text: 'Dear Ms Albers, thank you.' });
    const outcome = await run(providerWith((settings) => ({ ...settings, provider: { ...settings.provider, apiStyle: 'completions' } })));
    expect(outcome).toMatchObject({ text: 'Dear Ms Albers, thank you.', finished: true });
    expect(server.requests[0]?.path).toBe('/v1/completions');
    expect(server.requests[0]?.body).toMatchObject({ prompt: expect.stringContaining('Sehr geehrte Frau Albers') });
  });

  it('stream_options refused with a 400 is dropped and the request retried once without it', async () => {
    server.enqueue(
      { kind: 'error', status: 400, message: "Unrecognized request argument supplied: stream_options", code: null },
      { kind: 'text', text: 'Dear Ms Albers, thank you.' },
    );
    const provider = providerWith();
    expect(await run(provider)).toMatchObject({ text: 'Dear Ms Albers, thank you.', finished: true });
    expect(server.requests.map((request) => Object.hasOwn(request.body as object, 'stream_options'))).toEqual([true, false]);
    // The provider remembers: the next request does not try again.
    await run(provider);
    expect(Object.hasOwn(server.requests[2]?.body as object, 'stream_options')).toBe(false);
  });

  it('sends the key only in the Authorization header', async () => {
    await run(providerWith());
    const [request] = server.requests;
    expect(request?.headers.authorization).toBe(`Bearer ${KEY}`);
    const elsewhere = { ...request?.headers, authorization: '' };
    expect(JSON.stringify([elsewhere, request?.body, request?.path])).not.toContain(KEY);
  });
});

/** A port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
