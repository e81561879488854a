import { describe, expect, it } from 'vitest';
import type { GenerateRequest, LlmProvider, StreamPart } from '../../../utils/llm/provider';
import { TranslationCache } from '../../../utils/translate/cache';
import type { TranslateEvent } from '../../../utils/translate/messages';
import { runTranslation, translationFromCache } from '../../../utils/translate/translator';
import { DEFAULT_WORDING } from '../../../utils/wording/schema';

/** A provider that answers each request with "[EN] <first words>" in two pieces, and records what it got. */
function recordingProvider() {
  const requests: GenerateRequest[] = [];
  const provider: LlmProvider = {
    label: 'Test · model-a',
    async *stream(request): AsyncGenerator<StreamPart> {
      requests.push(request);
      yield { type: 'text', text: '\n[EN] ' };
      yield { type: 'text', text: request.translation?.text.slice(0, 12) ?? '' };
      yield { type: 'finish', finishReason: 'stop' };
    },
    complete: () => Promise.reject(new Error('not used')),
    listModels: async () => [],
  };
  return { provider, requests };
}

async function collect(events: AsyncIterable<TranslateEvent>): Promise<TranslateEvent[]> {
  const all: TranslateEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

const plan = { sourceLanguage: 'fr' as const, targetLanguage: 'en' as const, fresh: false };
const text = (events: TranslateEvent[]) => events.map((event) => (event.type === 'text' ? event.text : '')).join('');

describe('runTranslation', () => {
  it('announces languages and provider, then streams chunk after chunk in order with their paragraph breaks', async () => {
    const { provider, requests } = recordingProvider();
    const long = ['Premier paragraphe. '.repeat(50).trim(), 'Deuxième paragraphe. '.repeat(50).trim(), 'Troisième.'].join('\n\n');
    const events = await collect(runTranslation({ ...plan, text: long }, async () => provider, new TranslationCache(`t-${Math.random()}`), new AbortController().signal));
    expect(events[0]).toEqual({ type: 'start', sourceLanguage: 'fr', targetLanguage: 'en', providerLabel: 'Test · model-a' });
    // The first two paragraphs are too long to share a request; the short third one joins the second.
    expect(requests.map((request) => request.translation?.text.slice(0, 9))).toEqual(['Premier p', 'Deuxième ']);
    expect(requests[1]?.translation?.text.endsWith('\n\nTroisième.')).toBe(true);
    expect(text(events)).toBe('[EN] Premier para\n\n[EN] Deuxième par');
    expect(requests[0]?.feature).toBe('translate');
    expect(requests[0]?.messages[1]?.content).toContain('Premier paragraphe.');
  });

  it('serves a repeated translation from the cache without asking the provider, unless asked to retry', async () => {
    const { provider, requests } = recordingProvider();
    const cache = new TranslationCache(`t-${Math.random()}`);
    const run = (fresh: boolean) => collect(runTranslation({ ...plan, fresh, text: 'Bonjour à tous' }, async () => provider, cache, new AbortController().signal));
    await run(false);
    const again = await run(false);
    expect(requests).toHaveLength(1);
    expect(again[1]).toEqual({ type: 'text', text: '[EN] Bonjour à to', fromCache: true });
    await run(true);
    expect(requests).toHaveLength(2);
  });

  it('refuses an empty selection and one above the limit with messages that say what to do', async () => {
    const { provider, requests } = recordingProvider();
    const cache = new TranslationCache(`t-${Math.random()}`);
    const signal = new AbortController().signal;
    await expect(collect(runTranslation({ ...plan, text: ' \n ' }, async () => provider, cache, signal))).rejects.toMatchObject({ data: { code: 'empty-input' } });
    await expect(collect(runTranslation({ ...plan, text: 'a'.repeat(20_001) }, async () => provider, cache, signal))).rejects.toMatchObject({
      data: { code: 'too-long', message: expect.stringContaining('20,000') },
    });
    expect(requests).toHaveLength(0);
  });

  it('flags a chunk the max-tokens limit cut, and does not cache it', async () => {
    const requests: GenerateRequest[] = [];
    const provider: LlmProvider = {
      label: 'Test · model-a',
      async *stream(request): AsyncGenerator<StreamPart> {
        requests.push(request);
        yield { type: 'text', text: 'The European Central' };
        yield { type: 'finish', finishReason: 'length' };
      },
      complete: () => Promise.reject(new Error('not used')),
      listModels: async () => [],
    };
    const cache = new TranslationCache(`t-${Math.random()}`);
    const run = () => collect(runTranslation({ ...plan, text: 'La Banque centrale européenne' }, async () => provider, cache, new AbortController().signal));
    const events = await run();
    expect(events.at(-1)).toEqual({ type: 'cut', reason: 'max-tokens' });
    expect(text(events)).toBe('The European Central');
    await run();
    expect(requests).toHaveLength(2);
    expect(await cache.count()).toBe(0);
  });
});

describe('runTranslation with the user’s wording', () => {
  const wording = { ...DEFAULT_WORDING, terms: [{ source: 'BCE', target: 'ECB', keep: false, caseSensitive: false, sourceLanguage: null, targetLanguage: null }] };

  it('sends each chunk only the terms its own text holds, and the kept ones beside the text for an instruction-less translator', async () => {
    const { provider, requests } = recordingProvider();
    const keepFigma = { ...wording, terms: [...wording.terms, { source: 'Figma', target: '', keep: true, caseSensitive: false, sourceLanguage: null, targetLanguage: null }] };
    const long = [`La BCE décide. ${'Premier paragraphe. '.repeat(60).trim()}`, `Export depuis Figma. ${'Deuxième paragraphe. '.repeat(60).trim()}`].join('\n\n');
    await collect(runTranslation({ ...plan, text: long, wording: keepFigma }, async () => provider, new TranslationCache(`t-${Math.random()}`), new AbortController().signal));
    expect(requests).toHaveLength(2);
    expect(requests[0]?.messages[0]?.content).toContain('BCE → ECB');
    expect(requests[0]?.messages[0]?.content).not.toContain('Figma');
    expect(requests[1]?.messages[0]?.content).toContain('Figma =');
    expect(requests[1]?.messages[0]?.content).not.toContain('BCE');
    expect(requests[1]?.translation?.keep).toEqual(['Figma']);
  });

  it('asks again when a term changes instead of serving the translation made without it', async () => {
    const { provider, requests } = recordingProvider();
    const cache = new TranslationCache(`t-${Math.random()}`);
    const run = (extra: object) => collect(runTranslation({ ...plan, text: 'La BCE décide.', ...extra }, async () => provider, cache, new AbortController().signal));
    await run({});
    await run({ wording });
    await run({ wording });
    expect(requests).toHaveLength(2);
    // The page line is a hint, not part of the key: the same paragraph on another page is served from the cache.
    await run({ wording, pageContext: { title: 'Another page', heading: 'Elsewhere' } });
    expect(requests).toHaveLength(2);
  });
});

describe('translationFromCache', () => {
  const long = ['Premier paragraphe. '.repeat(50).trim(), 'Deuxième paragraphe. '.repeat(50).trim(), 'Troisième.'].join('\n\n');
  const noProvider = async (): Promise<LlmProvider> => {
    throw new Error('no provider may be asked');
  };

  it('gives exactly the text a run would yield from the cache, chunk joins included, and who made it', async () => {
    const { provider } = recordingProvider();
    const cache = new TranslationCache(`t-${Math.random()}`);
    const first = await collect(runTranslation({ ...plan, text: long }, async () => provider, cache, new AbortController().signal));
    const again = await collect(runTranslation({ ...plan, text: long }, async () => provider, cache, new AbortController().signal));
    const lookups: string[] = [];
    const found = await translationFromCache({ ...plan, text: long }, async () => provider, (key) => (lookups.push(key), cache.get(key)));
    expect(found).toEqual({ text: text(again), providerLabel: 'Test · model-a' });
    expect(found?.text).toBe(text(first));
    expect(lookups).toHaveLength(2);
  });

  it('is undefined when one chunk is missing, on a retry, and never streams from a provider', async () => {
    const { provider, requests } = recordingProvider();
    const cache = new TranslationCache(`t-${Math.random()}`);
    await collect(runTranslation({ ...plan, text: long }, async () => provider, cache, new AbortController().signal));
    const onlyFirstChunk = (() => {
      let asked = 0;
      return (key: string) => (asked++ === 0 ? cache.get(key) : Promise.resolve(undefined));
    })();
    expect(await translationFromCache({ ...plan, text: long }, async () => provider, onlyFirstChunk)).toBeUndefined();
    expect(await translationFromCache({ ...plan, text: long, fresh: true }, noProvider, (key) => cache.get(key))).toBeUndefined();
    expect(await translationFromCache({ ...plan, text: 'Jamais traduit.' }, async () => provider, (key) => cache.get(key))).toBeUndefined();
    expect(requests).toHaveLength(2);
  });

  it('keys by the same wording as a run: a changed term is a miss', async () => {
    const { provider } = recordingProvider();
    const cache = new TranslationCache(`t-${Math.random()}`);
    const wording = { ...DEFAULT_WORDING, terms: [{ source: 'BCE', target: 'ECB', keep: false, caseSensitive: false, sourceLanguage: null, targetLanguage: null }] };
    await collect(runTranslation({ ...plan, text: 'La BCE décide.', wording }, async () => provider, cache, new AbortController().signal));
    expect(await translationFromCache({ ...plan, text: 'La BCE décide.', wording }, async () => provider, (key) => cache.get(key))).toEqual({ text: '[EN] La BCE décid', providerLabel: 'Test · model-a' });
    expect(await translationFromCache({ ...plan, text: 'La BCE décide.' }, async () => provider, (key) => cache.get(key))).toBeUndefined();
  });
});
