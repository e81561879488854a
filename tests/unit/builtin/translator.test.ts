import { afterEach, describe, expect, it, vi } from 'vitest';
import { isPairDownloadable, translatorAvailability } from '../../../utils/builtin/translator';
import { fakeTranslator } from './fake-browser-ai';

afterEach(() => vi.unstubAllGlobals());

describe('translatorAvailability', () => {
  it.each(['available', 'downloadable', 'downloading', 'unavailable'] as const)('reports "%s" as the browser says it', async (state) => {
    fakeTranslator({ availability: state });
    expect(await translatorAvailability('fr', 'en')).toBe(state);
  });

  it('reports "absent" in a browser without the Translator API', async () => {
    vi.stubGlobal('Translator', undefined);
    expect(await translatorAvailability('fr', 'en')).toBe('absent');
  });

  it('counts an answer it does not know, or a refusal, as unavailable', async () => {
    const { api } = fakeTranslator({ availability: 'available' });
    api.availability.mockResolvedValueOnce('readily' as never);
    expect(await translatorAvailability('fr', 'en')).toBe('unavailable');
    api.availability.mockRejectedValueOnce(new DOMException('bad tag', 'RangeError'));
    expect(await translatorAvailability('fr', 'en')).toBe('unavailable');
  });

  it("asks for Chinese and Portuguese by Chrome's own tags", async () => {
    const { api } = fakeTranslator({ availability: 'available' });
    await translatorAvailability('zh-TW', 'pt-BR');
    expect(api.availability).toHaveBeenCalledWith({ sourceLanguage: 'zh-Hant', targetLanguage: 'pt' });
  });
});

describe('isPairDownloadable', () => {
  it.each([
    ['downloadable', true],
    ['downloading', true],
    ['available', false],
    ['unavailable', false],
  ] as const)('is %s → %s', async (state, expected) => {
    fakeTranslator({ availability: state });
    expect(await isPairDownloadable('fr', 'en')).toBe(expected);
  });

  it('is false without the API', async () => {
    vi.stubGlobal('Translator', undefined);
    expect(await isPairDownloadable('fr', 'en')).toBe(false);
  });
});
