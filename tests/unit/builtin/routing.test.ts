import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PerRequestRouter, staticRoute } from '../../../utils/builtin/routing';
import type { GenerateRequest, LlmProvider, StreamPart } from '../../../utils/llm/provider';
import { providerFor, providerForRequest } from '../../../utils/providers/registry';
import { defaultSettings } from '../../../utils/settings/defaults';
import type { Settings } from '../../../utils/settings/schema';
import { fakeLanguageModel, fakeTranslator } from './fake-browser-ai';
import { parleyErrorOf } from './parley-error-of';

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
});
afterEach(() => vi.unstubAllGlobals());

async function saveSetup({ apiKey = '', routing }: { apiKey?: string; routing?: Partial<Settings['routing']> }) {
  const defaults = defaultSettings('en-US');
  await fakeBrowser.storage.local.set({ settings: { ...defaults, routing: { ...defaults.routing, ...routing } }, secrets: { apiKey } });
}

function frenchToEnglish(sourceLanguage = 'fr'): GenerateRequest {
  const text = 'Merci pour votre message.';
  return { feature: 'translate', messages: [{ role: 'user', content: text }], translation: { text, sourceLanguage, targetLanguage: 'en' } };
}


describe('staticRoute', () => {
  it.each([
    ['provider', true, false, 'provider'],
    ['provider', true, true, 'provider'],
    ['builtin', true, true, 'builtin'],
    ['builtin', false, false, 'builtin'],
    ['builtin-first', true, false, 'builtin'],
    ['builtin-first', true, true, 'per-request'],
    ['builtin-first', false, true, 'provider'],
    ['builtin-first', false, false, 'provider'],
  ] as const)('routing %s, API present %s, provider ready %s → %s', (routing, builtinPresent, providerReady, expected) => {
    expect(staticRoute(routing, { builtinPresent, providerReady })).toBe(expected);
  });
});

describe('providerFor', () => {
  it('with no key, translation goes to the device, which offers the download for a missing pack', async () => {
    await saveSetup({});
    fakeTranslator({ availability: 'downloadable' });
    const provider = await providerFor('translate');
    expect(provider.label).toBe('On-device (Chrome)');
    const error = await parleyErrorOf(provider.complete(frenchToEnglish(), new AbortController().signal));
    expect(error.message).toContain('French → English can run on this device after a one-time download');
  });

  it('with no key, translation on the device works for a pack already there', async () => {
    await saveSetup({});
    fakeTranslator({ availability: 'available' });
    const completion = await (await providerFor('translate')).complete(frenchToEnglish(), new AbortController().signal);
    expect(completion.text).toBe('Thank you for your message.');
  });

  it('in a browser without the on-device translator and no key, asks for the key as before', async () => {
    await saveSetup({});
    vi.stubGlobal('Translator', undefined);
    expect((await parleyErrorOf(providerFor('translate'))).data.code).toBe('no-key');
  });

  it('"always my provider" uses the provider even when the pack is on the device', async () => {
    await saveSetup({ apiKey: 'sk-test-routing-1234', routing: { translate: 'provider' } });
    fakeTranslator({ availability: 'available' });
    expect((await providerFor('translate')).label).toBe('OpenAI · gpt-4o-mini');
  });

  it('"always my provider" without a key says the key is missing', async () => {
    await saveSetup({ routing: { translate: 'provider' } });
    fakeTranslator({ availability: 'available' });
    expect((await parleyErrorOf(providerFor('translate'))).data.code).toBe('no-key');
  });

  it('with a key, "on this device when it can" picks the device for a pack on it and the provider otherwise', async () => {
    await saveSetup({ apiKey: 'sk-test-routing-1234' });
    fakeTranslator({ availability: ({ sourceLanguage }) => (sourceLanguage === 'fr' ? 'available' : 'downloadable') });
    expect((await providerForRequest(frenchToEnglish('fr'))).label).toBe('On-device (Chrome)');
    expect((await providerForRequest(frenchToEnglish('de'))).label).toBe('OpenAI · gpt-4o-mini');
  });

  it('"always on this device" refuses chat on a device that cannot run the model, even with a key', async () => {
    await saveSetup({ apiKey: 'sk-test-routing-1234', routing: { chat: 'builtin' } });
    fakeLanguageModel('unavailable');
    const provider = await providerFor('chat');
    const request: GenerateRequest = { feature: 'chat', messages: [{ role: 'user', content: 'Hello' }] };
    const error = await parleyErrorOf(provider.complete(request, new AbortController().signal));
    expect(error.message).toContain('Chat cannot run on this device');
  });

  it('chat stays with the provider by default', async () => {
    await saveSetup({ apiKey: 'sk-test-routing-1234' });
    fakeLanguageModel('available');
    expect((await providerFor('chat')).label).toBe('OpenAI · gpt-4o-mini');
  });
});

function namedProvider(label: string, text: string): LlmProvider {
  return {
    label,
    async *stream(): AsyncGenerator<StreamPart> {
      yield { type: 'text', text };
      yield { type: 'finish', finishReason: 'stop' };
    },
    complete: async () => ({ text, reasoning: '', finishReason: 'stop' }),
    listModels: async () => [label],
  };
}

describe('PerRequestRouter', () => {
  it('names whoever served the latest request', async () => {
    fakeTranslator({ availability: ({ sourceLanguage }) => (sourceLanguage === 'fr' ? 'available' : 'unavailable') });
    const router = new PerRequestRouter(namedProvider('On-device (Chrome)', 'on device'), namedProvider('OpenAI · gpt-4o-mini', 'remote'));
    expect((await router.complete(frenchToEnglish('de'), new AbortController().signal)).text).toBe('remote');
    expect(router.label).toBe('OpenAI · gpt-4o-mini');
    expect((await router.complete(frenchToEnglish('fr'), new AbortController().signal)).text).toBe('on device');
    expect(router.label).toBe('On-device (Chrome)');
  });
});
