import { describe, expect, it } from 'vitest';
import type { LlmProvider } from '../../../utils/llm/provider';
import { defaultSettings } from '../../../utils/settings/defaults';
import { TranslationCache } from '../../../utils/translate/cache';
import { answerFromCache, type InstantAnswerSources } from '../../../utils/translate/instant-answer';
import { runTranslation } from '../../../utils/translate/translator';

const settings = defaultSettings('en-US');

function provider(label = 'Test · model-a'): LlmProvider {
  return {
    label,
    async *stream() {
      yield { type: 'text', text: 'The meeting is postponed.' };
      yield { type: 'finish', finishReason: 'stop' };
    },
    complete: () => Promise.reject(new Error('not used')),
    listModels: async () => [],
  };
}

async function cacheHolding(text: string, sourceLanguage: 'fr' | 'en', targetLanguage: 'en' | 'es'): Promise<TranslationCache> {
  const cache = new TranslationCache(`instant-${Math.random()}`);
  for await (const _event of runTranslation({ text, sourceLanguage, targetLanguage, fresh: false, wording: settings.wording }, async () => provider(), cache, new AbortController().signal));
  await cache.prepare();
  return cache;
}

function sources(cache: TranslationCache, change: Partial<InstantAnswerSources> = {}): InstantAnswerSources {
  return {
    settings: async () => settings,
    detect: async () => ({ decided: true, language: 'fr' }),
    pickProvider: async () => provider(),
    lookup: (key) => cache.getIfIndexed(key),
    indexReady: () => cache.indexReady,
    ...change,
  };
}

describe('answerFromCache', () => {
  const french = 'La réunion est reportée.';

  it('gives the cached translation with its languages and provider, for the settings’ target', async () => {
    const cache = await cacheHolding(french, 'fr', 'en');
    expect(await answerFromCache(french, sources(cache))).toEqual({ text: 'The meeting is postponed.', sourceLanguage: 'fr', targetLanguage: 'en', providerLabel: 'Test · model-a' });
  });

  it('follows the settings as the stream would: text already in the target goes to the second language', async () => {
    const english = 'The meeting is postponed.';
    const cache = await cacheHolding(english, 'en', 'es');
    const answer = await answerFromCache(english, sources(cache, { settings: async () => ({ ...settings, languages: { ...settings.languages, target: 'en', second: 'es' } }), detect: async () => ({ decided: true, language: 'en' }) }));
    expect(answer?.targetLanguage).toBe('es');
  });

  it('looks nothing up where the page’s language would decide the source', async () => {
    const cache = await cacheHolding(french, 'fr', 'en');
    const looked: string[] = [];
    const answer = await answerFromCache(french, sources(cache, { detect: async () => ({ decided: false }), lookup: async (key) => void looked.push(key) }));
    expect(answer).toBeUndefined();
    expect(looked).toEqual([]);
  });

  it('is undefined for another model, for text not cached, and where the provider cannot be had (no key)', async () => {
    const cache = await cacheHolding(french, 'fr', 'en');
    expect(await answerFromCache(french, sources(cache, { pickProvider: async () => provider('Test · model-b') }))).toBeUndefined();
    expect(await answerFromCache('Une autre phrase.', sources(cache))).toBeUndefined();
    expect(await answerFromCache(french, sources(cache, { pickProvider: () => Promise.reject(new Error('Add your API key')) }))).toBeUndefined();
    expect(await answerFromCache('', sources(cache))).toBeUndefined();
  });

  it('does not look anything up before the cache’s keys are loaded (just after a worker start)', async () => {
    const cache = await cacheHolding(french, 'fr', 'en');
    let asked = false;
    const answer = await answerFromCache(french, sources(cache, { indexReady: () => false, settings: async () => ((asked = true), settings) }));
    expect(answer).toBeUndefined();
    expect(asked).toBe(false);
  });

  it('gives up past its wait, so a slow provider or disk does not hold the bubble back', async () => {
    const cache = await cacheHolding(french, 'fr', 'en');
    const slowProvider = () => new Promise<LlmProvider>((resolve) => setTimeout(() => resolve(provider()), 200));
    expect(await answerFromCache(french, sources(cache, { pickProvider: slowProvider }), 20)).toBeUndefined();
    expect(await answerFromCache(french, sources(cache, { pickProvider: slowProvider }), 1_000)).toMatchObject({ text: 'The meeting is postponed.' });
  });
});
