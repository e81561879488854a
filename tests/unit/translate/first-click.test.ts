import { describe, expect, it, vi } from 'vitest';
import { TranslationCache } from '../../../utils/translate/cache';
import { prepareForFirstClick } from '../../../utils/translate/first-click';
import { unhandledRejectionsDuring } from '../support/unhandled-rejections';

// A plain function, not vi.fn: a spy settles the promises it returns, which would hide an unhandled rejection.
const asked = vi.hoisted(() => [] as string[]);
vi.mock('../../../utils/providers/registry', async (original) => ({
  ...(await original<typeof import('../../../utils/providers/registry')>()),
  providerFor: (feature: string) => {
    asked.push(feature);
    return Promise.reject(new Error('no key saved'));
  },
}));

describe('the translate flow at a worker start', () => {
  it('starts reading what a click needs first: the cache keys and the translate provider (settings, credentials, client)', async () => {
    const prepare = vi.spyOn(TranslationCache.prototype, 'prepare');
    // A provider that cannot serve yet (no key) is no failure here: the click says it.
    expect(await unhandledRejectionsDuring(prepareForFirstClick)).toEqual([]);
    expect(prepare).toHaveBeenCalledOnce();
    expect(asked).toEqual(['translate']);
  });
});
