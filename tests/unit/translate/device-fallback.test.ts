import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BuiltinProvider } from '../../../utils/builtin/builtin-provider';
import { builtinCanServe } from '../../../utils/builtin/routing';
import { ERROR_CODES, ParleyError, type ErrorCode } from '../../../utils/errors/parley-error';
import { OpenAiCompatibleProvider } from '../../../utils/llm/openai-provider';
import type { GenerateRequest, LlmProvider, StreamPart } from '../../../utils/llm/provider';
import { defaultSettings } from '../../../utils/settings/defaults';
import { FEATURES, type Feature } from '../../../utils/settings/schema';
import { TranslationCache } from '../../../utils/translate/cache';
import { deviceFallbackPicker, fallbackReason } from '../../../utils/translate/device-fallback';
import type { TranslateEvent } from '../../../utils/translate/messages';
import { runTranslation } from '../../../utils/translate/translator';
import { startTestServer, type TestServer } from '../../fixtures/openai-server/server.ts';
import { fakeTranslator } from '../builtin/fake-browser-ai';

const errorWith = (code: ErrorCode) => new ParleyError({ code, message: `failed: ${code}`, action: 'retry' });
const FRENCH = 'Merci pour votre message. Nous vous répondrons avant vendredi.';

function frenchToEnglish(feature: Feature = 'translate'): GenerateRequest {
  return { feature, messages: [{ role: 'user', content: FRENCH }], translation: { text: FRENCH, sourceLanguage: 'fr', targetLanguage: 'en' } };
}

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
});
afterEach(() => vi.unstubAllGlobals());

describe('fallbackReason', () => {
  it.each(['rate-limited', 'quota', 'network', 'server'] as const)('falls back when the provider failed with %s', (code) => {
    expect(fallbackReason(errorWith(code), { feature: 'translate', enabled: true })).toBe(code);
  });

  it('keeps every other error: the user has something to fix, or asked to stop', () => {
    const others = ERROR_CODES.filter((code) => !['rate-limited', 'quota', 'network', 'server'].includes(code));
    expect(others).toEqual(expect.arrayContaining(['invalid-key', 'model-not-found', 'bad-request', 'timeout', 'stream-cut', 'cancelled', 'unsupported']));
    for (const code of others) expect(fallbackReason(errorWith(code), { feature: 'translate', enabled: true }), code).toBeUndefined();
    expect(fallbackReason(new TypeError('network error'), { feature: 'translate', enabled: true })).toBeUndefined();
  });

  it('never falls back for chat or replies', () => {
    for (const feature of FEATURES.filter((name) => name !== 'translate')) {
      expect(fallbackReason(errorWith('rate-limited'), { feature, enabled: true }), feature).toBeUndefined();
    }
  });

  it('never falls back with the setting turned off', () => {
    expect(fallbackReason(errorWith('rate-limited'), { feature: 'translate', enabled: false })).toBeUndefined();
  });
});

describe('deviceFallbackPicker', () => {
  const device: LlmProvider = new BuiltinProvider();

  it('offers the device when the pair is on the device now', async () => {
    fakeTranslator({ availability: 'available' });
    const pick = deviceFallbackPicker({ enabled: true, deviceCanServe: builtinCanServe, device: () => device });
    expect(await pick(frenchToEnglish(), errorWith('rate-limited'))).toEqual({ provider: device, reason: 'rate-limited' });
  });

  it.each(['downloadable', 'downloading', 'unavailable'] as const)('keeps the error when the pair is %s, and starts no download', async (availability) => {
    const { api } = fakeTranslator({ availability });
    const pick = deviceFallbackPicker({ enabled: true, deviceCanServe: builtinCanServe, device: () => device });
    expect(await pick(frenchToEnglish(), errorWith('rate-limited'))).toBeUndefined();
    expect(api.create).not.toHaveBeenCalled();
  });

  it('keeps the error in a browser without the on-device translator', async () => {
    const pick = deviceFallbackPicker({ enabled: true, deviceCanServe: builtinCanServe, device: () => device });
    expect(await pick(frenchToEnglish(), errorWith('server'))).toBeUndefined();
  });

  it('does not even ask the device for chat, replies or with the setting off', async () => {
    const deviceCanServe = vi.fn(async () => true);
    expect(await deviceFallbackPicker({ enabled: true, deviceCanServe, device: () => device })(frenchToEnglish('chat'), errorWith('rate-limited'))).toBeUndefined();
    expect(await deviceFallbackPicker({ enabled: false, deviceCanServe, device: () => device })(frenchToEnglish(), errorWith('rate-limited'))).toBeUndefined();
    expect(deviceCanServe).not.toHaveBeenCalled();
  });
});

