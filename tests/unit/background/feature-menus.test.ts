import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FEATURE_MENUS, syncFeatureMenus } from '../../../utils/background/feature-menus';
import { loadSettings, saveSettings } from '../../../utils/settings/store';

describe("features' menu items", () => {
  const update = fakeBrowser.contextMenus.update;
  beforeEach(() => {
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
  });
  afterEach(() => {
    fakeBrowser.contextMenus.update = update;
  });

  it('hide with their feature switched off and show with it on', async () => {
    const recorded = vi.fn(async () => undefined);
    fakeBrowser.contextMenus.update = recorded as unknown as typeof fakeBrowser.contextMenus.update;
    const { settings } = await loadSettings();
    await saveSettings({ ...settings, features: { ...settings.features, chat: false, replies: true, pageTranslate: false } });
    await syncFeatureMenus();
    for (const id of FEATURE_MENUS.chat) expect(recorded).toHaveBeenCalledWith(id, { visible: false });
    for (const id of FEATURE_MENUS.replies) expect(recorded).toHaveBeenCalledWith(id, { visible: true });
    for (const id of FEATURE_MENUS.pageTranslate) expect(recorded).toHaveBeenCalledWith(id, { visible: false });
  });

  it('leave an item not created yet for the next sync', async () => {
    fakeBrowser.contextMenus.update = (async () => {
      throw new Error('Cannot find menu item');
    }) as unknown as typeof fakeBrowser.contextMenus.update;
    await expect(syncFeatureMenus()).resolves.toBeUndefined();
  });
});
