import { afterEach, describe, expect, it, vi } from 'vitest';
import { cacheKey, TranslationCache } from '../../../utils/translate/cache';

const base = { text: 'La réunion est reportée.', sourceLanguage: 'fr', targetLanguage: 'en', providerLabel: 'OpenAI · gpt-4o-mini' };

describe('cacheKey', () => {
  it('is the same for the same text written with other spaces and line endings', async () => {
    expect(await cacheKey(base)).toBe(await cacheKey({ ...base, text: '  La réunion\u00a0est reportée.  \r\n' }));
  });

  it.each([
    ['the text', { text: 'La réunion est annulée.' }],
    ['the source language', { sourceLanguage: 'it' }],
    ['the target language', { targetLanguage: 'de' }],
    ['the model', { providerLabel: 'OpenAI · gpt-4o' }],
    ['the prompt version', { promptVersion: 'translate-999' }],
  ])('changes with %s', async (_name, change) => {
    expect(await cacheKey({ ...base, ...change })).not.toBe(await cacheKey(base));
  });

  it('does not hold the text in the clear', async () => {
    expect(await cacheKey(base)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('TranslationCache', () => {
  afterEach(() => vi.useRealTimers());

  it('gives back what was stored', async () => {
    const cache = new TranslationCache(`test-${Math.random()}`);
    await cache.put('k', 'The meeting is postponed.');
    expect(await cache.get('k')).toBe('The meeting is postponed.');
    expect(await cache.get('other')).toBeUndefined();
  });

  it('evicts the least recently used entry past its cap', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const cache = new TranslationCache(`test-${Math.random()}`, 2);
    vi.setSystemTime(1_000);
    await cache.put('a', 'A');
    vi.setSystemTime(2_000);
    await cache.put('b', 'B');
    vi.setSystemTime(3_000);
    await cache.get('a');
    vi.setSystemTime(4_000);
    await cache.put('c', 'C');
    expect(await cache.count()).toBe(2);
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBe('A');
  });

  it('empties on clear', async () => {
    const cache = new TranslationCache(`test-${Math.random()}`);
    await cache.put('a', 'A');
    await cache.clear();
    expect(await cache.count()).toBe(0);
  });
});

describe('TranslationCache in memory', () => {
  it('answers a miss from the loaded key list without reading the table, and still finds what is stored later', async () => {
    const cache = new TranslationCache(`test-${Math.random()}`);
    await cache.put('a', 'A');
    expect(await cache.get('absent')).toBeUndefined();
    // Once the key list is loaded, a miss reads nothing from IndexedDB.
    const reads = vi.spyOn(IDBObjectStore.prototype, 'get');
    await vi.waitFor(async () => {
      reads.mockClear();
      expect(await cache.get('still-absent')).toBeUndefined();
      expect(reads).not.toHaveBeenCalled();
    });
    reads.mockClear();
    expect(await cache.get('a')).toBe('A');
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    await cache.put('b', 'B');
    expect(await cache.get('b')).toBe('B');
  });

  it('prepared at a worker start, answers its very first miss without reading the table', async () => {
    const name = `test-${Math.random()}`;
    await new TranslationCache(name).put('a', 'A');
    const nextWorker = new TranslationCache(name);
    await nextWorker.prepare();
    const reads = vi.spyOn(IDBObjectStore.prototype, 'get');
    expect(await nextWorker.get('absent')).toBeUndefined();
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    expect(await nextWorker.get('a')).toBe('A');
  });

  it('getIfIndexed answers only what the loaded key list holds: nothing while it loads, and no table read for a miss', async () => {
    const name = `test-${Math.random()}`;
    await new TranslationCache(name).put('a', 'A');
    const nextWorker = new TranslationCache(name);
    // The key list is not loaded yet: no answer, although the table holds it (the caller takes its usual path).
    expect(await nextWorker.getIfIndexed('a')).toBeUndefined();
    await nextWorker.prepare();
    const reads = vi.spyOn(IDBObjectStore.prototype, 'get');
    expect(await nextWorker.getIfIndexed('absent')).toBeUndefined();
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    expect(await nextWorker.getIfIndexed('a')).toBe('A');
  });

  it('a second cache on the same table (the next worker) finds what the first stored, and nothing it cleared', async () => {
    const name = `test-${Math.random()}`;
    const first = new TranslationCache(name);
    await first.put('a', 'A');
    expect(await first.get('a')).toBe('A');
    expect(await new TranslationCache(name).get('a')).toBe('A');
    await first.clear();
    expect(await first.get('a')).toBeUndefined();
    expect(await new TranslationCache(name).get('a')).toBeUndefined();
  });

  it('forgets evicted entries in memory too', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const cache = new TranslationCache(`test-${Math.random()}`, 1);
    vi.setSystemTime(1_000);
    await cache.put('a', 'A');
    expect(await cache.get('a')).toBe('A');
    vi.setSystemTime(2_000);
    await cache.put('b', 'B');
    expect(await cache.get('a')).toBeUndefined();
    expect(await cache.get('b')).toBe('B');
  });
});