async function collect(events: AsyncIterable<TranslateEvent>): Promise<{ events: TranslateEvent[]; error?: ParleyError }> {
  const all: TranslateEvent[] = [];
  try {
    for await (const event of events) all.push(event);
  } catch (error) {
    if (error instanceof ParleyError) return { events: all, error };
    throw error;
  }
  return { events: all };
}

const text = (events: TranslateEvent[]) => events.map((event) => (event.type === 'text' ? event.text : '')).join('');

describe('runTranslation with the device fallback, against the test server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.reset());
  afterAll(() => server.close());

  function userProvider(): OpenAiCompatibleProvider {
    const defaults = defaultSettings('en-US');
    return new OpenAiCompatibleProvider(
      { ...defaults, provider: { ...defaults.provider, preset: 'custom', baseUrl: server.baseUrl, model: 'parley-test-model' }, request: { ...defaults.request, maxRetries: 1, timeoutSeconds: 5 } },
      'sk-fallback-0000000000000000',
    );
  }
  const plan = { text: FRENCH, sourceLanguage: 'fr' as const, targetLanguage: 'en' as const, fresh: false };
  const cache = () => new TranslationCache(`fallback-${Math.random()}`);

  it('translates on the device after the provider stays rate limited through its retries, and says why', async () => {
    fakeTranslator({ availability: 'available', pieces: ['Thank you for your message. ', 'We will reply before Friday.'] });
    server.setDefault({ kind: 'error', status: 429, code: 'rate_limit_exceeded', headers: { 'retry-after-ms': '10' } });
    const provider = userProvider();
    const fallback = deviceFallbackPicker({ enabled: true, deviceCanServe: builtinCanServe, device: () => new BuiltinProvider() });
    const { events, error } = await collect(runTranslation(plan, async () => provider, cache(), new AbortController().signal, fallback));
    expect(error).toBeUndefined();
    expect(server.requests).toHaveLength(2);
    expect(events).toContainEqual({ type: 'fallback', providerLabel: 'On-device (Chrome)', reason: 'rate-limited' });
    expect(text(events)).toBe('Thank you for your message. We will reply before Friday.');
  });

  it('shows the rate-limit error when the setting is off', async () => {
    const { api } = fakeTranslator({ availability: 'available' });
    server.setDefault({ kind: 'error', status: 429, code: 'rate_limit_exceeded', headers: { 'retry-after-ms': '10' } });
    const provider = userProvider();
    const fallback = deviceFallbackPicker({ enabled: false, deviceCanServe: builtinCanServe, device: () => new BuiltinProvider() });
    const { events, error } = await collect(runTranslation(plan, async () => provider, cache(), new AbortController().signal, fallback));
    expect(error?.data.code).toBe('rate-limited');
    expect(events.some((event) => event.type === 'fallback')).toBe(false);
    expect(api.create).not.toHaveBeenCalled();
  });

  it('keeps text that arrived from the provider instead of mixing in the device', async () => {
    fakeTranslator({ availability: 'available' });
    async function* failsAfterText(): AsyncGenerator<StreamPart> {
      yield { type: 'text', text: 'Thank you for' };
      throw errorWith('network');
    }
    const halfway: LlmProvider = { label: 'Test · model', stream: failsAfterText, complete: () => Promise.reject(new Error('unused')), listModels: async () => [] };
    const fallback = deviceFallbackPicker({ enabled: true, deviceCanServe: builtinCanServe, device: () => new BuiltinProvider() });
    const { events, error } = await collect(runTranslation(plan, async () => halfway, cache(), new AbortController().signal, fallback));
    expect(error?.data.code).toBe('network');
    expect(text(events)).toBe('Thank you for');
  });

  it('goes on with the device for the following paragraphs once the provider failed', async () => {
    fakeTranslator({ availability: 'available', pieces: ['[device]'] });
    server.enqueue({ kind: 'text', text: 'First paragraph in English.' });
    server.setDefault({ kind: 'error', status: 503 });
    const provider = userProvider();
    const long = [`${'Premier paragraphe assez long. '.repeat(40).trim()}`, `${'Deuxième paragraphe assez long. '.repeat(40).trim()}`, `${'Troisième paragraphe assez long. '.repeat(40).trim()}`].join('\n\n');
    const fallback = deviceFallbackPicker({ enabled: true, deviceCanServe: builtinCanServe, device: () => new BuiltinProvider() });
    const { events, error } = await collect(runTranslation({ ...plan, text: long }, async () => provider, cache(), new AbortController().signal, fallback));
    expect(error).toBeUndefined();
    // The first paragraph, then the second with its retry; the third never asks the provider.
    expect(server.requests).toHaveLength(3);
    expect(events.filter((event) => event.type === 'fallback')).toEqual([{ type: 'fallback', providerLabel: 'On-device (Chrome)', reason: 'server' }]);
    expect(text(events)).toBe('First paragraph in English.\n\n[device]\n\n[device]');
  });
});
