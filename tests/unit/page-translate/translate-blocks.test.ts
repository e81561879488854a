import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../../utils/errors/parley-error';
import type { Completion, GenerateRequest, LlmProvider } from '../../../utils/llm/provider';
import { AdaptivePacer } from '../../../utils/page-translate/pacer';
import { translatePageBlocks } from '../../../utils/page-translate/translate-blocks';
import type { PageBlockEvent } from '../../../utils/page-translate/messages';
import { DEFAULT_WORDING, type WordingSettings } from '../../../utils/wording/schema';

function segmentsOf(request: GenerateRequest): string[] {
  return (request.messages.at(-1)?.content ?? '').split('\n').flatMap((line) => /^\[\d+\] (.*)$/.exec(line)?.[1] ?? []);
}

function provider(answer: (segments: string[], call: number) => string | Error): LlmProvider & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    label: 'Test · model',
    calls,
    stream: () => (async function* () {})(),
    async complete(request): Promise<Completion> {
      const segments = segmentsOf(request);
      calls.push(segments);
      const text = answer(segments, calls.length);
      if (text instanceof Error) throw text;
      return { text, reasoning: '', finishReason: 'stop', usage: { promptTokens: 100, completionTokens: 20, totalTokens: 120 } };
    },
    listModels: async () => [],
  };
}

function memoryCache() {
  const entries = new Map<string, string>();
  return { entries, get: async (key: string) => entries.get(key), put: async (key: string, value: string) => void entries.set(key, value) };
}

async function run(llm: LlmProvider, cache = memoryCache(), blocks = [{ id: 1, text: 'Eins.' }, { id: 2, text: 'Zwei.' }, { id: 3, text: 'Drei.' }]) {
  const events: PageBlockEvent[] = [];
  const deps = { targetLanguage: 'en' as const, pickProvider: async () => llm, cache, pacer: new AdaptivePacer(2), whenForegroundQuiet: async () => {}, countTokens: (text: string) => text.length, firstWave: false };
  for await (const event of translatePageBlocks(blocks, deps, new AbortController().signal)) events.push(event);
  return events;
}

const translated = (events: PageBlockEvent[]) => Object.fromEntries(events.flatMap((event) => (event.type === 'block' ? [[event.id, event.translation]] : [])));

describe('translatePageBlocks', () => {
  it('sends the blocks as one numbered batch and maps the answers back by number', async () => {
    const llm = provider((segments) => segments.map((segment, index) => `[${index + 1}] EN ${segment}`).join('\n'));
    const events = await run(llm);
    expect(llm.calls).toEqual([['Eins.', 'Zwei.', 'Drei.']]);
    expect(translated(events)).toEqual({ 1: 'EN Eins.', 2: 'EN Zwei.', 3: 'EN Drei.' });
    expect(events.find((event) => event.type === 'usage')).toMatchObject({ promptTokens: 100, blocks: 3 });
  });

  it('splits a batch whose answer has a number missing, and never shifts translations', async () => {
    const llm = provider((segments, call) => (call === 1 ? '[1] EN Eins.\n[2] EN Drei.' : segments.map((segment, index) => `[${index + 1}] EN ${segment}`).join('\n')));
    const events = await run(llm);
    expect(llm.calls).toEqual([['Eins.', 'Zwei.', 'Drei.'], ['Eins.', 'Zwei.'], ['Drei.']]);
    expect(translated(events)).toEqual({ 1: 'EN Eins.', 2: 'EN Zwei.', 3: 'EN Drei.' });
  });

  it('serves repeated blocks from the cache: a second visit costs no request', async () => {
    const cache = memoryCache();
    const answer = (segments: string[]) => segments.map((segment, index) => `[${index + 1}] EN ${segment}`).join('\n');
    await run(provider(answer), cache);
    const again = provider(answer);
    const events = await run(again, cache);
    expect(again.calls).toEqual([]);
    expect(events.every((event) => event.type === 'block' && event.fromCache)).toBe(true);
  });

  it('waits out a 429 and retries instead of failing the page', async () => {
    const rateLimited = new ParleyError({ code: 'rate-limited', message: 'slow down', action: 'retry', retryAfterSeconds: 0.01 });
    const llm = provider((segments, call) => (call === 1 ? rateLimited : segments.map((segment, index) => `[${index + 1}] EN ${segment}`).join('\n')));
    const events = await run(llm);
    expect(events.some((event) => event.type === 'failed')).toBe(false);
    expect(Object.keys(translated(events))).toHaveLength(3);
  });

  it('reports other errors once per batch, with the blocks it concerns', async () => {
    const llm = provider(() => new ParleyError({ code: 'server', message: 'The server failed.', action: 'retry' }));
    const events = await run(llm);
    expect(events).toEqual([{ type: 'failed', ids: [1, 2, 3], error: { code: 'server', message: 'The server failed.', action: 'retry' } }]);
  });

  it('sends only the terms found in the batch, with the register, and keeps them in the cache key', async () => {
    const requests: GenerateRequest[] = [];
    const llm = provider((segments) => segments.map((segment, index) => `[${index + 1}] ${segment}`).join('\n'));
    const term = { target: '', keep: false, caseSensitive: false, sourceLanguage: null, targetLanguage: null };
    const wording: WordingSettings = {
      ...DEFAULT_WORDING,
      terms: [
        { ...term, source: 'Kanzlerin', target: 'Chancellor' },
        { ...term, source: 'Bundestag', keep: true },
        { ...term, source: 'Landtag', target: 'state parliament' },
      ],
      formality: { ...DEFAULT_WORDING.formality, de: 'formal' },
    };
    const cache = memoryCache();
    const deps = {
      targetLanguage: 'de' as const,
      pickProvider: async (request: GenerateRequest) => (requests.push(request), llm),
      cache,
      pacer: new AdaptivePacer(2),
      whenForegroundQuiet: async () => {},
      countTokens: (text: string) => text.length,
      firstWave: false,
      wording,
    };
    const blocks = [{ id: 1, text: 'The Kanzlerin spoke.' }, { id: 2, text: 'The Bundestag voted.' }];
    for await (const event of translatePageBlocks(blocks, deps, new AbortController().signal)) void event;
    const system = requests.at(-1)?.messages[0]?.content ?? '';
    expect(system).toContain('Kanzlerin → Chancellor');
    expect(system).toContain('Bundestag =');
    expect(system).not.toContain('Landtag');
    expect(system).toContain('(Sie)');
    expect(requests.at(-1)?.translation?.keep).toEqual(['Bundestag']);
    // The same blocks without terms are other cache entries: a changed term never serves an old translation.
    const again: PageBlockEvent[] = [];
    for await (const event of translatePageBlocks(blocks, deps, new AbortController().signal)) again.push(event);
    expect(again.filter((event) => event.type === 'block' && event.fromCache)).toHaveLength(2);
    const plain: PageBlockEvent[] = [];
    for await (const event of translatePageBlocks(blocks, { ...deps, wording: DEFAULT_WORDING }, new AbortController().signal)) plain.push(event);
    expect(plain.filter((event) => event.type === 'block' && event.fromCache)).toHaveLength(0);
  });
});
