import { describe, expect, it, vi } from 'vitest';
import { TranslationCache } from '../../../utils/translate/cache';
import { providerFor } from '../../../utils/providers/registry';
import { prepareForFirstClick } from '../../../utils/translate/first-click';

vi.mock('../../../utils/providers/registry', async (original) => ({
  ...(await original<typeof import('../../../utils/providers/registry')>()),
  providerFor: vi.fn(() => Promise.reject(new Error('no key saved'))),
}));

describe('the translate flow at a worker start', () => {
  it('starts reading what a click needs first: the cache keys and the translate provider (settings, credentials, client)', async () => {
    const prepare = vi.spyOn(TranslationCache.prototype, 'prepare');
    prepareForFirstClick();
    expect(prepare).toHaveBeenCalledOnce();
    expect(providerFor).toHaveBeenCalledWith('translate');
    // A provider that cannot serve yet (no key) is no failure here: the click says it.
    await expect(vi.mocked(providerFor).mock.results[0]?.value).rejects.toThrow('no key saved');
  });
});
