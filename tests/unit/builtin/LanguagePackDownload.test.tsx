// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguagePackDownload } from '../../../components/builtin/LanguagePackDownload';
import { fakeTranslator } from './fake-browser-ai';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('LanguagePackDownload', () => {
  it('downloads on click and says the pair is now on the device', async () => {
    const { created } = fakeTranslator({ availability: 'downloadable', progress: [0.25, 1] });
    const onReady = vi.fn();
    render(<LanguagePackDownload sourceLanguage="fr" targetLanguage="en" onReady={onReady} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download French → English (on-device)' }));
    expect(await screen.findByTestId('pack-ready')).toHaveProperty('textContent', 'French → English is on this device: these translations now stay on it.');
    expect(onReady).toHaveBeenCalledOnce();
    expect(created[0]).toMatchObject({ sourceLanguage: 'fr', targetLanguage: 'en' });
  });

  it('shows why a download failed and offers to retry', async () => {
    fakeTranslator({ availability: 'downloadable', createError: new DOMException('No space left.', 'QuotaExceededError') });
    render(<LanguagePackDownload sourceLanguage="fr" targetLanguage="en" />);
    fireEvent.click(screen.getByRole('button', { name: 'Download French → English (on-device)' }));
    const failure = await screen.findByTestId('pack-failure');
    expect(failure.textContent).toContain('There is not enough free disk space for the French → English pack (Chrome said: No space left.)');
    expect(screen.getByRole('button', { name: 'Retry download of French → English' })).toBeTruthy();
  });
});
