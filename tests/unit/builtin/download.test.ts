import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyDownloadError, DownloadFailure, downloadLanguagePack } from '../../../utils/builtin/download';
import { fakeTranslator } from './fake-browser-ai';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function options(overrides: Partial<Parameters<typeof downloadLanguagePack>[2]> = {}) {
  return { signal: new AbortController().signal, stallMs: 20_000, onProgress: vi.fn(), onStall: vi.fn(), ...overrides };
}

describe('downloadLanguagePack', () => {
  it('reports progress and resolves once the pack is on the device', async () => {
    fakeTranslator({ availability: 'downloadable', progress: [0, 0.5, 1] });
    const onProgress = vi.fn();
    await downloadLanguagePack('fr', 'en', options({ onProgress }));
    expect(onProgress.mock.calls.map(([fraction]) => fraction)).toEqual([0, 0.5, 1]);
  });

  it('says the download has not started when no progress comes, and keeps waiting', async () => {
    vi.useFakeTimers();
    fakeTranslator({ availability: 'downloadable', hangCreate: true });
    const onStall = vi.fn();
    void downloadLanguagePack('fr', 'en', options({ onStall }));
    await vi.advanceTimersByTimeAsync(20_000);
    expect(onStall).toHaveBeenCalledOnce();
    expect(onStall.mock.calls[0]?.[0]).toContain('The French → English pack has not started downloading');
  });

  it('says the computer is offline when the browser says so', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('navigator', { onLine: false });
    fakeTranslator({ availability: 'downloadable', hangCreate: true });
    const onStall = vi.fn();
    void downloadLanguagePack('fr', 'en', options({ onStall }));
    await vi.advanceTimersByTimeAsync(20_000);
    expect(onStall.mock.calls[0]?.[0]).toContain('This computer is offline, so the French → English pack cannot download');
  });

  it('says a policy refusal is the likely cause when Chrome answers NotAllowedError', async () => {
    fakeTranslator({ availability: 'downloadable', createError: new DOMException('Requires a user gesture.', 'NotAllowedError') });
    const failure = await downloadLanguagePack('fr', 'en', options()).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(DownloadFailure);
    expect(failure instanceof DownloadFailure && failure.reason).toBe('policy');
    expect(failure instanceof Error && failure.message).toContain('your administrator');
  });
});

describe('classifyDownloadError', () => {
  it.each([
    [new DOMException('', 'QuotaExceededError'), true, 'disk'],
    [new DOMException('', 'NetworkError'), true, 'offline'],
    [new Error('whatever'), false, 'offline'],
    [new DOMException('', 'NotSupportedError'), true, 'unsupported'],
    [new DOMException('', 'AbortError'), true, 'cancelled'],
    [new Error('odd'), true, 'other'],
  ] as const)('%s (online %s) → %s', (error, online, expected) => {
    expect(classifyDownloadError(error, online)).toBe(expected);
  });
});
