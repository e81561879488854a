import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

describe('changes to the settings from the background', () => {
  beforeEach(() => {
    vi.resetModules();
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
  });

  it('both land when two come at once, also while the worker remembers its reads', async () => {
    const memo = await import('../../../utils/background/storage-memo');
    memo.keepStorageReadsInMemory();
    const store = await import('../../../utils/settings/store');
    // Remembered before the changes, as after an earlier click.
    await store.loadSettings();
    await Promise.all([
      store.updateSettings((settings) => ({ ...settings, pageTranslate: { ...settings.pageTranslate, display: 'translation-only' } })),
      store.updateSettings((settings) => ({ ...settings, pageTranslate: { ...settings.pageTranslate, style: 'dimmed' } })),
    ]);
    const { settings } = await store.loadSettings();
    expect(settings.pageTranslate).toMatchObject({ display: 'translation-only', style: 'dimmed' });
  });

  it('writes nothing when the change returns none', async () => {
    const store = await import('../../../utils/settings/store');
    const before = (await store.loadSettings()).settings;
    const after = await store.updateSettings(() => undefined);
    expect(after).toEqual(before);
  });
});
